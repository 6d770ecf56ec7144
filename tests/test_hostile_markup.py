"""Hostile markup in every free-text field reaches the pages as text: no script runs in Chromium.

A copy of the data gets an injection payload appended to every free-text value of a plan, a
person, every movement and every abbreviation. Free text is what the JSON Schema leaves free:
a string without pattern, format or enumeration, and not a reference to another file or text.
The site is built from that copy and every page is opened in Chromium.
"""

import shutil
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, build_site
from pages import PHU_SON
from thidua.schema import SCHEMAS, schema_of
from thidua.sitebuild import SiteBuild

PAYLOAD = " <img src=x onerror=alert(1)> \"><script>alert(1)</script> ' onmouseover='alert(1) [x](javascript:alert(1)) & \" <"
# An abbreviation made of the payload's last characters, so the plan's texts contain it.
HOSTILE_SHORT = '& " <'
PLAN = "thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua.yaml"
PERSON = "minh-hoa/thanh-hoa/thi-xa-bim-son/phuong-phu-son/khen-thuong/nguyen-van-minh-hoa.yaml"
PERSON_PAGE = "dia-phuong/truoc-2025/thanh-hoa/thi-xa-bim-son/phuong-phu-son/khen-thuong/2024/"  # PERSON's year page
HOSTILE_FILES = {
    PLAN: "campaign.schema.json",
    PERSON: "exemplar.schema.json",
    "phong-trao.yaml": "movements.schema.json",
    "viet-tat.yaml": "abbreviations.schema.json",
}
# Free-text strings that must equal something elsewhere: a plan's id, a file name, an
# abbreviation as the texts write it, the code of a movement (or anything else) a plan refers to,
# the subject and unit of a value (a results report must name them as the plan does).
REFERENCES = {"ke_hoach", "tep", "chu", "ma", "noi_dung", "don_vi"}
SITE_NAME = "Phong trào thi đua"
URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "poster", "cite", "background"]

# One look at a page's live DOM: what a script could have slipped in.
INSPECT = """(urlAttributes) => {
  const handlers = [], javascriptUrls = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      if (attribute.name.toLowerCase().startsWith("on")) handlers.push(`${element.outerHTML.slice(0, 120)}`);
      if (urlAttributes.includes(attribute.name.toLowerCase())) {
        let protocol = "";
        try { protocol = new URL(attribute.value, document.baseURI).protocol; } catch {}
        if (protocol === "javascript:") javascriptUrls.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      }
    }
  }
  const metas = {};
  for (const meta of document.querySelectorAll("meta[name], meta[property]")) {
    metas[meta.getAttribute("name") || meta.getAttribute("property")] = meta.getAttribute("content");
  }
  const topic = document.querySelector('[data-md-component="header-topic"]');
  return {
    handlers, javascriptUrls, metas,
    scripts: [...document.scripts].map((script) => script.getAttribute("src") ?? script.textContent),
    title: document.title,
    headerTitle: topic ? topic.textContent.trim().replace(/\\s+/g, " ") : null,
  };
}"""


class _Payloader:
    """Appends PAYLOAD to every free-text string of a data file, guided by its JSON Schema."""

    def __init__(self, schema: dict):
        self.schema = schema

    def _branches(self, node: dict):
        if "$ref" in node:
            yield from self._branches(self.schema["$defs"][node["$ref"].rsplit("/", 1)[1]])
        elif "anyOf" in node:
            for branch in node["anyOf"]:
                yield from self._branches(branch)
        else:
            yield node

    def _free_text(self, node: dict) -> bool:
        return any(
            branch.get("type") == "string" and not {"pattern", "format", "enum", "const"} & branch.keys()
            for branch in self._branches(node)
        )

    def __call__(self, value, node: dict | None = None):
        node = self.schema if node is None else node
        if isinstance(value, dict):
            properties = {k: v for branch in self._branches(node) for k, v in branch.get("properties", {}).items()}
            return {k: v if k in REFERENCES else self(v, properties[k]) for k, v in value.items()}
        if isinstance(value, list):
            items = next(branch["items"] for branch in self._branches(node) if "items" in branch)
            return [self(v, items) for v in value]
        if isinstance(value, str) and self._free_text(node):
            return value + PAYLOAD
        return value


