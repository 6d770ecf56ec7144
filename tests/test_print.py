"""Printing a plan: the site name, the page address and the print date on every printed page;
a one-page summary of each plan with a QR code leading back to it. Real Chromium, PDF text read back."""

import io
import re

import pytest
from pypdf import PdfReader

from accessibility import serious_violations
from conftest import SITE_URL
from pages import CAMPAIGNS, PHU_SON, PHU_THO, page

SITE_NAME = "Phong trào thi đua"


def _pdf_pages(browser, url: str, ready: str | None = None) -> tuple[list[str], str]:
    """Text of each printed A4 page (white space removed: the PDF breaks long lines anywhere), and
    the date of printing as the browser writes it (dd/mm/yyyy); printed once the element at the CSS
    selector ``ready`` is there, if given."""
    tab = browser.new_page()
    tab.goto(url)
    if ready:
        tab.wait_for_selector(ready, state="attached")
    today = tab.evaluate("new Date().toLocaleDateString('en-GB')")
    pdf = PdfReader(io.BytesIO(tab.pdf(format="A4")))
    tab.close()
    return [re.sub(r"\s+", "", p.extract_text()) for p in pdf.pages], today


def test_every_printed_page_carries_site_name_address_and_date(browser, site_url):
    pages, today = _pdf_pages(browser, site_url + PHU_THO)
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4}", today)
    assert len(pages) > 3
    running = re.sub(r"\s+", "", f"{SITE_NAME} – {SITE_URL}{PHU_THO}")
    for number, text in enumerate(pages, 1):
        assert running in text, number
        assert f"Inngày{today}·trang{number}/{len(pages)}" in text


def test_a_missing_page_prints_the_address_it_was_read_at(browser, site_url):
    missing = site_url + "dia-phuong/khong-co/"
    pages, today = _pdf_pages(browser, missing)
    assert len(pages) == 1
    assert re.sub(r"\s+", "", f"{SITE_NAME} – {missing}") in pages[0]
    assert f"Inngày{today}·trang1/1" in pages[0]


def test_printed_search_results_leave_out_the_test_query_set(browser, site_url):
    pages, _ = _pdf_pages(browser, site_url + "tim-kiem/?q=tung+anh", ready=".thidua-page__list[aria-busy=false]")
    printed = "".join(pages)
    assert "XãTùngẢnh" in printed and "test_search_quality" not in printed


@pytest.mark.parametrize("plan", CAMPAIGNS)
def test_summary_prints_on_one_page_with_theme_targets_and_qr(browser, site_url, built_site, plan):
    summary = page(built_site, plan + "tom-tat/")
    assert summary.select_one(".td-summary-qr svg path")
    assert summary.select_one(".td-summary-address").get_text() == SITE_URL + plan
    assert len(summary.select(".td-summary-targets li")) == 5
    first_line = summary.select_one(".td-theme, .td-slogan, .td-summary-targets li").get_text()
    pages, today = _pdf_pages(browser, site_url + plan + "tom-tat/")
    assert len(pages) == 1
    assert re.sub(r"\s+", "", first_line) in pages[0]
    assert re.sub(r"\s+", "", SITE_URL + plan) in pages[0] and today in pages[0]


def test_summary_is_linked_from_the_plan_and_kept_out_of_search(built_site):
    plan = page(built_site, PHU_SON)
    assert plan.find("a", string=re.compile("In tóm tắt"))["href"] == "tom-tat/"
    summary = page(built_site, PHU_SON + "tom-tat/")
    assert summary.select_one("[data-pagefind-body]") is None
    assert summary.find("a", string="Xem toàn văn kế hoạch")["href"] == "../"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_summary_has_no_serious_accessibility_violation(browser, site_url, scheme):
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme)
    tab = context.new_page()
    tab.goto(site_url + PHU_SON + "tom-tat/")
    # The page's content: the header's search button belongs to the search (overrides/partials/search.html).
    serious = serious_violations(tab, ".md-main")
    context.close()
    assert serious == []
