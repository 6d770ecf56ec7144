"""QR codes as inline SVG, made at build time: a printed page leads back to its web page."""

import segno
from markupsafe import Markup


def qr_svg(url: str) -> Markup:
    """The QR code of ``url``: an <svg> sized by CSS, black on white (also in dark mode), hidden
    from screen readers (the page prints the address beside it)."""
    svg = segno.make(url, error="m").svg_inline(omitsize=True, border=2, dark="#000", light="#fff")
    return Markup(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))
