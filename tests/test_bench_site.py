"""The scale benchmark's synthetic data passes the validator, reports and people included (the
benchmark itself is `python tests/bench_site.py`; see docs/hieu-nang.md)."""

from collections import Counter

from bench_site import write_data

from thidua.dataset import load_dataset


def test_synthetic_plans_people_and_reports_pass_validation_with_every_status(tmp_path):
    write_data(tmp_path, 12, people_per_plan=5, reports=True)
    dataset = load_dataset(tmp_path)
    assert (len(dataset.campaigns), len(dataset.exemplars), len(dataset.reports)) == (12, 60, 12)
    assert Counter(e.exemplar.campaign for e in dataset.exemplars) == {r.id: 5 for r in dataset.campaigns}
    statuses = Counter(
        result.status for record in dataset.campaigns for result in dataset.results(record.id).values()
    )
    assert {"vuot", "dat", "chua-dat"} <= set(statuses)
    assert statuses["chua-dat"] > statuses.total() / 5  # met and unmet mixed, not only met
    reported = sum(len(r.report.results) for r in dataset.reports)
    assert 0.7 < reported / (12 * 20) < 1  # most targets reported, some left "chưa có số liệu"
