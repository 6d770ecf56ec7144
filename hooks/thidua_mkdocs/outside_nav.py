"""The generated pages the navigation does not list (thousands: plans, localities, people, lists),
written in Material's layout rendered once per shape of page (``thidua.shell``), never passed
through MkDocs' page machinery; and their entries in the sitemap, in the order MkDocs would give."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import SimpleNamespace
from urllib.parse import urlsplit

from markupsafe import Markup
from mkdocs.commands.build import get_context
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_build_date

from thidua.cards import SIZE
from thidua.sharing import SiteSettings, sharing
from thidua.shell import Layouts, Values, write_page
from thidua.writing import SiteFiles
from thidua.urls import address
from thidua.theme import autoescape, page_meta


def nav_paths(items: Iterable) -> set[str]:
    """Every page the ``nav`` setting lists."""
    found = set()
    for item in items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        found |= nav_paths(value) if isinstance(value, list) else {value}
    return found


class OutsideNav:
    """``src_uris``: the pages of ``build`` to write; ``unchanged``: those a --dirty rebuild leaves in
    place. ``nav``, ``files`` and ``env`` are MkDocs' own, set as its events hand them over."""

    def __init__(self, build, settings: SiteSettings, src_uris: list[str], unchanged: set[str]) -> None:
        self.build, self.settings, self.src_uris, self.unchanged = build, settings, src_uris, unchanged
        self.nav = self.files = self.env = None

    def sitemap(self, pages: list, config) -> list:
        """MkDocs' sitemap entries (``pages``) with every generated page in the build's order."""
        generated = {file.src_uri: file for file in pages if file.src_uri in self.build.pages}
        listed = [file for file in pages if file.src_uri not in generated]
        date = get_build_date()
        return listed + [generated.get(uri) or self._sitemap_entry(uri, config, date) for uri in self.build.pages]

    def write(self, config) -> None:
        layouts = Layouts(
            render=lambda src_uri, values: self._render_layout(config, src_uri, values), key=_link_key(self.files),
            keep=lambda name, value: "<h1" if name == "content" and "<h1" in value else "",  # Material adds an <h1> if none
        )
        files = SiteFiles(config.site_dir)
        for src_uri in self.src_uris:
            if src_uri not in self.unchanged:
                url = self.build.pages[src_uri].url
                write_page(files, url, layouts.page(src_uri, url, self._values(src_uri, config)))
        self.nav = self.files = self.env = None  # MkDocs' structures of this build are not kept

    def _sitemap_entry(self, src_uri: str, config, date: str) -> SimpleNamespace:
        """What MkDocs' sitemap template reads of a page (mkdocs/templates/sitemap.xml)."""
        canonical = _canonical_url(self.build.pages[src_uri].url, config)
        return SimpleNamespace(page=SimpleNamespace(
            is_link=False, canonical_url=canonical, abs_url=canonical and urlsplit(canonical).path,
            update_date=date,
        ))

    def _values(self, src_uri: str, config) -> Values:
        """What Material's layout (with overrides/) prints of a generated page."""
        model = self.build.pages[src_uri]
        edit = self.build.edit_url(src_uri)
        shared = sharing(model, config.site_url or "", self.settings, edit)
        return {
            "title": model.title, "description": model.description, "content": Markup(self.build.render(src_uri)),
            "canonical_url": _canonical_url(model.url, config), "edit_url": edit, "share_url": shared.url,
            "facebook": shared.facebook, "image": shared.image, "image_alt": shared.image_alt, "report": shared.report,
        }

    def _render_layout(self, config, src_uri: str, values: Values) -> str:
        """Material's page around ``values``, as MkDocs builds a generated page outside the navigation."""
        page = Page(None, File.generated(config, src_uri, content=""), config)
        page.meta = page_meta(values["title"], values["description"])
        page.content, page.toc = values["content"], get_toc([])
        page.canonical_url, page.edit_url = values["canonical_url"], values["edit_url"]
        autoescape(self.env, [page])
        context = get_context(self.nav, self.files, config, page)
        context["thidua_page"] = SimpleNamespace(title=values["title"], description=values["description"])
        context["thidua_sharing"] = SimpleNamespace(
            url=values["share_url"], title=values["title"], image=values["image"], image_alt=values["image_alt"],
            image_size=SIZE, facebook=values["facebook"], report=values["report"], edit=values["edit_url"],
        )
        page.active = True
        try:
            return self.env.get_template("main.html").render(context)
        finally:
            page.active = False


def _canonical_url(url: str, config) -> str | None:
    """A page's address on the published site, as MkDocs' Page makes it."""
    return address(config.site_url, url) if config.site_url else None


def _link_key(files) -> Callable[[str], tuple[int, str]]:
    """The part of a page's URL that its layout's relative links depend on: its depth, and its
    longest leading folder that holds a file of the site (every other link climbs to the root)."""
    folders = {url[: i + 1] for url in (f.url for f in files) for i, c in enumerate(url) if c == "/"}

    def key(src_uri: str) -> tuple[int, str]:
        url = src_uri.removesuffix("index.md")
        ends = [i + 1 for i, c in enumerate(url) if c == "/"]
        return len(ends), max((url[:end] for end in ends if url[:end] in folders), key=len, default="")

    return key
