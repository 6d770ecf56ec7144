"""Open-data exports written beside the site: JSON, CSV (UTF-8 with BOM for Excel), schemas, feed.

All under ``du-lieu/`` (documented on the data page, docs/du-lieu.md):
ke-hoach.json, ke-hoach/<id>.json, chi-tieu.csv, khen-thuong.csv, khen-thuong.json,
schema/*.json, van-ban/<id>.txt; and the Atom feed at ``feed.xml``.
"""

import csv
import io
import json
from pathlib import Path

from .dataset import CampaignRecord, Dataset, ExemplarRecord
from .feed import write_feed
from .schema import write_schemas
from .site.formatting import describe_value
from .site.summaries import newest_campaigns

FOLDER = "du-lieu"
TARGET_COLUMNS = (
    "ma_ke_hoach", "ma_dia_phuong", "dia_phuong", "nam", "linh_vuc", "so", "nguyen_van",
    "noi_dung", "so_sanh", "so_lieu", "tu", "den", "tren_tong", "don_vi", "danh_hieu", "tat_ca_gia_tri",
)
EXEMPLAR_COLUMNS = (
    "ma", "ten", "loai", "chuc_vu", "don_vi", "ma_dia_phuong", "dia_phuong", "nam", "danh_hieu",
    "chi_tiet", "so_quyet_dinh", "ngay_quyet_dinh", "co_quan_quyet_dinh", "thanh_tich", "ke_hoach", "minh_hoa",
)


def write_exports(build, site_dir: Path, site_url: str) -> None:
    dataset = build.dataset
    folder = site_dir / FOLDER
    (folder / "ke-hoach").mkdir(parents=True, exist_ok=True)
    records = newest_campaigns([record for record in dataset.campaigns if not record.illustrative])  # no made-up plan in open data
    campaigns = [campaign_json(dataset, record) for record in records]
    _write_json(folder / "ke-hoach.json", campaigns)
    for record, data in zip(records, campaigns):
        _write_json(folder / "ke-hoach" / f"{record.id}.json", data)
        if record.source_text is not None:
            path = folder / "van-ban" / f"{record.id}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(record.source_text, encoding="utf-8")
    _write_csv(folder / "chi-tieu.csv", TARGET_COLUMNS, (row for r in records for row in target_rows(dataset, r)))
    exemplars = [exemplar_row(dataset, r) for r in dataset.exemplars]
    _write_csv(folder / "khen-thuong.csv", EXEMPLAR_COLUMNS, exemplars)
    _write_json(folder / "khen-thuong.json", exemplars)
    write_schemas(folder / "schema")
    write_feed(build, site_dir / "feed.xml", site_url)


def _place(dataset: Dataset, unit) -> str:
    return ", ".join([unit.name, *(a.name for a in reversed(dataset.register.ancestors(unit)))])


def campaign_json(dataset: Dataset, record: CampaignRecord) -> dict:
    return {
        "ma": record.id,
        "dia_phuong": {
            "ma": record.unit.code,
            "thoi_ky": record.campaign.locality.era,
            "ten": _place(dataset, record.unit),
            "nay_thuoc": [
                {"ma": u.code, "ten": _place(dataset, u)} for u in dataset.register.successors(record.unit)
            ] if record.unit.era == "legacy" else [],
        },
        "so_chi_tieu": record.campaign.target_count(),
        "du_lieu": record.campaign.model_dump(mode="json", by_alias=True, exclude_none=True),
    }


def _flatten(groups, sector=None):
    for group in groups:
        name = f"{sector} / {group.sector}" if sector else group.sector
        for target in group.targets:
            yield from _with_children(target, name)
        yield from _flatten(group.groups, name)


def _with_children(target, sector):
    yield target, sector
    for child in target.children:
        yield from _with_children(child, sector)


def target_rows(dataset: Dataset, record: CampaignRecord):
    for target, sector in _flatten(record.campaign.targets):
        first = target.values[0] if target.values else None
        yield {
            "ma_ke_hoach": record.id,
            "ma_dia_phuong": record.unit.code,
            "dia_phuong": _place(dataset, record.unit),
            "nam": record.campaign.year,
            "linh_vuc": sector,
            "so": target.label or "",
            "nguyen_van": target.text,
            "noi_dung": (first and first.subject) or "",
            "so_sanh": first.comparison if first else "",
            "so_lieu": _number(first and first.value),
            "tu": _number(first and first.low),
            "den": _number(first and first.high),
            "tren_tong": _number(first and first.total),
            "don_vi": (first and first.unit) or "",
            "danh_hieu": (first and first.award) or "",
            "tat_ca_gia_tri": "; ".join(describe_value(v) for v in target.values),
        }


def _number(value) -> str:
    return "" if value is None else format(value.normalize(), "f")


def exemplar_row(dataset: Dataset, record: ExemplarRecord) -> dict:
    e = record.exemplar
    return {
        "ma": record.id,
        "ten": e.name,
        "loai": e.kind,
        "chuc_vu": e.position or "",
        "don_vi": e.unit or "",
        "ma_dia_phuong": record.unit.code,
        "dia_phuong": _place(dataset, record.unit),
        "nam": e.year,
        "danh_hieu": e.award,
        "chi_tiet": e.award_detail or "",
        "so_quyet_dinh": e.decision.number,
        "ngay_quyet_dinh": e.decision.date.iso(),
        "co_quan_quyet_dinh": e.decision.issuer,
        "thanh_tich": e.achievement,
        "ke_hoach": e.campaign or "",
        "minh_hoa": record.illustrative,
    }


def _write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _write_csv(path: Path, columns, rows) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")
