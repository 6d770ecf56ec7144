"""Benchmark of the Pagefind search against Material's lunr search, on synthetic sites.

Run: .venv/bin/python tests/bench_search.py [--sizes 50,5000,20000] [--lunr-max 5000]

For each size N it writes N synthetic pages (clearly synthetic names: made-up syllables such
as "Xã Ngỉn Hẽng", "Người Tổng Hợp 00017") as HTML carrying the search markup of
hooks/thidua/search.py, indexes them with index_site, and reports the index build time and the
bundle size on disk. Then, for each of three queries (QUERY and COMMON_QUERY, words on most
pages, and a commune's name typed without marks), the bytes Chromium fetches from pagefind/ for
a first query typed into the header search box of a fresh browser context, split by kind of
file to show what grows with the site. The server compresses text files with gzip as GitHub
Pages does (Pagefind's index files and WASM are gzip files already); bytes are counted on the
wire. Next to it: the size of the search/search_index.json that Material's lunr search would
make for the same pages, built with MkDocs and the "search" plugin for N <= --lunr-max, and
above that extrapolated linearly from the largest measured size (and marked so). The first
size stands for the seed data set.
With --province PLANS,PEOPLE it measures instead a province-size site in the two ways honored
people can be indexed: "pages", each person a page of the index; "entries", each person an entry
of the page of their commune's honors of their year, as thidua.site.exemplar_pages makes them (a
heading whose id is where links to them land, meta lien_ket: a sub-result of that page, see
hooks/thidua/search.py). For each way: pages indexed, peak
memory of the indexing process and Pagefind together (os.wait4), bundle size, the bytes the
search page tim-kiem/ fetches from pagefind/ when opened with no query, and first queries typed
into the header box: the first plan's commune without marks, "ho ngheo" and a person's name
without marks.
Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import io
import mimetypes
import os
import pickle
import random
import re
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
from thidua.site.search_info import entry_links
from thidua.text import fold

from bench_report import KIND_NAMES, file_kind, launch_chromium, mib, print_header, wire_bytes

ROOT = Path(__file__).resolve().parent.parent
TOY_SITE = ROOT / "tests" / "fixtures" / "search_site"
QUERY = "hộ nghèo"  # with diacritics: the search runs both its folded and its exact pass
COMMON_QUERY = "thi dua"  # without: one pass, on words of nearly every page
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
# Made-up commune names: two syllables from the tail of the Zipf ranks, so that a name is on a
# few pages only, as a real commune's name is ("Phú Sơn" names 13 communes).
PLACE_SYLLABLES = VOCABULARY[-2000:]
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
        place = _place(rng)
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


FAMILY_NAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLE_NAMES = "Văn Thị Hữu Đức Minh Thanh Ngọc Quốc Xuân Thu".split()
AWARDS = [
    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    "Giấy khen của Chủ tịch Ủy ban nhân dân xã",
    "Chiến sĩ thi đua cơ sở",
    "Lao động tiên tiến",
]
PROVINCE = "Thanh Hóa"
PROVINCE_QUERIES = ("ho ngheo",)


def province_pages(plans: int, people: int, layout: str) -> tuple[list[dict], list[str]]:
    """A province's plans, localities (one for every 8 plans), 20 movements and honored people (of
    one commune for every 10 plans), the people either as pages of their own (``layout`` "pages")
    or as entries of the pages of their commune's honors of a year ("entries"); and the name of the
    first person, the commune of the first plan."""
    rng = random.Random(plans)
    pages = []
    for i in range(plans):
        place, year = _place(rng), str(rng.randint(2015, 2025))
        pages.append({
            "url": f"ke-hoach/{i:05d}/",
            "title": f"Kế hoạch thi đua {place.lower()} năm {year}",
            "text": _text(rng, 150, 300),
            "search": {
                "filters": {"loai": "Kế hoạch thi đua", "tinh": PROVINCE, "cap": rng.choice(CAPS), "nam": year},
                "meta": {"dia_phuong": f"{place}, tỉnh {PROVINCE}", "nam": year},
                "sort": {"year": year},
            },
        })
    for i in range(plans // 8):
        place = _place(rng)
        pages.append({
            "url": f"dia-phuong/{i:05d}/", "title": place, "text": _text(rng, 100, 200),
            "search": {"filters": {"loai": "Địa phương", "tinh": PROVINCE, "cap": rng.choice(CAPS)},
                       "meta": {"dia_phuong": f"{place}, tỉnh {PROVINCE}"}},
        })
    for i in range(20):
        pages.append({"url": f"phong-trao/{i:02d}/", "title": f"Phong trào Tổng Hợp {i:02d}",
                      "text": _text(rng, 150, 300), "search": {"filters": {"loai": "Phong trào"}}})
    honored = []
    communes = [_place(rng) for _ in range(max(1, plans // 10))]  # Hà Nội: 526 communes for 5,000 plans
    for i in range(people):
        name = " ".join([rng.choice(FAMILY_NAMES), rng.choice(MIDDLE_NAMES), rng.choice(PLACE_SYLLABLES).capitalize()])
        honored.append({
            "url": f"khen-thuong/{i:05d}/", "name": name, "award": rng.choice(AWARDS), "place": rng.choice(communes),
            "year": str(rng.randint(2015, 2025)), "achievement": _text(rng, 30, 80),
        })
    if layout == "pages":
        pages += [
            {"url": p["url"], "title": p["name"], "text": f'{p["award"]} {p["place"]} {p["year"]} {p["achievement"]}',
             "search": {"filters": {"loai": "Người được khen thưởng", "tinh": PROVINCE, "nam": p["year"]},
                        "meta": {"dia_phuong": f'{p["place"]}, tỉnh {PROVINCE}', "nam": p["year"]}}}
            for p in honored
        ]
    else:
        years: dict[tuple[str, str], list[dict]] = {}
        for person in honored:
            years.setdefault((person["place"], person["year"]), []).append(person)
        for number, ((place, year), group) in enumerate(sorted(years.items())):
            entries = "".join(
                f'<section><h2 id="{p["url"].split("/")[1]}">{p["name"]}</h2><p>{p["award"]}</p>'
                f'<p>{p["place"]}, tỉnh {PROVINCE} · {p["year"]}</p><p>{p["achievement"]}</p></section>'
                for p in sorted(group, key=lambda p: p["name"])
            )
            pages.append({
                "url": f"dia-phuong/{number:05d}/khen-thuong/{year}/", "title": f"Khen thưởng năm {year} – {place}",
                "html": entries,
                "search": {"filters": {"loai": "Người được khen thưởng", "tinh": PROVINCE, "nam": year},
                           "meta": {"dia_phuong": f"{place}, tỉnh {PROVINCE}", "nam": year,
                                    **entry_links({p["url"].split("/")[1]: "#" + p["url"].split("/")[1] for p in group})}},
            })
    commune = fold(pages[0]["search"]["meta"]["dia_phuong"].split(",")[0].removeprefix("Xã "))
    return pages, [fold(honored[0]["name"]), commune]


def _text(rng: random.Random, fewest: int, most: int) -> str:
    return " ".join(rng.choices(VOCABULARY, cum_weights=CUMULATIVE_WEIGHTS, k=rng.randint(fewest, most)))


def _place(rng: random.Random) -> str:
    return "Xã " + " ".join(rng.choice(PLACE_SYLLABLES).capitalize() for _ in range(2))


def place_query(pages: list[dict]) -> str:
    """The name of the first campaign's commune as a citizen types it: lower case, no marks."""
    campaign = next(page for page in pages if page["search"]["filters"]["loai"] == "Kế hoạch thi đua")
    return fold(campaign["search"]["meta"]["dia_phuong"].split(",")[0].removeprefix("Xã "))


