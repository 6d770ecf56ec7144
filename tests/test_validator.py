"""`thidua validate` on broken copies of the real data: every problem in Vietnamese, at its line and column.

Each case copies campaigns/ to a temporary folder, breaks one thing in one file and runs the
command from that folder, so problems are printed as `campaigns/<file>:<line>:<col>: <message>`.
Lines and columns are found by searching the edited text, so the cases survive data edits.
"""

import re
from decimal import Decimal
from pathlib import Path

import pytest

from campaigns_copy import copy_campaigns
from thidua.cli import main
from thidua.dataset import load_dataset
from thidua.dates import PartialDate

PHU_SON = "thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua.yaml"
QUYET_THANG = "son-la/thanh-pho-son-la/phuong-quyet-thang/2022-ke-hoach-phat-dong-thi-dua.yaml"
TUNG_ANH = "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml"
PHU_THO = "phu-tho/2024-ke-hoach-phat-dong-thi-dua.yaml"
MOVEMENTS = "phong-trao.yaml"
EXEMPLAR = "thanh-hoa/khen-thuong/x.yaml"

# A valid exemplar (honored person); cases break one field of it.
EXEMPLAR_TEXT = """\
ten: Nguyễn Văn An
loai: ca-nhan
chuc_vu: Trưởng khu phố
don_vi: Khu phố 5, phường Phú Sơn
dia_phuong:
  ma: "14823"
nam: 2024
danh_hieu: Giấy khen
chi_tiet: Giấy khen của Chủ tịch UBND phường
quyet_dinh:
  so_ky_hieu: 125/QĐ-UBND
  ngay: 2024-12-20
  co_quan: UBND phường Phú Sơn
thanh_tich: Có thành tích xuất sắc trong phong trào thi đua năm 2024.
ke_hoach: thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua
"""

PROBLEM_LINE = re.compile(r"^campaigns/[a-z0-9/-]+\.ya?ml:\d+:\d+: \S")


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A copy of the real campaigns/ folder (without the illustrative data) under tmp_path, the current directory."""
    return copy_campaigns(tmp_path, monkeypatch, illustrative=False)


@pytest.fixture
def validate(capsys):
    """Run `thidua validate [ARGS] campaigns`; return (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["validate", *args, "campaigns"])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def located(name: str, line: int, column: int, message: str) -> str:
    return f"campaigns/{name}:{line}:{column}: {message}"


def assert_reported(validate, expected: str, hint: str | None = None) -> str:
    """The command fails and prints ``expected`` (and its hint) on one line; returns that line."""
    code, out, err = validate()
    assert code == 1
    lines = [line for line in out.splitlines() if line.startswith(expected)]
    assert lines, f"expected a line starting with:\n{expected}\ngot:\n{out}"
    if hint is not None:
        assert f" — Gợi ý: {hint}" in lines[0]
    return lines[0]


# --- the real data ------------------------------------------------------------------------------


def test_real_data_is_valid(data, validate):
    code, out, err = validate()
    assert code == 0
    assert out.startswith("Hợp lệ: 5 kế hoạch")
    assert err == ""


# --- YAML itself ----------------------------------------------------------------------------


def test_bad_indentation(data, validate):
    data.edit(PHU_SON, "\n  ky_hieu: PĐTĐ-VP\n", "\n   ky_hieu: PĐTĐ-VP\n")
    line, column = data.where(PHU_SON, "   ky_hieu:")
    above, _ = data.where(PHU_SON, "\n  so: ")
    assert_reported(
        validate,
        located(PHU_SON, line, column + 3, f"dòng này thụt lề thừa 1 dấu cách so với “so:” ở dòng {above + 1}"),
        f"xóa 1 dấu cách ở đầu dòng cho thẳng cột với “so:” ở dòng {above + 1}",
    )


def test_tab_indentation(data, validate):
    data.edit(PHU_SON, "\n  ky_hieu: PĐTĐ-VP\n", "\n\tky_hieu: PĐTĐ-VP\n")
    line, _ = data.where(PHU_SON, "\tky_hieu:")
    assert_reported(validate, located(PHU_SON, line, 1, "có ký tự Tab"), "xóa ký tự Tab và thụt lề bằng dấu cách")


