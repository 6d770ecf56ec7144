"""The province-size run of issue #14: one site of 5,000 plans and 25,000 honored people.

Run: .venv/bin/python tests/bench_province.py [--plans 5000] [--people-per-plan 5] [--province 01]
     [--builds 1] [--serve] [--keep DIR]

It writes the synthetic data of tests/bench_site.py: the plans in the communes of one province
before 2025 (by default Hà Nội, code 01: 526 communes for 5,000 plans), or with `--province ""`
spread over the communes of the whole country (many more locality pages than a province has),
then:
- builds the site with `mkdocs build` (`--builds 2`: twice, back to back; the first build draws the
  preview cards that are not yet in .cache/the-chia-se/ beside the data folder, the second reuses
  them, as a deploy with the workflow's cache does) and reports wall and CPU seconds, the peak
  memory of all processes together, and what would be published (bytes, and bytes allocated on disk);
- serves the site as GitHub Pages does (gzip) and, for a new visitor in Chromium, counts the bytes
  fetched from pagefind/ until the results of a first query typed into the header search box are
  shown: a commune's name typed without marks, and a phrase of a target;
- with `--serve`: seconds from saving one plan under `mkdocs serve --dirty` (what `make serve`
  runs) until the served page shows the change (tests/bench_feedback.py).
The aims of the issue are printed beside each figure. Wall time depends on what else the machine
does; CPU seconds and bytes do not. Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

from bench_feedback import MARK, serve_times
from bench_report import launch_chromium, mib, size_text, tree_blocks, tree_bytes
from bench_search import first_query, serve
from bench_site import _cached_cards, load_register, people_count, thidua_build, write_data
from thidua.text import fold

TIME_LIMIT = 5 * 60  # seconds
MEMORY_LIMIT = 3 * 1000**3  # bytes, all processes together
PUBLISH_LIMIT = 1000**3  # GitHub Pages: a published site of at most 1 GB
QUERY_LIMIT = 300 * 1000  # bytes on the wire for a first query
TARGET_QUERY = "ho ngheo"  # “Tỷ lệ hộ nghèo tổng hợp giảm còn …”, a target of every synthetic plan, typed without marks


def first_plan(data: Path) -> tuple[Path, str]:
    """The first plan's file and the name of its commune as a citizen types it (no marks)."""
    plan = min(data.rglob("*-ke-hoach-tong-hop-00001.yaml"))
    code = yaml.safe_load(plan.read_text(encoding="utf-8"))["dia_phuong"]["ma"]
    return plan, fold(load_register().get(code).short_name)


def verdict(value: float, limit: float) -> str:
    return "within" if value <= limit else "OVER"


def report_build(number: int, run: dict, site: Path, cards: int) -> None:
    html = sum(1 for _ in site.rglob("*.html"))
    published, allocated = tree_bytes(site), tree_blocks(site)
    print(f"build {number}: {html} HTML pages, {cards} cards drawn; load average {run['load'][0][0]:.1f} -> "
          f"{run['load'][1][0]:.1f}")
    print(f"  wall {run['seconds']:.0f} s ({verdict(run['seconds'], TIME_LIMIT)} 300 s), CPU {run['cpu']:.0f} s, "
          f"{run['cpu'] * 1000 / html:.1f} ms CPU per page")
    print(f"  peak memory, all processes together {size_text(run['peak_sum'])} ({verdict(run['peak_sum'], MEMORY_LIMIT)}"
          f" 3 GB); each: " + ", ".join(f"{name} {size_text(peak)}" for name, peak in run["peaks"]))
    print(f"  published {size_text(published)} ({verdict(published, PUBLISH_LIMIT)} 1 GB), allocated on disk "
          f"{size_text(allocated)}; search index {size_text(tree_bytes(site / 'pagefind'))}, open data "
          f"{size_text(tree_bytes(site / 'du-lieu'))}")


def report_queries(www: Path, start: str, queries: list[str]) -> None:
    server, base_url = serve(www)
    try:
        with sync_playwright() as pw:
            browser = launch_chromium(pw)
            results = {query: first_query(browser, base_url, query, start) for query in queries}
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    print("First query typed into the header search box by a new visitor (Chromium; bytes from pagefind/, gzip)")
    for query, r in results.items():
        kinds = ", ".join(f"{kind} {mib(count)}" for kind, count in r["by_kind"].items() if count)
        print(f"  {query!r}: {r['results']} results, {mib(r['bytes'])} in {r['requests']} requests "
              f"({verdict(r['bytes'], QUERY_LIMIT)} 300 KB), {r['seconds']:.1f} s after the last key; {kinds}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, default=5000, help="plans N")
    parser.add_argument("--people-per-plan", type=float, default=5, help="honored people per plan")
    parser.add_argument("--province", default="01", help="GSO code of the province (empty: the whole country)")
    parser.add_argument("--builds", type=int, default=1, help="builds back to back (the first draws new cards)")
    parser.add_argument("--serve", action="store_true", help="also time saving one plan under mkdocs serve --dirty")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="thidua-province-"))
    data, www = work / "campaigns", work / "www"
    data.mkdir(parents=True, exist_ok=True)
    write_data(data, args.plans, args.people_per_plan, province=args.province or None)
    plan, place = first_plan(data)
    print(f"{args.plans} plans, {people_count(args.plans, args.people_per_plan)} honored people, "
          f"{'province ' + args.province if args.province else 'the whole country'}")
    site = www / "repo"
    for number in range(1, args.builds + 1):
        shutil.rmtree(site, ignore_errors=True)
        cards = _cached_cards(data)
        run = thidua_build(data, site, work / f"build-{number}.log")
        report_build(number, run, site, _cached_cards(data) - cards)
    start = f"ke-hoach/{plan.relative_to(data).with_suffix('').as_posix()}/"
    report_queries(www, start, [place, TARGET_QUERY])
    if args.serve:
        assert MARK in plan.read_text(encoding="utf-8")
        first, *saves = serve_times(work, plan, dirty=True, saves=2)
        print(f"mkdocs serve --dirty: first page {first:.0f} s; after saving the plan: "
              + ", ".join(f"{s:.1f} s" for s in saves))
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
