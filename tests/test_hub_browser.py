"""The national hub in Chromium: from the hub to a province's plan page and back, and a search on
the hub that finds pages of both province sites, all served under their own sub-paths."""

from __future__ import annotations

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


def search_results(tab, hub: str, query: str) -> list[str]:
    tab.goto(hub + "tim-kiem/?" + urlencode({"q": query}))
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


def test_hub_search_finds_pages_of_each_province(tab, hub_sites):
    hub, thanh_hoa, ha_tinh = (hub_sites.url(site) for site in (HUB, THANH_HOA, HA_TINH))
    only_thanh_hoa = search_results(tab, hub, "bim son")  # Bỉm Sơn: Thanh Hóa only
    only_ha_tinh = search_results(tab, hub, "khuyen khich")  # “khuyến khích”: in Hà Tĩnh’s plan only
    assert only_thanh_hoa and all(url.startswith(thanh_hoa) for url in only_thanh_hoa)
    assert only_ha_tinh[0] == ha_tinh + "ke-hoach/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua/"
    both = search_results(tab, hub, "ke hoach thi dua")
    assert any(url.startswith(thanh_hoa) for url in both) and any(url.startswith(ha_tinh) for url in both)
    tab.goto(both[0])  # a result opens the province's page
    assert tab.locator("h1").count() == 1 and tab.url == both[0]


def test_hub_search_leaves_out_a_province_site_that_cannot_be_reached(tab, hub_sites):
    hub, thanh_hoa, ha_tinh = (hub_sites.url(site) for site in (HUB, THANH_HOA, HA_TINH))
    tab.route(ha_tinh + "pagefind/**", lambda route: route.abort())
    found = search_results(tab, hub, "ke hoach thi dua")
    assert found and all(url.startswith(thanh_hoa) for url in found)
