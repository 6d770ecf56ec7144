"""QR codes made by one build are kept on disk and read back by the next (thidua.qr)."""

from thidua.qr import qr_svg

URL = "https://example.org/thidua/ke-hoach/ke-hoach-thi-dua-2024/"


def test_a_code_kept_by_an_earlier_build_is_read_back_instead_of_made(tmp_path):
    made = qr_svg(URL)
    assert made.startswith('<svg aria-hidden="true" focusable="false" ') and "<path" in made
    assert qr_svg(URL, tmp_path) == made
    (kept,) = tmp_path.iterdir()
    assert kept.read_text(encoding="utf-8") == made
    marked = made.replace("#000", "#010203")  # what this build could not have made itself
    kept.write_text(marked, encoding="utf-8")
    qr_svg.cache_clear()
    assert qr_svg(URL, tmp_path) == marked
    assert qr_svg(URL + "khac/", tmp_path) != marked and len(list(tmp_path.iterdir())) == 2


def test_a_folder_that_cannot_be_written_still_gives_the_code(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    assert qr_svg(URL, blocked / "ma-qr") == qr_svg(URL)


def test_a_kept_file_of_any_other_shape_is_not_printed_but_made_again(tmp_path):
    made = qr_svg(URL, tmp_path)
    (kept,) = tmp_path.iterdir()
    for planted in (made.replace("<path", '<path onload="alert(1)"', 1), made + "<script>alert(1)</script>", "", "\udcff"):
        kept.write_text(planted, encoding="utf-8", errors="surrogateescape")
        qr_svg.cache_clear()
        assert qr_svg(URL, tmp_path) == made
        assert kept.read_text(encoding="utf-8") == made  # kept again as made
