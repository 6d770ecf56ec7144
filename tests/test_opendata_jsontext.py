"""The open data's JSON text is exactly what json.dumps(indent=1) writes."""

import json
from decimal import Decimal

import pytest
from pydantic import BaseModel, Field

from conftest import ROOT, SITE_URL
from thidua.dataset import load_dataset
from thidua.opendata.jsontext import json_text, model_json
from thidua.opendata.plans import plan

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


class _Inner(BaseModel):
    value: float | int | None = None
    text: str = ""


class _Shape(BaseModel):
    name: str = Field(alias="tên")
    numbers: list[float | int]
    inner: list[_Inner]
    extra: dict[str, list[str] | dict]
    nothing: str | None = None


def _shape(numbers: list) -> _Shape:
    return _Shape(
        tên="Xã Tùng Ảnh \"Hà Tĩnh\"\n\t\\ \x00\x1f\x7f\u2028 😀 ke-hoach",
        numbers=numbers,
        inner=[_Inner(value=2.5), _Inner(text="a"), _Inner(value=10**20)],
        extra={"rỗng": [], "trống": {}, "chữ": ["", "x"]},
    )


@pytest.mark.parametrize("numbers", [
    [0, -3, 2.5, 0.1, 1 / 3, 0.0001, 0.000123, 1e15 + 0.5, 1e16, 1.5e300, -0.0],
    [1e-05], [-2.5e-05], [1e-07], [3.5e-10],  # under 1e-4: pydantic writes them otherwise
])
def test_a_model_has_the_text_of_its_json_form(numbers):
    model = _shape(numbers)
    form = model.model_dump(mode="json", by_alias=True, exclude_none=True)
    assert model_json(model) == json.dumps(form, ensure_ascii=False, indent=1).encode()


def test_every_plan_of_the_seed_data_has_the_text_of_its_json_form():
    dataset = load_dataset(ROOT / "campaigns", include_illustrative=True)
    for record in dataset.campaigns:
        model = plan(dataset, record, SITE_URL)
        form = model.model_dump(mode="json", by_alias=True, exclude_none=True)
        assert model_json(model) == json.dumps(form, ensure_ascii=False, indent=1).encode(), record.id
