"""What the search index holds as its own pages, on the real site: an honored person is an entry
of the page of their locality's honors of their year, not a page of the index, and is found by name
or by a word of their achievement, with or without diacritics, leading to their entry. The search
page with no query downloads no part of the word index."""

import re
from pathlib import Path
from urllib.parse import urlencode

import pytest

from pages import page
from thidua.search import FOLD_SENTINEL, read_fragment

TUNG_ANH_2024 = "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/khen-thuong/2024/"
LE_VAN_MAU = TUNG_ANH_2024 + "#le-van-mau"
PROMPT = "Nhập từ khóa để tìm kế hoạch, địa phương, phong trào, người được khen thưởng"


@pytest.fixture
def tab(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    errors = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.index_requests = []
    tab.on("request", lambda request: tab.index_requests.append(request.url) if ".pf_index" in request.url else None)
    yield tab
    context.close()
    assert not errors


def fragments(site: Path) -> list[dict]:
    return [read_fragment(path) for path in (site / "pagefind" / "fragment").glob("*.pf_fragment")]


def test_people_are_entries_of_their_year_page_not_pages_of_the_index(built_site):
    assert page(built_site, "khen-thuong/").select_one("[data-pagefind-body]") is None  # the gallery is not indexed
    records = fragments(built_site)
    (year_page,) = [r for r in records if r["url"].endswith("/" + TUNG_ANH_2024)]
    heading = page(built_site, TUNG_ANH_2024).find("h2", id="le-van-mau")
    assert heading.get_text() == "Lê Văn Mẫu"
    anchors = [(a["id"], a["text"], a["element"]) for a in year_page["anchors"] if a["id"] == "le-van-mau"]
    assert anchors == [("le-van-mau", "Lê Văn Mẫu", "h2")]  # once, never the folded "le van mau"
    assert FOLD_SENTINEL not in year_page["content"] and "thong" not in year_page["content"].split()
    assert year_page["filters"] == {"loai": ["Người được khen thưởng"], "tinh": ["Hà Tĩnh"], "cap": ["Xã, phường, thị trấn"], "nam": ["2024"]}
    assert not [r["url"] for r in records if r["url"].endswith("/khen-thuong/")]


def header_search(tab, site_url, query: str):
    tab.goto(site_url)
    box = tab.locator("[data-thidua-search-input]")
    box.click()
    box.press_sequentially(query, delay=20)
    tab.wait_for_selector("[data-thidua-search-list][aria-busy=false]", state="attached")


@pytest.mark.parametrize("query", ["le van mau", "Lê Văn Mẫu"])
def test_header_search_finds_a_person_by_name_and_leads_to_their_entry(tab, site_url, query):
    header_search(tab, site_url, query)
    title = tab.locator(".thidua-search__title", has_text=re.compile("^Lê Văn Mẫu$"))
    result = tab.locator("[data-thidua-search-list] li", has=title)
    assert result.locator(".thidua-search__title").inner_text() == "Lê Văn Mẫu"
    assert result.locator(".thidua-search__title mark").all_inner_texts() == ["Lê", "Văn", "Mẫu"]
    assert result.locator(".thidua-search__info").inner_text() == "Khen thưởng năm 2024 – Xã Tùng Ảnh"
    excerpt = result.locator(".thidua-search__excerpt").inner_text()
    assert "giao thông nội đồng" in excerpt and FOLD_SENTINEL not in excerpt and "Ví Dụ" not in excerpt  # his entry only
    result.locator("a").click()
    tab.wait_for_url(site_url + LE_VAN_MAU)
    assert tab.locator("h2#le-van-mau").inner_text() == "Lê Văn Mẫu"


@pytest.mark.parametrize("query", ["giao thong noi dong", "giao thông nội đồng"])
def test_header_search_finds_a_person_by_a_phrase_of_their_achievement(tab, site_url, query):
    header_search(tab, site_url, query)
    people = tab.locator("[data-thidua-search-list] li", has=tab.locator(".thidua-search__info", has_text="Khen thưởng năm"))
    assert people.locator(".thidua-search__title").all_inner_texts() == ["Lê Văn Mẫu"]  # not the others of his page
    marks = people.locator(".thidua-search__excerpt mark").all_inner_texts()
    assert {"giao", "thông", "nội", "đồng;"} <= set(marks)
    assert people.locator("a").get_attribute("href").endswith(LE_VAN_MAU)


def full_search(tab, site_url, query: str, **filters) -> list[str]:
    tab.goto(site_url + "tim-kiem/?" + urlencode({"q": query, **filters}))
    tab.wait_for_selector(".thidua-page__list[aria-busy=false]", state="attached")
    return tab.eval_on_selector_all(".thidua-page__list a", "links => links.map(a => new URL(a.href).pathname + new URL(a.href).hash)")


def test_full_search_page_filters_people_by_their_province(tab, site_url):
    assert "/repo/" + LE_VAN_MAU in full_search(tab, site_url, "le van mau")
    assert "/repo/" + LE_VAN_MAU in full_search(tab, site_url, "le van mau", tinh="Hà Tĩnh")
    assert "/repo/" + LE_VAN_MAU not in full_search(tab, site_url, "le van mau", tinh="Thanh Hóa")


@pytest.mark.parametrize("filters", ["", "?loai=Ng%C6%B0%E1%BB%9Di+%C4%91%C6%B0%E1%BB%A3c+khen+th%C6%B0%E1%BB%9Fng"])
def test_search_page_without_query_shows_facets_and_downloads_no_word_index(tab, site_url, filters):
    tab.goto(site_url + "tim-kiem/" + filters)
    summary = tab.locator(".thidua-page__summary")
    tab.wait_for_function(
        "prompt => document.querySelector('.thidua-page__summary').textContent === prompt", arg=PROMPT
    )
    tab.wait_for_load_state("networkidle")
    assert tab.locator(".thidua-page__list li").count() == 0
    plans = tab.locator(".thidua-page__option", has=tab.locator('input[value="Kế hoạch thi đua"]'))
    assert int(plans.locator(".thidua-page__count").inner_text()) > 0  # every page's count
    assert tab.index_requests == []
    tab.locator("#thidua-page-query").press_sequentially("tung anh", delay=20)
    tab.wait_for_function("() => /^Tìm thấy/.test(document.querySelector('.thidua-page__summary').textContent)")
    assert tab.index_requests and summary.inner_text().startswith("Tìm thấy")
