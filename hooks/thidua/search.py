"""Site search with Pagefind: what a page must carry, and the index built after MkDocs.

Page contract (the page templates follow it; ``search_markup`` writes the hidden part)::

    <article data-pagefind-body>
      <h1>Kế hoạch thi đua xã Phú Sơn năm 2024</h1>   <- result title: first <h1> inside
      ... the visible page text: the only text that is indexed ...
      <div data-pagefind-ignore hidden>               <- search_markup(...): captured, not indexed as text
        <span data-pagefind-filter="tinh">Thanh Hóa</span>
        <span data-pagefind-filter="cap">Xã, phường, thị trấn</span>
        <span data-pagefind-filter="nam">2024</span>
        <span data-pagefind-filter="loai">Kế hoạch thi đua</span>
        <span data-pagefind-meta="dia_phuong">Xã Phú Sơn, tỉnh Thanh Hóa</span>
        <span data-pagefind-meta="nam">2024</span>
      </div>
    </article>

- Exactly the pages with a ``data-pagefind-body`` element are indexed, and only the text inside it.
  Pages without one (home, lists, the search page itself) are left out of the index.
- Filters (facets, each key may repeat): ``tinh`` province; ``cap`` one of ``CAP_VALUES``;
  ``nam`` year; ``loai`` one of ``LOAI_VALUES``.
- Meta shown in results: ``dia_phuong`` locality, ``nam`` year (``title`` may override the <h1>).
  ``lien_ket``, on a page of entries (below): JSON, each entry's heading id -> the address the
  entry leads to, relative to the page.
- No sort keys: Pagefind's sort does not hold across shards (below). The search client sorts by
  year with one search per ``nam`` value, pages without one after.
- Entries: a page may list things that are not pages of the index themselves (one index page each
  would cost every first query ~7 bytes of Pagefind metadata): on a province site, the honored
  people of one locality and year, each a section of the page (``<h2 id="nguyen-van-a">``, meta
  ``{"nguyen-van-a": "#nguyen-van-a"}``); on the hub, plans and people of the province sites (meta
  ``{"m1": "https://…/khen-thuong/2024/#nguyen-van-a"}``). An entry is a heading with an ``id``
  and the text up to the next one; Pagefind gives it a sub-result of its own. The search client
  shows each entry holding every query word as a result of its own, titled with its heading,
  leading to its address.

Vietnamese folding: Pagefind can match tone marks loosely, but "đ" is a letter of its own to it
("thi dua" would miss "thi đua"), and its loose matching of short words ("ho" -> hộ, hồ, họ, hóa,
hoạch, học, hội, hợp…) takes seconds on a large site. So the search runs with Pagefind's exact
diacritics on a copy of each page (``SearchCopy``, ``page_copy``; not the served page) whose
indexed text has each word folded where it stands ("Đảng bộ" -> "dang bo"): the same words in the
same places, under the same headings and weights, so a result's word locations tell whether the
query's words occur as a phrase, and a match belongs to the sub-result of the heading before it
(an entry, above). After it, in a hidden ``data-pagefind-body`` block, ``FOLD_SENTINEL`` and the
exact words: each word written with marks (or "đ") in the page's headings and other weighted
text, its title and its locality (meta ``dia_phuong``), once, in lower case. The search client runs
the folded query (all matches, facet counts) and, if typed with diacritics, the query as typed:
the pages whose headings, title or locality hold its words as typed are listed first. (Indexing
the page's whole text twice, as written and folded, cost Pagefind half as much again: measured
in docs/hieu-nang.md.)

Stored text: Pagefind stores the text it read, folded. When the bundle is published
(``Indexing._publish``), each page's stored text is its indexed text as written (kept by
``SearchCopy`` from the page, word for word the folded one), and so are its anchors' texts and
its title (the first ``<h1>``, given to Pagefind as meta): no excerpt, title, sub-result or
content from any Pagefind API shows a folded word or the exact words. search.js ``entries``
reads an entry page's sub-results and keeps the entries holding every query word.

Clean text: the copy Pagefind indexes of a page holds only what Pagefind reads from the page: the
``data-pagefind-body`` elements with the text it indexes, a space at every block boundary ("Mã đơn
vị 14823", never "Mã đơn vị14823") and one for every run of white space; in them the headings, the
elements with an ``id`` (Pagefind's anchors; in an anchor, the elements that are not inline, which
end the anchor's text), the elements with ``data-pagefind-weight``, and each filter and meta
element with its value (in its ``data-pagefind-ignore`` element); the first ``<img>`` after the
``<h1>`` (the result's image); then the exact words. No layout, no breadcrumbs, no ignored text,
no other attribute: Pagefind parses a fraction of the bytes of the page. (No text outside the
``data-pagefind-body`` elements: Pagefind indexes text that is directly in an element holding one,
after it.) What the pages do not use is not carried: a ``<title>`` or an ``<h1>`` outside the
indexed text as the result title, attribute values as filters or meta
(``data-pagefind-meta="image[src]"``), ``data-pagefind-index-attrs``, ``data-pagefind-default-meta``.

Shards: Pagefind holds every word it indexes in memory (about 490 MB at 1,000 plans), so the
copy is indexed in shards, one Pagefind process after the other, each of at most about
``SHARD_BYTES`` of text (pages in path order, shards of about the same size), and the peak
is that of the largest shard. The first shard is ``pagefind/``, where the site loads Pagefind
from; each other one is ``pagefind/<n>/``, listed in ``pagefind/shards.json``, and the search
client merges it into the first (Pagefind's ``mergeIndex``: its WASM is loaded once). A query reads each shard's entry and metadata and, for each word, a chunk
of each shard's word index (two shards: about 50 KiB more for a query of three words). A site
small enough for one shard has an empty list. Pagefind leaves out a query word its index does not
hold, so a shard without one of the words finds the pages holding the others: the search client
keeps the pages found by each word alone (facet counts may still count the others; a word no page
holds is left out, and said), and sorts by year itself, as Pagefind's sort does not hold across
shards.

Cost: the copy is made from each generated page's rendered fragment as it is rendered
(``SearchCopy.add_fragment``), not by reading the written site back; only the hand-written pages
are read from the site folder. The copy is held in memory, and each shard's pages are written
for Pagefind just before it reads them, in memory where the system allows (``scratch_folder``),
as is what Pagefind writes until it is published in the site (``Indexing``). Pagefind runs in a
process of its own (``SearchCopy.start``, ``Indexing.finish``), after the build has written the
open data and let go of its page models.
"""

