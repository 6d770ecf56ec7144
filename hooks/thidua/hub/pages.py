"""The hub's pages: the province sites, the country's plans by year, themes and slogans by year,
movements and honored people. Every entry links to its page on the province site, by the
absolute address the province publishes (``duong_dan``).

The hub's search index holds its own lists of plans by year and of honored people, with each
entry under a heading with an ``id`` (one Pagefind sub-result per entry) and the page's map from
those ids to the entries' addresses (search meta ``lien_ket``): a query reads one index, whatever
the number and size of the province sites (docs/hieu-nang.md).
"""

from collections import defaultdict

from ..markup import render_inline
from ..site.context import HOME
from ..site.listing_pages import MOVEMENTS, YEARS, themes_by_year, year_index
from ..site.page import Crumb, Link, Page, SearchInfo
from ..site.pagination import paginate, paginate_years
from ..site.search_info import entry_links
from ..urls import EXEMPLARS_URL, INDICATORS_URL, LOCALITIES_URL, MOVEMENTS_URL, address, movement_url, theme_year_url, year_url
from .fetch import FOLDER, ProvinceData
from .opendata import OpenPlan

LATEST = 6
OPEN_DATA_PAGE = "du-lieu.md"  # the hand-written page about a province site's open data (docs/)
SITES = Crumb("Các tỉnh, thành phố", LOCALITIES_URL)


def hub_pages(provinces: list[ProvinceData], source: str) -> list[Page]:
    plans = _newest([(p.site.name, plan) for p in provinces for plan in p.plans])
    addresses = {p.site.name: p.site.address for p in provinces}
    return [
        _home(provinces, plans),
        _sites_page(provinces, source),
        _indicators_page(provinces),
        _open_data_page(provinces),
        *_year_pages(plans, addresses),
        *_theme_pages(plans),
        *_movement_pages(plans),
        *_honored_pages(provinces),
    ]


def _newest(plans: list[tuple[str, OpenPlan]]) -> list[tuple[str, OpenPlan]]:
    return sorted(plans, key=lambda entry: (-entry[1].data.year, entry[0], entry[1].id))


def _site_links(provinces: list[ProvinceData]) -> list[Link]:
    return [
        Link(p.site.name, p.site.address, f"{len(p.plans)} kế hoạch, {len(p.people)} tập thể, cá nhân được khen thưởng")
        for p in sorted(provinces, key=lambda p: p.site.name)
    ]


def _entry(plan: OpenPlan) -> dict:
    return {
        "title": plan.title,
        "url": plan.url,
        "place": plan.place.name,
        "theme": render_inline(plan.data.themes[0]) if plan.data.themes else None,
        "results": None,
    }


def _themes(plan: OpenPlan) -> dict:
    return {
        "campaign": _entry(plan),
        "themes": [render_inline(t) for t in plan.data.themes],
        "slogans": [render_inline(s) for s in plan.data.slogans],
    }


def _home(provinces: list[ProvinceData], plans: list[tuple[str, OpenPlan]]) -> Page:
    themed = [plan for _, plan in plans if plan.data.themes]
    year = themed[0].data.year if themed else None
    return Page(
        url="",
        title="Phong trào thi đua cả nước",
        template="hub_home.html",
        description="Trang của các tỉnh, thành phố: kế hoạch, chủ đề, khẩu hiệu thi đua và những tập thể, cá nhân được khen thưởng.",
        context={
            "sites": _site_links(provinces),
            "theme_year": year,
            "themes_url": year and theme_year_url(year),
            "themes": [_entry(plan) for plan in themed if plan.data.year == year][:LATEST],
            "figures": [
                ("tỉnh, thành phố", len(provinces)),
                ("kế hoạch thi đua", len(plans)),
                ("tập thể, cá nhân được khen thưởng", sum(len(p.people) for p in provinces)),
            ],
        },
    )


