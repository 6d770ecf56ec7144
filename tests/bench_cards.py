"""Benchmark of the preview cards (hooks/thidua/cards.py): drawing one, and reusing it from the cache.

Run: .venv/bin/python tests/bench_cards.py [--counts 20,80]

For each count it draws that many cards with long Vietnamese headings (a theme that wraps to the
smallest size and is cut after a word), then writes them again through the cache, as a rebuild
does. It reports milliseconds and bytes per card; the cost should be flat per card. Not a test:
pytest does not collect it.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from thidua.cards import FILE_NAME, Card, write_cards

THEME = (
    "Đoàn kết, sáng tạo, nỗ lực vượt khó, quyết tâm hoàn thành xuất sắc các mục tiêu, nhiệm vụ phát triển "
    "kinh tế - xã hội, quốc phòng - an ninh năm {n} và giai đoạn 2021 - 2025, xây dựng quê hương giàu đẹp"
)


def measure(count: int, work: Path) -> dict:
    cards = {
        f"ke-hoach/{n}/{FILE_NAME}": Card(f"Kế hoạch thi đua năm {n}", THEME.format(n=n), ("Xã Tùng Ảnh, Huyện Đức Thọ, Tỉnh Hà Tĩnh",))
        for n in range(count)
    }
    cache = work / f"cache-{count}"
    timings = {}
    for step in ("draw", "cached"):
        started = time.perf_counter()
        write_cards(cards, "Phong trào thi đua", work / f"{step}-{count}", cache)
        timings[step] = time.perf_counter() - started
    size = sum(p.stat().st_size for p in (work / f"draw-{count}").rglob(FILE_NAME))
    return {"count": count, "ms": {k: 1000 * v / count for k, v in timings.items()}, "bytes": size / count}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="20,80")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-cards-") as tmp:
        rows = [measure(int(n), Path(tmp)) for n in args.counts.split(",")]
    print(f"{'cards':>6} {'draw ms':>8} {'cached ms':>10} {'KiB':>6}")
    for row in rows:
        print(f"{row['count']:>6} {row['ms']['draw']:>8.1f} {row['ms']['cached']:>10.2f} {row['bytes'] / 1024:>6.0f}")


if __name__ == "__main__":
    main()
