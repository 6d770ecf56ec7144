"""What the benchmarks (tests/bench_*.py) share to measure and to report.

- ``measured_run``: a command in a fresh child, its wall and CPU seconds and the peak memory of its
  process tree (``TreeMemory`` samples /proc), with the load average before and after;
- ``tree_bytes``, ``tree_blocks``: what a folder publishes, and what it takes on disk;
- ``size_text``, ``mib``: byte counts as the reports print them; ``load_average``; ``print_header``;
- ``launch_chromium``; ``FILE_KINDS``, ``file_kind``, ``wire_bytes``: what a browser fetched from a
  pagefind/ folder, by kind of file.
Not a test: pytest does not collect it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from conftest import CHROMIUM_ARGS

SAMPLE_SECONDS = 0.2


def _descendants(root: int) -> list[int]:
    """``root`` and every process under it (the Pagefind binary is a grandchild of the build)."""
    parents = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found = [root]
    for pid in found:  # grows while it is walked: breadth first
        found += [child for child, parent in parents.items() if parent == pid]
    return found


def _memory(pid: int) -> tuple[str, int, int] | None:
    """Name, current RSS and peak RSS (VmHWM) in bytes, or None once the process is gone."""
    try:
        fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    except OSError:
        return None
    if "VmRSS" not in fields:  # a zombie
        return None
    kib = [int(fields[key].split()[0]) * 1024 for key in ("VmRSS", "VmHWM")]
    return fields["Name"].strip(), kib[0], kib[1]


class TreeMemory(threading.Thread):
    """Samples the memory of a process tree: the largest sum of RSS at one moment (the Python build
    and Pagefind together), and each process's own peak (VmHWM, its last value seen)."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_sum = 0
        self.peaks: dict[int, tuple[str, int]] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(SAMPLE_SECONDS):
            found = [(pid, m) for pid in _descendants(self.pid) if (m := _memory(pid))]
            self.peak_sum = max(self.peak_sum, sum(rss for _, (_, rss, _) in found))
            self.peaks.update((pid, (name, peak)) for pid, (name, _, peak) in found)

    def stop(self) -> list[tuple[str, int]]:
        """The processes' peaks, largest first (those above 16 MiB)."""
        self.done.set()
        self.join()
        return sorted((p for p in self.peaks.values() if p[1] > 16 * 1024 * 1024), key=lambda p: -p[1])


def measured_run(command: list[str], cwd: Path, env: dict, log: Path) -> dict:
    """``command`` in a fresh child, its output in ``log``: wall seconds, CPU seconds and peak memory
    of its process tree; exits with the end of the log if it fails."""
    load_before = os.getloadavg()
    with log.open("wb") as out:
        started = time.time()
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        memory = TreeMemory(child.pid)
        memory.start()
        _, status, usage = os.wait4(child.pid, 0)
        ended = time.time()
        peaks = memory.stop()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        sys.exit(f"build failed ({child.returncode}), see {log}:\n" + log.read_text(errors="replace")[-3000:])
    return {
        "started": started,
        "seconds": ended - started,
        # the child and the processes it waited for (Pagefind): less sensitive than wall time to other loads
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_rss": usage.ru_maxrss * 1024,  # the largest single process of the tree
        "peak_sum": memory.peak_sum,
        "peaks": peaks,
        "load": (load_before, os.getloadavg()),
    }


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def tree_blocks(folder: Path) -> int:
    """Bytes allocated on disk (du): many small files take a whole block each."""
    return sum(p.stat().st_blocks * 512 for p in folder.rglob("*") if p.is_file())


def size_text(count: float) -> str:
    if count >= 1024 * 1024:
        return f"{count / 1024 / 1024:.1f} MiB"
    return f"{count / 1024:.1f} KiB"


def mib(count: float) -> str:
    return f"{count / 1024 / 1024:.2f} MiB" if count >= 1024 * 1024 else f"{count / 1024:.0f} KiB"


def load_average() -> str:
    """The load average over 1, 5 and 15 minutes: "0.8 1.8 2.1"."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def print_header(header: str) -> None:
    """A table's header line, underlined."""
    print(header)
    print("-" * len(header))


def launch_chromium(pw):
    """Debian's Chromium (env CHROMIUM overrides /usr/bin/chromium), headless, as the tests launch it."""
    return pw.chromium.launch(executable_path=os.environ.get("CHROMIUM") or "/usr/bin/chromium", args=CHROMIUM_ARGS)


# Kinds of files fetched from pagefind/, by how their names end.
FILE_KINDS = {
    "pagefind.js": "pagefind.js",
    ".pagefind": "WASM",
    ".pf_meta": "meta",
    ".pf_index": "index",
    ".pf_filter": "filter",
    ".pf_fragment": "fragment",
    ".json": "entry",
}
KIND_NAMES = list(dict.fromkeys(FILE_KINDS.values()))


def file_kind(url: str) -> str:
    """The kind of the file at ``url`` (FILE_KINDS), else its name."""
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    return next((kind for end, kind in FILE_KINDS.items() if name.endswith(end)), name)


def wire_bytes(request) -> int:
    """Bytes of a finished Playwright request's response on the wire: body (as served) and headers."""
    sizes = request.sizes()
    return sizes["responseBodySize"] + sizes["responseHeadersSize"]
