"""Problems found in data files, located and worded for the staff who fix them."""

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    column: int
    message: str
    hint: str | None = None

    @property
    def explained(self) -> str:
        """The message, followed by the hint when there is one."""
        return f"{self.message} — Gợi ý: {self.hint}" if self.hint else self.message

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.explained}"


class DataError(Exception):
    """Raised when data files have problems; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
