"""gia-tri.csv: every number of every target value, and of every reported result, in machine form."""

import csv
import io
from decimal import Decimal

from conftest import ROOT
from thidua.dataset import load_dataset

NUMBERS = (("so_lieu", "value"), ("tu", "low"), ("den", "high"), ("tren_tong", "total"))


def test_every_number_of_every_value_is_in_the_csv(built_site):
    rows = list(csv.DictReader(io.StringIO((built_site / "du-lieu/gia-tri.csv").read_text(encoding="utf-8-sig"))))
    dataset = load_dataset(ROOT / "campaigns", include_illustrative=True)
    expected = []
    for record in dataset.campaigns:
        if record.illustrative:  # illustrative plans stay out of open data
            continue
        for entry in record.campaign.iter_targets():
            expected += [(record.id, entry.target.id, "chi-tieu", v) for v in entry.target.values]
        for report in dataset.reports_of(record.id):
            expected += [(record.id, r.target, "ket-qua", v) for r in report.report.results for v in r.values]
    assert len(rows) == len(expected)
    written = {}
    for row in rows:
        key = (row["ma_ke_hoach"], row["ma_chi_tieu"], row["loai"])
        written.setdefault(key, []).append(row)
    for campaign_id, target_id, kind, value in expected:
        row = written[(campaign_id, target_id, kind)].pop(0)
        for column, attribute in NUMBERS:
            number = getattr(value, attribute)
            assert (Decimal(row[column]) if row[column] else None) == number, (campaign_id, target_id, column)
            assert "," not in row[column]
        assert row["so_sanh"] == value.comparison and row["chi_so"] in ("", *dataset.indicators)
