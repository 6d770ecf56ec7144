"""The campaign page: what the plan is about first (place, year, theme, slogans, headline
targets), then everything the plan says, verbatim, with structured values beside it, then the
document's details. Every decision is made here; the template only presents."""

from dataclasses import dataclass

from markupsafe import Markup

from ..dataset import CampaignRecord
from ..dates import PartialDate
from ..register import FormerUnit
from ..model.campaign import ISSUER_TYPES, Campaign, Item, Target, TargetGroup
from . import search_info
from .contacts import plan_contact
from .context import HOME, SiteContext
from .exemplar_pages import honored_summary
from ..naming import campaign_summary, campaign_title
from ..valuetext import describe_value
from .page import Crumb, Link, Page
from .results_view import PlanResults, plan_results
from ..urls import YEARS_URL, indicator_year_url, print_summary_url, target_anchor

HEADLINE_TARGETS = 3  # the summary shows the first targets of the plan
TOC_MIN_SECTIONS = 3  # fewer sections need no table of contents


@dataclass(frozen=True)
class TargetRow:
    depth: int
    anchor: str | None  # "chi-tieu-<ma>": where a link to the target lands
    label: str | None
    text: Markup
    values: list[str]
    indicators: list[Link]  # the comparison page of each indicator its values name
    result: dict | None = None  # its status and figure (results_view), when a report covers the plan


@dataclass(frozen=True)
class TargetGroupView:
    level: int  # heading level
    heading: str
    intro: Markup
    rows: list[TargetRow]
    groups: list["TargetGroupView"]


@dataclass(frozen=True)
class ItemView:
    label: str | None
    title: str | None
    responsible: str | None
    text: Markup
    points: list[Markup]
    children: list["ItemView"]


@dataclass(frozen=True)
class Occasion:
    text: str
    date: str | None


@dataclass(frozen=True)
class PhaseView:
    heading: str
    dates: str | None  # "01/01/2024 – 07/5/2024", "…" for an open end
    text: Markup
    occasions: list[Occasion]
    review: Markup


@dataclass(frozen=True)
class Summary:
    """The top of the page: what a citizen wants to know first."""

    today: list[Link]  # the units of today that cover the plan's area
    place: str  # the unit named in the document, with its parents
    name_as_written: str | None
    year: Link
    period: str | None
    themes: list[Markup]
    lead: str | None  # the document's title, set large when the plan has no theme
    slogans: list[Markup]
    headline: list[TargetRow]
    target_count: int
    links: list[Link]  # the original text on this page, the signed original elsewhere


@dataclass(frozen=True)
class DocumentFacts:
    """The document's identity, shown in its own block below the content."""

    place_chain: list[Link]
    code: str
    name_as_written: str | None
    today: list[Link]
    year: Link
    number: str
    draft: bool
    issued: str
    issued_iso: str
    issuer: str
    signer: str
    signed_at: str | None
    title: str
    recipients: list[str]
    received_stamp: str | None


@dataclass(frozen=True)
class AwardCriteria:
    heading: str | None
    collectives: list[Markup]
    individuals: list[Markup]


@dataclass(frozen=True)
class Dossier:
    documents: list[Markup]
    deadline: str | None
    deadline_text: str | None


@dataclass(frozen=True)
class DocumentRef:
    verbatim: str
    title: str | None


@dataclass(frozen=True)
class MovementLink:
    as_written: str
    name: str | None  # the movement's name when the plan words it differently
    url: str


