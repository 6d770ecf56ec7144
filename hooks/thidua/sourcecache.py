"""Data files already read, kept by the hash of their text, so that an unchanged file is not parsed again.

Reading a file (YAML events, nodes, positions, the checks of ``yamlsource``) is most of the cost of
loading the data set. ``mkdocs serve`` keeps what it read in memory between rebuilds, so saving one
plan re-reads that plan alone; builds and ``thidua validate`` also keep it on disk, in the data
folder's cache (``.cache/nguon/`` beside it: thidua.caches), so the next run starts warm. What a
file's text gives is kept with it: the problems checks found (``found_by``) and, in memory only, the
validated model (``validated``: models are frozen), so `mkdocs serve` validates again only the files
that changed. A key covers the text; entries live in a folder named after the code of the ``thidua``
package, so new code starts afresh and the folders of older code are deleted. After a load of the
whole data set, entries of files that are gone or changed are deleted too: the cache stays the size
of the data. On disk an entry is plain values in ``marshal`` form after a checksum of them: loading
one never runs code, and an entry that cannot be read or is damaged is a miss. Only its positions
are compressed, which are read only for a file with a problem: inflating whole entries took a
quarter of the time of reading them back.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import shutil
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from .problems import Problem

if TYPE_CHECKING:  # yamlsource reads through this cache
    from .yamlsource import SourceFile

# (data, locations in marshal form, compressed (read only when asked: SourceFile.locations), comments, problems
# as (line, column, message, hint), and the problems of the checks of its text by the checks' name: ``found_by``)
Entry = tuple
_CHECKSUM = 4  # bytes of the CRC-32 of an entry's marshal form, before it in its file


@cache
def code_version() -> str:
    """A hash of the package's Python code: an entry written by other code is never used."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass
class SourceCache:
    """Entries in memory, and under ``folder`` when given."""

    folder: Path | None = None
    _memory: dict[str, Entry] = field(default_factory=dict)
    _unsaved: set[str] = field(default_factory=set)  # keys of entries new or changed since ``save``
    _models: dict[tuple[str, str], BaseModel] = field(default_factory=dict)  # (key, model name) -> validated
    hits: int = 0
    misses: int = 0

    def key(self, data: bytes) -> str:
        """The key of a file's bytes (the same as of its text: the key of a text is of its UTF-8 bytes)."""
        return hashlib.sha256(data).hexdigest()

    def get(self, key: str) -> Entry | None:
        entry = self._memory.get(key)
        if entry is None and self.folder is not None:
            entry = _read(self._path(key))
            if entry is not None:
                self._memory[key] = entry
        if entry is None:
            self.misses += 1
        else:
            self.hits += 1
        return entry

    def put(self, key: str, entry: Entry) -> None:
        self._memory[key] = entry
        self._unsaved.add(key)

    def checks(self, key: str, name: str) -> list[Problem] | None:
        """The problems (without a path) the checks ``name`` found in a text, if known: the entry
        was read by ``get`` just before."""
        entry = self._memory.get(key)
        return None if entry is None else entry[4].get(name)

    def put_checks(self, key: str, name: str, problems: list[Problem]) -> None:
        entry = self._memory.get(key)
        if entry is None:
            return
        entry[4][name] = [(p.line, p.column, p.message, p.hint) for p in problems]
        self._unsaved.add(key)

    def validated(self, key: str, model: type[BaseModel], validate: Callable[[], BaseModel]) -> BaseModel:
        """The model ``validate`` gives for the text of ``key``, validated once while the cache
        lives (``validate`` raises on invalid data: nothing is kept)."""
        found = self._models.get((key, model.__name__))
        if found is None:
            found = self._models[key, model.__name__] = validate()
        return found

    def save(self) -> None:
        """Write the entries made since the last save to the folder, each once (a file read and
        checked for the first time gives its entry, then the problems its checks found)."""
        if self.folder is not None:
            for key in self._unsaved & self._memory.keys():
                _write(self._path(key), self._memory[key])
        self._unsaved.clear()

    def forget(self, keep: set[str], on_disk: bool = True) -> None:
        """Drop every entry whose key is not in ``keep`` (files deleted or changed), and the entries
        of older code; in memory only unless ``on_disk`` (`mkdocs serve`'s reloads of a few files
        leave the folder to the next full load)."""
        self._memory = {key: entry for key, entry in self._memory.items() if key in keep}
        self._models = {found: model for found, model in self._models.items() if found[0] in keep}
        if not on_disk or self.folder is None or not self.folder.is_dir():
            return
        current = Path(self._path("00")).parent.parent
        for path in self.folder.iterdir():
            if path != current:
                shutil.rmtree(path, ignore_errors=True)
        for path in current.glob("*/*.bin") if current.is_dir() else ():
            if path.stem not in keep:
                path.unlink(missing_ok=True)

    def _path(self, key: str) -> str:
        """Text, not a Path: a load asks for one per file, and pathlib's joins cost more than the reads."""
        return f"{self.folder}/{code_version()[:16]}/{key[:2]}/{key}.bin"


def found_by(check: Callable[[], list[Problem]], name: str, source: SourceFile, cache: SourceCache | None) -> list[Problem]:
    """The problems ``check`` (named ``name``, one name per check and kind of file) finds in
    ``source``: found once per text when ``cache`` holds it, kept without the file's path."""
    known = cache.checks(source.cache_key, name) if cache is not None and source.cache_key else None
    if known is not None:
        return [Problem(source.path, *problem) for problem in known]
    problems = check()
    if cache is not None and source.cache_key:
        cache.put_checks(source.cache_key, name, problems)
    return problems


def problems_of(entry: Entry, path: Path) -> list[Problem]:
    return [Problem(path, *problem) for problem in entry[3]]


def _read(path: str) -> Entry | None:
    try:
        with open(path, "rb") as file:
            stored = memoryview(file.read())
        if zlib.crc32(stored[_CHECKSUM:]) != int.from_bytes(stored[:_CHECKSUM], "big"):
            return None
        entry = marshal.loads(stored[_CHECKSUM:])
    except (OSError, ValueError, EOFError, TypeError):
        return None
    valid = isinstance(entry, tuple) and len(entry) == 5 and isinstance(entry[1], bytes) and isinstance(entry[4], dict)
    return entry if valid else None


def _write(path: str, entry: Entry) -> None:
    """Written beside and renamed into place: a reader never sees half an entry. A cache that cannot
    be written (a read-only checkout, a full disk) only makes the next run slower."""
    try:
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        packed = marshal.dumps(entry)
        with os.fdopen(handle, "wb") as file:
            file.write(zlib.crc32(packed).to_bytes(_CHECKSUM, "big") + packed)
        os.replace(temporary, path)
    except OSError:
        return
