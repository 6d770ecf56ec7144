"""Render page models to HTML fragments with the package's Jinja templates.

The fragment is the page's main content; the site engine (MkDocs with Material today) puts
it inside its layout. Links are relative, so the site works under any sub-path. The templates are
part of the package's code: read once per process, like its modules (not looked at again for
each of thousands of pages).

``link(url)``, in every template and macro, links from the page being rendered: it is a global
of the templates that reads that page's URL from ``_PAGE_URL``. So the macro files are imported
without the page's context, once per process: imported with it, they were made again for every
page, and their macros and that context referred to each other, garbage only the cyclic collector
frees (at 1,000 plans, a third of the time of rendering went to collecting it).
"""

from contextvars import ContextVar
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from .numbers import format_vn_number
from .problems import Problem
from .search import search_markup
from .site.page import Page, relative_url

TEMPLATES = Path(__file__).parent / "templates"
_PAGE_URL: ContextVar[str] = ContextVar("page_url")  # the URL of the page ``render_page`` renders
_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(Environment):
    """Jinja's environment, reading ``entry.key`` of a plain dict (many entries of the page models)
    as ``entry["key"]`` at once: Jinja first asks for an attribute, which a dict has only among its
    methods, and raising and catching the AttributeError cost most of the time of a page's lookups."""

    def getattr(self, obj, attribute):
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        try:
            return getattr(obj, attribute)
        except AttributeError:
            return super().getattr(obj, attribute)


@cache
def environment() -> Environment:
    env = _Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # module docstring
    )
    env.filters["number"] = format_vn_number
    env.globals["link"] = _link
    return env


def _link(target: str) -> str:
    """The link from the page being rendered to ``target`` (a site-relative URL)."""
    return relative_url(target, _PAGE_URL.get())


def render_page(page: Page) -> str:
    search = (
        Markup(search_markup(page.search.filters, page.search.meta))
        if page.search
        else ""
    )
    template = environment().get_template(page.template)
    rendering = _PAGE_URL.set(page.url)
    try:
        return template.render(page=page, search=search, **page.context)
    finally:
        _PAGE_URL.reset(rendering)


def render_problems(problems: list[Problem]) -> Markup:
    """The located problems of the data, for staff previewing the site (``mkdocs serve``)."""
    return Markup(environment().get_template("problems.html").render(problems=problems))
