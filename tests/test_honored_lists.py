"""Honored people as entries of stable pages: each person's full entry on the page of their
locality's honors of their year (never paged, no page or card of their own), and on locality and
campaign pages the newest few, linking to those entries, so that no page grows with the number of
people a commune or a plan honors."""

import json
import shutil
from collections import Counter
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import ROOT, SITE_URL, build_site
from pages import PHU_SON, page
from thidua.site.exemplar_pages import PAGE_SIZE, SHOWN

PEOPLE = 60  # more than SHOWN, and more than one page of a campaign's full list
LOCALITY = "dia-phuong/truoc-2025/thanh-hoa/thi-xa-bim-son/phuong-phu-son/"
YEAR_PAGE = LOCALITY + "khen-thuong/2024/"
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
thanh_tich: Có thành tích trong phong trào thi đua năm 2024, mã số thành tích tonghop{n:02d}.
ke_hoach: thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua
"""
# A person of Phú Sơn whose data file, in another folder, has the name of one of the PEOPLE's.
TWIN = "thanh-hoa/khen-thuong/nguoi-tong-hop-01.yaml"


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
    (data / TWIN).parent.mkdir()
    (data / TWIN).write_text(PERSON.format(n=99, day=1).replace("Người Tổng Hợp 99", "Người Trùng Tên"), encoding="utf-8")
    build_site(work / "site", illustrative=False, data=data)
    return work / "site"


def target(link: str, on: str) -> tuple[str, str]:
    """(site-relative page URL, fragment) of the link ``link`` on the page at ``on``."""
    parts = urlsplit(urljoin(SITE_URL + on, link))
    return parts.path.removeprefix(urlsplit(SITE_URL).path), parts.fragment


def test_the_year_page_holds_every_person_once_with_their_full_entry(site):
    soup = page(site, YEAR_PAGE)
    ids = [section.h2["id"] for section in soup.select("section.td-honored")]
    assert len(ids) == PEOPLE + 1 and len(set(ids)) == len(ids)
    assert soup.h1.get_text() == "Khen thưởng năm 2024 – Phường Phú Sơn"
    # The newest decision first (28 December: numbers 27 and 55), then by name.
    assert ids[:4] == ["nguoi-tong-hop-27", "nguoi-tong-hop-55", "nguoi-tong-hop-26", "nguoi-tong-hop-54"]
    entry = soup.find("h2", id="nguoi-tong-hop-27").parent
    text = " ".join(entry.get_text(" ").split())
    for fact in ("Người Tổng Hợp 27", "Cá nhân", "Giấy khen", "Số 27/QĐ-UBND", "ngày 28 tháng 12 năm 2024",
                 "UBND phường Phú Sơn", "Phường Phú Sơn, Thị xã Bỉm Sơn, Tỉnh Thanh Hóa", "mã số thành tích tonghop27"):
        assert fact in text
    assert target(entry.find("a", string="PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2024")["href"], YEAR_PAGE) == (PHU_SON, "")
    assert entry.select_one(".td-page-meta a")["href"].endswith(
        "campaigns/thanh-hoa/thi-xa-bim-son/phuong-phu-son/khen-thuong/nguoi-tong-hop-27.yaml")


def test_two_people_of_one_page_with_one_file_name_get_two_ids(site):
    soup = page(site, YEAR_PAGE)
    ids = {soup.find("h2", string=name)["id"] for name in ("Người Trùng Tên", "Người Tổng Hợp 01")}
    # The first file id (in order) keeps the file's name; the other, its whole file id.
    assert ids == {"nguoi-tong-hop-01", "thanh-hoa-thi-xa-bim-son-phuong-phu-son-khen-thuong-nguoi-tong-hop-01"}


@pytest.mark.parametrize("url", [LOCALITY, PHU_SON])
def test_a_page_shows_the_newest_linking_to_their_entries(site, url):
    soup = page(site, url)
    section = soup.find(id="khen-thuong").parent if url == PHU_SON else soup
    people = {a.get_text(): a["href"] for a in section.select("li a") if a.get_text().startswith("Người Tổng Hợp")}
    assert len(people) == SHOWN
    assert target(people["Người Tổng Hợp 27"], url) == (YEAR_PAGE, "nguoi-tong-hop-27")
    more = section.select_one(".td-more a")
    assert more.get_text() == f"Xem cả {PEOPLE + 1} tập thể, cá nhân được khen thưởng"
    assert more["href"] == "khen-thuong/"


def test_a_locality_overview_lists_its_years_with_their_counts(site):
    soup = page(site, LOCALITY + "khen-thuong/")
    (line,) = [li for li in soup.select("article li") if not li.find_parent("nav")]
    assert " ".join(line.get_text(" ").split()) == f"Năm 2024 – {PEOPLE + 1} tập thể, cá nhân"
    assert target(line.a["href"], LOCALITY + "khen-thuong/") == (YEAR_PAGE, "")
    assert page(site, YEAR_PAGE).select(".td-breadcrumbs a")[-1]["href"] == "../"  # back to the overview


def test_a_campaigns_full_list_is_paged_and_links_to_the_entries(site):
    first = page(site, PHU_SON + "khen-thuong/")
    assert len(first.select(".td-exemplar-card")) == PAGE_SIZE
    second = page(site, PHU_SON + "khen-thuong/trang-2/")
    links = [(a.get_text(), target(a["href"], PHU_SON + "khen-thuong/trang-2/")) for a in second.select(".td-exemplar-card h3 a")]
    assert len(links) == PEOPLE + 1 - PAGE_SIZE
    assert all(at[0] == YEAR_PAGE and at[1] for _, at in links)


def test_no_person_has_a_page_or_a_card(site):
    written = [path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()]
    gallery = [path for path in written if path.startswith("khen-thuong/")]
    assert gallery and all(path.endswith("index.html") and path.count("/") <= 3 for path in gallery)  # pages of the list
    assert not [path for path in written if "/khen-thuong/2024/" in path and not path.endswith("/2024/index.html")]
    assert not any("nguoi-tong-hop" in path for path in written)
    assert "nguoi-tong-hop" not in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_gallery_open_data_and_feed_lead_to_an_existing_entry(site):
    pages: dict[str, set[str]] = {}

    def exists(url: str, fragment: str) -> bool:
        if url not in pages:
            pages[url] = {element["id"] for element in page(site, url).select("[id]")} if (site / url / "index.html").is_file() else set()
        return fragment in pages[url]

    people = json.loads((site / "du-lieu" / "khen-thuong.json").read_text(encoding="utf-8"))
    addresses = [person["duong_dan"].removeprefix(SITE_URL) for person in people]
    assert len(addresses) == len(set(addresses)) == PEOPLE + 1
    assert all(exists(*address.split("#")) for address in addresses)
    gallery = [target(a["href"], "khen-thuong/") for a in page(site, "khen-thuong/").select(".td-exemplar-card h3 a")]
    assert len(gallery) == PAGE_SIZE and all(exists(*at) for at in gallery)
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert Counter(f"{SITE_URL}{a}" in feed for a in addresses)[True] >= 40  # the feed's newest 50, plans among them
