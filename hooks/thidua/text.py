"""Vietnamese text helpers for matching what people type."""

import unicodedata


def fold(text: str) -> str:
    """Lowercase without tone marks or diacritics, "đ" included: "Đảng bộ" -> "dang bo"."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spelling(text: str) -> str:
    """Lowercase, NFC, single spaces: compares names keeping their diacritics."""
    return " ".join(unicodedata.normalize("NFC", text).lower().split())
