"""Photos of honored people: checked when the data is loaded, made fit for phones when published.

Staff upload the photo as the camera took it, beside the person's data file. ``check_photo``
refuses what cannot be published (damaged, too many pixels, too small, not JPEG/PNG/WebP);
``web_photo`` makes the published copy: turned upright, at most ``WEB_BOX`` pixels, JPEG, and
without the EXIF block, which holds the place (GPS) and time the photo was taken. The size is
measured once by ``load_photo``, so pages can give it to the browser without decoding any photo.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

import PIL
from PIL import Image, ImageOps

FORMATS = {"JPEG": "JPG", "PNG": "PNG", "WEBP": "WebP"}
MAX_BYTES = 20 * 1024 * 1024
MIN_SIDE = 200
MAX_PIXELS = 60_000_000  # a 50-megapixel phone photo is 8160×6120; Pillow calls 89 million a "bomb"
WEB_BOX = (480, 600)  # width, height: a portrait card on a phone, sharp on 2x screens at 240 px
WEB_QUALITY = 82
_ORIENTATION = 0x0112
_TURNED = {5, 6, 7, 8}  # EXIF orientations that swap width and height


@dataclass(frozen=True)
class Photo:
    """A checked photo: its file, and the width and height of its published copy."""

    source: Path
    width: int
    height: int


def load_photo(path: Path) -> Photo | str:
    """The photo at ``path``, checked and measured once for every page that shows it; or why it
    cannot be published, in Vietnamese."""
    found = _inspect(path)
    return found if isinstance(found, str) else Photo(path, *_fit(found))


def check_photo(path: Path) -> str | None:
    """Why the file at ``path`` cannot be published as a photo, in Vietnamese; None if it can."""
    found = _inspect(path)
    return found if isinstance(found, str) else None


def _inspect(path: Path) -> tuple[int, int] | str:
    """The upright size of the photo at ``path``, or why it cannot be published. The whole image
    is decoded, so a truncated or damaged file is refused now, when the data is checked, not when
    the site is being written; the number of pixels is checked before."""
    if not path.is_file():
        return f"không tìm thấy tệp ảnh “{path.name}” trong thư mục của tệp này"
    if path.stat().st_size > MAX_BYTES:
        return f"tệp ảnh “{path.name}” quá lớn (tối đa {MAX_BYTES // 1024 // 1024} MB)"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                return _inspect_open(path.name, image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return _too_many_pixels(path.name)
    except Exception:  # Pillow raises many kinds of error (OSError, SyntaxError, struct.error…) on what is no image
        return f"tệp “{path.name}” không phải là ảnh"


def _inspect_open(name: str, image: Image.Image) -> tuple[int, int] | str:
    if image.format not in FORMATS:
        return f"ảnh “{name}” là ảnh {image.format}; chỉ nhận ảnh {', '.join(FORMATS.values())}"
    if image.width * image.height > MAX_PIXELS:  # before anything decodes it
        return _too_many_pixels(name)
    try:
        size = _upright_size(image)
        image.draft("RGB", (1, 1))  # a JPEG decodes at its smallest scale: cheap, yet every byte is read
        image.load()
    except Exception:  # Pillow's decoders raise OSError, ValueError, SyntaxError… on damaged data
        return f"ảnh “{name}” bị hỏng hoặc chưa tải lên hết; hãy tải lại tệp ảnh gốc"
    if min(size) < MIN_SIDE:
        return f"ảnh “{name}” quá nhỏ ({size[0]}×{size[1]} điểm ảnh; cần ít nhất {MIN_SIDE} mỗi chiều)"
    return size


def _too_many_pixels(name: str) -> str:
    return f"ảnh “{name}” có quá nhiều điểm ảnh (tối đa {MAX_PIXELS // 1_000_000} triệu); hãy thu nhỏ ảnh"


def _fit(size: tuple[int, int]) -> tuple[int, int]:
    """The size of the published copy of an upright photo of ``size``: within WEB_BOX."""
    width, height = size
    scale = min(WEB_BOX[0] / width, WEB_BOX[1] / height, 1)
    return max(1, round(width * scale)), max(1, round(height * scale))


def web_size(path: Path) -> tuple[int, int]:
    """Width and height of ``web_photo(path)``, read from the file's header only."""
    with Image.open(path) as image:
        return _fit(_upright_size(image))


def web_photo(path: Path) -> bytes:
    """The published copy of a checked photo: upright, within WEB_BOX, JPEG, no EXIF."""
    size = web_size(path)
    with Image.open(path) as image:
        turned = image.getexif().get(_ORIENTATION) in _TURNED
        image.draft("RGB", size[::-1] if turned else size)  # JPEG: decode at the smallest scale that fits
        upright = _on_white(ImageOps.exif_transpose(image))
    upright = upright.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=WEB_QUALITY, optimize=True, progressive=True)
    return out.getvalue()


def _on_white(image: Image.Image) -> Image.Image:
    """RGB, with the transparent parts of a PNG or WebP shown white rather than black."""
    if image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


def _upright_size(image: Image.Image) -> tuple[int, int]:
    width, height = image.size
    return (height, width) if image.getexif().get(_ORIENTATION) in _TURNED else (width, height)


def write_photos(photos: dict[str, Path], site_dir: Path, cache_dir: Path | None = None) -> None:
    """Write the published copy of each photo at its site-relative URL under ``site_dir``.

    With ``cache_dir``, a copy made once is kept there under a hash of the photo's bytes and of
    the settings it was made with, and reused by later builds (``mkdocs serve`` rebuilds on
    every saved file); a changed photo or setting gets a new copy.
    """
    for url, source in photos.items():
        target = site_dir / url
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_cached(source, cache_dir) if cache_dir else web_photo(source))


def _cached(source: Path, cache_dir: Path) -> bytes:
    settings = f"{WEB_BOX} {WEB_QUALITY} pillow {PIL.__version__}".encode()
    key = hashlib.sha256(settings + source.read_bytes()).hexdigest()
    kept = cache_dir / f"{key}.jpg"
    if kept.is_file():
        return kept.read_bytes()
    data = web_photo(source)
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = kept.with_suffix(".tmp")
    partial.write_bytes(data)
    partial.replace(kept)  # never a half-written copy under the final name
    return data
