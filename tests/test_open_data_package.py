"""Open data for analysts: datapackage.json validates with frictionless (types, keys), every file is
described, the JSON files follow their published JSON Schemas, and one deterministic ZIP with a manifest."""

import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import frictionless
from jsonschema import Draft202012Validator

from conftest import ROOT, build_site
from thidua.dataset import load_dataset

TYPES = {"string", "integer", "number", "boolean"}
NOT_DATA = {"index.html", "manifest.json", "du-lieu.zip"}  # the data page itself; the archive and its manifest


def package(site: Path) -> dict:
    return json.loads((site / "du-lieu/datapackage.json").read_text(encoding="utf-8"))


def report_errors(report: frictionless.Report) -> list:
    return report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])


def test_package_validates_with_frictionless(built_site):
    report = frictionless.validate(built_site / "du-lieu/datapackage.json")
    assert report.valid, report_errors(report)
    rows = {task.name: task.stats["rows"] for task in report.tasks if task.type == "table"}
    assert set(rows) == {"chi-tieu", "gia-tri", "khen-thuong"} and all(rows.values())
    descriptor = package(built_site)
    assert descriptor["profile"] == "data-package" and descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert descriptor["title"].startswith("Phong trào thi đua")


def test_the_published_package_validates_too(published_site):
    """Without illustrative data (the public build): no illustrative row, still valid."""
    report = frictionless.validate(published_site / "du-lieu/datapackage.json")
    assert report.valid, report_errors(report)
    rows = frictionless.Package(published_site / "du-lieu/datapackage.json").get_resource("gia-tri").read_rows()
    assert rows and not any(row["minh_hoa"] for row in rows)


def test_a_value_of_an_unknown_target_breaks_the_foreign_key(built_site, tmp_path):
    folder = shutil.copytree(built_site / "du-lieu", tmp_path / "du-lieu")
    values = folder / "gia-tri.csv"
    text = values.read_text(encoding="utf-8-sig")
    header, first, rest = text.split("\n", 2)
    plan, target, others = first.split(",", 2)
    values.write_text("\n".join([header, f"{plan},khong-co-chi-tieu-nay,{others}", rest]), encoding="utf-8-sig")
    report = frictionless.validate(folder / "datapackage.json")
    assert [error[3] for error in report_errors(report)] == ["foreign-key"]


def test_every_exported_file_is_described(built_site):
    folder = built_site / "du-lieu"
    files = {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}
    described = {resource["path"] for resource in package(built_site)["resources"]}
    assert files - NOT_DATA - {"datapackage.json"} == described
    assert {"ke-hoach.json", "khen-thuong.json", "schema/xuat/ke-hoach.schema.json", "schema/campaign.schema.json"} <= described
    assert any(path.startswith("van-ban/") for path in described) and any(path.startswith("ke-hoach/") for path in described)


def test_every_column_of_every_csv_is_typed_and_described(built_site):
    """A column written to a CSV but missing from (or misplaced in) its Table Schema fails here."""
    tables = [r for r in package(built_site)["resources"] if r.get("profile") == "tabular-data-resource"]
    assert {table["path"] for table in tables} == {"chi-tieu.csv", "gia-tri.csv", "khen-thuong.csv"}
    for table in tables:
        assert table["encoding"] == "utf-8-sig"
        raw = (built_site / "du-lieu" / table["path"]).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        fields = table["schema"]["fields"]
        assert header == [field["name"] for field in fields], table["path"]
        for field in fields:
            assert field["type"] in TYPES and field["description"].strip(), (table["path"], field)
    keys = {table["name"]: table["schema"] for table in tables}
    assert keys["chi-tieu"]["primaryKey"] == ["ma_ke_hoach", "ma_chi_tieu"]
    assert keys["gia-tri"]["foreignKeys"] == [
        {"fields": ["ma_ke_hoach", "ma_chi_tieu"], "reference": {"resource": "chi-tieu", "fields": ["ma_ke_hoach", "ma_chi_tieu"]}}
    ]


