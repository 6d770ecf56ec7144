"""Official register of Vietnamese administrative units, before and after the 1 July 2025 reform.

Data: PyPI package vietnamadminunits 1.0.4 (MIT licence, © 2025 Tran Ngoc Minh Hieu, released
2025-10-08), built from danhmuchanhchinh.gso.gov.vn (fetched 2025-07-18) and sapnhap.bando.com.vn (2025-07-17).

Two eras:

- ``legacy``: the register as it stood on 30 June 2025 (63 provinces, 696 districts,
  10,035 communes). Communes merged away before that date are not in it.
- ``current``: from 1 July 2025 (34 provinces, 3,321 communes, no districts).

Units merged away before 30 June 2025 are in neither list; the data declares those it needs
(``FormerUnit``, see thidua.former) and ``Register.with_former`` adds them.

Codes are the General Statistics Office codes (2 digits for a province, 3 for a district,
5 for a commune). A code names different units in different eras (legacy 14818 is Phường
Ngọc Trạo, current 14818 is Phường Quang Trung), so a unit's identity is its ``key``,
"era:code", for example "legacy:14823".
"""

import copy
import difflib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from importlib.util import find_spec
from pathlib import Path
from typing import Literal

from .text import fold, spelling

Era = Literal["legacy", "current"]
Level = Literal["province", "district", "commune"]

LEGACY: Era = "legacy"
CURRENT: Era = "current"
REFORM_DATE = date(2025, 7, 1)
FORMER_UNITS_FILE = "don-vi-cu.yaml"  # where the data declares units merged before 30 June 2025

_ERA_LABELS = {LEGACY: "trước ngày 01/7/2025", CURRENT: "từ ngày 01/7/2025"}
_KINDS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã")
_MAX_SUGGESTIONS = 5


@dataclass(frozen=True)
class Unit:
    """One administrative unit of one era."""

    code: str
    name: str  # official name with its type word: "Phường Phú Sơn"
    short_name: str  # without it: "Phú Sơn"; numbered units keep it: "Quận 1"
    kind: str  # the type word in lowercase: "xã", "phường", "thị xã", "tỉnh", "đặc khu"…
    level: Level
    era: Era
    parent_code: str | None  # same era; None for a province

    @cached_property  # asked for on every lookup of every page: made once per unit
    def key(self) -> str:
        """Identity unique across eras: "legacy:14823", "current:14818"."""
        return _key(self.era, self.code)


@dataclass(frozen=True)
class FormerUnit(Unit):
    """A unit merged into another before 30 June 2025, declared in the data (campaigns/don-vi-cu.yaml).

    It has no code (``code`` is ""), its era is the legacy one, its parent and the unit that took
    it over (``merged_into``) are legacy units; from 1 July 2025 it lies where ``merged_into`` does.
    """

    id: str  # the stable id staff gave it: "xa-minh-hoa"
    merged_into: Unit
    merged_on: date  # the day the merger took effect
    resolution: str  # "Nghị quyết số 1278/NQ-UBTVQH15 ngày 14/11/2024 của Ủy ban Thường vụ Quốc hội"
    resolution_url: str | None = None  # where the resolution is published, if given

    @cached_property
    def key(self) -> str:
        return f"former:{self.id}"


class LocalityError(LookupError):
    """A code or name that does not designate exactly one unit.

    ``message`` and ``hint`` are in Vietnamese; ``candidates`` are the units the name could
    mean (ambiguous name) or close ones (unknown name).
    """

    def __init__(self, message: str, hint: str, candidates: Sequence[Unit] = (), ambiguous: bool = False):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.candidates = tuple(candidates)
        self.ambiguous = ambiguous  # the name fits several units (else: it fits none)


def era_on(day: date) -> Era:
    """The era whose units a document issued on ``day`` names."""
    return LEGACY if day < REFORM_DATE else CURRENT


