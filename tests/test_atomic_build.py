"""Nothing half-published: a build that fails, whatever fails, leaves the published site as it
was, byte for byte, and no staging folder behind; `mkdocs serve` shows invalid data's problems."""

import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, build_site

PLAN = Path("ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml")
PHOTO = Path("minh-hoa/thanh-hoa/thi-xa-bim-son/phuong-phu-son/khen-thuong/nguyen-van-minh-hoa.jpg")


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder``, with a hash of each file's bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """The real site, built into a folder of its own (so any leftover beside it shows)."""
    site = tmp_path_factory.mktemp("published") / "site"
    build_site(site, illustrative=True)
    return site


def data_copy(tmp_path: Path) -> Path:
    data = tmp_path / "campaigns"
    shutil.copytree(ROOT / "campaigns", data)
    return data


def invalid_yaml(tmp_path):
    data = data_copy(tmp_path)
    with open(data / PLAN, "a", encoding="utf-8") as plan:
        plan.write("nam: [2024\n")
    return data, {}, "Dữ liệu có 1 lỗi, không xuất bản"


def truncated_photo(tmp_path):
    """The header is intact: refused when the published copy is made, if not when loaded."""
    data = data_copy(tmp_path)
    photo = data / PHOTO
    photo.write_bytes(photo.read_bytes()[:3000])
    return data, {}, f"truncated|{re.escape(PHOTO.name)}"


def search_index_fails(tmp_path):
    """Pagefind exits with an error after the pages, photos and exports were written."""
    fake = tmp_path / "fake" / "pagefind"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "__main__.py").write_text("raise SystemExit(1)\n")
    path = os.pathsep.join(filter(None, [str(fake.parent), os.environ.get("PYTHONPATH")]))
    return None, {"PYTHONPATH": path}, "'pagefind'.* returned non-zero exit status 1"


def strict_warning(tmp_path):
    """No repository address: every edit link warns, and strict mode aborts after on_post_build."""
    return None, {"REPO_URL": ""}, "in strict mode"


@pytest.mark.parametrize("breakage", [invalid_yaml, truncated_photo, search_index_fails, strict_warning])
def test_a_failed_build_leaves_the_published_site_untouched(published, tmp_path, breakage):
    before = snapshot(published.parent)
    data, env, reason = breakage(tmp_path)
    with pytest.raises(subprocess.CalledProcessError) as failure:
        build_site(published, illustrative=True, data=data, env=env)
    assert re.search(reason, failure.value.stdout + failure.value.stderr)
    assert snapshot(published.parent) == before


def test_a_good_build_replaces_the_whole_site(published):
    stale = published / "ke-hoach" / "da-xoa" / "index.html"
    stale.parent.mkdir()
    stale.write_text("kế hoạch đã xóa khỏi dữ liệu")
    build_site(published, illustrative=True)
    assert not stale.parent.exists()
    assert sorted(path.name for path in published.parent.iterdir()) == ["site"]
    assert (published / "pagefind" / "pagefind.js").is_file()
    assert (published / "feed.xml").is_file()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _wait_for(url: str, wanted, deadline: float) -> tuple[int, str]:
    """Ask for ``url`` until ``wanted(status, html)``; the last answer if the deadline passes."""
    while True:
        try:
            answer = _get(url)
        except OSError:  # not listening yet, or rebuilding for longer than the timeout
            answer = (0, "")
        if wanted(*answer) or time.monotonic() > deadline:
            return answer
        time.sleep(1)


def test_serve_shows_the_problems_of_invalid_data_and_recovers(tmp_path):
    data = data_copy(tmp_path)
    plan = data / PLAN
    valid = plan.read_text(encoding="utf-8")
    line = valid.count("\n") + 1
    plan.write_text(valid + '"<b>x</b>": 1\n', encoding="utf-8")
    port = _free_port()
    env = dict(os.environ, THIDUA_DATA=str(data), SITE_URL="https://example.org/thidua/", NO_MKDOCS_2_WARNING="1")
    with open(tmp_path / "serve.log", "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    home = f"http://127.0.0.1:{port}/thidua/"
    page = home + "ke-hoach/" + PLAN.with_suffix("").as_posix() + "/"
    located = (
        f"campaigns/{PLAN.as_posix()}:{line}:1: trường “&lt;b&gt;x&lt;/b&gt;” không có trong mẫu dữ liệu — Gợi ý: "
    )
    try:
        deadline = time.monotonic() + 300
        status, html = _wait_for(home, lambda status, html: status != 0, deadline)
        assert status == 200 and located in html
        status, html = _get(page)  # the plan's page is not built: the "not found" page shows the problems
        assert status == 404 and located in html
        assert "<b>x</b>" not in html

        plan.write_text(valid, encoding="utf-8")
        status, html = _wait_for(page, lambda status, html: status == 200, deadline)
        assert status == 200 and "thidua-problems" not in html
        assert "Tùng Ảnh" in html
        assert "thidua-problems" not in _get(home)[1]
    finally:
        server.send_signal(signal.SIGINT)  # as Ctrl+C: the server deletes its temporary folders
        server.wait(timeout=30)
