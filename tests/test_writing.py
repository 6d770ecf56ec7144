"""Files written under a folder of the site, whatever order their folders come in."""

from thidua.writing import SiteFiles


def test_writes_files_at_any_depth_in_any_order_beside_what_is_there(tmp_path):
    (tmp_path / "site/a/b").mkdir(parents=True)  # left by an earlier build
    (tmp_path / "site/a/b/old.txt").write_text("cũ", encoding="utf-8")
    files = SiteFiles(tmp_path / "site")
    files.write("a/b/c/d/index.html", b"<p>d</p>")
    files.write("a/b/index.html", b"<p>b</p>")
    files.write_text("a/x.csv", "tên\r\n", encoding="utf-8-sig")
    files.write("index.html", b"<p>root</p>")
    written = {p.relative_to(tmp_path / "site").as_posix(): p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    assert written == {
        "a/b/old.txt": "cũ".encode(), "a/b/c/d/index.html": b"<p>d</p>", "a/b/index.html": b"<p>b</p>",
        "a/x.csv": "\ufefftên\r\n".encode(), "index.html": b"<p>root</p>",
    }
