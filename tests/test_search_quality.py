"""Search quality as a citizen sees it, through the header search box in Chromium: phrases rank
first and show in the excerpt, and the query set recorded in docs/tim-kiem.md holds as written."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from pages import CHI_LANG, PHU_SON, PHU_THO

DOC = Path(__file__).resolve().parent.parent / "docs" / "tim-kiem.md"
ROW = re.compile(r"^\| (?P<query>[^|]+?) \| (?P<page>[^|]+?) \| (?P<hit>có|không) \|$", re.MULTILINE)


@pytest.fixture(scope="module")
def tab(built_site, serve_dir, browser):
    base = serve_dir(built_site, "/repo/")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base)
    yield page
    context.close()
    assert not errors


def header_search(tab, query: str) -> list[str]:
    """The result paths, site-relative, for ``query`` typed into the header box."""
    box = tab.locator("[data-thidua-search-input]")
    if not tab.locator("#__search").is_checked():
        tab.keyboard.press("/")
    expect(box).to_be_focused()
    box.fill("")
    box.press_sequentially(query, delay=10)
    tab.wait_for_selector("[data-thidua-search-list][aria-busy=false]", state="attached")
    return tab.eval_on_selector_all(
        "[data-thidua-search-list] a", "links => links.map(a => new URL(a.href).pathname.replace(/^\\/repo\\//, ''))"
    )


def test_a_phrase_ranks_above_scattered_words(tab):
    found = header_search(tab, "dien bien phu")
    assert found.index(PHU_THO) < 2 and found.index(CHI_LANG) < 2
    assert PHU_SON not in found[:2]


def test_the_excerpt_shows_the_phrase_highlighted(tab):
    found = header_search(tab, "gio bo")
    assert found[0] == PHU_SON
    excerpt = tab.locator("[data-thidua-search-list] .thidua-search__excerpt").first
    marks = [mark.strip("().,") for mark in excerpt.locator("mark").all_inner_texts()]
    assert "giò" in marks and "bò" in marks
    assert "giò bò" in excerpt.inner_text()


def test_the_recorded_query_set_holds(tab):
    text = DOC.read_text(encoding="utf-8")
    rows = [match.groupdict() for match in ROW.finditer(text)]
    assert len(rows) >= 32
    outcomes = {(row["query"], row["page"]): row["page"] in header_search(tab, row["query"])[:3] for row in rows}
    assert outcomes == {(row["query"], row["page"]): row["hit"] == "có" for row in rows}
    hits = sum(outcomes.values())
    assert f"Tỷ lệ đạt: **{hits}/{len(rows)}**" in text
