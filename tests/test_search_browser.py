"""Site search as a citizen uses it: real queries typed into the header search box and the full
search page (tim-kiem/) in headless Chromium, on a site served under a sub-path.

The site comes from one fixture, `search_site`; it builds the toy project in
tests/fixtures/search_site/ (swap `build_site` for the real site's build when it exists).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest

from thidua.search import FOLD_SENTINEL, SHARD_BYTES, index_site, page_copy, search_markup

ROOT = Path(__file__).resolve().parent.parent
TOY_SITE = ROOT / "tests" / "fixtures" / "search_site"

PHU_SON = "ke-hoach/phu-son-2024/"  # Phú Sơn, Thanh Hóa, 2024; "Đảng bộ", "thi đua", "hộ nghèo"
PHU_SON_HA_TINH = "ke-hoach/phu-son-ha-tinh-2025/"  # Phù Sơn, Hà Tĩnh, 2025
TUNG_ANH = "ke-hoach/tung-anh-2023/"  # Tùng Ảnh, Hà Tĩnh, 2023; "Đảng bộ", "hộ nghèo"
HA_TINH = "ke-hoach/ha-tinh-2022/"  # Hà Tĩnh, 2022; "hộ nghèo"
DIEN_BIEN_PHU = "dia-phuong/dien-bien-phu/"  # Điện Biên Phủ, no year
HOA = "khen-thuong/nguyen-thi-hoa/"  # person awarded, Thanh Hóa; "hộ nghèo"
MOVEMENT = "phong-trao/vi-nguoi-ngheo/"  # movement, no province


def build_site(out: Path) -> Path:
    """Build the toy site into `out` with MkDocs (no lunr search) and return the site folder."""
    site = out / "site"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--strict",
         "--config-file", str(TOY_SITE / "mkdocs.yml"), "--site-dir", str(site)],
        check=True,
        cwd=ROOT,
    )
    return site


@pytest.fixture(scope="module", params=[SHARD_BYTES, 1], ids=["one-shard", "shard-per-page"])
def search_site(request, tmp_path_factory) -> tuple[Path, dict]:
    """(site folder, index_site statistics) of a built and indexed site: in one shard, and with
    each page a shard of its own, merged in the browser (every test runs on both)."""
    site = build_site(tmp_path_factory.mktemp("search"))
    return site, index_site(site, shard_bytes=request.param)


@pytest.fixture(scope="module")
def base_url(search_site, serve_dir) -> str:
    return serve_dir(search_site[0], prefix="/repo/")


@pytest.fixture
def page(browser, base_url):
    """A fresh page on a campaign page of the site; fails the test on any script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(base_url + HA_TINH)
    yield tab
    context.close()
    assert not errors


def header_search(page, query: str) -> list[str]:
    """Type `query` into the header search box; return the result links' paths, in order."""
    box = page.locator("[data-thidua-search-input]")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=20)
    page.wait_for_selector("[data-thidua-search-list][aria-busy=false]", state="attached")
    return page.eval_on_selector_all(
        "[data-thidua-search-list] a", "links => links.map(a => new URL(a.href).pathname)"
    )


def paths(*pages: str) -> list[str]:
    return ["/repo/" + p for p in pages]


# Index -------------------------------------------------------------------------------------


def test_index_holds_only_pages_marked_for_search(search_site):
    site, stats = search_site
    assert stats["pages"] == 7  # the toy pages with search front matter; not home, not tim-kiem
    assert stats["html_files"] > stats["pages"]
    assert stats["index_bytes"] > 0 and (site / "pagefind" / "pagefind.js").is_file()
    assert not (site / "pagefind" / "pagefind-ui.js").exists()
    # The folded copy is indexed, never written into the served pages.
    assert FOLD_SENTINEL not in (site / PHU_SON / "index.html").read_text(encoding="utf-8")


def test_shards_are_listed_for_the_browser_to_merge(search_site):
    site, stats = search_site
    merged = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    assert len(merged) == stats["shards"] - 1
    assert stats["shards"] == (1 if merged == [] else 7)
    for folder in merged:  # each with its own index, loaded by the first bundle's script and WASM
        shard = site / "pagefind" / folder
        assert (shard / "pagefind-entry.json").is_file() and list(shard.glob("*.pf_meta"))
        assert not list(shard.glob("*.js")) and not list(shard.glob("wasm.*"))


