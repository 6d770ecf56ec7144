"""One ZIP of all open data, with a manifest of every file's size and SHA-256 (beside it and inside it).

Deterministic: names sorted, every entry with the same timestamp and mode, so that identical data
gives identical bytes.
"""

import hashlib
import zipfile
from pathlib import Path

from ..writing import SiteFiles
from .jsontext import json_text

MANIFEST = "manifest.json"
ARCHIVE = "du-lieu.zip"
_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a ZIP entry can hold


def manifest(contents: dict[str, bytes]) -> dict:
    """``contents``: each file's bytes, by path."""
    files = [
        {"tep": path, "kich_thuoc": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for path, data in sorted(contents.items())
    ]
    return {"tep": files}


class ArchivedFiles(SiteFiles):
    """The files of open data, each kept as written for the archive rather than read back (a
    thousand files at 1,000 plans): held from their writing on, as the archive held them all."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.written: dict[str, bytes] = {}

    def write(self, relative: str, data: bytes) -> None:
        super().write(relative, data)
        self.written[relative] = data


def write_archive(files: ArchivedFiles, paths: list[str]) -> None:
    """manifest.json of ``paths`` (under ``files``' folder), then du-lieu.zip of them and the manifest."""
    contents = {path: files.written[path] if path in files.written else Path(files.root, path).read_bytes() for path in paths}
    contents[MANIFEST] = (json_text(manifest(contents)) + "\n").encode()
    files.write(MANIFEST, contents[MANIFEST])
    with zipfile.ZipFile(files.path(ARCHIVE), "w") as archive:
        for path, data in sorted(contents.items()):
            entry = zipfile.ZipInfo(path, date_time=_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # Unix, whatever machine builds
            entry.external_attr = 0o100644 << 16
            archive.writestr(entry, data)
