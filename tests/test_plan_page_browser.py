"""A plan page on a phone (390×844, Chromium): what the plan is about on the first screen, the
document's own labels only, a contents menu; no sideways scrolling; axe in light and dark."""

import pytest

from accessibility import serious_violations
from pages import CAMPAIGNS

SCREEN = {"width": 390, "height": 844}
LOCALITIES = ["dia-phuong/lang-son/xa-chi-lang/", "dia-phuong/thanh-hoa/", "dia-phuong/truoc-2025/lang-son/huyen-chi-lang/"]


@pytest.fixture(params=["light", "dark"])
def phone(browser, request):
    context = browser.new_context(viewport=SCREEN, is_mobile=True, has_touch=True, locale="vi-VN",
                                  color_scheme=request.param)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("url", CAMPAIGNS)
def test_the_theme_or_title_is_on_the_first_screen(browser, site_url, url, test_output):
    context = browser.new_context(viewport=SCREEN, is_mobile=True, has_touch=True, locale="vi-VN")
    page = context.new_page()
    page.goto(site_url + url)
    lead = page.locator(".td-summary .td-theme, .td-summary .td-lead-title").first
    box = lead.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= SCREEN["height"], box
    assert lead.evaluate("e => parseFloat(getComputedStyle(e).fontSize)") >= 20  # set large
    assert page.locator(".td-summary .td-summary-when").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=test_output / f"ke-hoach-dau-trang-{CAMPAIGNS.index(url)}.png")
    context.close()


@pytest.mark.parametrize("url", CAMPAIGNS)
def test_no_generated_list_number_beside_a_document_label(browser, site_url, url):
    page = browser.new_page()
    page.goto(site_url + url)
    numbered = page.evaluate("""() => [...document.querySelectorAll('article li')]
        .filter(li => getComputedStyle(li).display === 'list-item')
        .filter(li => /decimal|alpha|roman/.test(getComputedStyle(li).listStyleType))
        .filter(li => !li.closest('.td-breadcrumbs'))
        .map(li => li.innerText.slice(0, 40))""")
    labelled = page.evaluate("""() => [...document.querySelectorAll('article li')]
        .filter(li => li.querySelector(':scope > .td-label, :scope > p > .td-label'))
        .filter(li => getComputedStyle(li).listStyleType !== 'none')
        .map(li => li.innerText.slice(0, 40))""")
    page.close()
    assert numbered == [] and labelled == []


def test_contents_is_a_jump_menu_on_phones_and_open_on_desktop(browser, site_url):
    from pages import PHU_THO

    phone = browser.new_page(viewport=SCREEN)
    phone.goto(site_url + PHU_THO)
    toc = phone.locator("nav.td-toc")
    assert toc.locator("summary").inner_text() == "Mục lục"
    assert toc.get_by_role("link", name="Chỉ tiêu thi đua").is_hidden()
    toc.locator("summary").click()
    toc.get_by_role("link", name="Chỉ tiêu thi đua").click()
    assert phone.url.endswith("#chi-tieu")
    phone.close()
    desktop = browser.new_page(viewport={"width": 1280, "height": 900})
    desktop.goto(site_url + PHU_THO)
    assert desktop.locator("nav.td-toc").get_by_role("link", name="Chỉ tiêu thi đua").is_visible()
    desktop.close()


@pytest.mark.parametrize("url", [*CAMPAIGNS, *LOCALITIES])
def test_no_serious_accessibility_violation_and_no_sideways_scroll(phone, site_url, url):
    phone.goto(site_url + url)
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert serious_violations(phone) == []
