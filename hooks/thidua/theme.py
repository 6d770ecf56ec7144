"""Escaping in the site engine's theme (MkDocs with Material today): text is escaped, HTML is marked.

MkDocs renders its theme without autoescaping, so anything a theme template prints (a title, a
description in a <meta> tag, a theme override) reaches the page as HTML. ``autoescape`` turns
escaping on for the whole theme, and marks as ``Markup`` the values the engine hands the
templates that are HTML by design:

- a page's content (the rendered HTML);
- titles of pages, sections, links and table-of-contents entries: MkDocs treats every title as
  HTML (a title from a Markdown heading keeps its entities; Material prints titles unescaped,
  and strips their tags for <title>). Titles of generated pages are therefore written into
  their metadata already escaped, by ``page_meta``.

Everything else (descriptions, settings, the page models' own fields) is text and is escaped
where it is printed. Jinja's ``striptags`` filter unescapes entities, which is safe here: its
result is a plain string, escaped again on output.
"""

import json
from collections.abc import Iterable

from jinja2 import Environment
from markupsafe import Markup, escape


def page_meta(title: str, description: str) -> dict:
    """The metadata of a generated page: its title as HTML (escaped text), its description as text."""
    return {"title": str(escape(title)), "description": description, "hide": ["toc"]}


def front_matter(title: str, description: str) -> str:
    """``page_meta`` as the front matter of a generated page (JSON values are YAML)."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in page_meta(title, description).items()]
    return "---\n" + "\n".join(lines) + "\n---\n"


def mark_nav_titles(items: Iterable) -> None:
    """Mark the titles of the navigation's sections and links as HTML (pages: ``autoescape``)."""
    for item in items:
        if not item.is_page:
            item.title = Markup(item.title)
        mark_nav_titles(item.children or ())


def autoescape(env: Environment, pages: Iterable) -> Environment:
    """Turn on autoescaping for the theme and mark the HTML values of every rendered page."""
    env.autoescape = True
    for page in pages:
        if page.content is None:
            continue
        page.content = Markup(page.content)
        page.title = Markup(page.title)
        if "title" in page.meta:
            page.meta["title"] = Markup(page.meta["title"])
        _mark_toc(page.toc)
    return env


def _mark_toc(links: Iterable) -> None:
    for link in links:
        link.title = Markup(link.title)
        _mark_toc(link.children)
