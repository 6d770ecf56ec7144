"""Files `thidua import` cannot use get one Vietnamese sentence saying why and what to do, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from thidua.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _refusal(capsys, path: Path) -> str:
    assert main(["--root", str(ROOT / "campaigns"), "import", str(path), "--ra", str(path.parent / "ra")]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and captured.out == ""
    assert not (path.parent / "ra").exists()
    return captured.err


def test_empty_file(tmp_path, capsys):
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(b"")
    assert "rỗng" in _refusal(capsys, path)


def test_fifty_megabyte_file(tmp_path, capsys):
    path = tmp_path / "ke-hoach.pdf"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024)
    assert "quá lớn (50 MB" in _refusal(capsys, path)


def test_old_word_file(tmp_path, capsys):
    path = tmp_path / "ke-hoach.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    message = _refusal(capsys, path)
    assert "Word cũ (.doc)" in message and ".docx" in message


def test_password_protected_word_file(tmp_path, capsys):
    pytest.importorskip("docx")
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # Word encrypts into an OLE container
    assert "mật khẩu" in _refusal(capsys, path)


def test_password_protected_pdf(tmp_path, capsys):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("mat-khau", algorithm="RC4-128")
    path = tmp_path / "ke-hoach.pdf"
    with path.open("wb") as file:
        writer.write(file)
    assert "có mật khẩu" in _refusal(capsys, path)


def test_scanned_pdf_without_text_layer(tmp_path, capsys, browser):
    pytest.importorskip("pypdf")
    page = browser.new_page()
    page.set_content("<div style='width:400px;height:600px;background:#bbb'></div>")
    path = tmp_path / "ban-quet.pdf"
    page.pdf(path=str(path), format="A4")
    page.close()
    assert "cần bản có lớp chữ hoặc tệp Word" in _refusal(capsys, path)


def test_damaged_pdf(tmp_path, capsys):
    pytest.importorskip("pypdf")
    path = tmp_path / "ke-hoach.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"x" * 200)
    assert "không đọc được tệp PDF" in _refusal(capsys, path)


def test_document_that_is_not_a_plan(tmp_path, capsys):
    path = tmp_path / "cong-van.txt"
    path.write_text("UBND XÃ A\nSố: 12/CV-UBND\nV/v mời họp\nKính gửi các thôn.\n", encoding="utf-8")
    assert "không giống một kế hoạch" in _refusal(capsys, path)


def test_unknown_kind_of_file(tmp_path, capsys):
    path = tmp_path / "ke-hoach.odt"
    path.write_bytes(b"PK\x03\x04 odt")
    assert "không đọc được loại tệp" in _refusal(capsys, path)
