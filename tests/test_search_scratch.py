"""Where the search copy's shards and Pagefind's own output are written before they reach the site
(thidua.search.scratch_folder): in memory where the system has /dev/shm, in TMPDIR when it is set;
nothing left there afterwards, whether Pagefind succeeds or fails."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from thidua.search import SHARDS_FILE, BUNDLE_DIR, SearchCopy, index_site, scratch_folder

in_memory = pytest.mark.skipif(not os.access("/dev/shm", os.W_OK), reason="no /dev/shm here")


@in_memory
def test_the_copy_is_made_in_memory_unless_tmpdir_names_a_place(monkeypatch, tmp_path):
    monkeypatch.delenv("TMPDIR", raising=False)
    folder = scratch_folder("thidua-test-")
    assert Path(folder.name).parent == Path("/dev/shm")
    folder.cleanup()
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)  # the standard library reads TMPDIR once
    folder = scratch_folder("thidua-test-")
    assert Path(folder.name).parent == tmp_path
    folder.cleanup()


@in_memory
def test_a_copy_in_memory_is_indexed_in_shards(monkeypatch, tmp_path):
    monkeypatch.delenv("TMPDIR", raising=False)
    for name in ("an-phu", "binh-minh", "cam-le"):
        page = tmp_path / name / "index.html"
        page.parent.mkdir()
        page.write_text(f"<html><body><article data-pagefind-body><h1>Xã {name}</h1><p>Đảng bộ {'thi đua ' * 40}</p>"
                        "</article></body></html>", encoding="utf-8")
    before = set(os.listdir("/dev/shm"))
    stats = index_site(tmp_path, shard_bytes=300)
    assert stats["shards"] == 3 and stats["pages"] == 3
    assert (tmp_path / BUNDLE_DIR / SHARDS_FILE).read_text(encoding="utf-8") == '["2/", "3/"]'
    assert set(os.listdir("/dev/shm")) <= before


@in_memory
def test_nothing_is_left_in_memory_when_pagefind_fails(monkeypatch, tmp_path):
    monkeypatch.delenv("TMPDIR", raising=False)
    page = tmp_path / "an-phu" / "index.html"
    page.parent.mkdir()
    page.write_text("<html><body><article data-pagefind-body><h1>Xã An Phú</h1></article></body></html>", encoding="utf-8")
    before = set(os.listdir("/dev/shm"))
    monkeypatch.setattr(sys, "executable", "false")  # Pagefind's command exits with an error
    indexing = SearchCopy().start(tmp_path)
    with pytest.raises(subprocess.CalledProcessError):
        indexing.finish()
    assert set(os.listdir("/dev/shm")) <= before  # at once, not when the objects are collected
