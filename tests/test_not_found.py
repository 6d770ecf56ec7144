"""The 404 page turns the words of the missing address into a search and suggests pages."""

import pytest
from playwright.sync_api import expect

from accessibility import serious_violations



@pytest.fixture(params=["light", "dark"])
def phone(browser, request):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, color_scheme=request.param)
    yield context.new_page()
    context.close()


def test_missing_address_suggests_the_plan_its_words_name(phone, site_url):
    response = phone.goto(site_url + "ke-hoach/tung-anh-2024")
    assert response.status == 404
    assert phone.locator("[data-td-notfound-query]").input_value() == "tung anh 2024"
    suggestions = phone.locator("[data-td-notfound-list] a")
    suggestions.first.wait_for()
    assert suggestions.first.inner_text() == "Kế hoạch thi đua năm 2024 – Xã Tùng Ảnh"
    suggestions.first.tap()
    phone.wait_for_url("**/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua/")


def test_a_wrong_word_at_the_end_still_finds_the_page(phone, site_url):
    phone.goto(site_url + "dia-phuong/ha-tinh/phu-son-thanh-hoa-abcxyz/")
    phone.locator("[data-td-notfound-list] a").first.wait_for()
    assert phone.locator("[data-td-notfound-query]").input_value() == "ha tinh phu son thanh hoa abcxyz"
    assert any("Phú Sơn" in text for text in phone.locator("[data-td-notfound-list] a").all_inner_texts())


def test_an_old_address_of_a_person_suggests_their_entry(phone, site_url):
    phone.goto(site_url + "khen-thuong/le-van-mau/")
    first = phone.locator("[data-td-notfound-list] a").first
    first.wait_for()
    assert first.inner_text() == "Lê Văn Mẫu"
    first.tap()
    phone.wait_for_url("**/xa-tung-anh/khen-thuong/2024/#le-van-mau")


def test_words_that_find_nothing_leave_no_promise_of_suggestions(phone, site_url):
    phone.goto(site_url + "ke-hoach/qqqxyz/")
    phone.wait_for_load_state("networkidle")
    assert phone.locator("[data-td-notfound-query]").input_value() == "qqqxyz"
    expect(phone.locator("[data-td-notfound-suggestions]")).to_be_hidden()
    assert "gần giống" not in phone.locator(".md-content").inner_text()


def test_the_box_searches_the_whole_site(phone, site_url):
    phone.goto(site_url + "ke-hoach/tung-anh-2024")
    phone.get_by_role("button", name="Tìm", exact=True).tap()
    phone.wait_for_url("**/tim-kiem/?q=tung+anh+2024")


def test_no_serious_accessibility_violation(phone, site_url):
    phone.goto(site_url + "ke-hoach/tung-anh-2024")
    phone.locator("[data-td-notfound-list] a").first.wait_for()
    # The page's content: the header's search button belongs to the search (overrides/partials/search.html).
    assert serious_violations(phone, ".md-main") == []