def test_json_files_follow_their_published_json_schemas(built_site):
    folder = built_site / "du-lieu"
    checked = set()
    for resource in package(built_site)["resources"]:
        if "jsonSchema" not in resource:
            continue
        schema = json.loads((folder / resource["jsonSchema"]).read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        data = json.loads((folder / resource["path"]).read_text(encoding="utf-8"))
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in Draft202012Validator(schema).iter_errors(data)]
        assert not errors, (resource["path"], errors[:5])
        checked.add(resource["jsonSchema"])
    assert checked == {f"schema/xuat/{name}.schema.json" for name in ("ke-hoach", "mot-ke-hoach", "khen-thuong")}


def test_the_exported_json_schemas_reject_a_changed_shape(built_site):
    folder = built_site / "du-lieu"
    plans = json.loads((folder / "ke-hoach.json").read_text(encoding="utf-8"))
    people = json.loads((folder / "khen-thuong.json").read_text(encoding="utf-8"))
    plans_schema = Draft202012Validator(json.loads((folder / "schema/xuat/ke-hoach.schema.json").read_text(encoding="utf-8")))
    people_schema = Draft202012Validator(json.loads((folder / "schema/xuat/khen-thuong.schema.json").read_text(encoding="utf-8")))
    del plans[0]["duong_dan"]
    plans[1]["du_lieu"]["cot_moi"] = 1
    people[0]["nam"] = "2024"
    assert len(list(plans_schema.iter_errors(plans))) == 2
    assert [e.validator for e in people_schema.iter_errors(people)] == ["type"]


def test_manifest_lists_every_file_with_size_and_checksum_and_the_zip_holds_them(built_site):
    folder = built_site / "du-lieu"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    paths = [entry["tep"] for entry in manifest["tep"]]
    assert paths == sorted(paths)
    assert set(paths) == {r["path"] for r in package(built_site)["resources"]} | {"datapackage.json"}
    for entry in manifest["tep"]:
        data = (folder / entry["tep"]).read_bytes()
        assert (entry["kich_thuoc"], entry["sha256"]) == (len(data), hashlib.sha256(data).hexdigest()), entry["tep"]
    with zipfile.ZipFile(folder / "du-lieu.zip") as archive:
        assert archive.namelist() == sorted([*paths, "manifest.json"])
        for name in archive.namelist():
            assert archive.read(name) == (folder / name).read_bytes(), name
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_two_builds_of_the_same_data_give_the_same_zip(built_site, tmp_path):
    build_site(tmp_path / "again", illustrative=True)
    assert (tmp_path / "again/du-lieu/du-lieu.zip").read_bytes() == (built_site / "du-lieu/du-lieu.zip").read_bytes()


def test_every_number_of_every_target_value_reads_back_as_a_number(built_site):
    """Through the package, as an analyst reads it: each number of each target value is a typed number
    in gia-tri.csv (the row of its plan, target and position)."""
    resource = frictionless.Package(built_site / "du-lieu/datapackage.json").get_resource("gia-tri")
    rows: dict[tuple, list] = {}
    for row in resource.read_rows():
        if row["loai"] == "chi-tieu":
            rows.setdefault((row["ma_ke_hoach"], row["ma_chi_tieu"]), []).append(row)
    dataset = load_dataset(ROOT / "campaigns")
    checked = 0
    for record in dataset.campaigns:
        for entry in record.campaign.iter_targets():
            written = rows.pop((record.id, entry.target.id), [])
            assert len(written) == len(entry.target.values), (record.id, entry.target.id)
            for value, row in zip(entry.target.values, written):
                for column, number in (("so_lieu", value.value), ("tu", value.low), ("den", value.high), ("tren_tong", value.total)):
                    assert row[column] == number, (record.id, entry.target.id, column)
                    checked += number is not None
    assert not rows and checked > 100


def test_open_data_reads_the_data_set_not_the_page_models():
    code = "import sys, thidua.opendata; print(sorted(m for m in sys.modules if m.startswith('thidua.site')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_the_data_page_offers_the_package_the_archive_and_the_manifest(built_site):
    page = (built_site / "du-lieu/index.html").read_text(encoding="utf-8")
    for name in ("datapackage.json", "du-lieu.zip", "manifest.json", "schema/xuat/ke-hoach.schema.json"):
        assert f'href="{name}"' in page, name
        assert (built_site / "du-lieu" / name).is_file()
