"""The locality finder: every unit of the register, both eras, found by its name typed without
marks, through the files a query's prefix needs, in the header search of the real site."""

import gzip
import json
import random

import pytest
from playwright.sync_api import expect

from thidua.locality_finder import FOLDER, prefix
from thidua.register import load_register
from thidua.text import fold

BUDGET = 30 * 1024  # compressed bytes a first query may download


@pytest.fixture(scope="module")
def files(built_site) -> dict[str, list]:
    return {path.stem: json.loads(path.read_bytes()) for path in (built_site / FOLDER).glob("*.json")}


@pytest.fixture(scope="module")
def base(built_site, serve_dir) -> str:
    return serve_dir(built_site, "/repo/")


@pytest.fixture
def tab(browser, base):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base)
    yield page
    context.close()
    assert not errors


def test_every_unit_of_both_eras_is_in_the_file_of_its_prefix(files):
    register = load_register()
    entries = {(entry[0], entry[1], entry[2]): key for key, file in files.items() for entry in file}
    # every unit of the register, and the illustrative Xã Minh Họa merged before 30 June 2025
    assert sum(map(len, files.values())) == len(register.units()) + 1 == len(entries)
    assert ["Xã Minh Họa", "Đức Thọ, Hà Tĩnh", "legacy", "Xã Đức Thọ",
            "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-minh-hoa/"] in files[prefix("Minh Họa")]
    for unit in register.units():
        parents = ", ".join(parent.short_name for parent in reversed(register.ancestors(unit)))
        assert entries[unit.name, parents, unit.era] == prefix(unit.short_name)
    assert ["Xã Tùng Ảnh", "Đức Thọ, Hà Tĩnh", "legacy", "Xã Đức Thọ",
            "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/"] in files["tu"]


def typed(tab, query: str) -> list[tuple[str, str]]:
    """(label, path) of the "Địa phương" suggestions for ``query`` typed in the header box."""
    box = tab.locator("[data-thidua-search-input]")
    if not tab.locator("#__search").is_checked():
        tab.keyboard.press("/")
    box.fill("")
    box.press_sequentially(query, delay=20)
    tab.wait_for_selector("[data-thidua-search-list][aria-busy=false]", state="attached")
    return tab.eval_on_selector_all(
        "[data-thidua-search-places] a",
        "links => links.map(a => [a.innerText.trim(), new URL(a.href).pathname + new URL(a.href).search])",
    )


def test_first_query_downloads_within_budget(tab, built_site):
    fetched = []
    tab.on("requestfinished", lambda request: fetched.append(request.url) if f"/{FOLDER}/" in request.url else None)
    typed(tab, "t")
    assert fetched == []  # one letter: nothing yet
    for query in ("th", "xa th", "ph", "an"):  # the largest files, and a type word first
        fetched.clear()
        typed(tab, query)
        assert fetched, query
        names = {url.rsplit("/", 1)[-1] for url in fetched}
        size = sum(len(gzip.compress((built_site / FOLDER / name).read_bytes())) for name in names)
        assert size <= BUDGET, (query, size)
    largest = max(len(gzip.compress(path.read_bytes())) for path in (built_site / FOLDER).glob("*.json"))
    assert largest <= BUDGET


def test_former_commune_is_offered_with_the_unit_it_became_part_of(tab):
    assert typed(tab, "tung anh")[0] == [
        "Xã Tùng Ảnh (Đức Thọ, Hà Tĩnh), từ 01/7/2025 thuộc Xã Đức Thọ",
        "/repo/dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/",
    ]
    assert typed(tab, "Xã Tùng Ảnh")[0][0].startswith("Xã Tùng Ảnh (Đức Thọ, Hà Tĩnh)")


def test_a_unit_without_a_page_leads_to_the_page_of_the_unit_covering_it_today(tab, base):
    [label, path] = typed(tab, "hoa lac duc tho")[0]
    assert label == "Xã Hòa Lạc (Đức Thọ, Hà Tĩnh), từ 01/7/2025 thuộc Xã Đức Thọ"
    assert path == "/repo/dia-phuong/ha-tinh/xa-duc-tho/"
    tab.locator("[data-thidua-search-places] a").first.click()
    tab.wait_for_url(base + "dia-phuong/ha-tinh/xa-duc-tho/")
    expect(tab.locator("article.md-content__inner")).to_contain_text("Hòa Lạc, Huyện Đức Thọ, Tỉnh Hà Tĩnh")


SUGGEST = """async (queries) => {
  const found = [];
  for (const query of queries) {
    found.push((await window.thiduaLocalities.suggest(query)).map((s) => [s.name, s.parents, s.era]));
  }
  return found;
}"""


def test_sampled_units_are_found_by_name_and_parent_without_marks(tab):
    register = load_register()
    units = register.units()
    sample = random.Random(13).sample([u for u in units if u.era == "legacy"], 300)
    sample += random.Random(13).sample([u for u in units if u.era == "current"], 200)
    queries, expected = [], []
    for unit in sample:
        ancestors = register.ancestors(unit)
        parents = ", ".join(parent.short_name for parent in reversed(ancestors))
        queries.append(fold(" ".join([unit.short_name, *(a.short_name for a in ancestors[-1:])])))
        expected.append([unit.name, parents, unit.era])
    found = tab.evaluate(SUGGEST, queries)
    missed = [(query, unit) for query, unit, suggestions in zip(queries, expected, found) if unit not in suggestions]
    assert missed == []


def test_home_page_box_finds_a_commune_by_its_former_name(tab, base):
    box = tab.get_by_label("Tìm xã, phường của bạn, theo tên hiện nay hoặc tên trước ngày 01/7/2025")
    box.press_sequentially("tung anh duc tho", delay=20)
    first = tab.locator(".td-finder__list a").first
    expect(first).to_have_text("Xã Tùng Ảnh (Đức Thọ, Hà Tĩnh), từ 01/7/2025 thuộc Xã Đức Thọ")
    first.click()
    tab.wait_for_url(base + "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/")
