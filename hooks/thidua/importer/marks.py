"""A value the importer guessed, with the reason a person must check it ("# KIỂM TRA: …")."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Marked:
    value: object
    reason: str


def unmarked(value: object) -> object:
    """The plain data: every Marked replaced by its value."""
    if isinstance(value, Marked):
        return unmarked(value.value)
    if isinstance(value, dict):
        return {key: unmarked(item) for key, item in value.items()}
    if isinstance(value, list):
        return [unmarked(item) for item in value]
    return value


def count_marks(value: object) -> int:
    if isinstance(value, Marked):
        return 1 + count_marks(value.value)
    if isinstance(value, dict):
        return sum(count_marks(item) for item in value.values())
    if isinstance(value, list):
        return sum(count_marks(item) for item in value)
    return 0
