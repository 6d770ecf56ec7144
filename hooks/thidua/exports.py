"""Open-data exports written beside the site: JSON, CSV (UTF-8 with BOM for Excel), schemas, feed.

All under ``du-lieu/`` (documented on the data page, docs/du-lieu.md):
ke-hoach.json, ke-hoach/<id>.json, chi-tieu.csv (one row per target, keyed by plan and target id),
gia-tri.csv (one row per structured value of a target or of a reported result, numbers in machine
form), khen-thuong.csv, khen-thuong.json,
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
from .status import matching_value
from .urls import address, campaign_url, exemplar_url

FOLDER = "du-lieu"
TARGET_COLUMNS = (
    "ma_ke_hoach", "ma_chi_tieu", "ma_dia_phuong", "dia_phuong", "nam", "linh_vuc", "so", "nguyen_van",
    "noi_dung", "so_sanh", "so_lieu", "tu", "den", "tren_tong", "don_vi", "danh_hieu", "tat_ca_gia_tri",
)
VALUE_COLUMNS = (
    "ma_ke_hoach", "ma_chi_tieu", "chi_so", "loai", "bao_cao", "ngay_bao_cao", "minh_hoa", "noi_dung",
    "so_sanh", "so_lieu", "tu", "den", "tren_tong", "don_vi", "danh_hieu", "nguyen_van",
)
EXEMPLAR_COLUMNS = (
    "ma", "ten", "loai", "chuc_vu", "don_vi", "ma_dia_phuong", "dia_phuong", "nam", "danh_hieu",
    "chi_tiet", "so_quyet_dinh", "ngay_quyet_dinh", "co_quan_quyet_dinh", "thanh_tich", "ke_hoach", "minh_hoa",
    "duong_dan",
)


def write_exports(build, site_dir: Path, site_url: str) -> None:
    dataset = build.dataset
    folder = site_dir / FOLDER
    (folder / "ke-hoach").mkdir(parents=True, exist_ok=True)
    records = newest_campaigns([record for record in dataset.campaigns if not record.illustrative])  # no made-up plan in open data
    campaigns = [campaign_json(dataset, record, site_url) for record in records]
    _write_json(folder / "ke-hoach.json", campaigns)
    for record, data in zip(records, campaigns):
        _write_json(folder / "ke-hoach" / f"{record.id}.json", data)
        if record.source_text is not None:
            path = folder / "van-ban" / f"{record.id}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(record.source_text, encoding="utf-8")
    _write_csv(folder / "chi-tieu.csv", TARGET_COLUMNS, (row for r in records for row in target_rows(dataset, r)))
    _write_csv(folder / "gia-tri.csv", VALUE_COLUMNS, (row for r in records for row in value_rows(dataset, r)))
    exemplars = [exemplar_row(dataset, r, site_url) for r in dataset.exemplars]
    _write_csv(folder / "khen-thuong.csv", EXEMPLAR_COLUMNS, exemplars)
    _write_json(folder / "khen-thuong.json", exemplars)
    write_schemas(folder / "schema")
    write_feed(build, site_dir / "feed.xml", site_url)


def _place(dataset: Dataset, unit) -> str:
    return ", ".join([unit.name, *(a.name for a in reversed(dataset.register.ancestors(unit)))])


def campaign_json(dataset: Dataset, record: CampaignRecord, site_url: str) -> dict:
    return {
        "ma": record.id,
        "duong_dan": address(site_url, campaign_url(record.id)),
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


def target_rows(dataset: Dataset, record: CampaignRecord):
    for entry in record.campaign.iter_targets():
        target = entry.target
        first = target.values[0] if target.values else None
        yield {
            "ma_ke_hoach": record.id,
            "ma_chi_tieu": target.id or "",
            "ma_dia_phuong": record.unit.code,
            "dia_phuong": _place(dataset, record.unit),
            "nam": record.campaign.year,
            "linh_vuc": entry.sector,
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


def value_rows(dataset: Dataset, record: CampaignRecord):
    """Every value of every target (``loai`` chi-tieu) and of every reported result (``loai`` ket-qua)."""
    targets = {}
    for entry in record.campaign.iter_targets():
        targets[entry.target.id] = entry.target
        for value in entry.target.values:
            yield _value_row(record.id, entry.target.id, "chi-tieu", None, value, entry.target.text, value.indicator)
    for report in dataset.reports_of(record.id):
        for result in report.report.results:
            planned = targets[result.target].values
            for v, value in enumerate(result.values):
                matched = matching_value(planned, value, v)
                indicator = value.indicator or (matched is not None and planned[matched].indicator) or None
                yield _value_row(record.id, result.target, "ket-qua", report, value, result.text, indicator)


def _value_row(campaign_id, target_id, kind, report, value, text, indicator) -> dict:
    return {
        "ma_ke_hoach": campaign_id,
        "ma_chi_tieu": target_id or "",
        "chi_so": indicator or "",
        "loai": kind,
        "bao_cao": report.report.document.symbol if report else "",
        "ngay_bao_cao": report.report.document.date.iso() if report else "",
        "minh_hoa": bool(report and report.illustrative),
        "noi_dung": value.subject or "",
        "so_sanh": value.comparison,
        "so_lieu": _number(value.value),
        "tu": _number(value.low),
        "den": _number(value.high),
        "tren_tong": _number(value.total),
        "don_vi": value.unit or "",
        "danh_hieu": value.award or "",
        "nguyen_van": text,
    }


def _number(value) -> str:
    return "" if value is None else format(value.normalize(), "f")


def exemplar_row(dataset: Dataset, record: ExemplarRecord, site_url: str) -> dict:
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
        "duong_dan": address(site_url, exemplar_url(record.id)),
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