def test_no_break_space_after_a_colon_is_named(data, validate):
    data.edit(PHU_SON, "\n  ky_hieu: PĐTĐ-VP\n", "\n  ky_hieu:\u00a0PĐTĐ-VP\n")
    line, column = data.where(PHU_SON, "\u00a0PĐTĐ-VP")
    assert_reported(
        validate,
        located(PHU_SON, line, column, "có dấu cách đặc biệt (mã U+00A0) ở chỗ cần dấu cách thường"),
        "xóa nó rồi gõ lại bằng phím cách",
    )


def test_unclosed_quote_points_where_it_opens(data, validate):
    data.edit(PHU_SON, "\n  ky_hieu: PĐTĐ-VP\n", '\n  ky_hieu: "PĐTĐ-VP\n')
    line, column = data.where(PHU_SON, '"PĐTĐ-VP')
    assert_reported(
        validate,
        located(PHU_SON, line, column, f"dấu ngoặc mở ở đây chưa được đóng, nên máy đọc tiếp đến dấu ngoặc ở dòng {line + 1}"),
        "thêm dấu ngoặc đóng (cùng loại với dấu mở) ở cuối câu",
    )


@pytest.mark.parametrize(("year", "message"), [
    ("20244", "“nam”: giá trị 20244 lớn hơn mức cao nhất cho phép là 2100"),
    ("1900", "“nam”: giá trị 1900 nhỏ hơn mức thấp nhất cho phép là 1945"),
])
def test_year_out_of_range_names_the_bound(data, validate, year, message):
    data.edit(PHU_SON, "\nnam: 2024\n", f"\nnam: {year}\n")
    line, _ = data.where(PHU_SON, f"nam: {year}")
    assert_reported(validate, located(PHU_SON, line, 1, message))


def test_duplicate_key(data, validate):
    data.edit(PHU_SON, "\nnam: 2024\n", "\nnam: 2024\nnam: 2025\n")
    line, _ = data.where(PHU_SON, "nam: 2025")
    assert_reported(validate, located(PHU_SON, line, 1, "trường “nam” bị viết hai lần"), "xóa một trong hai lần")


@pytest.mark.parametrize(("field", "old"), [("dia_danh", "Phú Sơn"), ("chuc_vu", "CHỦ TỊCH"), ("loai_van_ban", "PHÁT ĐỘNG")])
@pytest.mark.parametrize("word", ["no", "on", "yes"])
def test_yaml_1_1_booleans_unquoted(data, validate, field, old, word):
    data.edit(PHU_SON, f"  {field}: {old}\n", f"  {field}: {word}\n")
    line, column = data.where(PHU_SON, f"{field}: {word}")
    assert_reported(
        validate,
        located(PHU_SON, line, column + len(f"{field}: "), f"giá trị “{word}” không đặt trong ngoặc kép sẽ bị YAML hiểu thành đúng/sai"),
        f'viết "{word}" nếu đây là chữ, hoặc true/false nếu là đúng/sai',
    )


def test_quoted_yaml_1_1_words_are_text(data, validate):
    data.edit(PHU_SON, "  dia_danh: Phú Sơn\n", '  dia_danh: "no"\n')
    code, out, err = validate()
    assert code == 0
    assert load_dataset(Path("campaigns")).campaign(PHU_SON[:-5]).campaign.document.place == "no"


def test_leading_zero_code_unquoted(data, validate):
    data.edit(QUYET_THANG, '  ma: "03652"\n', "  ma: 03652\n")
    line, column = data.where(QUYET_THANG, "ma: 03652")
    assert_reported(
        validate,
        located(QUYET_THANG, line, column + len("ma: "), "số “03652” có số 0 đứng đầu sẽ bị YAML đọc sai (hệ bát phân)"),
        'viết "03652" trong ngoặc kép nếu cần giữ số 0, hoặc 3652 nếu là số',
    )


