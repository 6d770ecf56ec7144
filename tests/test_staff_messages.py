"""Messages that say what staff did: the usual slips in the GitHub web editor, each named in
Vietnamese with the fix, and never pydantic's English wording, whatever the error."""

import re
import typing
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import core_schema

from test_validator import TUNG_ANH, assert_reported, data, located, validate  # noqa: F401 (fixtures)
from thidua import validation
from thidua.model.campaign import Campaign
from thidua.model.exemplar import Exemplar
from thidua.model.movement import AbbreviationList, MovementList
from thidua.validation import validate_source
from thidua.yamlerrors import explain
from thidua.yamlsource import SourceFile

SLOGAN = "Xã Tùng Ảnh “Chung tay phát triển kinh tế, xã hội, giữ vững ổn định Quốc phòng, an ninh”"
ROOTS = (Campaign, Exemplar, MovementList, AbbreviationList)
# Words of pydantic's English messages ("Input should be a valid integer", "Field required"…).
ENGLISH = re.compile(
    r"\b(?:input|should|valid|value error|field required|permitted|characters?|string|integer|number|finite|"
    r"parse|parsing|instance|dictionary|least|most|greater|less|equal|match|pattern|expected|object|"
    r"datetime|unable|got|fractional|extra|inputs)\b",
    re.IGNORECASE,
)


# --- the slips of issue 10, through `thidua validate` on a copy of the real data -----------------

@pytest.mark.parametrize(
    ("written", "dotted"), [("95,5", "95.5"), ("1.573,5", "1573.5")]
)
def test_decimal_comma_in_braces(data, validate, written, dotted):
    """`{so_lieu: 95,5, …}`: inside braces the comma ends the value; YAML reads a field “5”."""
    data.edit(TUNG_ANH, "so_lieu: 95,", f"so_lieu: {written},")
    line, column = data.where(TUNG_ANH, f"so_lieu: {written}")
    reported = assert_reported(
        validate,
        located(TUNG_ANH, line, column, f"“so_lieu: {written}”: trong dấu ngoặc nhọn {{ }}, dấu phẩy ngăn cách các trường"),
        f'số thập phân viết dấu chấm (so_lieu: {dotted}) hoặc đặt trong ngoặc kép (so_lieu: "{written}")',
    )
    assert "không có trong mẫu dữ liệu" not in reported


def test_colon_inside_a_slogan(data, validate):
    """`- Khẩu hiệu: …` is read as a field and its value: the message shows the line, quoted."""
    data.edit(TUNG_ANH, f'  - "{SLOGAN}"\n', f"  - Khẩu hiệu: {SLOGAN}\n")
    line, column = data.where(TUNG_ANH, "- Khẩu hiệu")
    fixed = f'- "Khẩu hiệu: {SLOGAN}"'
    reported = assert_reported(
        validate,
        located(TUNG_ANH, line, column + 2, "“khau_hieu”: câu có dấu “: ” ở giữa nên máy hiểu nhầm “Khẩu hiệu” là tên một trường"),
        f"dấu “: ” trong một giá trị thì phải đặt cả câu trong ngoặc kép; sửa dòng này thành: {fixed}",
    )
    assert "{" not in reported  # no Python dict

    data.edit(TUNG_ANH, f"  - Khẩu hiệu: {SLOGAN}\n", f"  {fixed}\n")
    code, out, _ = validate()
    assert code == 0, out


def test_a_group_where_a_text_belongs_is_not_taken_for_a_sentence(data, validate):
    data.edit(TUNG_ANH, "\ntrich_yeu: ", "\ntrich_yeu:\n  ten: ")
    line, _ = data.where(TUNG_ANH, "trich_yeu:")
    assert_reported(validate, located(TUNG_ANH, line, 1, "“trich_yeu” cần một đoạn chữ, không phải một nhóm trường"))


def test_one_space_too_many(data, validate):
    data.edit(TUNG_ANH, "\n  so_ky_hieu_nguyen_van:", "\n   so_ky_hieu_nguyen_van:")
    line, column = data.where(TUNG_ANH, "so_ky_hieu_nguyen_van:")
    above, _ = data.where(TUNG_ANH, "  ky_hieu:")
    reported = assert_reported(
        validate,
        located(TUNG_ANH, line, column, f"dòng này thụt lề thừa 1 dấu cách so với “ky_hieu:” ở dòng {above}"),
        f"xóa 1 dấu cách ở đầu dòng cho thẳng cột với “ky_hieu:” ở dòng {above}",
    )
    assert "dấu hai chấm" not in reported


