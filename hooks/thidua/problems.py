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

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}:{self.column}: {self.message}"
        return f"{text} — Gợi ý: {self.hint}" if self.hint else text

    def github_annotation(self) -> str:
        """One GitHub Actions workflow command, shown on the file and line in a pull request."""
        message = self.message + (f" — Gợi ý: {self.hint}" if self.hint else "")
        message = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::error file={self.path},line={self.line},col={self.column}::{message}"


class DataError(Exception):
    """Raised when data files have problems; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
