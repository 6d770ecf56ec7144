"""Structured values as citizens read them: on a plan, after what they measure; on a chart, the figure alone."""

from thidua.model.campaign import TargetValue
from thidua.valuetext import describe_figure, describe_value


def test_a_value_names_what_it_measures_and_its_figure_does_not():
    value = TargetValue.model_validate({"noi_dung": "Tỷ lệ hộ nghèo", "so_sanh": "giam", "so_lieu": "0,6", "don_vi": "%"})
    assert describe_value(value) == "Tỷ lệ hộ nghèo: giảm 0,6%"
    assert describe_figure(value) == "giảm 0,6%"


def test_a_value_without_a_subject_is_its_figure():
    value = TargetValue.model_validate({"so_sanh": "tu", "so_lieu": 96, "don_vi": "%", "danh_hieu": "Giấy khen"})
    assert describe_value(value) == describe_figure(value) == "từ 96% trở lên (Giấy khen)"
