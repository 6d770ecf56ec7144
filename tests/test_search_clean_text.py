"""No folded helper text, and no words glued across blocks, in anything Pagefind's own API returns:
every indexed page of the real site, searched in Chromium by a word only its folded copy holds."""

import re
from pathlib import Path

import pytest

from thidua.search import FOLD_SENTINEL, read_fragment
from thidua.text import fold

from pages import CAMPAIGNS, page


@pytest.fixture(scope="module")
def records(built_site) -> dict[str, dict]:
    """Every stored page record of the index, by site-relative URL."""
    found = {}
    for path in (built_site / "pagefind" / "fragment").glob("*.pf_fragment"):
        record = read_fragment(path)
        found[record["url"].lstrip("/")] = record
    return found


def words(text: str) -> set[str]:
    """The words of ``text``, without the punctuation at their ends."""
    return {word.strip(PUNCTUATION) for word in text.split()} - {""}


PUNCTUATION = ".,;:()“”\"'!?"


def served_words(site: Path, url: str) -> set[str]:
    """The words of the served page's indexed part, every element boundary a space."""
    return words(page(site, url).select_one("[data-pagefind-body]").get_text(" "))


def test_every_indexed_page_is_stored_with_clean_text(built_site, records):
    for url in records:
        content = records[url]["content"]
        assert FOLD_SENTINEL not in content
        assert words(content) <= served_words(built_site, url), url
    tung_anh = records[CAMPAIGNS[2]]["content"]
    assert "Xã Tùng Ảnh 18259" in tung_anh and "Ảnh18259" not in tung_anh  # the place, then the code


def _probe_word(content: str) -> str:
    """A folded word of ``content`` that the page does not hold as typed: only its folded copy
    can match it."""
    words = set(content.lower().split())
    for word in content.split():
        folded = fold(word).strip(PUNCTUATION)
        if re.fullmatch(r"[a-z]{4,}", folded) and folded not in words:
            return folded
    raise AssertionError("no word with diacritics")


PROBE = """async ([base, probes]) => {
  const pagefind = await import(base + "pagefind/pagefind.js");
  await pagefind.options({ baseUrl: new URL(base).pathname, exactDiacritics: true });
  await pagefind.init();
  const shown = [];
  for (const [url, word] of probes) {
    const found = await pagefind.search(word);
    const datas = await Promise.all(found.results.map((hit) => hit.data()));
    const own = datas.find((data) => data.url.endsWith("/" + url));
    shown.push({ url, word, found: Boolean(own), texts: datas.flatMap((data) => [
      data.content, data.excerpt, data.meta.title,
      ...data.sub_results.flatMap((sub) => [sub.title, sub.excerpt]),
    ]) });
  }
  return shown;
}"""


def test_pagefind_api_never_shows_the_folded_copy(built_site, records, browser, serve_dir):
    base = serve_dir(built_site, "/repo/")
    probes = [[url, _probe_word(record["content"])] for url, record in records.items()]
    tab = browser.new_page()
    try:
        tab.goto(base)
        shown = tab.evaluate(PROBE, [base, probes])
    finally:
        tab.close()
    assert len(shown) == len(records) >= len(CAMPAIGNS)
    clean = {record["url"]: set(record["content"].split()) for record in records.values()}
    for probe in shown:
        assert probe["found"], probe["word"]  # found through its folded copy ...
        for text in probe["texts"]:
            assert FOLD_SENTINEL not in text
            words = set(re.sub(r"</?mark>", "", text).split())
            # ... yet every word shown is a word of some page's clean text
            assert any(words <= page_words for page_words in clean.values()), text[:200]
