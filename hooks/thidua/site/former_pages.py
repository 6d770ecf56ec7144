"""Units merged away before 30 June 2025 (declared in campaigns/don-vi-cu.yaml): their own page,
which says what became of them, and the note on the pages of the units that took them over.
Their plans are listed there like those of the units merged on 1 July 2025 (locality_plans)."""

from ..register import FormerUnit, Unit
from . import search_info
from .context import SiteContext
from .exemplar_pages import honored_summary
from .locality_plans import LocalityPlans
from .page import Link, Page
from .summaries import by_year


def merged_links(site: SiteContext, unit: Unit) -> list[Link]:
    """Each former unit merged into ``unit`` (or, for a unit of today, into the units it was
    formed from), linked, with when and by which resolution."""
    return [
        Link(former.name, site.localities.url(former),
             f"nhập vào {former.merged_into.name} từ ngày {_day(former)}, theo {former.resolution}")
        for former in site.dataset.register.merged_before(unit)
    ]


def fate(site: SiteContext, unit: FormerUnit) -> str:
    """ "Xã X (huyện Y, tỉnh Z) đã nhập vào Xã W từ ngày …, theo Nghị quyết …; từ ngày 01/7/2025
    thuộc Xã V, tỉnh Z." """
    register = site.dataset.register
    parents = ", ".join(_lower(a.name) for a in reversed(register.ancestors(unit)))
    today = [f"{new.name}, {_lower(site.localities.province(new).name)}" for new in register.successors(unit)]
    if len(today) == 1:
        after = f"từ ngày 01/7/2025 thuộc {today[0]}"
    else:
        after = f"từ ngày 01/7/2025, địa bàn {unit.merged_into.name} thuộc các đơn vị: " + "; ".join(today)
    return (
        f"{unit.name} ({parents}) đã nhập vào {unit.merged_into.name} từ ngày {_day(unit)}, "
        f"theo {unit.resolution}; {after}."
    )


def former_page(site: SiteContext, unit: FormerUnit, plans: LocalityPlans) -> Page:
    localities = site.localities
    honored = honored_summary(site, localities.exemplars.get(unit.key, []), localities.url(unit))
    later = [
        Link(u.name, localities.url_if_page(u), "trước 01/7/2025" if u.era == "legacy" else "từ 01/7/2025")
        for u in (unit.merged_into, *site.dataset.register.successors(unit))
    ]
    return Page(
        url=localities.url(unit),
        title=unit.name,
        template="former.html",
        breadcrumbs=site.unit_crumbs(unit)[:-1],
        description=fate(site, unit),
        search=search_info.for_unit(site, "locality", unit),
        illustrative=site.dataset.illustrative_former(unit) or any(r.illustrative for r in plans.own) or honored.illustrative,
        context={
            "place": f"{site.place_line(unit)} · Đơn vị đã sáp nhập trước ngày 01/7/2025",
            "fate": fate(site, unit),
            "later": later,
            "resolution_url": unit.resolution_url,
            "own": by_year(site, plans.own),
            "honored": honored,
        },
    )


def _day(unit: FormerUnit) -> str:
    return f"{unit.merged_on:%d/%m/%Y}"


def _lower(name: str) -> str:
    """ "Huyện Đức Thọ" -> "huyện Đức Thọ", as a name reads inside a sentence."""
    return name[0].lower() + name[1:]