from __future__ import annotations

import fnmatch
import functools
import gzip
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple


from .text import fold
from .writing import SiteFiles

FILTER_KEYS = ("tinh", "cap", "nam", "loai")
CAP_VALUES = ("Tỉnh", "Huyện", "Xã, phường, thị trấn")
LOAI_VALUES = ("Kế hoạch thi đua", "Địa phương", "Phong trào", "Người được khen thưởng")
# ``lien_ket``: on a page of entries, JSON {heading id: the address the entry leads to}.
META_KEYS = ("title", "dia_phuong", "nam", "lien_ket")

# Starts the exact words after a page's indexed text; Pagefind does not index it as a word.
# ``_as_written`` reads the folded text up to it.
FOLD_SENTINEL = "\u2042"
BUNDLE_DIR = "pagefind"
# In the first bundle: JSON, the folders (relative to it) of the other shards, which the search
# client merges into it.
SHARDS_FILE = "shards.json"
# Most bytes of text in one shard: Pagefind holds about 70 bytes of memory for each (490 MB for
# the 7.0 MiB of text at 1,000 plans, docs/hieu-nang.md), one shard at a time.
SHARD_BYTES = 22 * 2**20

_CLOSED_VALUES = {"cap": CAP_VALUES, "loai": LOAI_VALUES}
# Pagefind's own weights for headings; other text weighs 1.
_HEADING_WEIGHTS = {"h1": 7.0, "h2": 6.0, "h3": 5.0, "h4": 4.0, "h5": 3.0, "h6": 2.0}
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
# Elements whose text Pagefind never indexes (its ``REMOVE_SELECTORS``): not in the copy.
_UNINDEXED_TAGS = frozenset("head style script noscript label form svg footer nav iframe template".split())
# Elements Pagefind reads as inline (its ``INLINE_SELECTORS``): the text in one of them inside an
# element with an ``id`` is part of that anchor's text, the text in any other element is not.
_INLINE_TAGS = frozenset(
    "a abbr acronym b bdo big br button cite code dfn em i img input kbd label map object output q samp "
    "script select small span strong sub sup textarea time tt var".split()
)
# Markup in a page, as the standard library's HTMLParser tells it from text: a comment, a start tag
# (a quoted attribute value may hold ">"), an end tag, a declaration or processing instruction.
# Any other "<" is text. Attributes are read possessively (``*+``): a quoted value ends at its
# first quote, so there is one way to read them; only names are matched ignoring case (``(?i:)``).
_ATTRIBUTES = r"""((?:[^>"']++|"[^"]*+"|'[^']*+')*+)>"""
_TAG_NAME = r"[a-zA-Z][^\t\n\r\f />\x00]*"
_MARKUP = re.compile(rf"<(?:!--.*?--\s*>|{_TAG_NAME}(?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+>|/{_TAG_NAME}[^>]*>|[!?][^>]*>)", re.DOTALL)


def _start_tags(unread: frozenset[str], marked: str, but_inline: bool = False) -> re.Pattern:
    """Start tags of headings, of the elements ``unread`` whose text is not read, of elements with
    an attribute that starts with one of the ``|``-separated ``marked`` and, if ``but_inline``, of
    every element not in ``_INLINE_TAGS`` (their name, then their attributes); comments, to be
    passed over."""
    unread_names = "|".join(sorted(unread))
    other = rf"|(?!(?i:{'|'.join(sorted(_INLINE_TAGS))})(?=[\s/>])){_TAG_NAME}" if but_inline else ""
    return re.compile(
        rf"<(?:!--.*?--\s*>|(?=[a-zA-Z])((?i:h[1-6]|{unread_names})(?=[\s/>]){other}|(?=[^>]*\s(?i:{marked})){_TAG_NAME}){_ATTRIBUTES})",
        re.DOTALL,
    )


# The start tags that can change what Pagefind reads, and how. Outside the text Pagefind indexes:
# elements with a data-pagefind- attribute (a data-pagefind-body or a filter may be in them).
_MARKED_START = _start_tags(_UNINDEXED_TAGS, "data-pagefind-")
# In the text Pagefind indexes, also every element with an id (Pagefind makes an anchor of each),
# and every element whose text it does not index.
_INDEXED_START = _start_tags(_UNINDEXED_TAGS, r"data-pagefind-|id[\s=/>]")
# In an anchor's text, also every element that is not inline: its text is not the anchor's.
_ANCHORED_START = _start_tags(_UNINDEXED_TAGS, r"data-pagefind-|id[\s=/>]", but_inline=True)
_ATTRIBUTE = re.compile(r"""(?<=[\s"'/])([^\s/>][^\s/=>]*)(?:\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?""")
# Elements whose text runs to their end tag, markup included (HTMLParser's CDATA_CONTENT_ELEMENTS).
_RAW_TEXT_END = {tag: re.compile(rf"</\s*{tag}\s*>", re.IGNORECASE) for tag in ("script", "style")}
# Pagefind's prebuilt UIs: the site has its own (overrides/assets/javascripts/search.js).
_UNUSED_BUNDLE_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
# A merged shard needs its entry, metadata, word index, filters and fragments: the site loads
# Pagefind's script and WASM from the first bundle only.
_MERGED_UNUSED_FILES = ("*.js", "*.css", "wasm.*")
# Start and end tags of elements laid out as blocks: Pagefind would glue the words either side.
# One group, the whole tag (a quoted attribute value may hold ">"): the parts of ``split`` joined
# with spaces put a space either side of each.
# The names by first letter (address, article, aside, blockquote, br, caption, dd, details, div, dl,
# dt, figcaption, figure, footer, h1-h6, header, hr, li, main, nav, ol, p, pre, section, summary,
# table, tbody, td, tfoot, th, thead, tr, ul): the pattern tries one letter at each "<", not each name.
_BLOCK_TAG = re.compile(
    r"(</?(?i:a(?:ddress|rticle|side)|b(?:lockquote|r)|caption|d(?:[dlt]|etails|iv)|f(?:ig(?:caption|ure)|ooter)"
    r"|h(?:[1-6r]|eader)|li|main|nav|ol|p(?:re)?|s(?:ection|ummary)|t(?:able|body|[dhr]|foot|head)|ul)\b"
    r"""(?:[^>"']++|"[^"]*+"|'[^']*+')*+>)"""
)
_FRAGMENT_SIGNATURE = b"pagefind_dcd"


