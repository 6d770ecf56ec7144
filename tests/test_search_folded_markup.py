"""The copy Pagefind reads (each word of the indexed text folded where it stands) reads a page's
markup as an HTML parser does, though it follows only the
elements that change what is indexed: markup inside scripts, styles and comments is no element,
a quoted attribute value may hold ">", character references are text, and an element ends at the
end tag that matches it, not at the first end tag of its name."""

from __future__ import annotations

from thidua.search import FOLD_SENTINEL, page_copy

PAGE = (
    '<html><body><article data-pagefind-body><h2 id="a">Đầu</h2>'
    '<script>if (a<b) { x = "</article><h2 id=\'z\'>Lạ</h2>"; }</script>'
    '<!-- </article><h3 id="c">Chú thích</h3> -->'
    "<p title=\"a > b\" data-x='c>d'>Ý &amp; &lt;h3&gt; &#273;</p>"
    "<DIV data-pagefind-ignore><div>Bỏ</div>Bỏ nữa<br/><div/></DIV>Còn <SPAN data-pagefind-weight=\"3\">nặng</SPAN>"
    '<svg><title>Hình</title><path d="M0 0"/></svg><style>p>a{}</style><div data-pagefind-ignore/>Sau'
    '<h3 id="b" data-pagefind-weight="9">Hết</h3></article><p>Ngoài</p></body></html>'
)


def test_only_the_indexed_text_is_folded_where_it_stands_at_its_weights():
    copy = page_copy(PAGE)
    assert copy.words == 9
    assert copy.text == "Đầu Ý & <h3> đ Còn nặng Sau Hết"
    assert " ".join(copy.html.split()) == (
        '<html><body><article data-pagefind-body> <h2 id="a"> dau </h2> y &amp; &lt;h3&gt; d con '
        '<span data-pagefind-weight="3">nang</span> sau <h3 id="b" data-pagefind-weight="9"> het </h3> </article>'
        f"<div data-pagefind-body hidden>{FOLD_SENTINEL} đầu nặng hết</div></body></html>"
    )


def test_exact_words_come_from_headings_weighted_text_title_and_locality_not_from_a_script():
    page = PAGE.replace(
        "<article data-pagefind-body>",
        '<article data-pagefind-body><div data-pagefind-ignore hidden><span data-pagefind-meta="dia_phuong">'
        "Xã Đông, tỉnh Hà Tĩnh</span></div>",
    )
    assert _exact_words(page) == "đầu nặng hết xã đông tỉnh hà tĩnh"  # not "lạ", "chú thích"
    assert _exact_words("<article data-pagefind-body><h1>Đà Nẵng, “Đà Nẵng”!</h1><p>Huế</p></article>") == "đà nẵng"


def test_an_element_without_text_does_not_split_the_text_around_it():
    copy = page_copy('<article data-pagefind-body><p>Đà<span data-pagefind-weight="2"></span>Nẵng &amp</p></article>')
    assert "da<span data-pagefind-weight=\"2\"></span>nang &amp;" in copy.html and copy.text == "ĐàNẵng &"


def test_an_indexed_body_inside_an_element_outside_it_keeps_its_weight():
    copy = page_copy(
        '<html><body><div data-pagefind-weight="2"><p data-pagefind-ignore>Trên</p>'
        '<article data-pagefind-body><p>Đà Nẵng</p></article></div><h2>Ngoài</h2></body></html>'
    )
    assert copy.html.startswith('<html><body><div data-pagefind-weight="2"><article data-pagefind-body> da nang </article></div>')
    assert "Trên" not in copy.html and "Ngoài" not in copy.html


def test_each_word_is_folded_as_in_the_whole_text_and_keeps_its_place():
    text = "ΟΔΟΣ\u00a0ΟΔΟΣ \u0301 Hoà\u2000THUỶ İ &amp; Đ&lt;"
    copy = page_copy(f"<article data-pagefind-body><p>{text}</p></article>")
    # A word of marks alone stays as written: the folded text has the words of the text, in order.
    assert " οδος οδος \u0301 hoa thuy i &amp; d&lt; " in copy.html
    assert copy.text == "ΟΔΟΣ ΟΔΟΣ \u0301 Hoà THUỶ İ & Đ<" and copy.words == 8


def test_text_pagefind_does_not_index_is_not_copied():
    copy = page_copy(
        '<article data-pagefind-body><p>Hộ nghèo</p><nav class="td-pager">1 2</nav>'
        "<form><label>Tìm</label></form><footer>Cuối</footer></article>"
    )
    assert copy.text == "Hộ nghèo" and " ".join(copy.html.split()) == "<html><body><article data-pagefind-body> ho ngheo </article></body></html>"


def _exact_words(page: str) -> str:
    """The exact words at the end of the page Pagefind reads for ``page``."""
    block, end = page_copy(page).html.rsplit(f"{FOLD_SENTINEL} ", 1)[1].split("</div>", 1)
    assert end.startswith("</body>") or end.startswith("<img"), end
    return block


def test_white_space_is_one_space():
    copy = page_copy(
        "<article data-pagefind-body><p>a\nb  c \n d\t\te\r\rf\tg\u00a0 h</p><p>i</p>j<br>k<hr/>l</article>"
    )
    assert "<article data-pagefind-body> a b c d e f g h i j k l </article>" in copy.html
    assert copy.text == "a b c d e f g h i j k l"


def test_a_title_without_text_is_no_title():
    copy = page_copy('<article data-pagefind-body><h1><span data-pagefind-ignore>Ẩn</span></h1><p>Đà</p></article>')
    assert copy.text == "Đà" and 'data-pagefind-meta="title"' not in copy.html
