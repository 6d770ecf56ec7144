"""Benchmark of the national hub over many synthetic province sites: its build, and what its
search page downloads for a first query.

Run: .venv/bin/python tests/bench_hub.py [--provinces 34] [--plans-per-province 20] [--keep DIR [--reuse]]
     .venv/bin/python tests/bench_hub.py --open-data-only --plans-per-province 500 [--people-per-province 2500]

It serves one folder with the gzip-compressing server of tests/bench_search.py (as GitHub Pages
serves an account's sites, each under its own sub-path), then:

1. builds P province sites, one per current province of the register (the first P of the 34, by
   code), each with N synthetic plans in communes of that province and N/2 honored people
   (tests/bench_site.write_data), with its own SITE_URL sub-path, by ``mkdocs build`` in a child;
2. writes the hub's data folder (the shared lists and ``trung-tam.yaml`` listing every province
   site, ``thu_muc`` pointing at its built folder, as tests/hub_sites.py does) and builds the hub
   in a child: wall seconds, CPU seconds and peak RSS of that child (os.wait4), the issue's figure;
3. opens the hub's search page (tim-kiem/), or its home page for the header search box, in a
   fresh Chromium context, waits for the page to settle (idle network: "on open"), types a first
   query and waits until the results of the whole query show, then a second for the fragments of
   the listed results. Bytes are those on the wire (body and headers, gzip as served) of every
   request to a pagefind/ folder of any site, split by site and by kind of file. Two queries, each
   in a fresh context on each of the two: a place name (the first plan's commune, typed without
   marks) and a phrase of a target.
With ``--open-data-only``, step 1 writes only each province's open data (``du-lieu/ke-hoach.json``
and ``khen-thuong.json``, the fields the hub reads, in the province's current communes), without
building the province sites: the hub at sizes where building 34 province sites would take hours.
The province pages the hub links to do not exist then; its search reads only the hub's own index.
Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import sync_playwright
from slugify import slugify

from thidua.hub.sites import LOCAL_FOLDERS_VARIABLE
from thidua.register import CURRENT, Unit, load_register
from thidua.text import fold

from bench_report import KIND_NAMES, file_kind, launch_chromium, load_average, mib, print_header, size_text, wire_bytes
from bench_search import serve
from bench_site import thidua_build, write_data
from hub_sites import DATA, HUB, SHARED, hub_file

TARGET_QUERY = "hộ nghèo"  # “Tỷ lệ hộ nghèo tổng hợp giảm còn …”: a target of every plan
LIMIT = 300 * 1024  # the bound for a first query, bytes (gzip)


def current_provinces(count: int) -> list[Unit]:
    """The first ``count`` current provinces, by code."""
    register = load_register()
    provinces = sorted((u for u in register.units() if u.era == CURRENT and u.level == "province"), key=lambda u: u.code)
    if count > len(provinces):
        sys.exit(f"--provinces: at most {len(provinces)}")
    return provinces[:count]


def build_provinces(provinces: list[Unit], plans: int, work: Path, www: Path, base: str, reuse: bool) -> list[dict]:
    rows = []
    for province in provinces:
        site = f"thidua-{slugify(province.short_name)}"
        if reuse:
            rows.append({"province": province, "site": site})
            continue
        data = work / site
        data.mkdir()
        write_data(data, plans, province=province.code)
        run = thidua_build(data, www / site, work / f"{site}.log",
                           {"SITE_URL": f"{base}{site}/", "THIDUA_TRANG_CA_NUOC": f"{base}{HUB}/"})
        rows.append({"province": province, "site": site, **run})
        print(f"    {province.short_name}: {run['seconds']:.1f} s", flush=True)
    return rows


def build_hub(sites: list[dict], work: Path, www: Path, base: str) -> dict:
    data = work / "hub"
    data.mkdir(exist_ok=True)
    for name in SHARED[:4]:
        shutil.copy(DATA / name, data / name)
    (data / "trung-tam.yaml").write_text(hub_file([
        {"ten": s["province"].short_name, "ma": s["province"].code, "dia_chi": f"{base}{s['site']}/",
         "thu_muc": str(www / s["site"])}
        for s in sites
    ]), encoding="utf-8")
    load = os.getloadavg()[0]
    run = thidua_build(data, www / HUB, work / "hub.log", {"SITE_URL": f"{base}{HUB}/", LOCAL_FOLDERS_VARIABLE: "1"})
    pages = sum(1 for _ in (www / HUB).rglob("*.html"))
    return {**run, "html": pages, "load": (load, os.getloadavg()[0])}


def write_open_data(provinces: list[Unit], plans: int, people: int, www: Path, base: str) -> list[dict]:
    """Each province's open data only, as its site would publish it (--open-data-only)."""
    register = load_register()
    communes: dict[str, list[Unit]] = {}
    for unit in register.units():
        if unit.era == CURRENT and unit.level == "commune":
            communes.setdefault(unit.parent_code, []).append(unit)
    rows = []
    for province in provinces:
        site = f"thidua-{slugify(province.short_name)}"
        address = f"{base}{site}/"
        places = sorted(communes[province.code], key=lambda unit: unit.code)
        place = lambda i: f"{places[i % len(places)].name}, {province.name}"  # noqa: E731
        folder = www / site / "du-lieu"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "ke-hoach.json").write_text(json.dumps([{
            "ma": f"{site}/ke-hoach-{i}", "dia_phuong": {"ten": place(i)},
            "du_lieu": {"van_ban": {"loai_van_ban": "KẾ HOẠCH", "ngay_ban_hanh": f"{2024 - i % 8}-01-15"},
                        "nam": 2024 - i % 8, "chu_de": [f"Chủ đề tổng hợp số {i}"], "khau_hieu": [f"Khẩu hiệu tổng hợp số {i}"]},
            "duong_dan": f"{address}ke-hoach/ke-hoach-{i}/",
        } for i in range(plans)], ensure_ascii=False), encoding="utf-8")
        (folder / "khen-thuong.json").write_text(json.dumps([{
            "ten": f"Người được khen thưởng số {i}", "loai": "ca-nhan", "dia_phuong": place(i), "nam": 2024 - i % 8,
            "danh_hieu": "Chiến sĩ thi đua cơ sở", "ngay_quyet_dinh": f"{2024 - i % 8}-12-01",
            "duong_dan": f"{address}khen-thuong/nguoi-{i}/",
        } for i in range(people)], ensure_ascii=False), encoding="utf-8")
        rows.append({"province": province, "site": site, "first_place": places[0]})
    return rows


