"""The national hub in Chromium: from the hub to a province's plan page and back; a search on the
hub, in the hub's own index, that finds entries of both province sites and leads to their pages;
and a search in the full text of one province chosen on the hub's search page. All sites are
served under their own sub-paths."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest

from hub_sites import HUB

THANH_HOA, HA_TINH = "thidua-thanh-hoa", "thidua-ha-tinh"
PHU_SON_PLAN = "ke-hoach/thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua/"


@pytest.fixture
def tab(browser):
    """A fresh page; fails the test on any script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors


def search_results(tab, hub: str, query: str, site: str = "") -> list[str]:
    """The addresses the hub's search page links to for ``query``: in the hub's own lists, or in
    the province site of code ``site`` chosen under “Tìm trong”."""
    tab.goto(hub + "tim-kiem/?" + urlencode({"q": query}))
    if site:
        tab.wait_for_selector(".thidua-page__list[aria-busy=false]", state="attached")
        tab.get_by_label("Tìm trong").select_option(site)
        tab.wait_for_url(re.compile(f"[?&]trang={site}(&|$)"))
    tab.wait_for_selector(".thidua-page__list[aria-busy=false]", state="attached")
    return tab.eval_on_selector_all(".thidua-page__list a", "links => links.map(a => a.href)")


def test_from_the_hub_to_a_province_plan_and_back(tab, hub_sites):
    hub = hub_sites.url(HUB)
    tab.goto(hub + "nam/2024/")
    tab.get_by_role("link", name="Phát động thi đua năm 2024 – Phường Phú Sơn").click()
    tab.wait_for_url(hub_sites.url(THANH_HOA) + PHU_SON_PLAN)
    assert "Phú Sơn" in tab.locator("h1").inner_text()
    tab.get_by_role("link", name="Trang cả nước").click()
    tab.wait_for_url(hub)
    assert tab.locator("h1").inner_text() == "Phong trào thi đua cả nước"


def test_each_example_of_the_hubs_search_boxes_finds_pages_of_the_province_sites(tab, hub_sites):
    hub = hub_sites.url(HUB)
    tab.goto(hub)
    examples = [tab.get_attribute("#td-home-q", "placeholder")]
    tab.goto(hub + "tim-kiem/")
    examples.append(tab.get_attribute("#thidua-page-query", "placeholder"))
    provinces = (hub_sites.url(THANH_HOA), hub_sites.url(HA_TINH))
    for example in (word for box in examples for word in box.removeprefix("Ví dụ: ").split(", ")):
        assert any(link.startswith(provinces) for link in search_results(tab, hub, example)), example


def test_a_missing_address_on_the_hub_suggests_the_plan_on_its_province_site(tab, hub_sites, serve_dir):
    hub = serve_dir(hub_sites.folder(HUB), f"/{HUB}/")  # with its own 404 page, as GitHub Pages serves a site
    tab.goto(hub + "ke-hoach/tung-anh-2024/")
    first = tab.locator("[data-td-notfound-list] a").first
    first.wait_for()
    assert first.inner_text() == "Kế hoạch thi đua năm 2024 – Xã Tùng Ảnh"
    assert first.get_attribute("href") == hub_sites.url(HA_TINH) + "ke-hoach/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua/"


def test_hub_search_finds_entries_of_each_province_and_leads_to_their_pages(tab, hub_sites):
    hub, thanh_hoa, ha_tinh = (hub_sites.url(site) for site in (HUB, THANH_HOA, HA_TINH))
    provinces = []
    tab.on("request", lambda request: provinces.append(request.url) if "/pagefind/" in request.url
           and not request.url.startswith(hub) else None)
    only_thanh_hoa = search_results(tab, hub, "bim son")  # Bỉm Sơn: Thanh Hóa only
    only_ha_tinh = search_results(tab, hub, "tung anh")  # Tùng Ảnh, typed without marks
    assert only_thanh_hoa and all(url.startswith(thanh_hoa) for url in only_thanh_hoa)
    assert PHU_SON_PLAN in [url.removeprefix(thanh_hoa) for url in only_thanh_hoa]
    assert only_ha_tinh[0] == ha_tinh + "ke-hoach/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua/"
    both = search_results(tab, hub, "thi dua nam 2024")
    assert any(url.startswith(thanh_hoa) for url in both) and any(url.startswith(ha_tinh) for url in both)
    assert not provinces  # the hub's search reads the hub's index only
    tab.locator(".thidua-page__list a").first.click()  # a result opens the province's page
    tab.wait_for_url(both[0])
    assert tab.locator("h1").count() == 1
    tab.get_by_role("link", name="Trang cả nước").click()
    tab.wait_for_url(hub)


def test_the_hubs_header_box_asks_only_for_what_the_hub_publishes(tab, hub_sites):
    hub, thanh_hoa = hub_sites.url(HUB), hub_sites.url(THANH_HOA)
    failed = []
    tab.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    tab.goto(hub)
    tab.keyboard.press("/")
    tab.locator("[data-thidua-search-input]").press_sequentially("bim son", delay=20)
    tab.wait_for_selector("[data-thidua-search-list][aria-busy=false]", state="attached")
    found = tab.eval_on_selector_all("[data-thidua-search-list] a", "links => links.map(a => a.href)")
    assert found and all(url.startswith(thanh_hoa) for url in found)
    assert tab.locator("[data-thidua-search-places]").count() == 0  # no locality finder of its own
    assert not failed


def test_hub_search_can_search_the_full_text_of_one_province(tab, hub_sites):
    hub, thanh_hoa, ha_tinh = (hub_sites.url(site) for site in (HUB, THANH_HOA, HA_TINH))
    tab.route(thanh_hoa + "pagefind/**", lambda route: route.abort())  # not read when Hà Tĩnh is chosen
    found = search_results(tab, hub, "khuyen khich", site="42")  # “khuyến khích”: in Hà Tĩnh’s plan text
    assert found[0] == ha_tinh + "ke-hoach/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua/"
    assert all(url.startswith(ha_tinh) for url in found)
    assert tab.get_by_label("Tìm trong").input_value() == "42"
