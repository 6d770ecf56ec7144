"""Everything a visitor reads is Vietnamese: no English left by the theme, dates as 23/11/2026,
agencies by their current names."""

import re

from bs4 import BeautifulSoup

from conftest import ROOT
from pages import CAMPAIGNS, page

# What Material for MkDocs (or a careless template) prints in English.
ENGLISH = [
    "Made with", "Material for MkDocs", "Permanent link", "Tabs", "Search", "Type to start searching",
    "Skip to content", "Back to top", "Copy to clipboard", "Copied to clipboard", "Initializing search",
    "Previous", "Next", "Edit this page", "View source", "Last update", "results", "Share", "Clear",
    "No matching documents", "Contributors", "RSS feed", "Table of contents", "Header", "Footer",
    "Navigation", "Select language", "Cookie consent",
]
_ENGLISH = re.compile(r"\b(" + "|".join(re.escape(word) for word in ENGLISH) + r")\b")
ATTRIBUTES = ("title", "aria-label", "alt", "placeholder", "value")
OLD_AGENCY = "Tổng cục Thống kê"
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")  # citizens read 23/11/2026


def _visible_texts(html: str) -> list[str]:
    """The page's text (scripts and code left out) and the attributes a visitor or a screen reader meets."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "code", "pre", "template"]):
        hidden.decompose()
    texts = [soup.get_text(" ")]
    texts += [element[name] for element in soup.find_all(True) for name in ATTRIBUTES if element.get(name)]
    return texts


def test_no_english_nor_iso_date_on_any_page(built_site):
    found = {}
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 50
    for path in pages:
        for text in _visible_texts(path.read_text(encoding="utf-8")):
            for match in _ENGLISH.finditer(text):
                found.setdefault(match.group(0), str(path.relative_to(built_site)))
            assert OLD_AGENCY not in text, path
            assert not ISO_DATE.search(text), (path, ISO_DATE.search(text))
    assert found == {}


def test_the_scan_sees_theme_text_and_attributes():
    html = '<p>Made with x</p><a title="Permanent link">¶</a><nav aria-label="Tabs"></nav><script>var Search</script>'
    assert [m.group(0) for t in _visible_texts(html) for m in _ENGLISH.finditer(t)] == ["Made with", "Permanent link", "Tabs"]


def test_last_update_is_written_day_month_year(built_site):
    for url in CAMPAIGNS:
        time = page(built_site, url).select_one(".td-page-meta time")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", time["datetime"])
        year, month, day = time["datetime"].split("-")
        assert time.get_text() == f"{day}/{month}/{year}"


def test_agency_has_its_current_name_in_docs_and_help():
    texts = [ROOT / "README.md", *(ROOT / "docs").rglob("*.md"), *(ROOT / "hooks/thidua").rglob("*.py")]
    assert [str(path) for path in texts if OLD_AGENCY in path.read_text(encoding="utf-8")] == []
