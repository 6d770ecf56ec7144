"""Personal data that must never be published (Decree 13/2023/NĐ-CP, Law 91/2025/QH15): found in
a text, or given a field of its own (``ngay_sinh:``, ``so_dien_thoai:``…) in a data file.

Texts are matched in NFC (a word typed in decomposed Unicode looks the same on screen) and
lower case, tolerant of the spacing and punctuation people type: "(+84) 912 345 678",
"0912 - 345 - 678", "nguyenvana (at) gmail.com", "SN 12/03/1980". Plans are full of numbers
that are not personal (households, amounts "5.516.000.000đ", anniversaries "07/5/1954 -
07/5/2024", document numbers "01/QĐ-UBND"), so a keyword counts only with a value after it.
"""

import re
import unicodedata

ID_NUMBER = "số căn cước công dân / chứng minh nhân dân"
PHONE = "số điện thoại"
EMAIL = "địa chỉ thư điện tử"
BIRTH_DATE = "ngày sinh"
HOME_ADDRESS = "địa chỉ nhà riêng"

_FULL_DATE = r"(?<!\d)\d{1,2}\s{0,3}[/.-]\s{0,3}\d{1,2}\s{0,3}[/.-]\s{0,3}(?:19|20)?\d{2}(?!\d)|\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4}"
_DATE_OR_YEAR = rf"(?:{_FULL_DATE}|(?<!\d)(?:19|20)\d{{2}}(?!\d))"
_COLON = r"\s{0,3}[:.,-]?\s{0,3}"

_IN_TEXT = (
    (ID_NUMBER, r"\b(?:cccd|cmnd|cmtnd|căn cước(?: công dân)?|chứng minh(?: nhân dân| thư)?|định danh(?: cá nhân)?|hộ chiếu)"
                rf"(?: số)?{_COLON}\d(?:[\s.-]{{0,3}}\d){{8,11}}(?!\d)"),
    (ID_NUMBER, r"(?<![\d.,])(?:\d{12}|\d{9}|\d{3}(?: \d{3}){3})(?![\d.,]?\d)"),
    (PHONE, r"(?<![\d.,/])(?:\(\s{0,3}\+?\s{0,3}84\s{0,3}\)|\+\s{0,3}84|0)(?:[\s.()–—-]{0,3}\d){9,10}(?![\d])"),
    (EMAIL, r"(?<![\w.+-])[\w.+-]+\s{0,3}(?:@|[(\[{]\s{0,3}(?:at|a còng)\s{0,3}[)\]}]|\s{1,3}at\s{1,3})\s{0,3}[\w-]+"
            r"(?:(?:\.|\s{0,3}[(\[{]\s{0,3}(?:dot|chấm)\s{0,3}[)\]}]\s{0,3}|\s{1,3}dot\s{1,3})[\w-]+)+"),
    (BIRTH_DATE, rf"\b(?:ngày|năm|ngày\s{{0,3}}/\s{{0,3}}tháng\s{{0,3}}/\s{{0,3}}năm)\s{{1,3}}sinh{_COLON}(?:là\s{{1,3}})?(?:ngày\s{{1,3}})?{_DATE_OR_YEAR}"),
    (BIRTH_DATE, rf"(?<!phát )\bsinh\s{{1,3}}(?:ngày|năm){_COLON}{_DATE_OR_YEAR}"),
    (BIRTH_DATE, rf"\bsn{_COLON}{_DATE_OR_YEAR}"),
    (BIRTH_DATE, rf"\bns{_COLON}(?:{_FULL_DATE})"),  # "NS" alone is also "ngân sách": "NS 2024"
    (HOME_ADDRESS, r"\btrú\s{1,3}tại\b"),
    (HOME_ADDRESS, r"\b(?:thường trú|tạm trú|quê quán|nơi ở(?: hiện nay)?|địa chỉ(?: nhà)?)\s{0,3}(?::|(?:tại\s{1,3})?(?:số\s{0,3})?\d+)"),
    (HOME_ADDRESS, r"\bnhà ở\s{1,3}(?:tại\s{1,3})?số\s{0,3}\d+"),
    (HOME_ADDRESS, r"\bsố\s{0,3}\d+\w?(?:/\d+)?\s{0,3},?\s{0,3}(?:ngõ|ngách|hẻm|kiệt)\s{0,3}(?:số\s{0,3})?\d+"),
)
_PATTERNS = tuple((kind, re.compile(pattern)) for kind, pattern in _IN_TEXT)

# Field names as staff would write them (ASCII, words joined by "_" or run together).
_AS_FIELD = (
    (re.compile(r"(ngay|nam)_?sinh|sinh_?(ngay|nam)|birth"), BIRTH_DATE),
    (re.compile(r"cccd|cmnd|can_?cuoc|chung_?minh|dinh_?danh"), ID_NUMBER),
    (re.compile(r"dien_?thoai|sdt|so_?dt|phone|mobile"), PHONE),
    (re.compile(r"e_?mail|thu_?dien_?tu"), EMAIL),
    (re.compile(r"dia_?chi|que_?quan|noi_?o|thuong_?tru|tam_?tru|address"), HOME_ADDRESS),
)


def personal_data_in(text: str) -> tuple[str, str] | None:
    """The kind of forbidden personal data found in a text and the words found, or None."""
    normalized = unicodedata.normalize("NFC", text)
    folded = normalized.lower()  # same length as the NFC text for Vietnamese letters
    for kind, pattern in _PATTERNS:
        match = pattern.search(folded)
        if match:
            found = normalized[match.start():match.end()] if len(folded) == len(normalized) else match.group()
            return kind, found.strip()
    return None


def personal_data_field(key: str) -> str | None:
    """Name of the kind of personal data a field named ``key`` would hold, or None."""
    return next((kind for pattern, kind in _AS_FIELD if pattern.search(key.lower())), None)
