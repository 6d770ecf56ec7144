"""Long-text fields may use Markdown; the result is sanitized before it reaches a page."""

import html
import re

import markdown
import nh3
from markupsafe import Markup

_TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "br", "code", "blockquote"}
_ATTRIBUTES = {"a": {"href", "title"}}
_MARKDOWN = markdown.Markdown(output_format="html")  # one converter, reset per text: building one costs more than converting
# Text that Markdown and the sanitizer would only wrap in a paragraph (most one-line texts): no
# character either gives a meaning to or escapes, no control character or lone surrogate, no
# whitespace but single spaces between words, and no line-start marker (heading, list, quote).
# Words are runs of one character class, which the regex engine matches at once (3 times faster
# than a choice made at every character).
_WORD = r"[^\\`*_\[\]<>&\s\x00-\x1f\x7f-\x9f\ud800-\udfff]+"
_PLAIN = re.compile(rf"(?![-+=#\s]|\d+[.)](?:\s|$))(?:{_WORD}(?: {_WORD})*)?")


def render_markdown(text: str | None) -> Markup:
    """Markdown to safe HTML: no script, no event handlers, no javascript: links."""
    if not text:
        return Markup("")
    if _PLAIN.fullmatch(text):  # the same result, 30 times faster than Markdown
        return Markup(f"<p>{text}</p>")
    return _sanitized_markdown(text)


def _sanitized_markdown(text: str) -> Markup:
    html = _MARKDOWN.reset().convert(text)
    return Markup(nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes={"http", "https", "mailto"}))


def render_inline(text: str | None) -> Markup:
    """Markdown for one line (a target, a slogan): the same, without the paragraph around it."""
    if text and _PLAIN.fullmatch(text):  # the paragraph ``render_markdown`` would put around it, left out
        return Markup(text)
    html = str(render_markdown(text))
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


class Abbreviations:
    """Wraps known abbreviations in safe HTML, outside tags only, so that they explain themselves.

    Each becomes a button holding <abbr title="meaning">: the mouse shows the title; a tap, a click
    or a key press prints the meaning after it (overrides/assets/javascripts/abbreviations.js).
    """

    _TAG = re.compile(r"(<[^>]*>)")

    def __init__(self, meanings: dict[str, str]):
        self._titles = {html.escape(short, quote=False): html.escape(meaning) for short, meaning in meanings.items()}
        # Each starts with its first letter, then looks behind it (no word character before the
        # abbreviation): starting with a choice of letters, the search passes over the places where
        # none is at once (5 times faster than looking behind first, twice as fast as looking ahead).
        alternatives = "|".join(
            re.escape(short[0]) + r"(?<!\w[\s\S])" + re.escape(short[1:])
            for short in sorted(self._titles, key=len, reverse=True)
        )
        self._pattern = re.compile(rf"({alternatives})(?![\w])") if alternatives else None

    def explain(self, safe_html: Markup) -> Markup:
        if self._pattern is None or self._pattern.search(safe_html) is None:  # most texts: none, inside tags or out
            return safe_html
        parts = self._TAG.split(str(safe_html))
        explained = [
            part if part.startswith("<") else self._pattern.sub(self._abbr, part) for part in parts
        ]
        return Markup("".join(explained))

    def found_in(self, text: str) -> list[tuple[str, str]]:
        """(abbreviation, meaning) for each known abbreviation the plain text uses, in order of length."""
        if self._pattern is None:
            return []
        used = set(self._pattern.findall(html.escape(text, quote=False)))
        return [(html.unescape(short), html.unescape(self._titles[short])) for short in sorted(used)]

    def _abbr(self, match: re.Match) -> str:
        short = match.group(1)
        return f'<button type="button" class="td-abbr" aria-expanded="false"><abbr title="{self._titles[short]}">{short}</abbr></button>'
