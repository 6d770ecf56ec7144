"""Abbreviations explain themselves on a phone: a tap shows the meaning, the glossary is one tap
from the top of the plan; keyboard and screen readers get a button. Real Chromium, touch on."""

import pytest

from accessibility import serious_violations
from pages import PHU_SON



@pytest.fixture(params=["light", "dark"])
def phone(browser, request):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, locale="vi-VN", color_scheme=request.param
    )
    yield context.new_page()
    context.close()


def test_tapping_an_abbreviation_shows_its_meaning(phone, site_url):
    phone.goto(site_url + PHU_SON)
    button = phone.locator("button.td-abbr", has_text="SXKD").first
    assert button.get_attribute("aria-expanded") == "false"
    button.tap()
    meaning = button.locator("xpath=following-sibling::*[1]")
    assert meaning.inner_text().strip() == "(sản xuất kinh doanh)"
    assert meaning.is_visible() and button.get_attribute("aria-expanded") == "true"
    button.tap()
    assert meaning.is_hidden() and button.get_attribute("aria-expanded") == "false"


def test_keyboard_opens_an_abbreviation(phone, site_url):
    phone.goto(site_url + PHU_SON)
    button = phone.locator("button.td-abbr", has_text="SXKD").first
    button.focus()
    phone.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert "sản xuất kinh doanh" in button.locator("xpath=following-sibling::*[1]").inner_text()


def test_glossary_is_reachable_from_the_top(phone, site_url):
    phone.goto(site_url + PHU_SON)
    link = phone.get_by_role("link", name="Chữ viết tắt trong kế hoạch (")
    assert link.bounding_box()["y"] < 844
    assert phone.locator("#chu-viet-tat").is_hidden()
    link.tap()
    glossary = phone.locator("#chu-viet-tat")
    glossary.wait_for(state="visible")
    assert "bảo hiểm y tế" in glossary.inner_text()


def test_plan_with_an_open_abbreviation_has_no_serious_accessibility_violation(phone, site_url):
    phone.goto(site_url + PHU_SON)
    phone.locator("button.td-abbr").first.tap()
    # The page's content: the header's search button belongs to the search (overrides/partials/search.html).
    assert serious_violations(phone, ".md-main") == []
