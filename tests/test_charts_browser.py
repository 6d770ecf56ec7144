"""Charts in headless Chromium on a 360 px phone, light and dark, and on paper: drawn within the
screen, every text inside its chart and big enough to read, colours following the scheme, no
serious accessibility violation."""

from decimal import Decimal

import pytest

from accessibility import serious_violations
from pages import PHU_THO
from thidua.charts import WIDTH, ChartRow, comparison_chart, series_chart

PHONE = {"width": 360, "height": 780}
D = Decimal
LONG = "Phường Quang Trung, thành phố Thanh Hóa, tỉnh Thanh Hóa (trước ngày 01/7/2025) — ĐƠN VỊ MỚI SÁP NHẬP"
ROWS = [
    ChartRow(LONG, D("1.5"), D("1.8"), "dưới 1,5%", "1,8%", "chua-dat"),
    ChartRow("Xã Nga Sơn", D("3.2"), D("-0.4"), "giảm còn 3,2%", "-0,4%", "vuot"),
    ChartRow("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", None, None, "", "", None),
    ChartRow("Xã Tùng Ảnh", D("4"), None, "giảm còn 4 hộ nghèo trên tổng số 1.234 hộ toàn xã", "", "chua-co-so-lieu"),
]
YEARS = [ChartRow(str(y), D(30), D(v), "30 tỷ đồng", f"{v} tỷ đồng", "dat") for y, v in ((2022, 31), (2023, 29))]


@pytest.fixture(params=["light", "dark"])
def phone(browser, request):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="vi-VN",
                                  color_scheme=request.param)
    yield context.new_page()
    context.close()


def check_fits_and_reads(page, chart):
    """The chart within the screen, each text inside the chart, at least 12 px high once scaled."""
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    outside = chart.evaluate("""svg => { const b = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].filter(t => { const r = t.getBoundingClientRect();
            return r.left < b.left - 0.5 || r.right > b.right + 0.5; }).map(t => t.textContent); }""")
    assert outside == []
    smallest = chart.evaluate(f"""svg => Math.min(...[...svg.querySelectorAll('text')]
        .map(t => parseFloat(t.getAttribute('font-size')))) * svg.getBoundingClientRect().width / {WIDTH}""")
    assert smallest >= 12, smallest


def colours(page) -> dict[str, str]:
    return page.evaluate("""() => { const c = document.querySelector('#bieu-do-ket-qua');
        const fill = s => getComputedStyle(c.querySelector(s)).fill;
        return {text: fill('text'), bar: fill('.thidua-chart-bar--vuot'), missing: fill('.thidua-chart-bar--chua-co-so-lieu'),
                page: getComputedStyle(document.querySelector('.md-typeset')).color}; }""")


def test_the_status_chart_fits_a_phone_in_light_and_dark(phone, site_url, test_output):
    phone.goto(site_url + PHU_THO)
    chart = phone.locator("#bieu-do-ket-qua svg")
    check_fits_and_reads(phone, chart)
    painted = colours(phone)
    assert painted["text"] == painted["page"]  # the scheme's own text colour: readable in both
    assert len({painted["bar"], painted["missing"], painted["text"]}) == 3
    scheme = phone.evaluate("document.body.getAttribute('data-md-color-scheme')")
    phone.locator("#bieu-do-ket-qua").screenshot(path=test_output / f"bieu-do-ket-qua-{scheme}.png")
    assert serious_violations(phone, ".td-results-summary") == []


def test_dark_scheme_repaints_the_bars(browser, site_url):
    painted = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport=PHONE, color_scheme=scheme)
        page = context.new_page()
        page.goto(site_url + PHU_THO)
        painted[scheme] = colours(page)
        context.close()
    assert painted["light"]["bar"] != painted["dark"]["bar"]
    assert painted["light"]["text"] != painted["dark"]["text"]


def test_on_paper_the_chart_is_black_on_white(browser, site_url):
    context = browser.new_context(viewport=PHONE, color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + PHU_THO)
    page.emulate_media(media="print")
    painted = colours(page)
    context.close()
    assert painted["text"] == "rgb(0, 0, 0)"
    assert painted["bar"] == painted["missing"] != "rgb(255, 255, 255)"


def test_comparison_and_series_charts_fit_a_phone(phone, site_url, test_output):
    """Long, wide and missing labels, negative numbers: drawn in a page of the site, with its styles."""
    charts = comparison_chart(ROWS, chart_id="so-sanh", title="Tỷ lệ hộ nghèo", unit="%", lower_is_better=True)
    charts += series_chart(YEARS, chart_id="qua-nam", title="Thu ngân sách", unit="tỷ đồng", lower_is_better=False)
    phone.goto(site_url + PHU_THO)
    phone.evaluate("html => { document.querySelector('article.md-content__inner').innerHTML = html; }", str(charts))
    for chart_id in ("so-sanh", "qua-nam"):
        check_fits_and_reads(phone, phone.locator(f"#{chart_id} svg"))
    assert phone.locator("#so-sanh .thidua-chart-data").bounding_box()["width"] <= 1  # out of sight…
    assert LONG in phone.get_by_role("table", name="Số liệu của biểu đồ “Tỷ lệ hộ nghèo”").inner_text()  # …not of reach
    scheme = phone.evaluate("document.body.getAttribute('data-md-color-scheme')")
    phone.locator("#so-sanh").screenshot(path=test_output / f"bieu-do-so-sanh-{scheme}.png")
    assert serious_violations(phone, "article") == []
