"""Accessibility in tests: axe-core (npm, node_modules/) run in a page open in Chromium."""

from conftest import ROOT

AXE = ROOT / "node_modules/axe-core/axe.min.js"


def serious_violations(page, selector: str | None = None) -> list[dict]:
    """The serious and critical axe-core violations in ``page``, in the element at ``selector``
    (a CSS selector) or the whole document: rule, impact and the first three elements."""
    page.add_script_tag(path=str(AXE))
    context = "document" if selector is None else repr(selector)
    result = page.evaluate(f"async () => await axe.run({context}, {{resultTypes: ['violations']}})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def serious_violations_at(browser, url: str) -> list[dict]:
    """``serious_violations`` of the whole page at ``url``, opened in a new tab of ``browser``."""
    page = browser.new_page()
    try:
        page.goto(url)
        return serious_violations(page)
    finally:
        page.close()
