"""Hostile and broken files: each is refused by `thidua validate` with a located Vietnamese
message, without a traceback and without reading anything outside the data folder or without end.

Every case works on a copy of the real data (illustrative people included, for a real photo)."""

from __future__ import annotations

import os
import shutil
import struct
import unicodedata
import zlib
from pathlib import Path

import pytest
from PIL import Image

from campaigns_copy import edit, line_column
from thidua import datafile
from thidua.cli import main
from thidua.datafile import MAX_TEXT_BYTES, MAX_YAML_BYTES
from thidua.photos import MAX_PIXELS
from thidua.yamlsource import MAX_DEPTH

ROOT = Path(__file__).resolve().parent.parent
PLAN = "phu-tho/2024-ke-hoach-phat-dong-thi-dua"
PLAN_TEXT = f"{PLAN}.txt"
PERSON_FOLDER = "minh-hoa/thanh-hoa/thi-xa-bim-son/phuong-phu-son/khen-thuong"
PERSON = f"{PERSON_FOLDER}/nguyen-van-minh-hoa.yaml"
PHOTO = f"{PERSON_FOLDER}/nguyen-van-minh-hoa.jpg"
SECRET = "MAT_KHAU_CUA_MAY_XAY_DUNG"
NOT_A_FILE_NAME = "không phải tên tệp: chỉ ghi tên của một tệp đặt cùng thư mục với tệp này"
LINK = "là một liên kết (symlink)"
ANCHOR = "giá trị không được bắt đầu bằng dấu “*” hoặc “&”"
TOO_DEEP = f"dữ liệu lồng nhau quá sâu (hơn {MAX_DEPTH} bậc)"


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A copy of campaigns/ in the current directory; a secret file outside it."""
    shutil.copytree(ROOT / "campaigns", tmp_path / "campaigns")
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "campaigns"


@pytest.fixture
def validate(capsys):
    """`thidua validate campaigns`: the exit code and the problems printed, one a line."""

    def run() -> tuple[int, list[str]]:
        code = main(["validate", "campaigns"])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out.splitlines()

    return run


def line_of(path: Path, needle: str) -> int:
    text = path.read_text(encoding="utf-8")
    return line_column(text, text.index(needle))[0]


def assert_refused(validate, where: str, message: str) -> str:
    """Exactly one problem, starting with ``where`` (campaigns/file:line:column) and saying ``message``."""
    code, lines = validate()
    assert code == 1
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"campaigns/{where}: "), lines
    assert message in lines[0]
    assert SECRET not in lines[0]
    return lines[0]


# Point 2: files stay inside the data folder.


@pytest.mark.parametrize("name", ["../../../../secret.txt", "/proc/self/environ", "..", "khen-thuong/a.txt", "C:\\a.txt"])
def test_original_text_named_by_a_path_is_refused(data, validate, name):
    edit(data / f"{PLAN}.yaml", 'tep: "2024-ke-hoach-phat-dong-thi-dua.txt"', f"tep: '{name}'")
    line = line_of(data / f"{PLAN}.yaml", f"tep: '{name}'")
    assert_refused(validate, f"{PLAN}.yaml:{line}:3", NOT_A_FILE_NAME)


def test_original_text_that_is_a_link_is_refused(data, validate):
    (data / PLAN_TEXT).unlink()
    (data / PLAN_TEXT).symlink_to(data.parent / "secret.txt")
    line = line_of(data / f"{PLAN}.yaml", "tep: ")
    message = assert_refused(validate, f"{PLAN}.yaml:{line}:3", f"tệp “2024-ke-hoach-phat-dong-thi-dua.txt” {LINK}")
    assert "Gợi ý: thay liên kết bằng chính tệp" in message


def test_original_text_in_a_linked_folder_is_refused(data, validate):
    """A folder that is a link to a folder outside, holding a plan: nothing in it is read."""
    outside = data.parent / "outside"
    shutil.copytree(data / "phu-tho", outside)
    (data / "tuyen-quang").symlink_to(outside)
    assert_refused(validate, "tuyen-quang:1:1", f"thư mục “tuyen-quang” {LINK}")


def test_data_file_that_is_a_link_is_refused(data, validate):
    (data / "lang-son" / "2024-bi-mat.yaml").symlink_to(data.parent / "secret.txt")
    assert_refused(validate, "lang-son/2024-bi-mat.yaml:1:1", f"tệp “2024-bi-mat.yaml” {LINK}")


def test_photo_that_is_a_link_is_refused(data, validate):
    Image.new("RGB", (400, 500)).save(data.parent / "outside.jpg")
    (data / PHOTO).unlink()
    (data / PHOTO).symlink_to(data.parent / "outside.jpg")
    line = line_of(data / PERSON, "tep: ")
    assert_refused(validate, f"{PERSON}:{line}:3", f"tệp “nguyen-van-minh-hoa.jpg” {LINK}")


def test_photo_named_by_a_path_is_refused(data, validate):
    edit(data / PERSON, "tep: nguyen-van-minh-hoa.jpg", "tep: ..")
    line = line_of(data / PERSON, "tep: ..")
    assert_refused(validate, f"{PERSON}:{line}:3", NOT_A_FILE_NAME)


# Point 3: bounded input.


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("x: &a [*a]\n", "1:4", ANCHOR),  # refers to itself
        ("ten: &ten Nguyễn Văn An\ndon_vi: *ten\n", "1:6", ANCHOR),
        ("\n".join(["a: &a [x, x, x, x, x, x, x, x, x]"] + [
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]" for i in range(9)
        ]) + "\n", "1:4", ANCHOR),  # billion laughs: 9^10 items once expanded
        ("[" * 5000 + "\n", f"1:{MAX_DEPTH + 1}", TOO_DEEP),
        ("".join(" " * depth + f"a{depth}:\n" for depth in range(1500)), f"{MAX_DEPTH + 1}:{MAX_DEPTH + 1}", TOO_DEEP),
    ],
    ids=["recursive-alias", "alias", "alias-bomb", "nested-lists", "nested-mappings"],
)
def test_aliases_and_deep_nesting_are_refused_before_reading_on(data, validate, text, where, message):
    (data / "lang-son" / "2024-a.yaml").write_text(text, encoding="utf-8")
    assert_refused(validate, f"lang-son/2024-a.yaml:{where}", message)


def test_a_data_file_over_the_size_cap_is_refused_unread(data, validate):
    with (data / "lang-son" / "2024-a.yaml").open("wb") as file:
        file.truncate(MAX_YAML_BYTES + 1)  # sparse: no disk used, and the content is never read
    assert_refused(validate, "lang-son/2024-a.yaml:1:1", "tệp quá lớn (2 MB; tối đa 2 MB)")


def test_an_original_text_over_the_size_cap_is_refused_unread(data, validate):
    with (data / PLAN_TEXT).open("wb") as file:
        file.truncate(50 * 1024 * 1024)
    assert_refused(validate, f"{PLAN_TEXT}:1:1", f"tệp quá lớn (50 MB; tối đa {MAX_TEXT_BYTES // 1024 // 1024} MB)")


def test_a_file_larger_than_its_size_when_checked_is_read_whole_and_still_capped():
    grown = Path("/proc/self/status")  # its size is 0 when checked (as a file that grew since), then it has lines
    assert os.stat(grown).st_size == 0
    assert datafile.read_bytes(grown, MAX_TEXT_BYTES).endswith(b"\n")
    refused = datafile.read_bytes(grown, 100)
    assert isinstance(refused, datafile.Refusal) and "quá lớn" in refused.message


def windows_1258(text: str) -> bytes:
    """``text`` as Windows-1258 saves it: a letter it lacks is its base letter and combining marks."""
    out = b""
    for char in text:
        base, *marks = unicodedata.normalize("NFD", char)
        for split in range(len(marks), -1, -1):
            try:
                out += unicodedata.normalize("NFC", base + "".join(marks[:split])).encode("cp1258")
                out += "".join(marks[split:]).encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
    return out


def test_an_original_text_not_in_utf8_is_refused_where_it_goes_wrong(data, validate):
    text = (data / PLAN_TEXT).read_text(encoding="utf-8")
    (data / PLAN_TEXT).write_bytes(windows_1258(text))
    first = next(i for i, c in enumerate(text) if not c.isascii())  # “Đ” of ĐẢNG ỦY on line 3
    line, column = line_column(text, first)
    message = assert_refused(validate, f"{PLAN_TEXT}:{line}:{column}", "tệp không phải UTF-8")
    assert "Gợi ý: lưu lại tệp với mã hóa UTF-8" in message


def test_yaml_and_original_text_share_the_utf8_message(data, validate):
    path = data / f"{PLAN}.yaml"
    path.write_bytes(windows_1258(path.read_text(encoding="utf-8")))
    code, lines = validate()
    wording = ": tệp không phải UTF-8 — Gợi ý: lưu lại tệp với mã hóa UTF-8"
    assert any(line.startswith(f"campaigns/{PLAN}.yaml:") and wording in line for line in lines)


def png_header(path: Path, width: int, height: int) -> None:
    """A PNG whose header claims ``width``×``height`` (1-bit), with one tiny compressed row."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND", b""))


