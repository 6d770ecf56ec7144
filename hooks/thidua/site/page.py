"""A generated page: where it lives, what it shows, where its data comes from."""

import posixpath
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..cards import Card
from ..dates import PartialDate


@dataclass
class Crumb:
    title: str
    url: str


@dataclass(frozen=True)
class Link:
    """An entry of a list of links; ``url`` None when the target has no page (shown as text)."""

    title: str
    url: str | None
    note: str | None = None


@dataclass
class SearchInfo:
    """What the search index learns about a page (see thidua.search)."""

    kind: str
    filters: dict[str, list[str] | str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class Page:
    url: str  # directory URL relative to the site root: "ke-hoach/x/" ("" for the home page)
    title: str
    template: str
    context: dict
    description: str = ""
    breadcrumbs: list[Crumb] = field(default_factory=list)
    source: str | None = None  # data file, relative to the repository root
    search: SearchInfo | None = None
    illustrative: bool = False
    updated: str | None = None  # ISO date of the last change to the source file
    dated: str | None = None  # ISO date (maybe partial) of the document or decision shown
    photos: dict[str, Path] = field(default_factory=dict)  # published at URL (site-relative) from file
    card: Card | None = None  # preview image for shared links (thidua.site.cards)
    card_page: str | None = None  # the page whose drawn card ``card`` is, when not this one's own
    replaces: str | None = None  # the hand-written page (docs/, "du-lieu.md") this page takes the place of

    @property
    def updated_text(self) -> str | None:
        """The last change as citizens write dates: "23/11/2026"."""
        return self.updated and PartialDate.parse(self.updated).short()

    @property
    def src_uri(self) -> str:
        return self.replaces or f"{self.url}index.md"


def relative_url(target: str, current: str) -> str:
    """Link from the page at ``current`` to ``target`` (both site-root-relative directory URLs).

    Relative links keep the site working under any sub-path (GitHub Pages project sites); an
    absolute address (a page of another site) is kept as it is. Called for every link of every
    page: plain URLs are compared segment by segment, others go through ``posixpath.relpath``.
    """
    if "://" in target:
        return target
    base = _segments(current)
    if base is not None and _plain(target):
        to = target.split("/")
        if to[-1] == "":
            to.pop()
        common = 0
        for a, b in zip(to, base):
            if a != b:
                break
            common += 1
        path = "/".join([".."] * (len(base) - common) + to[common:]) or "."
    else:
        base = posixpath.dirname(current.rstrip("/") + "/") or "."
        path = posixpath.relpath(target or ".", base if current else ".")
    if (not target or target.endswith("/")) and not path.endswith("/"):
        path += "/"
    return "./" if path in (".", "./") else path


@cache  # the page's own URL, for each of its links
def _segments(current: str) -> tuple[str, ...] | None:
    """The segments of a plain ``current`` (``_plain``); None for any other."""
    return tuple(current.rstrip("/").split("/") if current else ()) if _plain(current) else None


def _plain(url: str) -> bool:
    """A URL of plain segments: no leading or doubled slash, no "." or ".." segment; "" is the root."""
    if url.startswith("/") or "//" in url:
        return False
    return "." not in url or not {".", ".."} & set(url.split("/"))  # most URLs have no dot at all
