"""The shared fixtures work: the server honours its sub-path and Chromium renders a page."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _get(url: str) -> tuple[int, str, str]:
    """(status, Location header, body) without following redirects."""
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, timeout=10) as resp:
            return resp.status, resp.headers.get("Location", ""), resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Location", ""), err.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    (root / "index.html").write_text(
        '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Thi đua</title>'
        "<h1>Kế hoạch phát động phong trào thi đua</h1></html>",
        encoding="utf-8",
    )
    (root / "404.html").write_text("<p>Không tìm thấy trang</p>", encoding="utf-8")
    return root


def test_serve_dir_serves_only_under_its_prefix(serve_dir, site):
    base = serve_dir(site)
    assert base.startswith("http://127.0.0.1:") and base.endswith("/repo/")
    origin = base.removesuffix("/repo/")

    status, _, body = _get(base)
    assert status == 200 and "Kế hoạch phát động" in body
    assert _get(base + "index.html")[0] == 200
    assert _get(origin + "/repo")[:2] == (301, "/repo/")
    assert _get(origin + "/")[0] == 404
    assert _get(origin + "/index.html")[0] == 404
    status, _, body = _get(base + "khong-co.html")
    assert status == 404 and "Không tìm thấy trang" in body


def test_browser_renders_served_page(browser, serve_dir, site, test_output):
    page = browser.new_page()
    try:
        page.goto(serve_dir(site, prefix="/thidua/"))
        assert page.title() == "Thi đua"
        assert page.locator("h1").inner_text() == "Kế hoạch phát động phong trào thi đua"
        shot = test_output / "fixtures-smoke.png"
        page.screenshot(path=shot)
        assert shot.stat().st_size > 0
    finally:
        page.close()