def campaign_page(site: SiteContext, record: CampaignRecord) -> Page:
    campaign = record.campaign
    crumbs = [HOME, Crumb("Kế hoạch theo năm", YEARS_URL), Crumb(f"Năm {campaign.year}", site.year_url(campaign.year))]
    source = site.options.source_file(record.id)
    results = plan_results(site, record)
    groups = _groups(site, campaign, results)
    context = {
        "summary": _summary(site, record, groups),
        "document": _document_facts(site, record),
        "theme_text": [site.markdown(t) for t in campaign.theme_text],
        "preamble": [site.markdown(p) for p in campaign.preamble],
        "purposes": [site.markdown(p) for p in campaign.purposes],
        "requirements": [site.markdown(p) for p in campaign.requirements],
        "goals": [site.markdown(p) for p in campaign.goals],
        "legal_basis": [DocumentRef(d.verbatim, d.title) for d in campaign.legal_basis],
        "references": [DocumentRef(d.verbatim, d.title) for d in campaign.references],
        "movements": [_movement(site, m) for m in campaign.movements],
        "occasions": [_occasion(o) for o in campaign.occasions],
        "target_groups": groups,
        "results": results,
        "target_count": campaign.target_count(),
        "content": [_item(site, i) for i in campaign.content],
        "period": campaign.period and _period_line(campaign),
        "phases": [
            PhaseView(
                heading=" ".join(part for part in (p.label, p.name) if part),
                dates=_dates(p.start, p.end),
                text=site.markdown(p.text),
                occasions=[_occasion(o) for o in p.occasions],
                review=site.markdown(p.review),
            )
            for p in campaign.phases
        ],
        "award_criteria": campaign.award_criteria and AwardCriteria(
            campaign.award_criteria.heading,
            [site.inline(c) for c in campaign.award_criteria.collectives],
            [site.inline(c) for c in campaign.award_criteria.individuals],
        ),
        "dossier": campaign.dossier and Dossier(
            [site.inline(d) for d in campaign.dossier.documents],
            campaign.dossier.deadline and campaign.dossier.deadline.vietnamese(),
            campaign.dossier.deadline_text,
        ),
        "duties": [_item(site, i) for i in campaign.duties],
        "closing": site.markdown(campaign.closing),
        "source_text": record.source_text,
        "abbreviations": site.abbreviations_in(campaign.model_dump_json()),
        "source_url": campaign.source.url if campaign.source else None,
        "honored": honored_summary(site, site.exemplars_by_campaign.get(record.id, []), site.campaign_url(record)),
        "edit_url": site.edit_url(source),
        "contact": plan_contact(record),
        "summary_url": print_summary_url(site.campaign_url(record)),
    }
    context["toc"] = table_of_contents(context)
    context["headings"] = HEADINGS
    return Page(
        url=site.campaign_url(record),
        title=campaign_title(record),
        template="campaign.html",
        description=campaign_summary(campaign, site.place_line(record.unit)),
        breadcrumbs=crumbs,
        source=source,
        search=search_info.for_unit(site, "campaign", record.unit, campaign.year),
        illustrative=record.illustrative,
        updated=site.options.updated.get(source),
        dated=campaign.document.issued.iso(),
        context=context,
    )


# The page's sections in order: anchor, heading, and the context entry that says whether it is there.
SECTIONS = (
    ("mo-dau", "Mở đầu", "preamble"),
    ("can-cu", "Căn cứ", "legal_basis"),
    ("muc-dich", "Mục đích", "purposes"),
    ("yeu-cau", "Yêu cầu", "requirements"),
    ("muc-tieu", "Mục tiêu", "goals"),
    ("chu-de", "Chủ đề thi đua", "theme_text"),
    ("chi-tieu", "Chỉ tiêu thi đua", "target_groups"),
    ("phong-trao", "Phong trào thi đua tham gia", "movements"),
    ("ngay-ky-niem", "Các ngày kỷ niệm", "occasions"),
    ("noi-dung", "Nội dung thi đua", "content"),
    ("thoi-gian", "Thời gian và các đợt thi đua", ("period", "phases")),
    ("tieu-chuan", "Tiêu chuẩn khen thưởng", "award_criteria"),
    ("ho-so", "Hồ sơ khen thưởng", "dossier"),
    ("to-chuc", "Tổ chức thực hiện", "duties"),
    ("van-ban", "Văn bản được nhắc đến", "references"),
    ("thong-tin-van-ban", "Thông tin văn bản", "document"),
    ("van-ban-goc", "Văn bản gốc (toàn văn)", "source_text"),
)


HEADINGS = {anchor: heading for anchor, heading, _ in SECTIONS}


def table_of_contents(context: dict) -> list[Link]:
    """Links to the page's sections that have content; none for a short page."""
    entries = []
    for anchor, heading, keys in SECTIONS:
        if any(context.get(key) for key in (keys if isinstance(keys, tuple) else (keys,))):
            entries.append(Link(heading, "#" + anchor))
    return entries if len(entries) >= TOC_MIN_SECTIONS else []


def _today(site: SiteContext, record: CampaignRecord) -> list[Link]:
    """The units of today that took over the plan's area (the unit itself if it is of today)."""
    units = site.current_units(record.unit) or [record.unit]
    return [
        Link(u.name, site.localities.url(u), None if u.level == "province" else site.localities.province(u).name)
        for u in units
    ]


def _once_per_province(links: list[Link]) -> list[Link]:
    """"Xã A; Xã B, Tỉnh Lạng Sơn" rather than the province after every commune."""
    if len({link.note for link in links}) != 1:
        return links
    return [Link(link.title, link.url) for link in links[:-1]] + links[-1:]


def _summary(site: SiteContext, record: CampaignRecord, groups: list[TargetGroupView]) -> Summary:
    campaign = record.campaign
    links = []
    if record.source_text:
        links.append(Link("Văn bản gốc (toàn văn)", "#van-ban-goc"))
    if campaign.source and campaign.source.url:
        links.append(Link("Văn bản gốc có chữ ký trên cổng thông tin", campaign.source.url))
    return Summary(
        today=_once_per_province(_today(site, record)) if record.unit.era == "legacy" else [],
        place=site.place_line(record.unit),
        name_as_written=campaign.locality.name_as_written,
        year=Link(f"Năm {campaign.year}", site.year_url(campaign.year)),
        period=campaign.period and _period_line(campaign),
        themes=[site.inline(t) for t in campaign.themes],
        lead=None if campaign.themes else campaign.title,
        slogans=[site.inline(s) for s in campaign.slogans],
        headline=headline_targets(groups),
        target_count=campaign.target_count(),
        links=links,
    )


