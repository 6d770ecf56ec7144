"""MkDocs wiring. Each event hands its work to the ``thidua`` package, which knows nothing of MkDocs.

- on_startup: remember whether this is `mkdocs serve`, and whether --dirty (`make serve`): then a
  rebuild writes again only the pages whose model changed (thidua.rebuild);
- on_config: load and validate campaigns/ (or $THIDUA_DATA; $THIDUA_MINH_HOA=1 adds the
  illustrative data); a data folder listing province sites builds the national hub (thidua.hub).
  Invalid data stops the build, nothing is published; under `mkdocs serve` every page shows the located problems instead, until the data is fixed. A build writes into
  a staging folder beside site_dir (thidua.publish), swapped in only when complete;
- on_files: add the generated pages that the navigation lists (a few lists) as MkDocs pages; the
  thousands of others never pass through MkDocs' page machinery (see on_post_build);
- on_nav, on_env: the theme prints text escaped and HTML (content, titles) as is (thidua.theme);
  on_env also hands the problems, if any, to the banner of every page (overrides/main.html), the
  sites whose search indexes the hub's search merges, and the hub's address for the footer;
- on_page_content: the page's HTML is rendered from its model;
- on_page_context: edit link to the data file, description, card and share links for previews;
- on_template_context: the sitemap lists every generated page, in the order MkDocs would;
- on_post_build: the generated pages outside the navigation, each written in Material's layout
  rendered once per shape of page (thidua.shell; ``_render_layout`` renders it as MkDocs would);
  photos made fit for phones, preview cards, open-data exports, the locality finder and the
  search index; then the site is published, unless strict mode is about to abort the build for a
  warning;
- on_build_error: a failed build is discarded, the published site stays as it was;
- on_serve: `mkdocs serve` also rebuilds when a data file changes.
"""

import logging
import os
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

from markupsafe import Markup
from mkdocs.commands.build import get_context
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import CountHandler, get_build_date

from pydantic import ValidationError

from thidua.cards import SIZE, missing_font
from thidua.problems import DataError
from thidua.publish import Publication
from thidua.rebuild import Rebuilds, inputs_stamp
from thidua.render import render_problems
from thidua.sharing import SiteSettings, sharing
from thidua.shell import Layouts, Values, write_page
from thidua.builds import load_build
from thidua.hub.build import HubBuild
from thidua.sitebuild import SiteBuild
from thidua.sourcecache import CACHE_FOLDER, SourceCache
from thidua.theme import autoescape, front_matter, mark_nav_titles, page_meta

DATA = Path(__file__).resolve().parent.parent / "campaigns"
CACHE = DATA.parent / ".cache"  # photos and preview cards made by earlier builds, reused
_sources = SourceCache(DATA.parent / CACHE_FOLDER)  # data files read by earlier builds: `mkdocs serve` re-reads only what changed
_build: SiteBuild | HubBuild | None = None  # None while serving invalid data
_problems: DataError | None = None
_known_pages = {"index.md"}  # pages of the last valid data: while serving invalid data, each shows the problems
_serving = False
_dirty = False
_rebuilds = Rebuilds()  # under `mkdocs serve --dirty`: what one build keeps for the next
_settings = SiteSettings()
_publication: Publication | None = None
_warnings: CountHandler | None = None  # strict mode: MkDocs aborts after on_post_build on a warning
_outside_nav: list[str] = []  # generated pages the navigation does not list: written by on_post_build
_unchanged: set[str] = set()  # under `mkdocs serve --dirty`: pages the last build wrote exactly so
_theme: SimpleNamespace | None = None  # config, env, nav and files, to render the layout of those pages


def on_startup(command, dirty):
    global _serving, _dirty
    _serving, _dirty = command == "serve", dirty
    if _serving and _dirty:  # generated pages are rebuilt exactly (thidua.rebuild): MkDocs' caution is not for them
        logging.getLogger("mkdocs.commands.build").addFilter(_DirtyNotice())


