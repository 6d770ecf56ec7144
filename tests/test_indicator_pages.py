"""Comparison pages (chi-so/, the overview chi-so/<ma>/ and each year's chi-so/<ma>/<năm>/), read
from the real site built from the real data: every indicator listed, every target naming one in the
table of its year, links that land on the target, charts that never put two kinds of figure on one
axis, a locality's figures over the years on its own page, and no illustrative result when published."""

import posixpath
from collections import Counter
from decimal import Decimal

import pytest

from conftest import ROOT
from pages import page
from thidua.dataset import load_dataset
from thidua.site.build import build_pages
from thidua.site.context import SiteOptions
from thidua.urls import INDICATORS_URL, indicator_url, indicator_year_url

DATA = ROOT / "campaigns"


@pytest.fixture(scope="module")
def illustrative():
    return load_dataset(DATA, include_illustrative=True)


@pytest.fixture(scope="module")
def published():
    return load_dataset(DATA)


def naming(dataset) -> Counter:
    """How many target values of the data set name each indicator."""
    return Counter(
        value.indicator
        for record in dataset.campaigns
        for entry in record.campaign.iter_targets()
        for value in entry.target.values
        if value.indicator
    )


def column(soup, heading: str) -> int:
    """The index of the comparison table's column under ``heading``."""
    return [th.get_text(strip=True) for th in soup.select("table.td-compare thead th")].index(heading)


def resolve(from_url: str, href: str) -> tuple[str, str]:
    """The site-relative directory URL and the fragment a relative link on ``from_url`` lands on."""
    path, _, fragment = href.partition("#")
    return posixpath.normpath(posixpath.join(from_url, path)) + "/", fragment


def year_pages(site, indicator_id: str) -> list[str]:
    """The comparison pages of an indicator, found as a citizen does: the years listed on its
    overview, then each year's pager."""
    overview = indicator_url(indicator_id)
    found, todo = [], [resolve(overview, a["href"])[0] for a in page(site, overview).select("table.td-indicator-years a")]
    while todo:
        url = todo.pop(0)
        if url not in found:
            found.append(url)
            todo += [resolve(url, a["href"])[0] for a in page(site, url).select("nav.td-pager a")]
    return found


def table_rows(site, indicator_id: str) -> list:
    return [tr for url in year_pages(site, indicator_id) for tr in page(site, url).select("table.td-compare tbody tr")]


def test_index_lists_every_indicator_and_links_those_targets_name(built_site, illustrative):
    soup = page(built_site, INDICATORS_URL)
    counts = naming(illustrative)
    items = {li.get_text(" ", strip=True).split(" – ")[0]: li for li in soup.select("article li")}
    for indicator in illustrative.indicators.values():
        item = items[indicator.name]
        link = item.find("a")
        if counts[indicator.id]:
            assert resolve(INDICATORS_URL, link["href"])[0] == indicator_url(indicator.id)
            assert f"{counts[indicator.id]} chỉ tiêu" in item.get_text(), indicator.id
        else:
            assert link is None, indicator.id
    directions = " ".join(item.get_text() for item in items.values())
    assert "càng thấp càng tốt" in directions and "càng cao càng tốt" in directions


def test_an_indicator_nobody_names_is_listed_without_a_link_at_the_end(tmp_path):
    import shutil

    data = tmp_path / "campaigns"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("minh-hoa"))
    with (data / "chi-so.yaml").open("a", encoding="utf-8") as file:
        file.write("  - {ma: so-cau-lac-bo-the-thao, ten: Số câu lạc bộ thể thao, don_vi: câu lạc bộ, chieu: cao-hon-tot}\n")
    pages = {p.url: p for p in build_pages(load_dataset(data), SiteOptions())}
    index = pages[INDICATORS_URL].context
    assert [link.title for link in index["unnamed"]] == ["Số câu lạc bộ thể thao"]
    assert index["unnamed"][0].url is None
    assert indicator_url("so-cau-lac-bo-the-thao") not in pages


@pytest.mark.parametrize("fixture, data", [("built_site", "illustrative"), ("published_site", "published")])
def test_each_indicator_table_holds_every_target_naming_it(request, fixture, data):
    site, dataset = request.getfixturevalue(fixture), request.getfixturevalue(data)
    for indicator_id, count in naming(dataset).items():
        assert len(table_rows(site, indicator_id)) == count, indicator_id


