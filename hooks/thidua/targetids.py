"""Target ids (``ma``): make one from a target's text, and write the missing ones into a plan file.

An id is written once and then kept: reports and links name a target by it, so inserting or
reordering lines never changes which target an id means. The file is edited line by line at the
positions the reader recorded (``SourceFile.locations``), so comments, quoting and layout stay
exactly as staff wrote them: only the new ``ma:`` lines are added.
"""

from dataclasses import dataclass
from pathlib import Path

from slugify import slugify

from .datafile import MAX_YAML_BYTES, Refusal, read_text
from .model.campaign import Campaign
from .problems import Problem
from .validation import validate_source
from .yamlsource import read_yaml

_WORDS = 5
_MAX_LENGTH = 40


def new_id(text: str, taken: set[str]) -> str:
    """A short slug of the first words of ``text``, not in ``taken`` (which it joins)."""
    words = slugify(text, max_length=_MAX_LENGTH, word_boundary=True).split("-")[:_WORDS]
    base = "-".join(w for w in words if w) or "chi-tieu"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


@dataclass(frozen=True)
class Assigned:
    path: Path
    ids: list[str]
    problems: list[Problem]


def assign_ids(path: Path) -> Assigned:
    """Write an id for every target of the plan at ``path`` that has none; keep every other byte."""
    source = read_yaml(path)
    campaign = validate_source(source, Campaign) if not source.problems else None
    if campaign is None:
        return Assigned(path, [], source.problems)
    text = read_text(path, MAX_YAML_BYTES)
    if isinstance(text, Refusal):
        return Assigned(path, [], [Problem(path, text.line, text.column, text.message, text.hint)])
    entries = list(campaign.iter_targets())
    taken = {e.target.id for e in entries if e.target.id}
    insertions = [
        (source.locations[e.path], new_id(e.target.text, taken)) for e in entries if e.target.id is None
    ]
    if insertions:
        path.write_text(insert_first_keys(text, [(at, "ma", target_id) for at, target_id in insertions]), encoding="utf-8")
    return Assigned(path, [target_id for _, target_id in insertions], [])


def insert_first_keys(text: str, insertions: list[tuple[tuple[int, int], str, str]]) -> str:
    """``text`` with ``key: value`` written first in each mapping that starts at (line, column)."""
    lines = text.splitlines(keepends=True)
    for (line, column), key, value in sorted(insertions, reverse=True):
        row = lines[line - 1]
        at = column - 1
        if row[at] == "{":  # a flow mapping: {so: "-", nguyen_van: …}
            lines[line - 1] = f"{row[:at + 1]}{key}: {value}, {row[at + 1:]}"
        else:  # a block mapping: the new key goes first, the old first key moves to the next line
            lines[line - 1] = f"{row[:at]}{key}: {value}\n{' ' * at}{row[at:]}"
    return "".join(lines)
