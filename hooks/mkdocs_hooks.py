"""MkDocs wiring. Each event hands its work to the ``thidua`` package, which knows nothing of MkDocs.

- on_startup: remember whether this is `mkdocs serve`, and whether --dirty (`make serve`): then a
  rebuild writes again only the pages whose model changed (thidua.rebuild); collect garbage rarely
  (thidua.memory). While serving, SIGTERM (`kill`, a service manager) stops the server as Ctrl+C
  does (a KeyboardInterrupt in the main thread): MkDocs shuts down, and its temporary folders and
  ours (the search copy kept between rebuilds) are deleted as the process ends, where SIGTERM's
  default would end it at once and leave them behind;
- on_config: load and validate campaigns/ (or $THIDUA_DATA; $THIDUA_MINH_HOA=1 adds the
  illustrative data); a data folder listing province sites builds the national hub (thidua.hub).
  What earlier runs on that data folder made (data files read, photos, cards, QR codes) is reused
  from .cache/ beside it, where `thidua validate` keeps the data files it read (thidua.caches).
  `mkdocs build` leaves what it loaded out of the garbage collector's scans (thidua.memory).
  Under `mkdocs serve` only the changed files are read again (thidua.reload), and the page models
  of unchanged files are those of the last build (thidua.site.memo).
  Invalid data stops the build, nothing is published; under `mkdocs serve` every page shows the located problems instead, until the data is fixed. A build writes into
  a staging folder beside site_dir (thidua.publish), swapped in only when complete;
- on_files: add the generated pages that the navigation lists (a few lists) as MkDocs pages; the
  thousands of others never pass through MkDocs' page machinery (see on_post_build);
- on_nav, on_env: the theme prints text escaped and HTML (content, titles) as is (thidua.theme);
  under `mkdocs serve` its templates are compiled once (thidua_mkdocs.compiled);
  on_env also hands the problems, if any, to the banner of every page (overrides/main.html), the
  sites whose search indexes the hub's search merges, and the hub's address for the footer;
- on_page_content: the page's HTML is rendered from its model;
- on_page_context: edit link to the data file, description, card and share links for previews;
- on_template_context: the sitemap lists every generated page, in the order MkDocs would;
- on_post_build: the generated pages outside the navigation, each written in Material's layout
  rendered once per shape of page (thidua_mkdocs.outside_nav, thidua.shell);
  photos made fit for phones, preview cards, open-data exports, the locality finder; then the
  search index, once `mkdocs build` has let go of the page models (Pagefind needs the memory);
  then the site is published, unless strict mode is about to abort the build for a
  warning;
- on_build_error: a failed build is discarded, the published site stays as it was;
- on_serve: `mkdocs serve` also rebuilds when a data file changes;
- on_shutdown: the server has stopped: the job writing what goes beside the pages of the last
  rebuild stops (Pagefind with it) before MkDocs deletes the folder it writes into; SIGTERM's own
  action is back.
"""

import logging
import os
import signal
from contextlib import nullcontext
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File
from mkdocs.utils import CountHandler

from pydantic import ValidationError

from thidua.caches import QR_CODES, SOURCES, cache_folder
from thidua.cards import missing_font
from thidua.problems import DataError
from thidua.publish import Publication
from thidua.rebuild import Rebuilds, Steps, inputs_stamp
from thidua.reload import Reloads
from thidua.search import SearchCopy
from thidua.render import render_problems
from thidua.sharing import SiteSettings, sharing
from thidua.builds import load_build
from thidua.hub.build import HubBuild
from thidua.memory import collect_rarely, give_back, loading
from thidua.sitebuild import SiteBuild
from thidua.site.memo import Memo
from thidua.sourcecache import SourceCache
from thidua.theme import autoescape, front_matter, mark_nav_titles
from thidua_mkdocs.compiled import CompiledTemplates
from thidua_mkdocs.outside_nav import OutsideNav, nav_paths

DATA = Path(__file__).resolve().parent.parent / "campaigns"
_sources: SourceCache | None = None  # under `mkdocs serve`, data files read by earlier builds: only what changed is read again
_memo = Memo()  # page models of earlier builds: `mkdocs serve` builds again only those of changed files
_reloads = Reloads()  # the data set of the last build: `mkdocs serve` reads again only the changed files
_build: SiteBuild | HubBuild | None = None  # None while serving invalid data
_problems: DataError | None = None
_known_pages = {"index.md"}  # pages of the last valid data: while serving invalid data, each shows the problems
_serving = False
_dirty = False
_rebuilds = Rebuilds()  # under `mkdocs serve --dirty`: what one build keeps for the next
_compiled = CompiledTemplates()  # under `mkdocs serve`: the theme's templates, compiled by the first build
_settings = SiteSettings()
_publication: Publication | None = None
_warnings: CountHandler | None = None  # strict mode: MkDocs aborts after on_post_build on a warning
_outside: OutsideNav | None = None  # generated pages the navigation does not list: written by on_post_build
_on_sigterm = None  # while serving: SIGTERM's handler before on_startup, put back by on_shutdown


def on_startup(command, dirty):
    global _serving, _dirty, _on_sigterm
    _serving, _dirty = command == "serve", dirty
    collect_rarely()
    if _serving:
        _on_sigterm = signal.signal(signal.SIGTERM, signal.default_int_handler)
    if _serving and _dirty:  # generated pages are rebuilt exactly (thidua.rebuild): MkDocs' caution is not for them
        logging.getLogger("mkdocs.commands.build").addFilter(_DirtyNotice())


