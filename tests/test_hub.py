"""The national hub (thidua.hub): its list of province sites, the open data it fetches, its pages,
and the checked absolute links between the hub and the province sites."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from hub_sites import HUB, PROVINCES, hub_file
from thidua.hub import fetch
from thidua.hub.fetch import FOLDER, fetch_all
from thidua.hub.opendata import OpenPlan
from thidua.hub.pages import hub_pages
from thidua.hub.sites import LOCAL_FOLDERS_VARIABLE, load_sites
from thidua.layout import HUB_FILE
from thidua.urls import INDICATORS_URL
from thidua.hub.fetch import ProvinceData
from thidua.hub.model import ProvinceSite
from thidua.problems import DataError
from thidua.register import load_register

ROOT = Path(__file__).resolve().parent.parent
THANH_HOA = {"ten": "Thanh Hóa", "ma": "38", "dia_chi": "https://example.org/thidua-thanh-hoa/"}
HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture(autouse=True)
def local_folders(monkeypatch):
    """These tests read province sites from local folders (``thu_muc``), which the build allows
    only when asked (tests/test_hub_local_folder.py)."""
    monkeypatch.setenv(LOCAL_FOLDERS_VARIABLE, "1")


def problems_of(folder: Path, text: str) -> list[str]:
    (folder / HUB_FILE).write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_sites(folder, Path("campaigns"), load_register())
    return [str(problem) for problem in raised.value.problems]


# The list of province sites ----------------------------------------------------------------


def test_wrong_code_and_name_are_located_with_the_fix(tmp_path):
    found = problems_of(tmp_path, hub_file([{**THANH_HOA, "ma": "42"}, {**THANH_HOA, "ma": "99", "dia_chi": "https://x.org/a/"}]))
    assert found == [
        "campaigns/trung-tam.yaml:2:5: mã “42” là của Tỉnh Hà Tĩnh, không phải “Thanh Hóa” — Gợi ý: ghi ten: Hà Tĩnh, hoặc sửa mã tỉnh",
        "campaigns/trung-tam.yaml:6:5: không có đơn vị hành chính mã “99” trong danh mục từ ngày 01/7/2025"
        " — Gợi ý: kiểm tra lại mã và thời kỳ của đơn vị (trước hay từ ngày 01/7/2025)",
    ]


def test_an_address_without_its_last_slash_and_a_repeated_site_are_refused(tmp_path):
    found = problems_of(tmp_path, hub_file([{**THANH_HOA, "dia_chi": "https://example.org/thidua"}]))
    assert len(found) == 1 and found[0].startswith("campaigns/trung-tam.yaml:4:5: “dia_chi”: ")
    assert "kết thúc bằng /" in found[0]
    found = problems_of(tmp_path, hub_file([THANH_HOA, THANH_HOA]))
    assert found == [
        "campaigns/trung-tam.yaml:6:5: “38” đã có ở dòng 3 — Gợi ý: mỗi tỉnh chỉ ghi một lần",
        "campaigns/trung-tam.yaml:7:5: “https://example.org/thidua-thanh-hoa/” đã có ở dòng 4 — Gợi ý: mỗi tỉnh chỉ ghi một lần",
    ]


def test_validate_command_checks_the_hub_file(tmp_path):
    for name in ("phong-trao.yaml", "viet-tat.yaml", "chi-so.yaml", "don-vi-cu.yaml"):
        (tmp_path / name).write_bytes((ROOT / "campaigns" / name).read_bytes())
    (tmp_path / HUB_FILE).write_text(hub_file([{**THANH_HOA, "ten": "Thanh Hoa"}]), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "thidua.cli", "validate", str(tmp_path)], capture_output=True, text=True)
    assert run.returncode == 1
    where = os.path.relpath(tmp_path / HUB_FILE)  # the command names the data folder from where it runs
    assert run.stdout.startswith(f"{where}:2:5: mã “38” là của Tỉnh Thanh Hóa, không phải “Thanh Hoa”")


# Fetching the open data --------------------------------------------------------------------


def fetch_problems(sites: list[dict], base: Path) -> list[str]:
    (base / HUB_FILE).write_text(hub_file(sites), encoding="utf-8")
    source, listed = load_sites(base, Path("campaigns"), load_register())
    with pytest.raises(DataError) as raised:
        fetch_all(source, listed, base)
    return [str(problem) for problem in raised.value.problems]


def published(folder: Path, plans: list[dict], people: list[dict] | str = "[]") -> Path:
    (folder / "du-lieu").mkdir(parents=True)
    (folder / "du-lieu" / "ke-hoach.json").write_text(json.dumps(plans), encoding="utf-8")
    (folder / "du-lieu" / "khen-thuong.json").write_text(people if isinstance(people, str) else json.dumps(people), encoding="utf-8")
    return folder


def plan(address: str, year: int = 2024, number: int = 1) -> dict:
    return {
        "ma": f"thanh-hoa/ke-hoach-{number}",
        "dia_phuong": {"ten": "Phường Phú Sơn, Thị xã Bỉm Sơn, Tỉnh Thanh Hóa"},
        "du_lieu": {"van_ban": {"loai_van_ban": "KẾ HOẠCH", "ngay_ban_hanh": f"{year}-01"}, "nam": year, "chu_de": [f"Chủ đề {number}"]},
        "duong_dan": f"{address}ke-hoach/thanh-hoa/ke-hoach-{number}/",
    }


def test_missing_folder_invalid_json_and_foreign_links_are_located(tmp_path):
    address = THANH_HOA["dia_chi"]
    published(tmp_path / "bad-json", [plan("https://example.org/b/")], people="[{")
    published(tmp_path / "foreign", [plan("https://elsewhere.org/")])
    found = fetch_problems([
        {**THANH_HOA, "thu_muc": "khong-co"},
        {**THANH_HOA, "ma": "42", "ten": "Hà Tĩnh", "dia_chi": "https://example.org/b/", "thu_muc": "bad-json"},
        {**THANH_HOA, "ma": "01", "ten": "Hà Nội", "dia_chi": address + "c/", "thu_muc": "foreign"},
    ], tmp_path)
    assert found[0] == (
        f"campaigns/trung-tam.yaml:5:5: trang Thanh Hóa: không có tệp {tmp_path}/khong-co/du-lieu/ke-hoach.json"
        " — Gợi ý: ghi thu_muc là thư mục chứa bản đã xây của trang tỉnh (có du-lieu/)"
    )
    assert found[1].startswith(f"campaigns/trung-tam.yaml:9:5: trang Hà Tĩnh: {tmp_path}/bad-json/du-lieu/khen-thuong.json không phải JSON hợp lệ")
    assert found[2].startswith(f"campaigns/trung-tam.yaml:13:5: trang Hà Nội: {tmp_path}/foreign/du-lieu/ke-hoach.json có đường dẫn https://elsewhere.org/ke-hoach/")
    assert found[2].endswith("— Gợi ý: dia_chi phải đúng địa chỉ trang tỉnh đã xuất bản (site_url của kho tỉnh)")


def test_an_open_data_file_too_large_is_refused_before_it_is_all_read(tmp_path, monkeypatch):
    monkeypatch.setattr(fetch, "MAX_BYTES", 100)
    published(tmp_path / "big", [plan(THANH_HOA["dia_chi"], number=n) for n in range(5)])
    [found] = fetch_problems([{**THANH_HOA, "thu_muc": "big"}], tmp_path)
    assert found == (
        f"campaigns/trung-tam.yaml:5:5: trang Thanh Hóa: tệp {tmp_path}/big/du-lieu/ke-hoach.json quá lớn (hơn 0 MB)"
        " — Gợi ý: kiểm tra tệp dữ liệu mở của trang tỉnh; tệp lớn bất thường thường là tệp hỏng hoặc sai địa chỉ"
    )


def test_open_data_without_page_addresses_asks_for_a_rebuild(tmp_path):
    entry = plan(THANH_HOA["dia_chi"])
    del entry["duong_dan"]
    published(tmp_path / "old", [entry])
    assert fetch_problems([{**THANH_HOA, "thu_muc": "old"}], tmp_path) == [
        f"campaigns/trung-tam.yaml:5:5: trang Thanh Hóa: {tmp_path}/old/du-lieu/ke-hoach.json thiếu hoặc sai trường “0.duong_dan”"
        " — Gợi ý: trang tỉnh cần được xây lại bằng phiên bản mới của công cụ thidua",
    ]


def test_unreachable_and_silent_addresses_fail_with_a_clear_message(tmp_path, monkeypatch):
    closed = socket.socket()  # bound, not listening: connections are refused
    closed.bind(("127.0.0.1", 0))
    silent = socket.socket()  # accepts connections (backlog) and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    refused, quiet = (f"http://127.0.0.1:{s.getsockname()[1]}/" for s in (closed, silent))
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 1)
    try:
        found = fetch_problems([
            {**THANH_HOA, "dia_chi": refused},
            {**THANH_HOA, "ma": "42", "ten": "Hà Tĩnh", "dia_chi": quiet},
        ], tmp_path)
    finally:
        closed.close()
        silent.close()
    assert found[0].startswith(f"campaigns/trung-tam.yaml:4:5: trang Thanh Hóa: không tải được {refused}du-lieu/ke-hoach.json (")
    assert found[0].endswith("— Gợi ý: mở địa chỉ này trong trình duyệt; nếu trang tỉnh chưa xuất bản hoặc đang bảo trì, xây lại sau")
    assert found[1].startswith(
        f"campaigns/trung-tam.yaml:7:5: trang Hà Tĩnh: không tải được {quiet}du-lieu/ke-hoach.json: quá 1 giây không có trả lời"
    )


# Pages -------------------------------------------------------------------------------------


def test_national_index_of_plans_is_paginated_with_absolute_links():
    address = THANH_HOA["dia_chi"]
    site = ProvinceSite.model_validate(THANH_HOA)
    plans = [OpenPlan.model_validate(plan(address, number=n)) for n in range(120)]
    pages = {page.url: page for page in hub_pages([ProvinceData(site, plans, [])], "campaigns/trung-tam.yaml")}
    assert {"nam/2024/", "nam/2024/trang-2/", "nam/2024/trang-3/"} <= set(pages)
    assert "nam/2024/trang-4/" not in pages
    listed = [c["url"] for page in ("nam/2024/", "nam/2024/trang-2/", "nam/2024/trang-3/")
              for province in pages[page].context["provinces"] for c in province["campaigns"]]
    assert sorted(listed) == sorted(p.url for p in plans)
    assert pages["chu-de-khau-hieu/2024/trang-3/"].title == "Chủ đề và khẩu hiệu thi đua năm 2024 cả nước – trang 3"


# The built hub, from two province sites built from the seed data ---------------------------


def html_files(folder: Path):
    return (path for path in folder.rglob("*.html"))


def test_hub_home_lists_every_province_site(hub_sites):
    home = (hub_sites.folder(HUB) / "index.html").read_text(encoding="utf-8")
    for site, (name, _, _) in PROVINCES.items():
        assert f'<a href="{hub_sites.url(site)}">{name}</a>' in home
    assert "thidua-search-sites" not in home  # only the search page offers a province's own search
    search = (hub_sites.folder(HUB) / "tim-kiem" / "index.html").read_text(encoding="utf-8")
    listed = re.search(r'<script type="application/json" id="thidua-search-sites">(.*?)</script>', search)
    assert json.loads(listed.group(1)) == [
        {"ten": name, "ma": code, "dia_chi": hub_sites.url(site)}
        for site, (name, code, _) in sorted(PROVINCES.items(), key=lambda item: item[1][0])
    ]


def test_every_link_from_the_hub_to_a_province_is_a_page_of_its_open_data(hub_sites):
    published_pages = {}
    for site in PROVINCES:
        folder = hub_sites.folder(site) / "du-lieu"
        entries = json.loads((folder / "ke-hoach.json").read_text()) + json.loads((folder / "khen-thuong.json").read_text())
        published_pages[hub_sites.url(site)] = {entry["duong_dan"] for entry in entries}
    linked = {site: set() for site in published_pages}
    for path in html_files(hub_sites.folder(HUB)):
        for href in HREF.findall(path.read_text(encoding="utf-8")):
            site = next((s for s in published_pages if href.startswith(s)), None)
            if site is not None and href != site:
                assert (hub_sites.www / urlsplit(href).path.lstrip("/") / "index.html").is_file(), href
                if href in (site + INDICATORS_URL, site + FOLDER):  # every province's indicators, open data
                    continue
                assert href in published_pages[site], f"{path}: {href}"
                linked[site].add(href)
    for site, pages in published_pages.items():
        assert linked[site] == pages  # every plan and honored person is listed
    assert any("/khen-thuong/" in href for href in linked[hub_sites.url("thidua-thanh-hoa")])


def test_province_pages_link_to_the_hub_by_its_absolute_address(hub_sites):
    hub = hub_sites.url(HUB)
    for site in PROVINCES:
        for path in html_files(hub_sites.folder(site)):
            text = path.read_text(encoding="utf-8")
            if "md-footer" in text:
                assert f'<a href="{hub}">Trang cả nước' in text, path
    assert "Trang cả nước" not in (hub_sites.folder(HUB) / "index.html").read_text(encoding="utf-8")


def test_hub_shows_themes_slogans_and_honored_people_from_open_data(hub_sites):
    themes = (hub_sites.folder(HUB) / "chu-de-khau-hieu" / "2024" / "index.html").read_text(encoding="utf-8")
    assert "Phường Phú Sơn, Thị xã Bỉm Sơn, Tỉnh Thanh Hóa" in themes
    assert "Xã Tùng Ảnh, Huyện Đức Thọ, Tỉnh Hà Tĩnh" in themes
    people = json.loads((hub_sites.folder("thidua-thanh-hoa") / "du-lieu" / "khen-thuong.json").read_text())
    honored = (hub_sites.folder(HUB) / "khen-thuong" / "index.html").read_text(encoding="utf-8")
    for person in people:
        assert f'<a href="{person["duong_dan"]}">{person["ten"]}</a>' in honored


def test_hub_feed_lists_the_provinces_newest_plans_by_their_page_addresses(hub_sites):
    from xml.etree import ElementTree as ET

    feed = ET.parse(hub_sites.folder(HUB) / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    links = [entry.find(f"{atom}link").get("href") for entry in feed.iter(f"{atom}entry")]
    plans = [
        entry["duong_dan"] for site in PROVINCES
        for entry in json.loads((hub_sites.folder(site) / "du-lieu" / "ke-hoach.json").read_text())
    ]
    assert sorted(links) == sorted(plans)  # the honored people of the seed data are illustrative: left out
    assert feed.find(f"{atom}link[@rel='self']").get("href") == hub_sites.url(HUB) + "feed.xml"
