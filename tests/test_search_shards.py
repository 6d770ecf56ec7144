"""How the search copy is cut into shards (thidua.search, "Shards"): in path order, as few as hold
the pages' text within the budget, of about the same size, measured by the text alone (kept beside
each page of a kept copy)."""

from pathlib import Path

from thidua.search import shards, text_sizes


def _page(folder: Path, path: str, text: int, markup: int = 0) -> None:
    """A page of a kept copy with ``text`` bytes of text and ``markup`` bytes of page."""
    target = folder / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("x" * markup, encoding="utf-8")
    Path(f"{target}.text").write_text("d" * text, encoding="utf-8")


def test_pages_go_in_path_order_into_as_few_shards_as_the_budget_allows(tmp_path):
    for name in "abcdef":
        _page(tmp_path, f"{name}/index.html", 100)
    assert shards(text_sizes(tmp_path), 1000) == [[f"{name}/index.html" for name in "abcdef"]]
    assert shards(text_sizes(tmp_path), 300) == [["a/index.html", "b/index.html", "c/index.html"],
                                     ["d/index.html", "e/index.html", "f/index.html"]]
    # 600 over a budget of 250: three shards of 200, not two full ones and a small one.
    assert [len(shard) for shard in shards(text_sizes(tmp_path), 250)] == [2, 2, 2]


def test_markup_does_not_count(tmp_path):
    _page(tmp_path, "a/index.html", 100, markup=10_000)
    _page(tmp_path, "b/index.html", 100)
    assert shards(text_sizes(tmp_path), 200) == [["a/index.html", "b/index.html"]]
    assert shards(text_sizes(tmp_path), 150) == [["a/index.html"], ["b/index.html"]]


def test_a_page_larger_than_the_budget_is_a_shard_of_its_own(tmp_path):
    _page(tmp_path, "a/index.html", 10)
    _page(tmp_path, "b/index.html", 1000)
    _page(tmp_path, "c/index.html", 10)
    assert all(shards(text_sizes(tmp_path), 100))  # no shard is empty
    assert ["b/index.html"] in shards(text_sizes(tmp_path), 1000 // 3)


def test_path_order_goes_folder_by_folder(tmp_path):
    for path in ("a-b/index.html", "a/x/index.html", "a/index.html", "index.html"):
        _page(tmp_path, path, 10)
    assert shards(text_sizes(tmp_path), 1000) == [["a/index.html", "a/x/index.html", "a-b/index.html", "index.html"]]