class Register:
    """Units of both eras, their hierarchy and which legacy units went into which current ones."""

    def __init__(self, units: Iterable[Unit], succession: Iterable[tuple[str, str]]):
        """``succession`` pairs the key of a legacy unit with the key of a current unit it went into."""
        self._units = {unit.key: unit for unit in sorted(units, key=lambda unit: unit.code)}
        self._children: dict[str, list[Unit]] = defaultdict(list)
        self._by_name: dict[tuple[Era, str], list[Unit]] = defaultdict(list)
        for unit in self._units.values():
            if unit.parent_code:
                self._children[_key(unit.era, unit.parent_code)].append(unit)
            for name in {unit.name, unit.short_name}:
                self._by_name[unit.era, _fold_words(name)].append(unit)
        self._next: dict[str, list[Unit]] = defaultdict(list)
        self._previous: dict[str, list[Unit]] = defaultdict(list)
        for old, new in sorted(succession):
            self._next[old].append(self._units[new])
            self._previous[new].append(self._units[old])
        self._former: dict[str, FormerUnit] = {}
        self._merged: dict[str, list[FormerUnit]] = defaultdict(list)
        # Asked for again by every page that names a unit, so kept once made. A unit's lineage is made
        # of ``_units`` alone, which no register made from this one changes: they share it.
        self._lineages: dict[str, tuple[Unit, ...]] = {}  # a unit and its ancestors, province first, by key
        self._successors: dict[str, dict[Unit, tuple[Unit, ...]]] = {}  # by unit key

    def with_former(self, units: Iterable[FormerUnit]) -> "Register":
        """This register and the declared former ``units``: found by name (under their parent) and
        by id, lying from 1 July 2025 where the unit that took them over does. ``self`` is unchanged."""
        extended = copy.copy(self)
        extended._by_name = defaultdict(list, self._by_name)
        extended._next = defaultdict(list, self._next)
        extended._former = dict(self._former)
        extended._merged = defaultdict(list, self._merged)
        extended._successors = {}  # not the base register's: the declared units have successors here
        for unit in units:
            extended._former[unit.id] = unit
            for name in {_fold_words(unit.name), _fold_words(unit.short_name)}:
                extended._by_name[unit.era, name] = [*extended._by_name[unit.era, name], unit]
            extended._next[unit.key] = self._next.get(unit.merged_into.key, [])
            extended._merged[unit.merged_into.key] = [*extended._merged[unit.merged_into.key], unit]
        return extended

    def former(self, unit_id: str) -> FormerUnit:
        """The declared former unit with ``unit_id``; raises LocalityError with the closest ids."""
        unit = self._former.get(unit_id)
        if unit is None:
            close = difflib.get_close_matches(unit_id, list(self._former), n=1, cutoff=0.6)
            raise LocalityError(
                f"không có đơn vị cũ mã “{unit_id}” trong campaigns/{FORMER_UNITS_FILE}",
                f"có phải ý bạn là “{close[0]}” ({self._former[close[0]].name})?" if close
                else f"khai báo đơn vị này trong campaigns/{FORMER_UNITS_FILE} (xem docs/huong-dan/them-ke-hoach.md)",
            )
        return unit

    def merged_before(self, unit: Unit) -> tuple[FormerUnit, ...]:
        """The declared former units merged into ``unit`` before 30 June 2025; for a unit of
        today, those merged into the units it was formed from."""
        if unit.era == CURRENT:
            return tuple(former for old in self.predecessors(unit) for former in self._merged.get(old.key, ()))
        return tuple(self._merged.get(unit.key, ()))

    def child_named(self, parent: Unit, name: str) -> Unit | None:
        """The unit of the register directly under ``parent`` called ``name`` (with or without
        its type word, diacritics counting when given), if there is one."""
        return next((child for child in self.children(parent) if _matches(name, child)), None)

    def units(self) -> tuple[Unit, ...]:
        """Every unit of both eras, by code."""
        return tuple(self._units.values())

    def get(self, code: str, era: Era = LEGACY) -> Unit:
        """The unit with GSO ``code`` in ``era``; raises LocalityError if there is none."""
        unit = self._units.get(_key(era, code))
        if unit is None:
            raise LocalityError(
                f"không có đơn vị hành chính mã “{code}” trong danh mục {_ERA_LABELS[era]}",
                "kiểm tra lại mã và thời kỳ của đơn vị (trước hay từ ngày 01/7/2025)",
            )
        return unit

    def ancestors(self, unit: Unit) -> tuple[Unit, ...]:
        """The units containing ``unit``, province first."""
        return self._lineage(_key(unit.era, unit.parent_code)) if unit.parent_code else ()

    def _lineage(self, key: str) -> tuple[Unit, ...]:
        """The unit of the register with ``key`` and its ancestors, province first."""
        lineage = self._lineages.get(key)
        if lineage is None:
            unit = self._units[key]
            lineage = self._lineages[key] = (*self.ancestors(unit), unit)
        return lineage

    def children(self, unit: Unit) -> tuple[Unit, ...]:
        """The units directly under ``unit``, by code."""
        return tuple(self._children.get(unit.key, ()))

    def successors(self, unit: Unit) -> dict[Unit, tuple[Unit, ...]]:
        """Each current unit that a legacy ``unit`` went into, with the legacy parts that went there.

        A commune or a province maps to itself: {Phường Quang Trung: (Phường Phú Sơn,)}.
        A district maps through its communes: {Xã Chi Lăng: (Thị trấn Đồng Mỏ, Thị trấn Chi
        Lăng, Xã Chi Lăng), Xã Chiến Thắng: (…), …}. Current units have no successors.
        """
        successors = self._successors.get(unit.key)
        if successors is None:
            parts = (unit,) if unit.key in self._next else self.children(unit)
            groups: dict[Unit, list[Unit]] = defaultdict(list)
            for part in parts:
                for successor in self._next.get(part.key, ()):
                    groups[successor].append(part)
            successors = self._successors[unit.key] = {
                successor: tuple(groups[successor]) for successor in sorted(groups, key=lambda u: u.code)
            }
        return dict(successors)  # the caller's own: the one kept stays as made

    def predecessors(self, unit: Unit) -> tuple[Unit, ...]:
        """The legacy units merged, wholly or partly, into a current ``unit``, by code."""
        return tuple(self._previous.get(unit.key, ()))

    def describe(self, unit: Unit) -> str:
        """Name, code and containing units: "Xã Tùng Ảnh (mã 18259), Huyện Đức Thọ, Tỉnh Hà Tĩnh";
        for a former unit, its id: "Xã Minh Họa (đơn vị cũ xa-minh-hoa), Huyện Đức Thọ, Tỉnh Hà Tĩnh"."""
        label = f"đơn vị cũ {unit.id}" if isinstance(unit, FormerUnit) else f"mã {unit.code}"
        return ", ".join([f"{unit.name} ({label})", *(a.name for a in reversed(self.ancestors(unit)))])

    def resolve(self, name: str, parents: Sequence[str] = (), era: Era = LEGACY) -> Unit:
        """The one unit of ``era`` called ``name`` inside every unit named in ``parents``.

        Names may carry their type word or not ("xã Tùng Ảnh", "Tùng Ảnh"), in any case and any
        order of parents. Diacritics count only when given: "Tung Anh" finds Xã Tùng Ảnh,
        "Tùng Anh" does not and gets it as a suggestion. Raises LocalityError.
        """
        candidates = [unit for unit in self._named(name, era) if self._within(unit, parents)]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            raise self._ambiguous(name, candidates, era)
        raise self._unknown(name, parents, era)

    def _named(self, name: str, era: Era) -> list[Unit]:
        return [unit for unit in self._by_name.get((era, _fold_words(name)), ()) if _matches(name, unit)]

    def _within(self, unit: Unit, parents: Sequence[str]) -> bool:
        ancestors = self.ancestors(unit)
        return all(any(_matches(parent, ancestor) for ancestor in ancestors) for parent in parents)

    def _scope(self, parents: Sequence[str], era: Era) -> list[Unit]:
        """The units of ``era`` inside every unit named in ``parents``."""
        if not parents:
            return [unit for unit in self._units.values() if unit.era == era]
        first, *others = parents
        inside_first = [unit for root in self._named(first, era) for unit in self._descendants(root)]
        return [unit for unit in inside_first if self._within(unit, others)]

    def _descendants(self, unit: Unit) -> Iterator[Unit]:
        for child in self.children(unit):
            yield child
            yield from self._descendants(child)

    def _ambiguous(self, name: str, candidates: list[Unit], era: Era) -> LocalityError:
        return LocalityError(
            f"tên “{name}” ứng với {len(candidates)} đơn vị hành chính trong danh mục {_ERA_LABELS[era]}",
            "ghi thêm đơn vị cấp trên hoặc dùng mã của đơn vị đúng: "
            + "; ".join(self.describe(unit) for unit in candidates),
            candidates,
            ambiguous=True,
        )

    def _unknown(self, name: str, parents: Sequence[str], era: Era) -> LocalityError:
        suggestions = _close_to(name, self._scope(parents, era))
        if parents and not suggestions:
            suggestions = _close_to(name, self._scope((), era))
        where = f" thuộc {', '.join(parents)}" if parents else ""
        hint = (
            "có phải " + "; ".join(self.describe(unit) for unit in suggestions) + "?"
            if suggestions
            else "kiểm tra chính tả, đơn vị cấp trên, hoặc dùng mã đơn vị"
        )
        return LocalityError(
            f"không tìm thấy đơn vị hành chính “{name}”{where} trong danh mục {_ERA_LABELS[era]}",
            hint,
            suggestions,
        )