def write_html_site(site: Path, pages: list[dict]) -> None:
    """The pages as HTML under `site`, on top of the built toy site (its theme, header search)."""
    for page in pages:
        out = site / page["url"] / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(
            f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{page["title"]}</title>'
            f'</head><body><article data-pagefind-body><h1>{page["title"]}</h1>'
            f'{page.get("html") or "<p>" + page["text"] + "</p>"}'
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


def serve(root: Path, port: int = 0) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve `root` (holding repo/) on 127.0.0.1 (on `port`, else a free one); returns the server
    and its /repo/ URL."""
    handler = partial(_GzipHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/repo/"


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, text types gzip-compressed on request, as GitHub Pages serves them."""

    COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        kind = mimetypes.guess_type(path.name)[0] or ""
        if (
            "gzip" not in self.headers.get("Accept-Encoding", "")
            or not kind.startswith(self.COMPRESSED_TYPES)
            or not path.is_file()
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)  # what copyfile() reads, then closes

    def log_message(self, format: str, *args) -> None:
        pass


def first_query(browser, base_url: str, query: str, start: str = "ke-hoach/phu-son-2024/") -> dict:
    """What a new visitor's browser fetches from pagefind/ to show the results of `query` typed
    into the header search box of the page at `start`: bytes on the wire (body and headers), per kind of file, number of
    requests, and the seconds from the last key typed to the results shown (typing delay included)."""
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request) if "/pagefind/" in request.url else None)
    page.goto(base_url + start)
    box = page.locator("[data-thidua-search-input]")
    box.click()
    box.press_sequentially(query, delay=30)
    typed = time.perf_counter()
    page.wait_for_function(
        "() => /^(Tìm thấy|Không tìm thấy)/.test(document.querySelector('[data-thidua-search-meta]').textContent)",
        timeout=300_000,
    )
    seconds = time.perf_counter() - typed
    said = page.locator("[data-thidua-search-meta]").inner_text()
    page.wait_for_timeout(1000)  # stragglers: fragments of the listed results
    by_kind = dict.fromkeys(KIND_NAMES, 0)
    for request in responses:
        kind = file_kind(request.url)
        by_kind[kind] = by_kind.get(kind, 0) + wire_bytes(request)
    context.close()
    found = re.search(r"[\d.]+", said)
    return {
        "bytes": sum(by_kind.values()),
        "by_kind": by_kind,
        "requests": len(responses),
        "seconds": seconds,
        "results": int(found.group().replace(".", "")) if found else 0,
    }


