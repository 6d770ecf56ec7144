"""No personal data in any text of any data file: found however it is typed, named by kind, located.

The cases are the ones found published (issue 10) and the near-misses the seed plans are full of:
numbers of households, amounts of money, anniversaries, document numbers.
"""

import shutil
import unicodedata
from pathlib import Path

import pytest

from campaigns_copy import line_column
from thidua.cli import main
from thidua.dataset import load_dataset
from thidua.model.personal import BIRTH_DATE, EMAIL, HOME_ADDRESS, ID_NUMBER, PHONE, personal_data_in
from thidua.problems import DataError

ROOT = Path(__file__).resolve().parent.parent
PHU_THO = "phu-tho/2024-ke-hoach-phat-dong-thi-dua.yaml"
EXEMPLAR = "minh-hoa/lang-son/huyen-chi-lang/khen-thuong/do-thi-vi-du.yaml"
HINT = "nếu tệp đã được gửi lên GitHub, báo người quản trị để xóa hẳn khỏi lịch sử"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("CCCD: 042 080 001 234", ID_NUMBER),
        ("CCCD số 042.080.001.234", ID_NUMBER),
        ("Ông Nguyễn Văn A, CMND số 123456789", ID_NUMBER),
        ("số định danh 038090001234", ID_NUMBER),
        ("(+84) 912 345 678", PHONE),
        ("0912 - 345 - 678", PHONE),
        ("+84912345678", PHONE),
        ("liên hệ ĐT: 0239.3845.123", PHONE),
        ("nguyenvana (at) gmail.com", EMAIL),
        ("nguyenvana [at] gmail [dot] com", EMAIL),
        ("nguyenvana at gmail.com", EMAIL),
        ("an.nv@gmail.com", EMAIL),
        ("Nguyễn Văn A, SN 12/03/1980", BIRTH_DATE),
        ("Nguyễn Văn A (NS: 12.3.1980)", BIRTH_DATE),
        ("Nguyễn Văn A, SN 1980", BIRTH_DATE),
        (unicodedata.normalize("NFD", "Bà Lê Thị B, ngày sinh: 01/02/1980"), BIRTH_DATE),
        ("sinh ngày 5 tháng 3 năm 1980", BIRTH_DATE),
        ("Nguyễn Văn A, sinh năm 1975", BIRTH_DATE),
        ("nhà ở số 12 ngõ 5", HOME_ADDRESS),
        ("Số 12 ngõ 5 phố Huế", HOME_ADDRESS),
        ("trú tại thôn 3", HOME_ADDRESS),
        ("Địa chỉ: thôn Đông", HOME_ADDRESS),
        ("quê quán: xã Tùng Ảnh", HOME_ADDRESS),
    ],
)
def test_personal_data_is_found_however_typed(text, kind):
    found = personal_data_in(text)
    assert found is not None and found[0] == kind
    assert found[1] in unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    "text",
    [
        "70 năm Ngày chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)",
        "134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)",
        "Tổng thu NS: 5.516.000.000đ; Tổng chi NS: 5.516.000.000đ",
        "Thu NSNN năm 2024 đạt 100.000.000.000 đồng; NS 2024",
        "Căn cứ Quyết định số 01/QĐ-UBND ngày 02 tháng 01 năm 2024",
        "Nhà văn hóa thôn 3 đạt chuẩn",
        "hỗ trợ xây dựng nhà ở cho 12 hộ nghèo",
        "ĐTN xã, HĐND, các ĐTPT",
        "Xây dựng 5 địa chỉ đỏ; giữ ngõ xóm sạch đẹp",
        "cấp CCCD cho 1.200 người",
        "Không để phát sinh năm 2024 hộ nghèo mới",
        "giai đoạn 2021 - 2025; tăng 0,5 - 1%; 12/12 thôn",
        "Đợt 1: từ 05/5/2024 - 10/6/2024",
    ],
)
def test_near_misses_are_not_personal_data(text):
    assert personal_data_in(text) is None


def test_seed_and_illustrative_data_load_clean():
    dataset = load_dataset(ROOT / "campaigns", include_illustrative=True)
    assert len(dataset.campaigns) == 7 and dataset.exemplars and dataset.abbreviations  # 5 seeds, 2 illustrative
    texts = [text for source in dataset.sources.values() for _, text in source.strings()]
    assert len(texts) > 1000
    assert [text for text in texts if personal_data_in(text)] == []


@pytest.fixture
def data(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "campaigns", tmp_path / "campaigns")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "campaigns"


def _edit(path: Path, old: str, new: str) -> tuple[int, int]:
    """Replace the only ``old`` by ``new``; return the 1-based line and column of ``new``."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    index = text.index(old)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return line_column(text, index)


def _reported(capsys) -> list[str]:
    assert main(["validate", "campaigns"]) == 1
    return capsys.readouterr().out.splitlines()


def test_named_person_in_a_plan_preamble(data, capsys):
    line, column = _edit(
        data / PHU_THO,
        '  - "Năm 2024 là năm',
        '  - "Ông Nguyễn Văn A (CCCD 038090001234, ĐT 0912345678, sinh ngày 12/03/1980). Năm 2024 là năm',
    )
    expected = (
        f"campaigns/{PHU_THO}:{line}:{column + 4}: “mo_dau” có {ID_NUMBER} (“CCCD 038090001234”): "
        f"không được công bố thông tin cá nhân — Gợi ý: xóa {ID_NUMBER} khỏi tệp; {HINT}"
    )
    assert expected in _reported(capsys)


@pytest.mark.parametrize(
    ("name", "old", "new", "key", "kind", "field"),
    [
        (EXEMPLAR, "co_quan: UBND huyện Chi Lăng", "co_quan: UBND huyện Chi Lăng, ĐT 0912.345.678",
         "co_quan: UBND huyện Chi Lăng,", PHONE, "co_quan"),
        (EXEMPLAR, "ten: Đỗ Thị Ví Dụ", "ten: Đỗ Thị Ví Dụ (SN 12/03/1980)", "ten: Đỗ", BIRTH_DATE, "ten"),
        ("phong-trao.yaml", "gioi_thieu: Phong trào thi đua trong lực lượng vũ trang nhân dân.",
         "gioi_thieu: Liên hệ nguyenvana (at) gmail.com", "gioi_thieu: Liên hệ", EMAIL, "gioi_thieu"),
        ("viet-tat.yaml", '{chu: MN, nghia: "mầm non"}', '{chu: MN, nghia: "nhà ở số 12 ngõ 5"}',
         'nghia: "nhà ở', HOME_ADDRESS, "nghia"),
    ],
)
def test_every_file_kind_is_guarded(data, capsys, name, old, new, key, kind, field):
    """The problem points at the field's name, in plans, exemplars, movements and abbreviations."""
    _edit(data / name, old, new)
    text = (data / name).read_text(encoding="utf-8")
    index = text.index(key)
    line, column = line_column(text, index)
    assert any(entry.startswith(f"campaigns/{name}:{line}:{column}: “{field}” có {kind} (“") for entry in _reported(capsys))


def test_decomposed_unicode_is_found_in_a_file(data):
    _edit(data / PHU_THO, '  - "Năm 2024 là năm', "  - " + unicodedata.normalize("NFD", '"Bà B, ngày sinh 01/02/1980. Năm 2024 là năm'))
    with pytest.raises(DataError) as error:
        load_dataset(data)
    assert any(f"“mo_dau” có {BIRTH_DATE} (“ngày sinh 01/02/1980”)" in p.message for p in error.value.problems)
