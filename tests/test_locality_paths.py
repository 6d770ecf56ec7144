"""Counts and paths that are true: every count of plans equals what the linked page lists, and a
citizen reaches a plan for their commune in three taps from the home page."""

import posixpath
import re

from pages import main_text, page

COUNT = re.compile(r"–\s*(\d[\d.]*) kế hoạch( tham gia)?$")


def _follow(url: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(url, href)).lstrip("./") + "/"


def _plans_listed(soup) -> set[str]:
    """The plans a page lists: its links to plan pages (breadcrumbs aside)."""
    return {a["href"] for a in soup.select("article a[href*='ke-hoach/']") if not a.find_parent(class_="td-breadcrumbs")}


def _locality_pages(site):
    """Every unit's page (not the indexes, not the lists of honored people)."""
    return [p.parent.relative_to(site).as_posix() + "/" for p in (site / "dia-phuong").rglob("index.html")
            if "khen-thuong" not in p.parts and p.parent.name not in ("dia-phuong", "truoc-2025")]


def test_every_count_of_plans_is_what_the_linked_page_lists(built_site):
    checked = 0
    for path in built_site.rglob("index.html"):
        url = path.parent.relative_to(built_site).as_posix() + "/"
        url = "" if url == "./" else url
        for li in page(built_site, url).select("article li"):
            match = COUNT.search(" ".join(li.get_text(" ").split()))
            link = li.find("a", href=True)
            if match and link:
                target = page(built_site, _follow(url, link["href"]))
                assert int(match[1].replace(".", "")) == len(_plans_listed(target)), (url, link.get_text())
                checked += 1
    assert checked > 25


def test_no_locality_page_is_a_dead_end(built_site):
    for url in _locality_pages(built_site):
        soup = page(built_site, url)
        note = soup.select_one(".td-no-plans")
        assert bool(_plans_listed(soup)) != bool(note), url
        if note:
            assert note.find("a", href=True), url


def test_a_plan_for_every_commune_in_three_taps_from_the_home_page(built_site):
    home = page(built_site, "")
    provinces = [a for a in home.select("article a[href*='dia-phuong/']") if a.get_text().startswith("Tỉnh")]
    assert {a.get_text() for a in provinces} >= {"Tỉnh Thanh Hóa", "Tỉnh Sơn La", "Tỉnh Hà Tĩnh", "Tỉnh Phú Thọ", "Tỉnh Lạng Sơn"}
    for province_link in provinces:
        province_url = _follow("", province_link["href"])
        province = page(built_site, province_url)
        communes = [a for a in province.select("article li a[href]")
                    if not a.find_parent(class_=["td-breadcrumbs", "td-reform", "td-former", "td-plans"])
                    and "khen-thuong" not in a["href"]]
        assert _plans_listed(province) or communes, province_url
        for commune_link in communes:
            commune = page(built_site, _follow(province_url, commune_link["href"]))
            assert _plans_listed(commune), commune_link.get_text()


def test_lang_son_communes_show_the_district_plan_that_covered_them(built_site):
    text = main_text(page(built_site, "dia-phuong/lang-son/xa-chi-lang/"))
    assert "Kế hoạch của Huyện Chi Lăng (cấp huyện)" in text
    assert "Phát động thi đua năm 2024 – Huyện Chi Lăng" in text


def test_province_pages_list_their_former_units_with_data(built_site):
    former = page(built_site, "dia-phuong/thanh-hoa/").select_one("details.td-former")
    assert "details" == former.name and not former.has_attr("open")
    names = [a.get_text() for a in former.select("a")]
    assert "Phường Phú Sơn, Thị xã Bỉm Sơn, Tỉnh Thanh Hóa" in names
    assert "nay thuộc Phường Quang Trung" in former.get_text()
    assert "hình thành từ ngày 01/7/2025 trên cơ sở" not in main_text(page(built_site, "dia-phuong/thanh-hoa/"))