def search_markup(
    filters: Mapping[str, str | Sequence[str]],
    meta: Mapping[str, str] | None = None,
) -> str:
    """The hidden filter/meta/sort block a page prints inside its ``data-pagefind-body`` element.

    ``search_markup({"tinh": "Thanh Hóa", "cap": "Xã, phường, thị trấn", "nam": "2024",
    "loai": "Kế hoạch thi đua"}, {"dia_phuong": "Xã Phú Sơn, tỉnh Thanh Hóa", "nam": "2024"})``.
    Raises ValueError on a key or value outside the contract above.
    """
    spans = []
    for key, values in filters.items():
        if key not in FILTER_KEYS:
            raise ValueError(f"unknown search filter {key!r}; expected one of {FILTER_KEYS}")
        for value in [values] if isinstance(values, str) else values:
            if key in _CLOSED_VALUES and value not in _CLOSED_VALUES[key]:
                raise ValueError(f"search filter {key}={value!r}; expected one of {_CLOSED_VALUES[key]}")
            spans.append(_span("filter", key, value))
    for key, value in (meta or {}).items():
        if key not in META_KEYS:
            raise ValueError(f"unknown search meta {key!r}; expected one of {META_KEYS}")
        spans.append(_span("meta", key, value))
    return f'<div data-pagefind-ignore hidden>{"".join(spans)}</div>'


def _span(kind: str, key: str, value: str) -> str:
    if not value.strip():
        raise ValueError(f"empty search {kind} {key!r}")
    return f'<span data-pagefind-{kind}="{key}">{html.escape(value.strip())}</span>'


def index_site(site_dir: Path, shard_bytes: int = SHARD_BYTES) -> dict[str, float | int]:
    """Index the built site in ``site_dir``, every page read from it, into ``site_dir/pagefind/``
    (replaced if present). Returns the statistics of ``Indexing.finish``."""
    return SearchCopy().start(site_dir, shard_bytes).finish()


class SearchCopy:
    """What Pagefind reads: for each indexed page, only what Pagefind reads from it, folded
    (``page_copy``), by the page's path; and the page's text as written, which the published
    bundle stores instead (``Indexing._publish``). The served pages stay as built.

    A site engine adds each page as it renders it, from the fragment that holds the page's
    ``data-pagefind-body`` element, so the written site is not read back: the layout around the
    fragment carries nothing Pagefind reads (no ``data-pagefind-*`` attribute). The copy is held
    in memory until each shard's pages are written for Pagefind to read (``place``); with a
    ``kept`` folder, it is written there, each page's text beside it (``_TEXT_SUFFIX``).
    """

    def __init__(self, kept: Path | None = None) -> None:
        """``kept``: a folder that outlives the build, holding the copy of the last build
        (`mkdocs serve --dirty`): the pages it left in place keep their copy (``keep``)."""
        self._kept = kept
        self._held: dict[str, bytes] = {}  # the copy of each page added, without a kept folder
        self._texts: dict[str, str] = {}  # the text as written of each page added, by its path
        self._added: set[str] = set()
        self._sizes: dict[str, int] = {}  # bytes of text of the pages added (``shards``)
        self._files: SiteFiles | None = None  # in the kept folder, made when first needed
        self.folded_words = 0

    def keep(self, paths: Iterable[str]) -> None:
        """Pages (site-relative paths) whose copy in the kept folder is that of their written page."""
        self._added.update(paths)

    def drop(self, paths: Iterable[str]) -> None:
        """Take the copies of pages that are gone out of the kept folder."""
        for path in paths:
            self._unlink(path)

    def _unlink(self, path: str) -> None:
        Path(self._kept, path).unlink(missing_ok=True)
        Path(self._kept, path + _TEXT_SUFFIX).unlink(missing_ok=True)

    def add_fragment(self, path: str, fragment: str) -> None:
        """Add the page written at site-relative ``path`` (``ke-hoach/x/index.html``) from the
        fragment of it that holds its ``data-pagefind-body`` element, if any."""
        self.add_page(path, f"<html><body>{fragment}</body></html>")

    def add_page(self, path: str, page_html: str) -> None:
        """Add the page written at site-relative ``path`` from its HTML."""
        self._added.add(path)
        prepared = (  # cheap pre-check before parsing
            page_copy(page_html) if "data-pagefind-body" in page_html else None
        )
        if prepared is None:
            if self._kept is not None:  # the page was indexed by the last build
                self._unlink(path)
            return
        data, text = prepared.html.encode(), prepared.text.encode()
        if self._kept is None:
            self._held[path] = data
        else:
            if self._files is None:
                self._files = SiteFiles(self._kept)
            self._files.write(path, data)
            self._files.write(path + _TEXT_SUFFIX, text)
        self._texts[path] = prepared.text
        self._sizes[path] = len(text)
        self.folded_words += prepared.words

    def place(self, path: str, site: SiteFiles) -> None:
        """Put the copy of the page ``path`` in ``site``, the folder Pagefind reads a shard from:
        from memory (and let go of there), or linked from the kept folder."""
        data = self._held.pop(path, None)
        if data is None:
            os.link(os.path.join(self._kept, path), site.path(path))
        else:
            site.write(path, data)

    def text(self, url: str) -> str:
        """The text as written of the page Pagefind gave the address ``url`` (``_page_path``)."""
        path = _page_path(url)
        text = self._texts.get(path)
        if text is None:
            if self._kept is None:
                raise KeyError(f"{url}: a page Pagefind indexed that was not added")
            text = Path(self._kept, path + _TEXT_SUFFIX).read_text(encoding="utf-8")
        return text

    def start(self, site_dir: Path, shard_bytes: int = SHARD_BYTES) -> Indexing:
        """Add the pages of ``site_dir`` not added yet (hand-written ones), cut the copy into shards
        of at most ``shard_bytes`` (``shards``), and start Pagefind on the first; it writes
        ``site_dir/pagefind/`` while the caller goes on."""
        started = time.perf_counter()
        site_dir = Path(site_dir).resolve()
        html_files = _html_paths(site_dir)
        for path in html_files:
            if path not in self._added:
                self.add_page(path, Path(site_dir, path).read_text(encoding="utf-8"))
        bundle = site_dir / BUNDLE_DIR
        shutil.rmtree(bundle, ignore_errors=True)
        # A kept folder holds the pages added, and those left from the last build.
        sizes = self._sizes if self._kept is None else text_sizes(self._kept, self._sizes)
        return Indexing(self, bundle, shards(sizes, shard_bytes), len(html_files), started)

    def discard(self) -> None:
        """Let go of the copy (once indexed, or if the build fails)."""
        self._held.clear()
        self._texts.clear()


