"""The full search page on a phone (390 px): results first, filters behind the "Bộ lọc" button."""

from playwright.sync_api import expect


def test_phone_shows_results_first_and_filters_on_demand(built_site, serve_dir, browser, test_output):
    base = serve_dir(built_site, "/repo/")
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        tab = context.new_page()
        tab.goto(base + "tim-kiem/?q=thi+dua")
        tab.wait_for_selector(".thidua-page__list[aria-busy=false] a", state="attached")
        first = tab.locator(".thidua-page__list li").first
        assert first.bounding_box()["y"] + 40 < 844  # the first result shows without scrolling
        facets = tab.locator(".thidua-page__facets")
        toggle = tab.locator(".thidua-page__toggle")
        expect(facets).to_be_hidden()
        expect(toggle).to_have_text("Bộ lọc")
        tab.screenshot(path=test_output / "search-page-phone.png")

        toggle.tap()
        expect(facets).to_be_visible()
        expect(toggle).to_have_attribute("aria-expanded", "true")
        option = tab.locator(".thidua-page__option", has=tab.locator('input[value="Hà Tĩnh"]'))
        assert int(option.locator(".thidua-page__count").inner_text()) >= 1  # a count per value
        option.tap()
        tab.wait_for_url("**tinh=H%C3%A0+T%C4%A9nh")
        expect(toggle).to_have_text("Bộ lọc (1)")
        tab.screenshot(path=test_output / "search-page-phone-filters.png", full_page=True)

        toggle.tap()
        expect(facets).to_be_hidden()
        tab.wait_for_selector(".thidua-page__list[aria-busy=false]", state="attached")
        paths = tab.eval_on_selector_all(".thidua-page__list a", "links => links.map(a => a.href)")
        assert paths and all("thanh-hoa" not in path for path in paths)
    finally:
        context.close()


def test_wide_screen_shows_filters_beside_results(built_site, serve_dir, browser):
    base = serve_dir(built_site, "/repo/")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        tab = context.new_page()
        tab.goto(base + "tim-kiem/?q=thi+dua")
        tab.wait_for_selector(".thidua-page__list[aria-busy=false] a", state="attached")
        expect(tab.locator(".thidua-page__facets")).to_be_visible()
        expect(tab.locator(".thidua-page__toggle")).to_be_hidden()
    finally:
        context.close()
