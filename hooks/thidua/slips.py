"""Slips staff make that the model reports as something else, and values shown back as written.

In braces, ``{so_lieu: 95,5}`` is the number 95 and a field “5”; ``- Khẩu hiệu: …`` is a group of
one field, not a sentence. Both are told as what staff did, with the line to write instead.
"""

import re

from .numbers import parse_vn_number
from .problems import Problem
from .yamlsource import SourceFile

_FIELD_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def decimal_comma(source: SourceFile, loc: tuple) -> Problem | None:
    """``{so_lieu: 95,5}``: inside braces the comma ends the value, and YAML reads a key “5”."""
    group = _value_at(source.data, loc[:-1])
    if not (isinstance(group, dict) and str(loc[-1]).isdigit() and group.get(loc[-1], 0) is None):
        return None
    keys = list(group)
    before = keys[keys.index(loc[-1]) - 1] if keys.index(loc[-1]) else None
    number = group.get(before)
    if type(number) not in (int, float):
        return None
    written = f"{number},{loc[-1]}"
    try:
        dotted = format(parse_vn_number(written), "f")
    except ValueError:
        return None
    return source.problem(
        loc[:-1] + (before,),
        f"“{before}: {written}”: trong dấu ngoặc nhọn {{ }}, dấu phẩy ngăn cách các trường, "
        f"nên máy đọc “{loc[-1]}” thành một trường khác",
        f"số thập phân viết dấu chấm ({before}: {dotted}) hoặc đặt trong ngoặc kép ({before}: \"{written}\")",
    )


def colon_in_sentence(source: SourceFile, loc: tuple, field: str, given: object) -> Problem | None:
    """``- Khẩu hiệu: …`` where a text belongs: YAML read the sentence as a field and its value.
    Not a field name of the data (``ten: …``): that is a group written where a text belongs."""
    if not (isinstance(given, dict) and len(given) == 1):
        return None
    (key, value), = given.items()
    if _FIELD_NAME.fullmatch(str(key)) or isinstance(value, (dict, list)):
        return None
    text = f"{key}: {'' if value is None else scalar_text(value)}".strip()
    prefix = "- " if loc and isinstance(loc[-1], int) else f"{field}: "
    return source.problem(
        loc,
        f"“{field}”: câu có dấu “: ” ở giữa nên máy hiểu nhầm “{key}” là tên một trường",
        f"dấu “: ” trong một giá trị thì phải đặt cả câu trong ngoặc kép; sửa dòng này thành: {prefix}{quoted(text)}",
    )


def scalar_text(value: object) -> str:
    """A scalar as it is written in YAML: ``true``, not Python's ``True``."""
    return {True: "true", False: "false"}.get(value, str(value)) if isinstance(value, bool) else str(value)


def quoted(text: str) -> str:
    """``text`` as a YAML value in quotes, in the quotes that need no escaping where possible."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"


def first_line(text: str) -> str:
    """The first line of a text, cut at 80 characters: enough to recognize it in a message."""
    line = text.strip().split("\n")[0]
    return f"{line[:80]}…" if len(line) > 80 else line


def shown(given: object) -> str:
    """What staff wrote, as they would recognize it: never Python's notation for lists and dicts."""
    if given is None:
        return "giá trị trống"
    if isinstance(given, list):
        return "một danh sách"
    if isinstance(given, dict):
        return "một nhóm trường"
    return f"“{first_line(scalar_text(given))}”"


def _value_at(data: object, loc: tuple) -> object:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data
