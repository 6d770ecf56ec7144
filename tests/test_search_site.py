"""Search on the real site built from the real data: typed without diacritics, filtered by province."""

from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from pages import CHI_LANG, PHU_SON, PHU_THO, TUNG_ANH


@pytest.fixture
def tab(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site_url)
    yield page
    context.close()
    assert not errors


def header_search(tab, query: str) -> list[str]:
    box = tab.locator("[data-thidua-search-input]")
    tab.keyboard.press("/")
    expect(box).to_be_focused()
    box.fill("")
    box.press_sequentially(query, delay=20)
    tab.wait_for_selector("[data-thidua-search-list][aria-busy=false]", state="attached")
    return tab.eval_on_selector_all("[data-thidua-search-list] a", "links => links.map(a => new URL(a.href).pathname)")


def full_search(tab, site_url, query: str, **filters) -> list[str]:
    tab.goto(site_url + "tim-kiem/?" + urlencode({"q": query, **filters}))
    tab.wait_for_selector(".thidua-page__list[aria-busy=false]", state="attached")
    return tab.eval_on_selector_all(".thidua-page__list a", "links => links.map(a => new URL(a.href).pathname)")


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("phu son", "dia-phuong/truoc-2025/thanh-hoa/thi-xa-bim-son/phuong-phu-son/"),
        ("tung anh", "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/"),
    ],
)
def test_header_search_puts_the_commune_first_without_diacritics(tab, query, first):
    # Among the first two: "phu son" ranks Phường Quang Trung, which Phú Sơn is part of since
    # 01/7/2025 (its page names Phú Sơn), first (docs/tim-kiem.md, "Chưa đạt").
    assert "/repo/" + first in header_search(tab, query)[:2]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("phu son", PHU_SON), ("tung anh", TUNG_ANH), ("Điện Biên", PHU_THO), ("thi dua", CHI_LANG), ("dang bo", PHU_SON)],
)
def test_search_finds_campaigns_without_diacritics(tab, site_url, query, expected):
    assert "/repo/" + expected in full_search(tab, site_url, query, loai="Kế hoạch thi đua")


def test_old_and_new_unit_names_find_the_locality(tab):
    assert "/repo/dia-phuong/thanh-hoa/phuong-quang-trung/" in header_search(tab, "quang trung")
    assert "/repo/dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/" in header_search(tab, "tung anh")


def test_full_search_page_filters_poor_households_to_one_province(tab, site_url):
    tab.goto(site_url + "tim-kiem/?q=ho+ngheo")
    tab.wait_for_selector(".thidua-page__list[aria-busy=false]", state="attached")
    everything = tab.eval_on_selector_all(".thidua-page__list a", "links => links.map(a => new URL(a.href).pathname)")
    assert "/repo/" + TUNG_ANH in everything and "/repo/" + PHU_SON in everything
    tab.locator(".thidua-page__option", has=tab.locator('input[value="Hà Tĩnh"]')).click()
    tab.wait_for_url("**tinh=H%C3%A0+T%C4%A9nh")
    tab.wait_for_selector(".thidua-page__list[aria-busy=false]", state="attached")
    filtered = tab.eval_on_selector_all(".thidua-page__list a", "links => links.map(a => new URL(a.href).pathname)")
    assert "/repo/" + TUNG_ANH in filtered
    assert all("thanh-hoa" not in path and "phu-tho" not in path for path in filtered)
