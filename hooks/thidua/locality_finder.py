"""The locality finder's index: every unit of the register, both eras, for typing without marks.

Written beside the site as ``tim-dia-phuong/<prefix>.json``, one file per ``PREFIX_LENGTH``
first letters of a unit's folded name without its type word ("Xã Tùng Ảnh" -> "tu"), so that a
query downloads only the files of its prefix. Each file is a JSON list of units::

    [name, parents, era, successors, url]
    ["Xã Tùng Ảnh", "Đức Thọ, Hà Tĩnh", "legacy", "Xã Đức Thọ", "dia-phuong/truoc-2025/…/xa-tung-anh/"]

``parents`` are the containing units' names without type word, nearest first; ``successors``
the current units a former unit went into (empty for a current unit); ``url`` the unit's own page
or else the page of the unit that covers it today (then of the nearest containing unit), ""
if none has a page. overrides/assets/javascripts/localities.js reads the files.
"""

import json
import re
from collections import defaultdict
from collections.abc import Mapping
from itertools import chain
from pathlib import Path

from .register import LEGACY, Register, Unit
from .text import fold

FOLDER = "tim-dia-phuong"
PREFIX_LENGTH = 2
_NOT_LETTER = re.compile(r"[^a-z0-9]")


def prefix(name: str) -> str:
    """The file key of a unit's name without type word: "Tùng Ảnh" -> "tu", "Quận 1" -> "qu"."""
    return _NOT_LETTER.sub("", fold(name))[:PREFIX_LENGTH]


def finder_entry(register: Register, page_urls: Mapping[str, str], unit: Unit) -> list[str]:
    """The unit's entry; ``page_urls`` are the URLs of the units that have a page, by unit key."""
    parents = ", ".join(parent.short_name for parent in reversed(register.ancestors(unit)))
    successors = list(register.successors(unit)) if unit.era == LEGACY else []
    return [unit.name, parents, unit.era, ", ".join(s.name for s in successors), _target(register, page_urls, unit, successors)]


def _target(register: Register, page_urls: Mapping[str, str], unit: Unit, successors: list[Unit]) -> str:
    """The page a suggestion leads to: the unit's own, else today's unit's, else the nearest
    containing unit's (today's first)."""
    candidates = chain(
        [unit, *successors],
        (parent for successor in successors for parent in reversed(register.ancestors(successor))),
        (parent for parent in reversed(register.ancestors(unit))),
    )
    return next((page_urls[u.key] for u in candidates if u.key in page_urls), "")


def write_locality_finder(build, site_dir: Path) -> dict[str, int]:
    """Write the index files of ``build`` (its data set, and the URL of each locality that has a page,
    ``locality_urls``); returns ``units``, ``files`` and ``largest_bytes`` (uncompressed)."""
    register = build.dataset.register
    files: dict[str, list[list[str]]] = defaultdict(list)
    for unit in (*register.units(), *build.dataset.former_units):  # and the units merged before 30 June 2025
        files[prefix(unit.short_name)].append(finder_entry(register, build.locality_urls, unit))
    folder = Path(site_dir) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    sizes = []
    for key, entries in sorted(files.items()):
        data = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode()
        (folder / f"{key}.json").write_bytes(data)
        sizes.append(len(data))
    return {"units": sum(map(len, files.values())), "files": len(files), "largest_bytes": max(sizes)}