def _write_hostile_data(data: Path) -> int:
    """Payload the chosen files of the copy at ``data``; returns how many values were changed."""
    changed = 0
    for relative, schema_name in HOSTILE_FILES.items():
        path = data / relative
        original = yaml.safe_load(path.read_text(encoding="utf-8"))
        hostile = _Payloader(schema_of(SCHEMAS[schema_name]))(original)
        if relative == "viet-tat.yaml":
            hostile["viet_tat"].append({"chu": HOSTILE_SHORT, "nghia": "ký hiệu" + PAYLOAD})
        text = yaml.safe_dump(hostile, allow_unicode=True, sort_keys=False, width=10**6)
        path.write_text(text, encoding="utf-8")
        changed += text.count("onerror")
    return changed


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("hostile") / "campaigns"
    shutil.copytree(ROOT / "campaigns", data)
    assert _write_hostile_data(data) > 200  # every free text of the plan, the person, the movements, the meanings
    return data


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, hostile_data) -> Path:
    site = tmp_path_factory.mktemp("hostile-site")
    build_site(site, illustrative=True, data=hostile_data)
    return site


@pytest.fixture(scope="module")
def hostile_models(hostile_data) -> dict:
    """The page models of the hostile data, by URL: the text each page's title and meta tags must say."""
    build = SiteBuild.load(hostile_data, include_illustrative=True, edit_base=None)
    return {page.url: page for page in build.pages.values()}


def _site_scripts(site: Path) -> set[str]:
    """Every script the seed site ships (its src, or its inline text), over all its pages."""
    scripts = set()
    for path in site.rglob("*.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        scripts.update(script.get("src") or script.string or "" for script in soup.find_all("script"))
    return scripts


def _url_of(site: Path, path: Path) -> str:
    relative = path.relative_to(site).as_posix()
    return relative.removesuffix("index.html")


def _expected_metas(model) -> dict[str, str]:
    return {
        "description": model.description,
        "og:title": model.title,
        "og:description": model.description,
        "twitter:title": model.title,
        "twitter:description": model.description,
    }


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def test_the_payload_reaches_the_pages_as_text(hostile_site, hostile_models):
    """The payload is on the pages (so the browser test below inspects something), escaped once."""
    assert "onerror" in hostile_models[PHU_SON].title
    assert any("onerror" in entry["title"] for entry in hostile_models[PERSON_PAGE].context["entries"])
    for path in hostile_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "&amp;amp;" not in html and "&amp;lt;" not in html, f"escaped twice in {path}"
    plan = BeautifulSoup((hostile_site / PHU_SON / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert plan.find("abbr", string=HOSTILE_SHORT)["title"] == "ký hiệu" + PAYLOAD


def test_no_script_runs_on_any_page(browser, serve_dir, hostile_site, hostile_models, built_site):
    base = serve_dir(hostile_site, "/repo/")
    shipped = _site_scripts(built_site)
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
    problems = []
    paths = sorted(hostile_site.rglob("*.html"))
    checked_models = 0
    try:
        for path in paths:
            url = _url_of(hostile_site, path)
            page.goto(base + url)
            found = page.evaluate(INSPECT, URL_ATTRIBUTES)
            problems += [f"{url}: event handler {handler}" for handler in found["handlers"]]
            problems += [f"{url}: {link}" for link in found["javascriptUrls"]]
            problems += [f"{url}: script not shipped by the site: {s[:80]!r}" for s in found["scripts"] if s not in shipped]
            model = hostile_models.get(url)
            if model is None:
                continue
            checked_models += 1
            for name, text in _expected_metas(model).items():
                if found["metas"].get(name) != text:
                    problems.append(f"{url}: <meta {name}> says {found['metas'].get(name)!r}, not {text!r}")
            if found["title"] != _collapsed(f"{model.title} - {SITE_NAME}"):
                problems.append(f"{url}: <title> says {found['title']!r}")
            if found["headerTitle"] != _collapsed(model.title):
                problems.append(f"{url}: the header says {found['headerTitle']!r}")
        page.goto(base + "tim-kiem/?q=onmouseover")
        page.wait_for_selector(".thidua-page__list li")
        found = page.evaluate(INSPECT, URL_ATTRIBUTES)
        problems += [f"search results: event handler {handler}" for handler in found["handlers"]]
        problems += [f"search results: {link}" for link in found["javascriptUrls"]]
    finally:
        context.close()
    assert len(paths) > 50 and checked_models > 40
    assert not dialogs and not problems, "\n".join(dialogs + problems)
