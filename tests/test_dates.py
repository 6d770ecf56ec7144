"""Partial dates: drafts leave the day (and sometimes the month) blank."""

import datetime

import pytest

from thidua.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-20", PartialDate(2024, 1, 20)),
        ("2023-12", PartialDate(2023, 12)),  # 000: "ngày tháng 12 năm 2023"
        ("2024", PartialDate(2024)),
        ("2024-02-29", PartialDate(2024, 2, 29)),  # leap year
        (" 2024-01-15 ", PartialDate(2024, 1, 15)),
    ],
)
def test_parse(text, expected):
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize("text", ["2023-13", "2023-02-30", "2023-02-29", "2024-04-31", "2023-00", "2024-01-00"])
def test_reject_days_that_are_not_on_the_calendar(text):
    with pytest.raises(ValueError, match=f"ngày “{text}” không có thật trên lịch"):
        PartialDate.parse(text)


@pytest.mark.parametrize("text", ["20/01/2024", "2024/01/20", "2024-1-5", "20-01-2024", "24-01", "", "tháng 12"])
def test_reject_other_layouts_with_the_expected_one(text):
    with pytest.raises(ValueError, match="không đúng dạng; viết NĂM-THÁNG-NGÀY") as error:
        PartialDate.parse(text)
    assert "2023-12" in str(error.value)  # tells staff how to write a draft's blank day


def test_iso_keeps_only_what_is_known():
    assert [PartialDate.parse(t).iso() for t in ("2024-01-20", "2023-12", "2024")] == ["2024-01-20", "2023-12", "2024"]
    assert str(PartialDate(2022, 1, 20)) == "2022-01-20"


def test_vietnamese_as_printed_on_plans():
    assert PartialDate(2022, 1, 20).vietnamese() == "ngày 20 tháng 01 năm 2022"
    assert PartialDate(2023, 12).vietnamese() == "tháng 12 năm 2023"
    assert PartialDate(2024).vietnamese() == "năm 2024"


def test_short_for_tables():
    assert PartialDate(2022, 1, 20).short() == "20/01/2022"
    assert PartialDate(2024, 5, 7).short() == "07/05/2024"
    assert PartialDate(2023, 12).short() == "12/2023"
    assert PartialDate(2024).short() == "2024"


def test_first_day_for_sorting():
    assert PartialDate(2023, 12).first_day == datetime.date(2023, 12, 1)
    assert PartialDate(2024).first_day == datetime.date(2024, 1, 1)
    assert PartialDate(2023, 12).first_day < PartialDate(2024, 1, 20).first_day