def test_overview_lists_each_year_with_its_localities_and_statuses(built_site, illustrative):
    soup = page(built_site, indicator_url("ty-le-ho-ngheo"))
    years = {" ".join(tr.get_text(" ").split()) for tr in soup.select("table.td-indicator-years tbody tr")}
    assert years == {"Năm 2024 3 3 ▲ Vượt: 1 · ✓ Đạt: 1 · ✗ Chưa đạt: 1", "Năm 2023 1 1 ▲ Vượt: 1"}
    assert [a["href"] for a in soup.select("table.td-indicator-years a")] == ["2024/", "2023/"]
    assert not soup.select("table.td-compare, figure.thidua-chart")  # rows and charts live on the year pages
    year = page(built_site, indicator_year_url("ty-le-ho-ngheo", 2024))
    crumbs = [(a.get_text(strip=True), resolve(indicator_year_url("ty-le-ho-ngheo", 2024), a["href"])[0])
              for a in year.select("nav.td-breadcrumbs a")]
    assert crumbs[1:] == [("Chỉ số", INDICATORS_URL), ("Tỷ lệ hộ nghèo", indicator_url("ty-le-ho-ngheo"))]
    assert year.select_one("nav.td-breadcrumbs [aria-current=page]").get_text() == "Tỷ lệ hộ nghèo năm 2024"


def test_table_links_land_on_the_target_row_of_the_plan(built_site, illustrative):
    checked = 0
    for indicator_id, url in ((i, url) for i in naming(illustrative) for url in year_pages(built_site, i)):
        soup = page(built_site, url)
        for row in soup.select("table.td-compare tbody tr"):
            plan_link = row.select("td")[column(soup, "Chỉ tiêu")].find("a")
            target, anchor = resolve(url, plan_link["href"])
            assert anchor.startswith("chi-tieu-"), plan_link["href"]
            landed = page(built_site, target).find(id=anchor)
            assert landed is not None and landed.name == "tr", (url, plan_link["href"])
            checked += 1
    assert checked == sum(naming(illustrative).values())


def test_every_target_naming_an_indicator_links_to_the_comparison_of_its_year(built_site, illustrative):
    for record in illustrative.campaigns:
        plan_url = f"ke-hoach/{record.id}/"
        soup = page(built_site, plan_url)
        for entry in record.campaign.iter_targets():
            named = {v.indicator for v in entry.target.values if v.indicator}
            row = soup.find(id=f"chi-tieu-{entry.target.id}")
            links = {resolve(plan_url, a["href"])[0] for a in row.select("a.td-compare-link")}
            assert links == {indicator_year_url(i, record.campaign.year) for i in named}, (record.id, entry.target.id)
            for link in links:
                assert (built_site / link / "index.html").is_file()


def test_rows_show_status_in_words_and_the_report(built_site):
    soup = page(built_site, indicator_year_url("ty-le-ho-ngheo", 2024))
    rows = {
        " ".join(tr.select("td")[0].get_text(" ").split()) + " " + tr.select("td")[1].get_text(strip=True):
        [" ".join(td.get_text(" ").split()) for td in tr.select("td")]
        for tr in table_rows(built_site, "ty-le-ho-ngheo")
    }
    chi_lang = next(cells for key, cells in rows.items() if key.startswith("Huyện Chi Lăng"))
    assert chi_lang[column(soup, "Năm")] == "2024"
    assert chi_lang[column(soup, "Chỉ tiêu")].startswith("Tỷ lệ hộ nghèo đa chiều: giảm 3% Phát động thi đua năm 2024")
    assert chi_lang[column(soup, "Đạt được")] == "Tỷ lệ hộ nghèo đa chiều: giảm 2,4%"
    assert chi_lang[column(soup, "Trạng thái")] == "✗ Chưa đạt"
    assert chi_lang[column(soup, "Báo cáo")].startswith("Tổng kết năm – 996/BC-UBND (minh họa)")
    tung_anh = [key for key in rows if "trước 01/7/2025: Xã Tùng Ảnh" in key]
    assert sorted(key[-4:] for key in tung_anh) == ["2023", "2024"]
    assert all(key.startswith("Xã Đức Thọ") for key in tung_anh)  # today's name first


def test_filters_offer_the_provinces_and_levels_of_the_rows(built_site):
    soup = page(built_site, indicator_year_url("ty-le-tham-gia-bhyt", 2024))
    rows = soup.select("table.td-compare tbody tr")
    assert len({row["data-province"] for row in rows}) > 1
    for name, attribute in (("province", "data-province"), ("level", "data-level")):
        select = soup.select_one(f"select[data-filter={name}]")
        assert soup.select_one(f"label[for={select['id']}]").get_text(strip=True)
        options = [o.get_text() for o in select.select("option")][1:]
        assert sorted(options) == sorted({row[attribute] for row in rows})


