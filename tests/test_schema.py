"""The JSON Schemas in campaigns/schema/ (used by editors) match the model and accept the real data."""

import datetime
import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from thidua.schema import SCHEMAS, schema_of

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "campaigns"
SCHEMA_DIR = DATA / "schema"
REFERENCE_FILES = {
    "phong-trao.yaml": "movements.schema.json",
    "viet-tat.yaml": "abbreviations.schema.json",
    "don-vi-cu.yaml": "former-units.schema.json",
    "minh-hoa/don-vi-cu.yaml": "former-units.schema.json",
}
CAMPAIGN_FILES = sorted(
    path for path in DATA.rglob("*.yaml")
    if path.parent != DATA and "khen-thuong" not in path.parts and path.parts[len(DATA.parts)] != "minh-hoa"
)


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8")))


def iso_dates(value):
    """yaml.safe_load reads 2024-01-20 as a date; editors and the schema see the text."""
    if isinstance(value, dict):
        return {key: iso_dates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [iso_dates(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def load(path: Path):
    return iso_dates(yaml.safe_load(path.read_text(encoding="utf-8")))


def errors(validator: Draft202012Validator, data) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(data)]


@pytest.mark.parametrize("name", SCHEMAS)
def test_committed_schema_is_up_to_date(name):
    committed = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    assert committed == schema_of(SCHEMAS[name]), f"campaigns/schema/{name} is out of date: run `thidua schema`"


@pytest.mark.parametrize("name", SCHEMAS)
def test_schema_is_valid_draft_2020_12(name):
    Draft202012Validator.check_schema(json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8")))


def test_the_five_seed_campaigns_are_checked():
    assert len(CAMPAIGN_FILES) >= 5


@pytest.mark.parametrize("path", CAMPAIGN_FILES, ids=lambda path: path.relative_to(DATA).as_posix())
def test_campaign_files_validate_against_the_schema(path):
    assert errors(validator("campaign.schema.json"), load(path)) == []


@pytest.mark.parametrize(("file", "schema"), REFERENCE_FILES.items())
def test_reference_lists_validate_against_their_schema(file, schema):
    assert errors(validator(schema), load(DATA / file)) == []


def test_a_broken_campaign_fails_schema_validation():
    data = load(DATA / "phu-tho/2024-ke-hoach-phat-dong-thi-dua.yaml")
    data["trich_yu"] = data.pop("trich_yeu")
    data["nam"] = "hai nghìn"
    data["chi_tieu"][0]["chi_tieu"][0]["gia_tri"][0]["so_lieu"] = "2,147.429"
    found = errors(validator("campaign.schema.json"), data)
    assert any("'trich_yu' was unexpected" in error for error in found)
    assert any("'trich_yeu' is a required property" in error for error in found)
    assert any(error.startswith("nam: 'hai nghìn' is not of type 'integer'") for error in found)
    assert any(error.startswith("chi_tieu/0/chi_tieu/0/gia_tri/0/so_lieu:") for error in found)


def test_schema_accepts_vietnamese_number_strings_and_partial_dates():
    data = load(DATA / "phu-tho/2024-ke-hoach-phat-dong-thi-dua.yaml")
    data["chi_tieu"][0]["chi_tieu"][0]["gia_tri"][0]["so_lieu"] = "2.147,429"
    data["van_ban"]["ngay_ban_hanh"] = "2023-12"
    assert errors(validator("campaign.schema.json"), data) == []


def test_a_broken_movement_list_fails_schema_validation():
    data = load(DATA / "phong-trao.yaml")
    data["phong_trao"][0]["ma"] = "Vì người nghèo"
    found = errors(validator("movements.schema.json"), data)
    assert found and found[0].startswith("phong_trao/0/ma:")