def _sites_page(provinces: list[ProvinceData], source: str) -> Page:
    return _province_links_page(
        LOCALITIES_URL, SITES.title, "Trang phong trào thi đua của từng tỉnh, thành phố.",
        "Mỗi tỉnh, thành phố đăng các kế hoạch, phát động phong trào thi đua và những tập thể, "
        "cá nhân được khen thưởng trên trang của mình.",
        _site_links(provinces), source=source, search=SearchInfo(kind="hub"),
    )


def _indicators_page(provinces: list[ProvinceData]) -> Page:
    """The indicators are compared, locality by locality, on each province's site (``chi-so/``)."""
    return _province_links_page(
        INDICATORS_URL, "So sánh chỉ số",
        "So sánh chỉ tiêu và kết quả của các địa phương theo từng chỉ số, trên trang của từng tỉnh, thành phố.",
        "Mỗi tỉnh, thành phố so sánh chỉ tiêu và kết quả của các địa phương trong tỉnh theo từng chỉ số "
        "(tỷ lệ hộ nghèo, tỷ lệ tham gia bảo hiểm y tế, thu ngân sách…), năm này qua năm khác.",
        _links_to(provinces, INDICATORS_URL),
    )


def _open_data_page(provinces: list[ProvinceData]) -> Page:
    """The hub publishes no open data of its own (only its feed): each province's is on its site."""
    return _province_links_page(
        FOLDER, "Dữ liệu mở", "Dữ liệu mở của từng tỉnh, thành phố: kế hoạch, chỉ tiêu, khen thưởng dạng JSON, CSV.",
        "Trang cả nước lập từ dữ liệu mở của các tỉnh, thành phố, không có dữ liệu riêng. Mỗi tỉnh, thành phố "
        "đăng dữ liệu của mình ở địa chỉ dưới đây: toàn bộ kế hoạch, chỉ tiêu, người được khen thưởng dạng "
        "JSON và CSV, kèm mô tả từng cột, tải một lần bằng tệp du-lieu.zip.",
        _links_to(provinces, FOLDER), replaces=OPEN_DATA_PAGE, feed=True,
    )


def _links_to(provinces: list[ProvinceData], url: str) -> list[Link]:
    """A link to the page at site-relative ``url`` on each province's site, by the province's name."""
    return [Link(p.site.name, address(p.site.address, url)) for p in sorted(provinces, key=lambda p: p.site.name)]


def _province_links_page(
    url: str, title: str, description: str, intro: str, sites: list[Link], feed: bool = False, **page
) -> Page:
    """A hub page of one link per province site, under an introduction (hub_sites.html)."""
    return Page(
        url=url, title=title, template="hub_sites.html", breadcrumbs=[HOME], description=description,
        context={"intro": intro, "sites": sites, "feed": feed}, **page,
    )


def _year_pages(plans: list[tuple[str, OpenPlan]], addresses: dict[str, str]) -> list[Page]:
    years: dict[int, list] = defaultdict(list)
    for province, plan in plans:
        years[plan.data.year].append((province, plan))
    pages = []
    for year, chunk in paginate_years(years, year_url):
        groups = _by_province(chunk.items, addresses)
        links = {g["anchor"]: g["url"] for g in groups} | {c["anchor"]: c["url"] for g in groups for c in g["campaigns"]}
        pages.append(Page(
            url=chunk.url,
            title=chunk.title(f"Kế hoạch thi đua năm {year} cả nước"),
            template="hub_plans.html",
            breadcrumbs=[HOME, YEARS],
            description=f"Các kế hoạch, phát động phong trào thi đua năm {year} của các tỉnh, thành phố.",
            search=_entries_search(links),
            context={"provinces": groups, "pages": chunk.pager},
        ))
    pages.append(year_index(YEARS.url, YEARS.title, "Kế hoạch thi đua cả nước theo năm.", {y: len(p) for y, p in years.items()}, year_url))
    return pages


def _entries_search(links: dict[str, str]) -> SearchInfo:
    """A list page of the hub's search index: each entry's heading id -> the entry's address."""
    return SearchInfo(kind="hub", meta=entry_links(links))


