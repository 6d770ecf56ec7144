"""Pages that list campaigns: by year, by movement, and every theme and slogan."""

from collections import defaultdict

from ..dataset import newest_campaigns
from ..markup import render_inline
from . import search_info
from .context import HOME, SiteContext
from .page import Crumb, Link, Page, SearchInfo
from .pagination import paginate, paginate_years
from ..urls import MOVEMENTS_URL, THEMES_URL, YEARS_URL, theme_year_url
from .summaries import by_year, campaign_entry

YEARS = Crumb("Kế hoạch theo năm", YEARS_URL)
MOVEMENTS = Crumb("Phong trào", MOVEMENTS_URL)
THEMES = Crumb("Chủ đề và khẩu hiệu", THEMES_URL)


def year_pages(site: SiteContext) -> list[Page]:
    years: dict[int, list] = defaultdict(list)
    for record in site.dataset.campaigns:
        years[record.campaign.year].append(record)
    ordered = {year: _province_order(site, records) for year, records in years.items()}
    pages = [
        Page(
            url=chunk.url,
            title=chunk.title(f"Kế hoạch thi đua năm {year}"),
            template="year.html",
            breadcrumbs=[HOME, YEARS],
            description=f"Các kế hoạch, phát động phong trào thi đua năm {year}, theo tỉnh.",
            context={"provinces": _by_province(site, chunk.items), "pages": chunk.pager},
        )
        for year, chunk in paginate_years(ordered, site.year_url)
    ]
    pages.append(
        year_index(YEARS_URL, "Kế hoạch theo năm", "Kế hoạch thi đua theo năm.",
                   {year: len(records) for year, records in years.items()}, site.year_url)
    )
    return pages


def _province_order(site: SiteContext, records: list) -> list:
    newest = newest_campaigns(records)
    return sorted(newest, key=lambda r: site.localities.province(r.unit).name)


def _by_province(site: SiteContext, records: list) -> list[dict]:
    provinces: dict[str, list] = defaultdict(list)
    for record in records:
        provinces[site.localities.province(record.unit).name].append(campaign_entry(site, record))
    return [{"name": name, "campaigns": entries} for name, entries in sorted(provinces.items())]


def movement_pages(site: SiteContext) -> list[Page]:
    joined: dict[str, list] = defaultdict(list)
    for record in site.dataset.campaigns:
        for ref in record.campaign.movements:
            joined[ref.id].append(record)
    pages = []
    for movement in site.dataset.movements.values():
        for chunk in paginate(site.movement_url(movement.id), newest_campaigns(joined[movement.id])):
            pages.append(
                Page(
                    url=chunk.url,
                    title=chunk.title(f"Phong trào “{movement.name}”"),
                    template="movement.html",
                    breadcrumbs=[HOME, MOVEMENTS],
                    description=f"Các kế hoạch thi đua tham gia phong trào “{movement.name}”.",
                    source="campaigns/phong-trao.yaml",
                    search=SearchInfo(kind="movement", filters={"loai": search_info.KINDS["movement"]})
                    if chunk.number == 1 else None,
                    context={
                        "movement": {
                            "launched_by": movement.launched_by,
                            "period": movement.period,
                            "description": render_inline(movement.description),
                        },
                        "campaigns": by_year(site, chunk.items),
                        "pages": chunk.pager,
                        "edit_url": site.edit_url("campaigns/phong-trao.yaml"),
                    },
                )
            )
    pages.append(
        Page(
            url=MOVEMENTS_URL,
            title="Phong trào thi đua",
            template="movements.html",
            breadcrumbs=[HOME],
            description="Các phong trào thi đua và những kế hoạch tham gia.",
            context={
                "movements": [
                    Link(m.name, site.movement_url(m.id), f"{len(joined[m.id])} kế hoạch tham gia")
                    for m in sorted(site.dataset.movements.values(), key=lambda m: (-len(joined[m.id]), m.name))
                ]
            },
        )
    )
    return pages


def theme_pages(site: SiteContext) -> list[Page]:
    years: dict[int, list] = defaultdict(list)
    for record in newest_campaigns(site.dataset.campaigns):
        campaign = record.campaign
        if campaign.themes or campaign.slogans:
            years[campaign.year].append(site.of_plan("themes", record, lambda record=record: _themes(site, record)))
    return themes_by_year(years, "", "theo địa phương")


def _themes(site: SiteContext, record) -> dict:
    """A plan's entry on the page of the themes and slogans of its year."""
    return {
        "campaign": campaign_entry(site, record),
        "themes": [render_inline(t) for t in record.campaign.themes],
        "slogans": [render_inline(s) for s in record.campaign.slogans],
    }


def themes_by_year(years: dict[int, list[dict]], scope: str, whose: str) -> list[Page]:
    """One page of themes and slogans per year (paginated), and their index; ``scope`` ends the
    titles (" cả nước" on the hub), ``whose`` the descriptions ("theo địa phương")."""
    pages = [
        Page(
            url=chunk.url,
            title=chunk.title(f"Chủ đề và khẩu hiệu thi đua năm {year}{scope}"),
            template="themes.html",
            breadcrumbs=[HOME, THEMES],
            description=f"Mọi chủ đề, khẩu hiệu thi đua năm {year} {whose}.",
            context={"entries": chunk.items, "pages": chunk.pager},
        )
        for year, chunk in paginate_years(years, theme_year_url)
    ]
    pages.append(
        year_index(THEMES_URL, THEMES.title, f"Chủ đề và khẩu hiệu thi đua{scope} theo năm.",
                   {year: len(entries) for year, entries in years.items()}, theme_year_url)
    )
    return pages


def year_index(url: str, title: str, description: str, counts: dict[int, int], year_url) -> Page:
    """A page linking to each year's page, newest first, with its number of plans."""
    return Page(
        url=url,
        title=title,
        template="years.html",
        breadcrumbs=[HOME],
        description=description,
        context={
            "years": [
                Link(f"Năm {year}", year_url(year), f"{count} kế hoạch")
                for year, count in sorted(counts.items(), reverse=True)
            ]
        },
    )
