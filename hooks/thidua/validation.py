"""Validate one file's data against a model and word every error in Vietnamese."""

import difflib
import types
import typing
from typing import Literal, get_args, get_origin

from pydantic import BaseModel, ValidationError

from .model.personal import personal_data_field
from .problems import Problem
from .sourcecache import SourceCache
from .slips import colon_in_sentence, decimal_comma, first_line, quoted, scalar_text, shown
from .yamlsource import SourceFile

_TYPE_NAMES = {
    "string_type": "một đoạn chữ",
    "int_type": "một số nguyên",
    "int_parsing": "một số nguyên",
    "int_from_float": "một số nguyên",
    "float_type": "một con số",
    "bool_type": "true hoặc false",
    "list_type": "một danh sách (mỗi dòng bắt đầu bằng “- ”)",
    "dict_type": "một nhóm trường (tên_trường: giá trị)",
    "model_type": "một nhóm trường (tên_trường: giá trị)",
    "model_attributes_type": "một nhóm trường (tên_trường: giá trị)",
    "datetime_type": "thời điểm dạng 2024-01-15T10:58:54+07:00",
    "datetime_parsing": "thời điểm dạng 2024-01-15T10:58:54+07:00",
    "datetime_from_date_parsing": "thời điểm dạng 2024-01-15T10:58:54+07:00",
}


# Pydantic's range errors: the bound's key in the error context, and how to say it.
_BOUNDS = {
    "greater_than_equal": ("ge", "nhỏ hơn mức thấp nhất cho phép là"),
    "less_than_equal": ("le", "lớn hơn mức cao nhất cho phép là"),
    "greater_than": ("gt", "phải lớn hơn"),
    "less_than": ("lt", "phải nhỏ hơn"),
}


def validate_source(source: SourceFile, model: type[BaseModel], cache: SourceCache | None = None) -> BaseModel | None:
    """The validated model, or None with problems added to ``source.problems``; with ``cache``, a
    text validated before is not validated again."""
    if source.data is None:
        return None
    try:
        if cache is not None and source.cache_key:
            validated = cache.validated(source.cache_key, model, lambda: model.model_validate(source.data))
        else:
            validated = model.model_validate(source.data)
    except ValidationError as error:
        source.problems.extend(_problem(source, model, detail) for detail in error.errors())
        return None
    return None if source.problems else validated


