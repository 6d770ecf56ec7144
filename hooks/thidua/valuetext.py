"""Structured values written out for citizens, the Vietnamese way."""

from .model.campaign import TargetValue
from .numbers import format_vn_number

_BEFORE = {
    "dat": "đạt",
    "tu": "từ",
    "tren": "trên",
    "duoi": "dưới",
    "toi-da": "không quá",
    "tang": "tăng",
    "giam": "giảm",
    "giam-con": "giảm còn",
    "duy-tri": "duy trì",
    "bang": "bằng",
}


def with_unit(number: str, unit: str | None) -> str:
    if not unit:
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def describe_value(value: TargetValue) -> str:
    """"từ 96% trở lên", "giảm còn 1,23%", "15 – 35 tập thể, cá nhân (Huân chương)", "12/12 thôn",
    after what it measures when the value says it ("<noi_dung>: từ 96% trở lên")."""
    text = describe_figure(value)
    return f"{value.subject}: {text}" if value.subject else text


def describe_figure(value: TargetValue) -> str:
    """The value without what it measures: the figure alone, as charts print it."""
    if value.comparison == "khoang":
        text = with_unit(f"{format_vn_number(value.low)} – {format_vn_number(value.high)}", value.unit)
    elif value.comparison == "ty-so":
        text = with_unit(f"{format_vn_number(value.value)}/{format_vn_number(value.total)}", value.unit)
    elif value.value is None:
        text = _BEFORE[value.comparison]
    else:
        text = f"{_BEFORE[value.comparison]} {with_unit(format_vn_number(value.value), value.unit)}"
        if value.comparison == "tu":
            text += " trở lên"
    if value.award:
        text += f" ({value.award})"
    return text
