"""Render page models to HTML fragments with the package's Jinja templates.

The fragment is the page's main content; the site engine (MkDocs with Material today) puts
it inside its layout. Links are relative, so the site works under any sub-path. The templates are
part of the package's code: read once per process, like its modules (not looked at again for
each of thousands of pages).
"""

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from .numbers import format_vn_number
from .problems import Problem
from .search import search_markup
from .site.page import Page, relative_url

TEMPLATES = Path(__file__).parent / "templates"


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # module docstring
    )
    env.filters["number"] = format_vn_number
    return env


def render_page(page: Page) -> str:
    def link(target: str) -> str:
        return relative_url(target, page.url)

    search = (
        Markup(search_markup(page.search.filters, page.search.meta))
        if page.search
        else ""
    )
    template = environment().get_template(page.template)
    return template.render(page=page, link=link, search=search, **page.context)


def render_problems(problems: list[Problem]) -> Markup:
    """The located problems of the data, for staff previewing the site (``mkdocs serve``)."""
    return Markup(environment().get_template("problems.html").render(problems=problems))
