"""The MkDocs wiring that a full build does not exercise: `mkdocs serve` watches the data; what
is done before Pagefind starts."""

import importlib.util
import json
import os
import subprocess
import sys

from conftest import ROOT


def load_hooks():
    spec = importlib.util.spec_from_file_location("mkdocs_hooks", ROOT / "hooks" / "mkdocs_hooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Server:
    def __init__(self):
        self.watched = []

    def watch(self, path):
        self.watched.append(path)


def test_serve_rebuilds_when_a_data_file_changes(monkeypatch, tmp_path):
    hooks = load_hooks()
    server = Server()
    assert hooks.on_serve(server, None, None) is server
    assert server.watched == [str(ROOT / "campaigns")]
    monkeypatch.setenv("THIDUA_DATA", str(tmp_path))
    hooks.on_serve(server, None, None)
    assert server.watched[-1] == str(tmp_path)


def test_serve_keeps_the_data_files_read_in_memory_while_the_data_folder_stays_the_same(tmp_path):
    hooks = load_hooks()
    here, there = tmp_path / "a" / ".cache" / "nguon", tmp_path / "b" / ".cache" / "nguon"
    assert hooks._data_files(here) is not hooks._data_files(here), "a build's own: it goes with its models"
    hooks._serving = True
    kept = hooks._data_files(here)
    assert kept.folder == here and hooks._data_files(here) is kept
    assert hooks._data_files(there).folder == there


# Runs `mkdocs build` with SearchCopy.start (Pagefind's start) noting what is in memory and on disk then.
PAGEFIND_START_PROBE = """
import gc, json, sys
from pathlib import Path

import thidua.search
from mkdocs.__main__ import cli
from thidua.dataset import Dataset
from thidua.site.page import Page

report, site = Path(sys.argv[1]), sys.argv[2]
start = thidua.search.SearchCopy.start


def probed(self, site_dir):
    report.write_text(json.dumps({
        "models": sum(isinstance(o, (Page, Dataset)) for o in gc.get_objects()),
        "open_data": (Path(site_dir) / "du-lieu" / "datapackage.json").is_file(),
        "copied_plans": sum(path.startswith("ke-hoach/") for path in self._held),  # the copy held for Pagefind
    }))
    return start(self, site_dir)


thidua.search.SearchCopy.start = probed
cli(["build", "--site-dir", site])
"""


def test_pagefind_starts_once_the_open_data_is_written_and_the_page_models_are_gone(tmp_path):
    """Pagefind holds every indexed word of the site: a build lets go of its page models first."""
    site, report = tmp_path / "site", tmp_path / "report.json"
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": os.pathsep.join(
        filter(None, [str(ROOT / "hooks"), os.environ.get("PYTHONPATH")]))}
    env.pop("THIDUA_DATA", None)
    subprocess.run([sys.executable, "-c", PAGEFIND_START_PROBE, str(report), str(site)],
                   cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    seen = json.loads(report.read_text(encoding="utf-8"))
    plans = sum("data-pagefind-body" in page.read_text(encoding="utf-8") for page in (site / "ke-hoach").glob("**/*.html"))
    assert seen == {"models": 0, "open_data": True, "copied_plans": plans}
    assert plans and len(list((site / "pagefind" / "fragment").iterdir())) > plans