def test_leading_zero_number(data, validate):
    data.edit(PHU_SON, "\nnam: 2024\n", "\nnam: 010\n")
    line, _ = data.where(PHU_SON, "nam: 010")
    assert_reported(validate, located(PHU_SON, line, 6, "số “010” có số 0 đứng đầu sẽ bị YAML đọc sai (hệ bát phân)"))


# --- fields ---------------------------------------------------------------------------------


def test_unknown_field_with_did_you_mean(data, validate):
    data.edit(PHU_SON, "\ntrich_yeu: ", "\ntrich_yu: ")
    line, _ = data.where(PHU_SON, "trich_yu:")
    assert_reported(
        validate, located(PHU_SON, line, 1, "trường “trich_yu” không có trong mẫu dữ liệu"), "có phải ý bạn là “trich_yeu”?"
    )


def test_misspelled_nested_field(data, validate):
    data.edit(PHU_SON, "    ho_ten: Nguyễn Xuân Lâm\n", "    ho_tn: Nguyễn Xuân Lâm\n")
    line, column = data.where(PHU_SON, "ho_tn:")
    assert_reported(
        validate, located(PHU_SON, line, column, "trường “ho_tn” không có trong mẫu dữ liệu"), "có phải ý bạn là “ho_ten”?"
    )
    signer_line, signer_column = data.where(PHU_SON, "nguoi_ky:")
    assert_reported(validate, located(PHU_SON, signer_line, signer_column, "thiếu trường bắt buộc “ho_ten”"))


def test_missing_required_field(data, validate):
    data.edit(PHU_SON, "  dia_danh: Phú Sơn\n", "")
    line, column = data.where(PHU_SON, "van_ban:")
    assert_reported(validate, located(PHU_SON, line, column, "thiếu trường bắt buộc “dia_danh”"))


@pytest.mark.parametrize("written", ['"hai nghìn"', "hai nghìn"])
def test_wrong_type(data, validate, written):
    data.edit(PHU_SON, "\nnam: 2024\n", f"\nnam: {written}\n")
    line, _ = data.where(PHU_SON, "nam: ")
    assert_reported(
        validate, located(PHU_SON, line, 1, "“nam” cần một số nguyên, không phải “hai nghìn”"), "Năm thi đua (có thể khác năm ban hành)"
    )


def test_whole_file_written_as_a_list(data, validate):
    data.write(EXEMPLAR, "- ten: Nguyễn Văn An\n- loai: ca-nhan\n")
    assert_reported(validate, located(EXEMPLAR, 1, 1, "tệp cần một nhóm trường (tên_trường: giá trị)"))


def test_unknown_comparison_with_did_you_mean(data, validate):
    data.edit(PHU_SON, "{so_sanh: tang, so_lieu: 17.8,", "{so_sanh: dta, so_lieu: 17.8,")
    line, column = data.where(PHU_SON, "so_sanh: dta")
    reported = assert_reported(
        validate,
        located(PHU_SON, line, column, "“so_sanh”: giá trị “dta” không hợp lệ; chỉ nhận: dat; tu; tren; duoi;"),
        "có phải ý bạn là “dat”?",
    )
    assert "khoang; ty-so; bang" in reported


def test_range_needs_both_bounds(data, validate):
    data.edit(PHU_THO, "{so_sanh: khoang, tu: 15, den: 35,", "{so_sanh: khoang, tu: 15,")
    line, column = data.where(PHU_THO, "{so_sanh: khoang, tu: 15,")
    assert_reported(validate, located(PHU_THO, line, column, "so_sanh: khoang cần cả “tu” và “den”"))


# --- dates ------------------------------------------------------------------------------------


def test_impossible_date(data, validate):
    data.edit(PHU_SON, "  ngay_ban_hanh: 2023-12\n", "  ngay_ban_hanh: 2023-02-30\n")
    line, _ = data.where(PHU_SON, "ngay_ban_hanh:")
    assert_reported(validate, located(PHU_SON, line, 3, "“ngay_ban_hanh”: ngày “2023-02-30” không có thật trên lịch"))


