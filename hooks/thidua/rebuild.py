"""What a preview rebuild must write again: the pages whose model changed since the last build.

Under ``mkdocs serve --dirty`` (``make serve``) the pages written by the previous build stay in
place. Saving one plan changes the models of that plan's page and of the few pages that list it;
every other page model is equal to the one already written, so its page is not rendered again
(and the models of plans whose file did not change are not even built again: ``thidua.site.memo``).
A change to anything else a page is made of (the site's settings, hand-written pages, the theme's
overrides) rebuilds every page, and so does the first build after data with problems.

What goes beside the pages (photos, cards, open data, the search index) is written again in the
background after a rebuild (``Background``): the saved page is served first, without waiting for
the job of the build before, which a newer job replaces, and which stops at its next step when a
newer build begins (two jobs in one interpreter take turns: the job would slow the build). The search index is
made from a copy of every page that is kept between builds, so only the pages written again are
added to it (``thidua.search.SearchCopy``).
"""

import gc
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .search import SearchCopy, scratch_folder
from .site.page import Page


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


class Build(Protocol):
    """What a rebuild keeps of a build (``thidua.sitebuild.SiteBuild``, ``thidua.hub.build.HubBuild``):
    its pages, and the search copy its pages are added to."""

    pages: dict[str, Page]  # by src_uri
    search: SearchCopy


class Superseded(Exception):
    """A newer build has begun: the job of the last one stops (the newer one's job does all it would have done)."""


class Steps:
    """Given to a background job: ``check`` between its steps raises ``Superseded`` once a newer
    build has begun, and what the job waits for in ``stopped_by`` (a process) is stopped then."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.stopping = False
        self._stop: Callable[[], None] | None = None

    def check(self) -> None:
        if self.stopping:
            raise Superseded

    @contextmanager
    def stopped_by(self, stop: Callable[[], None]) -> Iterator[None]:
        """While in this block, a newer build calls ``stop`` (from its own thread); at once if one
        has begun already. The block runs in any case: it waits for what was stopped."""
        with self._lock:
            self._stop, stopping = stop, self.stopping
        if stopping:
            stop()
        try:
            yield
        finally:
            with self._lock:
                self._stop = None
        self.check()

    def stop(self) -> None:
        with self._lock:
            self.stopping, stop = True, self._stop
        if stop is not None:
            stop()


class Background:
    """Jobs in a thread of their own, one at a time. A job that has not started when a newer one
    comes, or when a newer build begins (``stop``), is dropped, and a running one stops at its
    next step once a newer build begins: each job writes everything that goes beside the pages
    of its build, so the newer one does all it would have done. A rebuild never waits for the job
    of the build before, nor shares the interpreter with it for longer than one step."""

    def __init__(self) -> None:
        self._state = threading.Condition()
        self._next: Callable[[Steps], None] | None = None
        self._thread: threading.Thread | None = None
        self._steps = Steps()  # of the running job

    def run(self, job: Callable[[Steps], None]) -> None:
        with self._state:
            self._next = job
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="thidua-background", daemon=True)
                self._thread.start()

    def stop(self) -> None:
        """A newer build begins: the running job stops at its next step, one not started is dropped."""
        with self._state:
            steps, self._next = self._steps, None
        steps.stop()

    def wait(self) -> None:
        """Until every job given is done, dropped or stopped."""
        with self._state:
            self._state.wait_for(lambda: self._thread is None)

    def _work(self) -> None:
        while True:
            with self._state:
                job, self._next = self._next, None
                if job is None:
                    self._thread = None
                    self._state.notify_all()
                    return
                steps = self._steps = Steps()
            try:
                job(steps)
            except Exception:
                with self._state:
                    superseded = steps.stopping or self._next is not None  # the next job does it
                if not superseded:
                    logging.getLogger("mkdocs").exception(
                        "Lỗi khi ghi ảnh, thẻ chia sẻ, dữ liệu mở hoặc chỉ mục tìm kiếm của bản xem thử"
                    )


class Rebuilds:
    """What `mkdocs serve --dirty` keeps from one build to the next: the last build's pages, the
    search copy of every page, and the job writing what goes beside the pages."""

    def __init__(self) -> None:
        self.last: LastBuild | None = None
        self.background = Background()
        self._search_copy = scratch_folder("thidua-search-serve-")

    def unchanged(self, build: Build, inputs: tuple) -> set[str]:
        """The pages of ``build`` to leave in place; hands it the search copy of the last build
        (which the job of the last build may still be indexing: a newer job follows it)."""
        unchanged = unchanged_pages(self.last, build.pages, inputs)
        build.search = SearchCopy(Path(self._search_copy.name))
        build.search.keep(f"{build.pages[uri].url}index.html" for uri in unchanged)
        return unchanged

    def begin(self) -> None:
        """A build begins: the job of the last one stops at its next step. A rebuild runs without
        the cyclic garbage collector (until ``finish`` or ``forget``): the garbage of a few seconds
        is collected after it, in the time of the background job, rather than in one of the
        rebuild's seconds (a full collection after the first build's objects are left out of it,
        ``_settle``, still took a second at province size)."""
        self.background.stop()
        if self.last is not None:
            gc.disable()

    def finish(self, build: Build, site_dir: Path, inputs: tuple, write_beside: Callable[[Steps], None]) -> None:
        """Take the pages that are gone out of the site, remember this build, and run
        ``write_beside`` (what goes beside the pages): at once after a first build, in the
        background after a rebuild."""
        gone = [self.last.pages[uri].url for uri in removed_pages(self.last, build.pages)]
        for url in gone:
            (site_dir / url / "index.html").unlink(missing_ok=True)
        build.search.drop(f"{url}index.html" for url in gone)
        rebuild = self.last is not None
        self.last = LastBuild(build.pages, inputs)
        gc.enable()
        if rebuild:
            self.background.run(write_beside)
        else:
            write_beside(Steps())
            _settle()

    def forget(self) -> None:
        """The next build rebuilds every page (the last one failed, or its data had problems)."""
        gc.enable()
        self.background.wait()
        self.last = None


def _settle() -> None:
    """Leave every object alive now out of the collector's later scans (``gc.freeze``), after the
    first build: a full scan of the data set's and page models' objects takes seconds (7 s at
    province size), and a rebuild made one every few saves. What a later build lets go of is freed
    all the same, unless it is in a reference cycle."""
    gc.collect()
    gc.freeze()
