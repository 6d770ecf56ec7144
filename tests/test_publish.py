"""A build is staged beside the published site and swapped in whole, or discarded."""

import shutil

import pytest

from thidua.publish import Publication


def site(folder, text):
    (folder / "ke-hoach").mkdir(parents=True)
    (folder / "ke-hoach" / "index.html").write_text(text)
    return folder


def test_the_first_build_is_staged_beside_the_site_then_becomes_it(tmp_path):
    publication = Publication.begin(tmp_path / "site")
    assert publication.staging.parent == tmp_path and publication.staging.name.startswith(".site.")
    assert list(publication.staging.iterdir()) == []
    site(publication.staging, "mới")
    publication.commit()
    assert (tmp_path / "site" / "ke-hoach" / "index.html").read_text() == "mới"
    assert [path.name for path in tmp_path.iterdir()] == ["site"]


def test_a_complete_build_replaces_the_whole_site(tmp_path):
    site(tmp_path / "site", "cũ")
    (tmp_path / "site" / "da-xoa.html").write_text("trang đã xóa")
    publication = Publication.begin(tmp_path / "site")
    site(publication.staging, "mới")
    publication.commit()
    assert sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*")) == [
        "site", "site/ke-hoach", "site/ke-hoach/index.html",
    ]
    assert (tmp_path / "site" / "ke-hoach" / "index.html").read_text() == "mới"


def test_an_abandoned_build_leaves_the_site_as_it_was(tmp_path):
    site(tmp_path / "site", "cũ")
    publication = Publication.begin(tmp_path / "site")
    site(publication.staging, "nửa chừng")
    publication.abandon()
    assert [path.name for path in tmp_path.iterdir()] == ["site"]
    assert (tmp_path / "site" / "ke-hoach" / "index.html").read_text() == "cũ"


def test_a_swap_that_fails_puts_the_old_site_back(tmp_path):
    site(tmp_path / "site", "cũ")
    publication = Publication.begin(tmp_path / "site")
    shutil.rmtree(publication.staging)  # the new site cannot be renamed in
    with pytest.raises(FileNotFoundError):
        publication.commit()
    assert [path.name for path in tmp_path.iterdir()] == ["site"]
    assert (tmp_path / "site" / "ke-hoach" / "index.html").read_text() == "cũ"
