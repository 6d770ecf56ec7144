"""Long lists are split into pages whose pager stays short, so no page grows with the data."""

from thidua.site.pagination import paginate, paginate_years


def test_items_are_split_into_pages_with_stable_urls():
    chunks = paginate("nam/2024/", list(range(120)), size=50)
    assert [c.url for c in chunks] == ["nam/2024/", "nam/2024/trang-2/", "nam/2024/trang-3/"]
    assert [len(c.items) for c in chunks] == [50, 50, 20]


def test_an_empty_list_still_has_its_first_page_and_no_pager():
    (chunk,) = paginate("khen-thuong/", [])
    assert chunk.items == [] and chunk.pager == []


def test_pager_shows_first_last_and_nearby_pages_only():
    chunks = paginate("khen-thuong/", list(range(1000)), size=10)
    pager = chunks[49].pager
    assert [p["number"] for p in pager] == [1, "…", 48, 49, 50, 51, 52, "…", 100]
    assert next(p for p in pager if p["current"])["url"] == "khen-thuong/trang-50/"
    assert max(len(c.pager) for c in chunks) <= 9


def test_titles_number_the_pages_after_the_first():
    first, second = paginate("nam/2024/", list(range(60)))
    assert first.title("Kế hoạch thi đua năm 2024") == "Kế hoạch thi đua năm 2024"
    assert second.title("Kế hoạch thi đua năm 2024") == "Kế hoạch thi đua năm 2024 – trang 2"


def test_year_lists_come_newest_first_each_paged_from_its_url():
    chunks = list(paginate_years({2022: [1], 2024: list(range(60))}, lambda year: f"nam/{year}/"))
    assert [(year, chunk.url) for year, chunk in chunks] == [
        (2024, "nam/2024/"), (2024, "nam/2024/trang-2/"), (2022, "nam/2022/"),
    ]
