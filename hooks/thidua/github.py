"""Problems as GitHub Actions shows them: annotations on the pull request and the job summary."""

import os
import re
from collections.abc import Sequence
from pathlib import Path

from .problems import Problem

# GitHub Actions reads the step summary (Markdown) from the file this variable names.
SUMMARY_VARIABLE = "GITHUB_STEP_SUMMARY"
# Markdown (and GitHub math) syntax characters, written as numeric character references: every
# Markdown renderer then shows them as themselves, table-cell separators included.
_MARKDOWN_SYNTAX = re.compile(r"[\\`*_{}\[\]()<>#+!|~$&]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem) -> str:
    """One `::error` workflow command, shown on the file and line in a pull request."""
    properties = ",".join(
        f"{name}={_escape_property(value)}"
        for name, value in (("file", str(problem.path)), ("line", str(problem.line)), ("col", str(problem.column)))
    )
    return f"::error {properties}::{_escape_data(problem.explained)}"


def _markdown_cell(text: str) -> str:
    escaped = _MARKDOWN_SYNTAX.sub(lambda found: f"&#{ord(found.group())};", text)
    return _LINE_BREAK.sub("<br>", escaped)


def summary(problems: Sequence[Problem]) -> str:
    """Every problem as a Markdown table, with counts: annotations show only the first few."""
    files = len({problem.path for problem in problems})
    rows = [
        f"### Dữ liệu có {len(problems)} lỗi trong {files} tệp",
        "",
        "| Tệp | Dòng | Cột | Lỗi | Gợi ý |",
        "|---|---:|---:|---|---|",
    ]
    rows += [
        "| " + " | ".join(
            _markdown_cell(str(cell)) for cell in (p.path, p.line, p.column, p.message, p.hint or "")
        ) + " |"
        for p in problems
    ]
    return "\n".join(rows) + "\n"


def write_summary(problems: Sequence[Problem]) -> None:
    """Append the summary to the job summary, when running in GitHub Actions."""
    target = os.environ.get(SUMMARY_VARIABLE)
    if target:
        with Path(target).open("a", encoding="utf-8") as file:
            file.write(summary(problems))