def test_a_sentence_where_a_list_is_expected(data, validate):
    theme = "Đoàn kết, kỷ cương, đổi mới"
    data.edit(TUNG_ANH, "\nkhau_hieu:\n", f"\nchu_de: {theme}\nkhau_hieu:\n")
    line, _ = data.where(TUNG_ANH, "chu_de:")
    assert_reported(
        validate,
        located(TUNG_ANH, line, 1, "“chu_de” cần một danh sách: mỗi câu một dòng, bắt đầu bằng “- ”"),
        f"viết “chu_de:” ở một dòng, rồi mỗi câu một dòng bên dưới, thụt vào hai dấu cách, "
        f'bắt đầu bằng “- ”, ví dụ: - "{theme}"',
    )

    data.edit(TUNG_ANH, f"\nchu_de: {theme}\n", f'\nchu_de:\n  - "{theme}"\n')
    code, out, _ = validate()
    assert code == 0, out


@pytest.mark.parametrize("written", ["Vì người nghèo", "vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau", "vi-ngheo"])
def test_closest_movement_by_code_or_name(data, validate, written):
    data.edit(TUNG_ANH, "ma: vi-nguoi-ngheo\n", f"ma: {written}\n")
    line, column = data.where(TUNG_ANH, f"ma: {written}")
    assert_reported(
        validate,
        located(TUNG_ANH, line, column, f"không có phong trào mã “{written}” trong campaigns/phong-trao.yaml"),
        "có phải ý bạn là “vi-nguoi-ngheo”? Đó là phong trào “Vì người nghèo - Không để ai bị bỏ lại phía sau”; "
        "nếu ý bạn là phong trào khác, thêm phong trào này vào phong-trao.yaml",
    )


def test_a_number_too_large(data, validate):
    data.edit(TUNG_ANH, "so_lieu: 95,", "so_lieu: 1.0e999,")
    line, column = data.where(TUNG_ANH, "so_lieu: 1.0e999")
    assert_reported(validate, located(TUNG_ANH, line, column, "“so_lieu”: số quá lớn, máy không đọc được"))


# --- indentation, said by how many spaces and against which line --------------------------------

@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("a:\n  b: x\n   c: y\n", 3, 4, "dòng này thụt lề thừa 1 dấu cách so với “b:” ở dòng 2"),
        ('a:\n  b: "x"\n   c: y\n', 3, 4, "dòng này thụt lề thừa 1 dấu cách so với “b:” ở dòng 2"),
        ("a: 1\n b: 2\n", 2, 2, "dòng này thụt lề thừa 1 dấu cách so với “a:” ở dòng 1"),
        ("x:\n  a: 1\n  # ghi chú\n\n     c: 2\n", 5, 6, "dòng này thụt lề thừa 3 dấu cách so với “a:” ở dòng 2"),
        ('k:\n  - "a"\n   - "b"\n', 3, 4, "dòng này thụt lề thừa 1 dấu cách so với “-” ở dòng 2"),
        ("k:\n  - ma: x\n    ten: y\n     z: w\n", 4, 6, "dòng này thụt lề thừa 1 dấu cách so với “ten:” ở dòng 3"),
        ('k:\n  - ma: "x"\n   ten: y\n', 3, 4, "dòng này thụt lề thiếu 1 dấu cách so với “ma:” ở dòng 2"),
        # A colon in a sentence is not an indentation slip.
        ("a: Phát động\n  năm 2024: chào\n", 2, 11, "dấu hai chấm “:” nằm ở chỗ không được có"),
        ("so_ky_hieu: Số: 29\n", 1, 15, "dấu hai chấm “:” nằm ở chỗ không được có"),
    ],
)
def test_indentation_off_by_some_spaces(text, line, column, message):
    with pytest.raises(yaml.MarkedYAMLError) as error:
        yaml.compose(text, Loader=yaml.SafeLoader)
    problem = explain(error.value)
    assert (problem.line, problem.column, problem.message) == (line, column, message)


