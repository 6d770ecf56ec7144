"""A copy of the real campaigns/ folder for a test to break, and where a piece of text stands in a
file, as the validator locates a problem (``campaigns/<file>:<line>:<column>``, from 1)."""

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def line_column(text: str, index: int) -> tuple[int, int]:
    """The line and column, from 1, of ``text[index]``."""
    return text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old``, which must occur once in the file at ``path``, with ``new``."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


class CampaignsCopy:
    """The copy at ``folder``; names are relative to it, as the data folder's files are."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path(self, name: str) -> Path:
        return self.folder / name

    def text(self, name: str) -> str:
        return self.path(name).read_text(encoding="utf-8")

    def edit(self, name: str, old: str, new: str) -> None:
        edit(self.path(name), old, new)

    def write(self, name: str, text: str) -> None:
        self.path(name).parent.mkdir(parents=True, exist_ok=True)
        self.path(name).write_text(text, encoding="utf-8")

    def copy(self, name: str, to: str) -> None:
        self.path(to).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.path(name), self.path(to))

    def where(self, name: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
        """Line and column, from 1, of the n-th ``needle`` in the file."""
        text = self.text(name)
        index = -1
        for _ in range(occurrence):
            index = text.index(needle, index + 1)
        return line_column(text, index)

    def located(self, name: str, needle: str, occurrence: int = 1) -> str:
        """``campaigns/<name>:<line>:<column>`` of the n-th ``needle``: where a problem is reported."""
        line, column = self.where(name, needle, occurrence)
        return f"campaigns/{name}:{line}:{column}"


def copy_campaigns(tmp_path: Path, monkeypatch, *, illustrative: bool = True) -> CampaignsCopy:
    """campaigns/ copied under ``tmp_path`` (without minh-hoa/ unless ``illustrative``), which
    becomes the current directory."""
    ignore = None if illustrative else shutil.ignore_patterns("minh-hoa")
    shutil.copytree(ROOT / "campaigns", tmp_path / "campaigns", ignore=ignore)
    monkeypatch.chdir(tmp_path)
    return CampaignsCopy(tmp_path / "campaigns")
