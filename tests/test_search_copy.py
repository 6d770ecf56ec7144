"""The search index is made from the rendered fragments, as pages are rendered, not by reading the
written site back: it must be the index the written pages give."""

import shutil
from pathlib import Path

from thidua.search import index_site


def _bundle_files(bundle: Path) -> dict[str, bytes]:
    """The stored page records and the word index. Pagefind names each record after its content,
    and the word index refers to pages by their place in the index: equal files, equal search.
    (Its filter and metadata files are left out: Pagefind writes their entries in no fixed order.)"""
    return {
        path.relative_to(bundle).as_posix(): path.read_bytes()
        for folder in ("fragment", "index")
        for path in sorted((bundle / folder).iterdir())
    }


def test_index_from_rendered_fragments_is_the_index_of_the_written_pages(built_site, tmp_path):
    written = tmp_path / "site"
    shutil.copytree(built_site, written, ignore=shutil.ignore_patterns("pagefind"))
    stats = index_site(written)  # every page read back from the site folder
    assert stats["pages"] > 50
    built = _bundle_files(built_site / "pagefind")
    assert len(built) > stats["pages"]
    assert built == _bundle_files(written / "pagefind")