def test_search_markup_escapes_and_checks_the_contract():
    markup = search_markup(
        {"tinh": "Thanh Hóa", "cap": "Xã, phường, thị trấn", "loai": ["Kế hoạch thi đua"]},
        {"dia_phuong": "Xã <Phú> Sơn"},
    )
    assert markup == (
        '<div data-pagefind-ignore hidden>'
        '<span data-pagefind-filter="tinh">Thanh Hóa</span>'
        '<span data-pagefind-filter="cap">Xã, phường, thị trấn</span>'
        '<span data-pagefind-filter="loai">Kế hoạch thi đua</span>'
        '<span data-pagefind-meta="dia_phuong">Xã &lt;Phú&gt; Sơn</span></div>'
    )
    for bad in (
        lambda: search_markup({"province": "Thanh Hóa"}),
        lambda: search_markup({"cap": "Thôn"}),
        lambda: search_markup({"tinh": " "}),
        lambda: search_markup({}, {"mo_ta": "x"}),
    ):
        with pytest.raises(ValueError):
            bad()


def test_copy_is_the_indexed_text_folded_in_place_with_spaced_blocks_and_the_exact_words():
    page = (
        "<html><body><nav>Điện</nav><article data-pagefind-body><h1>Đảng bộ xã Đông</h1>"
        "<dl><dt>Mã</dt><dd>18259</dd></dl><p>thi đua, <b>Đức</b>. Đảng bộ<script>Điện</script><br>"
        "Hà</p><div data-pagefind-ignore>Biên</div></article></body></html>"
    )
    copy = page_copy(page)
    assert copy.words == 12
    # a space at each block boundary; no other markup, no text Pagefind does not index
    assert "<article data-pagefind-body> <h1> dang bo xa dong </h1> ma 18259 thi dua, duc. dang bo ha </article>" in " ".join(copy.html.split())
    assert copy.text == "Đảng bộ xã Đông Mã 18259 thi đua, Đức. Đảng bộ Hà"
    assert "Điện" not in copy.html and "Biên" not in copy.html
    # The title as written; then the words of the heading (the weighted text) typed with marks
    assert copy.html.startswith('<html><body><div data-pagefind-ignore><span data-pagefind-meta="title">Đảng bộ xã Đông</span></div>')
    assert copy.html.endswith(f"<div data-pagefind-body hidden>{FOLD_SENTINEL} đảng bộ xã đông</div></body></html>")
    assert page_copy("<html><body><p>đua</p></body></html>") is None


# Header search -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thi dua", [PHU_SON, TUNG_ANH, HA_TINH, PHU_SON_HA_TINH, DIEN_BIEN_PHU, HOA]),
        ("thi đua", [PHU_SON, TUNG_ANH, HA_TINH, PHU_SON_HA_TINH, DIEN_BIEN_PHU, HOA]),
        ("dang bo", [PHU_SON, TUNG_ANH]),
        ("Đảng bộ", [PHU_SON, TUNG_ANH]),
        ("phu son", [PHU_SON, PHU_SON_HA_TINH, HOA]),
        ("tung anh", [TUNG_ANH]),
        ("Điện Biên", [DIEN_BIEN_PHU]),
        ("dien bien phu", [DIEN_BIEN_PHU]),
        ("ho ngheo", [PHU_SON, TUNG_ANH, HA_TINH, HOA]),
    ],
)
def test_header_search_ignores_diacritics_including_d(page, query, expected):
    found = header_search(page, query)
    assert sorted(found) == sorted(paths(*expected))


def test_a_word_no_page_holds_is_left_out_and_said(page):
    # Pagefind leaves such a word out; with a shard per page, a shard without "nghèo" would also
    # give its pages with "hộ" alone (Hồ…): only pages holding every other word are listed.
    found = header_search(page, "hộ nghèo Qwzx")
    assert sorted(found) == sorted(paths(PHU_SON, TUNG_ANH, HA_TINH, HOA))
    assert page.locator("[data-thidua-search-meta]").inner_text() == (
        "Tìm thấy 4 kết quả. Không trang nào có từ “qwzx”: kết quả có các từ còn lại"
    )
    header_search(page, "hộ nghèo")
    assert page.locator("[data-thidua-search-meta]").inner_text() == "Tìm thấy 4 kết quả"