def test_month_zero_is_not_a_partial_date(data, validate):
    data.edit(PHU_SON, "  ngay_ban_hanh: 2023-12\n", "  ngay_ban_hanh: 2023-00\n")
    line, _ = data.where(PHU_SON, "ngay_ban_hanh:")
    assert_reported(validate, located(PHU_SON, line, 3, "“ngay_ban_hanh”: ngày “2023-00” không có thật trên lịch"))


def test_wrong_date_format(data, validate):
    data.edit(QUYET_THANG, "  ngay_ban_hanh: 2022-01-20\n", "  ngay_ban_hanh: 20/01/2022\n")
    line, _ = data.where(QUYET_THANG, "ngay_ban_hanh:")
    assert_reported(
        validate,
        located(
            QUYET_THANG, line, 3,
            "“ngay_ban_hanh”: ngày “20/01/2022” không đúng dạng; viết NĂM-THÁNG-NGÀY (2024-01-20), "
            "hoặc NĂM-THÁNG (2023-12) khi văn bản để trống ngày",
        ),
    )


def test_partial_date_accepted_where_allowed(data, validate):
    data.edit(QUYET_THANG, "  ngay_ban_hanh: 2022-01-20\n", "  ngay_ban_hanh: 2022-01\n")
    assert validate()[0] == 0
    document = load_dataset(Path("campaigns")).campaign(QUYET_THANG[:-5]).campaign.document
    assert document.issued == PartialDate(2022, 1)
    assert document.is_draft


def test_signature_time_needs_a_full_timestamp(data, validate):
    data.edit(PHU_THO, '  thoi_diem_ky_so: "2024-01-15T10:58:54+07:00"\n', '  thoi_diem_ky_so: "15-01-2024 10:58:54 +07:00"\n')
    line, _ = data.where(PHU_THO, "thoi_diem_ky_so:")
    assert_reported(
        validate,
        located(PHU_THO, line, 3, "“thoi_diem_ky_so” cần thời điểm dạng 2024-01-15T10:58:54+07:00, không phải “15-01-2024 10:58:54 +07:00”"),
    )


def test_occasion_date_not_printed_in_its_text(data, validate):
    data.edit(PHU_THO, "        ngay: 2024-05-07\n", "        ngay: 2024-05-08\n")
    line, _ = data.where(PHU_THO, "ngay: 2024-05-08")
    assert_reported(
        validate,
        located(PHU_THO, line, 9, "ngày 08/05/2024 không có trong nguyên văn “70 năm Ngày chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)”"),
        "chỉ ghi ngày khi văn bản in ngày đó; không tự thêm ngày theo hiểu biết riêng",
    )


# --- numbers ----------------------------------------------------------------------------------


def test_number_not_in_verbatim_text(data, validate):
    data.edit(PHU_SON, "{so_lieu: 1573, don_vi: tỷ đồng}", "{so_lieu: 1.573, don_vi: tỷ đồng}")
    line, column = data.where(PHU_SON, "so_lieu: 1.573")
    reported = assert_reported(
        validate,
        located(PHU_SON, line, column, "số 1,573 (viết kiểu Việt Nam) không có trong nguyên văn chỉ tiêu (trong nguyên văn: “1.573” = 1573, “14,5” = 14.5)"),
    )
    assert "dấu chấm ngăn cách hàng nghìn (“1.573” là 1573)" in reported


def test_vietnamese_formatted_string_number_is_accepted(data, validate):
    data.edit(PHU_SON, "{so_lieu: 2147.429, don_vi: tỷ đồng}", '{so_lieu: "2.147,429", don_vi: tỷ đồng}')
    assert validate()[0] == 0
    campaign = load_dataset(Path("campaigns")).campaign(PHU_SON[:-5]).campaign
    assert campaign.targets[0].targets[0].values[0].value == Decimal("2147.429")