@pytest.mark.parametrize("side", [14000, 8000])  # above Pillow's own "bomb" limits, and only above ours
def test_a_photo_with_too_many_pixels_is_refused(data, validate, side):
    assert side * side > MAX_PIXELS
    png_header(data / PERSON_FOLDER / "anh.png", side, side)
    edit(data / PERSON, "tep: nguyen-van-minh-hoa.jpg", "tep: anh.png")
    line = line_of(data / PERSON, "tep: anh.png")
    assert_refused(validate, f"{PERSON}:{line}:3", "ảnh “anh.png” có quá nhiều điểm ảnh")


def test_a_truncated_photo_is_refused_when_checked_not_when_published(data, validate):
    image = Image.effect_noise((1600, 1200), 64).convert("RGB")
    image.save(data / PHOTO, "JPEG", quality=90)
    whole = (data / PHOTO).read_bytes()
    (data / PHOTO).write_bytes(whole[: len(whole) * 2 // 3])
    line = line_of(data / PERSON, "tep: ")
    assert_refused(validate, f"{PERSON}:{line}:3", "ảnh “nguyen-van-minh-hoa.jpg” bị hỏng hoặc chưa tải lên hết")


def test_a_pipe_named_like_a_data_file_is_not_waited_for(data, validate):
    os.mkfifo(data / "lang-son" / "2024-a.yaml")
    assert_refused(validate, "lang-son/2024-a.yaml:1:1", "“2024-a.yaml” không phải một tệp thường")


def test_a_file_name_that_is_not_utf8_is_refused_and_printed(data, validate):
    (data / os.fsdecode(b"lang-son/2024-\xff\x07.yaml")).write_text("a: 1\n", encoding="utf-8")
    assert_refused(validate, "lang-son/2024-��.yaml:1:1", "tên “2024-��.yaml” có ký tự ẩn hoặc không phải chữ UTF-8")


def test_an_escape_that_is_no_character_is_refused_in_a_key_and_a_value(data, validate):
    """"\\ud800" is half of a UTF-16 pair: Python cannot even print it."""
    edit(data / PERSON, "chuc_vu: Trưởng khu phố", 'chuc_vu: "Trưởng \\ud800"\n"\\udc80": 1')
    code, lines = validate()
    line = line_of(data / PERSON, "chuc_vu")
    assert lines[:2] == [
        f"campaigns/{PERSON}:{line}:10: mã “\\ud800” trong ngoặc kép không phải là một ký tự — "
        "Gợi ý: xóa mã này; muốn có chữ nào thì gõ thẳng chữ đó",
        f"campaigns/{PERSON}:{line + 1}:1: mã “\\udc80” trong ngoặc kép không phải là một ký tự — "
        "Gợi ý: xóa mã này; muốn có chữ nào thì gõ thẳng chữ đó",
    ]


def test_a_number_too_long_for_python_is_text(data, validate):
    edit(data / PERSON, "nam: 2024", "nam: " + "9" * 5000)
    code, lines = validate()
    assert code == 1
    assert len(lines) == 1
    assert lines[0].startswith(f"campaigns/{PERSON}:{line_of(data / PERSON, 'nam: ')}:1: “nam”")
