"""Results on the plan page, in headless Chromium on a 360 px phone: a status (text and icon) beside
each reported target, the summary at the top, no serious accessibility violation; and none of it
in the published site, whose data has no real report yet."""

import pytest

from accessibility import serious_violations_at
from conftest import ROOT
from thidua.dataset import load_dataset
from thidua.status import LABELS

PHONE = {"width": 360, "height": 780}
PLAN = "phu-tho/2024-ke-hoach-phat-dong-thi-dua"
PLAN_URL = f"ke-hoach/{PLAN}/"


@pytest.fixture(scope="module")
def reported():
    return load_dataset(ROOT / "campaigns", include_illustrative=True).results(PLAN)


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True, locale="vi-VN")
    yield context.new_page()
    context.close()


def test_each_reported_target_shows_its_status_beside_it_on_a_phone(phone, site_url, reported, test_output):
    phone.goto(site_url + PLAN_URL)
    summary = phone.locator(".td-results-summary")
    assert summary.is_visible()
    assert summary.bounding_box()["y"] < phone.locator("#chi-tieu").bounding_box()["y"]
    assert "Kết quả: 3 chỉ tiêu vượt, 3 đạt, 3 chưa đạt, 7 chưa có số liệu." in summary.inner_text()
    assert "Dữ liệu minh họa" in summary.inner_text()
    for target_id, found in reported.items():
        row = phone.locator(f"#chi-tieu-{target_id}")
        label, icon = LABELS[found.status]
        status = row.locator(".td-status")
        assert status.is_visible(), target_id
        assert status.inner_text().split() == [icon, *label.split()], target_id
        assert found.result.text.replace("*", "") in row.inner_text()
    unreported = phone.locator("#chi-tieu-tong-san-pham-binh-quan .td-status")
    assert unreported.inner_text().endswith("Chưa có số liệu")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    phone.screenshot(path=test_output / "ket-qua-ke-hoach.png", full_page=True)


def test_target_ids_are_the_anchors_of_their_rows(phone, site_url):
    phone.goto(site_url + PLAN_URL + "#chi-tieu-ty-le-do-thi-hoa")
    row = phone.locator("#chi-tieu-ty-le-do-thi-hoa")
    assert "Tỷ lệ đô thị hóa đạt từ 20% trở lên." in row.inner_text()
    assert row.is_visible()


def test_locality_page_lists_the_plan_with_its_summary(phone, site_url):
    phone.goto(site_url + "dia-phuong/truoc-2025/phu-tho/")
    assert "Kết quả: 3 chỉ tiêu vượt, 3 đạt, 3 chưa đạt, 7 chưa có số liệu" in phone.locator(".td-campaign-list").inner_text()


@pytest.mark.parametrize("url", [PLAN_URL, "ke-hoach/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua/"])
def test_no_serious_accessibility_violations_with_results(browser, site_url, url):
    assert serious_violations_at(browser, site_url + url) == []


def test_published_site_has_no_illustrative_results(published_site):
    for page in (published_site / "ke-hoach").rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        assert "td-results-summary" not in html and "td-status" not in html, page
        assert 'id="chi-tieu-' in html or "td-targets" not in html, page
    values = (published_site / "du-lieu/gia-tri.csv").read_text(encoding="utf-8-sig")
    assert ",ket-qua," not in values and "minh họa" not in values
