"""Scale benchmark of the whole site build (MkDocs + Material + thidua hooks + Pagefind + exports).

Run: .venv/bin/python tests/bench_site.py [--sizes 100,500,2000] [--keep DIR]

For each size N it writes a synthetic data folder: campaigns/phong-trao.yaml and viet-tat.yaml
copied, N campaigns spread over real pre-reform (legacy) communes of the register, and N/2
honored people under ``<tinh>/khen-thuong/``. Every name is clearly synthetic ("Kế hoạch tổng hợp
số 00017", "Chủ đề tổng hợp số 17", "Người Tổng Hợp 00017"); every structured value is printed
in its target's verbatim text, so the folder passes the validator (checked with load_dataset
before building). It then runs ``mkdocs build`` from the repository root in a child process
(THIDUA_DATA=<folder>, --site-dir <tmp>) and measures: HTML pages, wall seconds, pages per
second, the child's peak RSS (os.wait4: the build process and the processes it waited for, such
as the Pagefind binary; the largest of them, not their sum), bytes on disk (total and per page),
the Pagefind bundle, and the median HTML size of a campaign page, which must stay flat as N
grows (no page may embed a list of every page, the sidebar navigation included).

Rough phases come from file times: "models" is start -> first page written (config, loading and
validating the data, page models, every page's content rendered), "write" is first -> last page
written (Material layout), "post" is last page -> end (open-data exports and Pagefind).
Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import yaml
from slugify import slugify

from thidua.dataset import load_dataset
from thidua.numbers import format_vn_number
from thidua.register import LEGACY, Register, Unit, load_register

ROOT = Path(__file__).resolve().parent.parent
SHARED_FILES = ("phong-trao.yaml", "viet-tat.yaml")
YEARS = (2018, 2019, 2020, 2021, 2022, 2023, 2024)
AWARDS = ("Giấy khen", "Bằng khen", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở")
OCCASIONS = (  # (verbatim, name, original date, anniversary month-day); dates printed in the text
    ("kỷ niệm {n} năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/{y})",
     "Ngày thành lập Đảng Cộng sản Việt Nam", "1930-02-03", "02-03"),
    ("kỷ niệm {n} năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/{y})",
     "Ngày sinh Chủ tịch Hồ Chí Minh", "1890-05-19", "05-19"),
    ("kỷ niệm {n} năm Ngày Quốc khánh (02/9/1945 - 02/9/{y})", "Ngày Quốc khánh", "1945-09-02", "09-02"),
)


# --- synthetic data ---------------------------------------------------------------------------


def legacy_communes(register: Register) -> list[Unit]:
    """Every pre-reform commune, by code. The register has no public iterator: a benchmark may
    read its private table."""
    return [u for u in register._units.values() if u.level == "commune" and u.era == LEGACY]


def _vn(value: Decimal) -> str:
    return format_vn_number(value)


def _targets(rng: random.Random, number: int) -> list[dict]:
    """About twenty targets in two groups; each structured value is printed in the verbatim text."""

    def dec(low: int, high: int, places: int) -> Decimal:
        return Decimal(rng.randint(low * 10**places, high * 10**places)).scaleb(-places).normalize()

    def value(v: Decimal, **extra) -> dict:
        return {"so_lieu": int(v) if v == v.to_integral_value() else float(v), **extra}

    economy, society = [], []
    for k in range(10):
        tonnes, hectares = Decimal(rng.randint(800, 90000)), dec(50, 3000, 1)
        money = Decimal(rng.randint(1000, 900000)) * 1000000
        kind = k % 4
        if kind == 0:
            economy.append({"so": "-", "nguyen_van": f"Tổng sản lượng lương thực tổng hợp số {number}.{k}: "
                            f"{_vn(tonnes)} tấn, diện tích gieo trồng {_vn(hectares)} ha",
                            "gia_tri": [value(tonnes, noi_dung="Sản lượng lương thực", don_vi="tấn"),
                                        value(hectares, noi_dung="Diện tích gieo trồng", don_vi="ha")]})
        elif kind == 1:
            economy.append({"so": "-", "nguyen_van": f"Thu ngân sách nhà nước trên địa bàn đạt {_vn(money)} đồng",
                            "gia_tri": [value(money, so_sanh="dat", don_vi="đồng")]})
        elif kind == 2:
            low = rng.randint(5, 40)
            high = low + rng.randint(5, 30)
            economy.append({"so": "-", "nguyen_van": f"Tốc độ tăng giá trị sản xuất tổng hợp từ {low} - {high} %",
                            "gia_tri": [{"so_sanh": "khoang", "tu": low, "den": high, "don_vi": "%"}]})
        else:
            models = Decimal(rng.randint(2, 40))
            economy.append({"so": "-", "nguyen_van": f"Xây dựng {_vn(models)} mô hình kinh tế tổng hợp",
                            "gia_tri": [value(models, don_vi="mô hình")]})
        rate = dec(0, 9, 2)
        if kind == 0:
            society.append({"so": "-", "nguyen_van": f"Tỷ lệ hộ nghèo tổng hợp giảm còn {_vn(rate)}%",
                            "gia_tri": [value(rate, so_sanh="giam-con", don_vi="%")]})
        elif kind == 1:
            total = rng.randint(5, 30)
            done = rng.randint(1, total)
            society.append({"so": "-", "nguyen_van": f"{done}/{total} thôn giữ vững danh hiệu văn hóa tổng hợp",
                            "gia_tri": [{"so_sanh": "ty-so", "so_lieu": done, "tren_tong": total, "don_vi": "thôn"}]})
        elif kind == 2:
            society.append({"so": "-", "nguyen_van": f"Tỷ lệ trẻ em suy dinh dưỡng dưới {_vn(rate)} %",
                            "gia_tri": [value(rate, so_sanh="duoi", don_vi="%")]})
        else:
            families = Decimal(rng.randint(300, 9000))
            society.append({"so": "-", "nguyen_van": f"Gia đình văn hóa tổng hợp {_vn(families)} gia đình",
                            "gia_tri": [value(families, don_vi="gia đình")]})
    return [
        {"so": "1.", "linh_vuc": "Kinh tế", "chi_tieu": [{"ma": f"kt-{i + 1}", **t} for i, t in enumerate(economy)]},
        {"so": "2.", "linh_vuc": "Văn hóa - Xã hội", "chi_tieu": [{"ma": f"xh-{i + 1}", **t} for i, t in enumerate(society)]},
    ]


def campaign_data(i: int, unit: Unit, year: int, movements: list[str], rng: random.Random) -> dict:
    number = f"{i:05d}"
    issued = f"{year}-01-{1 + i % 28:02d}"
    text, name, original, month_day = OCCASIONS[i % len(OCCASIONS)]
    first, second = movements[i % len(movements)], movements[(i + 7) % len(movements)]
    return {
        "van_ban": {
            "so": str(i),
            "ky_hieu": "KH-UBND",
            "so_ky_hieu_nguyen_van": f"Số: {i}/KH-UBND",
            "loai_van_ban": "KẾ HOẠCH",
            "co_quan_ban_hanh": f"Ủy ban nhân dân {unit.name}",
            "dia_danh": unit.short_name,
            "ngay_ban_hanh": issued,
            "nguoi_ky": {"ho_ten": f"Người Ký Tổng Hợp {number}", "chuc_vu": "CHỦ TỊCH",
                         "thay_mat": "TM. ỦY BAN NHÂN DÂN"},
        },
        "dia_phuong": {"ma": unit.code},
        "nam": year,
        "trich_yeu": f"Kế hoạch tổng hợp số {number}",
        "mo_dau": [f"Đoạn mở đầu tổng hợp số {i}: văn bản giả lập cho thử nghiệm hiệu năng, không phải văn bản thật."],
        "chu_de": [f"Chủ đề tổng hợp số {i}"],
        "khau_hieu": [f"Khẩu hiệu tổng hợp số {i}"],
        "muc_dich": [f"Mục đích tổng hợp số {i}, đoạn {k}: phát huy tinh thần thi đua, đoàn kết, sáng tạo "
                     "trong cán bộ, đảng viên và nhân dân; biểu dương tập thể, cá nhân tiêu biểu." for k in (1, 2)],
        "yeu_cau": [f"Yêu cầu tổng hợp số {i}: nội dung thi đua thiết thực, gắn với nhiệm vụ chính trị."],
        "phong_trao": [
            {"ma": first, "ten_trong_van_ban": f"Phong trào tổng hợp thứ nhất của kế hoạch số {i}"},
            {"ma": second, "ten_trong_van_ban": f"Phong trào tổng hợp thứ hai của kế hoạch số {i}"},
        ],
        "chi_tieu": _targets(rng, i),
        "noi_dung_thi_dua": [
            {"so": f"{k}.", "tieu_de": f"Nội dung thi đua tổng hợp {k}",
             "noi_dung": f"Nội dung tổng hợp số {i}.{k}: thi đua hoàn thành các chỉ tiêu được giao.",
             "gach_dau_dong": [f"Gạch đầu dòng tổng hợp {k}.{p}" for p in (1, 2, 3)]}
            for k in (1, 2, 3)
        ],
        "thoi_gian": {"nguyen_van": f"Từ ngày 01/01/{year} đến ngày 31/12/{year}",
                      "tu_ngay": f"{year}-01-01", "den_ngay": f"{year}-12-31"},
        "dot_thi_dua": [{
            "so": "1.",
            "ten": f"Đợt thi đua tổng hợp số {i}",
            "tu_ngay": f"{year}-01-01",
            "den_ngay": f"{year}-06-30",
            "noi_dung": "Đợt thi đua cao điểm giả lập.",
            "ngay_ky_niem": [{
                "nguyen_van": text.format(n=year - int(original[:4]), y=year),
                "ten": name,
                "ngay_goc": original,
                "ngay": f"{year}-{month_day}",
            }],
        }],
        "tieu_chuan_khen_thuong": {
            "tap_the": ["Tập thể tổng hợp hoàn thành xuất sắc nhiệm vụ."],
            "ca_nhan": ["Cá nhân tổng hợp có thành tích tiêu biểu."],
        },
        "to_chuc_thuc_hien": [
            {"so": f"{k}.", "don_vi_thuc_hien": f"Đơn vị tổng hợp {k}",
             "noi_dung": f"Nhiệm vụ tổng hợp số {i}.{k}: triển khai, theo dõi, sơ kết, tổng kết."}
            for k in (1, 2, 3)
        ],
        "ket_thuc": f"Trên đây là Kế hoạch tổng hợp số {number}.",
        "noi_nhan": ["UBND cấp trên tổng hợp;", "Các đoàn thể tổng hợp;", "Lưu: VT."],
    }


def exemplar_data(j: int, unit: Unit, year: int, campaign_id: str) -> dict:
    number = f"{j:05d}"
    return {
        "ten": f"Người Tổng Hợp {number}",
        "loai": "ca-nhan",
        "chuc_vu": "Cán bộ tổng hợp",
        "don_vi": f"Thôn Tổng Hợp {j}",
        "dia_phuong": {"ma": unit.code},
        "nam": year,
        "danh_hieu": AWARDS[j % len(AWARDS)],
        "quyet_dinh": {"so_ky_hieu": f"{j}/QĐ-UBND", "ngay": f"{year}-12-20", "co_quan": f"UBND {unit.name}"},
        "thanh_tich": f"Thành tích tổng hợp số {j}: hoàn thành xuất sắc nhiệm vụ (dữ liệu giả lập).",
        "ke_hoach": campaign_id,
    }


def _folder(register: Register, unit: Unit) -> Path:
    province, district = register.ancestors(unit)
    return Path(slugify(province.short_name), slugify(district.name), slugify(unit.name))


class _Dumper(yaml.SafeDumper):
    """Quotes digit strings ("06490"): PyYAML leaves them plain, and the validator rightly refuses
    a plain number with a leading zero."""


_Dumper.add_representer(
    str,
    lambda dumper, text: dumper.represent_scalar(
        "tag:yaml.org,2002:str", text, style='"' if text.isdigit() else None
    ),
)


def _dump(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(text, encoding="utf-8")


def write_data(root: Path, size: int, province: str | None = None) -> None:
    """N campaigns and N/2 honored people, deterministic for a given N (and province). With
    ``province``, the GSO code of a current province, every campaign is in a commune of the
    pre-reform province with that code, which lies wholly inside it."""
    register = load_register()
    communes = legacy_communes(register)
    if province is not None:
        communes = [unit for unit in communes if register.ancestors(unit)[0].code == province]
    for name in SHARED_FILES:
        shutil.copy(ROOT / "campaigns" / name, root / name)
    movements = [m["ma"] for m in yaml.safe_load((root / "phong-trao.yaml").read_text(encoding="utf-8"))["phong_trao"]]
    rng = random.Random(size)
    stride = 7919  # prime, coprime with the 10,035 communes: consecutive campaigns land all over the country
    campaign_ids: list[tuple[str, Unit, int]] = []
    for i in range(1, size + 1):
        unit = communes[(i * stride) % len(communes)]
        year = YEARS[i % len(YEARS)]
        relative = _folder(register, unit) / f"{year}-ke-hoach-tong-hop-{i:05d}.yaml"
        _dump(root / relative, campaign_data(i, unit, year, movements, rng))
        campaign_ids.append((relative.with_suffix("").as_posix(), unit, year))
    for j in range(1, size // 2 + 1):
        campaign_id, unit, year = campaign_ids[(2 * j - 1) % len(campaign_ids)]
        province = register.ancestors(unit)[0]
        _dump(root / slugify(province.short_name) / "khen-thuong" / f"nguoi-tong-hop-{j:05d}.yaml",
              exemplar_data(j, unit, year, campaign_id))


# --- measurement ------------------------------------------------------------------------------


def build(data: Path, site: Path, log: Path, env: dict[str, str] | None = None) -> dict:
    """mkdocs build in a fresh child; wall time and the child's own peak RSS (os.wait4). ``env``
    adds environment variables (SITE_URL, for example)."""
    variables = os.environ | {"THIDUA_DATA": str(data), "NO_MKDOCS_2_WARNING": "1"}
    variables.pop("THIDUA_MINH_HOA", None)
    variables |= env or {}
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)]
    with log.open("wb") as out:
        started = time.time()
        child = subprocess.Popen(command, cwd=ROOT, env=variables, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        ended = time.time()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        sys.exit(f"mkdocs build failed ({child.returncode}), see {log}:\n" + log.read_text(errors="replace")[-3000:])
    return {
        "started": started,
        "seconds": ended - started,
        "cpu": usage.ru_utime + usage.ru_stime,  # less sensitive than wall time to other loads
        "peak_rss": usage.ru_maxrss * 1024,
    }


def _tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _tree_blocks(folder: Path) -> int:
    """Bytes allocated on disk (du): many small files take a whole block each."""
    return sum(p.stat().st_blocks * 512 for p in folder.rglob("*") if p.is_file())


def measure(size: int, work: Path, keep: bool) -> dict:
    data, site = work / f"data-{size}", work / f"site-{size}"
    data.mkdir()
    started = time.perf_counter()
    write_data(data, size)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    dataset = load_dataset(data)  # raises DataError with every problem if the synthetic data were invalid
    validated = time.perf_counter() - started
    assert len(dataset.campaigns) == size and len(dataset.exemplars) == size // 2, "synthetic data lost files"
    del dataset
    load_before = os.getloadavg()[0]
    run = build(data, site, work / f"build-{size}.log")
    html = [p for p in site.rglob("*.html")]
    pages = [p for p in html if p.name == "index.html"]
    times = sorted(p.stat().st_mtime for p in pages)
    campaign_sizes = [p.stat().st_size for p in (site / "ke-hoach").rglob("index.html")]
    largest = sorted(pages, key=lambda p: p.stat().st_size, reverse=True)[:4]
    total = _tree_bytes(site)
    row = {
        "size": size,
        "exemplars": size // 2,
        "html": len(html),
        "pages": len(pages),
        "seconds": run["seconds"],
        "cpu": run["cpu"],
        "pages_per_s": len(html) / run["seconds"],
        "peak_rss": run["peak_rss"],
        "total_bytes": total,
        "allocated_bytes": _tree_blocks(site),
        "bytes_per_page": total / len(html),
        "pagefind_bytes": _tree_bytes(site / "pagefind"),
        "export_bytes": _tree_bytes(site / "du-lieu"),
        "campaign_median": statistics.median(campaign_sizes),
        "campaign_pages": len(campaign_sizes),
        "largest": [(p.parent.relative_to(site).as_posix() + "/", p.stat().st_size) for p in largest],
        "phase_models": times[0] - run["started"],
        "phase_write": times[-1] - times[0],
        "phase_post": run["started"] + run["seconds"] - times[-1],
        "generate_s": generated,
        "validate_s": validated,
        "load": (load_before, os.getloadavg()[0]),
    }
    if not keep:
        shutil.rmtree(data)
        shutil.rmtree(site)
    return row


# --- report -----------------------------------------------------------------------------------


def size_text(count: float) -> str:
    if count >= 1024 * 1024:
        return f"{count / 1024 / 1024:.1f} MiB"
    return f"{count / 1024:.1f} KiB"


def report(rows: list[dict]) -> None:
    header = (
        f"{'N':>6} {'people':>6} {'html':>6} {'wall s':>7} {'CPU s':>7} {'pages/s':>8} {'peak RSS':>10} "
        f"{'on disk':>10} {'du':>10} {'/page':>9} {'pagefind':>10} {'du-lieu':>10} {'campaign':>9}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['size']:>6} {r['exemplars']:>6} {r['html']:>6} {r['seconds']:>7.1f} {r['cpu']:>7.1f} "
            f"{r['pages_per_s']:>8.1f} {size_text(r['peak_rss']):>10} {size_text(r['total_bytes']):>10} "
            f"{size_text(r['allocated_bytes']):>10} {size_text(r['bytes_per_page']):>9} "
            f"{size_text(r['pagefind_bytes']):>10} {size_text(r['export_bytes']):>10} "
            f"{size_text(r['campaign_median']):>9}"
        )
    print()
    print("Phases (s): models = start -> first page written; write = Material pages; post = exports + Pagefind")
    for r in rows:
        print(
            f"{r['size']:>6}: generate {r['generate_s']:.1f}, validate (load_dataset) {r['validate_s']:.1f} | build: "
            f"models {r['phase_models']:.1f}, write {r['phase_write']:.1f}, post {r['phase_post']:.1f}; "
            f"load average {r['load'][0]:.1f} -> {r['load'][1]:.1f}"
        )
        print(
            "        largest pages: " + ", ".join(f"{url} {size_text(size)}" for url, size in r["largest"])
        )
    if len(rows) > 1:
        print()
        print("Ratios between consecutive sizes (linear: seconds ~ pages, bytes/page and campaign page ~ 1;")
        print("campaign pages cost the most, so seconds may follow N a little more than the page count)")
        for a, b in zip(rows, rows[1:]):
            print(
                f"{a['size']:>6} -> {b['size']:<6} N x{b['size'] / a['size']:.2f}  pages x{b['html'] / a['html']:.2f}  "
                f"seconds x{b['seconds'] / a['seconds']:.2f}  CPU x{b['cpu'] / a['cpu']:.2f}  "
                f"s/page x{(b['seconds'] / b['html']) / (a['seconds'] / a['html']):.2f}  "
                f"bytes/page x{b['bytes_per_page'] / a['bytes_per_page']:.2f}  "
                f"campaign page x{b['campaign_median'] / a['campaign_median']:.2f}  "
                f"RSS x{b['peak_rss'] / a['peak_rss']:.2f}  pagefind x{b['pagefind_bytes'] / a['pagefind_bytes']:.2f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,500,2000", help="campaign counts N (N/2 honored people each)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep data and sites")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPU, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 1024**3:.1f} GiB RAM", flush=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            print(f"... N = {size}", flush=True)
            rows.append(measure(size, work, keep=args.keep is not None))
            r = rows[-1]
            print(f"    {r['html']} HTML pages in {r['seconds']:.1f} s", flush=True)
    print()
    report(rows)


if __name__ == "__main__":
    main()