def test_english_formatted_string_number_is_rejected(data, validate):
    data.edit(PHU_SON, "{so_lieu: 2147.429, don_vi: tỷ đồng}", '{so_lieu: "2,147.429", don_vi: tỷ đồng}')
    line, column = data.where(PHU_SON, 'so_lieu: "2,147.429"')
    assert_reported(
        validate,
        located(
            PHU_SON, line, column,
            "“so_lieu”: “2,147.429” không phải một số viết đúng kiểu Việt Nam "
            "(dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân: “2.147,429”)",
        ),
    )


# --- movements ------------------------------------------------------------------------------


def test_duplicate_movement_id(data, validate):
    data.edit(MOVEMENTS, "  - ma: vi-nguoi-ngheo\n", "  - ma: vi-nguoi-ngheo\n    ten: Bản sao\n  - ma: vi-nguoi-ngheo\n")
    line, column = data.where(MOVEMENTS, "ma: vi-nguoi-ngheo", occurrence=2)
    assert_reported(validate, located(MOVEMENTS, line, column, "mã phong trào “vi-nguoi-ngheo” bị trùng"))


def test_unknown_movement_id_with_suggestion(data, validate):
    data.edit(PHU_SON, "  - ma: vi-nguoi-ngheo\n", "  - ma: vi-nguoi-ngeo\n")
    line, column = data.where(PHU_SON, "ma: vi-nguoi-ngeo")
    assert_reported(
        validate,
        located(PHU_SON, line, column, "không có phong trào mã “vi-nguoi-ngeo” trong campaigns/phong-trao.yaml"),
        "có phải ý bạn là “vi-nguoi-ngheo”?",
    )


# --- localities -----------------------------------------------------------------------------


def test_unknown_locality_code(data, validate):
    data.edit(PHU_SON, '  ma: "14823"\n', '  ma: "99999"\n')
    line, column = data.where(PHU_SON, 'ma: "99999"')
    assert_reported(
        validate,
        located(PHU_SON, line, column, "không có đơn vị hành chính mã “99999” trong danh mục trước ngày 01/7/2025"),
        "kiểm tra lại mã và thời kỳ của đơn vị (trước hay từ ngày 01/7/2025)",
    )


def test_code_of_a_unit_before_the_reform_given_as_current_points_to_both(data, validate):
    data.edit(TUNG_ANH, '  ma: "18259"\n', '  ma: "18259"\n  thoi_ky: tu-2025\n')
    line, column = data.where(TUNG_ANH, 'ma: "18259"')
    assert_reported(
        validate,
        located(TUNG_ANH, line, column, "không có đơn vị hành chính mã “18259” trong danh mục từ ngày 01/7/2025"),
        "mã 18259 là Xã Tùng Ảnh (mã 18259), Huyện Đức Thọ, Tỉnh Hà Tĩnh (đơn vị trước ngày 01/7/2025); "
        "nếu đúng đơn vị này, ghi “thoi_ky: truoc-2025”; "
        "từ ngày 01/7/2025 địa bàn này thuộc Xã Đức Thọ (mã 18229), Tỉnh Hà Tĩnh",
    )


def test_locality_name_as_written_suggests_the_official_unit(data, validate):
    data.edit(TUNG_ANH, '  ma: "18259"\n', "  ten: Tùng Anh\n  thuoc: [Đức Thọ, Hà Tĩnh]\n")
    line, column = data.where(TUNG_ANH, "ten: Tùng Anh\n")
    assert_reported(
        validate,
        located(TUNG_ANH, line, column, "không tìm thấy đơn vị hành chính “Tùng Anh” thuộc Đức Thọ, Hà Tĩnh"),
        "có phải Xã Tùng Ảnh (mã 18259), Huyện Đức Thọ, Tỉnh Hà Tĩnh?",
    )


def test_locality_official_name_with_parents_is_accepted(data, validate):
    data.edit(TUNG_ANH, '  ma: "18259"\n', "  ten: Tùng Ảnh\n  thuoc: [Đức Thọ, Hà Tĩnh]\n")
    assert validate()[0] == 0


