"""Charts drawn at build time (thidua.charts): the table holds the chart's figures, every text is
escaped, ids stay unique, missing numbers are said, the direction is said; and the plan page shows
the status chart beside its summary line."""

import re
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from pages import CHI_LANG, PHU_SON, PHU_THO, QUYET_THANG, TUNG_ANH, page
from thidua.charts import LEFT, RIGHT, SMALL, WIDTH, MARGIN, LABEL, ChartRow, comparison_chart, series_chart, status_chart
from thidua.status import LABELS

D = Decimal
POVERTY = [
    ChartRow("Xã Nga Sơn", D("3.2"), D("2.9"), "giảm còn 3,2%", "2,9%", "vuot"),
    ChartRow("Phường Quang Trung", D("1.5"), D("1.8"), "dưới 1,5%", "1,8%", "chua-dat"),
    ChartRow("Xã Tùng Ảnh", D("4"), None, "giảm còn 4%", "", "chua-co-so-lieu"),
    ChartRow("Phường Phú Sơn", D("2"), D("2"), "2%", "2%", "dat"),
]
HOSTILE = '<script>alert(1)</script>" onload="alert(2)'


def soup(markup) -> BeautifulSoup:
    return BeautifulSoup(str(markup), "html.parser")


def table(chart: BeautifulSoup) -> list[list[str]]:
    return [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in chart.select("table tbody tr")]


def rows_of(chart: BeautifulSoup):
    return chart.select("svg g.thidua-chart-row")


def comparison(rows=POVERTY, **kwargs) -> BeautifulSoup:
    options = {"chart_id": "ty-le-ho-ngheo", "title": "Tỷ lệ hộ nghèo", "unit": "%", "lower_is_better": True}
    return soup(comparison_chart(rows, **options | kwargs))


def test_the_table_holds_the_same_figures_as_the_rows():
    chart = comparison()
    assert [th.get_text() for th in chart.select("thead th")] == ["Địa phương", "Chỉ tiêu", "Kết quả", "Đánh giá"]
    assert all(th["scope"] == "col" for th in chart.select("thead th"))
    assert all(th["scope"] == "row" for th in chart.select("tbody th"))
    assert table(chart) == [
        ["Xã Nga Sơn", "giảm còn 3,2%", "2,9%", "Vượt"],
        ["Phường Quang Trung", "dưới 1,5%", "1,8%", "Chưa đạt"],
        ["Xã Tùng Ảnh", "giảm còn 4%", "Chưa có số liệu", "Chưa có số liệu"],
        ["Phường Phú Sơn", "2%", "2%", "Đạt"],
    ]
    # The bars say the same, beside a status written out (never colour alone).
    drawn = [" ".join(t.get_text() for t in row.find_all("text")).replace(" ·", "") for row in rows_of(chart)]
    assert drawn[0] == "Xã Nga Sơn ▲ Vượt Kết quả: 2,9% chỉ tiêu: giảm còn 3,2%"
    assert drawn[2] == "Xã Tùng Ảnh Chưa có số liệu chỉ tiêu: giảm còn 4%"


def test_a_chart_is_a_figure_with_a_named_image_a_caption_and_a_table():
    chart = comparison()
    figure = chart.select_one("figure.thidua-chart")
    assert figure.figcaption.get_text() == "Tỷ lệ hộ nghèo"
    svg = figure.svg
    assert svg["role"] == "img" and svg["viewbox"].startswith(f"0 0 {WIDTH} ")
    title, desc = (chart.find(id=i) for i in svg["aria-labelledby"].split())
    assert title.name == "title" and title.get_text() == "Tỷ lệ hộ nghèo"
    assert desc.name == "desc" and desc.get_text().startswith("Biểu đồ thanh")
    assert "Tỷ lệ hộ nghèo" in figure.table.caption.get_text()


