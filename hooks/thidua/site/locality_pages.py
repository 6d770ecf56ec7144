"""A page per administrative unit with content (and its ancestors), plus the index of provinces."""

from dataclasses import dataclass

from ..dataset import newest_campaigns
from ..numbers import format_vn_number
from ..register import FormerUnit, Unit
from . import search_info
from .contacts import locality_contact
from .context import HOME, LOCALITIES, SiteContext
from .exemplar_pages import honored_summary, unit_exemplars
from .former_pages import former_page, merged_links
from .indicator_pages import locality_series
from .localities import LEVEL_NAMES
from .locality_plans import LocalityPlans, plans_of
from .page import Link, Page
from .summaries import YearGroup, by_year
from ..urls import LEGACY_LOCALITIES_URL, LOCALITIES_URL

LATEST_BELOW = 20  # a province page shows the newest plans below it, not all of them


@dataclass(frozen=True)
class PlanSection:
    """One list of plans on a locality page, with the reason they are listed there."""

    heading: str
    note: str | None
    years: list[YearGroup]


@dataclass(frozen=True)
class ReformNote:
    """What the 2025 reform did to the unit: a sentence and the units it names."""

    text: str
    units: list[Link]


@dataclass(frozen=True)
class NoPlans:
    """Said when a page lists no plan: why, and the nearest level that has some."""

    text: str
    nearest: Link


def locality_pages(site: SiteContext) -> list[Page]:
    plans = {key: plans_of(site.localities, unit) for key, unit in site.localities.units.items()}
    return [_unit_page(site, unit, plans) for unit in site.localities.units.values()] + [
        _index(site, "current", plans),
        _index(site, "legacy", plans),
    ]


def count_note(plans: LocalityPlans) -> str:
    return f"{format_vn_number(plans.count)} kế hoạch"


def _index(site: SiteContext, era: str, plans: dict[str, LocalityPlans]) -> Page:
    legacy = era == "legacy"
    provinces = [
        Link(unit.name, site.localities.url(unit), count_note(plans[unit.key]))
        for unit in sorted(site.localities.provinces(era), key=lambda u: u.short_name)
    ]
    return Page(
        url=LEGACY_LOCALITIES_URL if legacy else LOCALITIES_URL,
        title="Địa phương trước ngày 01/7/2025" if legacy else "Địa phương",
        template="localities.html",
        breadcrumbs=[HOME, LOCALITIES] if legacy else [HOME],
        description="Tìm kế hoạch thi đua và người được khen thưởng theo tỉnh, xã, phường.",
        context={"provinces": provinces, "legacy": legacy},
    )


def plan_sections(site: SiteContext, unit: Unit, plans: LocalityPlans) -> list[PlanSection]:
    """The lists of plans a locality page shows, nearest first, each saying why it is there."""
    sections = []
    if plans.own:
        sections.append(PlanSection("Kế hoạch thi đua", None, by_year(site, plans.own)))
    if plans.absorbed:
        note = f"Kế hoạch ban hành trước ngày 01/7/2025 của các đơn vị nay là một phần của {unit.name}."
        sections.append(PlanSection("Kế hoạch của các đơn vị đã hợp nhất vào đây", note, by_year(site, plans.absorbed)))
    for covering in plans.covering:
        above = covering.unit
        if above.era == unit.era:
            note = f"{unit.name} thuộc {above.name}; kế hoạch {LEVEL_NAMES[above.level]} này áp dụng cho cả {unit.name}."
        else:
            note = (
                f"Trước ngày 01/7/2025, địa bàn nay thuộc {unit.name} nằm trong {above.name}; "
                f"kế hoạch {LEVEL_NAMES[above.level]} này áp dụng cho cả địa bàn đó."
            )
        sections.append(PlanSection(f"Kế hoạch của {above.name} ({LEVEL_NAMES[above.level]})", note, by_year(site, covering.campaigns)))
    if plans.below:
        cut = len(plans.below) > LATEST_BELOW
        note = f"{format_vn_number(len(plans.below))} kế hoạch; dưới đây là các kế hoạch mới nhất, xem đủ ở trang của từng đơn vị." if cut else None
        years = by_year(site, newest_campaigns(plans.below)[:LATEST_BELOW])
        sections.append(PlanSection("Kế hoạch của các đơn vị trong địa bàn", note, years))
    return sections


