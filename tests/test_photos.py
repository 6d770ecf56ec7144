"""Photos of honored people: what is refused, and the copy published for phones."""

import io

import pytest
from PIL import Image

from thidua.photos import WEB_BOX, Photo, check_photo, load_photo, web_photo, web_size, write_photos

GPS_INFO = 0x8825
ORIENTATION = 0x0112


def camera_photo(path, size=(4000, 3000), orientation=None, kind="JPEG"):
    """A photo as a phone camera writes it: large, with EXIF location and orientation."""
    image = Image.new("RGB", size, (40, 120, 60))
    image.paste((220, 40, 40), (0, 0, size[0] // 4, size[1] // 4))  # marks the top-left corner
    exif = Image.Exif()
    exif[GPS_INFO] = {1: "N", 2: (21.0, 1.0, 2.0)}
    if orientation:
        exif[ORIENTATION] = orientation
    image.save(path, kind, exif=exif) if kind != "GIF" else image.save(path, kind)
    return path


def test_a_camera_photo_passes(tmp_path):
    assert check_photo(camera_photo(tmp_path / "a.jpg")) is None
    assert check_photo(camera_photo(tmp_path / "a.png", kind="PNG")) is None


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "khong-co.jpg", "không tìm thấy tệp ảnh “khong-co.jpg” trong thư mục của tệp này"),
        (lambda d: (d / "a.jpg").write_text("Giấy đồng ý") and d / "a.jpg", "tệp “a.jpg” không phải là ảnh"),
        (lambda d: camera_photo(d / "a.gif", kind="GIF"), "ảnh “a.gif” là ảnh GIF; chỉ nhận ảnh JPG, PNG, WebP"),
        (lambda d: camera_photo(d / "a.jpg", size=(150, 150)), "ảnh “a.jpg” quá nhỏ (150×150 điểm ảnh; cần ít nhất 200 mỗi chiều)"),
    ],
)
def test_what_cannot_be_published_is_said(tmp_path, make, message):
    assert check_photo(make(tmp_path)) == message


def test_published_copy_is_small_upright_and_without_exif(tmp_path):
    source = camera_photo(tmp_path / "a.jpg", size=(4000, 3000), orientation=6)  # taken sideways
    published = Image.open(io.BytesIO(web_photo(source)))
    assert published.format == "JPEG"
    assert published.size == web_size(source) == (450, 600)  # upright: portrait, within the box
    assert published.size[0] <= WEB_BOX[0] and published.size[1] <= WEB_BOX[1]
    assert not published.getexif()  # no place, no time, no camera
    assert published.getpixel((published.width - 5, 5))[0] > 180  # the red corner, turned to the top right


def test_a_small_photo_is_not_enlarged(tmp_path):
    source = camera_photo(tmp_path / "a.png", size=(300, 400), kind="PNG")
    assert web_size(source) == (300, 400)
    assert Image.open(io.BytesIO(web_photo(source))).size == (300, 400)


def test_transparent_parts_of_a_png_turn_white(tmp_path):
    source = tmp_path / "a.png"
    Image.new("RGBA", (300, 400), (0, 0, 0, 0)).save(source)
    assert Image.open(io.BytesIO(web_photo(source))).getpixel((150, 200)) == (255, 255, 255)


def test_published_copies_are_kept_and_reused_until_the_photo_changes(tmp_path, monkeypatch):
    source = camera_photo(tmp_path / "a.jpg", size=(800, 1000))
    cache, site = tmp_path / "cache", tmp_path / "site"
    write_photos({"khen-thuong/a/anh.jpg": source}, site, cache)
    first = (site / "khen-thuong/a/anh.jpg").read_bytes()
    assert [p.read_bytes() for p in cache.iterdir()] == [first]

    made = []
    monkeypatch.setattr("thidua.photos.web_photo", lambda path: made.append(path) or b"new")
    write_photos({"khen-thuong/a/anh.jpg": source}, tmp_path / "site2", cache)
    assert made == [] and (tmp_path / "site2/khen-thuong/a/anh.jpg").read_bytes() == first

    camera_photo(source, size=(900, 1000))  # the photo is replaced by another one
    write_photos({"khen-thuong/a/anh.jpg": source}, tmp_path / "site3", cache)
    assert made == [source] and (tmp_path / "site3/khen-thuong/a/anh.jpg").read_bytes() == b"new"


def test_load_photo_measures_once_or_says_why_not(tmp_path):
    source = camera_photo(tmp_path / "a.jpg", size=(4000, 3000), orientation=6)
    assert load_photo(source) == Photo(source, 450, 600)
    assert load_photo(tmp_path / "b.jpg") == "không tìm thấy tệp ảnh “b.jpg” trong thư mục của tệp này"
