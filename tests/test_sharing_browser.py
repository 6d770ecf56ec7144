"""Sharing and "Báo sai sót" as a citizen uses them on a phone (390 px), light and dark."""

import pytest

from accessibility import serious_violations
from pages import TUNG_ANH

PHONE = {"width": 390, "height": 844}
LOCALITY = "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/"
PEOPLE = LOCALITY + "khen-thuong/2024/"  # Tùng Ảnh's honors of 2024: each person an entry
SHARED = (TUNG_ANH, LOCALITY, PEOPLE)


def _phone(browser, scheme: str):
    return browser.new_context(
        viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True, locale="vi-VN", color_scheme=scheme
    )


@pytest.mark.parametrize("url", SHARED)
def test_copy_link_puts_the_page_address_on_the_clipboard(browser, site_url, url):
    context = _phone(browser, "light")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + url)
    box = page.locator(".td-share")
    assert box.get_attribute("data-url") == "https://example.org/repo/" + url
    assert page.locator(".td-share a", has_text="Facebook").get_attribute("href").startswith(
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Frepo%2F"
    )
    native = page.locator(".td-share-native")
    assert native.is_visible() == page.evaluate("'share' in navigator")
    page.get_by_role("button", name="Sao chép liên kết").tap()
    assert page.get_by_role("status").inner_text() == "Đã sao chép liên kết."
    assert page.evaluate("navigator.clipboard.readText()") == "https://example.org/repo/" + url
    report = page.get_by_role("link", name="Báo sai sót")
    assert report.is_visible() and report.get_attribute("href").startswith("mailto:")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("url", SHARED)
def test_no_serious_accessibility_violations(browser, site_url, test_output, url, scheme):
    context = _phone(browser, scheme)
    page = context.new_page()
    page.goto(site_url + url)
    page.locator(".td-sharing").scroll_into_view_if_needed()
    page.screenshot(path=test_output / f"chia-se-{url.strip('/').replace('/', '-')}-{scheme}.png")
    serious = serious_violations(page)
    context.close()
    assert serious == []
