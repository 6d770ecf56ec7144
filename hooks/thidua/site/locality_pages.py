"""A page per administrative unit with content (and its ancestors), plus the index of provinces."""

from ..register import Unit
from . import search_info
from .contacts import locality_contact
from .context import HOME, LOCALITIES, SiteContext
from .page import Crumb, Page
from .exemplar_pages import honored_summary, unit_exemplars
from .summaries import by_year, newest_campaigns

LATEST_BELOW = 20  # a province page shows the newest plans below it, not all of them


def locality_pages(site: SiteContext) -> list[Page]:
    return [_unit_page(site, unit) for unit in site.localities.units.values()] + [
        _index(site, "current"),
        _index(site, "legacy"),
    ]


def _index(site: SiteContext, era: str) -> Page:
    legacy = era == "legacy"
    provinces = [
        {"title": unit.name, "url": site.localities.url(unit), "note": _count_note(site, unit)}
        for unit in sorted(site.localities.provinces(era), key=lambda u: u.short_name)
    ]
    return Page(
        url="dia-phuong/truoc-2025/" if legacy else "dia-phuong/",
        title="Địa phương trước ngày 01/7/2025" if legacy else "Địa phương",
        template="localities.html",
        breadcrumbs=[HOME, LOCALITIES] if legacy else [HOME],
        description="Tìm kế hoạch thi đua và người được khen thưởng theo tỉnh, xã, phường.",
        context={"provinces": provinces, "legacy": legacy},
    )


def _count_note(site: SiteContext, unit: Unit) -> str:
    units = [unit, *site.localities.descendants(unit)]
    campaigns = sum(len(site.localities.campaigns.get(u.key, [])) for u in units)
    return f"{campaigns} kế hoạch"


def _unit_page(site: SiteContext, unit: Unit) -> Page:
    localities = site.localities
    register = site.dataset.register
    own = localities.campaigns.get(unit.key, [])
    below = [r for child in localities.descendants(unit) for r in localities.campaigns.get(child.key, [])]
    absorbed = []
    predecessor_links = []
    if unit.era == "current":
        for old in register.predecessors(unit):
            predecessor_links.append(
                {"title": site.place_line(old), "url": localities.url_if_page(old)}
            )
            absorbed.extend(localities.campaigns.get(old.key, []))
    successors = []
    if unit.era == "legacy":
        for new, parts in register.successors(unit).items():
            successors.append(
                {
                    "title": new.name,
                    "url": localities.url_if_page(new),
                    "province": localities.province(new).name,
                    "code": new.code,
                    "parts": [p.name for p in parts] if unit.level == "district" else [],
                }
            )
    honored = honored_summary(site, unit_exemplars(site, unit), localities.url(unit))
    crumbs = site.unit_crumbs(unit)
    return Page(
        url=localities.url(unit),
        title=unit.name,
        template="locality.html",
        breadcrumbs=crumbs[:-1],
        description=f"{site.place_line(unit)}: kế hoạch thi đua, chủ đề, chỉ tiêu và người được khen thưởng.",
        search=search_info.for_unit(site, "locality", unit),
        illustrative=honored["illustrative"],
        context={
            "unit": {"code": unit.code, "place": site.place_line(unit), "level": unit.level, "era": unit.era},
            "own": by_year(site, own),
            "below": by_year(site, newest_campaigns(below)[:LATEST_BELOW]),
            "below_count": len(below),
            "below_cut": len(below) > LATEST_BELOW,
            "absorbed": by_year(site, absorbed),
            "predecessors": predecessor_links,
            "successors": successors,
            "honored": honored,
            "contact": locality_contact(own),
            "children": [
                {"title": child.name, "url": localities.url(child), "note": _count_note(site, child)}
                for child in localities.children(unit)
            ],
        },
    )
