"""Status of a target from its values and a report's: every comparison of the vocabulary, both directions."""

import pytest

from thidua.model.campaign import TargetValue
from thidua.status import LABELS, REACHING_IS_ENOUGH, matching_value, overall, tally, value_status


def v(**fields) -> TargetValue:
    return TargetValue.model_validate(fields)


CASES = [
    # (target, achieved, indicator says lower is better, expected)
    (v(so_lieu=100, don_vi="%"), v(so_lieu=100), None, "dat"),
    (v(so_lieu=100, don_vi="%"), v(so_lieu=98), None, "chua-dat"),
    (v(so_sanh="dat", so_lieu=1192), v(so_lieu=1250), None, "vuot"),
    (v(so_sanh="tu", so_lieu=7.5), v(so_lieu=7.5), None, "dat"),
    (v(so_sanh="tu", so_lieu=7.5), v(so_lieu=7.8), None, "vuot"),
    (v(so_sanh="tu", so_lieu=7.5), v(so_lieu=7.4), None, "chua-dat"),
    (v(so_sanh="tren", so_lieu=95), v(so_lieu=95), None, "chua-dat"),
    (v(so_sanh="tren", so_lieu=95), v(so_lieu=95.5), None, "vuot"),
    (v(so_sanh="duoi", so_lieu=1), v(so_lieu="0,9"), None, "vuot"),
    (v(so_sanh="duoi", so_lieu=1), v(so_lieu=1), None, "chua-dat"),
    (v(so_sanh="toi-da", so_lieu=5), v(so_lieu=5), None, "dat"),
    (v(so_sanh="toi-da", so_lieu=5), v(so_lieu=6), None, "chua-dat"),
    (v(so_sanh="tang", so_lieu=5), v(so_sanh="tang", so_lieu=5), None, "dat"),
    (v(so_sanh="tang", so_lieu=8), v(so_sanh="tang", so_lieu=6), None, "chua-dat"),
    # a decrease is the size of the change: a bigger decrease is better, whatever the indicator says
    (v(so_sanh="giam", so_lieu=0.6), v(so_sanh="giam", so_lieu=0.7), True, "vuot"),
    (v(so_sanh="giam", so_lieu=0.6), v(so_sanh="giam", so_lieu=0.5), True, "chua-dat"),
    # "giảm còn 1,2%" is met by 1,1%
    (v(so_sanh="giam-con", so_lieu=1.2), v(so_lieu=1.1), None, "vuot"),
    (v(so_sanh="giam-con", so_lieu=1.2), v(so_lieu=1.2), None, "dat"),
    (v(so_sanh="giam-con", so_lieu=1.2), v(so_lieu=1.3), None, "chua-dat"),
    (v(so_sanh="duy-tri"), v(so_sanh="duy-tri"), None, "dat"),
    (v(so_sanh="duy-tri"), v(so_lieu=3), None, None),
    (v(so_sanh="duy-tri", so_lieu=5), v(so_sanh="duy-tri", so_lieu=5), None, "dat"),
    (v(so_sanh="duy-tri", so_lieu=5), v(so_lieu=4), None, "chua-dat"),
    (v(so_sanh="khoang", tu=15, den=35), v(so_lieu=20), None, "dat"),
    (v(so_sanh="khoang", tu=15, den=35), v(so_lieu=15), None, "dat"),
    (v(so_sanh="khoang", tu=15, den=35), v(so_lieu=40), None, "vuot"),
    (v(so_sanh="khoang", tu=15, den=35), v(so_lieu=10), None, "chua-dat"),
    (v(so_sanh="khoang", tu=2, den=3), v(so_lieu=1), True, "vuot"),
    (v(so_sanh="khoang", tu=2, den=3), v(so_lieu=4), True, "chua-dat"),
    # ratios compare shares: 12/12 thôn
    (v(so_sanh="ty-so", so_lieu=12, tren_tong=12), v(so_sanh="ty-so", so_lieu=12, tren_tong=12), None, "dat"),
    (v(so_sanh="ty-so", so_lieu=12, tren_tong=12), v(so_sanh="ty-so", so_lieu=11, tren_tong=12), None, "chua-dat"),
    (v(so_sanh="ty-so", so_lieu=9, tren_tong=12), v(so_sanh="ty-so", so_lieu=10, tren_tong=12), None, "vuot"),
    (v(so_sanh="bang", so_lieu=3), v(so_lieu=3), None, "dat"),
    (v(so_sanh="bang", so_lieu=3), v(so_lieu=2), None, "chua-dat"),
    # the indicator's direction: a rate to keep low, written with "đạt"
    (v(so_lieu=11.5, don_vi="%"), v(so_lieu=11), True, "vuot"),
    (v(so_lieu=11.5, don_vi="%"), v(so_lieu=12), True, "chua-dat"),
    (v(so_sanh="dat", so_lieu=5), v(so_sanh="duy-tri"), None, None),
]


@pytest.mark.parametrize("target, achieved, lower, expected", CASES)
def test_value_status(target, achieved, lower, expected):
    assert value_status(target, achieved, lower) == expected


def test_every_comparison_is_covered():
    covered = {target.comparison for target, *_ in CASES}
    assert covered == set(REACHING_IS_ENOUGH) | {"khoang"}


def test_overall_status_of_a_target_with_several_values():
    assert overall(["vuot", "vuot"]) == "vuot"
    assert overall(["vuot", "dat"]) == "dat"
    assert overall(["vuot", "chua-dat"]) == "chua-dat"
    assert overall([None]) == "chua-co-so-lieu"
    assert overall([]) == "chua-co-so-lieu"


def test_achieved_values_match_by_subject_then_by_position():
    values = [v(noi_dung="Tỷ lệ hộ nghèo", so_lieu=1), v(noi_dung="Số hộ nghèo", so_lieu=21)]
    assert matching_value(values, v(noi_dung="Số hộ nghèo", so_lieu=20), 0) == 1
    assert matching_value(values, v(noi_dung="Hộ khá", so_lieu=20), 0) is None
    assert matching_value(values, v(so_lieu=20), 1) == 1
    assert matching_value(values, v(so_lieu=20), 2) is None
    assert matching_value(values[:1], v(so_lieu=20), 0) == 0


def test_summary_sentence_names_each_status_that_occurs():
    statuses = ["dat"] * 14 + ["chua-dat"] * 3 + ["chua-co-so-lieu"] * 5
    assert tally(statuses).sentence() == "14 chỉ tiêu đạt, 3 chưa đạt, 5 chưa có số liệu"
    assert tally(["vuot", "dat"]).sentence() == "1 chỉ tiêu vượt, 1 đạt"


def test_every_status_has_text_and_an_icon():
    for key, (label, icon) in LABELS.items():
        assert label and icon and label != icon, key
