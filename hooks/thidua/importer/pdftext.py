"""Paragraphs of a PDF with a text layer (pypdf: pure Python, reads signed portal PDFs).

PDF text is placed line by line: lines are rebuilt from positions, and a line belongs to the
paragraph above when it follows at the usual line spacing, so sentences broken at the page
width are whole again. Text side by side with a wide gap (the two header columns) is kept apart.
"""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .reading import ImportRefused, no_text_layer

_COLUMN_GAP = 40.0  # points between two pieces on one line that belong to different columns
_SAME_LINE = 2.0


@dataclass
class _Line:
    page: int
    x: float
    y: float
    end: float
    text: str


def pdf_lines(path: Path) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportRefused(
                f"tệp PDF {path.name} có mật khẩu",
                "xin bản PDF không đặt mật khẩu, hoặc tệp Word (.docx) của văn bản",
            )
        lines = [line for number, page in enumerate(reader.pages) for line in _page_lines(page, number)]
    except ImportRefused:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        if "password" in str(error).lower() or "decrypt" in str(error).lower():
            raise ImportRefused(f"tệp PDF {path.name} có mật khẩu", "xin bản PDF không đặt mật khẩu, hoặc tệp Word (.docx)") from None
        raise ImportRefused(f"không đọc được tệp PDF {path.name} (tệp hỏng)", "tải lại tệp, hoặc dùng tệp Word (.docx)") from None
    if not any(line.text.strip() for line in lines):
        raise no_text_layer(path.name)
    return _paragraphs(lines)


def _page_lines(page, number: int) -> list[_Line]:
    lines: list[_Line] = []

    def visit(text, cm, tm, font, size):
        piece = text.replace("\n", "")
        if not piece.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        width = len(piece) * (size or 10) * 0.45
        last = lines[-1] if lines else None
        if last and abs(last.y - y) < _SAME_LINE and x >= last.x and x - last.end < _COLUMN_GAP:
            last.text += piece if x - last.end < 1.5 or last.text.endswith(" ") else " " + piece
            last.end = x + width
        else:
            lines.append(_Line(number, x, y, x + width, piece))

    page.extract_text(visitor_text=visit)
    return lines


def _paragraphs(lines: list[_Line]) -> list[str]:
    gaps = Counter(
        round(a.y - b.y) for a, b in zip(lines, lines[1:]) if a.page == b.page and 0 < a.y - b.y < 60
    )
    spacing = gaps.most_common(1)[0][0] if gaps else 14
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line in lines:
        follows = (
            previous is not None
            and (
                (previous.page == line.page and 0 < previous.y - line.y <= spacing * 1.25 and abs(previous.x - line.x) < 60)
                or (previous.page + 1 == line.page and not previous.text.rstrip().endswith((".", ":", ";")))
            )
        )
        if follows:
            paragraphs[-1] += " " + line.text.strip()
        else:
            paragraphs.append(line.text.strip())
        previous = line
    return paragraphs
