"""What cannot be right is refused, located, in Vietnamese: pages hiding each other, files outside
the data folder, impossible numbers, blank titles, duplicate abbreviations, backwards periods and
plans issued years away from their year. Each case breaks one thing in a copy of campaigns/."""

import pytest

from campaigns_copy import copy_campaigns
from thidua.cli import main

TUNG_ANH = "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml"
PHU_THO = "phu-tho/2024-ke-hoach-phat-dong-thi-dua.yaml"
EXEMPLAR = "minh-hoa/lang-son/huyen-chi-lang/khen-thuong/do-thi-vi-du.yaml"
RATE = '{noi_dung: Tỷ lệ người dân tham gia BHYT, so_sanh: tren, so_lieu: 95, don_vi: "%"}'


@pytest.fixture
def data(tmp_path, monkeypatch):
    return copy_campaigns(tmp_path, monkeypatch)


@pytest.fixture
def validate(capsys):
    """Run `thidua validate ARGS…` (default: campaigns); return (exit code, stdout, stderr)."""

    def run(*paths: str) -> tuple[int, str, str]:
        code = main(["validate", *(paths or ["campaigns"])])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def reported(validate) -> list[str]:
    code, out, err = validate()
    assert code == 1, out + err
    return out.splitlines()


def test_seed_and_illustrative_data_pass_every_check(data, validate):
    code, out, err = validate()
    assert (code, err) == (0, "")
    assert out.startswith("Hợp lệ: 7 kế hoạch, 12 người/tập thể")  # with the illustrative plans of Xã Minh Họa and Tùng Ảnh 2023


# --- pages that would share a URL --------------------------------------------------------------


def test_two_exemplars_with_one_file_name_share_no_url(data, validate):
    """People have no page of their own: two files of one name are two entries of one year page
    (thidua.site.honored gives them two ids), not a collision."""
    data.copy(EXEMPLAR, "lang-son/khen-thuong/huyen-chi-lang/a.yaml")
    data.copy(EXEMPLAR, "lang-son/huyen-chi-lang/khen-thuong/a.yaml")
    code, out, err = validate()
    assert code == 0, out + err


def test_a_plan_named_like_another_plans_honored_list(data, validate):
    data.copy(PHU_THO, PHU_THO.replace(".yaml", "/khen-thuong.yaml"))
    data.copy(PHU_THO.replace(".yaml", ".txt"), PHU_THO.replace(".yaml", "/2024-ke-hoach-phat-dong-thi-dua.txt"))
    lines = reported(validate)
    url = "/ke-hoach/phu-tho/2024-ke-hoach-phat-dong-thi-dua/khen-thuong/"
    assert [line for line in lines if url in line and f"campaigns/{PHU_THO}:" in line]
    assert len([line for line in lines if "một trang sẽ che mất trang kia" in line]) == 2


# --- `thidua validate` on a path outside the data folder ----------------------------------------


def test_a_file_outside_the_data_folder_is_refused(data, validate, tmp_path):
    outside = tmp_path / "some" / "file" / "outside" / "campaigns.yaml"
    outside.parent.mkdir(parents=True)
    outside.write_text("this: is not checked\n", encoding="utf-8")
    code, out, err = validate(str(outside))
    assert code == 2
    assert "Hợp lệ" not in out
    assert f"Không kiểm tra: {outside} nằm ngoài thư mục dữ liệu campaigns/" in err
    assert "Gợi ý: chép tệp vào đúng thư mục trong campaigns/ rồi chạy lại" in err


def test_a_file_inside_the_data_folder_is_checked(data, validate):
    code, out, _ = validate(f"campaigns/{TUNG_ANH}")
    assert code == 0 and out.startswith("Hợp lệ")


# --- numbers that cannot be right --------------------------------------------------------------


def test_a_rate_over_100_percent(data, validate):
    data.edit(TUNG_ANH, "BHYT đạt > 95 %", "BHYT đạt > 195 %")
    data.edit(TUNG_ANH, RATE, RATE.replace("so_lieu: 95", "so_lieu: 195"))
    assert (
        f"{data.located(TUNG_ANH, 'so_lieu: 195')}: tỷ lệ 195 % lớn hơn 100 % — Gợi ý: kiểm tra lại số với nguyên văn; "
        "nếu đây là mức tăng (“tăng 195 %”) ghi so_sanh: tang"
    ) in reported(validate)


@pytest.mark.parametrize(
    ("text", "comparison"),
    [("BHYT tăng 195 %", "so_sanh: tang"), ("BHYT đạt 195 % kế hoạch", "so_sanh: dat"), ("BHYT đạt 195 % so với năm 2023", "so_sanh: dat")],
)
def test_growth_or_a_share_of_the_plan_may_pass_100_percent(data, validate, text, comparison):
    data.edit(TUNG_ANH, "BHYT đạt > 95 %", text)
    data.edit(TUNG_ANH, RATE, RATE.replace("so_lieu: 95", "so_lieu: 195").replace("so_sanh: tren", comparison))
    code, out, _ = validate()
    assert code == 0, out


