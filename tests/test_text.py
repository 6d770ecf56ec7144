import sys
import unicodedata

from thidua.text import fold, spelling


def test_fold_drops_tones_vowel_marks_and_case():
    assert fold("Tùng Ảnh") == "tung anh"
    assert fold("NGHỆ AN") == "nghe an"
    assert fold("Thị xã Bỉm Sơn") == "thi xa bim son"


def test_fold_turns_d_with_stroke_into_d():
    assert fold("Đức Thọ") == "duc tho"
    assert fold("đặc khu") == "dac khu"


def test_fold_is_the_same_for_composed_and_decomposed_text():
    assert fold("Ho\u0300a Bi\u0300nh") == fold("Hòa Bình") == "hoa binh"


def test_fold_drops_exactly_the_combining_characters_of_every_script():
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    decomposed = unicodedata.normalize("NFD", every.lower().replace("đ", "d"))
    assert fold(every) == "".join(char for char in decomposed if not unicodedata.combining(char))


def test_spelling_ignores_tone_placement_and_case():
    assert spelling("Thanh Hoá") == spelling("thanh hóa")
    assert spelling("Hoà Bình") == spelling("HÒA BÌNH")
    assert spelling("Thuỷ") == spelling("Thủy")


def test_spelling_keeps_every_diacritic():
    assert spelling("Tùng Anh") != spelling("Tùng Ảnh")
    assert spelling("Duc Tho") != spelling("Đức Thọ")
    assert spelling("Sơn Hà") != spelling("Sơn Hạ")