class _DirtyNotice(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


def _data_root() -> Path:
    return Path(os.environ.get("THIDUA_DATA", DATA))


def _data_files(folder: Path) -> SourceCache:
    """The data files read by earlier runs, kept in ``folder``: under `mkdocs serve`, also in memory
    from one build to the next; else the build's own, which goes with its models."""
    global _sources
    if not _serving:
        return SourceCache(folder)
    if _sources is None or _sources.folder != folder:
        _sources = SourceCache(folder)
    return _sources


def on_config(config):
    global _build, _problems, _known_pages, _settings
    if _serving and _dirty:
        _rebuilds.begin()
    try:
        _settings = SiteSettings.model_validate(config.extra.get("thidua", {}))
    except ValidationError as error:
        raise Abort(f"mkdocs.yml, mục extra.thidua không hợp lệ:\n{error}") from None
    if missing_font():
        raise Abort(missing_font())
    edit_base = f"{config.repo_url.rstrip('/')}/{config.edit_uri.strip('/')}/" if config.repo_url else None
    data_root = _data_root()
    caches = cache_folder(data_root)
    try:
        with nullcontext() if _serving else loading():
            _build = load_build(
                data_root,
                include_illustrative=os.environ.get("THIDUA_MINH_HOA", str(_settings.illustrative)).lower()
                in ("1", "true"),
                edit_base=edit_base,
                site_url=config.site_url or "",
                sources=_data_files(caches / SOURCES),
                memo=_memo if _serving else None,
                qr_codes=caches / QR_CODES,
                reloads=_reloads if _serving else None,
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
    global _outside
    _outside = None
    if _build is None:  # the page staff look at shows the problems, and reloads once they are fixed
        for src_uri in _known_pages:
            files.append(File.generated(config, src_uri, content="# Dữ liệu có lỗi\n"))
        return files
    unchanged = set()
    if _serving and _dirty:
        unchanged = _rebuilds.unchanged(_build, _inputs(config))
        for file in [f for f in files.documentation_pages() if f.generated_by is None]:
            files.remove(file)  # read again: the navigation of every page written shows its title
            files.append(_Rewritten(file.src_uri, file.src_dir, file.dest_dir, file.use_directory_urls, inclusion=file.inclusion))
    listed = nav_paths(config.nav) if config.nav is not None else None  # no nav: MkDocs lists every page
    _outside = OutsideNav(_build, _settings, [], unchanged)
    for page in _build.pages.values():
        if page.replaces:  # a hand-written page this build writes its own way (the hub's "Dữ liệu mở")
            files.remove(files.get_file_from_path(page.replaces))
        if listed is not None and page.src_uri not in listed:
            _outside.src_uris.append(page.src_uri)
            continue
        kind = _Written if page.src_uri in unchanged else File
        files.append(kind.generated(config, page.src_uri, content=front_matter(page.title, page.description)))
    return files


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
    mark_nav_titles(nav.items)
    if _outside is not None:
        _outside.nav, _outside.files = nav, files
    return nav


def on_env(env, config, files):
    if _serving:
        env.bytecode_cache = _compiled
    env.globals["thidua_problems"] = render_problems(_problems.problems) if _problems else ""
    env.globals["thidua_search_sites"] = _build.search_sites() if _build is not None else []
    env.globals["thidua_finds_places"] = _build is not None and _build.finds_places()
    env.globals["thidua_hub_address"] = _settings.hub_address
    if _outside is not None:
        _outside.env = env
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
    if template_name == "sitemap.xml" and _outside is not None and _outside.src_uris:
        context["pages"] = _outside.sitemap(context["pages"], config)
    return context


def on_post_build(config):
    global _build, _outside
    if _build is None:
        _rebuilds.forget()
        return
    _outside.write(config)
    site_dir = Path(config.site_dir)
    if _serving and _dirty:  # a preview rebuild: the saved page first, what goes beside it after
        build = _build
        _rebuilds.finish(
            build, site_dir, _inputs(config),
            lambda steps: _index(_beside(build, site_dir, config, steps.check), site_dir, steps),
        )
    else:
        search = _beside(_build, site_dir, config)
        _build = _outside = None  # the page models go before Pagefind comes (thidua.memory)
        give_back()
        search.start(site_dir).finish()
    if _publication is not None:
        config.site_dir = str(_publication.target)  # `mkdocs gh-deploy` deploys it after the build
    _end_publication(publish=not (_warnings is not None and _warnings.get_counts()))


def _beside(build: SiteBuild | HubBuild, site_dir: Path, config, check=lambda: None) -> SearchCopy:
    """Write what goes beside the pages (photos, cards, open data…); returns the search copy of
    the build's pages, to index. ``check`` raises to stop (``thidua.rebuild.Steps``)."""
    return build.finish(site_dir, config.site_url or "", config.site_name, cache_folder(_data_root()), check)


def _index(search: SearchCopy, site_dir: Path, steps: Steps) -> None:
    """The search index of a preview, unless a newer build begins first (then Pagefind is stopped)."""
    steps.check()
    indexing = search.start(site_dir)
    with steps.stopped_by(indexing.stop):
        indexing.finish()


def on_build_error(error):
    _rebuilds.forget()
    _end_publication(publish=False)


def on_serve(server, config, builder):
    server.watch(str(_data_root()))
    return server


def on_shutdown():
    global _on_sigterm
    if not _serving:
        return
    _rebuilds.background.stop()
    _rebuilds.background.wait()
    signal.signal(signal.SIGTERM, _on_sigterm)
    _on_sigterm = None