def reform_note(site: SiteContext, unit: Unit) -> ReformNote | None:
    """The 2025 reform in plain words: what a former unit became, what a unit of today was formed from."""
    register = site.dataset.register
    localities = site.localities
    if unit.era == "legacy":
        successors = register.successors(unit)
        if not successors:
            return None
        links = []
        for new, parts in successors.items():
            where = "" if new.level == "province" else f"{localities.province(new).name}, "
            note = where + f"mã {new.code}"
            if unit.level == "district":
                note += ": từ " + ", ".join(p.name for p in parts)
            links.append(Link(new.name, localities.url_if_page(new), note))
        if unit.level == "district":
            text = f"Cấp huyện đã bỏ từ ngày 01/7/2025. Các xã, thị trấn của {unit.name} nay thuộc:"
        else:
            text = f"Từ ngày 01/7/2025, {unit.name} là một phần của:"
        return ReformNote(text, links)
    predecessors = register.predecessors(unit)
    if not predecessors:
        return None
    links = [Link(site.place_line(old), localities.url_if_page(old), f"mã {old.code}") for old in predecessors]
    if len(predecessors) == 1 and predecessors[0].name == unit.name:
        text = f"{unit.name} giữ nguyên, không hợp nhất với đơn vị nào khi sắp xếp đơn vị hành chính ngày 01/7/2025. Trang của đơn vị trước ngày đó:"
    else:
        text = f"{unit.name} hình thành từ ngày 01/7/2025 trên cơ sở:"
    return ReformNote(text, links)


def former_units(site: SiteContext, unit: Unit) -> list[Link]:
    """For a province of today: the former districts and communes in its area that have data,
    each linked to its own page, with the unit of today that took it over."""
    if unit.era != "current" or unit.level != "province":
        return []
    register = site.dataset.register
    links = []
    for old in register.predecessors(unit):
        for former in site.localities.descendants(old):
            now = ", ".join(new.name for new in register.successors(former))
            links.append(Link(site.place_line(former), site.localities.url(former), now and f"nay thuộc {now}"))
    return links


def no_plans(site: SiteContext, unit: Unit, plans: dict[str, LocalityPlans]) -> NoPlans | None:
    if plans[unit.key].count:
        return None
    register = site.dataset.register
    for above in reversed(register.ancestors(unit)):
        if above.key in plans and plans[above.key].count:
            nearest = Link(above.name, site.localities.url(above), count_note(plans[above.key]))
            break
    else:
        nearest = Link("Danh sách địa phương", LEGACY_LOCALITIES_URL if unit.era == "legacy" else LOCALITIES_URL)
    text = f"Chưa có kế hoạch thi đua nào của {unit.name} hay của cấp trên có địa bàn bao gồm {unit.name} trong dữ liệu."
    return NoPlans(text, nearest)


def _unit_page(site: SiteContext, unit: Unit, plans: dict[str, LocalityPlans]) -> Page:
    """A locality's page: made again only when a plan it lists changed (``SiteContext.of_plans``;
    the counts of plans it shows, and its honored people, are of what ``shared_key`` covers)."""
    listed = plans[unit.key]
    records = [*listed.own, *listed.absorbed, *(r for c in listed.covering for r in c.campaigns), *listed.below]
    return site.of_plans(("locality", unit.key), records, lambda: _made_unit_page(site, unit, plans))


def _made_unit_page(site: SiteContext, unit: Unit, plans: dict[str, LocalityPlans]) -> Page:
    if isinstance(unit, FormerUnit):
        return former_page(site, unit, plans[unit.key])
    localities = site.localities
    honored = honored_summary(site, unit_exemplars(site, unit), localities.url(unit))
    listed = plans[unit.key]
    series = locality_series(site, listed.own)
    return Page(
        url=localities.url(unit),
        title=unit.name,
        template="locality.html",
        breadcrumbs=site.unit_crumbs(unit)[:-1],
        description=f"{site.place_line(unit)}: kế hoạch thi đua, chủ đề, chỉ tiêu và người được khen thưởng.",
        search=search_info.for_unit(site, "locality", unit),
        illustrative=honored.illustrative or any(r.illustrative for r in listed.own + listed.absorbed)
        or any(group.illustrative for group in series),
        context={
            "place": f"{site.place_line(unit)} · Mã đơn vị {unit.code}",
            "reform": reform_note(site, unit),
            "merged_earlier": merged_links(site, unit),
            "sections": plan_sections(site, unit, plans[unit.key]),
            "no_plans": no_plans(site, unit, plans),
            "former": former_units(site, unit),
            "honored": honored,
            "series": series,
            "contact": locality_contact(listed.own),
            "children": [
                Link(child.name, localities.url(child), count_note(plans[child.key]))
                for child in localities.children(unit)
            ],
        },
    )