def test_exact_diacritics_rank_first(page):
    found = header_search(page, "Phú Sơn")  # Phù Sơn matches too, folded, after the exact ones
    assert sorted(found[:2]) == sorted(paths(PHU_SON, HOA)) and found[2:] == paths(PHU_SON_HA_TINH)
    found = header_search(page, "Phù Sơn")
    assert found[:1] == paths(PHU_SON_HA_TINH) and sorted(found[1:]) == sorted(paths(PHU_SON, HOA))


def test_results_show_locality_year_and_highlighted_excerpt(page):
    header_search(page, "thi dua")
    result = page.locator("[data-thidua-search-list] li", has_text="Phú Sơn năm 2024")
    assert result.locator(".thidua-search__info").inner_text() == (
        "Xã Phú Sơn, tỉnh Thanh Hóa · Năm 2024 · Kế hoạch thi đua"
    )
    marks = result.locator(".thidua-search__excerpt mark").all_inner_texts()
    assert "thi" in marks and "đua" in marks
    excerpt = result.locator(".thidua-search__excerpt").inner_text()
    assert FOLD_SENTINEL not in excerpt and "dang" not in excerpt  # folded copy never shown
    assert result.locator(".thidua-search__title mark").all_inner_texts() == ["thi", "đua"]


def test_no_match_is_said_in_vietnamese(page):
    assert header_search(page, "qwxz") == []
    assert page.locator("[data-thidua-search-meta]").inner_text() == "Không tìm thấy kết quả phù hợp"


def test_keyboard_shortcuts_open_and_close_the_dialog(page):
    toggle = page.locator("#__search")
    box = page.locator("[data-thidua-search-input]")
    for key in ("/", "s"):
        assert not toggle.is_checked()
        page.keyboard.press(key)
        assert toggle.is_checked()
        assert box.evaluate("el => el === document.activeElement")
        assert box.input_value() == ""  # the shortcut key is not typed into the box
        page.keyboard.press("Escape")
        assert not toggle.is_checked()


def test_arrow_keys_and_enter_follow_a_result(page, base_url):
    header_search(page, "tung anh")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + TUNG_ANH)


def test_enter_and_link_open_the_full_search_page(page, base_url):
    header_search(page, "ho ngheo")
    all_results = page.locator("[data-thidua-search-all]")
    assert all_results.inner_text().startswith("Xem cả 4 kết quả")
    assert all_results.get_attribute("href") == base_url + "tim-kiem/?q=ho+ngheo"
    page.locator("[data-thidua-search-input]").press("Enter")
    page.wait_for_url(base_url + "tim-kiem/?q=ho+ngheo")


def test_phone_opens_search_full_screen(browser, base_url, test_output):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    try:
        tab = context.new_page()
        tab.goto(base_url + PHU_SON)
        button = tab.locator("label.md-header__button[for=__search]")
        assert button.is_visible()
        button.click()
        box = tab.locator("[data-thidua-search-input]")
        assert box.is_visible() and box.evaluate("el => el === document.activeElement")
        tab.wait_for_timeout(500)  # Material slides the dialog in
        inner = tab.locator(".thidua-search .md-search__inner").bounding_box()
        assert inner["width"] >= 359 and inner["x"] <= 1
        box.press_sequentially("dien bien", delay=20)
        tab.wait_for_selector("[data-thidua-search-list] a")
        output = tab.locator(".thidua-search .md-search__output").bounding_box()
        assert output["height"] > 500  # results fill the screen below the search box
        tab.screenshot(path=test_output / "search-phone.png")
    finally:
        context.close()