def test_the_description_says_what_the_chart_shows():
    desc = comparison().desc.get_text()
    assert "của 4 địa phương, đơn vị %" in desc
    assert "càng thấp càng tốt" in desc
    assert "cao nhất: Xã Nga Sơn (2,9%); thấp nhất: Phường Quang Trung (1,8%)" in desc
    assert "2 trên 3 đạt hoặc vượt chỉ tiêu" in desc
    assert "1 chưa có số liệu" in desc
    higher = comparison(lower_is_better=False)
    assert "càng cao càng tốt" in higher.desc.get_text() and "càng thấp" not in str(higher)
    assert "Càng thấp càng tốt" in comparison().select_one(".thidua-chart-legend").get_text()


def test_a_series_names_its_years():
    years = [ChartRow(str(y), D(3), D(v), "3%", f"{v}%") for y, v in ((2022, 2), (2023, 4), (2024, 3))]
    chart = soup(series_chart(years, chart_id="nam", title="Qua các năm", unit="%", lower_is_better=False))
    desc = chart.desc.get_text()
    assert "qua 3 năm, từ 2022 đến 2024" in desc and "cao nhất: năm 2023 (4%); thấp nhất: năm 2022 (2%)" in desc
    assert [th.get_text() for th in chart.select("thead th")] == ["Năm", "Chỉ tiêu", "Kết quả"]  # no statuses given
    assert table(chart)[1] == ["2023", "3%", "4%"]


def test_every_text_is_escaped():
    rows = [ChartRow(HOSTILE, D(1), D(2), HOSTILE, HOSTILE, "dat")]
    markup = str(comparison_chart(rows, chart_id='x" onload="y', title=HOSTILE, unit=HOSTILE, lower_is_better=False))
    assert "<script" not in markup and '" onload="' not in markup
    chart = soup(markup)
    assert not chart.find("script") and not any("onload" in tag.attrs for tag in chart.find_all(True))
    assert table(chart) == [[HOSTILE, HOSTILE, HOSTILE, "Đạt"]]
    assert chart.figcaption.get_text() == HOSTILE


def test_two_charts_on_a_page_have_unique_ids():
    both = soup(str(comparison(chart_id="mot")) + str(status_chart({"dat": 2}, chart_id="hai", title="Hai")))
    ids = [tag["id"] for tag in both.find_all(id=True)]
    assert len(ids) == len(set(ids)) == 6
    for svg in both.find_all("svg"):
        assert all(both.find(id=i) for i in svg["aria-labelledby"].split())


def test_a_missing_number_is_a_label_without_a_bar():
    chart = comparison()
    bars = [len(row.select("rect.thidua-chart-bar")) for row in rows_of(chart)]
    assert bars == [1, 1, 0, 1]
    assert rows_of(chart)[2].select_one(".thidua-chart-label").get_text() == "Xã Tùng Ảnh"
    no_target = comparison([ChartRow("Xã A", None, D(5), "", "5%", None)])
    assert table(no_target) == [["Xã A", "Không có", "5%"]]
    assert not no_target.select(".thidua-chart-row .thidua-chart-planned")


def test_no_number_at_all_still_gives_a_chart():
    rows = [ChartRow("Xã A", None, None, "", ""), ChartRow("Xã B", None, None, "", "")]
    chart = comparison(rows)
    assert table(chart) == [["Xã A", "Không có", "Chưa có số liệu"], ["Xã B", "Không có", "Chưa có số liệu"]]
    assert "Chưa có kết quả nào" in chart.desc.get_text()
    assert not chart.select(".thidua-chart-row rect.thidua-chart-bar")
    single = comparison([POVERTY[0]])
    assert "Chỉ có kết quả của Xã Nga Sơn (2,9%)" in single.desc.get_text()


def bar_span(row) -> tuple[float, float]:
    bar = row.select_one("rect.thidua-chart-bar")
    return float(bar["x"]), float(bar["x"]) + float(bar["width"])


