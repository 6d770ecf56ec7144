"""`make serve` (mkdocs serve --dirty) writes again only the pages whose model changed, and the
site it leaves is, page for page, the site a clean build of the same data gives."""

import gc
import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from conftest import SITE_URL, build_site

from thidua.rebuild import Background, LastBuild, Rebuilds, inputs_stamp, removed_pages, unchanged_pages
from thidua.search import SearchCopy
from thidua.site.page import Page

ROOT = Path(__file__).resolve().parent.parent
PLAN = "phu-tho/2024-ke-hoach-phat-dong-thi-dua.yaml"
GONE = "minh-hoa/lang-son/huyen-chi-lang/khen-thuong/do-thi-vi-du.yaml"
THEME = "Chủ đề vừa sửa khi xem thử"

# Builds in one process, as `mkdocs serve --dirty` makes them: a rebuild after each change of the data.
PREVIEW = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    site, changes = Path(sys.argv[1]), sys.argv[2:]
    config = load_config("mkdocs.yml", site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=True)
    started = time.time()
    time.sleep(0.05)
    for change in changes:  # each rebuild at once, while the job of the one before may still run
        exec(change)
        build(load_config("mkdocs.yml", site_dir=str(site)), dirty=True)
    sys.modules["hooks/mkdocs_hooks.py"]._rebuilds.background.wait()  # named as mkdocs.yml lists it
    print(json.dumps(sorted(str(p.relative_to(site)) for p in site.rglob("index.html") if p.stat().st_mtime > started)))
