"""Which files to load to check some files against the data they refer to, not the whole folder.

`thidua validate FILE` checks FILE with the shared files (movements, abbreviations, indicators,
former units) and: for a results report, the plan it names (``ke_hoach``); for a plan, its results
reports (``ket-qua/`` beside the plan, or in the same place under ``minh-hoa/`` for illustrative
ones), whose target ids must still be in the plan. An honored person names a plan only by id, and
whether that plan exists follows from the file names alone.
"""

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .datafile import refusal
from .layout import ILLUSTRATIVE_FOLDER, RESULTS_FOLDER, data_files, file_kind
from .sourcecache import SourceCache
from .yamlsource import read_yaml


@dataclass(frozen=True)
class Focus:
    every_file: list[Path]  # as ``layout.data_files`` lists them
    files: list[Path]  # to load, in the same order
    checked: frozenset[str]  # absolute paths whose problems concern the files asked for

    def reported(self, path: Path) -> bool:
        return os.path.abspath(path) in self.checked


def focus_on(root: Path, asked: Sequence[Path], include_illustrative: bool, cache: SourceCache | None) -> Focus:
    """What to load to check ``asked`` (files or folders under ``root``)."""
    every_file = data_files(root, include_illustrative)
    inside = [os.path.relpath(os.path.abspath(f), os.path.abspath(root)) for f in asked]  # "." for root itself
    relative = {path: path.relative_to(root) for path in every_file}
    wanted = {
        path for path, rel in relative.items()
        if any(part == "." or rel.as_posix() == part or rel.as_posix().startswith(part + "/") for part in inside)
    }
    by_id = {rel.with_suffix("").as_posix(): path for path, rel in relative.items()}
    related, reports = set(wanted), set()
    for path in wanted:
        kind = file_kind(relative[path])
        if kind == "report" and not refusal(root, path):
            plan = _named_plan(path, cache)
            if plan in by_id:
                related.add(by_id[plan])
        elif kind == "campaign":
            folder = relative[path].parent
            beside = {folder / RESULTS_FOLDER, Path(ILLUSTRATIVE_FOLDER) / folder / RESULTS_FOLDER}
            reports.update(p for p, rel in relative.items() if rel.parent in beside)
    shared = {path for path, rel in relative.items() if file_kind(rel) in ("shared", "former")}
    return Focus(
        every_file,
        [path for path in every_file if path in related | reports | shared],
        frozenset(os.path.abspath(path) for path in wanted | reports),
    )


def _named_plan(path: Path, cache: SourceCache | None) -> str | None:
    data = read_yaml(path, cache=cache).data
    plan = data.get("ke_hoach") if isinstance(data, dict) else None
    return plan if isinstance(plan, str) else None


def within(path: Path, wanted: Path) -> bool:
    """Whether ``path`` is ``wanted`` or inside it (a link is not followed)."""
    path, wanted = Path(os.path.abspath(path)), Path(os.path.abspath(wanted))
    return path == wanted or wanted in path.parents
