"""The honored people: a page each, and lists of them paged so that no page grows with the data.

The site-wide gallery lists everyone. A locality or campaign page shows its ``SHOWN`` newest
honored people; when it has more, they are all listed, paged, at ``<its url>khen-thuong/``.

Search finds a person through their entry on the site-wide gallery, not their own page: a
province site has about five honored people for each plan, and every page of the search index
costs every first query its share of the index's metadata (docs/tim-kiem.md, "Quy mô tỉnh").
"""

from dataclasses import dataclass, replace

from ..dataset import ExemplarRecord
from ..markup import render_markdown
from ..register import Unit
from .. import urls
from . import search_info
from .context import HOME, SiteContext
from .page import Crumb, Page
from .pagination import paginate
from .summaries import exemplar_entry

GALLERY = Crumb("Khen thưởng", urls.EXEMPLARS_URL)
PAGE_SIZE = 48
SHOWN = 12
TITLE = "Tập thể, cá nhân được khen thưởng"


def newest_exemplars(records: list[ExemplarRecord]) -> list[ExemplarRecord]:
    return sorted(records, key=lambda r: (r.exemplar.decision.date.iso(), r.id), reverse=True)


def unit_exemplars(site: SiteContext, unit: Unit) -> list[ExemplarRecord]:
    """A locality's honored people: its own and, for a unit of today, those of the units that
    were merged into it (shown with their own place, as the plans of those units are)."""
    records = list(site.localities.exemplars.get(unit.key, []))
    if unit.era == "current":
        for old in site.dataset.register.predecessors(unit):
            records += site.localities.exemplars.get(old.key, [])
    return records


@dataclass(frozen=True)
class HonoredSummary:
    """What a locality or campaign page shows of its honored people: the newest, the count, and
    the URL of the full list when some are left out."""

    cards: list[dict]
    count: int
    all_url: str | None
    illustrative: bool


def honored_summary(site: SiteContext, records: list[ExemplarRecord], page_url: str) -> HonoredSummary:
    newest = newest_exemplars(records)
    return HonoredSummary(
        cards=[exemplar_entry(site, r) for r in newest[:SHOWN]],
        count=len(newest),
        all_url=urls.honored_list_url(page_url) if len(newest) > SHOWN else None,
        illustrative=any(r.illustrative for r in newest[:SHOWN]),
    )


def exemplar_pages(site: SiteContext) -> list[Page]:
    records = sorted(site.dataset.exemplars, key=lambda r: (-r.exemplar.year, r.exemplar.name))
    pages = [_exemplar_page(site, record) for record in records]
    pages += _gallery(site, GALLERY.url, TITLE, [HOME], records, indexed=True)
    for unit in site.localities.units.values():
        unit_records = unit_exemplars(site, unit)
        if len(unit_records) > SHOWN:
            url = urls.honored_list_url(site.localities.url(unit))
            pages += _gallery(site, url, f"{TITLE} – {unit.name}", site.unit_crumbs(unit), newest_exemplars(unit_records))
    for campaign_id, campaign_records in site.exemplars_by_campaign.items():
        if len(campaign_records) > SHOWN:
            campaign = site.dataset.campaign(campaign_id)
            url = site.campaign_url(campaign)
            crumb = Crumb(f"Kế hoạch năm {campaign.campaign.year} – {campaign.unit.name}", url)
            pages += _gallery(site, urls.honored_list_url(url), f"{TITLE} – {crumb.title}", [HOME, crumb], newest_exemplars(campaign_records))
    return pages


def _gallery(
    site: SiteContext, url: str, title: str, crumbs: list[Crumb], records: list[ExemplarRecord], indexed: bool = False
) -> list[Page]:
    """``records`` in pages of PAGE_SIZE cards from ``url``; later pages link back to the first.
    ``indexed``: each page is in the search index, each card an entry leading to its person."""
    first = Crumb(title, url)
    return [
        Page(
            url=chunk.url,
            title=chunk.title(title),
            template="gallery.html",
            breadcrumbs=crumbs if chunk.number == 1 else [*crumbs, first],
            description="Điển hình tiên tiến, người tốt việc tốt được khen thưởng trong các phong trào thi đua.",
            illustrative=any(r.illustrative for r in chunk.items),
            search=search_info.for_entries(
                site, "exemplar", chunk.url, [(site.exemplar_url(r), r.unit, r.exemplar.year) for r in chunk.items]
            )
            if indexed and chunk.items
            else None,
            context={"cards": [exemplar_entry(site, r) for r in chunk.items], "pages": chunk.pager},
        )
        for chunk in paginate(url, records, PAGE_SIZE)
    ]


def _exemplar_page(site: SiteContext, record) -> Page:
    exemplar = record.exemplar
    campaign = site.dataset.campaign(exemplar.campaign) if exemplar.campaign else None
    source = site.source_file(record)
    entry = exemplar_entry(site, record)
    return Page(
        url=site.exemplar_url(record),
        title=exemplar.name,
        template="exemplar.html",
        breadcrumbs=[HOME, GALLERY],
        description=f"{exemplar.name} – {exemplar.award} ({site.place_line(record.unit)}, {exemplar.year})",
        source=source,
        search=replace(search_info.for_unit(site, "exemplar", record.unit, exemplar.year), indexed=False),
        illustrative=record.illustrative,
        updated=site.options.updated.get(source),
        dated=exemplar.decision.date.iso(),
        photos={entry["photo"]["url"]: record.photo.source} if entry["photo"] else {},
        context={
            "entry": entry,
            "locality": site.unit_link(record.unit),
            "decision": {
                "number": exemplar.decision.number,
                "date": exemplar.decision.date.vietnamese(),
                "issuer": exemplar.decision.issuer,
            },
            "achievement": render_markdown(exemplar.achievement),
            "campaign": campaign and {"title": campaign.campaign.title, "url": site.campaign_url(campaign)},
            "edit_url": site.edit_url(source),
        },
    )