@cache
def load_register() -> Register:
    """The register built from the vietnamadminunits data files, loaded once."""
    data = Path(find_spec("vietnamadminunits").submodule_search_locations[0]) / "data"
    with closing(sqlite3.connect(f"{(data / 'dataset.db').as_uri()}?mode=ro", uri=True)) as db:
        db.row_factory = sqlite3.Row
        legacy_units, legacy_keys = _legacy(db.execute(
            "SELECT province, provinceCode, provinceKey, district, districtCode, districtKey, ward, wardCode, wardKey"
            " FROM admin_units_legacy"
        ))
        current_units, current_keys = _current(db.execute(
            "SELECT province, provinceCode, provinceKey, ward, wardCode, wardKey FROM admin_units"
        ))
    merger = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    succession = _succession(merger, legacy_keys, current_keys)
    return Register([*legacy_units, *current_units], succession)


def _legacy(rows: Iterable[sqlite3.Row]) -> tuple[list[Unit], dict[str, str]]:
    """Legacy units, and our keys by the package's keys ("tinhhatinh_huyenductho_xatunganh"). A row
    is a commune with its district and province: each of those is made once, not once per commune."""
    units: dict[str, Unit] = {}
    keys: dict[str, str] = {}
    for row in rows:
        province = units.get(_key(LEGACY, row["provinceCode"])) or _unit(
            row["province"], row["provinceCode"], "province", LEGACY, None
        )
        district = units.get(_key(LEGACY, row["districtCode"])) or _unit(
            row["district"], row["districtCode"], "district", LEGACY, province.code
        )
        units[province.key] = province
        units[district.key] = district
        keys[row["provinceKey"]] = province.key
        place = f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey'] or ''}"
        if row["wardCode"]:
            commune = _unit(row["ward"], row["wardCode"], "commune", LEGACY, district.code)
            units[commune.key] = commune
            keys[place] = commune.key
        else:  # island districts have no communes
            keys[place] = district.key
    return list(units.values()), keys


