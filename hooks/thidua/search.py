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
        <span data-pagefind-sort="year">2024</span>
      </div>
    </article>

- Exactly the pages with a ``data-pagefind-body`` element are indexed, and only the text inside it.
  Pages without one (home, lists, the search page itself) are left out of the index.
- Filters (facets, each key may repeat): ``tinh`` province; ``cap`` one of ``CAP_VALUES``;
  ``nam`` year; ``loai`` one of ``LOAI_VALUES``.
- Meta shown in results: ``dia_phuong`` locality, ``nam`` year (``title`` may override the <h1>).
  ``muc``, on a province list page with entries (below): JSON, each entry's id -> its filters
  (``{"../a/": {"tinh": ["Hà Tĩnh"], "nam": ["2024"]}}``), so that the client shows only the
  entries within the selected filters (a list page matches a filter if one of its entries does).
  ``lien_ket``, on a hub list page (hub entries, below): JSON, each entry's heading id -> the
  address of the entry's page on its province site.
- Sort: ``year`` (four digits), on campaign pages only; pages without it come after the sorted ones.
- Province entries: a list page may stand for pages that are not indexed themselves (the honored
  people: one index page per person would cost every first query ~7 bytes of Pagefind metadata per
  person). Each entry is a heading whose ``id`` is the relative link to the entry's own page,
  ending in "/" (``<h3 id="../thanh-hoa/nguyen-van-a/"><a href="../thanh-hoa/nguyen-van-a/">``);
  the entry runs to the next element with an id. The search client shows each entry holding matched
  words as a result of its own, leading to that page. Other ids (``chi-tieu``) are sections of the
  page itself.

Vietnamese folding: Pagefind can match tone marks loosely, but "đ" is a letter of its own to it
("thi dua" would miss "thi đua"), and its loose matching of short words ("ho" -> hộ, hồ, họ, hóa,
hoạch, học, hội, hợp…) takes seconds on a large site. So the search runs with Pagefind's exact
diacritics, and ``SearchCopy`` indexes each page with an extra hidden ``data-pagefind-body`` block
(not in the served page): ``FOLD_SENTINEL``, then the folded copy of the page's indexed text, word
for word and in order ("Đảng bộ" -> "dang bo"), each run of words at the weight Pagefind gives the
original (headings weigh more), each heading with an ``id`` repeated there with its id, so that a
folded match belongs to the same section (entry) as the original words. Words next to each other in
the page are next to each other in the copy, so a result's word locations tell whether the query's
words occur as a phrase. The search client runs the folded query (all matches, facet counts) and,
if typed with diacritics, the query as typed (exact matches, listed first).

Hub entries (``SearchCopy(sections=True)``, the hub's lists; meta ``lien_ket``): a page whose
entries each start with a heading with an ``id`` gets one sub-result per entry from Pagefind, which
gives each word to the heading before it. There, the folded copy is cut into sections at those
headings (not repeated), and each section's copy is put right after the section (between two
``FOLD_SENTINEL``), so that a folded match belongs to its entry's sub-result.

Clean text: the copy Pagefind indexes has a space at every block boundary ("Mã đơn vị 14823",
never "Mã đơn vị14823"), and once indexed, every stored page text (fragment) is cut at
``FOLD_SENTINEL`` (each folded section taken out): the folded copy is in the word index only, so
no excerpt, title, sub-result or content from any Pagefind API can show it. A heading repeated in
the folded copy (province entries, above) keeps its id and the text of its original, but is no
heading to Pagefind's sub-results (their excerpts would be cut from text no longer stored): the
search client finds the entry of a folded match itself, from the anchors' and the match's
locations.

