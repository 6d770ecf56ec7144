"""Comparison pages (chi-so/ and chi-so/<ma>/), read from the real site built from the real data:
every indicator listed, every target naming one in its table, links that land on the target,
charts that never put two kinds of figure on one axis, and no illustrative result when published."""

import posixpath
from collections import Counter
from decimal import Decimal

import pytest

from conftest import ROOT
from pages import page
from thidua.dataset import load_dataset
from thidua.site.build import build_pages
from thidua.site.context import SiteOptions
from thidua.urls import INDICATORS_URL, indicator_url

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
        rows = page(site, indicator_url(indicator_id)).select("table.td-compare tbody tr")
        assert len(rows) == count, indicator_id


def test_table_links_land_on_the_target_row_of_the_plan(built_site, illustrative):
    checked = 0
    for indicator_id in naming(illustrative):
        url = indicator_url(indicator_id)
        soup = page(built_site, url)
        for row in soup.select("table.td-compare tbody tr"):
            plan_link = row.select("td")[column(soup, "Chỉ tiêu")].find("a")
            target, anchor = resolve(url, plan_link["href"])
            assert anchor.startswith("chi-tieu-"), plan_link["href"]
            landed = page(built_site, target).find(id=anchor)
            assert landed is not None and landed.name == "tr", (url, plan_link["href"])
            checked += 1
    assert checked == sum(naming(illustrative).values())


def test_every_target_naming_an_indicator_links_to_its_comparison_page(built_site, illustrative):
    for record in illustrative.campaigns:
        plan_url = f"ke-hoach/{record.id}/"
        soup = page(built_site, plan_url)
        for entry in record.campaign.iter_targets():
            named = {v.indicator for v in entry.target.values if v.indicator}
            row = soup.find(id=f"chi-tieu-{entry.target.id}")
            links = {resolve(plan_url, a["href"])[0] for a in row.select("a.td-compare-link")}
            assert links == {indicator_url(i) for i in named}, (record.id, entry.target.id)
            for link in links:
                assert (built_site / link / "index.html").is_file()


def test_rows_show_status_in_words_and_the_report(built_site):
    soup = page(built_site, indicator_url("ty-le-ho-ngheo"))
    rows = {
        " ".join(tr.select("td")[0].get_text(" ").split()) + " " + tr.select("td")[1].get_text(strip=True):
        [" ".join(td.get_text(" ").split()) for td in tr.select("td")]
        for tr in soup.select("table.td-compare tbody tr")
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
    soup = page(built_site, indicator_url("ty-le-tham-gia-bhyt"))
    rows = soup.select("table.td-compare tbody tr")
    for name, attribute in (("province", "data-province"), ("level", "data-level")):
        select = soup.select_one(f"select[data-filter={name}]")
        assert soup.select_one(f"label[for={select['id']}]").get_text(strip=True)
        options = [o.get_text() for o in select.select("option")][1:]
        assert sorted(options) == sorted({row[attribute] for row in rows})


def test_charts_compare_only_one_kind_of_figure_in_one_unit(illustrative):
    pages = {p.url: p for p in build_pages(illustrative, SiteOptions())}
    poverty = pages[indicator_url("ty-le-ho-ngheo")].context
    assert poverty["split"] == "mức giảm (%), mức đạt (%)"
    [group] = poverty["charts"]  # one level figure alone (Phú Sơn 2024) makes no chart
    assert group.heading == "Tỷ lệ hộ nghèo: mức giảm (%)"
    [year] = group.comparisons
    assert [(r.label, r.planned, r.achieved) for r in year.rows] == [
        ("Huyện Chi Lăng", Decimal(3), Decimal("2.4")), ("Xã Tùng Ảnh", Decimal("0.6"), Decimal("0.6")),
    ]
    assert not year.lower_is_better  # a bigger cut is the better one
    [series] = group.series
    assert [(r.label, r.planned_text, r.achieved_text, r.status) for r in series.rows] == [
        ("2023", "giảm 1%", "giảm 1,2%", "vuot"), ("2024", "giảm 0,6%", "giảm 0,6%", "dat"),
    ]
    assert f'id="{series.chart_id}"' in series.markup
    revenue = pages[indicator_url("thu-ngan-sach")].context
    units = [group.heading for group in revenue["charts"]]
    assert len(units) == len(set(units)) >= 2
    assert revenue["split"] == "mức đạt (triệu đồng), mức đạt (tỷ đồng), mức đạt (đồng)"


def test_a_year_with_many_localities_is_charted_by_province_in_parts(illustrative):
    from dataclasses import replace

    from thidua.site.indicator_pages import MAX_BARS, Locality, chart_groups

    pages = {p.url: p for p in build_pages(illustrative, SiteOptions())}
    [row] = [r for r in pages[indicator_url("ty-le-ho-ngheo")].context["rows"] if r.locality.name == "Huyện Chi Lăng"]
    many = [
        replace(row, locality=Locality(f"Xã Số {n:03}", None, None, province, "cấp xã"))
        for province, count in (("Tỉnh A", MAX_BARS + 5), ("Tỉnh B", 3))
        for n in range(count)
    ]
    [group] = chart_groups(illustrative.indicators["ty-le-ho-ngheo"], many)
    assert [(chart.title.split("năm 2024")[1], len(chart.rows)) for chart in group.comparisons] == [
        (", Tỉnh A, phần 1/2", MAX_BARS), (", Tỉnh A, phần 2/2", 5), (", Tỉnh B", 3),
    ]


def test_page_says_why_figures_are_charted_apart(built_site):
    text = page(built_site, indicator_url("thu-ngan-sach")).get_text(" ")
    assert "mỗi cách có biểu đồ riêng, vì không thể đặt chung trên một trục" in " ".join(text.split())


def test_index_is_in_the_site_navigation(built_site):
    home = page(built_site, "")
    tabs = [(a.get_text(strip=True), a["href"]) for a in home.select("nav a.md-tabs__link")]
    assert ("Chỉ số", "chi-so/") in tabs


def test_published_comparison_pages_hold_no_illustrative_result(published_site, published, illustrative):
    illustrative_reports = [r.report.document.symbol for r in illustrative.reports if r.illustrative]
    assert illustrative_reports
    for html in (published_site / "chi-so").rglob("index.html"):
        text = html.read_text(encoding="utf-8")
        assert "minh họa" not in text.lower(), html
        for symbol in illustrative_reports:
            assert symbol not in text, (html, symbol)
    assert not published.reports  # no real report yet: every row of the published site waits for one
    soup = page(published_site, indicator_url("ty-le-ho-ngheo"))
    status = column(soup, "Trạng thái")
    assert {tr.select("td")[status].get_text(" ", strip=True) for tr in soup.select("table.td-compare tbody tr")} == {"… Chưa có số liệu"}
