"""Vietnamese text keys for comparing names typed by people with official names."""

import unicodedata

# Combining marks of the five Vietnamese tones (sắc, huyền, hỏi, ngã, nặng).
_TONE_MARKS = frozenset("\u0301\u0300\u0309\u0303\u0323")


def fold(text: str) -> str:
    """Lowercase ``text`` and drop every diacritic, "đ" included: "Tùng Ảnh" -> "tung anh"."""
    return unicodedata.normalize("NFD", text.lower().replace("đ", "d")).translate(_WITHOUT_MARKS)


class _WithoutMarks(dict):
    """``str.translate`` table: each combining character (``unicodedata.combining``) to None,
    dropped; any other to itself. Filled as characters are met: a text has few distinct ones."""

    def __missing__(self, code: int) -> int | None:
        kept = self[code] = None if unicodedata.combining(chr(code)) else code
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def spelling(text: str) -> str:
    """Key that keeps every diacritic but ignores case, Unicode form and tone-mark placement.

    Old-style "Hoà", "Thuỷ" and new-style "Hòa", "Thủy" give the same key;
    "Tùng Anh" and "Tùng Ảnh" do not.
    """
    return " ".join(_syllable_spelling(word) for word in text.lower().split())


def _syllable_spelling(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(sorted(char for char in decomposed if char in _TONE_MARKS))
    letters = "".join(char for char in decomposed if char not in _TONE_MARKS)
    return unicodedata.normalize("NFC", letters) + tones