def search_page_open(browser, base_url: str) -> dict:
    """What a new visitor's browser fetches from pagefind/ when the search page opens with no
    query, until the page says what it shows and the network is idle: bytes, requests."""
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request) if "/pagefind/" in request.url else None)
    page.goto(base_url + "tim-kiem/")
    page.wait_for_function(
        "() => !/^Đang tìm/.test(document.querySelector('.thidua-page__summary')?.textContent ?? 'Đang tìm')",
        timeout=600_000,
    )
    page.wait_for_load_state("networkidle")
    said = page.locator(".thidua-page__summary").inner_text()
    total = sum(map(wire_bytes, responses))
    context.close()
    return {"bytes": total, "requests": len(responses), "said": said}


def index_in_child(site: Path) -> tuple[dict, int]:
    """index_site(site) in a child process: its statistics and the peak memory (bytes) of the
    child and Pagefind, its own child (os.wait4)."""
    read, write = os.pipe()
    child = subprocess.Popen(
        [sys.executable, "-c",
         "import os, pickle, sys; from pathlib import Path; from thidua.search import index_site; "
         "os.write(int(sys.argv[2]), pickle.dumps(index_site(Path(sys.argv[1]))))", str(site), str(write)],
        pass_fds=(write,),
    )
    os.close(write)
    with os.fdopen(read, "rb") as stream:
        stats = pickle.loads(stream.read())
    _, status, usage = os.wait4(child.pid, 0)
    if status:
        raise RuntimeError(f"indexing failed: {status}")
    return stats, usage.ru_maxrss * 1024


def build_toy_site(site: Path) -> None:
    """The toy site (its theme, header search) built into ``site``, for the synthetic pages to go on."""
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(TOY_SITE / "mkdocs.yml"), "-d", str(site)],
        check=True,
        cwd=ROOT,
    )


def measure_province(plans: int, people: int, layout: str, browser, work: Path) -> dict:
    root = work / f"province-{layout}"
    site = root / "repo"
    build_toy_site(site)
    pages, queries = province_pages(plans, people, layout)
    write_html_site(site, pages)
    del pages
    stats, peak = index_in_child(site)
    server, base_url = serve(root)
    try:
        opened = search_page_open(browser, base_url)
        found = {query: first_query(browser, base_url, query) for query in (*PROVINCE_QUERIES, *queries)}
    finally:
        server.shutdown()
        server.server_close()
    shutil.rmtree(root)
    return {"layout": layout, "stats": stats, "peak": peak, "opened": opened, "queries": found}


