"""What a preview rebuild must write again: the pages whose model changed since the last build.

Under ``mkdocs serve --dirty`` (``make serve``) the pages written by the previous build stay in
place. Saving one plan changes the models of that plan's page and of the few pages that list it;
every other page model is equal to the one already written, so its page is not rendered again.
A change to anything else a page is made of (the site's settings, hand-written pages, the theme's
overrides) rebuilds every page, and so does the first build after data with problems. The search
index of a rebuild is made in the background (``Background``): the saved page is served first.
"""

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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
