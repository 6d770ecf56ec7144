"""Open data built with the site: JSON, CSV for Excel, schemas, the Atom feed."""

import csv
import io
import json

import feedparser

from conftest import ROOT, SITE_URL
from thidua.dataset import load_dataset
from thidua.opendata.plans import plan as open_plan
from thidua.opendata.tables import EXEMPLARS, TARGETS, VALUES, exemplar_row, names, plan_rows


def test_targets_csv_opens_in_excel_and_has_one_row_per_target(built_site):
    raw = (built_site / "du-lieu/chi-tieu.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 100
    first = next(r for r in rows if r["nguyen_van"].startswith("Tổng giá trị SXKD"))
    assert (first["ma_dia_phuong"], first["nam"], first["so_lieu"], first["don_vi"]) == ("14823", "2024", "2147.429", "tỷ đồng")
    assert first["linh_vuc"] == "Kinh tế."
    quota = next(r for r in rows if r["nguyen_van"].startswith("15 - 35 tập thể"))
    assert (quota["so_sanh"], quota["tu"], quota["den"], quota["danh_hieu"]) == ("khoang", "15", "35", "Huân chương")


def test_campaigns_json_and_one_file_per_campaign(built_site):
    campaigns = json.loads((built_site / "du-lieu/ke-hoach.json").read_text(encoding="utf-8"))
    assert len(campaigns) == 5
    tung_anh = next(c for c in campaigns if c["dia_phuong"]["ma"] == "18259")
    assert tung_anh["dia_phuong"]["nay_thuoc"][0]["ma"] == "18229"
    assert tung_anh["du_lieu"]["khau_hieu"]
    single = json.loads((built_site / f"du-lieu/ke-hoach/{tung_anh['ma']}.json").read_text(encoding="utf-8"))
    assert single == tung_anh
    assert (built_site / "du-lieu/schema/campaign.schema.json").is_file()
    assert (built_site / f"du-lieu/van-ban/{tung_anh['ma']}.txt").read_text(encoding="utf-8").lstrip().startswith("ỦY BAN NHÂN DÂN")


def test_honored_people_exports(built_site):
    people = json.loads((built_site / "du-lieu/khen-thuong.json").read_text(encoding="utf-8"))
    raw = (built_site / "du-lieu/khen-thuong.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert len(list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))) == len(people) > 0
    assert all(set(p) >= {"ten", "danh_hieu", "so_quyet_dinh", "thanh_tich"} for p in people)
    le_van_mau = next(p for p in people if p["ten"] == "Lê Văn Mẫu")
    assert le_van_mau["thanh_tich"].startswith("Vận động các hộ trong thôn góp công, góp đất")


def test_feed_is_valid_atom_with_absolute_links_under_the_sub_path(built_site):
    feed = feedparser.parse((built_site / "feed.xml").read_bytes())
    assert not feed.bozo
    assert feed.version == "atom10"
    links = [entry.link for entry in feed.entries]
    assert len(links) == 5
    assert all(link.startswith(SITE_URL + "ke-hoach/") for link in links)


def test_every_plan_and_person_links_to_its_page_or_entry(built_site):
    """``duong_dan``: the absolute address of a plan's page, of a person's entry on the page of their
    locality's honors of their year; the national hub links to them."""
    plans = json.loads((built_site / "du-lieu/ke-hoach.json").read_text(encoding="utf-8"))
    people = json.loads((built_site / "du-lieu/khen-thuong.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((built_site / "du-lieu/khen-thuong.csv").read_text(encoding="utf-8-sig"))))
    assert [row["duong_dan"] for row in rows] == [person["duong_dan"] for person in people]
    for plan in plans:
        single = json.loads((built_site / f"du-lieu/ke-hoach/{plan['ma']}.json").read_text(encoding="utf-8"))
        assert single["duong_dan"] == plan["duong_dan"] == f"{SITE_URL}ke-hoach/{plan['ma']}/"
    for item in plans + people:
        address, _, anchor = item["duong_dan"].removeprefix(SITE_URL).partition("#")
        page = built_site / address / "index.html"
        assert page.is_file(), item["duong_dan"]
        assert not anchor or f'id="{anchor}"' in page.read_text(encoding="utf-8"), item["duong_dan"]
    le_van_mau = next(person for person in people if person["ten"] == "Lê Văn Mẫu")
    assert le_van_mau["duong_dan"] == SITE_URL + "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/khen-thuong/2024/#le-van-mau"


def test_without_a_site_address_the_links_are_site_relative():
    dataset = load_dataset(ROOT / "campaigns", include_illustrative=True)
    plan = open_plan(dataset, dataset.campaigns[0], "")
    person = exemplar_row(dataset, dataset.exemplars[0], "", "dia-phuong/x/khen-thuong/2024/#a")
    assert plan.duong_dan == f"ke-hoach/{dataset.campaigns[0].id}/"
    assert person["duong_dan"] == "dia-phuong/x/khen-thuong/2024/#a"


def test_every_row_has_exactly_the_columns_of_its_table():
    """The CSV writer takes each column's cell by name and leaves any other key out: a row's keys
    are its table's columns, no fewer (an error) and no more (lost from the CSV)."""
    dataset = load_dataset(ROOT / "campaigns", include_illustrative=True)
    tables = [
        (TARGETS, [row for record in dataset.campaigns for row in plan_rows(dataset, record)[0]]),
        (VALUES, [row for record in dataset.campaigns for row in plan_rows(dataset, record)[1]]),
        (EXEMPLARS, [exemplar_row(dataset, record, "", "") for record in dataset.exemplars]),
    ]
    for table, rows in tables:
        assert rows and all(set(row) == set(names(table.columns)) for row in rows), table.name
    assert any(not record_target.target.values for record in dataset.campaigns for record_target in record.campaign.iter_targets())