def _current(rows: Iterable[sqlite3.Row]) -> tuple[list[Unit], dict[str, str]]:
    """Current units, and our keys by the package's keys ("tinhhatinh_xaductho")."""
    units: dict[str, Unit] = {}
    keys: dict[str, str] = {}
    for row in rows:
        province = units.get(_key(CURRENT, row["provinceCode"])) or _unit(
            row["province"], row["provinceCode"], "province", CURRENT, None
        )
        commune = _unit(row["ward"], row["wardCode"], "commune", CURRENT, province.code)
        units[province.key] = province
        units[commune.key] = commune
        keys[row["provinceKey"]] = province.key
        keys[f"{row['provinceKey']}_{row['wardKey']}"] = commune.key
    return list(units.values()), keys


def _succession(merger: dict, legacy_keys: dict[str, str], current_keys: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(legacy key, current key) pairs from the package's converter_2025.json."""
    for new_province, old_provinces in merger["DICT_PROVINCE"].items():
        for old in old_provinces:
            yield legacy_keys[old], current_keys[new_province]
    for new_province, communes in merger["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new, olds in communes.items():
            for old in olds:
                yield legacy_keys[old], current_keys[f"{new_province}_{new}"]
    for new_province, divided in merger["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, parts in divided.items():
            for part in parts:
                yield legacy_keys[old], current_keys[f"{new_province}_{part['newWardKey']}"]


def name_parts(name: str) -> tuple[str, str, str] | None:
    """The official name, the name without its type word, and the type word, from a name that
    starts with one: "xã Tùng Ảnh" -> ("Xã Tùng Ảnh", "Tùng Ảnh", "xã"); None if it starts with none."""
    kind = next((kind for kind in _KINDS if name.lower().startswith(kind + " ")), None)
    if kind is None:
        return None
    short_name = name[len(kind) + 1 :].strip()
    official = f"{kind.capitalize()} {short_name}"  # the package writes some as "Thị Trấn Ái Tử"
    return official, official if short_name.isdigit() else short_name, kind


def _unit(name: str, code: str, level: Level, era: Era, parent_code: str | None) -> Unit:
    """A unit named officially; the kind comes from the name (the package's type columns have errors)."""
    official, short_name, kind = name_parts(name)
    return Unit(code, official, short_name, kind, level, era, parent_code)


def _key(era: Era, code: str) -> str:
    return f"{era}:{code}"


def _fold_words(text: str) -> str:
    return " ".join(fold(text).split())


def _has_diacritics(text: str) -> bool:
    return fold(text) != text.lower()


def _matches(query: str, unit: Unit) -> bool:
    """Whether ``query`` names ``unit``, with or without its type word."""
    compare = spelling if _has_diacritics(query) else _fold_words
    return compare(query) in (compare(unit.name), compare(unit.short_name))


def _close_to(name: str, units: list[Unit]) -> list[Unit]:
    """Up to a few of ``units`` whose names are closest to ``name``, ignoring diacritics."""
    by_name: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        for unit_name in {unit.name, unit.short_name}:
            by_name[_fold_words(unit_name)].append(unit)
    close = difflib.get_close_matches(_fold_words(name), by_name, n=_MAX_SUGGESTIONS, cutoff=0.8)
    found = dict.fromkeys(unit for folded in close for unit in by_name[folded])
    return list(found)[:_MAX_SUGGESTIONS]