def place_query(work: Path, site: str) -> str:
    """The commune of the province's first plan, as a citizen types it: lower case, no marks."""
    first = min((work / site).rglob("*-ke-hoach-tong-hop-00001.yaml"))
    code = yaml.safe_load(first.read_text(encoding="utf-8"))["dia_phuong"]["ma"]
    unit = load_register().get(code)
    return fold(unit.short_name)


def _tally(requests: list) -> dict:
    """Bytes on the wire of ``requests``: by kind of file, and by site (first path segment) and kind."""
    by_site: dict[str, dict[str, int]] = {}
    by_kind = dict.fromkeys(KIND_NAMES, 0)
    for request in requests:
        count, kind = wire_bytes(request), file_kind(request.url)
        by_kind[kind] = by_kind.get(kind, 0) + count
        site = urlsplit(request.url).path.split("/")[1]
        by_site.setdefault(site, {})
        by_site[site][kind] = by_site[site].get(kind, 0) + count
    return {"bytes": sum(by_kind.values()), "by_kind": by_kind, "by_site": by_site, "requests": len(requests)}


def first_query(browser, base: str, query: str, where: str) -> dict:
    """A first ``query`` on the hub, in a fresh context: ``where`` is "page" (the search page) or
    "box" (the header search box of the home page)."""
    context = browser.new_context()
    page = context.new_page()
    requests: list = []
    page.on("requestfinished", lambda request: requests.append(request) if "/pagefind/" in request.url else None)
    started = time.perf_counter()
    page.goto(f"{base}{HUB}/" + ("tim-kiem/" if where == "page" else ""))
    if where == "page":
        page.wait_for_selector(".thidua-page__list[aria-busy=false]", state="attached", timeout=300_000)
    page.wait_for_load_state("networkidle")
    ready = time.perf_counter() - started
    opened = _tally(list(requests))
    if where == "page":
        box, results, summary = (page.locator("form:has(select[name=sort]) input[name=q]"),
                                 ".thidua-page__list", ".thidua-page__summary")
    else:
        box, results, summary = (page.locator("[data-thidua-search-input]"), "[data-thidua-search-list]",
                                 "[data-thidua-search-meta]")
    box.click()
    box.press_sequentially(query, delay=30)
    typed = time.perf_counter()
    # A search for the first letters may end after the last key (a loaded machine types slowly):
    # wait for the run of the whole query (the list stays busy from a key to its own results).
    page.wait_for_function(
        "([input, list, query]) => document.querySelector(list).getAttribute('aria-busy') === 'false'"
        " && input.value === query",
        arg=[box.element_handle(), results, query], timeout=300_000,
    )
    seconds = time.perf_counter() - typed
    text = page.locator(summary).inner_text()
    page.wait_for_timeout(1000)  # stragglers: fragments of the listed results
    total = _tally(requests)
    context.close()
    found = re.search(r"[\d.]+", text)
    return {**total, "opened": opened, "ready": ready, "seconds": seconds, "summary": text,
            "results": int(found.group().replace(".", "")) if found else 0}