def print_province(plans: int, people: int, rows: list[dict]) -> None:
    print(f"Province: {plans} plans, {plans // 8} localities, 20 movements, {people} honored people")
    for row in rows:
        stats = row["stats"]
        print(
            f"{row['layout']}: {stats['pages']} pages indexed in {stats['seconds']:.1f} s, peak memory "
            f"{mib(row['peak'])}, bundle {mib(stats['index_bytes'])} in {stats['index_files']} files; "
            f"search page opened: {mib(row['opened']['bytes'])} in {row['opened']['requests']} requests "
            f"({row['opened']['said']!r})"
        )
    header = f"{'layout':<8} {'query':<22} {'results':>7} {'on the wire':>11} {'reqs':>5}  " + " ".join(f"{kind:>11}" for kind in KIND_NAMES)
    print_header(header)
    for row in rows:
        for query, result in row["queries"].items():
            print(
                f"{row['layout']:<8} {query:<22} {result['results']:>7} {mib(result['bytes']):>11} {result['requests']:>5}  "
                + " ".join(f"{mib(result['by_kind'][kind]):>11}" for kind in KIND_NAMES)
            )


def measure(size: int, lunr_max: int, browser, work: Path) -> dict:
    root = work / f"n{size}"
    site = root / "repo"
    build_toy_site(site)
    pages = synthetic_pages(size)
    write_html_site(site, pages)
    stats = index_site(site)
    server, base_url = serve(root)
    try:
        queries = {
            query: first_query(browser, base_url, query) for query in (QUERY, COMMON_QUERY, place_query(pages))
        }
    finally:
        server.shutdown()
        server.server_close()
    row = {
        "size": size,
        "pages": stats["pages"],
        "seconds": stats["seconds"],
        "index_bytes": stats["index_bytes"],
        "index_files": stats["index_files"],
        "queries": queries,
        "lunr": None,
    }
    if size <= lunr_max:
        row["lunr"] = lunr_index_bytes(root, pages)
    shutil.rmtree(root)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="50,5000,20000", help="page counts; the first is the seed size")
    parser.add_argument("--lunr-max", type=int, default=5000, help="largest size built with lunr")
    parser.add_argument("--province", help="PLANS,PEOPLE: a province-size site, people as pages and as entries")
    parser.add_argument("--layouts", default="pages,entries", help="with --province: which ways to measure")
    args = parser.parse_args()
    if args.province:
        plans, people = (int(count) for count in args.province.split(","))
        with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp, sync_playwright() as pw:
            browser = launch_chromium(pw)
            rows = []
            for layout in args.layouts.split(","):
                print(f"... {layout}", file=sys.stderr, flush=True)
                rows.append(measure_province(plans, people, layout, browser, Path(tmp)))
            browser.close()
        print_province(plans, people, rows)
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp, sync_playwright() as pw:
        browser = launch_chromium(pw)
        for size in sizes:
            print(f"... {size} pages", file=sys.stderr, flush=True)
            rows.append(measure(size, args.lunr_max, browser, Path(tmp)))
        browser.close()

    measured = [row for row in rows if row["lunr"]]
    header = f"{'pages':>7} {'indexed':>7} {'index s':>8} {'bundle on disk':>15} {'files':>6}   {'lunr json':>10} {'lunr gzip':>10}"
    print("Index build, and Material's lunr index for the same pages")
    print_header(header)
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
            f"{row['size']:>7} {row['pages']:>7} {row['seconds']:>8.1f} {mib(row['index_bytes']):>15} "
            f"{row['index_files']:>6}   {lunr}"
        )
    header = f"{'pages':>7} {'query':<14} {'results':>7} {'on the wire':>11} {'reqs':>5} {'secs':>5}  " + " ".join(f"{kind:>11}" for kind in KIND_NAMES)
    print()
    print("First query typed in the header by a new visitor (Chromium; bytes from pagefind/, gzip as served)")
    print_header(header)
    for row in rows:
        for query, result in row["queries"].items():
            print(
                f"{row['size']:>7} {query:<14} {result['results']:>7} {mib(result['bytes']):>11} {result['requests']:>5} "
                f"{result['seconds']:>5.1f}  " + " ".join(f"{mib(result['by_kind'][kind]):>11}" for kind in KIND_NAMES)
            )
    print(
        "Indexed = synthetic pages + the toy site's 7. Lunr's whole JSON is downloaded before a first "
        "query (gzip if the host compresses)."
    )


if __name__ == "__main__":
    main()