class _DirtyNotice(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


def _data_root() -> Path:
    return Path(os.environ.get("THIDUA_DATA", DATA))


def on_config(config):
    global _build, _problems, _known_pages, _settings
    try:
        _settings = SiteSettings.model_validate(config.extra.get("thidua", {}))
    except ValidationError as error:
        raise Abort(f"mkdocs.yml, mục extra.thidua không hợp lệ:\n{error}") from None
    if missing_font():
        raise Abort(missing_font())
    edit_base = f"{config.repo_url.rstrip('/')}/{config.edit_uri.strip('/')}/" if config.repo_url else None
    try:
        _build = load_build(
            _data_root(),
            include_illustrative=os.environ.get("THIDUA_MINH_HOA", str(_settings.illustrative)).lower()
            in ("1", "true"),
            edit_base=edit_base,
            site_url=config.site_url or "",
            sources=_sources,
        )
        _problems, _known_pages = None, {"index.md", *_build.pages}
    except DataError as error:
        if not _serving:
            raise Abort(f"Dữ liệu có {len(error.problems)} lỗi, không xuất bản:\n{error}") from None
        _build, _problems = None, error
        logging.getLogger("mkdocs").info(f"Dữ liệu có {len(error.problems)} lỗi:\n{error}")
    if not _serving:  # `mkdocs serve` builds into a folder of its own that is never published
        _begin_publication(config)
    return config


def _begin_publication(config):
    global _publication, _warnings
    _publication = Publication.begin(config.site_dir)
    config.site_dir = str(_publication.staging)
    if config.strict:
        _warnings = CountHandler()
        _warnings.setLevel(logging.WARNING)
        logging.getLogger("mkdocs").addHandler(_warnings)


def _end_publication(*, publish: bool):
    global _publication, _warnings
    publication, warnings = _publication, _warnings
    _publication, _warnings = None, None
    if warnings is not None:
        logging.getLogger("mkdocs").removeHandler(warnings)
    if publication is None:
        return
    if publish:
        publication.commit()
        logging.getLogger("mkdocs").info(f"Đã xuất bản vào {publication.target}")
    else:
        publication.abandon()


def on_files(files, config):
    global _outside_nav, _unchanged
    _outside_nav, _unchanged = [], set()
    if _build is None:  # the page staff look at shows the problems, and reloads once they are fixed
        for src_uri in _known_pages:
            files.append(File.generated(config, src_uri, content="# Dữ liệu có lỗi\n"))
        return files
    if _serving and _dirty:
        _unchanged = _rebuilds.unchanged(_build, _inputs(config))
        for file in [f for f in files.documentation_pages() if f.generated_by is None]:
            files.remove(file)  # read again: the navigation of every page written shows its title
            files.append(_Rewritten(file.src_uri, file.src_dir, file.dest_dir, file.use_directory_urls, inclusion=file.inclusion))
    listed = _nav_paths(config.nav) if config.nav is not None else None  # no nav: MkDocs lists every page
    for page in _build.pages.values():
        if listed is not None and page.src_uri not in listed:
            _outside_nav.append(page.src_uri)
            continue
        kind = _Written if page.src_uri in _unchanged else File
        files.append(kind.generated(config, page.src_uri, content=front_matter(page.title, page.description)))
    return files


def _nav_paths(items) -> set[str]:
    """Every page the ``nav`` setting lists."""
    found = set()
    for item in items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        found |= _nav_paths(value) if isinstance(value, list) else {value}
    return found


class _Written(File):
    """A generated page the last build wrote exactly so: a --dirty build leaves it in place."""

    def is_modified(self) -> bool:
        return False


class _Rewritten(File):
    """A hand-written page, read and written by every --dirty build (they are few)."""

    def is_modified(self) -> bool:
        return True


def _inputs(config) -> tuple:
    """What every page is made of besides its model: settings, hand-written pages, overrides."""
    overrides = DATA.parent / "overrides"
    return inputs_stamp(Path(config.config_file_path), Path(config.docs_dir), overrides)


def on_nav(nav, config, files):
    global _theme
    mark_nav_titles(nav.items)
    _theme = SimpleNamespace(config=config, nav=nav, files=files, env=None)
    return nav


def on_env(env, config, files):
    env.globals["thidua_problems"] = render_problems(_problems.problems) if _problems else ""
    env.globals["thidua_search_indexes"] = _build.search_indexes() if _build is not None else []
    env.globals["thidua_hub_address"] = _settings.hub_address
    _theme.env = env
    return autoescape(env, (file.page for file in files if file.page is not None))


def on_page_content(html, page, config, files):
    if _build is not None and page.file.src_uri in _build.pages:
        return _build.render(page.file.src_uri)
    return html


def on_page_context(context, page, config, nav):
    model = _build.pages.get(page.file.src_uri) if _build is not None else None
    if model is not None:
        page.edit_url = _build.edit_url(page.file.src_uri)
        context["thidua_page"] = model
        context["thidua_sharing"] = sharing(model, config.site_url or "", _settings, page.edit_url)
    return context


def on_template_context(context, template_name, config):
    if template_name == "sitemap.xml" and _outside_nav:
        generated = {file.src_uri: file for file in context["pages"] if file.src_uri in _build.pages}
        listed = [file for file in context["pages"] if file.src_uri not in generated]
        context["pages"] = listed + [generated.get(uri) or _sitemap_entry(uri, config) for uri in _build.pages]
    return context


def _sitemap_entry(src_uri: str, config) -> SimpleNamespace:
    """What MkDocs' sitemap template reads of a page (mkdocs/templates/sitemap.xml)."""
    canonical = _canonical_url(_build.pages[src_uri].url, config)
    return SimpleNamespace(page=SimpleNamespace(
        is_link=False, canonical_url=canonical, abs_url=canonical and urlsplit(canonical).path, update_date=get_build_date()
    ))


def _canonical_url(url: str, config) -> str | None:
    """A page's address on the published site, as MkDocs' Page makes it."""
    return urljoin(config.site_url.rstrip("/") + "/", url) if config.site_url else None


def _layout_values(src_uri: str, config) -> Values:
    """What Material's layout (with overrides/) prints of a generated page."""
    model = _build.pages[src_uri]
    edit = _build.edit_url(src_uri)
    shared = sharing(model, config.site_url or "", _settings, edit)
    return {
        "title": model.title, "description": model.description, "content": Markup(_build.render(src_uri)),
        "canonical_url": _canonical_url(model.url, config), "edit_url": edit, "share_url": shared.url,
        "facebook": shared.facebook, "image": shared.image, "image_alt": shared.image_alt, "report": shared.report,
    }


def _render_layout(src_uri: str, values: Values) -> str:
    """Material's page around ``values``, as MkDocs builds a generated page outside the navigation."""
    config, env = _theme.config, _theme.env
    page = Page(None, File.generated(config, src_uri, content=""), config)
    page.meta = page_meta(values["title"], values["description"])
    page.content, page.toc = values["content"], get_toc([])
    page.canonical_url, page.edit_url = values["canonical_url"], values["edit_url"]
    autoescape(env, [page])
    context = get_context(_theme.nav, _theme.files, config, page)
    context["thidua_page"] = SimpleNamespace(title=values["title"], description=values["description"])
    context["thidua_sharing"] = SimpleNamespace(
        url=values["share_url"], title=values["title"], image=values["image"], image_alt=values["image_alt"],
        image_size=SIZE, facebook=values["facebook"], report=values["report"], edit=values["edit_url"],
    )
    page.active = True
    try:
        return env.get_template("main.html").render(context)
    finally:
        page.active = False


def _link_key(files) -> Callable[[str], tuple[int, str]]:
    """The part of a page's URL that its layout's relative links depend on: its depth, and its
    longest leading folder that holds a file of the site (every other link climbs to the root)."""
    folders = {url[: i + 1] for url in (f.url for f in files) for i, c in enumerate(url) if c == "/"}

    def key(src_uri: str) -> tuple[int, str]:
        url = src_uri.removesuffix("index.md")
        ends = [i + 1 for i, c in enumerate(url) if c == "/"]
        return len(ends), max((url[:end] for end in ends if url[:end] in folders), key=len, default="")

    return key


def _write_outside_nav(config) -> None:
    global _theme
    layouts = Layouts(
        render=_render_layout, key=_link_key(_theme.files),
        keep=lambda name, value: "<h1" if name == "content" and "<h1" in value else "",  # Material adds an <h1> if none
    )
    for src_uri in _outside_nav:
        if src_uri not in _unchanged:
            url = _build.pages[src_uri].url
            write_page(Path(config.site_dir), url, layouts.page(src_uri, url, _layout_values(src_uri, config)))
    _theme = None


def on_post_build(config):
    if _build is None:
        _rebuilds.forget()
        return
    _write_outside_nav(config)
    build, site_dir = _build, Path(config.site_dir)

    def write_beside():
        build.finish(site_dir, config.site_url or "", config.site_name, CACHE).finish()

    if _serving and _dirty:  # a preview rebuild: the saved page first, what goes beside it after
        _rebuilds.finish(build, site_dir, _inputs(config), write_beside)
    else:
        write_beside()
    if _publication is not None:
        config.site_dir = str(_publication.target)  # `mkdocs gh-deploy` deploys it after the build
    _end_publication(publish=not (_warnings is not None and _warnings.get_counts()))


def on_build_error(error):
    _rebuilds.forget()
    _end_publication(publish=False)


def on_serve(server, config, builder):
    server.watch(str(_data_root()))
    return server
