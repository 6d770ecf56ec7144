"""`thidua validate --format github`: annotations GitHub reads back intact, and every problem in the job summary."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

from thidua.cli import main
from thidua.github import annotation, summary
from thidua.problems import Problem

ROOT = Path(__file__).resolve().parent.parent
PLAN = "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml"
# Text that means something to the workflow-command parser or to Markdown.
AWKWARD = "50% | *đậm* _nghiêng_ `mã` [liên kết](javascript:alert(1)) <script>x</script> &amp; \\ ~~ $x$, a: b\r\nhết"


def parse_workflow_command(line: str) -> tuple[str, dict[str, str], str]:
    """Read a `::command key=value,…::data` line back the way the Actions runner does."""

    def unescape(text: str, *, prop: bool) -> str:
        pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else []) + [("%25", "%")]
        for escaped, raw in pairs:
            text = text.replace(escaped, raw)
        return text

    found = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", line, re.S)
    assert found, f"not a workflow command: {line!r}"
    command, properties, data = found.groups()
    values = {}
    for item in properties.split(","):
        key, _, value = item.partition("=")
        values[key] = unescape(value, prop=True)
    return command, values, unescape(data, prop=False)


def test_annotation_round_trips_paths_and_messages_with_separators():
    problem = Problem(Path("campaigns/a,b/c:d%e.yaml"), 7, 3, "sai, chỗ này: 100%\nxuống dòng", "viết “x”")
    line = annotation(problem)
    assert "\n" not in line and "\r" not in line
    assert parse_workflow_command(line) == (
        "error",
        {"file": "campaigns/a,b/c:d%e.yaml", "line": "7", "col": "3"},
        "sai, chỗ này: 100%\nxuống dòng — Gợi ý: viết “x”",
    )


def rendered_rows(text: str) -> list[list[str]]:
    """The summary as GitHub shows it: Markdown rendered to HTML, cells read as text."""
    soup = BeautifulSoup(markdown.markdown(text, extensions=["tables"]), "html.parser")
    rows = []
    for row in soup.select("tbody tr"):
        cells = row.find_all("td")
        for cell in cells:
            assert not cell.find(lambda tag: tag.name != "br"), f"markup inside a cell: {cell}"
            for br in cell.find_all("br"):
                br.replace_with("\n")
        rows.append([cell.get_text() for cell in cells])
    return rows


def test_summary_cells_read_back_as_the_original_text():
    problems = [
        Problem(Path("campaigns/x.yaml"), 1, 2, AWKWARD, AWKWARD),
        Problem(Path("campaigns/a|b.yaml"), 3, 4, "thiếu trường", None),
    ]
    text = summary(problems)
    assert "### Dữ liệu có 2 lỗi trong 2 tệp" in text
    assert rendered_rows(text) == [
        ["campaigns/x.yaml", "1", "2", AWKWARD.replace("\r\n", "\n"), AWKWARD.replace("\r\n", "\n")],
        ["campaigns/a|b.yaml", "3", "4", "thiếu trường", ""],
    ]


@pytest.fixture
def broken_copy(tmp_path, monkeypatch):
    """A copy of the data with one error on each of twelve lines of a plan: more than GitHub annotates."""
    shutil.copytree(ROOT / "campaigns", tmp_path / "campaigns")
    plan = tmp_path / "campaigns" / PLAN
    lines = plan.read_text(encoding="utf-8").splitlines()
    lines += [f"truong_la_{n}: x" for n in range(12)]
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_problem_goes_to_the_job_summary(broken_copy, monkeypatch, capsys):
    job_summary = broken_copy / "summary.md"
    job_summary.write_text("# Bước trước\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(job_summary))
    assert main(["validate", "--format", "github", "campaigns"]) == 1
    annotations = [parse_workflow_command(line)[1:] for line in capsys.readouterr().out.splitlines()]
    assert len(annotations) >= 12
    text = job_summary.read_text(encoding="utf-8")
    assert text.startswith("# Bước trước\n"), "the summary is appended to, never overwritten"
    assert f"### Dữ liệu có {len(annotations)} lỗi trong 1 tệp" in text
    rows = rendered_rows(text)
    assert [(row[0], row[1], row[2]) for row in rows] == [
        (props["file"], props["line"], props["col"]) for props, _ in annotations
    ]
    assert [row[3] + (f" — Gợi ý: {row[4]}" if row[4] else "") for row in rows] == [data for _, data in annotations]


def test_no_summary_without_github_format_or_without_problems(broken_copy, monkeypatch, capsys):
    job_summary = broken_copy / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(job_summary))
    assert main(["validate", "campaigns"]) == 1
    assert not job_summary.exists()
    assert main(["validate", "--format", "github", "campaigns/phong-trao.yaml"]) == 0
    assert not job_summary.exists()
    capsys.readouterr()
