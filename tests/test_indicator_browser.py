"""Comparison pages in headless Chromium on a 360 px phone: on a year's page, sorting by a column
and filtering by province or level change the rows as expected and say so; the wide table scrolls
in its own box, never the page; the overview and the index fit too; no serious accessibility
violation."""

import pytest

from accessibility import serious_violations_at
from thidua.urls import INDICATORS_URL, indicator_url, indicator_year_url

PHONE = {"width": 360, "height": 780}
OVERVIEW = indicator_url("ty-le-tham-gia-bhyt")
INDICATOR = indicator_year_url("ty-le-tham-gia-bhyt", 2024)


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True, locale="vi-VN")
    yield context.new_page()
    context.close()


def rows(page) -> list[dict]:
    """The shown rows of the table, in order: each cell's sort value and the row's filters."""
    return page.evaluate("""() => Array.from(document.querySelectorAll("table.td-compare tbody tr"))
        .filter((row) => !row.hidden)
        .map((row) => ({
            province: row.dataset.province, level: row.dataset.level,
            cells: Array.from(row.cells).map((cell) => cell.dataset.value ?? cell.textContent.trim()),
        }))""")


def test_sorting_by_a_column_orders_the_rows_and_says_how(phone, site_url):
    phone.goto(site_url + INDICATOR)
    header = phone.locator("table.td-compare th", has_text="Chỉ tiêu")
    header.get_by_role("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    planned = [row["cells"][3] for row in rows(phone)]  # the fourth column: Chỉ tiêu
    numbers = [float(n) for n in planned if n]
    assert numbers == sorted(numbers) and len(set(numbers)) > 1
    assert planned[len(numbers):] == [""] * (len(planned) - len(numbers))  # rows without a figure last
    header.get_by_role("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert [float(row["cells"][3]) for row in rows(phone) if row["cells"][3]] == sorted(numbers, reverse=True)
    assert phone.locator("th[aria-sort]").count() == 1
    phone.locator("table.td-compare th", has_text="Địa phương").get_by_role("button").click()
    places = [row["cells"][0] for row in rows(phone)]
    assert places == phone.evaluate("(names) => names.slice().sort(new Intl.Collator('vi').compare)", places)


def test_filtering_by_province_and_level_keeps_those_rows_and_announces_the_count(phone, site_url):
    phone.goto(site_url + INDICATOR)
    everything = rows(phone)
    province = phone.get_by_label("Tỉnh, thành phố")
    choice = everything[0]["province"]
    province.select_option(choice)
    shown = rows(phone)
    expected = [row for row in everything if row["province"] == choice]
    assert shown == expected and 0 < len(shown) < len(everything)
    status = phone.get_by_role("status")
    assert status.inner_text() == f"Đang hiện {len(expected)} trên {len(everything)} dòng."
    province.select_option("")
    level = phone.get_by_label("Cấp")
    level.select_option("cấp xã")
    assert rows(phone) == [row for row in everything if row["level"] == "cấp xã"]
    assert {row["level"] for row in everything} > {"cấp xã"}


def test_filters_and_sorting_need_the_script_the_table_does_not(browser, site_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + INDICATOR)
    assert not page.locator("[data-compare-filters]").is_visible()
    assert page.locator("table.td-compare th button").count() == 0
    table_rows = page.locator("table.td-compare tbody tr")
    assert table_rows.count() > 1 and all(row.is_visible() for row in table_rows.all())
    context.close()


@pytest.mark.parametrize("url", [INDICATORS_URL, OVERVIEW, INDICATOR, indicator_year_url("thu-ngan-sach", 2024)])
def test_pages_fit_a_360px_phone_the_table_scrolls_in_its_box(phone, site_url, url):
    phone.goto(site_url + url)
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    if url not in (INDICATORS_URL, OVERVIEW):
        box = phone.locator(".td-table-wrap").first
        assert box.evaluate("(e) => getComputedStyle(e).overflowX") == "auto"
        assert box.evaluate("(e) => e.scrollWidth > e.clientWidth")  # six columns: wider than a phone
        status = phone.locator("table.td-compare tbody tr").first.locator("td").nth(2)
        assert status.bounding_box()["x"] + status.bounding_box()["width"] <= PHONE["width"]  # seen without swiping


def test_the_overview_leads_to_a_year_and_back(phone, site_url):
    phone.goto(site_url + OVERVIEW)
    phone.get_by_role("link", name="Năm 2024").click()
    assert phone.url == site_url + INDICATOR
    assert phone.locator("table.td-compare tbody tr").count() == 3
    phone.get_by_role("navigation", name="Đường dẫn").get_by_role("link", name="Tỷ lệ người dân tham gia bảo hiểm y tế").click()
    assert phone.url == site_url + OVERVIEW


@pytest.mark.parametrize("url", [INDICATORS_URL, OVERVIEW, INDICATOR])
def test_no_serious_accessibility_violations(browser, site_url, url):
    assert serious_violations_at(browser, site_url + url) == []
