"""Plain one-line texts skip the Markdown pipeline: the HTML must be exactly what Markdown and the
sanitizer give, for every text of the real data and for texts made to trip a shortcut."""


import pytest
import yaml

from thidua.markup import _sanitized_markdown, render_inline, render_markdown

from conftest import ROOT

TRICKY = [
    "*nghiêng*", "**đậm**", "_nghiêng_", "a_b_c", "<b>đậm</b>", "<script>alert(1)</script>", "a < b", "a > b",
    "> trích dẫn", "Đảng & Nhà nước", "&amp; &lt;", "&#169;", "a\\*b", "\\", "`mã`", "[liên kết](https://a.vn)",
    "![ảnh](x.png)", "[1]: https://a.vn", "1. Thứ nhất", "1) Thứ nhất", "2024.", "1.5 triệu", "12/KH-UBND",
    "- gạch đầu dòng", "-5%", "+ cộng", "* sao", "# Tiêu đề", "#1 trong tỉnh", "=== ", "---", "***", "___",
    "https://thiduakhenthuong.vn/a_b?x=1&y=2", "http://a.vn", "<https://a.vn>", "a  b", "a   b", " a", "a ",
    "    mã", "\ta", "a\tb", "dòng 1\ndòng 2", "dòng 1  \ndòng 2", "a\u00a0b", "a\u2003b", "a\u200bb",
    "a\x0cb", "a\x85b", "a\u2028b", "x\ufeffy", "100%", "“ngoặc kép” và 'nháy'", "(1) mục", "a | b", "a ~~b~~",
    "Tỷ lệ hộ nghèo giảm 1,5% so với năm 2023 (theo chuẩn mới)", "!", "a!", "{x}", "a: b", "Ghi chú:",
]


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    return []


def _data_texts() -> list[str]:
    """Every text of the real data: each string of each YAML file of campaigns/ (keys left out),
    and each line of the original documents beside the seed plans (campaigns/**/*.txt)."""
    yaml_texts = {
        text
        for path in (ROOT / "campaigns").rglob("*.yaml")
        for text in _texts(yaml.safe_load(path.read_text(encoding="utf-8")))
    }
    lines = {line for path in (ROOT / "campaigns").rglob("*.txt") for line in path.read_text(encoding="utf-8").splitlines()}
    return sorted(yaml_texts | lines)


def test_plain_texts_of_the_data_render_as_markdown_renders_them():
    texts = _data_texts()
    assert len(texts) > 1000
    plain = [text for text in texts if "\n" not in text and str(render_markdown(text)) == f"<p>{text}</p>"]
    assert len(plain) > len(texts) / 3  # the shortcut is taken: a test of it, not of Markdown alone
    for text in texts:
        assert render_markdown(text) == _sanitized_markdown(text), text


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_texts_render_as_markdown_renders_them(text):
    assert render_markdown(text) == _sanitized_markdown(text)
    expected = str(_sanitized_markdown(text))
    if expected.startswith("<p>") and expected.endswith("</p>") and expected.count("<p>") == 1:
        expected = expected[3:-4]
    assert render_inline(text) == expected
