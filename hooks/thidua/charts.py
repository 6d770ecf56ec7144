"""Charts drawn at build time as inline SVG: no charting JavaScript.

A chart is one ``<figure class="thidua-chart">``: its title (figcaption), an SVG that assistive
technology reads as one image named by its ``<title>`` and a generated Vietnamese sentence
(``<desc>``), and the same figures as a table for screen readers (visually hidden: the bars and
printed figures are for the eye, the table for the ear; the SVG's own texts are not read one by
one, as they are inside the image). Horizontal bars
with the label above each bar stay readable on a 360 px phone. Colours come from CSS classes
(overrides/assets/stylesheets/charts.css), so light, dark and print schemes all work; a status is
always written beside its bar, never shown by colour alone.

Pure: draws from plain rows, knows nothing of the data set or the site engine.
"""

import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from markupsafe import Markup, escape

from .numbers import format_vn_number
from .status import LABELS, Tally
from .valuetext import with_unit


@dataclass(frozen=True)
class ChartRow:
    label: str  # what the row is: a locality ("Xã Nga Sơn"), a year ("2024")
    planned: Decimal | None  # the target's number (None when the target has none)
    achieved: Decimal | None  # the reported number (None: no result)
    planned_text: str  # as printed for people, Vietnamese format ("1,2%", "12/12 thôn"); "" if none
    achieved_text: str  # likewise; "" if none
    status: str | None = None  # a thidua.status.Status key or None


# Geometry, in viewBox units. The chart is 360 units wide and shown at most a little wider than
# that (charts.css), so 17 units are about 14 px on a 360 px phone, inside a card.
WIDTH = 360
MARGIN = 4
LEFT, RIGHT = MARGIN + 2, WIDTH - MARGIN - 2  # room for the planned marker's stroke at either end
BAR = 16
REACH = 5  # how far the planned marker reaches above and below its bar
GAP = 10  # between rows

NO_RESULT = "Chưa có số liệu"
NO_TARGET = "Không có"
MET = ("vuot", "dat")


@dataclass(frozen=True)
class _Font:
    size: int
    line: int
    bold: bool = False

    def width(self, text: str) -> float:
        return sum(map(_em, text)) * self.size * (1.08 if self.bold else 1)

    def wrap(self, pieces: Sequence[str], max_lines: int) -> list[str]:
        """Lines that fit the chart's width: whole pieces joined by " · " where they fit, else
        words (a word longer than a line is cut); past ``max_lines`` the last line ends in "…"."""
        room = WIDTH - 2 * MARGIN
        tokens = []  # (separator before it, text)
        for piece in pieces:
            if self.width(piece) <= room:
                tokens.append((" · ", piece))
                continue
            for i, word in enumerate(piece.split()):
                for j, chunk in enumerate(self._chunks(word, room)):
                    tokens.append((" · " if i == j == 0 else " " if j == 0 else "", chunk))
        lines: list[str] = []
        for separator, text in tokens:
            if lines and self.width(lines[-1] + separator + text) <= room:
                lines[-1] += separator + text
            else:
                lines.append(text)
        if len(lines) > max_lines:
            last = lines[max_lines - 1]
            while last and self.width(last + " …") > room:
                last = last[:-1]
            lines[max_lines - 1:] = [last.rstrip(" ·") + " …"]
        return lines or [""]

    def _chunks(self, word: str, room: float) -> list[str]:
        chunks = [""]
        for char in word:
            if self.width(chunks[-1] + char) > room:
                chunks.append("")
            chunks[-1] += char
        return chunks


@cache  # a few hundred characters, asked for again and again
def _em(char: str) -> float:
    """A glyph's advance in ems, rounded up from Arial, Helvetica and Roboto (the system fonts the
    site uses), so an estimated line never overflows; Vietnamese marks do not widen a letter."""
    base = unicodedata.normalize("NFD", char)[0]
    if base in " .,:;!|'()[]/-ijltfI":
        return 0.34
    if base in "mwMW":
        return 0.9
    if base.isupper():
        return 0.76
    if base.isascii() or base == "đ":
        return 0.58
    return 1.0


LABEL = _Font(17, 22, bold=True)
SMALL = _Font(15, 20)


def status_chart(counts: dict[str, int], *, chart_id: str, title: str) -> Markup:
    """How many targets are vượt / đạt / chưa đạt / chưa có số liệu, in status.LABELS's order."""
    keys = list(LABELS)
    numbers = [counts.get(key, 0) for key in keys]
    canvas = _Canvas()
    scale = _Scale.of([Decimal(n) for n in numbers])
    for key, n in zip(keys, numbers):
        label, icon = LABELS[key]
        with canvas.group("thidua-chart-row"):
            canvas.text([f"{icon} {label}: {format_vn_number(n)} chỉ tiêu"], LABEL, "thidua-chart-label", 1)
            canvas.bar(scale, Decimal(n), None, key)
        canvas.y += GAP
    total = sum(numbers)
    known = total - counts.get("chua-co-so-lieu", 0)
    met = sum(counts.get(key, 0) for key in MET)
    description = f"Biểu đồ thanh: số chỉ tiêu theo kết quả thực hiện, tổng {format_vn_number(total)} chỉ tiêu"
    description += f": {Tally(counts).sentence()}." if total else "."
    if known:
        description += f" {format_vn_number(met)} trên {format_vn_number(known)} chỉ tiêu có số liệu đạt hoặc vượt."
    header = ["Trạng thái", "Số chỉ tiêu"]
    body = [[LABELS[key][0], format_vn_number(n)] for key, n in zip(keys, numbers)]
    return _figure(chart_id, title, description, canvas, header, body)


