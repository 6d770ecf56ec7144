"""Folding section by section (thidua.search, "Sections"): on a page of entries (meta lien_ket: the
hub's lists, a province's honored people of one locality and year), each section's folded copy
right after the section, so that a folded match belongs to its entry's Pagefind sub-result; and no
folded word left in the stored page text."""

from __future__ import annotations

from thidua.search import FOLD_SENTINEL, SearchCopy, read_fragment, with_folded_block

PAGE = (
    '<html><body><article data-pagefind-body><div data-pagefind-ignore hidden><span data-pagefind-meta="lien_ket">{}</span></div><h1>Kế hoạch cả nước</h1>'
    '<h3 id="m1"><a href="x">Phường Phú Sơn</a></h3><p>Tỉnh Thanh Hóa</p>'
    '<div data-pagefind-ignore>Bỏ qua</div>'
    '<h3 id="m2"><a href="y">Xã Tùng Ảnh</a></h3><p>Đảng bộ</p></article></body></html>'
)


def folded_sections(html: str) -> list[str]:
    return [" ".join(part.split()) for part in html.split(FOLD_SENTINEL)[1::2]]


def test_each_section_is_folded_before_the_next_heading_with_an_id():
    html, words = with_folded_block(PAGE)
    assert words == 15
    assert [f.replace('<span data-pagefind-weight="', "[").replace('">', "]").replace("</span>", "") for f in folded_sections(html)] == [
        "[7]ke hoach ca nuoc", "[5]phuong phu son [1]tinh thanh hoa", "[5]xa tung anh [1]dang bo",
    ]
    assert html.index("tinh thanh hoa") < html.index('<h3 id="m2"') < html.index("dang bo") < html.index("</article>")
    assert "bo qua" not in html


def test_without_entries_or_headings_with_an_id_the_copy_is_one_block_at_the_end():
    for page in (PAGE.replace(' id="m1"', "").replace(' id="m2"', ""), PAGE.replace('data-pagefind-meta="lien_ket"', "")):
        html, _ = with_folded_block(page)
        assert html.count(FOLD_SENTINEL) == 1 and html.index(FOLD_SENTINEL) > html.index("</article>")


def test_stored_page_text_keeps_no_folded_section(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(PAGE, encoding="utf-8")
    stats = SearchCopy().start(tmp_path).finish()
    assert stats["pages"] == 1
    [fragment] = (tmp_path / "pagefind" / "fragment").glob("*.pf_fragment")
    record = read_fragment(fragment)
    assert record["content"] == "Kế hoạch cả nước Phường Phú Sơn Tỉnh Thanh Hóa Xã Tùng Ảnh Đảng bộ"
    assert [(anchor["id"], anchor["text"]) for anchor in record["anchors"]] == [("m1", "Phường Phú Sơn"), ("m2", "Xã Tùng Ảnh")]
