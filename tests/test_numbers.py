"""Vietnamese number format: "." groups thousands, "," is the decimal mark."""

from decimal import Decimal

import random

import pytest
from babel.numbers import format_decimal

from thidua.numbers import VIETNAMESE, format_vn_number, numbers_in, parse_vn_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.147,429", Decimal("2147.429")),  # 000: Tổng giá trị SXKD, billion đồng
        ("24.075", Decimal(24075)),  # 000: head of livestock, not 24.075
        ("5.516.000.000", Decimal(5516000000)),  # 000: budget in đồng
        ("17,8", Decimal("17.8")),
        ("10.082,0", Decimal(10082)),  # 001: trailing ",0" is still a decimal part
        ("1.573", Decimal(1573)),
        ("0,04", Decimal("0.04")),
        ("05", Decimal(5)),  # "giảm 05 hộ"
        ("1.500", Decimal(1500)),
        (" 93,8 ", Decimal("93.8")),
    ],
)
def test_parse_vietnamese_numbers(text, value):
    assert parse_vn_number(text) == value


def test_a_dot_never_reads_as_a_decimal_mark():
    assert parse_vn_number("2.147") == 2147
    assert parse_vn_number("2.147") != Decimal("2.147")


@pytest.mark.parametrize(
    "text",
    ["2,147.429", "2.14", "1.5", "12.34.567", "1.000.00", "1 000", "74 ha", "-5", "", "abc", "2,147,429"],
)
def test_reject_what_is_not_a_vietnamese_number(text):
    with pytest.raises(ValueError):
        parse_vn_number(text)


@pytest.mark.parametrize(
    ("line", "numbers"),
    [
        ("Tổng giá trị SXKD: 2.147,429 tỷ đồng, tăng 17,8%.", ["2147.429", "17.8"]),
        (
            "Diện tích gieo cấy vụ Chiêm xuân: 74ha, năng suất: 60tạ/ha, sản lượng 444 tấn; Giá trị 3,196 tỷ đồng.",
            ["74", "60", "444", "3.196"],
        ),
        ("Chăn nuôi: 24.075 con, giá trị 30,530 tỷ đồng.", ["24075", "30.53"]),
        ("Tổng thu NS: 5.516.000.000đ; Tổng chi NS: 5.516.000.000đ;", ["5516000000", "5516000000"]),
        (
            "Tỷ lệ hộ nghèo giảm còn 1,23% = 21 hộ (giảm 05 hộ); hộ cận nghèo giảm còn 0,82% = 14 hộ (giảm 07 hộ)",
            ["1.23", "21", "5", "0.82", "14", "7"],
        ),
        (
            "Tổng thu ngân sách trên địa bàn đạt 10.082,0 triệu đồng; tăng 6,5% so với chỉ tiêu trên giao.",
            ["10082", "6.5"],
        ),
        ("12/12 thôn giữ vững danh hiệu làng văn hóa", ["12", "12"]),
        ("Tỷ lệ người dân tham gia BHYT đạt > 95 %. Số người dân tham gia BHXH tự nguyện 75 người", ["95", "75"]),
        ("Thu ngân sách nhà nước trên địa bàn : 52.016.953.000 đồng", ["52016953000"]),
        ("15 - 35 tập thể, cá nhân được Nhà nước tặng thưởng Huân chương các loại;", ["15", "35"]),
        ("1.500 - 2.000 tập thể, cá nhân được Chủ tịch UBND tỉnh tặng Danh hiệu thi đua", ["1500", "2000"]),
        ("dịch vụ đạt 1.296,67 tỷ đồng.", ["1296.67"]),
        ("Giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn phường.", []),
    ],
)
def test_numbers_in_real_target_lines(line, numbers):
    assert numbers_in(line) == [Decimal(n) for n in numbers]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("2147.429"), "2.147,429"),
        (24075, "24.075"),
        (5516000000, "5.516.000.000"),
        (Decimal("17.8"), "17,8"),
        (Decimal("0.04"), "0,04"),
        (Decimal("1296.67"), "1.296,67"),
        (100, "100"),
        (Decimal("17.80"), "17,8"),  # trailing zeros of the decimals are not printed
        (Decimal("10082.0"), "10.082"),
        (Decimal("0.5") * 100, "50"),  # a ratio as a percentage
        (Decimal("1E+3"), "1.000"),
        (1234.0, "1.234"),
        (0.25, "0,25"),
        (-1234, "-1.234"),
    ],
)
def test_format_for_citizens(value, text):
    assert format_vn_number(value) == text


@pytest.mark.parametrize("value", ["2147.429", "24075", "5516000000", "17.8", "0.5", "1296.67"])
def test_format_then_parse_gives_the_value_back(value):
    assert parse_vn_number(format_vn_number(Decimal(value))) == Decimal(value)


def test_format_is_babels_vietnamese_format_with_every_digit_kept():
    draw = random.Random(14)
    values = [
        *(draw.randint(-10**12, 10**12) for _ in range(2000)),
        *(Decimal(draw.randint(0, 10**draw.randint(1, 16))).scaleb(-draw.randint(0, 8)) for _ in range(4000)),
        *(draw.uniform(-1e6, 1e6) for _ in range(1000)),
    ]
    assert [format_vn_number(v) for v in values] == [
        format_decimal(v, locale=VIETNAMESE, decimal_quantization=False) for v in values
    ]
