"""The plan's locality, found in the official register from the document's own words.

The place before the date ("Tùng Anh, ngày …") names the unit; the type word comes from the
header or from "Ủy ban nhân dân xã …" in the body; names of parents printed anywhere in the
text choose between units with the same name.
"""

import re
from dataclasses import dataclass

from ..register import CURRENT, LEGACY, LocalityError, Register, Unit
from ..text import fold, spelling

_KIND_WORDS = ("thành phố", "thị trấn", "thị xã", "phường", "huyện", "quận", "tỉnh", "xã")
_COMMITTEE = re.compile(r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(" + "|".join(_KIND_WORDS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    unit: Unit | None
    era: str  # "truoc-2025" or "tu-2025"
    written: str  # the name as the document writes it
    candidates: tuple[Unit, ...]
    doubt: str | None


def find_locality(register: Register, place: str | None, issuer_lines: list[str], text: str, year: int) -> Found:
    era_key, era = ("truoc-2025", LEGACY) if year <= 2025 else ("tu-2025", CURRENT)
    name, kind = _name_and_kind(place, issuer_lines, text)
    if not name:
        return Found(None, era_key, "", (), "không tìm thấy tên địa phương trong văn bản")
    query = fold(f"{kind} {name}" if kind else name)
    try:
        candidates: tuple[Unit, ...] = (register.resolve(query, (), era),)
    except LocalityError as error:
        candidates = tuple(error.candidates) if "ứng với" in error.message else ()
    if not candidates:
        return Found(None, era_key, name, (), f"không tìm thấy “{name}” trong danh mục đơn vị hành chính")
    folded_text = fold(text)
    scores = {
        unit: sum(name in folded_text for name in {fold(a.short_name) for a in register.ancestors(unit)})
        for unit in candidates
    }
    best = max(scores.values())
    chosen = [unit for unit, score in scores.items() if score == best]
    if len(chosen) > 1:
        return Found(None, era_key, name, tuple(chosen), f"có {len(chosen)} đơn vị tên “{name}”: chọn đúng mã")
    unit = chosen[0]
    doubt = None
    if len(candidates) > 1:
        doubt = f"có {len(candidates)} đơn vị tên “{name}”; máy chọn theo tên cấp trên có trong văn bản"
    return Found(unit, era_key, name, tuple(candidates), doubt)


def written_differently(found: Found) -> bool:
    return found.unit is not None and spelling(found.written) != spelling(found.unit.short_name)


def _name_and_kind(place: str | None, issuer_lines: list[str], text: str) -> tuple[str | None, str | None]:
    for line in issuer_lines[1:]:
        for kind in _KIND_WORDS:
            if fold(line).startswith(fold(kind) + " "):
                return _title_case(line[len(kind):].strip()), kind
    if not place:
        return None, None
    for kind in _KIND_WORDS:
        if re.search(rf"\b{kind}\s+{re.escape(place)}\b", text, re.IGNORECASE):
            return place, kind
    mention = _COMMITTEE.search(text)
    return place, mention.group(1).lower() if mention else None


def _title_case(upper: str) -> str:
    return " ".join(word.capitalize() for word in upper.split())