def test_charts_compare_only_one_kind_of_figure_in_one_unit(illustrative):
    pages = {p.url: p for p in build_pages(illustrative, SiteOptions())}
    poverty = pages[indicator_year_url("ty-le-ho-ngheo", 2024)].context
    assert poverty["split"] == "mức giảm (%), mức đạt (%)"
    [group] = poverty["charts"]  # one level figure alone (Phú Sơn 2024) makes no chart
    assert group.heading == "Tỷ lệ hộ nghèo: mức giảm (%)"
    [year] = group.charts
    assert [(r.label, r.planned, r.achieved) for r in year.rows] == [  # as in the table: by province
        ("Xã Tùng Ảnh", Decimal("0.6"), Decimal("0.6")), ("Huyện Chi Lăng", Decimal(3), Decimal("2.4")),
    ]
    assert not year.lower_is_better  # a bigger cut is the better one
    assert not pages[indicator_year_url("ty-le-ho-ngheo", 2023)].context["charts"]  # one locality: nothing to compare
    revenue = pages[indicator_year_url("thu-ngan-sach", 2024)].context
    units = [group.heading for group in revenue["charts"]]
    assert len(units) == len(set(units)) >= 2
    assert revenue["split"] == "mức đạt (tỷ đồng), mức đạt (đồng)"


def test_a_localitys_figures_over_the_years_are_charted_on_its_own_page(built_site):
    locality = "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/"
    soup = page(built_site, locality)
    section = next(s for s in soup.select("section.td-chart-group") if s.h3.get_text() == "Tỷ lệ hộ nghèo: mức giảm (%)")
    chart = section.select_one("figure.thidua-chart")
    cells = [[td.get_text() for td in tr.find_all(["th", "td"])] for tr in chart.select("table tbody tr")]
    assert [row[:3] for row in cells] == [["2023", "giảm 1%", "giảm 1,2%"], ["2024", "giảm 0,6%", "giảm 0,6%"]]
    compare = section.select_one("p.td-more a")
    assert resolve(locality, compare["href"])[0] == indicator_url("ty-le-ho-ngheo")
    assert soup.select_one(".td-illustrative")  # the 2023 figures are illustrative


def test_a_year_with_many_localities_is_charted_in_parts(illustrative):
    from dataclasses import replace

    from thidua.site.context import SiteContext
    from thidua.site.indicator_pages import MAX_BARS, Locality, chart_groups

    pages = {p.url: p for p in build_pages(illustrative, SiteOptions())}
    [row] = [r for r in pages[indicator_year_url("ty-le-ho-ngheo", 2024)].context["rows"]
             if r.locality.name == "Huyện Chi Lăng"]
    many = [
        replace(row, locality=Locality(f"Xã Số {province[-1]}{n:03}", None, None, province, "cấp xã"))
        for province, count in (("Tỉnh A", MAX_BARS + 5), ("Tỉnh B", 3))
        for n in range(count)
    ]
    [group] = chart_groups(SiteContext(illustrative, SiteOptions()), illustrative.indicators["ty-le-ho-ngheo"], many, "p")
    assert [(chart.title.split("(%)")[1], len(chart.rows)) for chart in group.charts] == [
        (", phần 1/2", MAX_BARS), (", phần 2/2", 8),
    ]
    assert len({chart.chart_id for chart in group.charts}) == 2


def test_page_says_why_figures_are_charted_apart(built_site):
    text = page(built_site, indicator_year_url("thu-ngan-sach", 2024)).get_text(" ")
    assert "mỗi cách có biểu đồ riêng, vì không thể đặt chung trên một trục" in " ".join(text.split())


def test_index_is_in_the_site_navigation(built_site):
    home = page(built_site, "")
    tabs = [(a.get_text(strip=True), a["href"]) for a in home.select("nav a.md-tabs__link")]
    assert ("Chỉ số", "chi-so/") in tabs
    year = indicator_year_url("ty-le-ho-ngheo", 2024)
    for url in (indicator_url("ty-le-ho-ngheo"), year):  # generated pages stay out of the navigation
        assert not [a for a in page(built_site, "").select("nav.md-nav a, nav.md-tabs a")
                    if resolve("", a["href"])[0] == url]
        assert not [a for a in page(built_site, year).select("nav.md-nav a") if resolve(year, a["href"])[0] == url]


def test_published_comparison_pages_hold_no_illustrative_result(published_site, published, illustrative):
    illustrative_reports = [r.report.document.symbol for r in illustrative.reports if r.illustrative]
    assert illustrative_reports
    for html in (published_site / "chi-so").rglob("index.html"):
        text = html.read_text(encoding="utf-8")
        assert "minh họa" not in text.lower(), html
        for symbol in illustrative_reports:
            assert symbol not in text, (html, symbol)
    assert not published.reports  # no real report yet: every row of the published site waits for one
    soup = page(published_site, indicator_year_url("ty-le-ho-ngheo", 2024))
    status = column(soup, "Trạng thái")
    assert {tr.select("td")[status].get_text(" ", strip=True) for tr in table_rows(published_site, "ty-le-ho-ngheo")} == {"… Chưa có số liệu"}
