"""JSON text of the open data, written as ``json.dumps(value, ensure_ascii=False, indent=1)`` writes it.

With an indent, the standard library encodes in Python, one generator per level: for a thousand
plans that is most of the time spent on open data. Here each level is one ``str.join``, strings
go through the library's own C escaping, and the text is the same, byte for byte.

A model (a plan) is written by pydantic's own encoder, in Rust, without making its dict first
(``model_json``): the same text, a few times faster, but for a float under 1e-4; kept in the UTF-8
the encoder makes, which is what the files hold (not decoded to be encoded again).
"""

import json
import re
from json.encoder import encode_basestring  # the C function where the library has it

from pydantic import BaseModel

_EXPONENT = re.compile(rb"e-(?<=[0-9]e-)")  # found as fast as the text "e-", the digit checked only there


def model_json(model: BaseModel) -> bytes:
    """``json_text`` of the model's JSON form in UTF-8, its fields by alias and without those that are None.

    Pydantic writes a float under 1e-4 as ``0.00001`` or ``1e-7`` where ``json.dumps`` writes
    ``1e-05`` or ``1e-07``, and is otherwise the same: a text where one may be (any "0.0000", any
    digit before "e-", if only in a string) is written again by ``json_text``."""
    data = model.__pydantic_serializer__.to_json(model, indent=1, by_alias=True, exclude_none=True)
    if b"0.0000" in data or _EXPONENT.search(data):
        return json_text(model.model_dump(mode="json", by_alias=True, exclude_none=True)).encode()
    return data


def json_text(value) -> str:
    """``value``: what ``json.dumps`` takes whose dicts have text keys."""
    return _encoded(value, "\n")


def _encoded(value, indent: str) -> str:
    """A text (every key, most values of open data) is escaped where it is met, without a call of a function of its own."""
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + " "
        return "{" + inner + ("," + inner).join(
            f"{encode_basestring(key) if type(key) is str else _key(key)}: "
            f"{encode_basestring(item) if type(item) is str else _encoded(item, inner)}" for key, item in value.items()
        ) + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + " "
        return "[" + inner + ("," + inner).join(
            encode_basestring(item) if type(item) is str else _encoded(item, inner) for item in value
        ) + indent + "]"
    if value is None or value is True or value is False:
        return "null" if value is None else "true" if value else "false"
    return int.__repr__(value) if type(value) is int else json.dumps(value)  # json.dumps writes an int so


def _key(key) -> str:
    if not isinstance(key, str):
        raise TypeError(f"khóa JSON phải là chữ: {key!r}")
    return encode_basestring(key)
