"""The draft data file: the layout staff know from the seed files, one key per line, and a
"# KIỂM TRA: lý do" comment at the end of every line the importer guessed."""

import json

from ..placeholders import REVIEW_MARK
from .marks import Marked

ORDER = (
    "van_ban", "dia_phuong", "nam", "trich_yeu", "can_cu", "mo_dau", "chu_de", "chu_de_nguyen_van", "khau_hieu",
    "muc_dich", "yeu_cau", "muc_tieu", "phong_trao", "ngay_ky_niem", "van_ban_lien_quan", "chi_tieu",
    "noi_dung_thi_dua", "thoi_gian", "dot_thi_dua", "tieu_chuan_khen_thuong", "ho_so_khen_thuong",
    "to_chuc_thuc_hien", "ket_thuc", "noi_nhan", "ban_goc",
)
_FLOW_KEYS = ("gia_tri",)


def draft_text(fields: dict, heading: list[str]) -> str:
    ordered = {key: fields[key] for key in ORDER if key in fields}
    return "\n".join([*heading, *_mapping(ordered, 0)]) + "\n"


def _comment(reason: str | None) -> str:
    return f"  {REVIEW_MARK}: {reason}" if reason else ""


def _scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _flow(value: dict) -> str:
    return "{" + ", ".join(f"{key}: {_scalar(item)}" for key, item in value.items()) + "}"


def _split(value: object) -> tuple[object, str | None]:
    return (value.value, value.reason) if isinstance(value, Marked) else (value, None)


def _mapping(data: dict, indent: int) -> list[str]:
    lines = []
    pad = " " * indent
    for key, raw in data.items():
        value, reason = _split(raw)
        if isinstance(value, dict):
            lines.append(f"{pad}{key}:{_comment(reason)}")
            lines.extend(_mapping(value, indent + 2))
        elif isinstance(value, list):
            lines.append(f"{pad}{key}:{_comment(reason)}")
            lines.extend(_sequence(value, indent + 2, flow=key in _FLOW_KEYS))
        else:
            lines.append(f"{pad}{key}: {_scalar(value)}{_comment(reason)}")
    return lines


def _sequence(items: list, indent: int, flow: bool) -> list[str]:
    lines = []
    pad = " " * indent
    for raw in items:
        value, reason = _split(raw)
        if isinstance(value, dict) and flow:
            lines.append(f"{pad}- {_flow(value)}{_comment(reason)}")
        elif isinstance(value, dict):
            inner = _mapping(value, indent + 2)
            first = inner[0][indent + 2:]
            lines.append(f"{pad}- {first}" + ("" if REVIEW_MARK in first else _comment(reason)))
            lines.extend(inner[1:])
        else:
            lines.append(f"{pad}- {_scalar(value)}{_comment(reason)}")
    return lines