Two entry mechanisms, built apart for the two kinds of site (one could serve both):
- province entries (the province's honored-people list, ``exemplar_cards(entries=...)``): heading
  id = link to the entry's page, meta ``muc``; one folded block at the end with the headings
  repeated; search.js ``matchedEntries`` finds each match's entry from the locations.
- hub entries (the hub's lists, ``exemplar_cards(searchable=...)`` and hub_plans): heading id =
  ``e.anchor``, meta ``lien_ket``; folded copy per section (``SearchCopy(sections=True)``);
  search.js ``entries`` reads Pagefind's sub-results and keeps entries holding every word.

Cost: the folded copy is made from each generated page's rendered fragment as it is rendered
(``SearchCopy.add_fragment``), not by reading the written site back; only the hand-written pages
are read from the site folder. Pagefind then runs in a process of its own (``SearchCopy.start``,
``Indexing.finish``), after the build has written the open data and let go of its page models:
Pagefind holds every indexed word of the site in memory, about 0.5 MB for each plan page.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from html.parser import HTMLParser
from pathlib import Path


from .text import fold

FILTER_KEYS = ("tinh", "cap", "nam", "loai")
CAP_VALUES = ("Tỉnh", "Huyện", "Xã, phường, thị trấn")
LOAI_VALUES = ("Kế hoạch thi đua", "Địa phương", "Phong trào", "Người được khen thưởng")
# ``muc``: on a province list page of entries, JSON {entry id: its filters};
# ``lien_ket``: on a hub list page of entries, JSON {heading id: address of the entry's page}.
META_KEYS = ("title", "dia_phuong", "nam", "muc", "lien_ket")
SORT_KEYS = ("year",)

# Starts the folded block in a page's indexed text (and ends a folded section); Pagefind does not
# index it as a word. Indexing.finish cuts each stored page text here.
FOLD_SENTINEL = "\u2042"
# The element Indexing.finish gives a heading's repeat in the folded copy: not a heading to Pagefind.
_FOLDED_ANCHOR = "span"
BUNDLE_DIR = "pagefind"

_CLOSED_VALUES = {"cap": CAP_VALUES, "loai": LOAI_VALUES}
_YEAR = re.compile(r"\d{4}")
# Pagefind's own weights for headings; other text weighs 1.
_HEADING_WEIGHTS = {"h1": 7.0, "h2": 6.0, "h3": 5.0, "h4": 4.0, "h5": 3.0, "h6": 2.0}
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
# Elements whose text Pagefind never indexes.
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
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
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)
# Start and end tags of elements laid out as blocks: Pagefind would glue the words either side.
_BLOCK_TAG = re.compile(
    r"</?(?:address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer"
    r"|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>",
    re.IGNORECASE,
)
_FRAGMENT_SIGNATURE = b"pagefind_dcd"


def search_markup(
    filters: Mapping[str, str | Sequence[str]],
    meta: Mapping[str, str] | None = None,
    sort: Mapping[str, str | int] | None = None,
) -> str:
    """The hidden filter/meta/sort block a page prints inside its ``data-pagefind-body`` element.

    ``search_markup({"tinh": "Thanh Hóa", "cap": "Xã, phường, thị trấn", "nam": "2024",
    "loai": "Kế hoạch thi đua"}, {"dia_phuong": "Xã Phú Sơn, tỉnh Thanh Hóa", "nam": "2024"},
    {"year": 2024})``. Raises ValueError on a key or value outside the contract above.
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
    for key, value in (sort or {}).items():
        if key not in SORT_KEYS or not _YEAR.fullmatch(str(value)):
            raise ValueError(f"search sort {key}={value!r}; expected year=<four digits>")
        spans.append(_span("sort", key, str(value)))
    return f'<div data-pagefind-ignore hidden>{"".join(spans)}</div>'


def _span(kind: str, key: str, value: str) -> str:
    if not value.strip():
        raise ValueError(f"empty search {kind} {key!r}")
    return f'<span data-pagefind-{kind}="{key}">{html.escape(value.strip())}</span>'


def index_site(site_dir: Path) -> dict[str, float | int]:
    """Index the built site in ``site_dir``, every page read from it, into ``site_dir/pagefind/``
    (replaced if present). Returns the statistics of ``Indexing.finish``."""
    return SearchCopy().start(site_dir).finish()


class SearchCopy:
    """What Pagefind reads: each indexed page's HTML with a space at each block boundary and its
    folded block, in a temporary folder, at the page's path. The served pages stay as built.

    A site engine adds each page as it renders it, from the fragment that holds the page's
    ``data-pagefind-body`` element, so the written site is not read back: the layout around the
    fragment carries nothing Pagefind reads (no ``data-pagefind-*`` attribute).
    """

    def __init__(self, kept: Path | None = None, sections: bool = False) -> None:
        """``kept``: a folder that outlives the build, holding the copy of the last build
        (`mkdocs serve --dirty`): the pages it left in place keep their copy (``keep``).
        ``sections``: fold section by section, for sub-results (the module docstring)."""
        self._kept = kept
        self._folder: tempfile.TemporaryDirectory | None = None  # made when first needed
        self._added: set[str] = set()
        self._sections = sections
        self.folded_words = 0

    def keep(self, paths: Iterable[str]) -> None:
        """Pages (site-relative paths) whose copy in the kept folder is that of their written page."""
        self._added.update(paths)

    def drop(self, paths: Iterable[str]) -> None:
        """Take the copies of pages that are gone out of the kept folder."""
        for path in paths:
            Path(self.folder, path).unlink(missing_ok=True)

    def add_fragment(self, path: str, fragment: str) -> None:
        """Add the page written at site-relative ``path`` (``ke-hoach/x/index.html``) from the
        fragment of it that holds its ``data-pagefind-body`` element, if any."""
        self.add_page(path, f"<html><body>{fragment}</body></html>")

    def add_page(self, path: str, page_html: str) -> None:
        """Add the page written at site-relative ``path`` from its HTML."""
        self._added.add(path)
        prepared = (  # cheap pre-check before parsing
            with_folded_block(page_html, sections=self._sections) if "data-pagefind-body" in page_html else None
        )
        if prepared is None:
            if self._kept is not None:  # the page was indexed by the last build
                Path(self._kept, path).unlink(missing_ok=True)
            return
        target = Path(self.folder, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(prepared[0], encoding="utf-8")
        self.folded_words += prepared[1]

    def start(self, site_dir: Path) -> Indexing:
        """Add the pages of ``site_dir`` not added yet (hand-written ones), and start Pagefind on
        the copy; it writes ``site_dir/pagefind/`` while the caller goes on."""
        started = time.perf_counter()
        site_dir = Path(site_dir).resolve()
        html_files = sorted(site_dir.rglob("*.html"))
        for path in html_files:
            relative = path.relative_to(site_dir).as_posix()
            if relative not in self._added:
                self.add_page(relative, path.read_text(encoding="utf-8"))
        bundle = site_dir / BUNDLE_DIR
        shutil.rmtree(bundle, ignore_errors=True)
        return Indexing(self, bundle, len(html_files), started)

    @property
    def folder(self) -> str:
        if self._kept is not None:
            return str(self._kept)
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="thidua-search-")
        return self._folder.name

    def discard(self) -> None:
        if self._folder is not None:
            self._folder.cleanup()


class Indexing:
    """Pagefind indexing a ``SearchCopy`` into a bundle folder, in a process of its own.

    Pagefind's command line, not its Python service: the service is stopped as soon as it
    answers, which can cut off files still being written (a truncated WASM file was seen).
    The command exits only when the bundle is complete.
    """

    def __init__(self, copy: SearchCopy, bundle: Path, html_files: int, started: float) -> None:
        self._copy, self._bundle, self._html_files, self._started = copy, bundle, html_files, started
        self._process = subprocess.Popen(
            [sys.executable, "-m", "pagefind", "--site", copy.folder, "--output-path", str(bundle),
             "--force-language", "vi"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def finish(self) -> dict[str, float | int]:
        """Wait for the bundle, take out what the site does not use and the folded copy of every
        stored page text. Returns statistics: ``html_files`` scanned, ``pages`` indexed,
        ``folded_words`` added, ``index_files`` and ``index_bytes`` of the bundle on disk, and
        ``seconds`` taken since the copy was started."""
        try:
            out, err = self._process.communicate()
        finally:
            self._copy.discard()
        if self._process.returncode:
            raise subprocess.CalledProcessError(self._process.returncode, self._process.args, out, err)
        for name in _UNUSED_BUNDLE_FILES:
            (self._bundle / name).unlink(missing_ok=True)
        for fragment in (self._bundle / "fragment").glob("*.pf_fragment"):
            _cut_folded_copy(fragment)
        found = re.search(r"Indexed (\d+) pages?", out)
        written = [path for path in self._bundle.rglob("*") if path.is_file()]
        return {
            "html_files": self._html_files,
            "pages": int(found.group(1)) if found else 0,
            "folded_words": self._copy.folded_words,
            "index_files": len(written),
            "index_bytes": sum(path.stat().st_size for path in written),
            "seconds": round(time.perf_counter() - self._started, 3),
        }

    def cancel(self) -> None:
        """Stop Pagefind (the build failed): its bundle is left incomplete, to be discarded."""
        self._process.kill()
        self._process.communicate()
        self._copy.discard()


def read_fragment(path: Path) -> dict:
    """The page record Pagefind stored in a fragment file: url, content, meta, filters, anchors…"""
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_FRAGMENT_SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind fragment")
    return json.loads(data[len(_FRAGMENT_SIGNATURE):])


def _cut_folded_copy(path: Path) -> None:
    """Rewrite a fragment file without the folded copy in its stored text: every other part
    between ``FOLD_SENTINEL`` marks (the last one may be open, up to the end).

    The file keeps its name (the page's id in the word index): the name stays unique to the
    page, since the cut text is a function of the text it was named after."""
    record = read_fragment(path)
    parts = record["content"].split(FOLD_SENTINEL)
    if len(parts) == 1:
        return
    record["content"] = " ".join(" ".join(parts[0::2]).split())
    texts: dict[str, str] = {}
    for anchor in record.get("anchors", []):  # in page order: originals before their folded copies
        if anchor["id"] in texts:
            anchor.update(text=texts[anchor["id"]], element=_FOLDED_ANCHOR)
        texts[anchor["id"]] = anchor["text"]
    data = _FRAGMENT_SIGNATURE + json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()
    path.write_bytes(gzip.compress(data, mtime=0))


def with_folded_block(page_html: str, sections: bool = False) -> tuple[str, int] | None:
    """``page_html`` with a space at each block boundary, plus the hidden folded copy of its
    indexed text before ``</body>``, and the number of words in that copy; None for a page
    without a ``data-pagefind-body`` element, which is not to be indexed.

    With ``sections``, a page with headings that have an ``id`` gets the folded copy of each
    section (the text before the first such heading, then from each to the next) at the end of
    that section instead, between two ``FOLD_SENTINEL``."""
    spaced = _BLOCK_TAG.sub(r" \g<0> ", page_html)
    parser = _BodyText(spaced)
    parser.feed(spaced)
    parser.close()
    if not parser.has_body:
        return None
    if sections and parser.anchors and parser.body_end is not None:
        cuts = [*(index for _, index in parser.anchors), len(parser.chunks)]
        ends = [*(offset for offset, _ in parser.anchors), parser.body_end]
        pieces, words, start, last = [], 0, 0, 0
        for cut, end in zip(cuts, ends):
            folded, count = _folded(parser.chunks[start:cut], "span", headings=False)
            pieces += [spaced[last:end], f" <span hidden> {FOLD_SENTINEL} {' '.join(folded)} {FOLD_SENTINEL} </span> " if folded else ""]
            words, start, last = words + count, cut, end
        return "".join(pieces) + spaced[last:], words
    folded, words = _folded(parser.chunks, "p", headings=True)
    if not folded:
        return spaced, 0
    block = f"<div data-pagefind-body hidden>{FOLD_SENTINEL}{''.join(folded)}</div>"
    ends = list(_BODY_END.finditer(spaced))
    at = ends[-1].start() if ends else len(spaced)
    return spaced[:at] + block + spaced[at:], words


def _folded(chunks: list[tuple[float, str, tuple[str, str] | None]], tag: str, headings: bool) -> tuple[list[str], int]:
    """The folded copy of ``chunks``: one ``tag`` element per run of text of one weight, carrying
    that weight, and with ``headings``, each heading with an id repeated as a run of its own with
    that id (province entries); and its number of words."""
    runs: list[tuple[float, list[str], tuple[str, str] | None]] = []
    anchor = None
    for weight, text, starts in chunks:
        if starts:
            anchor = starts if headings else None
        elif anchor is None and runs and runs[-1][0] == weight:
            runs[-1][1].append(text)
        else:
            runs.append((weight, [text], anchor))
            anchor = None
    elements = []
    words = 0
    for weight, texts, anchor in runs:
        folded = " ".join(fold("".join(texts)).split())
        if folded:
            words += len(folded.split())
            name, at = anchor or (tag, "")
            at = at and f' id="{html.escape(at)}"'
            elements.append(f'<{name}{at} data-pagefind-weight="{weight:g}">{html.escape(folded)}</{name}>')
    return elements, words


class _BodyText(HTMLParser):
    """Collects ``(weight, text, None)`` for the text Pagefind indexes: inside
    ``data-pagefind-body``, outside ``data-pagefind-ignore`` and non-content elements, weighted
    like Pagefind does; and ``(weight, "", (tag, id))`` where an indexed heading with an id starts.
    Also, in ``text`` (what is fed), the offsets of the headings with an ``id`` Pagefind makes
    sub-results of (``anchors``: offset, number of chunks before it) and of the end tag of the
    last ``data-pagefind-body`` element (``body_end``)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        # One entry per open element: (tag, inside body, ignored, weight, opens the body).
        self._open: list[tuple[str, bool, bool, float, bool]] = [("", False, False, 1.0, False)]
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.chunks: list[tuple[float, str, tuple[str, str] | None]] = []
        self.anchors: list[tuple[int, int]] = []
        self.body_end: int | None = None
        self.has_body = False

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            return
        names = dict(attrs)
        _, in_body, ignored, weight, _ = self._open[-1]
        opens_body = "data-pagefind-body" in names
        self.has_body = self.has_body or opens_body
        if "data-pagefind-weight" in names:
            weight = float(names["data-pagefind-weight"] or weight)
        elif tag in _HEADING_WEIGHTS:
            weight = _HEADING_WEIGHTS[tag]
        ignored = ignored or "data-pagefind-ignore" in names or tag in _SKIPPED_TAGS
        if tag in _HEADING_WEIGHTS and names.get("id") and in_body and not ignored:
            self.anchors.append((self._offset(), len(self.chunks)))
            self.chunks.append((weight, "", (tag, names["id"])))
        self._open.append((tag, in_body or opens_body, ignored, weight, opens_body))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._open) - 1, 0, -1):
            if self._open[depth][0] == tag:
                if any(element[4] for element in self._open[depth:]):
                    self.body_end = self._offset()
                del self._open[depth:]
                return

    def handle_data(self, data: str) -> None:
        _, in_body, ignored, weight, _ = self._open[-1]
        if in_body and not ignored:
            self.chunks.append((weight, data, None))