def test_a_ratio_with_more_parts_than_the_whole(data, validate):
    data.edit(TUNG_ANH, '"12/12 thôn giữ vững', '"13/12 thôn giữ vững')
    data.edit(TUNG_ANH, "so_lieu: 12, tren_tong: 12", "so_lieu: 13, tren_tong: 12")
    assert (
        f"{data.located(TUNG_ANH, 'so_lieu: 13, tren_tong')}: tỷ số 13/12: số phần lớn hơn tổng — Gợi ý: so_lieu là số phần, "
        "tren_tong là tổng (“12/12 thôn”: so_lieu: 12, tren_tong: 12); kiểm tra lại với nguyên văn"
    ) in reported(validate)


# --- blank titles, duplicate abbreviations -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "old", "new", "field"),
    [
        (TUNG_ANH, "trich_yeu: Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển Kinh tế - Xã hội, "
         "An ninh - Quốc phòng năm 2024", 'trich_yeu: "   "', "trich_yeu"),
        (EXEMPLAR, "ten: Đỗ Thị Ví Dụ", 'ten: "  "', "ten"),
        ("phong-trao.yaml", 'ten: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"', 'ten: " "', "ten"),
        ("viet-tat.yaml", 'nghia: "mầm non"', 'nghia: "  "', "nghia"),
    ],
)
def test_a_title_of_spaces_is_blank(data, validate, name, old, new, field):
    data.edit(name, old, new)
    assert f"{data.located(name, new)}: “{field}”: không được để trống (chỉ có dấu cách)" in reported(validate)


def test_the_same_abbreviation_twice(data, validate):
    data.edit("viet-tat.yaml", '  - {chu: MN, nghia: "mầm non"}\n', '  - {chu: MN, nghia: "mầm non"}\n  - {chu: NS, nghia: "ngân sách"}\n')
    first_line = data.located("viet-tat.yaml", "{chu: NS,").split(":")[1]
    assert (
        f"{data.located('viet-tat.yaml', 'chu: NS,', 2)}: chữ viết tắt “NS” bị trùng (đã có ở dòng {first_line}) — Gợi ý: "
        "mỗi chữ viết tắt chỉ ghi một lần: xóa dòng này, hoặc sửa nghĩa ở dòng đã có"
    ) in reported(validate)


# --- dates -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "old", "new", "at", "shown"),
    [
        (TUNG_ANH, "den_ngay: 2024-11-30", "den_ngay: 2023-11-30", "den_ngay: 2023-11-30",
         "(30/11/2023) trước thời gian bắt đầu (31/01/2024)"),
        (PHU_THO, "den_ngay: 2024-12-31", "den_ngay: 2024-05-31", "den_ngay: 2024-05-31",
         "(31/05/2024) trước thời gian bắt đầu (01/07/2024)"),
        (PHU_THO, "tu_ngay: 2024-01\n", "tu_ngay: 2024-08\n", "den_ngay: 2024-06-30",
         "(30/06/2024) trước thời gian bắt đầu (08/2024)"),
    ],
)
def test_a_period_that_ends_before_it_starts(data, validate, name, old, new, at, shown):
    """In the plan's period (thoi_gian) and in each phase (dot_thi_dua), partial dates included."""
    data.edit(name, old, new)
    assert (
        f"{data.located(name, at)}: thời gian kết thúc {shown} — Gợi ý: kiểm tra lại tu_ngay và den_ngay với "
        "nguyên văn; ngày viết NĂM-THÁNG-NGÀY, ví dụ 2024-01-20"
    ) in reported(validate)


def test_a_period_within_one_month_is_not_backwards(data, validate):
    data.edit(PHU_THO, "den_ngay: 2024-06-30", "den_ngay: 2024-01-10")
    code, out, _ = validate()
    assert code == 0, out


def test_a_plan_issued_seven_years_after_its_year(data, validate):
    data.edit(TUNG_ANH, "ngay_ban_hanh: 2024-01-31", "ngay_ban_hanh: 2031-01-31")
    assert (
        f"{data.located(TUNG_ANH, 'ngay_ban_hanh:')}: văn bản ban hành năm 2031, cách năm thi đua 2024 tới 7 năm "
        "— Gợi ý: kiểm tra lại năm ở ngay_ban_hanh và ở nam (năm thi đua); kế hoạch thường ban hành trong năm thi "
        "đua hoặc cuối năm trước"
    ) in reported(validate)
