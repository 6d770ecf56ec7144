"""What the search index holds as its own pages, on the real site: an honored person is an entry of
the site-wide honored-people list, not a page of the index, and is still found by name, with or
without diacritics, one click away from their page. The search page with no query downloads no
part of the word index."""

import re
from pathlib import Path
from urllib.parse import urlencode

import pytest

from pages import page
from thidua.search import FOLD_SENTINEL, read_fragment, with_folded_block

LE_VAN_MAU = "khen-thuong/minh-hoa/ha-tinh/huyen-duc-tho/xa-tung-anh/le-van-mau/"
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


def test_folded_copy_repeats_each_heading_id_before_the_folded_text_of_its_section():
    html, words = with_folded_block(
        '<html><body><article data-pagefind-body><h1>Danh sách</h1><ul><li><h3 id="../a/">'
        '<a href="../a/">Nguyễn Văn Ả</a></h3><p>Bằng khen</p></li><li><h3 id="../b/">Đỗ Thị B</h3>'
        "<p>Lao động</p></li></ul></article></body></html>"
    )
    assert words == 12
    assert html.endswith(
        f'<div data-pagefind-body hidden>{FOLD_SENTINEL}<p data-pagefind-weight="7">danh sach</p>'
        '<h3 id="../a/" data-pagefind-weight="5">nguyen van a</h3><p data-pagefind-weight="1">bang khen</p>'
        '<h3 id="../b/" data-pagefind-weight="5">do thi b</h3><p data-pagefind-weight="1">lao dong</p>'
        "</div></body></html>"
    )


def test_people_are_entries_of_the_indexed_list_not_pages_of_the_index(built_site):
    assert page(built_site, LE_VAN_MAU).select_one("[data-pagefind-body]") is None
    assert page(built_site, "khen-thuong/").select_one("[data-pagefind-body]") is not None
    records = fragments(built_site)
    assert not [r["url"] for r in records if "/khen-thuong/minh-hoa/" in r["url"]]
    (gallery,) = [r for r in records if r["url"].endswith("/khen-thuong/")]
    entry = page(built_site, "khen-thuong/").find("h3", id=LE_VAN_MAU.removeprefix("khen-thuong/"))
    assert entry.a["href"] == entry["id"] and entry.get_text() == "Lê Văn Mẫu"
    texts = {}
    for anchor in gallery["anchors"]:  # each entry twice: in the page text, then in the folded copy
        texts.setdefault(anchor["id"], []).append(anchor["text"])
    assert texts[entry["id"]] == ["Lê Văn Mẫu", "Lê Văn Mẫu"]  # never the folded "le van mau"
    elements = [anchor["element"] for anchor in gallery["anchors"] if anchor["id"] == entry["id"]]
    assert elements == ["h3", "span"]  # the repeat is no heading to Pagefind's sub-results
    assert gallery["filters"]["loai"] == ["Người được khen thưởng"]


@pytest.mark.parametrize("query", ["le van mau", "Lê Văn Mẫu"])
def test_header_search_finds_a_person_by_name_and_leads_to_their_page(tab, site_url, query):
    tab.goto(site_url)
    box = tab.locator("[data-thidua-search-input]")
    box.click()
    box.press_sequentially(query, delay=20)
    tab.wait_for_selector("[data-thidua-search-list][aria-busy=false]", state="attached")
    title = tab.locator(".thidua-search__title", has_text=re.compile("^Lê Văn Mẫu$"))
    result = tab.locator("[data-thidua-search-list] li", has=title)
    assert result.locator(".thidua-search__title").inner_text() == "Lê Văn Mẫu"
    assert result.locator(".thidua-search__title mark").all_inner_texts() == ["Lê", "Văn", "Mẫu"]
    assert result.locator(".thidua-search__info").inner_text() == "Người được khen thưởng"
    excerpt = result.locator(".thidua-search__excerpt").inner_text()
    assert "Tùng Ảnh" in excerpt and "Mẫu" not in excerpt.split("Tùng Ảnh")[0][:3]
    result.locator("a").click()
    tab.wait_for_url(site_url + LE_VAN_MAU)
    assert tab.locator("h1").inner_text() == "Lê Văn Mẫu"


def full_search(tab, site_url, query: str, **filters) -> list[str]:
    tab.goto(site_url + "tim-kiem/?" + urlencode({"q": query, **filters}))
    tab.wait_for_selector(".thidua-page__list[aria-busy=false]", state="attached")
    return tab.eval_on_selector_all(".thidua-page__list a", "links => links.map(a => new URL(a.href).pathname)")


def test_full_search_page_filters_each_person_by_their_own_province(tab, site_url):
    assert "/repo/" + LE_VAN_MAU in full_search(tab, site_url, "le van mau")
    assert "/repo/" + LE_VAN_MAU in full_search(tab, site_url, "le van mau", tinh="Hà Tĩnh")
    # The list page holds people of Thanh Hóa too, so it matches the filter; he is left out.
    in_thanh_hoa = full_search(tab, site_url, "le van mau", tinh="Thanh Hóa")
    assert "/repo/" + LE_VAN_MAU not in in_thanh_hoa
    assert all("/ha-tinh/" not in path for path in in_thanh_hoa)


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