def test_ambiguous_locality_name_lists_candidates(data, validate):
    data.edit(PHU_SON, '  ma: "14823"\n', "  ten: Phú Sơn\n")
    line, column = data.where(PHU_SON, "ten: Phú Sơn")
    reported = assert_reported(validate, located(PHU_SON, line, column, "tên “Phú Sơn” ứng với "))
    count = int(re.search(r"ứng với (\d+) đơn vị", reported).group(1))
    assert count >= 6
    assert reported.count("(mã ") == count
    assert "Phường Phú Sơn (mã 14823), Thị xã Bỉm Sơn, Tỉnh Thanh Hóa" in reported
    assert "ghi thêm đơn vị cấp trên hoặc dùng mã của đơn vị đúng" in reported


# --- exemplars (honored people) ----------------------------------------------------------


def test_valid_exemplar_is_accepted(data, validate):
    data.write(EXEMPLAR, EXEMPLAR_TEXT)
    code, out, err = validate()
    assert code == 0
    assert "1 người/tập thể được khen thưởng" in out


@pytest.mark.parametrize(
    ("field", "old", "new", "kind"),
    [
        ("thanh_tich", "thanh_tich: Có", "thanh_tich: CCCD 038090001234, có", "số căn cước công dân / chứng minh nhân dân"),
        ("thanh_tich", "thanh_tich: Có", "thanh_tich: Liên hệ 0912 345 678. Có", "số điện thoại"),
        ("thanh_tich", "thanh_tich: Có", "thanh_tich: Sinh ngày 01/02/1980, có", "ngày sinh"),
        ("don_vi", "don_vi: Khu phố 5, phường Phú Sơn", "don_vi: trú tại khu phố 5, phường Phú Sơn", "địa chỉ nhà riêng"),
        ("thanh_tich", "thanh_tich: Có", "thanh_tich: Thư gửi an.nv@gmail.com. Có", "địa chỉ thư điện tử"),
    ],
)
def test_exemplar_personal_data_is_rejected(data, validate, field, old, new, kind):
    data.write(EXEMPLAR, EXEMPLAR_TEXT.replace(old, new))
    line, _ = data.where(EXEMPLAR, f"{field}:")
    assert_reported(
        validate,
        located(EXEMPLAR, line, 1, f"“{field}” có {kind} (“"),
        f"xóa {kind} khỏi tệp; nếu tệp đã được gửi lên GitHub, báo người quản trị để xóa hẳn khỏi lịch sử",
    )


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("ngay_sinh", "ngày sinh"),
        ("nam_sinh", "ngày sinh"),
        ("so_cccd", "số căn cước công dân / chứng minh nhân dân"),
        ("so_dien_thoai", "số điện thoại"),
        ("sdt", "số điện thoại"),
        ("email", "địa chỉ thư điện tử"),
        ("dia_chi", "địa chỉ nhà riêng"),
        ("que_quan", "địa chỉ nhà riêng"),
    ],
)
def test_exemplar_personal_data_field_is_rejected_as_such(data, validate, key, kind):
    data.write(EXEMPLAR, EXEMPLAR_TEXT + f"{key}: x\n")
    line, _ = data.where(EXEMPLAR, f"{key}:")
    assert_reported(
        validate,
        located(EXEMPLAR, line, 1, f"trường “{key}”: không được công bố {kind} của cá nhân"),
        "xóa dòng này",
    )


def test_exemplar_award_outside_the_vocabulary(data, validate):
    data.write(EXEMPLAR, EXEMPLAR_TEXT.replace("danh_hieu: Giấy khen", "danh_hieu: Lao động tiên tiến xuất sắc"))
    line, _ = data.where(EXEMPLAR, "danh_hieu:")
    reported = assert_reported(
        validate,
        located(EXEMPLAR, line, 1, "“danh_hieu”: giá trị “Lao động tiên tiến xuất sắc” không hợp lệ; chỉ nhận: "),
        "có phải ý bạn là “Lao động tiên tiến”?",
    )
    assert "Chiến sĩ thi đua cơ sở" in reported


