"""Paragraphs of a Word (.docx) file, in reading order, with what Word draws and the text lacks.

Word keeps list numbers ("1.", "a)", "-") in its numbering definitions, not in the text: they
are put back so labels read as printed. Bold and italic runs become **…** and *…*, as in the data
files. The two-column header table is read cell by cell, left column first.
"""

import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from .reading import ImportRefused

_ROMAN = (("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90), ("L", 50), ("XL", 40),
          ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


_OLE = b"\xd0\xcf\x11\xe0"  # a password-protected .docx is an encrypted OLE container, not a zip


def docx_lines(path: Path) -> list[str]:
    with path.open("rb") as file:
        protected = file.read(4) == _OLE
    if protected:
        raise ImportRefused(
            f"tệp Word {path.name} được bảo vệ bằng mật khẩu (hoặc là Word cũ đổi tên thành .docx)",
            "mở tệp bằng Word, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu), lưu lại thành .docx rồi nhập lại",
        )
    if not zipfile.is_zipfile(path):
        raise ImportRefused(
            f"tệp {path.name} không phải tệp Word .docx (tệp hỏng hoặc đặt sai đuôi)",
            "mở tệp bằng Word và lưu lại thành .docx, rồi nhập lại",
        )
    try:
        document = Document(str(path))
    except Exception:  # python-docx raises many kinds for a damaged package
        raise ImportRefused(f"không mở được tệp Word {path.name}", "mở tệp bằng Word và lưu lại thành .docx") from None
    numbering = _Numbering(document)
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            lines.append(_paragraph(Paragraph(block, document), numbering))
        elif block.tag == qn("w:tbl"):
            table = Table(block, document)
            columns = max((len(row.cells) for row in table.rows), default=0)
            for column in range(columns):
                for row in table.rows:
                    if column < len(row.cells):
                        lines.extend(_paragraph(p, numbering) for p in row.cells[column].paragraphs)
    return lines


def _paragraph(paragraph: Paragraph, numbering: "_Numbering") -> str:
    text = _emphasised(paragraph)
    label = numbering.label(paragraph)
    return f"{label} {text}" if label and text.strip() else text


def _emphasised(paragraph: Paragraph) -> str:
    pieces: list[tuple[str, str]] = []
    for run in paragraph.runs:
        if not run.text:
            continue
        mark = ("**" if run.bold else "") + ("*" if run.italic else "")
        if pieces and pieces[-1][0] == mark:
            pieces[-1] = (mark, pieces[-1][1] + run.text)
        else:
            pieces.append((mark, run.text))
    out = []
    for mark, text in pieces:
        core = text.strip()
        if mark and core:
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
            out.append(f"{lead}{mark}{core}{mark[::-1]}{trail}")
        else:
            out.append(text)
    return "".join(out)


class _Numbering:
    """List labels as Word draws them, counting per list and level."""

    def __init__(self, document):
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError):
            part = None
        self.root = part.element if part is not None else None
        self.counters: dict[str, list[int]] = {}

    def label(self, paragraph: Paragraph) -> str | None:
        if self.root is None:
            return None
        num_pr = self._num_pr(paragraph)
        if num_pr is None or num_pr.find(qn("w:numId")) is None:
            return None
        num_id = num_pr.find(qn("w:numId")).get(qn("w:val"))
        level_el = num_pr.find(qn("w:ilvl"))
        level = int(level_el.get(qn("w:val"))) if level_el is not None else 0
        levels = self._levels(num_id)
        if levels is None or level not in levels:
            return None
        counters = self.counters.setdefault(num_id, [levels[i][2] - 1 if i in levels else 0 for i in range(9)])
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = levels[deeper][2] - 1 if deeper in levels else 0
        fmt, text, _ = levels[level]
        if fmt == "bullet":
            return "+" if text.strip() == "+" else "-"
        for index in range(level + 1):
            value = counters[index]
            text = text.replace(f"%{index + 1}", _format(levels.get(index, ("decimal", "", 1))[0], value))
        return text

    def _num_pr(self, paragraph: Paragraph):
        p_pr = paragraph._p.pPr
        if p_pr is not None and p_pr.numPr is not None:
            return p_pr.numPr
        style = paragraph.style
        while style is not None:
            s_pr = style.element.find(qn("w:pPr"))
            if s_pr is not None and s_pr.find(qn("w:numPr")) is not None:
                return s_pr.find(qn("w:numPr"))
            style = style.base_style
        return None

    def _levels(self, num_id: str) -> dict[int, tuple[str, str, int]] | None:
        num = next((n for n in self.root.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id), None)
        if num is None:
            return None
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next((a for a in self.root.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id), None)
        if abstract is None:
            return None
        levels = {}
        for lvl in abstract.findall(qn("w:lvl")):
            index = int(lvl.get(qn("w:ilvl")))
            fmt = lvl.find(qn("w:numFmt"))
            text = lvl.find(qn("w:lvlText"))
            start = lvl.find(qn("w:start"))
            levels[index] = (
                fmt.get(qn("w:val")) if fmt is not None else "decimal",
                text.get(qn("w:val")) if text is not None else "",
                int(start.get(qn("w:val"))) if start is not None else 1,
            )
        for override in num.findall(qn("w:lvlOverride")):
            start = override.find(qn("w:startOverride"))
            index = int(override.get(qn("w:ilvl")))
            if start is not None and index in levels:
                fmt, text, _ = levels[index]
                levels[index] = (fmt, text, int(start.get(qn("w:val"))))
        return levels


def _format(fmt: str, value: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for numeral, amount in _ROMAN:
            while value >= amount:
                roman, value = roman + numeral, value - amount
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(value)