def _by_province(entries: list[tuple[str, OpenPlan]], addresses: dict[str, str]) -> list[dict]:
    """The plans of one list page by province, each group and plan with its heading id."""
    provinces: dict[str, list] = defaultdict(list)
    for number, (province, plan) in enumerate(entries, start=1):
        provinces[province].append({
            **_entry(plan),
            "anchor": f"m{number}",
            "themes": [render_inline(t) for t in plan.data.themes],
            "slogans": [render_inline(s) for s in plan.data.slogans],
        })
    return [
        {"name": name, "url": addresses[name], "anchor": f"t{number}", "campaigns": plans}
        for number, (name, plans) in enumerate(provinces.items(), start=1)
    ]


def _theme_pages(plans: list[tuple[str, OpenPlan]]) -> list[Page]:
    years: dict[int, list] = defaultdict(list)
    for _, plan in plans:
        if plan.data.themes or plan.data.slogans:
            years[plan.data.year].append(_themes(plan))
    return themes_by_year(years, " cả nước", "của các tỉnh, thành phố")


def _movement_pages(plans: list[tuple[str, OpenPlan]]) -> list[Page]:
    joined: dict[str, list[OpenPlan]] = defaultdict(list)
    names: dict[str, str] = {}
    for _, plan in plans:
        for ref in plan.data.movements:
            joined[ref.id].append(plan)
            names.setdefault(ref.id, ref.as_written)  # as the newest plan writes it
    pages = []
    for movement_id, members in joined.items():
        for chunk in paginate(movement_url(movement_id), members):
            groups: dict[int, list] = defaultdict(list)
            for plan in chunk.items:
                groups[plan.data.year].append(_entry(plan))
            pages.append(Page(
                url=chunk.url,
                title=chunk.title(f"Phong trào “{names[movement_id]}”"),
                template="movement.html",
                breadcrumbs=[HOME, MOVEMENTS],
                description=f"Các kế hoạch thi đua của các tỉnh, thành phố tham gia phong trào “{names[movement_id]}”.",
                context={
                    "movement": {"launched_by": None, "period": None, "description": None},
                    "campaigns": [{"year": year, "campaigns": entries} for year, entries in groups.items()],
                    "pages": chunk.pager,
                    "edit_url": None,
                },
            ))
    pages.append(Page(
        url=MOVEMENTS_URL,
        title="Phong trào thi đua",
        template="movements.html",
        breadcrumbs=[HOME],
        description="Các phong trào thi đua và những kế hoạch của các tỉnh, thành phố tham gia.",
        context={"movements": [
            Link(names[m], movement_url(m), f"{len(joined[m])} kế hoạch tham gia")
            for m in sorted(joined, key=lambda m: (-len(joined[m]), names[m]))
        ]},
    ))
    return pages


def _honored_pages(provinces: list[ProvinceData]) -> list[Page]:
    people = sorted(
        (person for p in provinces for person in p.people), key=lambda person: (-person.year, person.name, person.url)
    )
    cards = [
        {
            "title": person.name,
            "url": person.url,
            "kind": "Cá nhân" if person.kind == "ca-nhan" else "Tập thể",
            "award": person.award,
            "award_detail": person.award_detail,
            "position": ", ".join(part for part in (person.position, person.unit) if part),
            "place": person.place,
            "year": person.year,
            "illustrative": person.illustrative,
            "photo": None,
        }
        for person in people
    ]
    pages = []
    for chunk in paginate(EXEMPLARS_URL, cards):
        listed = [{**card, "anchor": f"m{number}"} for number, card in enumerate(chunk.items, start=1)]
        pages.append(Page(
            url=chunk.url,
            title=chunk.title("Tập thể, cá nhân được khen thưởng cả nước"),
            template="gallery.html",
            breadcrumbs=[HOME],
            description="Những tập thể, cá nhân được khen thưởng của các tỉnh, thành phố.",
            search=_entries_search({card["anchor"]: card["url"] for card in listed}),
            context={"cards": listed, "pages": chunk.pager},
        ))
    return pages
