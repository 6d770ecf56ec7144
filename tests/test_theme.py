"""The theme prints text escaped and the engine's HTML (content, titles) as it is."""

import html
from types import SimpleNamespace

import yaml
from jinja2 import DictLoader, Environment
from markupsafe import escape

from thidua.theme import autoescape, front_matter, mark_nav_titles

HOSTILE = 'A & B </title><script>alert(1)</script> "x" <img src=x onerror=alert(1)>'

# The ways Material prints titles and descriptions.
THEME = """<title>{{ page.title | striptags }}</title><meta content="{{ page.meta.description }}">
<h1>{{ page.meta.title }}</h1><span>{{ page.title }}</span><nav aria-label="{{ page.title | striptags | e }}">{% for link in page.toc %}{{ link.title }}{% for child in link.children %}{{ child.title }}{% endfor %}{% endfor %}</nav>
<main>{{ page.content }}</main>{% for item in nav %}<li>{{ item.title }}</li>{% endfor %}"""


def _page_of(front: str):
    meta = yaml.safe_load(front.strip().strip("-"))
    toc = [SimpleNamespace(title="Mục &amp; tiêu", children=[SimpleNamespace(title="1 &lt; 2", children=[])])]
    return SimpleNamespace(title=meta["title"], meta=meta, content="<p>Nội dung <em>đậm</em></p>", toc=toc)


def _render(page, nav=()) -> str:
    env = autoescape(Environment(loader=DictLoader({"main.html": THEME})), [page])
    return env.get_template("main.html").render(page=page, nav=nav)


def test_front_matter_title_is_escaped_html_and_description_text():
    meta = yaml.safe_load(front_matter(HOSTILE, HOSTILE).strip().strip("-"))
    assert "<" not in meta["title"] and html.unescape(meta["title"]) == HOSTILE
    assert meta["description"] == HOSTILE
    assert meta["hide"] == ["toc"]


def test_hostile_title_and_description_are_printed_as_text():
    out = _render(_page_of(front_matter(HOSTILE, HOSTILE)))
    assert "<script>" not in out and "<img" not in out
    assert f"<title>{escape(HOSTILE)}</title>" in out  # striptags unescapes, autoescape escapes again
    assert f'<meta content="{escape(HOSTILE)}">' in out
    assert f"<h1>{escape(HOSTILE)}</h1><span>{escape(HOSTILE)}</span>" in out


def test_html_of_the_engine_is_printed_once():
    out = _render(_page_of(front_matter("Tiêu đề", "Mô tả")))
    assert "<main><p>Nội dung <em>đậm</em></p></main>" in out
    assert "Mục &amp; tiêu1 &lt; 2" in out
    assert "&amp;amp;" not in out and "&amp;lt;" not in out


def test_navigation_titles_are_html():
    page = SimpleNamespace(title="Trang", children=None, is_page=True)
    nav = [SimpleNamespace(title="Hướng dẫn &amp; mẫu", is_page=False, children=[page])]
    mark_nav_titles(nav)
    assert "<li>Hướng dẫn &amp; mẫu</li>" in _render(_page_of(front_matter("Tiêu đề", "Mô tả")), nav)
