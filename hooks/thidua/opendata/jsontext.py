"""JSON text of the open data, written as ``json.dumps(value, ensure_ascii=False, indent=1)`` writes it.

With an indent, the standard library encodes in Python, one generator per level: for a thousand
plans that is most of the time spent on open data. Here each level is one ``str.join``, strings
go through the library's own C escaping, and the text is the same, byte for byte.
"""

import json
from json.encoder import encode_basestring  # the C function where the library has it


def json_text(value) -> str:
    """``value``: what ``json.dumps`` takes whose dicts have text keys."""
    return _encoded(value, "\n")


def _encoded(value, indent: str) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + " "
        return "{" + inner + ("," + inner).join(f"{_key(key)}: {_encoded(item, inner)}" for key, item in value.items()) + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + " "
        return "[" + inner + ("," + inner).join(_encoded(item, inner) for item in value) + indent + "]"
    return json.dumps(value)  # a number, true, false or null


def _key(key) -> str:
    if not isinstance(key, str):
        raise TypeError(f"khóa JSON phải là chữ: {key!r}")
    return encode_basestring(key)