def _problem(source: SourceFile, root: type[BaseModel], detail: dict) -> Problem:
    loc = tuple(detail["loc"])
    kind = detail["type"]
    given = detail.get("input")
    field = next((str(part) for part in reversed(loc) if isinstance(part, str)), "")
    subject = f"“{field}”" if field else "tệp"  # the whole file, e.g. written as a list
    if kind == "missing":
        return source.problem(loc[:-1], f"thiếu trường bắt buộc “{loc[-1]}”", _field_help(root, loc))
    personal = kind == "extra_forbidden" and personal_data_field(str(loc[-1]))
    if personal:
        return source.problem(
            loc,
            f"trường “{loc[-1]}”: không được công bố {personal} của cá nhân",
            "xóa dòng này; nếu tệp đã được gửi lên GitHub, báo người quản trị để xóa hẳn khỏi lịch sử",
        )
    if kind == "extra_forbidden":
        return decimal_comma(source, loc) or _unknown_field(source, root, loc)
    if kind == "literal_error":
        choices = [str(c) for c in _literal_choices(root, loc)]
        close = difflib.get_close_matches(str(given), choices, n=1, cutoff=0.5)
        hint = f"có phải ý bạn là “{close[0]}”?" if close else None
        return source.problem(
            loc, f"“{field}”: giá trị {shown(given)} không hợp lệ; chỉ nhận: " + "; ".join(choices), hint
        )
    colon = kind == "string_type" and colon_in_sentence(source, loc, field, given)
    if colon:
        return colon
    if kind == "list_type" and isinstance(given, str) and str in _unwrap(_annotation(root, loc)):
        return source.problem(
            loc,
            f"“{field}” cần một danh sách: mỗi câu một dòng, bắt đầu bằng “- ”",
            f"viết “{field}:” ở một dòng, rồi mỗi câu một dòng bên dưới, thụt vào hai dấu cách, "
            f"bắt đầu bằng “- ”, ví dụ: - {quoted(first_line(given))}",
        )
    if kind in _TYPE_NAMES:
        return source.problem(loc, f"{subject} cần {_TYPE_NAMES[kind]}, không phải {shown(given)}", _field_help(root, loc))
    if kind == "value_error":
        message = str(detail["ctx"]["error"])
        return source.problem(loc, f"“{loc[-1]}”: {message}" if loc and isinstance(loc[-1], str) else message)
    if kind == "string_too_short":
        return source.problem(loc, f"“{field}” không được để trống")
    if kind == "string_too_long":
        return source.problem(loc, f"“{field}” quá dài (tối đa {detail['ctx']['max_length']} ký tự)")
    if kind == "string_pattern_mismatch":
        return source.problem(loc, f"“{field}”: {shown(given)} không đúng dạng", _field_help(root, loc))
    if kind in _BOUNDS:
        key, wording = _BOUNDS[kind]
        return source.problem(loc, f"“{field}”: giá trị {scalar_text(given)} {wording} {detail['ctx'][key]}", _field_help(root, loc))
    if kind == "finite_number":
        return source.problem(loc, f"“{field}”: số quá lớn, máy không đọc được", "viết đúng con số trong văn bản, ví dụ 95.5")
    # Any other kind pydantic may report: never its English wording, the field's help instead.
    return source.problem(loc, f"{subject}: giá trị {shown(given)} không hợp lệ", _field_help(root, loc))


def _unknown_field(source: SourceFile, root: type[BaseModel], loc: tuple) -> Problem:
    allowed = sorted(_fields_of(_model_at(root, loc[:-1])))
    close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
    hint = f"có phải ý bạn là “{close[0]}”?" if close else "các trường được dùng ở đây: " + ", ".join(allowed)
    return source.problem(loc, f"trường “{loc[-1]}” không có trong mẫu dữ liệu", hint)


def _unwrap(annotation: object) -> list[object]:
    """The concrete types inside Optional, list and Annotated."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, list):
        return [inner for arg in get_args(annotation) for inner in _unwrap(arg)]
    return [annotation]


def _field_info(model: type[BaseModel] | None, key: str):
    if model is None:
        return None
    return next((info for name, info in model.model_fields.items() if (info.alias or name) == key), None)


def _model_at(root: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    model: type[BaseModel] | None = root
    for part in loc:
        if isinstance(part, int):
            continue
        info = _field_info(model, part)
        if info is None:
            return None
        model = next(
            (t for t in _unwrap(info.annotation) if isinstance(t, type) and issubclass(t, BaseModel)), None
        )
    return model


def _fields_of(model: type[BaseModel] | None) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()] if model else []


def _info_at(root: type[BaseModel], loc: tuple):
    """The pydantic field written at ``loc`` (list indexes skipped), or None."""
    keys = [part for part in loc if isinstance(part, str)]
    return _field_info(_model_at(root, tuple(keys[:-1])), keys[-1]) if keys else None


def _literal_choices(root: type[BaseModel], loc: tuple) -> list[object]:
    info = _info_at(root, loc)
    if info is None:
        return []
    return [c for t in _unwrap(info.annotation) if get_origin(t) is Literal for c in get_args(t)]


def _annotation(root: type[BaseModel], loc: tuple) -> object:
    info = _info_at(root, loc)
    return info.annotation if info is not None else None


def _field_help(root: type[BaseModel], loc: tuple) -> str | None:
    info = _info_at(root, loc)
    return info.description if info is not None else None
