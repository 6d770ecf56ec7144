"""How fast staff see the effect of saving one file, on a synthetic data set of N plans.

Run: .venv/bin/python tests/bench_feedback.py [--size 2000] [--saves 3] [--keep DIR]

It writes the synthetic data of tests/bench_site.py (N plans, N/2 honored people), then measures,
back to back in one run:
- `thidua validate` on the whole folder, with an empty source cache and then a warm one;
- `thidua validate FILE` on one plan (with the shared files and what the plan refers to);
- `mkdocs serve` and `mkdocs serve --dirty` (what `make serve` runs): seconds from start until the
  plan's page is served, then, for each save of the plan (its theme changed), seconds from the
  save until the page served shows the new theme.
Each figure is wall time on a machine other work may share: compare the rows of one run.
Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench_site import write_data
from thidua.caches import SOURCES, cache_folder

ROOT = Path(__file__).resolve().parent.parent
MARK = "- Chủ đề tổng hợp số "  # the first line of the plan's theme (chu_de), as tests/bench_site.py writes it


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def validate_times(work: Path, plan: Path) -> dict[str, float]:
    thidua = [sys.executable, "-m", "thidua.cli", "validate"]
    shutil.rmtree(cache_folder(work / "campaigns") / SOURCES, ignore_errors=True)
    return {
        "validate, cache trống": timed([*thidua, "campaigns"], work),
        "validate, cache sẵn": timed([*thidua, "campaigns"], work),
        "validate FILE": timed([*thidua, str(plan.relative_to(work))], work),
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, text: str | None, timeout: float = 1800) -> float:
    """Seconds until ``url`` answers (and shows ``text``, when given)."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                if text is None or text in response.read().decode("utf-8"):
                    return time.perf_counter() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not show {text!r} in {timeout} s")


def serve_times(work: Path, plan: Path, dirty: bool, saves: int) -> list[float]:
    port = free_port()
    env = os.environ | {"THIDUA_DATA": str(work / "campaigns"), "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", *(["--dirty"] if dirty else [])]
    plan_id = plan.relative_to(work / "campaigns").with_suffix("").as_posix()
    url = f"http://127.0.0.1:{port}/thidua/ke-hoach/{plan_id}/"
    original = plan.read_text(encoding="utf-8")
    with (work / f"serve-{'dirty' if dirty else 'clean'}.log").open("wb") as log:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            times = [wait_for(url, None)]
            for save in range(1, saves + 1):
                time.sleep(2)  # let the watcher settle after the previous build
                theme = f"Chủ đề đã sửa lần {save} {'dirty' if dirty else 'clean'}"
                plan.write_text(original.replace(MARK, f"{MARK}{theme} – ", 1), encoding="utf-8")
                times.append(wait_for(url, theme))
        finally:
            server.send_signal(signal.SIGINT)  # as Ctrl+C: the server deletes its temporary folders
            server.wait()
            plan.write_text(original, encoding="utf-8")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=2000, help="number of synthetic plans N (N/2 honored people)")
    parser.add_argument("--saves", type=int, default=3, help="saves of one plan per server")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="thidua-feedback-"))
    (work / "campaigns").mkdir(parents=True, exist_ok=True)
    write_data(work / "campaigns", args.size)
    plan = sorted((work / "campaigns").rglob("*-ke-hoach-tong-hop-00017.yaml"))[0]
    assert MARK in plan.read_text(encoding="utf-8")
    print(f"N = {args.size}; load at start {os.getloadavg()[0]:.1f}")
    for name, seconds in validate_times(work, plan).items():
        print(f"{name:<28} {seconds:8.1f} s")
    for dirty in (False, True):
        first, *saves = serve_times(work, plan, dirty, args.saves)
        label = "mkdocs serve --dirty" if dirty else "mkdocs serve"
        print(f"{label:<28} first page {first:6.1f} s; after a save: " + ", ".join(f"{s:.1f} s" for s in saves))
    print(f"load at end {os.getloadavg()[0]:.1f}")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
