"""`thidua validate` and the build of a data folder keep what they made in one place, beside the
data folder, wherever it is (THIDUA_DATA): a validation warms the build, and the reverse."""

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, build_site


def entries(folder: Path) -> dict[str, int]:
    """The files under ``folder``, with the time each was last written."""
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_a_data_folder_outside_the_repository_keeps_its_caches_beside_it_for_validation_and_build(tmp_path):
    data = tmp_path / "elsewhere" / "campaigns"
    shutil.copytree(ROOT / "campaigns", data)
    build_site(tmp_path / "site", illustrative=True, data=data)
    caches = tmp_path / "elsewhere" / ".cache"
    for made in ("anh", "the-chia-se", "ma-qr"):  # photos, preview cards, QR codes
        assert any((caches / made).iterdir()), f"{made}: made by the build, kept beside its data"
    read = entries(caches / "nguon")
    assert read, "the data files the build read are kept beside its data"
    subprocess.run([sys.executable, "-m", "thidua.cli", "validate", str(data)], cwd=ROOT, check=True, capture_output=True)
    assert entries(caches / "nguon") == read, "validation reads every file from what the build kept, and writes nothing"
