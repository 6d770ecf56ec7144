"""Folding in place (thidua.search, "Vietnamese folding"): each word of a page's indexed text is
folded where it stands, so a folded match on a page of entries (meta lien_ket: the hub's lists, a
province's honored people of one locality and year) belongs to its entry's Pagefind sub-result;
and the published bundle stores the page's text, anchors and title as written."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from thidua.search import _FRAGMENT_SIGNATURE, FOLD_SENTINEL, SearchCopy, _as_written, page_copy, read_fragment, scratch_folder

PAGE = (
    '<html><body><article data-pagefind-body><div data-pagefind-ignore hidden><span data-pagefind-meta="lien_ket">{}</span></div><h1>Kế hoạch cả nước</h1>'
    '<h3 id="m1"><a href="x">Phường Phú Sơn</a></h3><p>Tỉnh Thanh Hóa</p>'
    '<div data-pagefind-ignore>Bỏ qua</div>'
    '<h3 id="m2"><a href="y">Xã Tùng Ảnh</a></h3><p>Đảng bộ</p></article></body></html>'
)


def test_each_heading_is_folded_where_it_stands():
    copy = page_copy(PAGE)
    assert copy.words == 15
    indexed = " ".join(copy.html.split(FOLD_SENTINEL)[0].split())
    assert '<h3 id="m1"> phuong phu son </h3> tinh thanh hoa <h3 id="m2"> xa tung anh </h3> dang bo </article>' in indexed
    assert "bo qua" not in copy.html and "Bỏ qua" not in copy.html
    assert copy.text == "Kế hoạch cả nước Phường Phú Sơn Tỉnh Thanh Hóa Xã Tùng Ảnh Đảng bộ"


def test_stored_page_text_anchors_and_title_are_as_written(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(PAGE, encoding="utf-8")
    stats = SearchCopy().start(tmp_path).finish()
    assert stats["pages"] == 1 and stats["folded_words"] == 15
    [fragment] = (tmp_path / "pagefind" / "fragment").glob("*.pf_fragment")
    record = read_fragment(fragment)
    assert record["content"] == "Kế hoạch cả nước Phường Phú Sơn Tỉnh Thanh Hóa Xã Tùng Ảnh Đảng bộ"
    assert record["meta"]["title"] == "Kế hoạch cả nước"
    assert [(anchor["id"], anchor["text"]) for anchor in record["anchors"]] == [("m1", "Phường Phú Sơn"), ("m2", "Xã Tùng Ảnh")]


def test_a_page_whose_folded_text_does_not_match_its_text_is_refused(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(PAGE, encoding="utf-8")
    copy = SearchCopy()
    indexing = copy.start(tmp_path)
    monkeypatch.setitem(copy._texts, "a/index.html", "Kế hoạch")
    with pytest.raises(ValueError, match="15 words folded for 2 words written"):
        indexing.finish()


def test_kept_copy_keeps_each_page_text_beside_it(tmp_path):
    folder = scratch_folder("kept-")  # as `mkdocs serve` keeps it: beside the shards, for links
    kept, site = Path(folder.name), tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "a" / "index.html").write_text(PAGE, encoding="utf-8")
    SearchCopy(kept).start(site).finish()
    assert (kept / "a" / "index.html.text").read_text(encoding="utf-8").startswith("Kế hoạch cả nước")
    again = SearchCopy(kept)  # the next build keeps the page: its text is read from beside it
    again.keep(["a/index.html"])
    again.start(site).finish()
    [fragment] = (site / "pagefind" / "fragment").glob("*.pf_fragment")
    assert read_fragment(fragment)["content"].endswith("Xã Tùng Ảnh Đảng bộ")
    again.drop(["a/index.html"])
    assert not list(kept.rglob("*.html*"))
    folder.cleanup()


def test_an_anchor_is_found_after_the_one_before_if_not_where_pagefind_says():
    record = {
        "url": "/a/",
        "content": f"dau muc mot dau muc hai {FOLD_SENTINEL} đầu mục",
        "anchors": [
            {"element": "h2", "id": "x", "text": "dau muc", "location": 0},
            {"element": "h2", "id": "y", "text": "dau muc", "location": 9},  # not there: the next one after x
            {"element": "tr", "id": "z", "text": "", "location": 2},
        ],
    }
    fragment = gzip.compress(_FRAGMENT_SIGNATURE + json.dumps(record).encode())
    written = json.loads(gzip.decompress(_as_written(fragment, "f", lambda url: "Đầu mục một Đầu Mục hai"))[len(_FRAGMENT_SIGNATURE):])
    assert written["content"] == "Đầu mục một Đầu Mục hai"
    assert [anchor["text"] for anchor in written["anchors"]] == ["Đầu mục", "Đầu Mục", ""]
