"""Personal data that must never be published (Decree 13/2023/NĐ-CP, Law 91/2025/QH15): found in
a text, or given a field of its own (``ngay_sinh:``, ``so_dien_thoai:``…) in a data file."""

import re

_IN_TEXT = (
    (re.compile(r"(?<!\d)\d{12}(?!\d)|(?<!\d)\d{9}(?!\d)"), "số căn cước công dân / chứng minh nhân dân"),
    (re.compile(r"(?<![\d.])(?:\+84|0)(?:[\s.-]?\d){9}(?!\d)"), "số điện thoại"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "địa chỉ thư điện tử"),
    (re.compile(r"\b(?:sinh ngày|ngày sinh|năm sinh|sinh năm)\b", re.IGNORECASE), "ngày sinh"),
    (re.compile(r"\b(?:trú tại|thường trú|tạm trú|địa chỉ nhà|nơi ở|quê quán)\b", re.IGNORECASE), "địa chỉ nhà riêng"),
)
# Field names as staff would write them (ASCII, words joined by "_" or run together).
_AS_FIELD = (
    (re.compile(r"(ngay|nam)_?sinh|sinh_?(ngay|nam)|birth"), "ngày sinh"),
    (re.compile(r"cccd|cmnd|can_?cuoc|chung_?minh|dinh_?danh"), "số căn cước công dân / chứng minh nhân dân"),
    (re.compile(r"dien_?thoai|sdt|so_?dt|phone|mobile"), "số điện thoại"),
    (re.compile(r"e_?mail|thu_?dien_?tu"), "địa chỉ thư điện tử"),
    (re.compile(r"dia_?chi|que_?quan|noi_?o|thuong_?tru|tam_?tru|address"), "địa chỉ nhà riêng"),
)


def personal_data_in(text: str) -> str | None:
    """Name of the kind of forbidden personal data found in a text, or None."""
    return next((kind for pattern, kind in _IN_TEXT if pattern.search(text)), None)


def personal_data_field(key: str) -> str | None:
    """Name of the kind of personal data a field named ``key`` would hold, or None."""
    return next((kind for pattern, kind in _AS_FIELD if pattern.search(key.lower())), None)
