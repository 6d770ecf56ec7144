"""Page models are typed objects that carry every decision; tested without rendering HTML."""

import pytest

from conftest import ROOT
from thidua.dataset import load_dataset
from thidua.site.campaign_page import SECTIONS, campaign_page
from thidua.site.context import SiteContext, SiteOptions
from thidua.site.home_page import home_page
from thidua.site.locality_pages import no_plans, plan_sections, reform_note
from thidua.site.locality_plans import LocalityPlans, plans_of
from thidua.site.page import Page

CHI_LANG = "lang-son/huyen-chi-lang/2024-phat-dong-thi-dua"
PHU_SON = "thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua"
QUYET_THANG = "son-la/thanh-pho-son-la/phuong-quyet-thang/2022-ke-hoach-phat-dong-thi-dua"


@pytest.fixture(scope="module")
def site() -> SiteContext:
    return SiteContext(load_dataset(ROOT / "campaigns"), SiteOptions())


def _current(site, name):
    return next(u for u in site.localities.units.values() if u.era == "current" and u.name == name)


def test_a_commune_of_today_lists_the_plan_of_the_former_district_that_covered_it(site):
    commune = _current(site, "Xã Chi Lăng")
    plans = plans_of(site.localities, commune)
    assert [c.unit.name for c in plans.covering] == ["Huyện Chi Lăng"]
    assert [r.id for r in plans.covering[0].campaigns] == [CHI_LANG]
    assert plans.count == 1
    section = plan_sections(site, commune, plans)[0]
    assert section.heading == "Kế hoạch của Huyện Chi Lăng (cấp huyện)"
    assert "Trước ngày 01/7/2025, địa bàn nay thuộc Xã Chi Lăng nằm trong Huyện Chi Lăng" in section.note


def test_a_commune_of_today_lists_the_plans_of_the_communes_merged_into_it(site):
    plans = plans_of(site.localities, _current(site, "Phường Quang Trung"))
    assert [r.id for r in plans.absorbed] == [PHU_SON]
    assert plans.own == [] and plans.covering == [] and plans.count == 1


def test_a_province_of_today_counts_the_plans_of_the_former_units_in_its_area(site):
    plans = plans_of(site.localities, _current(site, "Tỉnh Lạng Sơn"))
    assert [r.id for r in plans.below] == [CHI_LANG] and plans.count == 1


def test_a_province_that_kept_its_borders_is_not_formed_from_itself(site):
    note = reform_note(site, _current(site, "Tỉnh Thanh Hóa"))
    assert "hình thành" not in note.text and "giữ nguyên" in note.text
    merged = reform_note(site, _current(site, "Tỉnh Phú Thọ"))
    assert merged.text == "Tỉnh Phú Thọ hình thành từ ngày 01/7/2025 trên cơ sở:"
    assert [u.title for u in merged.units] == ["Tỉnh Hòa Bình", "Tỉnh Phú Thọ", "Tỉnh Vĩnh Phúc"]


def test_a_page_without_plans_points_to_the_nearest_level_with_some(site):
    plans = {key: plans_of(site.localities, unit) for key, unit in site.localities.units.items()}
    for unit in site.localities.units.values():
        note = no_plans(site, unit, plans)
        assert (note is None) == (plans[unit.key].count > 0)
        if note:
            assert note.nearest.url and unit.name in note.text


def test_a_unit_without_plans_says_so_and_links_the_nearest_level_with_some(site):
    commune, province = _current(site, "Xã Chi Lăng"), _current(site, "Tỉnh Lạng Sơn")
    plans = {commune.key: LocalityPlans(), province.key: plans_of(site.localities, province)}
    note = no_plans(site, commune, plans)
    assert note.text.startswith("Chưa có kế hoạch thi đua nào của Xã Chi Lăng")
    assert note.nearest.title == "Tỉnh Lạng Sơn" and note.nearest.url == "dia-phuong/lang-son/"
    assert note.nearest.note == "1 kế hoạch"


def _campaign(site, campaign_id) -> Page:
    return campaign_page(site, site.dataset.campaign(campaign_id))


def test_plan_summary_has_the_theme_or_else_the_title_and_the_first_targets(site):
    summary = _campaign(site, PHU_SON).context["summary"]
    assert summary.themes and summary.lead is None
    assert [row.label for row in summary.headline] == ["a.", "-", "-"]
    assert [link.title for link in summary.today] == ["Phường Quang Trung"]
    assert summary.today[0].note == "Tỉnh Thanh Hóa"
    untitled = _campaign(site, QUYET_THANG).context["summary"]
    assert untitled.themes == [] and untitled.lead


def test_plan_period_and_phase_dates_are_written_out_in_python(site):
    context = _campaign(site, CHI_LANG).context
    assert context["period"].startswith("01/2024 – 31/12/2024: ")
    phases = _campaign(site, "phu-tho/2024-ke-hoach-phat-dong-thi-dua").context["phases"]
    assert all(phase.heading for phase in phases) and phases[0].dates


def test_table_of_contents_links_only_sections_the_plan_has(site):
    context = _campaign(site, PHU_SON).context
    anchors = [entry.url[1:] for entry in context["toc"]]
    assert anchors[0] == "mo-dau" and "chi-tieu" in anchors and "thong-tin-van-ban" in anchors
    assert "tieu-chuan" not in anchors  # Phú Sơn's plan has no award criteria
    assert set(anchors) <= {anchor for anchor, _, _ in SECTIONS}


def test_last_update_is_written_the_vietnamese_way():
    page = Page(url="x/", title="x", template="x.html", context={}, updated="2026-11-23")
    assert page.updated_text == "23/11/2026"


def test_the_home_page_shows_the_themes_of_the_newest_year_that_has_any(site):
    themes = home_page(site).context["themes"]
    assert themes.year == 2024 and themes.url == "chu-de-khau-hieu/2024/"
    assert [c.place for c in themes.campaigns] == [
        "Tỉnh Phú Thọ", "Huyện Chi Lăng, Tỉnh Lạng Sơn", "Phường Phú Sơn, Thị xã Bỉm Sơn, Tỉnh Thanh Hóa",
    ]
    assert all(c.theme for c in themes.campaigns)
