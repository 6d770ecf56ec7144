"""Last-updated dates of data files from git history, in one pass (never one call per file)."""

import subprocess
from pathlib import Path


def last_updated(repository: Path, folder: str) -> dict[str, str]:
    """Repository-relative path -> ISO date of the newest commit touching it; {} without git."""
    try:
        log = subprocess.run(
            ["git", "log", "--format=#%cs", "--name-only", "--", folder],
            cwd=repository, capture_output=True, text=True, check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[str, str] = {}
    current = ""
    for line in log.splitlines():
        if line.startswith("#"):
            current = line[1:]
        elif line:
            dates.setdefault(line, current)
    return dates
