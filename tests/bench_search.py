"""Benchmark of the Pagefind search against Material's lunr search, on synthetic sites.

Run: .venv/bin/python tests/bench_search.py [--sizes 50,5000,20000] [--lunr-max 5000]

For each size N it writes N synthetic pages (clearly synthetic names: "Xã Tổng Hợp 00017") as
HTML carrying the search markup of hooks/thidua/search.py, indexes them with index_site, and
reports the index build time, the bundle size on disk, and the bytes Chromium downloads from
pagefind/ for a first query typed into the header search box. Next to it: the size of the
search/search_index.json that Material's lunr search would make for the same pages, built with
MkDocs and the "search" plugin for N <= --lunr-max, and above that extrapolated linearly from
the largest measured size (and marked so). The first size stands for the seed data set.
Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from functools import partial
from itertools import accumulate
from pathlib import Path

from playwright.sync_api import sync_playwright

from thidua.search import index_site, search_markup

from conftest import CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parent.parent
TOY_SITE = ROOT / "tests" / "fixtures" / "search_site"
QUERY = "hộ nghèo"  # with diacritics: the search runs both its folded and its exact pass
PROVINCES = [
    "Hà Nội", "Hải Phòng", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Điện Biên",
    "Lai Châu", "Sơn La", "Đắk Lắk", "Đồng Nai", "Cần Thơ", "Đà Nẵng", "Lâm Đồng", "Bình Định",
]
CAPS = ["Tỉnh", "Huyện", "Xã, phường, thị trấn"]
WORDS = (
    "phong trào thi đua yêu nước đảng bộ chính quyền nhân dân xã huyện tỉnh giảm hộ nghèo bền "
    "vững xây dựng nông thôn mới đô thị văn minh cải cách hành chính đẩy mạnh phát triển kinh tế "
    "xã hội đoàn kết đời sống văn hóa khen thưởng tập thể cá nhân thành tích xuất sắc kế hoạch "
    "mục tiêu chỉ tiêu nhiệm vụ giải pháp tổ chức thực hiện ủy ban mặt trận tổ quốc hội nông dân "
    "phụ nữ cựu chiến binh đoàn thanh niên học tập làm theo tư tưởng đạo đức phong cách Hồ Chí Minh "
    "đường giao thông trường học trạm y tế nhà văn hóa đại đoàn kết an ninh trật tự môi trường "
    "sáng kiến cải tiến kỹ thuật doanh nghiệp hợp tác xã sản xuất kinh doanh giỏi năm giai đoạn"
).split()
ONSETS = "b c ch d đ g gh h k kh l m n ng nh p ph qu r s t th tr v x".split()
RHYMES = (
    "a ai am an ang anh ao au ay e em en eng i ia im in inh it o oi om on ong ot u ui um un ung "
    "ut ưa ươn ương ơi ân âu ây ê êu iên iêu uô uôn uông ôi ông"
).split()
TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]


def _vocabulary() -> tuple[list[str], list[float]]:
    """WORDS, then some 7,000 made-up syllables, with Zipf-like cumulative weights: few
    words on every page, most on few pages, as in real text."""
    rng = random.Random(0)
    made_up = [
        unicodedata.normalize("NFC", onset + rhyme[0] + tone + rhyme[1:])
        for onset in ONSETS for rhyme in RHYMES for tone in TONES
    ]
    rng.shuffle(made_up)
    vocabulary = list(dict.fromkeys(WORDS + made_up))
    return vocabulary, list(accumulate(1 / rank for rank in range(1, len(vocabulary) + 1)))


VOCABULARY, CUMULATIVE_WEIGHTS = _vocabulary()
KINDS = [  # (share of pages, loai, URL folder)
    (0.60, "Kế hoạch thi đua", "ke-hoach"),
    (0.25, "Địa phương", "dia-phuong"),
    (0.10, "Người được khen thưởng", "khen-thuong"),
    (0.05, "Phong trào", "phong-trao"),
]


def synthetic_pages(count: int) -> list[dict]:
    """`count` deterministic pages: url, title, text, and search_markup arguments."""
    rng = random.Random(count)
    pages = []
    for i in range(count):
        share = rng.random()
        for limit, kind, folder in KINDS:
            share -= limit
            if share < 0:
                break
        province = rng.choice(PROVINCES)
        year = str(rng.randint(2015, 2025))
        place = f"Xã Tổng Hợp {i:05d}"
        title = {
            "Kế hoạch thi đua": f"Kế hoạch thi đua {place.lower()} năm {year}",
            "Địa phương": place,
            "Người được khen thưởng": f"Người Tổng Hợp {i:05d}",
            "Phong trào": f"Phong trào Tổng Hợp {i:05d}",
        }[kind]
        text = " ".join(rng.choices(VOCABULARY, cum_weights=CUMULATIVE_WEIGHTS, k=rng.randint(150, 300)))
        search = {"filters": {"loai": kind}}
        if kind != "Phong trào":
            search["filters"] |= {"tinh": province, "cap": rng.choice(CAPS)}
            search["meta"] = {"dia_phuong": f"{place}, tỉnh {province}"}
        if kind == "Kế hoạch thi đua":
            search["filters"]["nam"] = year
            search["meta"]["nam"] = year
            search["sort"] = {"year": year}
        pages.append({"url": f"{folder}/{i:05d}/", "title": title, "text": text, "search": search})
    return pages


def write_html_site(site: Path, pages: list[dict]) -> None:
    """The pages as HTML under `site`, on top of the built toy site (its theme, header search)."""
    for page in pages:
        out = site / page["url"] / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(
            f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{page["title"]}</title>'
            f'</head><body><article data-pagefind-body><h1>{page["title"]}</h1><p>{page["text"]}</p>'
            f'{search_markup(**page["search"])}</article></body></html>',
            encoding="utf-8",
        )


def lunr_index_bytes(work: Path, pages: list[dict]) -> tuple[int, int]:
    """(bytes, gzipped bytes) of Material's search/search_index.json for the same pages."""
    docs = work / "lunr-docs"
    (docs / "p").mkdir(parents=True)
    (docs / "index.md").write_text("# Trang chủ\n", encoding="utf-8")
    for i, page in enumerate(pages):
        (docs / "p" / f"{i:05d}.md").write_text(f'# {page["title"]}\n\n{page["text"]}\n', encoding="utf-8")
    config = work / "mkdocs.yml"
    config.write_text(
        "site_name: Thử lunr\ndocs_dir: lunr-docs\nnav: [index.md]\n"
        "theme: {name: material, language: vi}\nplugins: [search]\n",
        encoding="utf-8",
    )
    site = work / "lunr-site"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d", str(site)],
        check=True,
        cwd=work,
    )
    data = (site / "search" / "search_index.json").read_bytes()
    return len(data), len(gzip.compress(data))


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve `root` (holding repo/) on 127.0.0.1; returns the server and its /repo/ URL."""
    handler = partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/repo/"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass


def first_query(browser, base_url: str) -> tuple[int, int, float]:
    """(bytes, requests) fetched from pagefind/ to show the results of QUERY in the header, and
    the seconds from the last key typed to the results shown (typing delay included)."""
    page = browser.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request) if "/pagefind/" in request.url else None)
    page.goto(base_url + "ke-hoach/phu-son-2024/")
    box = page.locator("[data-thidua-search-input]")
    box.click()
    box.press_sequentially(QUERY, delay=30)
    typed = time.perf_counter()
    page.wait_for_function(
        "() => document.querySelector('[data-thidua-search-meta]').textContent.startsWith('Tìm thấy')",
        timeout=300_000,
    )
    seconds = time.perf_counter() - typed
    page.wait_for_timeout(1000)  # stragglers: fragments of the listed results
    total = 0
    for request in responses:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    page.close()
    return total, len(responses), seconds


def measure(size: int, lunr_max: int, browser, work: Path) -> dict:
    root = work / f"n{size}"
    site = root / "repo"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(TOY_SITE / "mkdocs.yml"), "-d", str(site)],
        check=True,
        cwd=ROOT,
    )
    pages = synthetic_pages(size)
    write_html_site(site, pages)
    stats = index_site(site)
    server, base_url = serve(root)
    try:
        query_bytes, requests, query_seconds = first_query(browser, base_url)
    finally:
        server.shutdown()
        server.server_close()
    row = {
        "size": size,
        "pages": stats["pages"],
        "seconds": stats["seconds"],
        "index_bytes": stats["index_bytes"],
        "index_files": stats["index_files"],
        "query_bytes": query_bytes,
        "requests": requests,
        "query_seconds": query_seconds,
        "lunr": None,
    }
    if size <= lunr_max:
        row["lunr"] = lunr_index_bytes(root, pages)
    shutil.rmtree(root)
    return row


def mib(count: float) -> str:
    return f"{count / 1024 / 1024:.2f} MiB" if count >= 1024 * 1024 else f"{count / 1024:.0f} KiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="50,5000,20000", help="page counts; the first is the seed size")
    parser.add_argument("--lunr-max", type=int, default=5000, help="largest size built with lunr")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for size in sizes:
            print(f"... {size} pages", file=sys.stderr, flush=True)
            rows.append(measure(size, args.lunr_max, browser, Path(tmp)))
        browser.close()

    measured = [row for row in rows if row["lunr"]]
    header = (
        f"{'pages':>7} {'indexed':>7} {'index s':>8} {'bundle on disk':>16} {'files':>6} "
        f"{'1st query dl':>13} {'reqs':>5} {'query s':>8}   {'lunr json':>10} {'lunr gzip':>10}"
    )
    print(f'Pagefind vs lunr, first query "{QUERY}" typed in the header (Chromium, pagefind/ only)')
    print(header)
    print("-" * len(header))
    for row in rows:
        if row["lunr"]:
            raw, gz = row["lunr"]
            lunr = f"{mib(raw):>10} {mib(gz):>10}"
        elif measured:
            ref = measured[-1]
            scale = row["size"] / ref["size"]
            lunr = f"{mib(ref['lunr'][0] * scale):>10} {mib(ref['lunr'][1] * scale):>10}  extrapolated"
        else:
            lunr = f"{'-':>10} {'-':>10}"
        print(
            f"{row['size']:>7} {row['pages']:>7} {row['seconds']:>8.1f} {mib(row['index_bytes']):>16} "
            f"{row['index_files']:>6} {mib(row['query_bytes']):>13} {row['requests']:>5} "
            f"{row['query_seconds']:>8.1f}   {lunr}"
        )
    print(
        "Indexed = synthetic pages + the toy site's 7. Lunr's whole JSON is downloaded before a first "
        "query (gzip if the host compresses); Pagefind's files are compressed already."
    )


if __name__ == "__main__":
    main()