def luminance(rgb: str) -> float:
    channels = [int(c) / 255 for c in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_dark_mode_results_are_readable(page, test_output):
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    header_search(page, "Điện Biên")
    title = page.locator("[data-thidua-search-list] .thidua-search__title").first
    color = title.evaluate("el => getComputedStyle(el).color")
    background = page.locator(".thidua-search .md-search__scrollwrap").evaluate(
        "el => getComputedStyle(el).backgroundColor"
    )
    light, dark = sorted([luminance(color), luminance(background)], reverse=True)
    assert luminance(background) < 0.1  # a dark dialog ...
    assert (light + 0.05) / (dark + 0.05) >= 4.5  # ... with readable titles
    page.screenshot(path=test_output / "search-dark.png")


# Full search page --------------------------------------------------------------------------


def full_page_results(tab) -> list[str]:
    tab.wait_for_selector(".thidua-page__list[aria-busy=false]", state="attached")
    return tab.eval_on_selector_all(".thidua-page__list a", "links => links.map(a => new URL(a.href).pathname)")


def facet(tab, value: str):
    return tab.locator(".thidua-page__option", has=tab.locator(f'input[value="{value}"]'))


def test_full_page_filters_a_query_to_one_province(page, base_url, search_site, test_output):
    # Facet counts come from Pagefind: with a shard per page, a shard without "ngheo" counts its
    # pages with "ho" (thidua.search, "Shards"): counted on one shard only.
    counted = search_site[1]["shards"] == 1
    page.goto(base_url + "tim-kiem/?q=ho+ngheo")
    assert sorted(full_page_results(page)) == sorted(paths(PHU_SON, TUNG_ANH, HA_TINH, HOA))
    assert page.locator(".thidua-page__summary").inner_text() == "Tìm thấy 4 kết quả"
    marks = {mark.strip('.,"') for mark in page.locator(".thidua-page__list mark").all_inner_texts()}
    # "hỗ" folds to "ho" too; not "Hoa", "hoạch": only the last query word may match a prefix.
    assert marks == {"hộ", "hỗ", "nghèo"}
    if counted:
        assert facet(page, "Thanh Hóa").locator(".thidua-page__count").inner_text() == "2"
        assert facet(page, "Hà Tĩnh").locator(".thidua-page__count").inner_text() == "2"

    facet(page, "Thanh Hóa").click()
    page.wait_for_url("**/tim-kiem/?q=ho+ngheo&tinh=Thanh+H%C3%B3a")
    assert sorted(full_page_results(page)) == sorted(paths(PHU_SON, HOA))
    if counted:  # counts of the other province stay, so it can be added to the selection
        assert facet(page, "Hà Tĩnh").locator(".thidua-page__count").inner_text() == "2"
        assert facet(page, "Kế hoạch thi đua").locator(".thidua-page__count").inner_text() == "1"
        assert facet(page, "Người được khen thưởng").locator(".thidua-page__count").inner_text() == "1"
    page.screenshot(path=test_output / "search-page-filtered.png", full_page=True)

    page.reload()  # the URL keeps the search
    assert sorted(full_page_results(page)) == sorted(paths(PHU_SON, HOA))
    assert page.locator('input[value="Thanh Hóa"]').is_checked()
    page.locator(".thidua-page__clear").click()
    assert len(full_page_results(page)) == 4


def test_full_page_sorts_pages_by_year(page, base_url):
    page.goto(base_url + "tim-kiem/?q=thi+dua")
    page.locator("#thidua-page-sort").select_option(label="Năm mới nhất")
    newest_first = full_page_results(page)
    assert newest_first[:1] == paths(PHU_SON_HA_TINH)  # 2025
    assert sorted(newest_first[1:3]) == sorted(paths(PHU_SON, HOA))  # 2024
    assert newest_first[3:] == paths(TUNG_ANH, HA_TINH, DIEN_BIEN_PHU)  # 2023, 2022, no year: last
    page.locator("#thidua-page-sort").select_option(label="Năm cũ nhất")
    oldest_first = full_page_results(page)
    assert oldest_first[:2] == paths(HA_TINH, TUNG_ANH) and oldest_first[-2:] == paths(PHU_SON_HA_TINH, DIEN_BIEN_PHU)


def test_full_page_asks_for_words_before_searching_within_filters(page, base_url):
    # A search by filters alone would download the whole word index: the page asks for words.
    page.goto(base_url + "tim-kiem/?" + urlencode({"loai": "Phong trào"}))
    assert full_page_results(page) == []
    assert page.locator(".thidua-page__summary").inner_text().startswith("Nhập từ khóa")
    assert facet(page, "Kế hoạch thi đua").locator(".thidua-page__count").inner_text() == "4"  # all pages
    page.locator("#thidua-page-query").press_sequentially("phu", delay=20)  # "Chính phủ", "Điện Biên Phủ"
    page.wait_for_url("**/tim-kiem/?q=phu&loai=Phong+tr%C3%A0o")
    assert full_page_results(page) == paths(MOVEMENT)
    facet(page, "Địa phương").click()
    assert sorted(full_page_results(page)) == sorted(paths(MOVEMENT, DIEN_BIEN_PHU))