# Beside each page of a kept folder: its text as written (``SearchCopy.text``).
_TEXT_SUFFIX = ".text"


def _page_path(url: str) -> str:
    """The site-relative path of the page Pagefind gives the address ``url`` ("/a/" for
    "a/index.html", "/a.html" for "a.html")."""
    path = url.lstrip("/")
    return path + "index.html" if path == "" or path.endswith("/") else path


def scratch_folder(prefix: str) -> tempfile.TemporaryDirectory:
    """A temporary folder for what Pagefind reads (a shard of the search copy) or writes (its
    bundle, before it is published): in memory (``/dev/shm``) where the system has one and
    ``TMPDIR`` does not name another place, else in the usual temporary folder. Each is read once
    and deleted: on disk, making and deleting their thousands of files and folders is most of
    their cost (docs/hieu-nang.md); in memory they take as much as their size (at 1,000 plans,
    about 19 MB of copy and 5 MB of bundle)."""
    memory = _MEMORY_FOLDER if "TMPDIR" not in os.environ and os.access(_MEMORY_FOLDER, os.W_OK) else None
    return tempfile.TemporaryDirectory(prefix=prefix, dir=memory)


_MEMORY_FOLDER = "/dev/shm"


def text_sizes(folder: Path, known: Mapping[str, int] | None = None) -> dict[str, int]:
    """The pages of the copy kept in ``folder`` (site-relative paths) and the bytes of their text
    as written: as in ``known`` where it has them, else of the text kept beside each."""
    known = known or {}
    return {
        path: known[path] if path in known else os.path.getsize(os.path.join(folder, path + _TEXT_SUFFIX))
        for path in _html_paths(folder)
    }