def series_chart(
    rows: Sequence[ChartRow], *, chart_id: str, title: str, unit: str, lower_is_better: bool
) -> Markup:
    """One indicator and one locality over the years: planned vs achieved per year (rows in year order)."""
    span = f", từ {rows[0].label} đến {rows[-1].label}" if len(rows) > 1 else ""
    subject = f"qua {format_vn_number(len(rows))} năm{span}"
    return _planned_vs_achieved(rows, chart_id, title, unit, lower_is_better, subject, "Năm", "năm ")


def comparison_chart(
    rows: Sequence[ChartRow], *, chart_id: str, title: str, unit: str, lower_is_better: bool
) -> Markup:
    """One indicator across localities: planned vs achieved per locality."""
    subject = f"của {format_vn_number(len(rows))} địa phương"
    return _planned_vs_achieved(rows, chart_id, title, unit, lower_is_better, subject, "Địa phương", "")


def _planned_vs_achieved(
    rows: Sequence[ChartRow],
    chart_id: str,
    title: str,
    unit: str,
    lower_is_better: bool,
    subject: str,
    row_header: str,
    row_noun: str,
) -> Markup:
    rows = [_with_texts(row, unit) for row in rows]
    canvas = _Canvas()
    canvas.legend(lower_is_better)
    scale = _Scale.of([n for row in rows for n in (row.planned, row.achieved) if n is not None])
    for row in rows:
        with canvas.group("thidua-chart-row"):
            canvas.text([row.label], LABEL, "thidua-chart-label", 2)
            canvas.bar(scale, row.achieved, row.planned, row.status or "plain")
            canvas.text(_figures(row), SMALL, "thidua-chart-value", 3)
        canvas.y += GAP
    with_status = any(row.status for row in rows)
    header = [row_header, "Chỉ tiêu", "Kết quả"] + (["Đánh giá"] if with_status else [])
    body = [
        [row.label, row.planned_text or NO_TARGET, row.achieved_text or NO_RESULT]
        + ([LABELS[row.status][0] if row.status else ""] if with_status else [])
        for row in rows
    ]
    description = _description(rows, unit, lower_is_better, subject, row_noun)
    return _figure(chart_id, title, description, canvas, header, body)


def _with_texts(row: ChartRow, unit: str) -> ChartRow:
    """The row with a printed figure for every number, written the Vietnamese way when the caller gave none."""
    def shown(number: Decimal | None, text: str) -> str:
        return text or ("" if number is None else with_unit(format_vn_number(number), unit))

    return replace(
        row, planned_text=shown(row.planned, row.planned_text), achieved_text=shown(row.achieved, row.achieved_text)
    )


def _figures(row: ChartRow) -> list[str]:
    """What is written under a bar: the status first (what a citizen asks), then the figures."""
    parts = []
    if row.status and not (row.status == "chua-co-so-lieu" and not row.achieved_text):
        label, icon = LABELS[row.status]
        parts.append(f"{icon} {label}")
    parts.append(f"Kết quả: {row.achieved_text}" if row.achieved_text else NO_RESULT)
    if row.planned_text:
        parts.append(f"chỉ tiêu: {row.planned_text}")
    return parts


def _description(rows: Sequence[ChartRow], unit: str, lower_is_better: bool, subject: str, noun: str) -> str:
    sentences = [f"Biểu đồ thanh: kết quả thực hiện (thanh) so với chỉ tiêu (vạch) {subject}"
                 + (f", đơn vị {unit}." if unit else ".")]
    sentences.append("Chỉ số này càng thấp càng tốt." if lower_is_better else "Chỉ số này càng cao càng tốt.")
    reported = [row for row in rows if row.achieved is not None]
    if not reported:
        sentences.append("Chưa có kết quả nào.")
    elif len(reported) == 1:
        sentences.append(f"Chỉ có kết quả của {noun}{_named(reported[0])}.")
    else:
        highest = max(reported, key=lambda row: row.achieved)
        lowest = min(reported, key=lambda row: row.achieved)
        sentences.append(f"Kết quả cao nhất: {noun}{_named(highest)}; thấp nhất: {noun}{_named(lowest)}.")
    judged = [row for row in rows if row.status in (*MET, "chua-dat")]
    if judged:
        met = sum(1 for row in judged if row.status in MET)
        sentences.append(f"{format_vn_number(met)} trên {format_vn_number(len(judged))} đạt hoặc vượt chỉ tiêu.")
    missing = len(rows) - len(reported)
    if missing and reported:
        sentences.append(f"{format_vn_number(missing)} chưa có số liệu.")
    return " ".join(sentences)


