"""`thidua new campaign|exemplar` on a copy of the real data: right folder, valid file, no overwrite,
the register's suggestions, and a Vietnamese message when an option is missing and nobody can answer."""

import shutil
import sys
from pathlib import Path

import pytest

from thidua import placeholders
from thidua.cli import main

ROOT = Path(__file__).resolve().parent.parent
TUNG_ANH = "ha-tinh/huyen-duc-tho/xa-tung-anh"
TUNG_ANH_PLAN = f"{TUNG_ANH}/2024-ke-hoach-phat-dong-thi-dua"
SUGGESTION = "có phải Xã Tùng Ảnh (mã 18259), Huyện Đức Thọ, Tỉnh Hà Tĩnh?"


@pytest.fixture
def data(tmp_path) -> Path:
    """A copy of campaigns/ without the illustrative set."""
    root = tmp_path / "campaigns"
    shutil.copytree(ROOT / "campaigns", root, ignore=shutil.ignore_patterns("minh-hoa"))
    return root


@pytest.fixture
def thidua(data, capsys):
    """Run `thidua --root <copy> ARGS` with stdin not a terminal; return (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--root", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def validate(thidua, data: Path) -> tuple[int, str, str]:
    return thidua("validate", str(data))


# What staff write in place of the stand-ins, as the document says.
FILLED = {
    placeholders.SIGNER: "Nguyễn Văn Ký",
    placeholders.EXAMPLE_TARGET: "Sản lượng lương thực đạt 2.150 tấn",
    placeholders.DECISION_NUMBER: "125/QĐ-UBND",
    placeholders.ACHIEVEMENT: "Vận động 15 hộ hiến đất làm đường giao thông nông thôn.",
}


def fill(*paths: Path) -> None:
    """Replace the stand-in values `thidua new` wrote, as staff do before publishing."""
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for stand_in, value in FILLED.items():
            text = text.replace(f'"{stand_in}"', f'"{value}"')
        path.write_text(text, encoding="utf-8")


def test_stand_ins_left_in_a_new_file_are_refused_one_by_one(thidua, data):
    assert thidua("new", "campaign", "--ma", "18259", "--nam", "2025", "--ten-tep", "thu-nghiem")[0] == 0
    path = data / TUNG_ANH / "2025-thu-nghiem.yaml"
    code, out, err = validate(thidua, data)
    assert code == 1
    lines = [line for line in out.splitlines() if "còn giá trị tạm" in line]
    assert [line.split(": ", 1)[1].split(" — ")[0] for line in lines] == [
        f"“ho_ten” còn giá trị tạm “{placeholders.SIGNER}” do lệnh thidua new ghi",
        f"“nguyen_van” còn giá trị tạm “{placeholders.EXAMPLE_TARGET}” do lệnh thidua new ghi",
    ]
    assert all(line.split(":")[0].endswith(f"{TUNG_ANH}/{path.name}") for line in lines)
    assert "Có 2 lỗi." in out + err


# --- campaigns --------------------------------------------------------------------------------


def test_new_campaign_is_written_in_the_locality_folder_and_validates(thidua, data):
    code, out, err = thidua("new", "campaign", "--ma", "18259", "--nam", "2025", "--ten-tep", "thu-nghiem")
    assert (code, err) == (0, "")
    path = data / TUNG_ANH / "2025-thu-nghiem.yaml"
    assert f"Đã tạo tệp {path}" in out
    assert "Xã Tùng Ảnh (mã 18259), Huyện Đức Thọ, Tỉnh Hà Tĩnh" in out
    assert "thidua validate" in out and "make serve" in out
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../../schema/campaign.schema.json\n")
    assert (path.parent / "../../../schema/campaign.schema.json").resolve().is_file()
    assert 'co_quan_ban_hanh: "Ủy ban nhân dân xã Tùng Ảnh"' in text
    assert 'trich_yeu: "Kế hoạch phát động phong trào thi đua năm 2025"' in text
    assert "# SỬA" in text

    fill(path)
    code, out, err = validate(thidua, data)
    assert code == 0, out + err
    assert out.startswith("Hợp lệ: 6 kế hoạch")


def test_default_file_name_and_folders_of_a_province_and_a_district(thidua, data):
    assert thidua("new", "campaign", "--ma", "25", "--nam", "2025")[0] == 0
    assert thidua("new", "campaign", "--ma", "187", "--nam", "2025")[0] == 0
    assert (data / "phu-tho/2025-ke-hoach-phat-dong-thi-dua.yaml").is_file()
    assert (data / "lang-son/huyen-chi-lang/2025-ke-hoach-phat-dong-thi-dua.yaml").is_file()
    fill(data / "phu-tho/2025-ke-hoach-phat-dong-thi-dua.yaml", data / "lang-son/huyen-chi-lang/2025-ke-hoach-phat-dong-thi-dua.yaml")
    assert validate(thidua, data)[0] == 0


def test_new_campaign_refuses_to_overwrite(thidua, data):
    args = ("new", "campaign", "--ma", "18259", "--nam", "2025", "--ten-tep", "thu-nghiem")
    assert thidua(*args)[0] == 0
    path = data / TUNG_ANH / "2025-thu-nghiem.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# đã sửa\n", encoding="utf-8")
    code, out, err = thidua(*args)
    assert code == 1
    assert "đã có, không ghi đè" in err and "--ten-tep" in err
    assert path.read_text(encoding="utf-8").endswith("# đã sửa\n")


def test_misspelt_commune_gets_the_registers_suggestion(thidua, data):
    code, out, err = thidua("new", "campaign", "--ten", "Tùng Anh", "--thuoc", "Đức Thọ", "Hà Tĩnh", "--nam", "2025")
    assert code == 1
    assert "không tìm thấy đơn vị hành chính “Tùng Anh”" in err
    assert SUGGESTION in err
    assert not (data / TUNG_ANH / "2025-ke-hoach-phat-dong-thi-dua.yaml").exists()


def test_name_with_parents_finds_the_commune(thidua, data):
    code, out, err = thidua("new", "campaign", "--ten", "Tùng Ảnh", "--thuoc", "Đức Thọ", "--nam", "2025")
    assert code == 0, err
    assert (data / TUNG_ANH / "2025-ke-hoach-phat-dong-thi-dua.yaml").is_file()


def test_code_of_the_other_era_is_explained(thidua):
    code, out, err = thidua("new", "campaign", "--ma", "18259", "--nam", "2026")
    assert code == 1
    assert "Xã Tùng Ảnh (mã 18259)" in err and "--thoi-ky truoc-2025" in err


def test_missing_option_without_a_terminal_fails_in_vietnamese(thidua, data):
    code, out, err = thidua("new", "campaign", "--ma", "18259")
    assert code == 2
    assert "Lỗi: thiếu tùy chọn --nam" in err
    assert "chạy lệnh trong cửa sổ dòng lệnh để được hỏi từng mục" in err
    code, out, err = thidua("new", "campaign", "--nam", "2025")
    assert code == 2
    assert "thiếu tùy chọn --ma (hoặc --ten và --thuoc)" in err
    assert not list((data / TUNG_ANH).glob("2025-*"))


def test_missing_options_are_asked_at_a_terminal(thidua, data, monkeypatch):
    answers = iter(["", "2025", "Tùng Ảnh", "Đức Thọ, Hà Tĩnh"])
    questions = []

    def answer(question: str) -> str:
        questions.append(question)
        return next(answers)

    monkeypatch.setattr(sys, "stdin", type("Terminal", (), {"isatty": staticmethod(lambda: True)})())
    monkeypatch.setattr("builtins.input", answer)
    code, out, err = thidua("new", "campaign")
    assert code == 0, err
    assert "Mục này bắt buộc." in out
    assert questions[0].startswith("năm thi đua")
    assert (data / TUNG_ANH / "2025-ke-hoach-phat-dong-thi-dua.yaml").is_file()


# --- exemplars --------------------------------------------------------------------------------


def test_new_exemplar_takes_locality_and_year_from_its_campaign_and_validates(thidua, data):
    code, out, err = thidua(
        "new", "exemplar", "--ten-nguoi", "Nguyễn Văn Thử", "--loai", "ca-nhan", "--ke-hoach", TUNG_ANH_PLAN,
    )
    assert (code, err) == (0, "")
    path = data / TUNG_ANH / "khen-thuong/nguyen-van-thu.yaml"
    assert f"Đã tạo tệp {path}" in out
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../../../schema/exemplar.schema.json\n")
    assert "nam: 2024" in text and f"ke_hoach: {TUNG_ANH_PLAN}" in text
    fill(path)
    code, out, err = validate(thidua, data)
    assert code == 0, out + err
    assert "1 người/tập thể được khen thưởng" in out


def test_new_collective_with_a_code_and_an_award(thidua, data):
    code, out, err = thidua(
        "new", "exemplar", "--ten-nguoi", "Khu phố Thử", "--loai", "tap-the", "--danh-hieu", "Thôn, tổ dân phố văn hóa",
        "--ma", "14823", "--nam", "2024", "--ten-tep", "khu-pho-thu",
    )
    assert code == 0, err
    path = data / "thanh-hoa/thi-xa-bim-son/phuong-phu-son/khen-thuong/khu-pho-thu.yaml"
    fill(path)
    assert validate(thidua, data)[0] == 0


def test_new_exemplar_refuses_to_overwrite(thidua):
    args = ("new", "exemplar", "--ten-nguoi", "Nguyễn Văn Thử", "--loai", "ca-nhan", "--ke-hoach", TUNG_ANH_PLAN)
    assert thidua(*args)[0] == 0
    code, out, err = thidua(*args)
    assert code == 1 and "đã có, không ghi đè" in err


def test_new_exemplar_misspelt_commune_gets_the_suggestion(thidua):
    code, out, err = thidua(
        "new", "exemplar", "--ten-nguoi", "Nguyễn Văn Thử", "--loai", "ca-nhan", "--nam", "2024",
        "--ten", "Tùng Anh", "--thuoc", "Đức Thọ", "Hà Tĩnh",
    )
    assert code == 1 and SUGGESTION in err


def test_new_exemplar_missing_option_without_a_terminal_fails_in_vietnamese(thidua, data):
    code, out, err = thidua("new", "exemplar", "--ten-nguoi", "Nguyễn Văn Thử", "--ke-hoach", TUNG_ANH_PLAN)
    assert code == 2
    assert "Lỗi: thiếu tùy chọn --loai" in err
    assert not (data / TUNG_ANH / "khen-thuong").exists()


def test_unknown_campaign_gets_the_closest_one(thidua):
    code, out, err = thidua(
        "new", "exemplar", "--ten-nguoi", "Nguyễn Văn Thử", "--loai", "ca-nhan", "--ke-hoach", f"{TUNG_ANH}/2024-ke-hoach",
    )
    assert code == 1 and f"có phải ý bạn là “{TUNG_ANH_PLAN}”?" in err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--ten-nguoi", "Nguyễn Văn Thử sinh năm 1970", "--loai", "ca-nhan"), "“ten” có ngày sinh (“sinh năm 1970”): không được công bố thông tin cá nhân"),
        (("--ten-nguoi", "Nguyễn Văn Thử", "--loai", "ca-nhan", "--danh-hieu", "Gia đình văn hóa"), "là danh hiệu cho tập thể"),
    ],
)
def test_values_the_model_rejects_write_nothing(thidua, data, extra, message):
    code, out, err = thidua("new", "exemplar", *extra, "--ke-hoach", TUNG_ANH_PLAN)
    assert code == 1 and "không tạo tệp" in err and message in err
    assert not (data / TUNG_ANH / "khen-thuong").exists()
