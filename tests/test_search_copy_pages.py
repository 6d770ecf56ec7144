"""The page Pagefind reads for an indexed page (``page_copy``) holds what Pagefind reads from the
served page, folded, and nothing else: once published, the bundle stores the same record of it as
Pagefind makes of the served page (text, anchors, filters, meta); and the copy holds no markup
Pagefind does not need, and no text it does not index."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from thidua.search import _BLOCK_TAG, _INLINE_TAGS, FOLD_SENTINEL, SearchCopy, page_copy, read_fragment

# A page with what the templates print, and what Markdown and Material may print.
EDGE_PAGE = (
    '<html lang="vi"><head><title>Thử</title></head><body>'
    '<nav class="td-breadcrumbs"><ol><li><a href="../">Trang chủ</a></li></ol></nav>'
    '<div class="md-content" id="noi-dung"><article data-pagefind-body>\n  <h1 id="dau">Kế hoạch <b>Phú</b> Sơn</h1>\n'
    '<dl><dt data-pagefind-ignore>Mã đơn vị</dt><dd>14823</dd></dl>'
    '<h2 id="chi-tieu">Chỉ tiêu <small data-pagefind-ignore>(2)</small></h2>'
    '<table><tbody><tr id="ct-1"><td><span class="td-label">-</span> Sản lượng&nbsp;lúa</td>'
    '<td data-pagefind-ignore>Bỏ</td></tr><tr id="ct-2"><td>a &lt; b &amp;amp; &#273;ường</td><td>c < d</td></tr></tbody></table>'
    '<p class="anh"><img class="w" src="anh.jpg" alt="Ảnh &amp; chú"></p><p>Đà<a id="x" href="#x">Nẵng<br>Huế</a> <span data-pagefind-weight="3">nặng <em>lắm</em></span></p>'
    '<section id="muc"><h3>Mục <code>một</code></h3><p>Dòng 1\n\tdòng 2</p></section>'
    '<nav class="td-pager"><span>1</span> <a href="trang-2/">2</a></nav>'
    '<svg id="hinh"><title>Hình</title></svg><script>var a = "<p>Lạ</p>";</script><!-- <h2 id="z">Chú</h2> -->'
    '<div data-pagefind-ignore hidden><span data-pagefind-filter="tinh">Thanh Hóa</span>'
    '<span data-pagefind-filter="nam">2024</span><span data-pagefind-meta="dia_phuong">Xã &lt;Phú&gt; Sơn</span></div>'
    '</article><p class="td-page-meta"><a href="x">Sửa trang này</a></p></div></body></html>'
)
# The exact words, after the indexed text.
_EXACT = re.compile(rf"<div data-pagefind-body hidden>{FOLD_SENTINEL}[^<]*</div>")


def _indexed(pages: dict[str, str], site: Path) -> tuple[dict[str, dict], list[str]]:
    """Pagefind's stored record of each page of ``pages`` (site-relative path -> HTML), by url, and
    the names of its word index files (named after their content: equal names, equal index)."""
    for path, page in pages.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(page, encoding="utf-8")
    bundle = site.parent / f"{site.name}-pagefind"
    subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(bundle), "--force-language", "vi"],
        check=True, capture_output=True,
    )
    records = [read_fragment(path) for path in (bundle / "fragment").glob("*.pf_fragment")]
    return {record["url"]: record for record in records}, sorted(path.name for path in (bundle / "index").iterdir())


def _served(built_site: Path) -> dict[str, str]:
    pages = {
        path.relative_to(built_site).as_posix(): path.read_text(encoding="utf-8")
        for path in built_site.rglob("*.html")
        if "data-pagefind-body" in path.read_text(encoding="utf-8")
    }
    return {**pages, "kiem-tra/index.html": EDGE_PAGE}


def _copies(served: dict[str, str]) -> dict[str, str]:
    """The page Pagefind reads for each indexed page of ``served``, without its exact words."""
    copies = {path: page_copy(page) for path, page in served.items()}
    return {path: _EXACT.sub("", copy.html) for path, copy in copies.items() if copy is not None}


def _published(pages: dict[str, str], site: Path) -> dict[str, dict]:
    """The stored record of each page of ``pages`` in the bundle the build publishes, by url."""
    for path, page in pages.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(page, encoding="utf-8")
    SearchCopy().start(site).finish()
    records = [read_fragment(path) for path in (site / "pagefind" / "fragment").glob("*.pf_fragment")]
    return {record["url"]: record for record in records}


def test_the_bundle_stores_what_pagefind_reads_from_the_served_page(built_site, tmp_path):
    served = _served(built_site)
    # The served page as Pagefind read it before, with a space at each block boundary.
    spaced = {path: " ".join(_BLOCK_TAG.split(page)) for path, page in served.items()}
    from_served, _ = _indexed(spaced, tmp_path / "served")
    published = _published(served, tmp_path / "published")
    assert len(from_served) > 50
    edge = from_served["/kiem-tra/"]
    assert "Sản lượng lúa a < b &amp; đường c < d Đà Nẵng Huế" in edge["content"] and edge["filters"] == {"tinh": ["Thanh Hóa"], "nam": ["2024"]}
    assert edge["meta"]["image"] == "anh.jpg" and edge["meta"]["image_alt"] == "Ảnh &amp; chú"  # the result's image, as written
    assert [(anchor["element"], anchor["text"]) for anchor in edge["anchors"]][:5] == [
        ("h1", "Kế hoạch Phú Sơn"), ("h2", "Chỉ tiêu"), ("tr", ""), ("tr", ""), ("a", "Nẵng Huế"),
    ]
    assert published.keys() == from_served.keys()
    for url, record in from_served.items():
        stored = published[url]
        assert stored["content"] == " ".join(record["content"].split()), url
        assert (stored["filters"], stored["meta"]) == (record["filters"], record["meta"]), url
        assert [(a["element"], a["id"], a["text"]) for a in stored["anchors"]] == [
            (a["element"], a["id"], a["text"]) for a in record["anchors"]
        ], url


class _Markup(HTMLParser):
    """The elements of a copy that Pagefind does not need (``extra``), and its text outside the
    filter and meta elements (``text``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.extra: list[str] = []
        self.text: list[str] = []
        self._open: list[tuple[str, bool, bool]] = []  # name, anchored (an id, then inline), a value

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _ in attrs}
        pagefind = {name for name in names if name.startswith("data-pagefind-")}
        parent_anchored = bool(self._open) and self._open[-1][1]
        needed = (
            tag in ("html", "body", "h1", "h2", "h3", "h4", "h5", "h6")
            or "id" in names
            or bool(pagefind)
            or (parent_anchored and tag not in _INLINE_TAGS)  # ends the text of the anchor around it
        )
        if tag == "img":  # the result's image
            needed, names = True, names - {"src", "alt"}
        if not needed or names - pagefind - {"id"}:
            self.extra.append(self.get_starttag_text())
        value = bool(pagefind & {"data-pagefind-filter", "data-pagefind-meta"}) or (bool(self._open) and self._open[-1][2])
        if "id" in names:
            self.handle_data(" ")  # Pagefind parts words at an anchor
        self._open.append((tag, "id" in names or (parent_anchored and tag in _INLINE_TAGS), value))

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if not (self._open and self._open[-1][2]):
            self.text.append(data)


def test_the_copy_holds_no_markup_and_no_text_pagefind_does_not_index(built_site, tmp_path):
    copies = _copies(_served(built_site))
    records, _ = _indexed(copies, tmp_path / "copies")
    for path, copy in copies.items():
        markup = _Markup()
        markup.feed(copy)
        assert markup.extra == [], path
        url = "/" + path.removesuffix("index.html")
        assert " ".join("".join(markup.text).split()) == records[url]["content"], path
        assert not re.search("[À-ỹĐđ]", records[url]["content"]), path  # every word folded
    assert "Sửa" not in copies["kiem-tra/index.html"]
