"""Structured values of one target line: numbers in Vietnamese format, %, units, comparisons.

The line stays verbatim; these values sit beside it. Dates, years, document numbers and ages
are not values. A line the rules read with doubt is flagged for a person to check.
"""

import re
from dataclasses import dataclass, field

from ..numbers import parse_vn_number

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_MASKS = [
    re.compile(r"\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{2,4}"),  # 15/5/2016, 15-01-2024
    re.compile(r"\b\d{1,2}/(?:19|20)\d{2}\b"),  # 01/2024
    re.compile(r"\d+(?:/\d+)*\s*[/–-]\s*(?=[A-ZĐ]{2})"),  # 3595/QĐ-UBND, 34-CT/TW, 05 – CT/TW
    re.compile(
        r"(?i:số|mức độ|khu phố|đề án|lần thứ|chỉ thị|kết luận|nghị quyết|quyết định|nghị định|cụm thi đua số)"
        r"\s*:?\s*\d+(?:,\d+)?(?![\d,]*\d)(?=\s*(?:tuổi|[,;:.)]|\s[a-zđ]*\s?[A-ZĐ]|$))"
    ),
    re.compile(r"\b\d+\s*tuổi"),
    re.compile(r"\b(?:19|20)\d{2}\b(?!\s*(?:tỷ|triệu|tấn|ha|con|hộ|người|%))"),
]
UNITS = sorted(
    [
        "nghìn tỷ đồng", "tỷ đồng", "triệu đồng/người/năm", "triệu đồng", "triệu USD", "nghìn lượt", "đồng", "tấn",
        "tạ/ha", "ha", "con", "hộ", "người", "lao động", "km", "m³", "m3", "mô hình", "doanh nghiệp", "gia đình",
        "thôn", "xã", "trường học", "trường", "sản phẩm", "phòng học", "tuyến đường", "tuyến", "khu phố", "cơ quan",
        "tập thể, cá nhân", "tập thể", "cá nhân", "tiêu chí", "lượt", "công trình", "chi bộ", "hợp tác xã", "cơ sở",
        "lớp", "học sinh", "huyện", "đơn vị",
    ],
    key=len,
    reverse=True,
)
_UNIT = re.compile(r"\s*(%|" + "|".join(re.escape(u) for u in UNITS) + r"|đ)(?![\wà-ỹ])")
_TOKEN = re.compile(rf"(?P<a>{_NUM})\s*(?:(?P<ratio>/)\s*(?P<b>\d+)|[-–]\s*(?P<c>{_NUM}))?")
_ADJACENT = [
    ("giam-con", r"giảm\s+còn"), ("giam", r"giảm"), ("tang", r"tăng|thêm"), ("tren", r"trên|>"),
    ("duoi", r"dưới|<"), ("tu", r"từ"), ("toi-da", r"tối đa|không quá"), ("duy-tri", r"giữ vững|duy trì"),
    ("bang", r"bằng"), ("dat", r"đạt"),
]
_CLAUSE = [("giam-con", r"giảm\s+còn"), ("giam", r"\bgiảm"), ("tang", r"\btăng\b|\bthêm\b")]
_UPWARDS = re.compile(r"^\s*(?:[^\d,;.]{0,30}\s)?trở lên")
_HOLDING = re.compile(r"^\W*(giữ vững|duy trì)", re.IGNORECASE)


@dataclass
class Reading:
    values: list[dict] = field(default_factory=list)
    doubt: str | None = None  # why a person should check, or None


def read_values(text: str) -> Reading:
    masked = text
    for mask in _MASKS:
        masked = mask.sub(lambda m: "#" * len(m.group()), masked)
    values: list[dict] = []
    unknown_unit = False
    previous_end, previous_comparison = 0, None
    for token in _TOKEN.finditer(masked):
        if masked[max(0, token.start() - 1):token.start()].isalpha():
            continue
        unit_match = _UNIT.match(masked, token.end())
        unit = None if unit_match is None else ("đồng" if unit_match.group(1) == "đ" else unit_match.group(1))
        after = masked[(unit_match or token).end():]
        before = masked[previous_end:token.start()]
        value = _value(token, unit)
        comparison = _comparison(before, after, previous_comparison, value)
        if comparison != "dat" and "so_sanh" not in value:
            value = {"so_sanh": comparison, **value}
        values.append(value)
        unknown_unit = unknown_unit or unit is None
        previous_end, previous_comparison = (unit_match or token).end(), comparison
    if not values and _HOLDING.match(text):
        return Reading([{"so_sanh": "duy-tri"}])
    doubt = None
    if len(values) > 1:
        doubt = f"{len(values)} số trong một dòng: kiểm tra từng giá trị, thêm noi_dung nếu cần"
    elif unknown_unit:
        doubt = "chưa rõ đơn vị"
    elif not values and re.search(r"\d", masked.replace("#", "")):
        doubt = "dòng có số nhưng máy chưa ghi giá trị"
    return Reading(values, doubt)


def _number(text: str) -> int | float:
    number = parse_vn_number(text)
    return int(number) if number == number.to_integral_value() else float(number)


def _value(token: re.Match, unit: str | None) -> dict:
    value: dict
    if token.group("ratio"):
        value = {"so_sanh": "ty-so", "so_lieu": _number(token.group("a")), "tren_tong": _number(token.group("b"))}
    elif token.group("c"):
        value = {"so_sanh": "khoang", "tu": _number(token.group("a")), "den": _number(token.group("c"))}
    else:
        value = {"so_lieu": _number(token.group("a"))}
    if unit:
        value["don_vi"] = unit
    return value


def _comparison(before: str, after: str, previous: str | None, value: dict) -> str:
    if "so_sanh" in value:
        return value["so_sanh"]
    clause = re.split(r"[,;.(]", before)[-1]
    if clause.strip().endswith("=") and previous:
        return previous
    if not clause.strip() and previous in ("tang", "duy-tri"):
        return previous  # "Có thêm 05 xã …, 08 xã …": the verb carries over a list
    adjacent = next(
        (name for name, words in _ADJACENT if re.search(rf"(?:^|\W)(?:{words})\s*:?\s*$", clause, re.IGNORECASE)),
        None,
    )
    if _UPWARDS.match(after) and adjacent in (None, "dat", "tren", "tu"):
        return "tu"
    if adjacent:
        return adjacent
    return next((name for name, words in _CLAUSE if re.search(words, clause, re.IGNORECASE)), "dat")

