"""Long-text fields may use Markdown; the result is sanitized before it reaches a page."""

import markdown
import nh3
from markupsafe import Markup

_TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "br", "code", "blockquote"}
_ATTRIBUTES = {"a": {"href", "title"}}


def render_markdown(text: str | None) -> Markup:
    """Markdown to safe HTML: no script, no event handlers, no javascript: links."""
    if not text:
        return Markup("")
    html = markdown.markdown(text, output_format="html")
    return Markup(nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes={"http", "https", "mailto"}))


def render_inline(text: str | None) -> Markup:
    """Markdown for one line (a target, a slogan): the same, without the paragraph around it."""
    html = str(render_markdown(text))
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)
