"""The MkDocs wiring that a full build does not exercise: `mkdocs serve` watches the data."""

import importlib.util

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
