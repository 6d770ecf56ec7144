"""argparse's own words (usage, section titles, help option, error messages) in Vietnamese.

argparse looks its strings up through the module-level ``_`` and ``ngettext`` (gettext) each time
it prints; ``install`` points both at the table below. Strings not listed stay as argparse has them.
"""

import argparse

_WORDS = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "subcommands": "lệnh con",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "không có lựa chọn %(value)r (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "ignored explicit argument %r": "không nhận giá trị %r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s không rõ, có thể là: %(matches)s",
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (chọn một trong: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được “%(filename)s”: %(error)s",
}
_PLURALS = {"expected %s argument": "cần %s giá trị"}


def translate(text: str) -> str:
    return _WORDS.get(text, text)


def translate_plural(singular: str, plural: str, count: int) -> str:
    return _PLURALS.get(singular) or (singular if count == 1 else plural)


def install() -> None:
    """Make argparse speak Vietnamese (idempotent)."""
    argparse._ = translate
    argparse.ngettext = translate_plural