def test_exemplar_award_for_the_wrong_kind(data, validate):
    data.write(EXEMPLAR, EXEMPLAR_TEXT.replace("danh_hieu: Giấy khen", "danh_hieu: Gia đình văn hóa"))
    assert_reported(validate, located(EXEMPLAR, 1, 1, "“Gia đình văn hóa” là danh hiệu cho tập thể, không cho cá nhân"))


def test_exemplar_photo_file_must_be_there(data, validate):
    consent = "  dong_y:\n    ngay: 2024-12-22\n    bien_ban: Giấy đồng ý đăng ảnh\n"
    data.write(EXEMPLAR, EXEMPLAR_TEXT + "anh:\n  tep: nguyen-van-an.jpg\n" + consent)
    line, column = data.where(EXEMPLAR, "tep: nguyen-van-an.jpg")
    assert_reported(
        validate,
        located(EXEMPLAR, line, column, "không tìm thấy tệp ảnh “nguyen-van-an.jpg” trong thư mục của tệp này"),
        "tải ảnh (JPG, PNG hoặc WebP, như máy ảnh chụp) vào cùng thư mục với tệp này",
    )


def test_exemplar_photo_without_consent(data, validate):
    data.write(EXEMPLAR, EXEMPLAR_TEXT + "anh:\n  tep: nguyen-van-an.jpg\n")
    line, _ = data.where(EXEMPLAR, "anh:")
    assert_reported(
        validate,
        located(EXEMPLAR, line, 1, "thiếu trường bắt buộc “dong_y”"),
        "Bắt buộc: sự đồng ý đã ghi nhận của người trong ảnh",
    )


def test_exemplar_with_unknown_campaign(data, validate):
    data.write(EXEMPLAR, EXEMPLAR_TEXT.replace("2024-phat-dong-thi-dua\n", "2024-phat-dong-thi-dau\n"))
    line, _ = data.where(EXEMPLAR, "ke_hoach:")
    assert_reported(
        validate,
        located(EXEMPLAR, line, 1, "không có kế hoạch mã “thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dau”"),
        "có phải ý bạn là “thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua”?",
    )


# --- files ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "bad_part"), [("Nguyễn-Văn-An.yaml", "Nguyễn-Văn-An"), ("An.yaml", "An"), ("nguyen_van_an.yaml", "nguyen_van_an")])
def test_file_name_must_be_lowercase_ascii(data, validate, name, bad_part):
    data.write(f"thanh-hoa/khen-thuong/{name}", EXEMPLAR_TEXT)
    code, out, err = validate()
    assert code == 1
    assert f"campaigns/thanh-hoa/khen-thuong/{name}:1:1: tên thư mục/tệp “{bad_part}” không hợp lệ" in out
    assert "chỉ dùng chữ thường không dấu, số và dấu gạch ngang" in out


def test_yml_extension(data, validate):
    data.write("thanh-hoa/khen-thuong/an.yml", EXEMPLAR_TEXT)
    assert_reported(validate, "campaigns/thanh-hoa/khen-thuong/an.yml:1:1: tệp dữ liệu phải có đuôi .yaml")


@pytest.mark.parametrize("text", ["", "\n\n", "# chưa viết\n", "---\n", "~\n", "null\n"])
def test_empty_file(data, validate, text):
    data.write("thanh-hoa/2025-ke-hoach.yaml", text)
    assert_reported(validate, located("thanh-hoa/2025-ke-hoach.yaml", 1, 1, "tệp trống"), "xem ví dụ đầy đủ trong README")


def test_non_utf8_file(data, validate):
    data.path(EXEMPLAR).parent.mkdir(parents=True)
    data.path(EXEMPLAR).write_bytes(EXEMPLAR_TEXT.encode("cp1258", errors="replace"))
    # "ten: Nguyễn Văn An": "ễ" is not in Windows-1258 ("?"); "ă" is, and is the first byte that is not UTF-8
    assert_reported(validate, located(EXEMPLAR, 1, 14, "tệp không phải UTF-8"), "lưu lại tệp với mã hóa UTF-8")


