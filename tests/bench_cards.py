"""Benchmark of the preview cards (hooks/thidua/cards.py): drawing them, and reusing them from the cache.

Run: .venv/bin/python tests/bench_cards.py [--counts 20,80,1000]

For each count it draws that many cards with long Vietnamese headings (a theme that wraps to the
smallest size and is cut after a word) into an empty cache, as a first build on a clean machine
does, then writes them again through the cache, as a rebuild does. It reports, per card: wall
milliseconds, CPU milliseconds (this process and the worker processes it waited for, so a
parallel draw shows the work of every core: on a shared, loaded machine the CPU time is the steadier
figure), and bytes. Counts from thidua.cards.PARALLEL_FROM on are drawn on every core. The cost
should be flat per card. With --formats it also writes one drawn card in other files a social
network accepts (PNG at other zlib settings, JPEG), to compare CPU time and bytes of encoding
alone. Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time
import zlib
from pathlib import Path

from PIL import Image

from thidua.cards import FILE_NAME, Card, draw_card, write_cards

from bench_report import load_average

THEME = (
    "Đoàn kết, sáng tạo, nỗ lực vượt khó, quyết tâm hoàn thành xuất sắc các mục tiêu, nhiệm vụ phát triển "
    "kinh tế - xã hội, quốc phòng - an ninh năm {n} và giai đoạn 2021 - 2025, xây dựng quê hương giàu đẹp"
)


def cpu_seconds() -> float:
    """User and system time of this process and of the child processes it has waited for."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def measure(count: int, work: Path) -> dict:
    cards = {
        f"ke-hoach/{n}/{FILE_NAME}": Card(f"Kế hoạch thi đua năm {n}", THEME.format(n=n), ("Xã Tùng Ảnh, Huyện Đức Thọ, Tỉnh Hà Tĩnh",))
        for n in range(count)
    }
    cache = work / f"cache-{count}"
    row = {"count": count}
    for step in ("draw", "cached"):
        wall, cpu = time.perf_counter(), cpu_seconds()
        write_cards(cards, "Phong trào thi đua", work / f"{step}-{count}", cache)
        row[step] = (1000 * (time.perf_counter() - wall) / count, 1000 * (cpu_seconds() - cpu) / count)
    row["bytes"] = sum(p.stat().st_size for p in (work / f"draw-{count}").rglob(FILE_NAME)) / count
    return row


FORMATS = {
    "PNG, zlib RLE (used)": ("PNG", {"compress_type": zlib.Z_RLE}),
    **{f"PNG, zlib level {level}": ("PNG", {"compress_level": level}) for level in (1, 3, 4, 6, 9)},
    "JPEG quality 85 (RGB)": ("JPEG", {"quality": 85}),
}


def compare_formats(repeat: int = 20) -> None:
    card = Card("Kế hoạch thi đua năm 2024", THEME.format(n=2024), ("Xã Tùng Ảnh, Huyện Đức Thọ, Tỉnh Hà Tĩnh",))
    with Image.open(io.BytesIO(draw_card(card, "Phong trào thi đua"))) as drawn:
        paletted = drawn.copy()
    print(f"{'file':<24} {'CPU ms':>7} {'KiB':>6}")
    for name, (kind, options) in FORMATS.items():
        image = paletted.convert("RGB") if kind == "JPEG" else paletted
        started = time.process_time()
        for _ in range(repeat):
            out = io.BytesIO()
            image.save(out, kind, **options)
        print(f"{name:<24} {1000 * (time.process_time() - started) / repeat:>7.2f} {len(out.getvalue()) / 1024:>6.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="20,80", help="numbers of cards, comma-separated (default 20,80)")
    parser.add_argument("--formats", action="store_true", help="also compare encodings of one card")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-cards-") as tmp:
        rows = [measure(int(n), Path(tmp)) for n in args.counts.split(",")]
    print(f"load average {load_average()}, {os.cpu_count()} cores")
    print(f"{'cards':>6} {'draw ms':>8} {'draw CPU ms':>12} {'cached ms':>10} {'cached CPU ms':>14} {'KiB':>6}")
    for row in rows:
        (draw, draw_cpu), (cached, cached_cpu) = row["draw"], row["cached"]
        print(f"{row['count']:>6} {draw:>8.1f} {draw_cpu:>12.1f} {cached:>10.2f} {cached_cpu:>14.2f} {row['bytes'] / 1024:>6.1f}")
    if args.formats:
        compare_formats()


if __name__ == "__main__":
    main()
