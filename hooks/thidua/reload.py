"""The data set of `mkdocs serve`, loaded again after a save: only the files that changed are read.

``load_dataset`` reads every file under the data folder (through the source cache, each is still
opened, hashed and checked): at province size (30,000 files) that is most of a rebuild. ``Reloads``
keeps the last data set loaded without problems and the stamp of every file under its folder
(modification time, size, inode, type): a plan, honored person or results report whose stamp
changed, or that came or went, is read again, and its records replace its old ones; every other
file keeps the records it gave.

What a record is made of, besides its own file, is the register with the declared former units, and
the files its data names (the original text of a plan, a person's photo), which lie in the folder of
the file (``datafile.beside``). So a change of any other file in a folder reads again the data files
of that folder, and a change to a shared list, the declared former units or a link loads
everything. The checks across files (``_cross_check``) run again; those of a plan's references to
the shared lists, for the plans read again only. The data set is then the one ``load_dataset``
gives for the same files (tests/test_reload.py). A file changed again within the clock's
resolution of the moment its stamp was taken could keep its stamp: such a recent file is read
again the next time too.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from .dataset import Dataset, _cross_check, _load_file, load_dataset
from .datafile import printable, refusal
from .layout import HUB_FILE, ILLUSTRATIVE_FOLDER, file_kind
from .problems import DataError, Problem
from .sourcecache import SourceCache
from .yamlsource import read_yaml

Stamp = tuple[int, int, int, int]  # (mtime_ns, size, inode, mode)
RECENT_NS = 2_000_000_000  # a stamp this close to when it was taken may not show a change made in the same tick
_RELOADED_KINDS = ("campaign", "exemplar", "report")  # what no other file's record is made of


@dataclass(frozen=True)
class Stamps:
    files: dict[str, Stamp]  # every file and link under the folder, by path relative to it (POSIX form)
    recent: set[str]  # files changed so shortly before their stamp was taken that they are read again next time


def file_stamps(root: Path) -> Stamps:
    """The stamps of every file and link under ``root`` (folders are followed, links are not)."""
    taken = time.time_ns()
    files: dict[str, Stamp] = {}
    folders = [""]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(root / folder) as entries:
                for entry in entries:
                    relative = f"{folder}{entry.name}"
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(f"{relative}/")
                        continue
                    try:
                        info = entry.stat(follow_symlinks=False)
                    except FileNotFoundError:  # gone since the folder was listed
                        continue
                    files[relative] = (info.st_mtime_ns, info.st_size, info.st_ino, info.st_mode)
        except OSError:  # a folder that cannot be read, or gone: not seen, as by ``os.walk`` (``layout.data_files``)
            continue
    return Stamps(files, {path for path, stamp in files.items() if stamp[0] > taken - RECENT_NS})


@dataclass(frozen=True)
class _Loaded:
    dataset: Dataset
    stamps: Stamps
    options: tuple


class Reloads:
    """What one load of the data under `mkdocs serve` keeps for the next."""

    def __init__(self) -> None:
        self._last: _Loaded | None = None

    def load(self, root: Path, *, include_illustrative: bool, display_root: Path, cache: SourceCache) -> Dataset:
        """``load_dataset(root, …)`` (raises DataError), reading only the files changed since the
        last data set loaded without problems."""
        stamps = file_stamps(root)
        options = (root, include_illustrative, display_root)
        last = self._last if self._last is not None and self._last.options == options else None
        to_read = _to_read(last.stamps, stamps, include_illustrative) if last is not None else None
        if to_read is None:
            dataset = load_dataset(root, include_illustrative=include_illustrative, display_root=display_root, cache=cache)
        elif not to_read:
            dataset = last.dataset
        else:
            dataset = _reload(last.dataset, to_read, stamps.files, include_illustrative, display_root, cache)
        self._last = _Loaded(dataset, stamps, options)
        return dataset


def _loaded(relative: str, include_illustrative: bool) -> bool:
    """Whether ``load_dataset`` loads the file (``layout.data_files``), for a regular file."""
    name = relative.rpartition("/")[2]
    dot = name.rfind(".")  # where ``Path.suffix`` starts
    return (
        dot > 0 and name[dot:] in (".yaml", ".yml") and relative != HUB_FILE
        and (include_illustrative or relative.partition("/")[0] != ILLUSTRATIVE_FOLDER)
    )


def _to_read(last: Stamps, now: Stamps, include_illustrative: bool) -> set[str] | None:
    """The data files to read again (some may be gone), or None when everything is to be loaded."""
    changed = {path for path in last.files.keys() | now.files.keys() if last.files.get(path) != now.files.get(path)}
    changed |= last.recent
    folders = {path.rpartition("/")[0] for path in changed if not _loaded(path, include_illustrative)}
    to_read = {path for path in changed if _loaded(path, include_illustrative)}
    if folders:  # files a data file may name (``datafile.beside``): the data files beside them are read again
        to_read |= {path for path in now.files if path.rpartition("/")[0] in folders and _loaded(path, include_illustrative)}
    for path in changed | to_read:
        stamp = now.files.get(path) or last.files.get(path)
        if stamp is not None and not stat.S_ISREG(stamp[3]):
            return None  # a link, a pipe…: ``load_dataset`` says what it makes of it
    if any(file_kind(Path(path)) not in _RELOADED_KINDS for path in to_read):
        return None
    return to_read


def _sort_key(relative: str) -> list[str]:
    return relative.split("/")  # the order of ``sorted`` over the files' paths (``layout.data_files``)


def _id(relative: str) -> str:
    """The record id of a data file: its path without ``.yaml`` (or ``.yml``)."""
    return relative.rpartition(".")[0]


def _reload(
    last: Dataset, to_read: set[str], stamps: dict[str, Stamp], include_illustrative: bool, display_root: Path,
    cache: SourceCache,
) -> Dataset:
    root = last.root
    dropped = {_id(relative) for relative in to_read}
    present = sorted((path for path in stamps if _loaded(path, include_illustrative)), key=_sort_key)
    order = {_id(path): index for index, path in enumerate(present)}
    dataset = Dataset(
        root, last.register, movements=last.movements, abbreviations=last.abbreviations, indicators=last.indicators,
        former_units=last.former_units, former_declarations=last.former_declarations,
    )
    dataset.files = {
        _id(path): last.files[_id(path)] if _id(path) not in dropped else (file_kind(Path(path)), display_root / path)
        for path in present
    }
    dataset.campaigns = [record for record in last.campaigns if record.id not in dropped]
    dataset.exemplars = [record for record in last.exemplars if record.id not in dropped]
    dataset.reports = [record for record in last.reports if record.id not in dropped]
    sources = {record_id: source for record_id, source in last.sources.items() if record_id not in dropped}
    problems: list[Problem] = []
    for relative in sorted((path for path in to_read if path in stamps), key=_sort_key):
        path = root / relative
        refused = refusal(root, path)
        if refused:
            problems.append(Problem(display_root / printable(Path(relative)), 1, 1, refused.message, refused.hint))
            continue
        source = read_yaml(path, display_root / relative, cache)
        sources[_id(relative)] = source
        problems.extend(_load_file(dataset, path, Path(relative), source, cache))
    dataset.sources = {record_id: sources[record_id] for record_id in sorted(sources, key=_load_order(dataset, order))}
    for records in (dataset.campaigns, dataset.exemplars, dataset.reports):
        records.sort(key=lambda record: order[record.id])
    problems.extend(_cross_check(dataset, [record for record in dataset.campaigns if record.id in dropped]))
    cache.save()
    cache.forget({source.cache_key for source in dataset.sources.values()}, on_disk=False)
    if problems:
        raise DataError(problems)
    return dataset


def _load_order(dataset: Dataset, order: dict[str, int]):
    """Declared former units first, then every other file in the order of their paths (``load_dataset``)."""
    return lambda record_id: (dataset.files[record_id][0] != "former", order[record_id])
