"""MkDocs wiring. Each event hands its work to the ``thidua`` package, which knows nothing of MkDocs.

- on_config: load and validate campaigns/ (or $THIDUA_DATA; invalid data stops the build,
  nothing is published; $THIDUA_MINH_HOA=1 adds the illustrative data);
- on_files: add one generated page per page model (none of them is in the navigation);
- on_page_content: the page's HTML is rendered from its model;
- on_page_context: edit link to the data file, description for previews;
- on_post_build: photos made fit for phones, open-data exports, the locality finder and the search index;
- on_serve: `mkdocs serve` also rebuilds when a data file changes.
"""

import json
import os
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

from thidua.exports import write_exports
from thidua.locality_finder import write_locality_finder
from thidua.photos import write_photos
from thidua.problems import DataError
from thidua.search import index_site
from thidua.sitebuild import SiteBuild

DATA = Path(__file__).resolve().parent.parent / "campaigns"
PHOTO_CACHE = DATA.parent / ".cache" / "anh"  # published copies of photos, reused between builds
_build: SiteBuild | None = None


def _data_root() -> Path:
    return Path(os.environ.get("THIDUA_DATA", DATA))


def on_config(config):
    global _build
    settings = config.extra.get("thidua", {})
    edit_base = f"{config.repo_url.rstrip('/')}/{config.edit_uri.strip('/')}/" if config.repo_url else None
    try:
        _build = SiteBuild.load(
            _data_root(),
            include_illustrative=os.environ.get("THIDUA_MINH_HOA", str(settings.get("minh_hoa", False))).lower()
            in ("1", "true"),
            edit_base=edit_base,
        )
    except DataError as error:
        raise Abort(f"Dữ liệu có {len(error.problems)} lỗi, không xuất bản:\n{error}") from None
    return config


def on_files(files, config):
    for page in _build.pages.values():
        front = f"---\ntitle: {json.dumps(page.title, ensure_ascii=False)}\n" \
            f"description: {json.dumps(page.description, ensure_ascii=False)}\nhide:\n  - toc\n---\n"
        files.append(File.generated(config, page.src_uri, content=front))
    return files


def on_page_content(html, page, config, files):
    if page.file.src_uri in _build.pages:
        return _build.render(page.file.src_uri)
    return html


def on_page_context(context, page, config, nav):
    model = _build.pages.get(page.file.src_uri)
    if model is not None:
        page.edit_url = _build.edit_url(page.file.src_uri)
        context["thidua_page"] = model
    return context


def on_post_build(config):
    site_dir = Path(config.site_dir)
    write_photos(_build.photos(), site_dir, PHOTO_CACHE)
    write_exports(_build, site_dir, config.site_url or "")
    write_locality_finder(_build, site_dir)
    index_site(site_dir)


def on_serve(server, config, builder):
    server.watch(str(_data_root()))
    return server
