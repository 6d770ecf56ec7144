"""What a preview rebuild must write again: the pages whose model changed since the last build.

Under ``mkdocs serve --dirty`` (``make serve``) the pages written by the previous build stay in
place. Saving one plan changes the models of that plan's page and of the few pages that list it;
every other page model is equal to the one already written, so its page is not rendered again.
A change to anything else a page is made of (the site's settings, hand-written pages, the theme's
overrides) rebuilds every page, and so does the first build after data with problems.

What goes beside the pages (photos, cards, open data, the search index) is written again in the
background after a rebuild (``Background``): the saved page is served first. The search index is
made from a copy of every page that is kept between builds, so only the pages written again are
added to it (``thidua.search.SearchCopy``).
"""

import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .search import SearchCopy
from .site.page import Page
from .sitebuild import SiteBuild


@dataclass(frozen=True)
class LastBuild:
    pages: dict[str, Page]  # by src_uri
    inputs: tuple  # ``inputs_stamp`` of that build


def inputs_stamp(*paths: Path) -> tuple:
    """When each file of ``paths`` (files or folders) last changed: equal stamps, same inputs."""
    stamp = []
    for path in paths:
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        stamp += [(str(f), os.stat(f).st_mtime_ns, os.stat(f).st_size) for f in files]
    return tuple(stamp)


def unchanged_pages(last: LastBuild | None, pages: dict[str, Page], inputs: tuple) -> set[str]:
    """The pages of ``pages`` already written exactly so by the last build."""
    if last is None or last.inputs != inputs:
        return set()
    return {uri for uri, page in pages.items() if last.pages.get(uri) == page}


def removed_pages(last: LastBuild | None, pages: dict[str, Page]) -> list[str]:
    """Pages of the last build that no longer exist (a file deleted or renamed): their output goes."""
    return [] if last is None else [uri for uri in last.pages if uri not in pages]


class Background:
    """One job at a time in a thread of its own; a new job first waits for the one running."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def run(self, job: Callable[[], None]) -> None:
        self.wait()
        self._thread = threading.Thread(target=job, name="thidua-background", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None


class Rebuilds:
    """What `mkdocs serve --dirty` keeps from one build to the next: the last build's pages, the
    search copy of every page, and the job writing what goes beside the pages."""

    def __init__(self) -> None:
        self.last: LastBuild | None = None
        self.background = Background()
        self._search_copy = tempfile.TemporaryDirectory(prefix="thidua-search-serve-")

    def unchanged(self, build, inputs: tuple) -> set[str]:
        """The pages of ``build`` to leave in place; hands it the search copy of the last build."""
        self.background.wait()  # the last build's job reads the search copy and writes the site
        unchanged = unchanged_pages(self.last, build.pages, inputs)
        if isinstance(build, SiteBuild):
            build.search = SearchCopy(Path(self._search_copy.name))
            build.search.keep(f"{build.pages[uri].url}index.html" for uri in unchanged)
        return unchanged

    def finish(self, build, site_dir: Path, inputs: tuple, write_beside: Callable[[], None]) -> None:
        """Take the pages that are gone out of the site, remember this build, and run
        ``write_beside`` (what goes beside the pages): at once after a first build, in the
        background after a rebuild."""
        gone = [self.last.pages[uri].url for uri in removed_pages(self.last, build.pages)]
        for url in gone:
            (site_dir / url / "index.html").unlink(missing_ok=True)
        if isinstance(build, SiteBuild):
            build.search.drop(f"{url}index.html" for url in gone)
        rebuild = self.last is not None
        self.last = LastBuild(build.pages, inputs)
        if rebuild:
            self.background.run(write_beside)
        else:
            write_beside()

    def forget(self) -> None:
        """The next build rebuilds every page (the last one failed, or its data had problems)."""
        self.background.wait()
        self.last = None
