"""Render page models to HTML fragments with the package's Jinja templates.

The fragment is the page's main content; the site engine (MkDocs with Material today) puts
it inside its layout. Links are relative, so the site works under any sub-path. The templates are
part of the package's code: read once per process, like its modules (not looked at again for
each of thousands of pages).

``url | link``, in every template and macro, links from the page being rendered: a filter that
reads that page's URL from ``_PAGE_URL``. So the macro files are imported without the page's
context, once per process: imported with it, they were made again for every page, and their macros
and that context referred to each other, garbage only the cyclic collector frees (at 1,000 plans,
a third of the time of rendering went to collecting it). A filter rather than a global function:
Jinja calls a filter directly, a function through the context's ``call``, which looks at what the
function asks for first (a page has hundreds of links).

Every printed value is escaped, as Jinja escapes it, but to plain text (``_html_text``): Jinja's
``escape`` makes each of them a ``Markup`` (a copy of the text, made in Python), only for the
pieces to be joined into the page at once (and a macro's or block's output is made ``Markup``
again as it is joined). A page prints thousands of values: the copies were a fifth of the time of
rendering.
"""

from contextvars import ContextVar
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.compiler import CodeGenerator
from markupsafe import Markup, _escape_inner

from .numbers import format_vn_number
from .problems import Problem
from .search import search_markup
from .site.page import Page, relative_url

TEMPLATES = Path(__file__).parent / "templates"
_PAGE_URL: ContextVar[str] = ContextVar("page_url")  # the URL of the page ``render_page`` renders
_DICT_ATTRIBUTES = frozenset(dir(dict))


def _html_text(value) -> str:
    """``value`` printed in HTML: as ``markupsafe.escape`` gives it (with the function that escapes
    for it), as plain text rather than ``Markup``."""
    if type(value) is str:
        return _escape_inner(value)
    if hasattr(value, "__html__"):
        return value.__html__()
    return _escape_inner(str(value))


class _CodeGenerator(CodeGenerator):
    """Jinja's compiler, printing each value through ``_html_text`` where Jinja would call ``escape``."""

    def _output_child_pre(self, node, frame, finalize) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src is None:
            self.write("environment.html_text(")
        else:
            super()._output_child_pre(node, frame, finalize)


class _Environment(Environment):
    """Jinja's environment, reading ``entry.key`` of a plain dict (many entries of the page models)
    as ``entry["key"]`` at once: Jinja first asks for an attribute, which a dict has only among its
    methods, and raising and catching the AttributeError cost most of the time of a page's lookups."""

    code_generator_class = _CodeGenerator
    html_text = staticmethod(_html_text)

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
    env.filters["link"] = _link
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
