"""Data files read before are not parsed again: the cache gives the same data, positions and
located problems as a fresh read, misses on any change, survives a damaged or unwritable cache,
and stays the size of the data."""

import shutil
from pathlib import Path

import pytest

from thidua import textchecks
from thidua.dataset import load_dataset
from thidua.problems import DataError
from thidua.sourcecache import SourceCache, code_version

ROOT = Path(__file__).resolve().parent.parent
PLAN = "phu-tho/2024-ke-hoach-phat-dong-thi-dua.yaml"


@pytest.fixture
def campaigns(tmp_path) -> Path:
    shutil.copytree(ROOT / "campaigns", tmp_path / "campaigns")
    return tmp_path / "campaigns"


def load(root: Path, cache: SourceCache | None):
    return load_dataset(root, include_illustrative=True, cache=cache)


def problems(root: Path, cache: SourceCache | None) -> list[str]:
    with pytest.raises(DataError) as error:
        load(root, cache)
    return [str(p) for p in error.value.problems]


def test_a_second_load_reads_every_file_from_the_cache_and_gives_the_same_data(campaigns, tmp_path):
    fresh = load(campaigns, None)
    cold = SourceCache(tmp_path / "cache")
    load(campaigns, cold)
    warm = SourceCache(tmp_path / "cache")  # a new process: from disk
    cached = load(campaigns, warm)
    assert (warm.hits, warm.misses) == (cold.misses, 0) and cold.misses == len(fresh.sources)
    assert [r.campaign for r in cached.campaigns] == [r.campaign for r in fresh.campaigns]
    assert [r.exemplar for r in cached.exemplars] == [r.exemplar for r in fresh.exemplars]
    assert {k: (s.data, s.locations, s.comments) for k, s in cached.sources.items()} == {
        k: (s.data, s.locations, s.comments) for k, s in fresh.sources.items()
    }


def test_problems_come_back_located_in_the_file_as_it_is_named_now(campaigns, tmp_path):
    path = campaigns / PLAN
    path.write_text(path.read_text(encoding="utf-8").replace("\nnam: 2024\n", "\nnam: no\n"), encoding="utf-8")
    expected = problems(campaigns, None)
    cache = SourceCache(tmp_path / "cache")
    assert problems(campaigns, cache) == expected
    assert problems(campaigns, SourceCache(tmp_path / "cache")) == expected
    assert any("“no”" in line and PLAN in line for line in expected)


def test_the_checks_of_a_text_run_once_and_their_problems_come_back_from_the_cache(campaigns, tmp_path, monkeypatch):
    path = campaigns / PLAN
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Phú Thọ", "Phú Thọ, liên hệ 0912 345 678", 1), encoding="utf-8")
    expected = problems(campaigns, None)
    assert any("0912 345 678" in line and PLAN in line for line in expected)
    cache = SourceCache(tmp_path / "cache")
    assert problems(campaigns, cache) == expected
    checked = []
    real = textchecks.personal_data
    monkeypatch.setattr(textchecks, "personal_data", lambda source, model: checked.append(source.path) or real(source, model))
    assert problems(campaigns, cache) == expected  # in memory, as under `mkdocs serve`
    assert problems(campaigns, SourceCache(tmp_path / "cache")) == expected  # from disk, as the next build
    assert checked == []
    path.write_text(text.replace("Phú Thọ", "Phú Thọ, liên hệ 0912 345 679", 1), encoding="utf-8")
    assert any("0912 345 679" in line for line in problems(campaigns, cache))
    assert [p.name for p in checked] == [path.name]


def test_a_changed_file_is_read_again_and_only_that_one(campaigns, tmp_path):
    cache = SourceCache(tmp_path / "cache")
    before = load(campaigns, cache)
    path = campaigns / PLAN
    path.write_text(path.read_text(encoding="utf-8").replace("Phú Thọ", "Phú  Thọ", 1), encoding="utf-8")
    cache.hits = cache.misses = 0
    after = load(campaigns, cache)
    assert (cache.hits, cache.misses) == (len(before.sources) - 1, 1)
    assert after.sources[PLAN[:-5]].data != before.sources[PLAN[:-5]].data


def test_a_damaged_entry_is_a_miss(campaigns, tmp_path):
    load(campaigns, SourceCache(tmp_path / "cache"))
    for entry in (tmp_path / "cache").rglob("*.bin"):
        entry.write_bytes(b"not an entry")
    cache = SourceCache(tmp_path / "cache")
    assert [r.campaign for r in load(campaigns, cache).campaigns] == [r.campaign for r in load(campaigns, None).campaigns]
    assert cache.hits == 0


def test_an_entry_changed_but_still_readable_is_a_miss(campaigns, tmp_path):
    load(campaigns, SourceCache(tmp_path / "cache"))
    changed = 0
    for entry in (tmp_path / "cache").rglob("*.bin"):
        stored = entry.read_bytes()
        if "ộ".encode() in stored:  # a letter of a text: another one of the same length, the entry still reads
            entry.write_bytes(stored.replace("ộ".encode(), "ồ".encode(), 1))
            changed += 1
    cache = SourceCache(tmp_path / "cache")
    assert changed
    assert [r.campaign for r in load(campaigns, cache).campaigns] == [r.campaign for r in load(campaigns, None).campaigns]
    assert cache.misses == changed


def test_an_unwritable_cache_only_makes_loading_slower(campaigns, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    cache = SourceCache(blocker / "cache")
    assert len(load(campaigns, cache).campaigns) == len(load(campaigns, None).campaigns)


def test_the_cache_keeps_only_the_files_of_the_data_and_of_this_code(campaigns, tmp_path):
    stale = tmp_path / "cache" / "older-code" / "ab" / "ab.bin"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"")
    cache = SourceCache(tmp_path / "cache")
    dataset = load(campaigns, cache)
    entries = lambda: list((tmp_path / "cache").rglob("*.bin"))  # noqa: E731
    assert not stale.exists()
    assert len(entries()) == len(dataset.sources)
    assert all(entry.parent.parent.name == code_version()[:16] for entry in entries())
    (campaigns / PLAN).unlink()
    (campaigns / PLAN.replace(".yaml", ".txt")).unlink()
    shutil.rmtree(campaigns / "minh-hoa" / "phu-tho")  # its report names the plan
    after = load(campaigns, cache)
    assert len(entries()) == len(after.sources) < len(dataset.sources)


def test_a_text_is_validated_and_its_plan_checked_once_while_the_cache_lives(campaigns, tmp_path, monkeypatch):
    from thidua import dataset as loading

    cache = SourceCache(tmp_path / "cache")
    before = load(campaigns, cache)
    checked = []
    real = loading.check_campaign
    monkeypatch.setattr(loading, "check_campaign", lambda campaign, source: checked.append(source.path) or real(campaign, source))
    path = campaigns / PLAN
    path.write_text(path.read_text(encoding="utf-8").replace("Phú Thọ", "Phú  Thọ", 1), encoding="utf-8")
    after = load(campaigns, cache)
    assert [p.name for p in checked] == [path.name]
    same = [a.campaign is b.campaign for a, b in zip(after.campaigns, before.campaigns)]
    assert same.count(False) == 1 and not same[[r.id for r in after.campaigns].index(PLAN[:-5])]
    assert [r.campaign for r in after.campaigns] == [r.campaign for r in load(campaigns, None).campaigns]
