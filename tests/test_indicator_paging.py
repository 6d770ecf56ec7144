"""No comparison page grows with the data: synthetic plans (tests/bench_site.py) put more rows of
one indicator in one year than a page may hold; every page of the year stays within the bound, in
its rows and its charts, and every row appears exactly once across the pages."""

import math
import posixpath
from collections import Counter, defaultdict

import pytest
from bs4 import BeautifulSoup

from bench_site import write_data
from thidua.dataset import load_dataset
from thidua.render import render_page
from thidua.site.context import SiteContext, SiteOptions
from thidua.site.indicator_pages import MAX_BARS, indicator_pages
from thidua.urls import indicator_url, indicator_year_url

LIMIT = 4  # rows a page; the synthetic data has 5 plans a year, 3 poverty targets each


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    data = tmp_path_factory.mktemp("campaigns")
    write_data(data, 35, reports=True)
    return load_dataset(data)


@pytest.fixture(scope="module")
def pages(dataset):
    return indicator_pages(SiteContext(dataset, SiteOptions()), page_rows=LIMIT)


def naming(dataset) -> Counter:
    """(indicator, year, target address) of every target value naming an indicator, with its count."""
    return Counter(
        (value.indicator, record.campaign.year, f"ke-hoach/{record.id}/#chi-tieu-{entry.target.id}")
        for record in dataset.campaigns
        for entry in record.campaign.iter_targets()
        for value in entry.target.values
        if value.indicator
    )


def resolve(from_url: str, href: str) -> str:
    """The site-relative address a relative link on the page at ``from_url`` lands on."""
    path, _, fragment = href.partition("#")
    return posixpath.normpath(posixpath.join(from_url, path)) + "/#" + fragment


def comparison_pages(pages):
    """The pages of each indicator's years, by (indicator, year)."""
    found = defaultdict(list)
    for page in pages:
        if page.template == "indicator_year.html":
            found[(page.url.split("/")[1], page.context["year"])].append(page)
    return found


def test_a_year_with_more_rows_than_a_page_holds_is_paged(dataset, pages):
    expected = naming(dataset)
    years = comparison_pages(pages)
    crowded = [key for key, found in years.items() if len(found) > 1]
    assert ("ty-le-ho-ngheo", 2024) in crowded
    for (indicator, year), found in years.items():
        first = indicator_year_url(indicator, year)
        assert [p.url for p in found] == [first] + [f"{first}trang-{n}/" for n in range(2, len(found) + 1)]
        shown = Counter()
        for page in found:
            soup = BeautifulSoup(render_page(page), "html.parser")
            rows = soup.select("table.td-compare tbody tr")
            assert 0 < len(rows) <= LIMIT, page.url
            for group in page.context["charts"]:
                assert len(group.charts) <= math.ceil(LIMIT / MAX_BARS), page.url
                assert all(len(chart.rows) <= MAX_BARS for chart in group.charts)
            assert len(soup.select("figure.thidua-chart")) == sum(len(g.charts) for g in page.context["charts"])
            shown.update((indicator, year, resolve(page.url, a["href"]))
                         for a in soup.select("table.td-compare td a[href*='#chi-tieu-']"))
            crumbs = [c.url for c in page.breadcrumbs]
            assert indicator_url(indicator) in crumbs
            assert (first in crumbs) == (page.url != first)  # page 2 on leads back to the year's first page
            if len(found) > 1:
                assert [p["url"] for p in page.context["pages"] if p["current"]] == [page.url]
        assert shown == Counter({key: n for key, n in expected.items() if key[:2] == (indicator, year)})


def test_the_overview_has_one_line_per_year_whatever_the_number_of_rows(dataset, pages):
    overview = next(p for p in pages if p.url == indicator_url("ty-le-ho-ngheo"))
    years = {year for indicator, year, _ in naming(dataset) if indicator == "ty-le-ho-ngheo"}
    assert [line["link"].url for line in overview.context["years"]] == [
        indicator_year_url("ty-le-ho-ngheo", year) for year in sorted(years, reverse=True)]
    soup = BeautifulSoup(render_page(overview), "html.parser")
    assert len(soup.select("table.td-indicator-years tbody tr")) == len(years)
    assert not soup.select("table.td-compare, figure.thidua-chart")
