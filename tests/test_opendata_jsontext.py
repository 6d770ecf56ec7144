"""The open data's JSON text is exactly what json.dumps(indent=1) writes."""

import json
from decimal import Decimal

import pytest

from thidua.opendata.jsontext import json_text

VALUES = [
    {},
    [],
    "",
    0,
    -3,
    2.5,
    1e300,
    float("inf"),
    True,
    None,
    {"a": [], "b": {}, "c": [1, [2, [3, {}]], {"d": None}], "e": (1, "x")},
    {"tên": "Xã Tùng Ảnh \"Hà Tĩnh\"\n\t\\ \x00\x1f\u2028 😀", "số": [0.1, -0.0, 10**20, False]},
    [{"ma": "k1", "chi_tieu": [{"so": "1.", "gia_tri": [{"so_lieu": "95"}]}]}, {"ma": "k2"}],
]


@pytest.mark.parametrize("value", VALUES)
def test_same_text_as_the_standard_library(value):
    assert json_text(value) == json.dumps(value, ensure_ascii=False, indent=1)


def test_refuses_a_value_json_has_no_text_for_and_a_key_that_is_not_text():
    with pytest.raises(TypeError):
        json_text({"a": Decimal("1")})
    with pytest.raises(TypeError):  # json.dumps would write it as "1"
        json_text({1: "a"})