def shards(sizes: Mapping[str, int], shard_bytes: int) -> list[list[str]]:
    """The pages of the copy (site-relative paths, each with its bytes of text: ``sizes``), in path
    order, cut into as few runs as hold at most about ``shard_bytes`` of text each, of about the
    same size: what Pagefind holds in memory follows the number of words it indexes, which the text
    measures (a plan page's markup is lighter than a locality page's for as many words)."""
    pages = [(path, sizes[path]) for path in sorted(sizes, key=_path_order)]
    total = sum(size for _, size in pages)
    count = max(1, -(-total // shard_bytes))
    cut: list[list[str]] = [[]]
    done = 0
    for path, size in pages:
        if cut[-1] and len(cut) < count and done + size / 2 > total * len(cut) / count:
            cut.append([])
        cut[-1].append(path)
        done += size
    return cut


def _html_paths(folder: Path) -> list[str]:
    """The ``.html`` files in ``folder`` and the folders in it (site-relative paths), in path order."""
    return [path for path in _file_paths(folder) if path.endswith(".html")]


def _file_paths(folder: str | os.PathLike[str]) -> list[str]:
    """The files in ``folder`` and the folders in it (relative paths), in path order."""
    found = []
    for parent, _, names in os.walk(folder):
        relative = os.path.relpath(parent, folder)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        found += [prefix + name for name in names]
    return sorted(found, key=_path_order)


def _path_order(path: str) -> list[str]:
    """Sorts site-relative paths as their ``Path``s sort: folder by folder ("a/x" before "a-b/x")."""
    return path.split("/")


def shard_folder(shard: int) -> str:
    """Where shard number ``shard`` (from 0) is written, relative to the bundle: the first is the
    bundle the site loads, the others are merged into it in the browser."""
    return "" if shard == 0 else f"{shard + 1}/"


class Indexing:
    """Pagefind indexing a ``SearchCopy`` into a bundle folder, shard after shard, each in a
    process of its own (the module docstring, "Shards").

    Pagefind's command line, not its Python service: the service is stopped as soon as it
    answers, which can cut off files still being written (a truncated WASM file was seen).
    The command exits only when the bundle is complete.
    """

    def __init__(self, copy: SearchCopy, bundle: Path, pages: list[list[str]], html_files: int, started: float) -> None:
        self._copy, self._bundle, self._html_files, self._started = copy, bundle, html_files, started
        self._pages = pages
        self._outputs: list[str] = []
        self._linked: tempfile.TemporaryDirectory | None = None
        # Where Pagefind writes: in memory, like the copy (``_publish``).
        self._written = scratch_folder("thidua-bundle-")
        self._stopped = False
        try:
            self._process = self._run(0)
        except BaseException:
            self._written.cleanup()
            raise

    def _run(self, shard: int) -> subprocess.Popen:
        """Start Pagefind on shard number ``shard``: a folder with the copies of its pages
        (``SearchCopy.place``), made in path order. Pagefind numbers pages in the order it finds
        them, which in memory (tmpfs) is the order the files were made: so the index does not
        depend on the order the pages were rendered in."""
        self._linked = scratch_folder("thidua-shard-")
        site = SiteFiles(self._linked.name)
        for path in self._pages[shard]:
            self._copy.place(path, site)
        return subprocess.Popen(
            [sys.executable, "-m", "pagefind", "--site", site.root, "--output-path",
             os.path.join(self._written.name, shard_folder(shard)), "--force-language", "vi"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def _wait(self) -> None:
        try:
            out, err = self._process.communicate()
        finally:
            if self._linked is not None:
                self._linked.cleanup()
        if self._process.returncode:
            raise subprocess.CalledProcessError(self._process.returncode, self._process.args, out, err)
        self._outputs.append(out)

    def finish(self) -> dict[str, float | int]:
        """Wait for the first shard, index the others one after another, take out what the site
        does not use, store every page's text as written, and list the shards the browser merges
        (``SHARDS_FILE``). Returns statistics: ``html_files`` scanned, ``pages`` indexed,
        ``shards``, ``folded_words`` added, ``index_files`` and ``index_bytes`` of the bundle on
        disk, and ``seconds`` taken since the copy was started."""
        try:
            self._wait()
            for shard in range(1, len(self._pages)):
                if self._stopped:
                    raise subprocess.CalledProcessError(-9, self._process.args, "", "stopped")
                self._process = self._run(shard)
                if self._stopped:  # stopped while it started
                    self._process.kill()
                self._wait()
            written = self._publish()
        finally:
            self._copy.discard()
            self._written.cleanup()
        return {
            "html_files": self._html_files,
            "pages": sum(int(found) for out in self._outputs for found in re.findall(r"Indexed (\d+) pages?", out)),
            "shards": len(self._pages),
            "folded_words": self._copy.folded_words,
            "index_files": len(written),
            "index_bytes": sum(written.values()),
            "seconds": round(time.perf_counter() - self._started, 3),
        }

    def _publish(self) -> dict[str, int]:
        """Write the bundle from what Pagefind wrote, without what the site does not use and with
        every stored page text as written (``_as_written``), and the list of shards
        (``SHARDS_FILE``). Returns the bundle's files and their bytes. Pagefind writes thousands of
        small files from many threads: onto a disk busy with the pages just written, that cost it
        more system time than its indexing (docs/hieu-nang.md); in memory it does not."""
        merged = [shard_folder(shard) for shard in range(1, len(self._pages))]
        bundle = SiteFiles(self._bundle)
        listed = json.dumps(merged).encode()
        bundle.write(SHARDS_FILE, listed)
        written = {SHARDS_FILE: len(listed)}
        for relative in _file_paths(self._written.name):
            top, _, rest = relative.partition("/")
            unused, name = (_MERGED_UNUSED_FILES, rest) if f"{top}/" in merged else (_UNUSED_BUNDLE_FILES, relative)
            if any(fnmatch.fnmatchcase(name, pattern) for pattern in unused):
                continue
            path = os.path.join(self._written.name, relative)
            with open(path, "rb") as file:
                data = file.read()
            if relative.endswith(".pf_fragment"):
                data = _as_written(data, path, self._copy.text)
            written[relative] = len(data)
            bundle.write(relative, data)
        return written

    def stop(self) -> None:
        """Stop Pagefind from another thread (a newer `mkdocs serve` build begins): ``finish`` raises,
        without starting the shards not started yet."""
        self._stopped = True
        self._process.kill()

    def cancel(self) -> None:
        """Stop Pagefind (the build failed): its bundle is left incomplete, to be discarded."""
        self._process.kill()
        self._process.communicate()
        if self._linked is not None:
            self._linked.cleanup()
        self._written.cleanup()
        self._copy.discard()


def read_fragment(path: Path) -> dict:
    """The page record Pagefind stored in a fragment file: url, content, meta, filters, anchors…"""
    return json.loads(_fragment_record(path.read_bytes(), path))


def _fragment_record(fragment: bytes, path: str | Path) -> bytes:
    data = gzip.decompress(fragment)
    if not data.startswith(_FRAGMENT_SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind fragment")
    return data[len(_FRAGMENT_SIGNATURE):]


def _as_written(fragment: bytes, path: str, text: Callable[[str], str]) -> bytes:
    """A fragment file (``path``, named in errors) with the page's text as written (``text`` of
    its address) instead of the folded text Pagefind read, in its stored text and its anchors'
    texts: no excerpt, title, sub-result or content from any Pagefind API shows a folded word.

    Each word of the page's text was folded where it stands: the stored text is the folded one,
    word for word, up to ``FOLD_SENTINEL`` (the exact words follow), and an anchor's text is the
    words of the text as written where its folded words are. The file keeps its name (the page's
    id in the word index), unique to the page: Pagefind named it after a record holding its url."""
    record = json.loads(_fragment_record(fragment, path))
    written = text(record["url"])
    words = written.split()
    folded = record["content"].split(FOLD_SENTINEL, 1)[0].split()
    if len(folded) != len(words):
        raise ValueError(f"{path}: {record['url']}: {len(folded)} words folded for {len(words)} words written")
    record["content"] = written
    at = 0
    for anchor in record.get("anchors", ()):
        found = _find_words(folded, anchor["text"].split(), anchor.get("location", 0), at)
        if found is not None:
            anchor["text"] = " ".join(words[found[0] : found[1]])
            at = found[1]
    data = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()
    return gzip.compress(_FRAGMENT_SIGNATURE + data, mtime=0)


def _find_words(words: list[str], sought: list[str], hint: int, after: int) -> tuple[int, int] | None:
    """Where ``sought`` (not empty) is in ``words``: at ``hint`` if it is there, else its first
    place from ``after``; None if nowhere (or ``sought`` empty)."""
    count = len(sought)
    if not count:
        return None
    if words[hint : hint + count] == sought:
        return hint, hint + count
    first = sought[0]
    for at in range(after, len(words) - count + 1):
        if words[at] == first and words[at : at + count] == sought:
            return at, at + count
    return None


class PageCopy(NamedTuple):
    """An indexed page as Pagefind is to read it (``page_copy``)."""

    html: str  # what Pagefind reads: the page's indexed text folded, then its exact words
    text: str  # the page's indexed text as written, one space between words: its stored text
    words: int  # words folded


def page_copy(page_html: str) -> PageCopy | None:
    """The page Pagefind is to read for ``page_html``; None for a page without a
    ``data-pagefind-body`` element, which is not to be indexed.

    The page holds only what Pagefind reads from ``page_html`` (the module docstring, "Clean
    text"), each word of its indexed text folded where it stands; the title (its first ``<h1>``)
    as written, as meta; then the exact words (``_exact_words``), after ``FOLD_SENTINEL``."""
    parser = _BodyText(page_html)
    if not parser.has_body:
        return None
    exact = _exact_words([*parser.weighted, *map(html.unescape, _EXACT_META.findall(page_html))])
    block = f"<div data-pagefind-body hidden>{FOLD_SENTINEL} {' '.join(exact)}</div>" if exact else ""
    title = _span("meta", "title", parser.title) if parser.title and _TITLE_MARK not in page_html else ""
    return PageCopy(
        f"<html><body>{title and f'<div data-pagefind-ignore>{title}</div>'}{''.join(parser.copy)}{block}{_image(page_html)}</body></html>",
        " ".join("".join(parser.texts).split()),
        parser.words,
    )


def _exact_words(texts: Iterable[str]) -> list[str]:
    """The words of ``texts`` written with marks (or "đ"), each once, in lower case, without
    the punctuation at their ends, HTML-escaped: what a query typed with marks matches exactly."""
    found: dict[str, None] = {}
    for word in dict.fromkeys(" ".join(texts).lower().split()):
        if not word.isascii():  # a word in ASCII letters is written without marks
            word = _WORD_EDGES.sub("", word)
            if word and fold(word) != word:
                found[html.escape(word)] = None
    return list(found)


# What the exact words are taken from besides the weighted text: the title and the locality.
_EXACT_META = re.compile(r'data-pagefind-meta="(?:title|dia_phuong)">([^<]*)<')
_TITLE_MARK = 'data-pagefind-meta="title"'
_WORD_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def _image(page_html: str) -> str:
    """The image Pagefind shows with the page's result (its meta ``image`` and ``image_alt``): the
    first ``<img>`` after the first ``</h1>``, with only its ``src`` and ``alt``; "" if none."""
    title = _H1_END.search(page_html)
    image = _IMAGE.search(page_html, title.end()) if title else None
    if image is None:
        return ""
    kept = (found[0] for found in _ATTRIBUTE.finditer(image[1]) if found[1].lower() in ("src", "alt"))
    return f"<img {' '.join(kept)}>"


class _FoldedWords(dict):
    """Word as written -> its folded form, HTML-escaped (the word itself, escaped, for a word of
    marks alone: every word of the text keeps its place): a site's common words recur on every
    page, and ``fold`` goes character by character. Folding a text word by word gives the words of
    folding it whole (case and marks do not reach across white space). Emptied when it holds
    ``_FOLDED_WORDS_HELD`` words (a site's numbers and names are many)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _FOLDED_WORDS_HELD:
            self.clear()
        folded = self[word] = html.escape(fold(word) or word)
        return folded


_FOLDED_WORDS_HELD = 2**14  # about 2.5 MiB; at 1,000 plans as fast as holding all 52,000 words
_FOLDED_WORDS = _FoldedWords()


class _BodyText:
    """Reads a page as Pagefind does, for the page Pagefind is to read.

    Collects, in ``copy``, the pieces of what Pagefind reads (the module docstring, "Clean text"),
    each word of the text it indexes folded (``_Texts``); in ``texts``, that text as written
    (character references decoded), piece by piece; in ``weighted``, the pieces of it weighted more
    than other text (headings, ``data-pagefind-weight``); ``title``, the text of the first
    indexed ``<h1>``, which Pagefind makes the page's title; ``words``, the number of words.

    The text is read as the standard library's ``HTMLParser`` reads well-formed HTML (character
    references decoded; the text of ``script`` and ``style`` runs to their end tag), but only the
    elements that change what is indexed, its weight or its anchors (``_MARKED_START`` and the
    like) are followed, each to its end tag: the text between them is one piece, its markup taken
    out by one regular expression. The parser's cost per element was most of the cost of the
    copy."""

    def __init__(self, text: str) -> None:
        self.copy: list[str] = []
        self.texts: list[str] = []
        self.weighted: list[str] = []
        self.title: str | None = None
        self.words = 0
        self.has_body = False
        self._read(text, 0, len(text), _State(in_body=False, ignored=False, unindexed=False, weight=1.0, anchored=False))

    def _read(self, text: str, at: int, end: int, state: _State, after_block: bool = False, block_end: bool = False) -> None:
        """Read ``text[at:end]``, the content of an element in ``state``; ``after_block``: the
        element's start tag is laid out as a block (``_around``), ``block_end``: so is the tag at
        ``end``."""
        in_body, ignored, unindexed, weight, anchored = state
        copied = in_body and not ignored and not unindexed
        starts = _ANCHORED_START if anchored else _INDEXED_START if copied else _MARKED_START
        copy = self.copy
        while True:
            marked = starts.search(text, at, end)
            if marked is None:
                if copied:
                    self._add_text(_around(text, at, end, after_block, block_end), weight)
                return
            name, attributes = marked.group(1, 2)
            block = name is not None and _is_block(name)  # a comment is not
            if copied:
                self._add_text(_around(text, at, marked.start(), after_block, block), weight)
            at = marked.end()
            tag = None if name is None else _tag(name, attributes)
            if tag is None:  # a comment, or an element without content
                after_block = block
                continue
            after_block = tag.block  # after it, or after its end tag (of its name)
            self.has_body = self.has_body or tag.opens_body
            inner_weight = weight if tag.weight is None else tag.weight
            inner_ignored = ignored or tag.leaves_out
            if tag.empty:
                continue
            closing = _end_tag(text, tag.name, at, end)
            inner_end, inner_block_end = (closing.start(), tag.block) if closing else (end, block_end)
            inner_body = in_body or tag.opens_body
            inner_folded = inner_body and not inner_ignored
            inner_copied = inner_folded and not (unindexed or tag.leaves_out)
            anchor = copied and tag.has_id and not tag.ignore
            if anchor:
                self.texts.append(" ")  # Pagefind parts words where an anchor starts
            start = len(copy)
            if tag.captured:  # its text is a filter's or meta's value
                copy += [tag.start, _spaced(text, at, inner_end, tag.block, inner_block_end), tag.end]
            elif inner_folded or _READ_INSIDE.search(text, at, inner_end):
                copy.append("")  # its start tag, if kept
                title = self.title is None and inner_copied and tag.name == "h1"
                read = len(self.texts)
                self._read(text, at, inner_end, _State(
                    inner_body, inner_ignored, unindexed or tag.leaves_out, inner_weight,
                    inner_copied and (tag.has_id or (anchored and tag.inline)),
                ), tag.block, inner_block_end)
                if title:
                    self.title = " ".join("".join(self.texts[read:]).split())
                if (
                    tag.opens_body
                    or anchor
                    or (tag.weighs and (inner_copied or len(copy) > start + 1))  # weighs what it holds
                    or (anchored and inner_copied and not tag.inline)  # ends the anchor's text
                    or (tag.leaves_out and not (ignored or unindexed) and len(copy) > start + 1)  # around what is kept
                ):
                    copy[start] = tag.start
                    copy.append(tag.end)
            elif anchor:  # an element Pagefind does not index, anchored
                copy += [tag.start, tag.end]
            if closing is None:  # open to the end
                return
            at = closing.end()

    def _add_text(self, html_text: str, weight: float) -> None:
        """Add ``html_text`` (``_around``), folded, to the copy, and as written to the texts."""
        if not html_text:
            return
        copy_text, text, words = _TEXTS[html_text]
        if copy_text:
            self.copy.append(copy_text)
            self.texts.append(text)
            self.words += words
            if weight != 1.0:
                self.weighted.append(text)


class _Texts(dict):
    """Text between the tags ``_BodyText`` follows, as given by ``_around`` -> what the copy keeps
    of it (its markup taken out, each word folded, one space for a run of white space), the text
    Pagefind reads (character references decoded) and its number of words: the layout between
    those tags recurs on every page. Emptied when it holds ``_TEXTS_HELD`` texts."""

    def __missing__(self, html_text: str) -> tuple[str, str, int]:
        if len(self) >= _TEXTS_HELD:
            self.clear()
        spaced = _BLOCK_TAG.sub(" ", html_text) if "<" in html_text else html_text
        raw = _MARKUP.sub("", spaced) if "<" in spaced else spaced
        text = "".join(map(html.unescape, _MARKUP.split(spaced))) if "&" in raw else raw
        words = text.split()
        if words:
            before = " " if text[0].isspace() else ""
            after = " " if text[-1].isspace() else ""
            copy_text = f"{before}{' '.join(map(_FOLDED_WORDS.__getitem__, words))}{after}"
        else:
            copy_text = " " if text else ""
        pieces = self[html_text] = copy_text, text, len(words)
        return pieces


_TEXTS_HELD = 2**13
_TEXTS = _Texts()


class _State(NamedTuple):
    """Where ``_BodyText`` reads: in an element of the indexed text or not, and in what."""

    in_body: bool  # inside a data-pagefind-body element
    ignored: bool  # its text is not folded (data-pagefind-ignore, or an element Pagefind does not index)
    unindexed: bool  # Pagefind does not index it (its text may be a filter's or meta's value)
    weight: float  # the weight Pagefind gives its text
    anchored: bool  # it is part of an anchor's text


class _Tag(NamedTuple):
    """What a start tag tells of its element, for ``_BodyText`` (``_tag``)."""

    name: str  # in lower case
    start: str  # the start tag the copy keeps (``_start_tag``)
    end: str  # the end tag the copy keeps
    empty: bool  # <x/>: opened and closed
    opens_body: bool  # data-pagefind-body
    weight: float | None  # the weight of its text, if not that of the text around it
    weighs: bool  # a heading, or data-pagefind-weight
    has_id: bool  # Pagefind makes an anchor of it
    ignore: bool  # data-pagefind-ignore
    leaves_out: bool  # what it holds is not indexed: data-pagefind-ignore, or an element Pagefind does not index
    captured: bool  # its text is a filter's or meta's value
    inline: bool  # Pagefind reads it as inline (``_INLINE_TAGS``)
    block: bool  # laid out as a block (``_BLOCK_TAG``), and so is its end tag


@functools.lru_cache(maxsize=4096)  # the same few start tags recur on every page
def _tag(name: str, attributes: str) -> _Tag | None:
    """What the start tag of ``name`` (as written) with ``attributes`` tells; None for an element
    without content."""
    written, name = name, name.lower()
    if name in _VOID_TAGS:
        return None
    names = _attributes(attributes)
    heading = _HEADING_WEIGHTS.get(name)
    if "data-pagefind-weight" in names:
        weight = float(names["data-pagefind-weight"]) if names["data-pagefind-weight"] else None
    else:
        weight = heading
    ignore = "data-pagefind-ignore" in names
    return _Tag(
        name=name,
        start=_start_tag(name, attributes),
        end=f"</{name}>",
        empty=attributes.endswith("/"),
        opens_body="data-pagefind-body" in names,
        weight=weight,
        weighs=heading is not None or "data-pagefind-weight" in names,
        has_id="id" in names,
        ignore=ignore,
        leaves_out=ignore or name in _UNINDEXED_TAGS,
        captured=bool(names.keys() & _CAPTURED),
        inline=name in _INLINE_TAGS,
        block=_is_block(written),
    )


@functools.lru_cache(maxsize=1024)  # the same few names recur on every page
def _is_block(name: str) -> bool:
    """Whether the element ``name`` (as written) is laid out as a block (``_BLOCK_TAG``), and so
    its start and end tags: the pattern reads the name, then any attributes (a name without a
    quote is all it needs)."""
    return _BLOCK_TAG.match(f"<{name}>") is not None


def _around(text: str, at: int, stop: int, after_block: bool, before_block: bool) -> str:
    """``text[at:stop]`` with a space before it if ``after_block`` (the tag before ``at`` is laid
    out as a block, ``_BLOCK_TAG``) and after it if ``before_block`` (so is the tag at ``stop``):
    Pagefind would glue the words either side of such a tag. (``_Texts`` puts one space for each
    such tag inside: the same text to Pagefind, which reads a run of white space as one space.)"""
    return f"{' ' if after_block else ''}{text[at:stop]}{' ' if before_block else ''}"


def _spaced(text: str, at: int, stop: int, after_block: bool, before_block: bool) -> str:
    """``_around``, with each tag inside laid out as a block kept between two spaces."""
    segment = text[at:stop]
    if "<" in segment:
        segment = " ".join(_BLOCK_TAG.split(segment))
    return f"{' ' if after_block else ''}{segment}{' ' if before_block else ''}"


_H1_END = re.compile(r"</h1\s*>", re.IGNORECASE)
_IMAGE = re.compile(rf"<img(?=[\s/>]){_ATTRIBUTES}", re.IGNORECASE)
# What makes a filter's or meta's value (or a sort key), from the text in its element.
_CAPTURED = frozenset({"data-pagefind-filter", "data-pagefind-meta", "data-pagefind-sort"})
# What is read in an element outside the indexed text: an indexed element, a filter or meta.
# Found from its first hyphen, a character the search looks for directly (it would try a pattern
# that starts ignoring case at every character).
_READ_INSIDE = re.compile("-(?<=(?i:data)-)(?i:pagefind-(?:body|filter|meta|sort))")
def _start_tag(tag: str, attributes: str) -> str:
    """The start tag of element ``tag`` with only the attributes Pagefind reads: its ``id`` and
    ``data-pagefind-*`` attributes, as written."""
    kept = (found[0] for found in _ATTRIBUTE.finditer(attributes) if found[1].lower() == "id" or found[1].lower().startswith("data-pagefind-"))
    return f"<{tag}{''.join(' ' + attribute for attribute in kept)}>"


_SAME_NAME: dict[str, re.Pattern] = {}  # by tag name: _end_tag's pattern


def _end_tag(text: str, tag: str, at: int, end: int) -> re.Match | None:
    """The end tag in ``text[at:end]`` of the element ``tag`` opened before ``at``: the first
    one of its name not matched by a start tag of its name opened after it (markup inside
    comments, ``script`` and ``style`` does not count)."""
    if tag in _RAW_TEXT_END:
        return _RAW_TEXT_END[tag].search(text, at, end)
    pattern = _SAME_NAME.get(tag)
    if pattern is None:
        pattern = _SAME_NAME[tag] = re.compile(
            rf"<(?:!--.*?--\s*>|((?i:script|style))(?=[\s/>]){_ATTRIBUTES}|(/?)(?i:{re.escape(tag)})(?=[\s/>]){_ATTRIBUTES})",
            re.DOTALL,
        )
    depth = 0
    while True:
        found = pattern.search(text, at, end)
        if found is None:
            return None
        at = found.end()
        raw, raw_attributes, slash, attributes = found.group(1, 2, 3, 4)
        if raw is not None:
            if not raw_attributes.endswith("/"):
                raw_end = _RAW_TEXT_END[raw.lower()].search(text, at, end)
                if raw_end is None:
                    return None
                at = raw_end.end()
        elif slash:
            if depth == 0:
                return found
            depth -= 1
        elif attributes is not None and not attributes.endswith("/"):  # a start tag of its name (not a comment, not <x/>)
            depth += 1


def _attributes(text: str) -> Mapping[str, str | None]:
    """The attributes in what follows a start tag's name: names in lower case, values decoded,
    None for a name without a value; the last of a repeated name wins."""
    names: dict[str, str | None] = {}
    for found in _ATTRIBUTE.finditer(text):
        name, value = found.group(1, 2)
        if value is not None and value[:1] in ("'", '"'):
            value = value[1:-1]
        names[name.lower()] = value if not value else html.unescape(value)
    return names
