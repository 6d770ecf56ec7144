"""Structured values read from one target line: Vietnamese numbers, units, comparisons; not dates,
years, document numbers or ages."""

import pytest

from thidua.importer.values import read_values


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("Tổng giá trị SXKD: 2.147,429 tỷ đồng, tăng 17,8%.",
         [{"so_lieu": 2147.429, "don_vi": "tỷ đồng"}, {"so_sanh": "tang", "so_lieu": 17.8, "don_vi": "%"}]),
        ("Chăn nuôi: 24.075 con", [{"so_lieu": 24075, "don_vi": "con"}]),
        ("Tổng thu NS: 5.516.000.000đ;", [{"so_lieu": 5516000000, "don_vi": "đồng"}]),
        ("Tốc độ tăng trưởng kinh tế (GRDP) đạt từ 7,5% trở lên.", [{"so_sanh": "tu", "so_lieu": 7.5, "don_vi": "%"}]),
        ("Tỷ lệ người dân tham gia BHYT đạt > 95 %", [{"so_sanh": "tren", "so_lieu": 95, "don_vi": "%"}]),
        ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 0,04%.", [{"so_sanh": "duoi", "so_lieu": 0.04, "don_vi": "%"}]),
        ("Tỷ lệ hộ nghèo giảm còn 1,23% = 21 hộ (giảm 05 hộ)",
         [{"so_sanh": "giam-con", "so_lieu": 1.23, "don_vi": "%"}, {"so_sanh": "giam-con", "so_lieu": 21, "don_vi": "hộ"},
          {"so_sanh": "giam", "so_lieu": 5, "don_vi": "hộ"}]),
        ("12/12 thôn giữ vững danh hiệu làng văn hóa", [{"so_sanh": "ty-so", "so_lieu": 12, "tren_tong": 12, "don_vi": "thôn"}]),
        ("1.500 - 2.000 tập thể, cá nhân được tặng Bằng khen", [{"so_sanh": "khoang", "tu": 1500, "den": 2000, "don_vi": "tập thể, cá nhân"}]),
        ("Có thêm 05 xã đạt chuẩn nông thôn mới, 08 xã đạt chuẩn nông thôn mới nâng cao",
         [{"so_sanh": "tang", "so_lieu": 5, "don_vi": "xã"}, {"so_sanh": "tang", "so_lieu": 8, "don_vi": "xã"}]),
        ("Giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn phường.", [{"so_sanh": "duy-tri"}]),
        ("Xây dựng phường đạt tiêu chí an toàn thực phẩm theo Quyết định số 3595/QĐ-UBND ngày 24/10/2022.", []),
        ("Hoàn thành các hạng mục năm 2023 theo Chỉ thị số 05 – CT/TW ngày 15/5/2016", []),
    ],
)
def test_values_of_a_target_line(line, values):
    assert read_values(line).values == values


def test_a_line_with_several_numbers_is_flagged_for_a_person():
    reading = read_values("Diện tích cây ngô 112 ha, sản lượng 532 tấn")
    assert reading.doubt and "2 số" in reading.doubt
    assert read_values("Xây dựng thêm 02 trường học đạt chuẩn quốc gia.").doubt is None
