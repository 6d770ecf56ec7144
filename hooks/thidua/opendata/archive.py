"""One ZIP of all open data, with a manifest of every file's size and SHA-256 (beside it and inside it).

Deterministic: names sorted, every entry with the same timestamp and mode, so that identical data
gives identical bytes.
"""

import hashlib
import json
import zipfile
from pathlib import Path

MANIFEST = "manifest.json"
ARCHIVE = "du-lieu.zip"
_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a ZIP entry can hold


def manifest(folder: Path, paths: list[str]) -> dict:
    files = []
    for path in sorted(paths):
        data = (folder / path).read_bytes()
        files.append({"tep": path, "kich_thuoc": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    return {"tep": files}


def write_archive(folder: Path, paths: list[str]) -> None:
    """manifest.json of ``paths`` (relative to ``folder``), then du-lieu.zip of them and the manifest."""
    (folder / MANIFEST).write_text(json.dumps(manifest(folder, paths), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with zipfile.ZipFile(folder / ARCHIVE, "w") as archive:
        for path in sorted([*paths, MANIFEST]):
            entry = zipfile.ZipInfo(path, date_time=_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # Unix, whatever machine builds
            entry.external_attr = 0o100644 << 16
            archive.writestr(entry, (folder / path).read_bytes())