def report(args, provinces: list[dict], hub: dict, queries: dict[str, dict]) -> None:
    print()
    if args.open_data_only:
        print(f"Province open data only: {len(provinces)} x {args.plans_per_province} plans, "
              f"{args.people_per_province or args.plans_per_province * 5} people")
    elif args.reuse:
        print(f"Province sites: {len(provinces)}, reused from {args.keep}")
    else:
        walls = [p["seconds"] for p in provinces]
        print(f"Province sites: {len(provinces)} x {args.plans_per_province} plans, "
              f"{args.plans_per_province // 2} people; build {min(walls):.1f}-{max(walls):.1f} s each, "
              f"{sum(walls):.0f} s in all; largest peak RSS {size_text(max(p['peak_rss'] for p in provinces))}")
    print()
    print(f"{'hub build':<12} {'html':>6} {'wall s':>7} {'CPU s':>7} {'peak RSS':>10}   limit 180 s")
    print(f"{'':<12} {hub['html']:>6} {hub['seconds']:>7.1f} {hub['cpu']:>7.1f} {size_text(hub['peak_rss']):>10}"
          f"   {'within' if hub['seconds'] <= 180 else 'OVER'}; load average {hub['load'][0]:.1f} -> {hub['load'][1]:.1f}")
    print()
    print("First query on the hub, new visitor (Chromium; bytes from every pagefind/, gzip as served)")
    header = (f"{'query, where':<22} {'results':>7} {'on open':>9} {'in all':>9} {'reqs':>5} {'open s':>6} {'query s':>7}  "
              + " ".join(f"{kind:>10}" for kind in KIND_NAMES) + "   limit 300 KiB")
    print_header(header)
    for query, r in queries.items():
        print(f"{query:<22} {r['results']:>7} {mib(r['opened']['bytes']):>9} {mib(r['bytes']):>9} {r['requests']:>5} "
              f"{r['ready']:>6.1f} {r['seconds']:>7.1f}  " + " ".join(f"{mib(r['by_kind'].get(k, 0)):>10}" for k in KIND_NAMES)
              + f"   {'within' if r['bytes'] <= LIMIT else 'OVER'}")
    for query, r in queries.items():
        sites = sorted(r["by_site"].items(), key=lambda item: -sum(item[1].values()))
        print(f"  by site, {query}: " + ", ".join(f"{site} {mib(sum(kinds.values()))}" for site, kinds in sites))
        print(f"    shown: {r['summary']}")
        for site, _ in sites[:2]:  # the hub, the largest province if any
            print(f"    {site}: " + ", ".join(f"{kind} {mib(count)}" for kind, count in r["by_site"][site].items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--provinces", type=int, default=34, help="province sites (at most 34)")
    parser.add_argument("--plans-per-province", type=int, default=20, help="plans N per province (N/2 people)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep data and sites")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: the province sites an earlier run built there, on its port (not measured)")
    parser.add_argument("--open-data-only", action="store_true",
                        help="write only the provinces' open data (no province sites), for a large hub")
    parser.add_argument("--people-per-province", type=int, help="with --open-data-only (default: 5 per plan)")
    args = parser.parse_args()
    if args.reuse and not args.keep:
        parser.error("--reuse needs --keep")
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPU, load average {load_average()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-hub-") as tmp, sync_playwright() as pw:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        www = work / "www"
        www.mkdir(exist_ok=args.reuse)
        port_file = work / "port"  # the province sites' addresses hold it
        server, url = serve(www, int(port_file.read_text()) if args.reuse else 0)
        port_file.write_text(str(server.server_address[1]))
        base = url.removesuffix("repo/")
        try:
            print(f"... {args.provinces} province sites", flush=True)
            if args.open_data_only:
                provinces = write_open_data(current_provinces(args.provinces), args.plans_per_province,
                                            args.people_per_province or args.plans_per_province * 5, www, base)
            else:
                provinces = build_provinces(current_provinces(args.provinces), args.plans_per_province, work, www, base,
                                            args.reuse)
            print("... hub", flush=True)
            hub = build_hub(provinces, work, www, base)
            print(f"    {hub['seconds']:.1f} s", flush=True)
            browser = launch_chromium(pw)
            queries = {f"{query}, {where}": first_query(browser, base, query, where)
                       for query in (fold(provinces[0]["first_place"].short_name) if args.open_data_only
                                     else place_query(work, provinces[0]["site"]), TARGET_QUERY)
                       for where in ("page", "box")}
            browser.close()
        finally:
            server.shutdown()
            server.server_close()
    report(args, provinces, hub, queries)


if __name__ == "__main__":
    main()
