"""QR codes as inline SVG, made at build time: a printed page leads back to its web page.

Making a code costs about 1.2 ms of CPU (segno is pure Python), a thousand plans over a second
each build; so, given a folder, each code is kept there under a hash of its address and of the
settings it was made with, and the next build reads it back, like the preview cards
(``thidua.cards``). A kept file is printed as HTML, so it is used only if it has the exact shape of
a code this module makes (an <svg> of <path> elements, nothing else); any other file is made again.
"""

import hashlib
import os
import re
from functools import lru_cache
from pathlib import Path

import segno
from markupsafe import Markup

# Any of the eight masks gives a code every reader decodes; trying all eight to pick the one with the
# fewest look-alike patterns made a QR code cost 13 ms, the fixed one 2.7 ms (thousands of plans).
MASK = 0
_MAKE = {"error": "m", "mask": MASK}
# Sized by CSS, black on white (also in dark mode), hidden from screen readers (the page prints the
# address beside it).
_DRAW = {"omitsize": True, "border": 2, "dark": "#000", "light": "#fff"}
_HIDDEN = '<svg aria-hidden="true" focusable="false" '
_SETTINGS = repr((segno.__version__, _MAKE, _DRAW, _HIDDEN))  # what a kept code was made with
_CODE = re.compile(
    r'<svg aria-hidden="true" focusable="false" viewBox="[\d .]+" class="segno">'
    r'(?:<path(?: (?:fill|stroke|class)="[#\w]+")* d="[MmHhVvZz\d .-]+"/>)+</svg>'
)


@lru_cache(maxsize=65536)  # `mkdocs serve` rebuilds the same summaries after each save
def qr_svg(url: str, folder: Path | None = None) -> Markup:
    """The QR code of ``url`` as an <svg> element; with ``folder``, the one kept there by an
    earlier build, else made and kept there (a folder that cannot be written keeps nothing)."""
    if folder is None:
        return Markup(_make(url))
    kept = folder / (hashlib.sha256((_SETTINGS + "\n" + url).encode()).hexdigest() + ".svg")
    try:
        text = kept.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):  # not kept yet
        text = ""
    if _CODE.fullmatch(text):
        return Markup(text)
    svg = _make(url)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = kept.with_name(f"{kept.name}.{os.getpid()}")  # renamed into place: never read half written
        written.write_text(svg, encoding="utf-8")
        os.replace(written, kept)
    except OSError:
        pass
    return Markup(svg)


def _make(url: str) -> str:
    return segno.make(url, **_MAKE).svg_inline(**_DRAW).replace("<svg ", _HIDDEN, 1)
