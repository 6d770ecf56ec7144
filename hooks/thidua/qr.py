"""QR codes as inline SVG, made at build time: a printed page leads back to its web page."""

from functools import lru_cache

import segno
from markupsafe import Markup

# Any of the eight masks gives a code every reader decodes; trying all eight to pick the one with the
# fewest look-alike patterns made a QR code cost 13 ms, the fixed one 2.7 ms (thousands of plans).
MASK = 0


@lru_cache(maxsize=65536)  # `mkdocs serve` rebuilds the same summaries after each save
def qr_svg(url: str) -> Markup:
    """The QR code of ``url``: an <svg> sized by CSS, black on white (also in dark mode), hidden
    from screen readers (the page prints the address beside it)."""
    svg = segno.make(url, error="m", mask=MASK).svg_inline(omitsize=True, border=2, dark="#000", light="#fff")
    return Markup(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))