def _named(row: ChartRow) -> str:
    return f"{row.label} ({row.achieved_text})" if row.achieved_text else row.label


@dataclass(frozen=True)
class _Scale:
    """Numbers to x positions; the axis always holds 0, so non-negative data starts at 0."""

    low: Decimal
    high: Decimal

    @classmethod
    def of(cls, numbers: Sequence[Decimal]) -> "_Scale":
        low, high = min([Decimal(0), *numbers]), max([Decimal(0), *numbers])
        return cls(low, high if high > low else low + 1)

    def x(self, number: Decimal) -> float:
        return LEFT + float((number - self.low) / (self.high - self.low)) * (RIGHT - LEFT)


class _Canvas:
    """SVG elements laid out top to bottom, as HTML-safe text (every value escaped); ``y`` is
    where the next one goes."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.y = 0.0

    def text(self, pieces: Sequence[str], font: _Font, css: str, max_lines: int) -> None:
        for line in font.wrap(pieces, max_lines):
            self.parts.append(
                f'<text class="{escape(css)}" x="{MARGIN}" y="{_n(self.y + font.size + 1)}" font-size="{font.size}">'
                f"{escape(line)}</text>"
            )
            self.y += font.line

    def bar(self, scale: _Scale, achieved: Decimal | None, planned: Decimal | None, key: str) -> None:
        """A track the width of the axis, the achieved bar from 0, the planned marker across it."""
        top = self.y + REACH
        self._rect("thidua-chart-track", LEFT, RIGHT, top)
        zero = scale.x(Decimal(0))
        if scale.low < 0:
            self._line("thidua-chart-zero", zero, top, top + BAR)
        if achieved is not None:
            end = scale.x(achieved)
            self._rect(f"thidua-chart-bar thidua-chart-bar--{key}", min(zero, end), max(zero, end), top)
        if planned is not None:
            self._line("thidua-chart-planned", scale.x(planned), top - REACH, top + BAR + REACH)
        self.y = top + BAR + REACH + 4

    @contextmanager
    def group(self, css: str) -> Iterator[None]:
        self.parts.append(f'<g class="{escape(css)}">')
        yield
        self.parts.append("</g>")

    def legend(self, lower_is_better: bool) -> None:
        """The bar is the result, the marker the target; which way is better."""
        top = self.y + 4
        with self.group("thidua-chart-legend"):
            self._rect("thidua-chart-bar thidua-chart-bar--plain", MARGIN, MARGIN + 22, top)
            self._line("thidua-chart-planned", 150, top - 3, top + BAR + 3)
            for x, words in ((MARGIN + 28, "Kết quả"), (160, "Chỉ tiêu")):
                self.parts.append(
                    f'<text class="thidua-chart-value" x="{x}" y="{_n(top + 13)}" font-size="{SMALL.size}">{escape(words)}</text>'
                )
            self.y = top + BAR + 6
            direction = "↓ Càng thấp càng tốt" if lower_is_better else "↑ Càng cao càng tốt"
            self.text([direction], SMALL, "thidua-chart-value", 1)
        self.y += GAP

    def _rect(self, css: str, x0: float, x1: float, top: float) -> None:
        self.parts.append(f'<rect class="{escape(css)}" x="{_n(x0)}" y="{_n(top)}" width="{_n(x1 - x0)}" height="{BAR}"/>')

    def _line(self, css: str, x: float, y0: float, y1: float) -> None:
        self.parts.append(f'<line class="{escape(css)}" x1="{_n(x)}" x2="{_n(x)}" y1="{_n(y0)}" y2="{_n(y1)}"/>')

    def svg(self, chart_id: str, title: str, description: str) -> str:
        height, id_ = _n(self.y - GAP + 4), escape(chart_id)
        return (
            f'<svg class="thidua-chart-svg" viewBox="0 0 {WIDTH} {height}" role="img"'
            f' aria-labelledby="{id_}-title {id_}-desc" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{id_}-title">{escape(title)}</title><desc id="{id_}-desc">{escape(description)}</desc>'
            f'{"".join(self.parts)}</svg>'
        )


def _figure(
    chart_id: str, title: str, description: str, canvas: _Canvas, header: list[str], body: list[list[str]]
) -> Markup:
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in header)
    rows = "".join(
        f'<tr><th scope="row">{escape(cells[0])}</th>{"".join(f"<td>{escape(cell)}</td>" for cell in cells[1:])}</tr>'
        for cells in body
    )
    title_ = escape(title)
    return Markup(
        f'<figure class="thidua-chart" id="{escape(chart_id)}"><figcaption>{title_}</figcaption>'
        f"{canvas.svg(chart_id, title, description)}"
        '<div class="thidua-chart-data"><table class="thidua-chart-table">'
        f"<caption>Số liệu của biểu đồ “{title_}”</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></figure>"
    )


def _n(number: float) -> str:
    """A coordinate, short: 12.0 -> "12", 12.345 -> "12.3"."""
    return f"{number:.1f}".removesuffix(".0")
