"""Honored people on locality and campaign pages: the newest few, and a paged list of all of them,
so that no page grows with the number of people a commune or a plan honors."""

import shutil

import pytest

from conftest import ROOT, build_site
from pages import PHU_SON, page
from thidua.site.exemplar_pages import PAGE_SIZE, SHOWN

PEOPLE = 60  # more than SHOWN, and more than one page of the full list
LOCALITY = "dia-phuong/truoc-2025/thanh-hoa/thi-xa-bim-son/phuong-phu-son/"
PERSON = """\
ten: Người Tổng Hợp {n:02d}
loai: ca-nhan
dia_phuong:
  ma: "14823"
nam: 2024
danh_hieu: Giấy khen
quyet_dinh:
  so_ky_hieu: {n}/QĐ-UBND
  ngay: 2024-12-{day:02d}
  co_quan: UBND phường Phú Sơn
thanh_tich: Có thành tích trong phong trào thi đua năm 2024.
ke_hoach: thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The real site built from the real data plus PEOPLE synthetic honored people of Phú Sơn."""
    work = tmp_path_factory.mktemp("honored")
    data = work / "campaigns"
    shutil.copytree(ROOT / "campaigns", data, ignore=shutil.ignore_patterns("minh-hoa"))
    folder = data / "thanh-hoa/thi-xa-bim-son/phuong-phu-son/khen-thuong"
    folder.mkdir()
    for n in range(1, PEOPLE + 1):
        (folder / f"nguoi-tong-hop-{n:02d}.yaml").write_text(PERSON.format(n=n, day=1 + n % 28), encoding="utf-8")
    build_site(work / "site", illustrative=False, data=data)
    return work / "site"


@pytest.mark.parametrize("url", [LOCALITY, PHU_SON])
def test_a_page_shows_the_newest_and_links_to_all(site, url):
    soup = page(site, url)
    section = soup.find(id="khen-thuong").parent if url == PHU_SON else soup
    people = [a.get_text() for a in section.select("a") if a.get_text().startswith("Người Tổng Hợp")]
    assert len(people) == SHOWN
    assert "Người Tổng Hợp 27" in people  # decided on 28 December: among the newest
    more = section.select_one(".td-more a")
    assert more.get_text() == f"Xem cả {PEOPLE} tập thể, cá nhân được khen thưởng"
    assert more["href"] == "khen-thuong/"


@pytest.mark.parametrize("url", [LOCALITY, PHU_SON])
def test_the_full_list_is_paged(site, url):
    first = page(site, url + "khen-thuong/")
    assert len(first.select(".td-exemplar-card")) == PAGE_SIZE
    assert "Tập thể, cá nhân được khen thưởng –" in first.select_one("h1").get_text()
    second = page(site, url + "khen-thuong/trang-2/")
    assert len(second.select(".td-exemplar-card")) == PEOPLE - PAGE_SIZE
    names = {a.get_text() for p in (first, second) for a in p.select(".td-exemplar-card h3 a")}
    assert len(names) == PEOPLE
    assert second.select_one("h1").get_text().endswith(" – trang 2")
    assert second.select_one(".td-breadcrumbs a[href='../']")  # back to the first page of the list
