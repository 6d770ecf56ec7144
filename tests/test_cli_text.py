"""`thidua` speaks Vietnamese: help of every command and argparse's own error messages."""

import re
import subprocess
import sys

import pytest

from conftest import ROOT

ENGLISH = re.compile(
    r"\b(usage|positional arguments|options|show this help|error|required|invalid|choose from|"
    r"unrecognized|arguments?|expected|ambiguous|not allowed|subcommands)\b",
    re.IGNORECASE,
)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "thidua.cli", *args], cwd=ROOT, capture_output=True, text=True,
        env={"PYTHONPATH": str(ROOT / "hooks"), "COLUMNS": "100", "PATH": "/usr/bin:/bin"},
    )


@pytest.mark.parametrize(
    "command",
    [[], ["validate"], ["schema"], ["new"], ["new", "campaign"], ["new", "exemplar"], ["import"]],
    ids=lambda c: " ".join(c) or "thidua",
)
def test_help_is_vietnamese(command):
    result = _run(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("cách dùng: thidua")
    assert "hiện hướng dẫn này rồi thoát" in result.stdout
    assert not ENGLISH.findall(result.stdout), result.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], "thidua: lỗi: thiếu tham số bắt buộc: LỆNH"),
        (["bogus"], "không có lựa chọn 'bogus' (chọn một trong: 'validate'"),
        (["--khong-co", "validate"], "không hiểu tham số: --khong-co"),
        (["new"], "thiếu tham số bắt buộc: LOẠI"),
        (["validate", "--format", "x"], "--format: không có lựa chọn 'x'"),
        (["new", "campaign", "--nam", "hai"], "--nam: giá trị không hợp lệ: 'hai'"),
        (["new", "campaign", "--ma", "1", "--ten", "A"], "--ten: không dùng cùng với --ma"),
        (["import"], "thiếu tham số bắt buộc: TỆP"),
        (["import", "--ra"], "--ra: cần một giá trị"),
    ],
)
def test_usage_errors_are_vietnamese(args, expected):
    result = _run(*args)
    assert result.returncode == 2
    assert expected in result.stderr
    assert not ENGLISH.findall(result.stderr), result.stderr
