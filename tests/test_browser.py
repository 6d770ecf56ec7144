"""What a citizen does on a phone, in Debian's headless Chromium, on the site served under a sub-path."""

import pytest

from accessibility import serious_violations, serious_violations_at
from pages import PHU_SON

PHONE = {"width": 360, "height": 780}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True, locale="vi-VN")
    yield context.new_page()
    context.close()


def _no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_citizen_finds_the_commune_campaign_by_tapping(phone, site_url, test_output):
    phone.goto(site_url)
    phone.screenshot(path=test_output / "01-trang-chu.png", full_page=True)
    assert _no_horizontal_scroll(phone)
    phone.get_by_role("link", name="Tỉnh Thanh Hóa").first.click()
    phone.get_by_role("link", name="Phường Quang Trung").first.click()
    assert "Phường Phú Sơn" in phone.locator(".td-reform").inner_text()
    phone.screenshot(path=test_output / "02-dia-phuong.png", full_page=True)
    phone.get_by_role("link", name="Phát động thi đua năm 2024 – Phường Phú Sơn").click()
    assert phone.url == site_url + PHU_SON
    assert phone.locator("h1").inner_text() == "Phát động thi đua năm 2024 – Phường Phú Sơn"
    assert "2.147,429 tỷ đồng" in phone.locator("table.td-targets").first.inner_text()
    assert _no_horizontal_scroll(phone)
    phone.screenshot(path=test_output / "03-ke-hoach.png", full_page=True)


# The page of Phú Sơn's honors of 2024: people with and without a photo.
PEOPLE_WITH_PHOTO = "dia-phuong/truoc-2025/thanh-hoa/thi-xa-bim-son/phuong-phu-son/khen-thuong/2024/"


@pytest.mark.parametrize(
    "url", ["", PHU_SON, "dia-phuong/truoc-2025/lang-son/huyen-chi-lang/", "khen-thuong/", "nam/2024/", PEOPLE_WITH_PHOTO]
)
def test_pages_fit_a_360px_screen(phone, site_url, url):
    phone.goto(site_url + url)
    assert _no_horizontal_scroll(phone)


def test_campaign_page_prints_on_a4_without_navigation(browser, site_url, test_output):
    page = browser.new_page()
    page.goto(site_url + PHU_SON)
    page.emulate_media(media="print")
    assert page.locator(".md-header").is_hidden()
    assert page.locator(".td-breadcrumbs").is_hidden()
    assert page.locator("table.td-targets tr").first.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    pdf = page.pdf(format="A4")
    (test_output / "ke-hoach-a4.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF")
    page.close()


@pytest.mark.parametrize(
    "url",
    ["", PHU_SON, "dia-phuong/truoc-2025/thanh-hoa/thi-xa-bim-son/phuong-phu-son/", "khen-thuong/", PEOPLE_WITH_PHOTO],
)
def test_no_serious_accessibility_violations(browser, site_url, url):
    assert serious_violations_at(browser, site_url + url) == []


@pytest.mark.parametrize("url", ["hieu-nang/", "huong-dan/nhap-ke-hoach/"])
def test_a_wide_table_of_a_guide_scrolls_from_the_keyboard_on_a_phone(browser, site_url, url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + url)
    wide = page.locator(".md-typeset__scrollwrap[tabindex='0']").first
    wide.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("table => table.scrollLeft > 0", arg=wide.element_handle())
    serious = serious_violations(page)
    context.close()
    assert serious == []
