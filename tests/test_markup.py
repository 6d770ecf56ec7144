"""Text from data is escaped; Markdown in long-text fields is sanitized."""

import shutil

from markupsafe import Markup

from thidua.markup import Abbreviations, render_inline, render_markdown
from thidua.sitebuild import SiteBuild

from conftest import ROOT
from pages import PHU_SON


def test_markdown_keeps_emphasis_and_drops_scripts_handlers_and_javascript_links():
    html = str(render_markdown('**Đậm** <script>alert(1)</script> <img src=x onerror="alert(1)"> [xem](javascript:alert(1)) [đúng](https://example.org)'))
    assert "<strong>Đậm</strong>" in html
    assert "<script" not in html and "onerror" not in html and "javascript:" not in html
    assert '<a href="https://example.org"' in html
    assert str(render_inline("*nghiêng*")) == "<em>nghiêng</em>"


def test_plain_fields_are_escaped_on_the_page(tmp_path):
    data = tmp_path / "campaigns"
    shutil.copytree(ROOT / "campaigns", data)
    plan = data / "thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("dia_danh: Phú Sơn", 'dia_danh: "<script>alert(1)</script>"').replace(
            "  - UBND thị xã;", '  - "<img src=x onerror=alert(1)>"'
        ),
        encoding="utf-8",
    )
    build = SiteBuild.load(data, include_illustrative=False, edit_base=None)
    html = build.render(PHU_SON + "index.md")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_an_abbreviation_is_a_whole_word_the_longest_first():
    abbreviations = Abbreviations({"NS": "ngân sách", "NSNN": "ngân sách nhà nước", "HĐND": "Hội đồng nhân dân", "TH&THCS": "trường"})
    text = "HĐND: NSNN, xNS, NSx, _NS, ĐNS, NS. TH&THCS"
    assert abbreviations.found_in(text) == [
        ("HĐND", "Hội đồng nhân dân"), ("NS", "ngân sách"), ("NSNN", "ngân sách nhà nước"), ("TH&THCS", "trường"),
    ]
    explained = str(abbreviations.explain(Markup('NSNN, xNS, NSx, <b title="NS">NS</b>')))
    assert [part.split('">')[-1] for part in explained.split("</abbr>")[:-1]] == ["NSNN", "NS"]
    assert ', xNS, NSx, <b title="NS"><button' in explained