""")


def page(url: str, title: str = "a") -> Page:
    return Page(url=url, title=title, template="campaign.html", context={"x": [1, 2]})


def test_only_pages_whose_model_changed_are_written_again():
    last = LastBuild({"a/index.md": page("a/"), "b/index.md": page("b/"), "c/index.md": page("c/")}, ("same",))
    now = {"a/index.md": page("a/"), "b/index.md": page("b/", "b mới")}
    assert unchanged_pages(last, now, ("same",)) == {"a/index.md"}
    assert unchanged_pages(last, now, ("settings changed",)) == set()
    assert unchanged_pages(None, now, ("same",)) == set()
    assert removed_pages(last, now) == ["c/index.md"]


def test_the_stamp_of_the_inputs_follows_any_change(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# A")
    before = inputs_stamp(tmp_path / "docs")
    assert inputs_stamp(tmp_path / "docs") == before
    (tmp_path / "docs" / "index.md").write_text("# AB")
    assert inputs_stamp(tmp_path / "docs") != before


def test_background_jobs_run_one_at_a_time_and_a_newer_one_replaces_one_not_started():
    done, running, release = [], threading.Event(), threading.Event()

    def first(steps):
        running.set()
        release.wait()
        done.append(1)

    background = Background()
    background.run(first)
    running.wait()
    background.run(lambda steps: done.append(2))  # returns at once; dropped for the next before it starts
    background.run(lambda steps: done.append(3))
    assert done == []
    release.set()
    background.wait()
    assert done == [1, 3]


def test_a_running_job_stops_at_its_next_step_when_a_newer_build_begins_and_what_it_waits_for_is_stopped():
    done, running, waiting, release = [], threading.Event(), threading.Event(), threading.Event()

    def job(steps):
        running.set()
        release.wait()
        steps.check()
        done.append("after a step")

    def waits(steps):
        with steps.stopped_by(release.set):
            waiting.set()
            release.wait()
            done.append("stopped")
        done.append("after the wait")

    background = Background()
    background.run(job)
    running.wait()
    background.stop()  # a newer build begins: the job goes on with its step, and stops after it
    release.set()
    background.wait()
    release.clear()
    background.run(waits)
    waiting.wait()
    background.stop()  # sets release, as stopping a process ends the wait for it
    background.wait()
    assert done == ["stopped"]


def test_a_rebuild_runs_without_the_cyclic_collector_which_is_back_once_it_ends_or_fails(tmp_path):
    rebuilds = Rebuilds()
    rebuilds.begin()
    assert gc.isenabled()  # the first build: its garbage is collected as it goes
    rebuilds.last = LastBuild({}, ())
    try:
        rebuilds.begin()
        assert not gc.isenabled()
        rebuilds.forget()  # the rebuild failed
        assert gc.isenabled()
        rebuilds.last = LastBuild({}, ())
        rebuilds.begin()
        build = type("Build", (), {"pages": {}, "search": SearchCopy(tmp_path)})()
        rebuilds.finish(build, tmp_path, (), lambda steps: None)
        assert gc.isenabled()
        rebuilds.background.wait()
    finally:
        gc.enable()


LONE = "minh-hoa/ha-tinh/huyen-duc-tho/xa-minh-hoa/2024-ke-hoach-phat-dong-thi-dua"  # a plan no other file names


def preview(tmp_path: Path, *changes: str) -> tuple[Path, Path, list[str]]:
    """The data folder, the site preview rebuilds leave after ``changes`` (Python, given ``data``),
    one rebuild after each, and the pages they wrote again."""
    data = tmp_path / "campaigns"
    shutil.copytree(ROOT / "campaigns", data)
    env = dict(os.environ, THIDUA_DATA=str(data), THIDUA_MINH_HOA="1", SITE_URL=SITE_URL, NO_MKDOCS_2_WARNING="1")
    site = tmp_path / "preview"
    run = subprocess.run(
        [sys.executable, "-c", PREVIEW, str(site), *(f"data = Path({str(data)!r}); {change}" for change in changes)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return data, site, json.loads(run.stdout.splitlines()[-1])


def clean_pages(tmp_path: Path, data: Path, preview: Path) -> tuple[Path, list[str]]:
    """A clean build of ``data``, checked page for page against ``preview``; and its pages."""
    clean = tmp_path / "clean"
    build_site(clean, illustrative=True, data=data)
    pages = sorted(str(p.relative_to(clean)) for p in clean.rglob("index.html"))
    assert sorted(str(p.relative_to(preview)) for p in preview.rglob("index.html")) == pages  # removed pages are gone
    assert [p for p in pages if (preview / p).read_bytes() != (clean / p).read_bytes()] == []
    return clean, pages


def test_a_preview_rebuild_gives_the_pages_of_a_clean_build(tmp_path):
    change = (
        f"p = data / {PLAN!r}; t = p.read_text(encoding='utf-8'); "
        f"p.write_text(t.replace('chu_de:\\n', 'chu_de:\\n  - \"{THEME}\"\\n', 1), encoding='utf-8'); "
        f"(data / {GONE!r}).unlink()"
    )
    data, preview_site, written = preview(tmp_path, change, f"(data / '{LONE}.yaml').rename(data / '{LONE}-doi-ten.yaml')")
    clean, pages = clean_pages(tmp_path, data, preview_site)
    assert "ke-hoach/phu-tho/2024-ke-hoach-phat-dong-thi-dua/index.html" in written
    assert f"ke-hoach/{LONE}-doi-ten/index.html" in written and f"ke-hoach/{LONE}/index.html" not in pages
    assert THEME in (preview_site / "ke-hoach/phu-tho/2024-ke-hoach-phat-dong-thi-dua/index.html").read_text(encoding="utf-8")
    assert 0 < len(written) < len(pages) / 3
    # What goes beside the pages, written in the background: the same open data, and a search
    # index of the same page texts (a fragment file is named by a hash of its content).
    beside = sorted(str(p.relative_to(clean)) for p in (clean / "du-lieu").rglob("*") if p.is_file())
    assert [p for p in beside if (preview_site / p).read_bytes() != (clean / p).read_bytes()] == []
    fragments = {folder: sorted(p.name for p in (folder / "pagefind" / "fragment").iterdir()) for folder in (preview_site, clean)}
    assert fragments[preview_site] == fragments[clean]


def test_a_change_to_a_shared_file_writes_again_every_page_showing_it(tmp_path):
    change = "p = data / 'phong-trao.yaml'; p.write_text(p.read_text(encoding='utf-8').replace('ten: \"', 'ten: \"Đã đổi tên: '), encoding='utf-8')"
    data, preview_site, written = preview(tmp_path, change)
    clean, pages = clean_pages(tmp_path, data, preview_site)
    showing = [p for p in pages if "Đã đổi tên: " in (clean / p).read_text(encoding="utf-8")]
    assert any(p.startswith("ke-hoach/") for p in showing) and set(showing) <= set(written)
