"""The honored people: entries on the stable pages of each locality's honors of one year, and
lists of them paged so that no list page grows with the data.

A person has no page of their own (thidua.site.honored): their full entry is on the page of
their locality's honors of their year, never paged, since a link to a person is that page and
their entry's id. That page is in the search index; each entry, a heading with that id, is a
result of its own (thidua.search, "Entries").

The site-wide gallery lists everyone, paged. A locality or campaign page shows its ``SHOWN``
newest honored people; when it has more, ``<its url>khen-thuong/`` gives, for a locality, its
honors year by year (with those of the units merged into it), and for a campaign, all of its
honored people, paged.
"""

from dataclasses import dataclass
from itertools import groupby

from ..dataset import ExemplarRecord
from ..dates import PartialDate
from ..markup import render_markdown
from ..naming import person_summary
from ..register import Unit
from .. import urls
from . import search_info
from .context import HOME, SiteContext
from .page import Crumb, Link, Page
from .pagination import paginate
from .summaries import exemplar_entry

GALLERY = Crumb("Khen thưởng", urls.EXEMPLARS_URL)
PAGE_SIZE = 48
SHOWN = 12
TITLE = "Tập thể, cá nhân được khen thưởng"
DESCRIPTION = "Điển hình tiên tiến, người tốt việc tốt được khen thưởng trong các phong trào thi đua."


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
    """Every page of honored people; made again only when what they show changed (``SiteContext.of_people``:
    the gallery and a locality's years are of what ``shared_key`` covers)."""
    pages = [*site.of_people(("gallery",), [], lambda: _gallery(
        site, GALLERY.url, TITLE, [HOME], sorted(site.dataset.exemplars, key=lambda r: (-r.exemplar.year, r.exemplar.name))
    ))]
    for unit in site.localities.units.values():
        unit_records = unit_exemplars(site, unit)
        overview = len(unit_records) > SHOWN
        if overview:
            pages.append(site.of_people(("years page", unit.key), [], lambda: _years_page(site, unit, unit_records)))
        own = site.localities.exemplars.get(unit.key, [])
        for year, year_records in groupby(sorted(own, key=lambda r: -r.exemplar.year), key=lambda r: r.exemplar.year):
            pages.append(_year_page(site, unit, year, list(year_records), overview))
    for campaign_id, campaign_records in site.exemplars_by_campaign.items():
        if len(campaign_records) > SHOWN:
            campaign = site.dataset.campaign(campaign_id)
            url = site.campaign_url(campaign)
            crumb = Crumb(f"Kế hoạch năm {campaign.campaign.year} – {campaign.unit.name}", url)
            pages += _gallery(site, urls.honored_list_url(url), f"{TITLE} – {crumb.title}", [HOME, crumb], newest_exemplars(campaign_records))
    return pages


def _gallery(site: SiteContext, url: str, title: str, crumbs: list[Crumb], records: list[ExemplarRecord]) -> list[Page]:
    """``records`` in pages of PAGE_SIZE cards from ``url``, each linking to its person's entry;
    later pages link back to the first. Not in the search index: the year pages are."""
    first = Crumb(title, url)
    return [
        Page(
            url=chunk.url,
            title=chunk.title(title),
            template="gallery.html",
            breadcrumbs=crumbs if chunk.number == 1 else [*crumbs, first],
            description=DESCRIPTION,
            illustrative=any(r.illustrative for r in chunk.items),
            context={"cards": [exemplar_entry(site, r) for r in chunk.items], "pages": chunk.pager},
        )
        for chunk in paginate(url, records, PAGE_SIZE)
    ]


def _years_page(site: SiteContext, unit: Unit, records: list[ExemplarRecord]) -> Page:
    """A locality's honors, one line a year (and a line for each merged unit's year), newest first."""
    groups: dict[tuple[int, str], list[ExemplarRecord]] = {}
    for record in records:
        groups.setdefault((record.exemplar.year, record.unit.key), []).append(record)
    own_first = sorted(groups.items(), key=lambda item: (-item[0][0], item[0][1] != unit.key, item[0][1]))
    lines = [
        Link(
            f"Năm {year}" + ("" if key == unit.key else f" – {group[0].unit.name}"),
            site.honored[group[0].id].page_url,
            f"{len(group)} tập thể, cá nhân",
        )
        for (year, key), group in own_first
    ]
    return Page(
        url=urls.honored_list_url(site.localities.url(unit)),
        title=f"{TITLE} – {unit.name}",
        template="honored_years.html",
        breadcrumbs=site.unit_crumbs(unit),
        description=f"{site.place_line(unit)}: tập thể, cá nhân được khen thưởng qua các năm.",
        illustrative=any(r.illustrative for r in records),
        context={"years": lines, "count": len(records)},
    )


def _year_page(site: SiteContext, unit: Unit, year: int, records: list[ExemplarRecord], overview: bool) -> Page:
    """Every person ``unit`` honored in ``year``, newest decision first, then by name: each a full
    entry under a heading whose id is their place (thidua.site.honored). Made again only when
    one of them, or a plan one of them names, changed (``SiteContext.of_people``)."""
    return site.of_people(("year page", unit.key, year, overview), records, lambda: _made_year_page(site, unit, year, records, overview))


def _made_year_page(site: SiteContext, unit: Unit, year: int, records: list[ExemplarRecord], overview: bool) -> Page:
    ordered = sorted(sorted(records, key=lambda r: r.exemplar.name), key=lambda r: r.exemplar.decision.date.iso(), reverse=True)
    entries = [_entry(site, record) for record in ordered]
    crumbs = site.unit_crumbs(unit)
    if overview:
        crumbs.append(Crumb(f"{TITLE} – {unit.name}", urls.honored_list_url(site.localities.url(unit))))
    search = search_info.for_unit(site, "exemplar", unit, year)
    search.meta |= search_info.entry_links({e["anchor"]: "#" + e["anchor"] for e in entries})
    updated = [e["updated"] for e in entries if e["updated"]]
    return Page(
        url=site.honored[ordered[0].id].page_url,
        title=f"Khen thưởng năm {year} – {unit.name}",
        template="honored_year.html",
        breadcrumbs=crumbs,
        description=f"{TITLE} năm {year}: {site.place_line(unit)}.",
        search=search,
        illustrative=any(r.illustrative for r in records),
        updated=max(updated, default=None),
        dated=ordered[0].exemplar.decision.date.iso(),
        photos={e["photo"]["url"]: r.photo.source for e, r in zip(entries, ordered) if e["photo"]},
        context={"entries": entries, "locality": site.unit_link(unit)},
    )


def _entry(site: SiteContext, record: ExemplarRecord) -> dict:
    """A person's full entry: what their own page used to show."""
    exemplar = record.exemplar
    campaign = site.dataset.campaign(exemplar.campaign) if exemplar.campaign else None
    source = site.options.source_file(record.id)
    updated = site.options.updated.get(source)
    return {
        **exemplar_entry(site, record),
        "anchor": site.honored[record.id].anchor,
        "decision": {
            "number": exemplar.decision.number,
            "date": exemplar.decision.date.vietnamese(),
            "dated": exemplar.decision.date.iso(),
            "issuer": exemplar.decision.issuer,
        },
        "achievement": render_markdown(exemplar.achievement),
        "campaign": campaign and {"title": campaign.campaign.title, "url": site.campaign_url(campaign)},
        "edit_url": site.edit_url(source),
        "updated": updated,
        "updated_text": updated and PartialDate.parse(updated).short(),
        "description": person_summary(exemplar, site.place_line(record.unit)),
    }
