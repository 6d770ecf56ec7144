"""Facets and result metadata a page gives the search index."""

import json

from ..register import Unit
from .context import SiteContext
from .page import SearchInfo

LEVELS = {"province": "Tỉnh", "district": "Huyện", "commune": "Xã, phường, thị trấn"}
KINDS = {
    "campaign": "Kế hoạch thi đua",
    "locality": "Địa phương",
    "movement": "Phong trào",
    "exemplar": "Người được khen thưởng",
}


def provinces_of(site: SiteContext, unit: Unit) -> list[str]:
    """The unit's province, and today's province it lies in when that differs."""
    names = [site.localities.province(unit).short_name]
    for current in site.current_units(unit):
        name = site.localities.province(current).short_name
        if name not in names:
            names.append(name)
    return names


def for_unit(site: SiteContext, kind: str, unit: Unit, year: int | None = None) -> SearchInfo:
    filters: dict[str, list[str] | str] = {
        "loai": KINDS[kind],
        "tinh": provinces_of(site, unit),
        "cap": LEVELS[unit.level],
    }
    meta = {"dia_phuong": site.place_line(unit)}
    if year is not None:
        filters["nam"] = str(year)
        meta["nam"] = str(year)
    return SearchInfo(kind=kind, filters=filters, meta=meta)


def entry_links(links: dict[str, str]) -> dict[str, str]:
    """The search meta of a page of entries (thidua.search, "Entries"): each entry heading's id ->
    the address the entry leads to, relative to the page ("#id": the entry itself)."""
    return {"lien_ket": json.dumps(links, ensure_ascii=False, separators=(",", ":"))}