def headline_targets(groups: list[TargetGroupView]) -> list[TargetRow]:
    """The plan's first top-level targets, in the document's order."""
    rows = []
    for group in groups:
        rows.extend(row for row in group.rows if row.depth == 0)
        rows.extend(headline_targets(group.groups))
    return rows[:HEADLINE_TARGETS]


def _former_code(unit: FormerUnit) -> str:
    """What stands for the code of a unit merged away before 30 June 2025 (it has none today)."""
    return f"không còn (đơn vị đã nhập vào {unit.merged_into.name} từ ngày {unit.merged_on:%d/%m/%Y})"


def _document_facts(site: SiteContext, record: CampaignRecord) -> DocumentFacts:
    campaign = record.campaign
    document = campaign.document
    unit = record.unit
    issuer_type = None if document.issuer_type == "uy-ban-nhan-dan" else ISSUER_TYPES[document.issuer_type]
    signer = document.signer
    return DocumentFacts(
        place_chain=[Link(u.name, site.localities.url(u)) for u in (*site.dataset.register.ancestors(unit), unit)],
        code=unit.code or _former_code(unit),
        name_as_written=campaign.locality.name_as_written,
        today=[Link(link.title, link.url, ", ".join(filter(None, (link.note, f"mã {u.code}"))))
               for link, u in zip(_today(site, record), site.current_units(unit))],
        year=Link(str(campaign.year), site.year_url(campaign.year)),
        number=f"{document.type} {document.as_written}",
        draft=document.is_draft,
        issued=f"{document.place}, {document.issued.vietnamese()}",
        issued_iso=document.issued.iso(),
        issuer=document.issuer + (f" ({issuer_type} trên địa bàn)" if issuer_type else ""),
        signer=" · ".join(part for part in (signer.on_behalf_of, f"{signer.title} {signer.name}") if part),
        signed_at=document.signed_at and document.signed_at.strftime("%H:%M:%S ngày %d/%m/%Y"),
        title=campaign.title,
        recipients=campaign.recipients,
        received_stamp=document.received_stamp,
    )


def _dates(start: PartialDate | None, end: PartialDate | None) -> str | None:
    if not (start or end):
        return None
    return f"{start.short() if start else '…'} – {end.short() if end else '…'}"


def _period_line(campaign: Campaign) -> str:
    """"01/01/2024 – 30/11/2024: Từ nay đến …" (the dates only when the plan gives them)."""
    period = campaign.period
    dates = _dates(period.start, period.end)
    return f"{dates}: {period.text}" if dates else period.text


def _movement(site: SiteContext, ref) -> MovementLink:
    name = site.dataset.movements[ref.id].name
    return MovementLink(ref.as_written, None if name == ref.as_written else name, site.movement_url(ref.id))


def _occasion(occasion) -> Occasion:
    return Occasion(occasion.text, occasion.date and occasion.date.short())


def _indicator_links(site: SiteContext, target: Target, year: int) -> list[Link]:
    """The comparison of the plan's year for each indicator the target's values name."""
    named = dict.fromkeys(v.indicator for v in target.values if v.indicator)
    return [Link(site.dataset.indicators[i].name, indicator_year_url(i, year), "So sánh các địa phương") for i in named]


def _groups(site: SiteContext, campaign: Campaign, results: PlanResults) -> list[TargetGroupView]:
    """The target groups as printed, each target a row, from the plan's one walk over its targets."""
    rows: dict[int, list[TargetRow]] = {}  # by id() of the group a target belongs to
    for entry in campaign.iter_targets():
        target = entry.target
        rows.setdefault(id(entry.groups[-1]), []).append(TargetRow(
            depth=entry.depth,
            anchor=target.id and target_anchor(target.id),
            label=target.label,
            text=site.inline(target.text),
            values=[describe_value(v) for v in target.values],
            indicators=_indicator_links(site, target, campaign.year),
            result=results.rows.get(target.id),
        ))
    return [_group(site, rows, g, 2) for g in campaign.targets]


def _group(site: SiteContext, rows: dict[int, list[TargetRow]], g: TargetGroup, level: int) -> TargetGroupView:
    """A target group as printed, its rows from ``rows`` (by id() of their group). A function of
    the module, not one nested in ``_groups``: a nested function that calls itself is a cycle,
    which would keep the site context and the whole data set alive until the garbage collector
    came (``thidua.memory``)."""
    return TargetGroupView(
        level=min(level + 1, 6),
        heading=" ".join(part for part in (g.label, g.sector) if part),
        intro=site.inline(g.intro),
        rows=rows.get(id(g), []),
        groups=[_group(site, rows, child, level + 1) for child in g.groups],
    )


def _item(site: SiteContext, item: Item) -> ItemView:
    return ItemView(
        label=item.label,
        title=item.title,
        responsible=item.responsible,
        text=site.markdown(item.text),
        points=[site.inline(p) for p in item.points],
        children=[_item(site, child) for child in item.children],
    )
