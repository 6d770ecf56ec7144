"""A value the importer guessed, with the reason a person must check it ("# KIỂM TRA: …")."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Marked:
    value: object
    reason: str


def count_marks(value: object) -> int:
    if isinstance(value, Marked):
        return 1 + count_marks(value.value)
    if isinstance(value, dict):
        return sum(count_marks(item) for item in value.values())
    if isinstance(value, list):
        return sum(count_marks(item) for item in value)
    return 0
