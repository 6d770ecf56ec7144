"""`mkdocs serve` stopped by SIGTERM (`kill`, a service manager) ends as Ctrl+C ends it: the server
shuts down, exits with the same status, and leaves none of its temporary folders behind."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _served(url: str, server: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=30):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise AssertionError(f"{url} was not served")


def _default_sigint() -> None:
    """In the server: Ctrl+C's default action, even when this test runs with SIGINT ignored (in the background)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("dirty", [False, True], ids=["serve", "serve --dirty"])
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["Ctrl+C", "SIGTERM"])
def test_a_stopped_server_exits_as_on_ctrl_c_and_deletes_its_temporary_folders(tmp_path, stop, dirty):
    temporary = tmp_path / "tmp"  # the server's own TMPDIR: only its folders are in it
    temporary.mkdir()
    port = _free_port()
    env = dict(os.environ, TMPDIR=str(temporary), NO_MKDOCS_2_WARNING="1")
    env.pop("THIDUA_DATA", None)
    with open(tmp_path / "serve.log", "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", *(["--dirty"] if dirty else [])],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, preexec_fn=_default_sigint,
        )
    try:
        _served(f"http://127.0.0.1:{port}/thidua/", server)
        made = sorted(path.name for path in temporary.iterdir())
        assert any(name.startswith("mkdocs_") for name in made) and any(name.startswith("thidua-") for name in made)
        server.send_signal(stop)
        assert server.wait(timeout=60) == 0, Path(tmp_path / "serve.log").read_text(encoding="utf-8")[-3000:]
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert sorted(Path(temporary).iterdir()) == []