# --- every pydantic error: Vietnamese only ------------------------------------------------------

# Values staff can write where another kind is expected (YAML gives str, int, float, bool, None,
# lists and mappings), plus what pydantic refuses in each kind.
BAD_VALUES = [
    None, True, 1.5, 2024.5, float("inf"), -5, 10**30, "abc", "", "x " * 800, [], {}, ["a"], {"a": 1},
    {"a": {"b": 1}}, "2024-13-45", "2024-01-15T99:00", "2024-01-15", "1,5", 0, 5000,
]
# The error kinds the models can produce from YAML data, each of which must be met below.
REACHABLE = {
    "datetime_from_date_parsing", "datetime_parsing", "datetime_type", "extra_forbidden", "finite_number",
    "greater_than_equal", "int_from_float", "int_parsing", "int_type", "less_than_equal",
    "list_type", "literal_error", "missing", "model_type", "string_pattern_mismatch", "string_too_long",
    "string_too_short", "string_type", "value_error",
}


def _fields(model: type[BaseModel], chain: tuple = (), models: tuple = ()):
    """Every field path of ``model``, as (key, is_list) pairs, through each nested model once."""
    for name, info in model.model_fields.items():
        path = chain + ((info.alias or name, "list[" in repr(info.annotation)),)
        yield path
        for inner in validation._unwrap(info.annotation):
            if isinstance(inner, type) and issubclass(inner, BaseModel) and inner not in (model, *models):
                yield from _fields(inner, path, (*models, model))


def _nested(path: tuple, value: object) -> dict:
    """A document with ``value`` at ``path``: one item in each list on the way."""
    for depth in range(len(path) - 1, -1, -1):
        key, is_list = path[depth]
        value = {key: [value] if is_list and depth < len(path) - 1 else value}
    return value


def _wording(problem) -> str:
    return problem.message + " " + (problem.hint or "")


def test_every_error_the_models_can_give_is_in_vietnamese():
    met = set()
    for root in ROOTS:
        for path in _fields(root):
            items = [[bad] for bad in BAD_VALUES if len(str(bad)) < 100] if path[-1][1] else []
            for bad in BAD_VALUES + items:
                document = _nested(path, bad)
                try:
                    root.model_validate(document)
                    continue
                except ValidationError as error:
                    details = error.errors()
                source = SourceFile(Path("x.yaml"), data=document)
                validate_source(source, root)
                assert len(source.problems) == len(details)
                for detail, problem in zip(details, source.problems):
                    met.add(detail["type"])
                    wording = _wording(problem)
                    assert detail["msg"] not in wording, wording
                    assert not ENGLISH.search(wording), wording
    assert REACHABLE <= met, f"never produced: {REACHABLE - met}"


# Context of every kind of pydantic error, so that each can be raised once.
_CONTEXT = {
    "ge": 1, "le": 2, "gt": 1, "lt": 2, "min_length": 1, "max_length": 2, "pattern": "^x$", "expected": "'a'",
    "error": "lỗi", "multiple_of": 2, "actual_length": 3, "field_type": "List", "class_name": "X", "tag": "t",
    "discriminator": "d", "expected_tags": "a", "max_digits": 2, "decimal_places": 2, "whole_digits": 1,
    "tz_expected": 0, "tz_actual": 1, "version": 4, "expected_version": 4, "url_scheme": "x", "reason": "r",
    "attribute": "a", "method_name": "m", "encoding": "utf-8", "encoding_error": "e", "expected_schemes": "'http'",
    "function_name": "f", "expected_length": 2, "unit": "x", "class": "X",
}


@pytest.mark.parametrize("kind", typing.get_args(core_schema.ErrorType))
def test_no_pydantic_error_is_shown_in_english(kind):
    """Even a kind of error the models cannot give today gets Vietnamese, never pydantic's message."""
    error = ValidationError.from_exception_data("x", [{"type": kind, "loc": ("nam",), "input": "abc", "ctx": _CONTEXT}])
    detail, = error.errors()
    problem = validation._problem(SourceFile(Path("x.yaml"), data={"nam": "abc"}), Campaign, detail)
    wording = _wording(problem)
    assert detail["msg"] not in wording, wording
    assert not ENGLISH.search(wording), wording
