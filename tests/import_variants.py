"""The seed plans in the forms staff hold them: Word files (header as a two-column table,
numbering as Word lists), PDF printed by Chromium, and pasted text with PDF-style broken lines,
decomposed (NFD) letters or straight quotes. Used by tests/test_importer*.py and tests/bench_import.py."""

from __future__ import annotations

import html
import re
import textwrap
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_KIND = re.compile(r"^\**(KẾ HOẠCH|PHÁT ĐỘNG)\b")
_MOTTO = re.compile(r"CỘNG HÒA|Độc lập")
_LEFT = re.compile(r"^Số\s*:|^/")
_NUMBERED = re.compile(r"^(\d{1,2})\.(?!\d)\s*(?=\S)")
_BULLET = re.compile(r"^-\s*(?=\S)")
_EMPHASIS = re.compile(r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1")


def seed_pairs() -> list[tuple[Path, Path]]:
    """(seed text, hand-made data file) for each of the five seed plans in campaigns/."""
    pairs = []
    for text in sorted((ROOT / "campaigns").rglob("*.txt")):
        data = text.with_suffix(".yaml")
        if "minh-hoa" not in text.parts and data.is_file():
            pairs.append((text, data))
    return pairs


def split_header(text: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """(lines above the header table, its left column, its right column, the rest)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    kind_at = next(i for i, line in enumerate(lines) if _KIND.match(line))
    above, left, right = [], [], []
    stamp = False
    for line in lines[:kind_at]:
        stamp = stamp or "VĂN BẢN ĐẾN" in line
        if stamp:
            above.append(line)
        elif _MOTTO.search(line) or ", ngày" in line:
            right.append(line)
        else:
            left.append(line)
    return above, left, right, lines[kind_at:]


def broken_lines(text: str, width: int = 70) -> str:
    """Each paragraph cut into lines of ``width`` characters, as text copied out of a PDF."""
    return "\n".join(textwrap.fill(line, width) if line.strip() else line for line in text.splitlines())


def decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def straight_quotes(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def write_docx(text: str, path: Path) -> Path:
    """The plan as Word writes it: header table, "1." items and "-" bullets as Word lists."""
    from docx import Document

    document = Document()
    above, left, right, body = split_header(text)
    for line in above:
        _add(document.add_paragraph(), line)
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = lines[0] if lines else ""
        for line in lines[1:]:
            _add(cell.add_paragraph(), line)
    numbering = document.part.numbering_part.element
    number_style = document.styles["List Number"]
    abstract_id = _abstract_of(numbering, number_style)
    current_list = None
    for line in body:
        numbered = _NUMBERED.match(line)
        bullet = _BULLET.match(line)
        if numbered:
            if current_list is None or numbered.group(1) == "1":
                current_list = _restarted_list(numbering, abstract_id, int(numbered.group(1)))
            paragraph = document.add_paragraph(style=number_style)
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = current_list
            _add(paragraph, line[numbered.end():])
        elif bullet:
            _add(document.add_paragraph(style="List Bullet"), line[bullet.end():])
        else:
            if re.match(r"^[IVX]+\.", line):
                current_list = None
            _add(document.add_paragraph(), line)
    document.save(str(path))
    return path


def _abstract_of(numbering, style) -> str:
    from docx.oxml.ns import qn

    num_id = style.element.pPr.numPr.numId.val
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    return num.find(qn("w:abstractNumId")).get(qn("w:val"))


def _restarted_list(numbering, abstract_id: str, start: int) -> int:
    """A new Word list on the "List Number" definition, counting from ``start``."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    used = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(used, default=0) + 1
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
    ))
    return num_id


def _add(paragraph, line: str) -> None:
    """``line`` as runs, its *italic*, **bold** and ***both*** marks as Word formatting."""
    position = 0
    for match in _EMPHASIS.finditer(line):
        if match.start() > position:
            paragraph.add_run(line[position:match.start()])
        run = paragraph.add_run(match.group(2))
        run.bold = len(match.group(1)) >= 2
        run.italic = len(match.group(1)) != 2
        position = match.end()
    if position < len(line):
        paragraph.add_run(line[position:])


def plan_html(text: str) -> str:
    """The plan laid out as printed: header table, centred kind and title, justified body."""
    above, left, right, body = split_header(text)

    def block(line: str) -> str:
        escaped = html.escape(line)
        escaped = re.sub(r"\*\*\*(.+?)\*\*\*", r"<b><i>\1</i></b>", escaped)
        escaped = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped)
        return re.sub(r"\*(.+?)\*", r"<i>\1</i>", escaped)

    cells = "".join(
        "<td>" + "".join(f"<p>{block(line)}</p>" for line in lines) + "</td>" for lines in (left, right)
    )
    paragraphs = "".join(f"<p>{block(line)}</p>" for line in body)
    stamp = "".join(f"<p>{block(line)}</p>" for line in above)
    return (
        "<!doctype html><html lang='vi'><meta charset='utf-8'><style>"
        "body{font:13pt 'DejaVu Serif',serif;margin:0} p{margin:0 0 8pt;text-align:justify}"
        "table{width:100%;margin-bottom:14pt} td{vertical-align:top;text-align:center;width:50%}"
        "</style><body>" + stamp + f"<table><tr>{cells}</tr></table>" + paragraphs + "</body></html>"
    )


def write_pdf(text: str, path: Path, browser) -> Path:
    """The plan printed to PDF by Chromium (A4, as a signed PDF is published)."""
    page = browser.new_page()
    try:
        page.set_content(plan_html(text))
        page.pdf(path=str(path), format="A4", margin={"top": "2cm", "bottom": "2cm", "left": "3cm", "right": "2cm"})
    finally:
        page.close()
    return path
