"""Units merged away before 30 June 2025 (declared in campaigns/don-vi-cu.yaml): their own page,
which says what became of them, and what the pages of the units that took them over list."""

from ..dataset import CampaignRecord
from ..register import FormerUnit, Unit
from . import search_info
from .context import SiteContext
from .exemplar_pages import honored_summary
from .page import Page
from .summaries import by_year


def merged_earlier(site: SiteContext, unit: Unit) -> list[FormerUnit]:
    """The former units merged into ``unit`` before 30 June 2025; for a unit of today, those merged
    into the units it was formed from."""
    register = site.dataset.register
    if unit.era == "current":
        return [former for old in register.predecessors(unit) for former in register.merged_before(old)]
    return list(register.merged_before(unit))


def merged_plans(site: SiteContext, unit: Unit) -> list[CampaignRecord]:
    """The plans of the former units merged into ``unit`` (see ``merged_earlier``)."""
    return [record for former in merged_earlier(site, unit) for record in site.localities.campaigns.get(former.key, [])]


def merged_links(site: SiteContext, unit: Unit) -> list[dict]:
    """Each former unit merged into ``unit``, linked, with when and by which resolution."""
    return [
        {
            "title": former.name,
            "url": site.localities.url(former),
            "note": f"nhập vào {former.merged_into.name} từ ngày {_day(former)}, theo {former.resolution}",
        }
        for former in merged_earlier(site, unit)
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


def former_page(site: SiteContext, unit: FormerUnit) -> Page:
    localities = site.localities
    own = localities.campaigns.get(unit.key, [])
    exemplars = localities.exemplars.get(unit.key, [])
    honored = honored_summary(site, exemplars, localities.url(unit))
    later = [unit.merged_into, *site.dataset.register.successors(unit)]
    return Page(
        url=localities.url(unit),
        title=unit.name,
        template="former.html",
        breadcrumbs=site.unit_crumbs(unit)[:-1],
        description=fate(site, unit),
        search=search_info.for_unit(site, "locality", unit),
        illustrative=site.dataset.illustrative_former(unit) or any(r.illustrative for r in own) or honored["illustrative"],
        context={
            "place": site.place_line(unit),
            "fate": fate(site, unit),
            "later": [
                {"title": u.name, "url": localities.url_if_page(u), "note": "trước 01/7/2025" if u.era == "legacy" else "từ 01/7/2025"}
                for u in later
            ],
            "resolution_url": unit.resolution_url,
            "own": by_year(site, own),
            "honored": honored,
        },
    )


def _day(unit: FormerUnit) -> str:
    return f"{unit.merged_on:%d/%m/%Y}"


def _lower(name: str) -> str:
    """ "Huyện Đức Thọ" -> "huyện Đức Thọ", as a name reads inside a sentence."""
    return name[0].lower() + name[1:]
