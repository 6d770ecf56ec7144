"""Generated pages written from their layout rendered once per shape (thidua.shell) are the pages
the layout renders in full: values escaped, content as HTML, a layout that looks at a value in a
way the shell cannot follow rendered in full; and the sitemap still lists every page."""

import re

from jinja2 import Environment
from markupsafe import Markup

from conftest import SITE_URL

from thidua.shell import Layouts

HOSTILE = '<script>alert("x")</script> & \'quoted\''


def layouts(template: str, keep=lambda name, value: "") -> tuple[Layouts, list[str]]:
    env = Environment(autoescape=True)
    rendered = []

    def render(src_uri: str, values) -> str:
        rendered.append(src_uri)
        values = {**values, "content": Markup(values["content"])}  # HTML by design, like the engine's content
        return env.from_string(template).render(depth=src_uri.count("/"), **values)

    return Layouts(render=render, key=lambda src_uri: src_uri.count("/"), keep=keep), rendered


def full(template: str, src_uri: str, values) -> bytes:
    return Environment(autoescape=True).from_string(template).render(depth=src_uri.count("/"), **values).encode()


PAGE = ("<title>{{ title }} - Site</title><meta content=\"{{ title }}\">{% if image %}<img src=\"{{ image }}\">{% endif %}"
        "<main>{{ content }}</main><a href=\"{{ '../' * depth }}\">home</a>")


def test_every_page_is_its_shell_filled_with_its_own_values_escaped():
    shells, rendered = layouts(PAGE)
    pages = {
        f"a/{n}/index.md": {"title": f"Trang {n} {HOSTILE}", "image": "x.png" if n % 2 else None,
                            "content": Markup(f"<p>Nội dung {n}</p>")}
        for n in range(10)
    }
    for src_uri, values in pages.items():
        page = shells.page(src_uri, src_uri.removesuffix("index.md"), values)
        assert page == full(PAGE, src_uri, values)
        assert b"<script>" not in page and b"&lt;script&gt;" in page and "<p>Nội dung".encode() in page
    assert len(shells.shells) == 2  # with and without an image, same depth
    assert len(rendered) == 4  # each shape: once with tokens, once to check it


def test_a_value_the_layout_transforms_is_rendered_in_full_for_every_page_of_that_shape():
    template = "<h1>{{ title | upper }}</h1>{{ content }}"
    shells, _ = layouts(template)
    for n in range(3):
        values = {"title": f"trang {n}", "content": Markup("<p>x</p>")}
        assert shells.page(f"b/{n}/index.md", f"b/{n}/", values) == full(template, f"b/{n}/index.md", values)
    assert list(shells.shells.values()) == [None]


def test_what_the_layout_looks_at_in_a_value_is_part_of_the_shape():
    template = "{% if '<h1' not in content %}<h1>{{ title }}</h1>{% endif %}{{ content }}"
    shells, _ = layouts(template, keep=lambda name, value: "<h1" if name == "content" and "<h1" in value else "")
    for n, content in enumerate(["<h1>Có tiêu đề</h1>", "<p>Không có</p>", "<h1>Lại có</h1>"]):
        values = {"title": f"Trang {n}", "content": Markup(content)}
        assert shells.page(f"c/{n}/index.md", f"c/{n}/", values) == full(template, f"c/{n}/index.md", values)
    assert all(shells.shells.values()) and len(shells.shells) == 2


def test_the_sitemap_lists_every_page_of_the_site(built_site):
    listed = set(re.findall(r"<loc>(.*?)</loc>", (built_site / "sitemap.xml").read_text()))
    pages = {SITE_URL + p.parent.relative_to(built_site).as_posix() + "/" for p in built_site.rglob("index.html")}
    assert pages - {SITE_URL + "./"} == listed - {SITE_URL}
    assert any("/ke-hoach/" in url for url in listed) and any("/khen-thuong/" in url for url in listed)


def test_the_layouts_own_whitespace_is_written_compact_and_the_values_exactly():
    template = ("<header>\n    <nav>\n      <a>  Trang   chủ </a>\n    </nav>\n</header>\n\n"
                "<pre>  giữ\n    nguyên  </pre><script>var a = 1;\n\n  // chú thích\n</script>\n"
                "<main>{{ content }}</main>\n\n   <footer title=\"{{ title }}\">  {{ title }}\u00a0 </footer>")
    shells, _ = layouts(template)
    content = Markup("<p>Đoạn   có\n\n   khoảng trắng</p>\n\n<pre>  mã\n  giữ </pre>")
    values = {"title": "Tên   trang\n  dài", "content": content}
    page = shells.page("d/index.md", "d/", values).decode()
    assert page == (
        "<header>\n<nav>\n<a> Trang chủ </a>\n</nav>\n</header>\n"
        "<pre>  giữ\n    nguyên  </pre><script>var a = 1;\n\n  // chú thích\n</script>\n"
        f"<main>{content}</main>\n<footer title=\"Tên   trang\n  dài\"> Tên   trang\n  dài\u00a0 </footer>"
    )


def test_a_generated_page_carries_no_indentation_of_the_layout(built_site):
    page = (built_site / "ke-hoach" / "phu-tho" / "2024-ke-hoach-phat-dong-thi-dua" / "index.html").read_text(encoding="utf-8")
    layout = page[page.index("<header") : page.index('<div class="md-content"')]  # header, tabs, navigation
    assert 'class="md-tabs"' in layout and "md-nav--primary" in layout
    assert "\n  " not in re.sub(r"<(script|pre)\b.*?</\1>", "", layout, flags=re.S)
