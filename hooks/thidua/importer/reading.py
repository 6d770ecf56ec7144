"""Read a plan from .txt/.md, .docx or .pdf into a list of paragraphs (verbatim, NFC).

Every format ends in the same list, so recognition never depends on where the text came from.
"""

import unicodedata
from importlib import import_module
from pathlib import Path

from .lines import join_broken_lines

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")
_NEED_TEXT = "cần bản có lớp chữ hoặc tệp Word (.docx)"


class ImportRefused(Exception):
    """A file the importer cannot read, with the reason and the fix worded for staff."""

    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"Lỗi: {self.message} — Gợi ý: {self.hint}"


def read_paragraphs(path: Path) -> list[str]:
    """The document's paragraphs in reading order; raises ImportRefused."""
    if not path.is_file():
        raise ImportRefused(f"không tìm thấy tệp {path}", "kiểm tra tên và đường dẫn tệp")
    size = path.stat().st_size
    if size == 0:
        raise ImportRefused(f"tệp {path.name} rỗng", "chọn đúng tệp văn bản kế hoạch")
    if size > MAX_BYTES:
        raise ImportRefused(
            f"tệp {path.name} quá lớn ({size // (1024 * 1024)} MB, tối đa {MAX_BYTES // (1024 * 1024)} MB)",
            "một kế hoạch chỉ vài trang: xuất lại tệp không kèm ảnh quét, hoặc dùng tệp Word",
        )
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        lines = _text_lines(path)
    elif suffix == ".docx":
        lines = _reader("docxtext", "docx_lines", "python-docx")(path)
    elif suffix == ".pdf":
        lines = _reader("pdftext", "pdf_lines", "pypdf")(path)
    elif suffix == ".doc":
        raise ImportRefused(
            f"tệp {path.name} là Word cũ (.doc), không đọc được",
            "mở tệp bằng Word hoặc LibreOffice, chọn Lưu thành… định dạng .docx, rồi nhập tệp .docx",
        )
    else:
        raise ImportRefused(
            f"không đọc được loại tệp “{path.suffix or path.name}”",
            "dùng tệp Word (.docx), PDF có lớp chữ, hoặc văn bản (.txt)",
        )
    paragraphs = join_broken_lines([unicodedata.normalize("NFC", line) for line in lines])
    if not any(p.strip() for p in paragraphs):
        raise ImportRefused(f"tệp {path.name} không có chữ", _NEED_TEXT)
    return paragraphs


def _reader(module: str, function: str, package: str):
    """The reader of one format; its library is needed only when such a file is imported."""
    try:
        return getattr(import_module(f"{__package__}.{module}"), function)
    except ImportError:
        raise ImportRefused(
            f"máy này chưa cài thư viện {package} để đọc loại tệp này",
            "cài lại môi trường của dự án (make), hoặc dùng tệp .txt",
        ) from None


def no_text_layer(name: str) -> ImportRefused:
    return ImportRefused(f"tệp {name} là bản quét (ảnh), không có lớp chữ", _NEED_TEXT)


def _text_lines(path: Path) -> list[str]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text.splitlines()
    raise ImportRefused(f"tệp {path.name} không phải văn bản UTF-8", "lưu lại tệp với mã hóa UTF-8, hoặc dùng tệp Word")
