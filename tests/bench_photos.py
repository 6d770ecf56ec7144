"""Benchmark of the photo pipeline (hooks/thidua/photos.py) on camera-sized photos.

Run: .venv/bin/python tests/bench_photos.py [--counts 10,40] [--size 4000x3000]

For each count it writes that many synthetic camera photos (JPEG, quality 90, with EXIF location
and a turned orientation, like a phone's), then times what a build does with each: the check when
the data is loaded (check_photo), the size read for the pages (web_size), and the published copy
(web_photo). It reports milliseconds per photo, bytes in and out, and the ratio between counts:
the cost should be flat per photo. Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageFilter

from thidua.photos import check_photo, web_photo, web_size


def camera_photo(path: Path, size: tuple[int, int], seed: int) -> None:
    """A photo with detail everywhere (so it compresses like a real one), EXIF GPS, turned."""
    rng = random.Random(seed)
    small = Image.new("RGB", (size[0] // 16, size[1] // 16))
    small.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(small.width * small.height)])
    image = small.resize(size, Image.Resampling.BICUBIC).filter(ImageFilter.DETAIL)
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 2.0)}
    exif[0x0112] = 6
    image.save(path, "JPEG", quality=90, exif=exif)


def measure(count: int, size: tuple[int, int], work: Path) -> dict:
    photos = []
    for i in range(count):
        path = work / f"{count}-{i}.jpg"
        camera_photo(path, size, i)
        photos.append(path)
    timings = {}
    started = time.perf_counter()
    assert all(check_photo(p) is None for p in photos)
    timings["check"] = time.perf_counter() - started
    started = time.perf_counter()
    for p in photos:
        web_size(p)
    timings["size"] = time.perf_counter() - started
    started = time.perf_counter()
    published = [len(web_photo(p)) for p in photos]
    timings["publish"] = time.perf_counter() - started
    return {
        "count": count,
        "ms": {step: 1000 * seconds / count for step, seconds in timings.items()},
        "bytes_in": sum(p.stat().st_size for p in photos) / count,
        "bytes_out": sum(published) / count,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="10,40")
    parser.add_argument("--size", default="4000x3000", help="width x height of the camera photos")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-photos-") as tmp:
        for count in (int(n) for n in args.counts.split(",")):
            rows.append(measure(count, size, Path(tmp)))
    print(f"Photos {size[0]}x{size[1]} JPEG; milliseconds per photo")
    print(f"{'photos':>7} {'check':>8} {'size':>8} {'publish':>8} {'KiB in':>8} {'KiB out':>8}")
    for row in rows:
        ms = row["ms"]
        print(
            f"{row['count']:>7} {ms['check']:>8.1f} {ms['size']:>8.1f} {ms['publish']:>8.1f} "
            f"{row['bytes_in'] / 1024:>8.0f} {row['bytes_out'] / 1024:>8.0f}"
        )
    for before, after in zip(rows, rows[1:]):
        ratio = after["ms"]["publish"] / before["ms"]["publish"]
        print(f"{before['count']} -> {after['count']}: photos x{after['count'] / before['count']:.2f}, publish ms per photo x{ratio:.2f}")


if __name__ == "__main__":
    main()