def test_control_character_in_file(data, validate):
    data.write(EXEMPLAR, EXEMPLAR_TEXT.replace("Trưởng khu phố", "Trưởng\x00khu phố"))
    line, column = data.where(EXEMPLAR, "\x00")
    assert_reported(
        validate,
        located(EXEMPLAR, line, column, "tệp có ký tự không được phép (mã U+0000)"),
        "xóa ký tự này; ký tự ẩn thường lẫn vào khi sao chép từ Word hoặc PDF",
    )


# --- the command --------------------------------------------------------------------------


def test_every_problem_is_reported_at_once(data, validate):
    data.edit(PHU_SON, "\nnam: 2024\n", "\nnam: hai\n")
    data.edit(PHU_THO, '  dia_danh: "Phú Thọ"\n', "")
    code, out, err = validate()
    assert code == 1
    assert out.splitlines() == [
        located(PHU_THO, data.where(PHU_THO, "van_ban:")[0], 1, "thiếu trường bắt buộc “dia_danh”"),
        located(PHU_SON, data.where(PHU_SON, "nam: hai")[0], 1, "“nam” cần một số nguyên, không phải “hai”")
        + " — Gợi ý: Năm thi đua (có thể khác năm ban hành)",
    ]
    assert "Có 2 lỗi" in err


def test_only_problems_under_the_given_path_are_printed(data, capsys):
    data.edit(PHU_SON, "\nnam: 2024\n", "\nnam: hai\n")
    data.edit(PHU_THO, '  dia_danh: "Phú Thọ"\n', "")
    assert main(["validate", "campaigns/phu-tho"]) == 1
    out = capsys.readouterr().out
    assert "phu-tho/2024" in out and "phuong-phu-son" not in out
    assert main(["validate", "campaigns/son-la"]) == 0


HOSTILE_FILES = {
    "list": "- a\n- b\n",
    "scalar": "chỉ một dòng chữ\n",
    "list key": "? [a, b]\n: c\n",
    "tag": "ten: !!python/object/apply:os.system [echo]\n",
    "two documents": "ten: a\n---\nten: b\n",
    "unclosed quote": 'ten: "Nguyễn\n',
    "deep nesting": "ten: " + "[" * 60 + "]" * 60 + "\n",
    "control character": "ten: a\x07b\n",
    "empty": "",
}


@pytest.mark.parametrize("text", HOSTILE_FILES.values(), ids=HOSTILE_FILES.keys())
def test_no_traceback_only_located_problems(data, validate, text):
    data.write(EXEMPLAR, text)
    code, out, err = validate()
    assert code == 1
    assert out.splitlines(), "at least one problem"
    assert all(PROBLEM_LINE.match(line) for line in out.splitlines()), out
    assert "Traceback" not in out + err


def test_github_format(data, validate):
    data.edit(PHU_SON, "\ntrich_yeu: ", "\ntrich_yu: ")
    line, _ = data.where(PHU_SON, "trich_yu:")
    code, out, err = validate("--format", "github")
    assert code == 1
    assert all(row.startswith("::error file=campaigns/") for row in out.splitlines())
    assert (
        f"::error file=campaigns/{PHU_SON},line={line},col=1::trường “trich_yu” không có trong mẫu dữ liệu"
        " — Gợi ý: có phải ý bạn là “trich_yeu”?"
    ) in out.splitlines()


def test_load_dataset_carries_every_problem(data):
    from thidua.problems import DataError

    data.edit(PHU_SON, "\nnam: 2024\n", "\nnam: hai\n")
    data.write(EXEMPLAR, "")
    with pytest.raises(DataError) as error:
        load_dataset(Path("campaigns"))
    assert sorted(Path(problem.path).name for problem in error.value.problems) == [Path(PHU_SON).name, "x.yaml"]


def test_missing_path_or_missing_data_folder_fails(tmp_path, monkeypatch, capsys):
    assert main(["validate", str(tmp_path / "khong-co")]) == 2
    assert "Không tìm thấy" in capsys.readouterr().err
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 2
    assert "Không có thư mục dữ liệu" in capsys.readouterr().err
