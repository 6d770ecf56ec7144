"""Facets and result metadata a page gives the search index."""

import json

from ..register import Unit
from .context import SiteContext
from .page import SearchInfo, relative_url

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
    sort = {}
    if year is not None:
        filters["nam"] = str(year)
        meta["nam"] = str(year)
        sort["year"] = str(year)
    return SearchInfo(kind=kind, filters=filters, meta=meta, sort=sort)


def for_entries(site: SiteContext, kind: str, url: str, entries: list[tuple[str, Unit, int]]) -> SearchInfo:
    """The list page at ``url`` whose entries, (url, unit, year) each, stand for pages of ``kind``
    that are not indexed themselves (thidua.search, "Entries"): the facets of every entry, and
    each entry's own facets under its id, the link to its page."""
    filters: dict[str, list[str]] = {"loai": [KINDS[kind]], "tinh": [], "cap": [], "nam": []}
    own = {}
    for entry_url, unit, year in entries:
        facets = {"tinh": provinces_of(site, unit), "cap": [LEVELS[unit.level]], "nam": [str(year)]}
        own[relative_url(entry_url, url)] = facets
        for key, values in facets.items():
            filters[key] += [value for value in values if value not in filters[key]]
    meta = {"muc": json.dumps(own, ensure_ascii=False, separators=(",", ":"))}
    return SearchInfo(kind=f"{kind}-list", filters=filters, meta=meta)
