"""The folded copy reads a page's markup as an HTML parser does, though it follows only the
elements that change what is indexed: markup inside scripts, styles and comments is no element,
a quoted attribute value may hold ">", character references are text, and an element ends at the
end tag that matches it, not at the first end tag of its name."""

from __future__ import annotations

from thidua.search import FOLD_SENTINEL, with_folded_block

PAGE = (
    '<html><body><article data-pagefind-body><h2 id="a">Đầu</h2>'
    '<script>if (a<b) { x = "</article><h2 id=\'z\'>Lạ</h2>"; }</script>'
    '<!-- </article><h3 id="c">Chú thích</h3> -->'
    "<p title=\"a > b\" data-x='c>d'>Ý &amp; &lt;h3&gt; &#273;</p>"
    "<DIV data-pagefind-ignore><div>Bỏ</div>Bỏ nữa<br/><div/></DIV>Còn <SPAN data-pagefind-weight=\"3\">nặng</SPAN>"
    '<svg><title>Hình</title><path d="M0 0"/></svg><style>p>a{}</style><div data-pagefind-ignore/>Sau'
    '<h3 id="b" data-pagefind-weight="9">Hết</h3></article><p>Ngoài</p></body></html>'
)


def test_only_the_indexed_text_is_folded_at_its_weights():
    html, words = with_folded_block(PAGE)
    assert words == 9
    assert html.endswith(
        f'<div data-pagefind-body hidden>{FOLD_SENTINEL}<p data-pagefind-weight="6">dau</p>'
        '<p data-pagefind-weight="1">y &amp; &lt;h3&gt; d con</p><p data-pagefind-weight="3">nang</p>'
        '<p data-pagefind-weight="1">sau</p><p data-pagefind-weight="9">het</p></div></body></html>'
    )


def test_sections_are_cut_at_the_headings_of_the_page_not_at_markup_in_a_script():
    entries = PAGE.replace("<article data-pagefind-body>", '<article data-pagefind-body><div data-pagefind-ignore hidden><span data-pagefind-meta="lien_ket">{}</span></div>')
    html, words = with_folded_block(entries)
    assert words == 9
    sections = [" ".join(part.split()) for part in html.split(FOLD_SENTINEL)[1::2]]
    assert [section.count("data-pagefind-weight") for section in sections] == [4, 1]
    assert html.index("sau") < html.index('<h3 id="b"') < html.index("het") < html.index("</article>")
    assert "Ngoài" not in html


def test_an_element_without_text_does_not_split_the_text_around_it():
    html, _ = with_folded_block('<article data-pagefind-body><p>Đà<span data-pagefind-weight="2"></span>Nẵng &amp</p></article>')
    assert html.endswith(f'{FOLD_SENTINEL}<p data-pagefind-weight="1">danang &amp;</p></div></body></html>')


def test_an_indexed_body_inside_an_element_outside_it_is_read():
    assert _folded_block(
        '<html><body><div data-pagefind-weight="2"><p data-pagefind-ignore>Trên</p>'
        '<article data-pagefind-body><p>Đà Nẵng</p></article></div></body></html>'
    ) == ('<p data-pagefind-weight="2">da nang</p>', 2)


def test_each_word_is_folded_as_in_the_whole_text():
    text = "ΟΔΟΣ\u00a0ΟΔΟΣ \u0301 Hoà\u2000THUỶ İ &amp; Đ&lt;"
    assert _folded_block(f"<article data-pagefind-body><p>{text}</p></article>") == (
        '<p data-pagefind-weight="1">οδος οδος hoa thuy i &amp; d&lt;</p>', 7)


def test_text_pagefind_does_not_index_is_not_folded_either():
    assert _folded_block(
        '<article data-pagefind-body><p>Hộ nghèo</p><nav class="td-pager">1 2</nav>'
        "<form><label>Tìm</label></form><footer>Cuối</footer></article>"
    ) == ('<p data-pagefind-weight="1">ho ngheo</p>', 2)


def _folded_block(page: str) -> tuple[str, int]:
    """The folded block at the end of the page Pagefind reads for ``page``, and its number of words."""
    html, words = with_folded_block(page)
    block, end = html.rsplit(FOLD_SENTINEL, 1)[1].split("</div></body></html>")
    assert end == "", html
    return block, words


def test_white_space_is_one_space_where_pagefind_reads_one():
    html, _ = with_folded_block(
        "<article data-pagefind-body><p>a\nb  c \n d\t\te\r\rf\tg\u00a0 h</p><p>i</p>j<br>k<hr/>l</article>"
    )
    # A run of white space, or a line end, is one space; a lone tab or no-break space is kept.
    assert "<article data-pagefind-body> a b c d e f\tg\u00a0 h i j k l </article>" in html
