"""`thidua import`: each seed plan, from its text, Word and PDF forms, becomes a draft in the right
folder that the validator refuses while guessed values are unconfirmed and accepts once they are."""

from __future__ import annotations

import re
import shlex
import shutil
import textwrap
from pathlib import Path

import pytest
import yaml

import import_variants as variants
from bench_import import run, table
from thidua.cli import main
from thidua.dataset import load_dataset
from thidua.importer.command import import_plan
from thidua.problems import DataError

SEEDS = variants.seed_pairs()
GUIDE = variants.ROOT / "docs/huong-dan/nhap-ke-hoach.md"
IDS = [text.parent.name for text, _ in SEEDS]
_MARK = re.compile(r"\s+# KIỂM TRA:.*$", re.MULTILINE)


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    """A copy of campaigns/ without the illustrative data."""
    root = tmp_path / "campaigns"
    shutil.copytree(variants.ROOT / "campaigns", root, ignore=shutil.ignore_patterns("minh-hoa"))
    return root


def _without_seed(root: Path, data: Path) -> Path:
    """Remove one seed plan's files from the copy; its path there."""
    placed = root / data.relative_to(variants.ROOT / "campaigns")
    placed.unlink()
    placed.with_suffix(".txt").unlink()
    return placed


def _problems(root: Path) -> list:
    try:
        load_dataset(root, include_illustrative=False)
    except DataError as error:
        return error.problems
    return []


def _confirm(path: Path) -> None:
    """What a person does after checking: delete every review mark."""
    path.write_text(_MARK.sub("", path.read_text(encoding="utf-8")), encoding="utf-8")


def _check_draft(root: Path, source: Path, data: Path) -> dict:
    expected_path = _without_seed(root, data)
    imported = import_plan(source, root, None, overwrite=False)
    assert imported.path == expected_path
    assert imported.text_path == expected_path.with_suffix(".txt")
    problems = _problems(root)
    assert problems and all("KIỂM TRA" in p.message for p in problems)
    assert {p.path for p in problems} == {imported.path}
    _confirm(imported.path)
    assert _problems(root) == []
    return yaml.load(imported.path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


@pytest.mark.parametrize(("text", "data"), SEEDS, ids=IDS)
def test_seed_text_becomes_a_draft_that_validates_once_confirmed(data_root, text, data):
    draft = _check_draft(data_root, text, data)
    expected = yaml.load(data.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert draft["dia_phuong"]["ma"] == expected["dia_phuong"]["ma"]
    assert draft["van_ban"]["nguoi_ky"] == expected["van_ban"]["nguoi_ky"]


@pytest.mark.parametrize(("text", "data"), SEEDS, ids=IDS)
def test_word_file_becomes_a_draft_that_validates_once_confirmed(data_root, tmp_path, text, data):
    pytest.importorskip("docx")
    word = variants.write_docx(text.read_text(encoding="utf-8"), tmp_path / "ke-hoach.docx")
    _check_draft(data_root, word, data)


@pytest.mark.parametrize(("text", "data"), SEEDS, ids=IDS)
def test_pdf_printed_by_chromium_becomes_a_draft_that_validates_once_confirmed(data_root, tmp_path, browser, text, data):
    pytest.importorskip("pypdf")
    pdf = variants.write_pdf(text.read_text(encoding="utf-8"), tmp_path / "ke-hoach.pdf", browser)
    _check_draft(data_root, pdf, data)


def test_accuracy_table_in_the_guide_is_measured_and_meets_the_aims(browser):
    pytest.importorskip("docx")
    pytest.importorskip("pypdf")
    results = run(browser)
    assert table(results) in GUIDE.read_text(encoding="utf-8")
    for scores in results.values():
        rate = {group: right / total for group, (right, total) in scores.items()}
        assert rate["đầu văn bản"] >= 0.95
        assert rate["giá trị chỉ tiêu"] >= 0.90
        assert rate["địa phương"] == 1


def test_guide_example_is_the_real_report_and_draft(data_root, tmp_path, monkeypatch, capsys):
    pytest.importorskip("docx")
    guide = GUIDE.read_text(encoding="utf-8")
    command, *report = textwrap.dedent(re.search(r"```text\n(    \$ thidua import.*?)    ```", guide, re.S).group(1)).splitlines()
    excerpt = textwrap.dedent(re.search(r"```yaml\n(.*?)    ```", guide, re.S).group(1))
    text, data = next((t, d) for t, d in SEEDS if t.parent.name == "xa-tung-anh")
    _without_seed(data_root, data)
    variants.write_docx(text.read_text(encoding="utf-8"), tmp_path / command.split()[-1])
    monkeypatch.chdir(tmp_path)
    assert main(shlex.split(command)[2:]) == 0
    assert capsys.readouterr().out.splitlines() == report
    draft = "\n".join(line.strip() for line in data.relative_to(variants.ROOT).read_text(encoding="utf-8").splitlines())
    assert "\n".join(line.strip() for line in excerpt.strip().splitlines()) in draft


def test_importing_again_never_overwrites_unless_asked(tmp_path, capsys):
    text, _ = SEEDS[0]
    out = tmp_path / "ra"
    assert main(["import", str(text), "--ra", str(out)]) == 0
    first = capsys.readouterr().out
    assert "Đã tạo bản nháp" in first and "KIỂM TRA" in first
    draft = next(out.glob("*.yaml"))
    draft.write_text(draft.read_text(encoding="utf-8") + "# sửa tay\n", encoding="utf-8")
    assert main(["import", str(text), "--ra", str(out)]) == 1
    assert "đã có, không ghi đè" in capsys.readouterr().err
    assert draft.read_text(encoding="utf-8").endswith("# sửa tay\n")
    assert main(["import", str(text), "--ra", str(out), "--ghi-de"]) == 0
    assert not draft.read_text(encoding="utf-8").endswith("# sửa tay\n")


def test_review_mark_is_refused_by_the_validator_at_its_line(data_root):
    plan = data_root / "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml"
    lines = plan.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("nam:"))
    lines[number] += "  # KIỂM TRA: năm thi đua"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = _problems(data_root)
    assert [(p.line, "KIỂM TRA" in p.message) for p in problems] == [(number + 1, True)]
    assert "xóa ghi chú" in problems[0].hint


def test_header_columns_interleaved_as_pdf_text_gives_them(tmp_path):
    text, _ = next((t, d) for t, d in SEEDS if t.parent.name == "xa-tung-anh")
    above, left, right, body = variants.split_header(text.read_text(encoding="utf-8"))
    rows = [line for pair in zip(left, right) for line in pair]
    source = tmp_path / "xen-ke.txt"
    source.write_text("\n".join(above + rows + body), encoding="utf-8")
    draft = yaml.load(import_plan(source, variants.ROOT / "campaigns", tmp_path / "ra", False).path.read_text(encoding="utf-8"),
                      Loader=yaml.BaseLoader)
    assert rows[:2] == ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    document = draft["van_ban"]
    assert document["tieu_de_co_quan"] == "ỦY BAN NHÂN DÂN\nXÃ TÙNG ANH"
    assert (document["so_ky_hieu_nguyen_van"], document["ngay_ban_hanh"], document["dia_danh"]) == (
        "Số: 29 KH/UBND", "2024-01-31", "Tùng Anh")
    assert draft["dia_phuong"]["ma"] == "18259"
