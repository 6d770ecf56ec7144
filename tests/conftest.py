"""Shared session-wide fixtures: a headless Chromium, a static file server, an output folder."""

from __future__ import annotations

import http.server
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Flags for Debian's Chromium, headless, as root, on a machine with no outside network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    """Playwright Browser on the system Chromium (env CHROMIUM overrides /usr/bin/chromium)."""
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class _PrefixHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` under the URL sub-path `prefix`, like a GitHub Pages project site:
    /prefix redirects to /prefix/, anything outside the prefix is 404, and a missing file
    inside it gets the site's own 404.html (if any) with status 404."""

    prefix = "/"

    def _in_prefix(self) -> bool:
        return urlsplit(self.path).path.startswith(self.prefix)

    def _route(self) -> bool:
        if self._in_prefix():
            return True
        if urlsplit(self.path).path == self.prefix.rstrip("/"):
            self.send_response(301)
            self.send_header("Location", self.prefix)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_error(404)
        return False

    def do_GET(self) -> None:
        if self._route():
            super().do_GET()

    def do_HEAD(self) -> None:
        if self._route():
            super().do_HEAD()

    def translate_path(self, path: str) -> str:
        return super().translate_path("/" + urlsplit(path).path[len(self.prefix):])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory, "404.html")
        if code == 404 and self._in_prefix() and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format: str, *args) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="session")
def serve_dir() -> Iterator[Callable[..., str]]:
    """Factory: serve_dir(path, prefix="/repo/") serves `path` over HTTP on 127.0.0.1 (random
    port) in a background thread and returns the base URL, e.g. http://127.0.0.1:PORT/repo/.
    Every server is shut down at the end of the session."""
    servers: list[tuple[http.server.ThreadingHTTPServer, threading.Thread]] = []

    def serve(path: str | os.PathLike[str], prefix: str = "/repo/") -> str:
        prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
        handler = type("Handler", (_PrefixHandler,), {"prefix": prefix})

        def factory(*args, **kwargs):
            return handler(*args, directory=os.fspath(path), **kwargs)

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), factory)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, name=f"serve_dir {path}", daemon=True)
        thread.start()
        servers.append((server, thread))
        return f"http://127.0.0.1:{server.server_address[1]}{prefix}"

    yield serve
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def test_output() -> Path:
    """test-output/ at the repository root (gitignored): screenshots and other artefacts."""
    out = ROOT / "test-output"
    out.mkdir(exist_ok=True)
    return out


SITE_URL = "https://example.org/repo/"


def build_site(
    site_dir: Path, *, illustrative: bool, data: Path | None = None, env: dict[str, str] | None = None
) -> None:
    """Build the real site with MkDocs (strict), as `make build` does, into ``site_dir``;
    ``env`` adds environment variables. A failed build raises CalledProcessError."""
    import subprocess
    import sys

    variables = dict(
        os.environ, SITE_URL=SITE_URL, NO_MKDOCS_2_WARNING="1", THIDUA_MINH_HOA="1" if illustrative else "0"
    )
    if data is not None:
        variables["THIDUA_DATA"] = str(data)
    variables.update(env or {})
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT, env=variables, check=True, capture_output=True, text=True,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site from the real data, with the illustrative honored people switched on."""
    site = tmp_path_factory.mktemp("site")
    build_site(site, illustrative=True)
    return site


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    """The real site as published: illustrative data off (the default)."""
    site = tmp_path_factory.mktemp("published")
    build_site(site, illustrative=False)
    return site


@pytest.fixture(scope="session")
def site_url(built_site, serve_dir) -> str:
    """The address of ``built_site`` served under /repo/, as GitHub Pages serves a project site."""
    return serve_dir(built_site, "/repo/")


@pytest.fixture(autouse=True)
def no_job_summary(monkeypatch):
    """On GitHub Actions, tests that validate broken data must not write into the real job summary."""
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.fixture(scope="session")
def hub_sites(tmp_path_factory, serve_dir):
    """Two province sites and the national hub, served under their own sub-paths (tests/hub_sites.py)."""
    from hub_sites import build_hub_sites

    return build_hub_sites(tmp_path_factory.mktemp("hub-sites"), serve_dir)