def test_the_axis_starts_at_zero_and_holds_negative_numbers():
    rows = [ChartRow("A", None, D(10), "", "10"), ChartRow("B", None, D(5), "", "5")]
    a, b = (bar_span(r) for r in rows_of(comparison(rows)))
    assert a == (LEFT, RIGHT) and b[0] == LEFT and b[1] - LEFT == pytest.approx((RIGHT - LEFT) / 2, abs=0.1)
    rows = [ChartRow("A", D(-1), D(-3), "-1", "-3"), ChartRow("B", D(1), D(1), "1", "1")]
    chart = comparison(rows)
    zero = LEFT + (RIGHT - LEFT) * 3 / 4
    a, b = (bar_span(r) for r in rows_of(chart))
    assert a == pytest.approx((LEFT, zero), abs=0.1) and b == pytest.approx((zero, RIGHT), abs=0.1)
    assert float(chart.select_one(".thidua-chart-zero")["x1"]) == pytest.approx(zero, abs=0.1)
    for tag in chart.select("rect, line"):
        assert 0 <= float(tag.get("x", tag.get("x1"))) <= WIDTH


def test_a_long_label_wraps_in_the_chart_and_stays_whole_in_the_table():
    label = "Xã Tùng Ảnh, huyện Đức Thọ, tỉnh Hà Tĩnh (trước ngày 01/7/2025, nay thuộc xã Đức Thọ) " * 3
    chart = comparison([ChartRow(label, D(1), D(2), "1%", "2%", "vuot")])
    lines = [t.get_text() for t in chart.select(".thidua-chart-row .thidua-chart-label")]
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(LABEL.width(line) <= WIDTH - 2 * MARGIN for line in lines)
    assert table(chart)[0][0] == label
    word = "Ngh" + "ĩ" * 80
    lines = [t.get_text() for t in comparison([ChartRow(word, None, None, "", "")]).select(".thidua-chart-label")]
    assert lines[0].startswith("Nghĩĩ") and all(LABEL.width(line) <= WIDTH - 2 * MARGIN for line in lines)


def test_numbers_are_written_the_vietnamese_way():
    chart = soup(status_chart({"vuot": 1234, "dat": 2, "chua-dat": 0}, chart_id="tt", title="Trạng thái"))
    assert table(chart) == [["Vượt", "1.234"], ["Đạt", "2"], ["Chưa đạt", "0"], ["Chưa có số liệu", "0"]]
    assert "▲ Vượt: 1.234 chỉ tiêu" in chart.svg.get_text()
    assert "tổng 1.236 chỉ tiêu: 1.234 chỉ tiêu vượt, 2 đạt. 1.236 trên 1.236" in chart.desc.get_text()
    # A number the caller did not print is printed here, never in machine form.
    chart = comparison([ChartRow("Xã A", D("1234.5"), D("0.75"), "", "")], unit="tỷ đồng")
    assert table(chart) == [["Xã A", "1.234,5 tỷ đồng", "0,75 tỷ đồng"]]
    assert all(SMALL.width(t.get_text()) <= WIDTH for t in chart.select("text"))


def test_status_chart_follows_the_order_and_labels_of_statuses():
    chart = soup(status_chart({"chua-co-so-lieu": 7, "vuot": 3}, chart_id="tt", title="Trạng thái"))
    assert [row[0] for row in table(chart)] == [label for label, _ in LABELS.values()]
    classes = [row.select_one("rect.thidua-chart-bar")["class"][-1] for row in rows_of(chart)]
    assert classes == [f"thidua-chart-bar--{key}" for key in LABELS]


SUMMARY = re.compile(r"(\d+) (?:chỉ tiêu )?(vượt|đạt|chưa đạt|chưa có số liệu)")


@pytest.mark.parametrize("url", [PHU_THO, TUNG_ANH, PHU_SON, CHI_LANG])  # Chi Lăng: illustrative report for chi-so/
def test_a_plan_with_results_shows_its_status_chart_with_the_summary_counts(built_site, url):
    summary = page(built_site, url).select_one(".td-results-summary")
    line = summary.p.get_text()
    counts = {label: n for n, label in SUMMARY.findall(line)}
    assert counts, line
    chart = summary.select_one("figure.thidua-chart#bieu-do-ket-qua")
    drawn = {status.lower(): n for status, n in table(chart) if n != "0"}
    assert drawn == counts


@pytest.mark.parametrize("url", [QUYET_THANG])
def test_a_plan_without_results_has_no_chart(built_site, url):
    assert not page(built_site, url).select(".thidua-chart")
