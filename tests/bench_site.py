"""Scale benchmark of the whole site build (MkDocs + Material + thidua hooks + Pagefind + exports).

Run: .venv/bin/python tests/bench_site.py [--sizes 100,500,2000] [--people-per-plan K]
     [--reports | --compare-reports] [--plain] [--rounds R] [--keep DIR]

Data. For each size N it writes a synthetic data folder: campaigns/phong-trao.yaml, viet-tat.yaml
and chi-so.yaml copied, N campaigns spread over real pre-reform (legacy) communes of the register,
K×N honored people under ``<tinh>/khen-thuong/`` (K = --people-per-plan, default 0.5, i.e. N/2),
spread evenly over the campaigns, and with --reports one results report per campaign beside it in
``ket-qua/``: a year-end review ("tổng kết năm") dated in the campaign's year that gives about 85%
of its targets an achieved figure around the planned one, met or not (the others stay "chưa có số
liệu"). Every name is clearly synthetic ("Kế hoạch tổng hợp số 00017", "Chủ đề tổng hợp số 17",
"Người Tổng Hợp 00017"); every structured value of a target or a result is printed in its verbatim
text, so the folder passes the validator (checked with load_dataset before building, through the
data folder's cache of data files, .cache/nguon/ beside it, as the deploy workflow's `thidua
validate` does before it builds, so every build reads the data files from that cache; the
campaigns do not depend on K or --reports). Photos, preview cards and QR codes are kept beside the
data folder too (thidua.caches): a run in a temporary folder draws every card, a second run with
the same --keep DIR reuses them, as a deploy with the workflow's cache does.

Builds, each in a fresh child process, back to back. ``mkdocs build`` from the repository root
(THIDUA_DATA=<folder>, --site-dir <tmp>). --compare-reports builds the same campaigns twice, without
reports (a hard-linked copy of the folder without ``ket-qua/``) then with, and prints how much
results add to CPU and wall time. --plain then builds plain Material for MkDocs (same versions,
``theme: material``, no hooks) on a generated docs folder with as many HTML pages as the project
build wrote, each with about as much text as the project's pages (mean text of their <article>),
twice: with Material's search plugin and with ``plugins: []``; it prints CPU ms per page and the
ratio project / plain. --rounds R repeats the builds of each size R times, the project and plain
Material taking turns, and the ratio is printed twice: of the least CPU of each build over the
rounds (what the build costs when the machine leaves it alone, as ``timeit`` reports) and of the
medians.

Nothing is deleted until every build has run: the folders of an earlier run with the same --keep
DIR, and each round's sites, are set aside (renamed) and deleted at the end. A file system such as
ext4 makes every file created soon after many were deleted look past the recently freed inodes
(about 30 s): a build right after the deletion of a site pays several seconds of system time for it,
and only the build that came first would.

Measures per build (tests/bench_report.measured_run): HTML pages; wall seconds; CPU seconds, user + sys of the child and of the
processes it waited for, such as the Pagefind binary (os.wait4), the figure to trust on a shared
machine; CPU ms per page; peak memory twice: the largest single process (os.wait4) and, sampled
from /proc every 0.2 s, the largest sum of RSS over the whole process tree at one moment (the
Python build and Pagefind together) with each process's own peak (VmHWM); the load average at
start and end. For the project's sites also: bytes on disk (total and per page), the Pagefind
bundle, the open data, and the median HTML size of a campaign page, which must stay flat as N grows
(no page may embed a list of every page, the sidebar navigation included).

Rough phases come from file times: "models" is start -> first page written (config, loading and
validating the data, page models, every page's content rendered), "write" is first -> last page
written (Material layout), "post" is last page -> end (open-data exports and Pagefind).
Not a test: pytest does not collect it (tests/test_bench_site.py checks its synthetic data).
"""

from __future__ import annotations

import argparse
import contextlib
import html
import os
import platform
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from importlib import metadata
from pathlib import Path

import yaml
from slugify import slugify

from thidua.dataset import RESULTS_FOLDER, load_dataset
from thidua.numbers import format_vn_number
from thidua.register import LEGACY, Register, Unit, load_register
from thidua.caches import CARDS, SOURCES, cache_folder
from thidua.sourcecache import SourceCache

from bench_report import SAMPLE_SECONDS, measured_run, print_header, size_text, tree_blocks, tree_bytes

ROOT = Path(__file__).resolve().parent.parent
SHARED_FILES = ("phong-trao.yaml", "viet-tat.yaml", "chi-so.yaml")
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
                            "gia_tri": [value(tonnes, noi_dung="Sản lượng lương thực", don_vi="tấn", chi_so="san-luong-luong-thuc"),
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
                            "gia_tri": [value(rate, so_sanh="giam-con", don_vi="%", chi_so="ty-le-ho-ngheo")]})
        elif kind == 1:
            total = rng.randint(5, 30)
            done = rng.randint(1, total)
            society.append({"so": "-", "nguyen_van": f"{done}/{total} thôn giữ vững danh hiệu văn hóa tổng hợp",
                            "gia_tri": [{"so_sanh": "ty-so", "so_lieu": done, "tren_tong": total, "don_vi": "thôn"}]})
        elif kind == 2:
            society.append({"so": "-", "nguyen_van": f"Tỷ lệ trẻ em suy dinh dưỡng dưới {_vn(rate)} %",
                            "gia_tri": [value(rate, so_sanh="duoi", don_vi="%", chi_so="ty-le-tre-duoi-5-tuoi-suy-dinh-duong")]})
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


# The sentence a year-end review writes for each kind of synthetic target, by the unit and comparison
# of the target's first value; {0}, {1} are the achieved numbers, {total} a ratio's denominator.
RESULT_TEXTS = {
    ("tấn", "dat"): "Tổng sản lượng lương thực đạt {0} tấn, diện tích gieo trồng {1} ha",
    ("đồng", "dat"): "Thu ngân sách nhà nước trên địa bàn đạt {0} đồng",
    ("%", "khoang"): "Tốc độ tăng giá trị sản xuất tổng hợp đạt {0} %",
    ("mô hình", "dat"): "Đã xây dựng {0} mô hình kinh tế tổng hợp",
    ("%", "giam-con"): "Tỷ lệ hộ nghèo tổng hợp còn {0}%",
    ("thôn", "ty-so"): "{0}/{total} thôn giữ vững danh hiệu văn hóa tổng hợp",
    ("%", "duoi"): "Tỷ lệ trẻ em suy dinh dưỡng còn {0} %",
    ("gia đình", "dat"): "Đạt {0} gia đình văn hóa tổng hợp",
}
REPORTED_SHARE = 0.85  # the other targets stay "chưa có số liệu"


def _achieved(planned: dict, rng: random.Random) -> Decimal:
    """A figure around the planned one (±20%), with its precision: met or not, about half each."""
    if planned.get("so_sanh") == "khoang":
        return Decimal(max(0, rng.randint(planned["tu"] - 5, planned["den"] + 5)))
    bar = Decimal(str(planned["so_lieu"]))
    if planned.get("so_sanh") == "ty-so":
        return Decimal(rng.randint(max(0, int(bar) - 3), planned["tren_tong"]))
    step = Decimal(1000000) if bar >= 10**9 else Decimal(1).scaleb(min(0, bar.as_tuple().exponent))
    return (bar * Decimal(str(rng.uniform(0.8, 1.2))) / step).to_integral_value() * step


def _result(target: dict, rng: random.Random) -> dict:
    """One target's achieved figure, verbatim, with its structured values (same subjects and units)."""
    planned = target["gia_tri"]
    numbers = [_achieved(v, rng) for v in planned]
    values = []
    for value, number in zip(planned, numbers):
        ratio = value.get("so_sanh") == "ty-so"
        values.append({
            **({"noi_dung": value["noi_dung"]} if "noi_dung" in value else {}),
            **({"so_sanh": "ty-so"} if ratio else {}),
            "so_lieu": int(number) if number == number.to_integral_value() else float(number),
            **({"tren_tong": value["tren_tong"]} if ratio else {}),
            "don_vi": value["don_vi"],
        })
    first = planned[0]
    text = RESULT_TEXTS[first["don_vi"], first.get("so_sanh", "dat")]
    return {"ma": target["ma"], "nguyen_van": text.format(*map(_vn, numbers), total=first.get("tren_tong")),
            "gia_tri": values}


def report_data(i: int, unit: Unit, year: int, campaign_id: str, campaign: dict) -> dict:
    """A year-end review ("tổng kết năm") dated in the plan's year, giving most of its targets."""
    rng = random.Random(f"ket-qua-{i}")
    targets = [t for group in campaign["chi_tieu"] for t in group["chi_tieu"]]
    return {
        "ke_hoach": campaign_id,
        "van_ban": {
            "so_ky_hieu": f"{i}/BC-UBND",
            "ngay": f"{year}-12-{10 + i % 20:02d}",
            "loai": "tong-ket-nam",
            "co_quan": f"Ủy ban nhân dân {unit.name}",
            "trich_yeu": f"Báo cáo tổng kết phong trào thi đua năm {year}, tổng hợp số {i:05d}",
        },
        "ket_qua": [_result(t, rng) for t in targets if rng.random() < REPORTED_SHARE],
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


def people_count(size: int, people_per_plan: float) -> int:
    return round(size * people_per_plan)


def write_data(
    root: Path, size: int, people_per_plan: float = 0.5, reports: bool = False, province: str | None = None
) -> None:
    """N campaigns, K×N honored people spread evenly over them and, with ``reports``, one results
    report per campaign; deterministic for a given N (the campaigns do not depend on K or reports).
    With ``province``, the GSO code of a current province, every campaign is in a commune of the
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
    plans: list[tuple[str, Unit, int]] = []
    for i in range(1, size + 1):
        unit = communes[(i * stride) % len(communes)]
        year = YEARS[i % len(YEARS)]
        relative = _folder(register, unit) / f"{year}-ke-hoach-tong-hop-{i:05d}.yaml"
        campaign = campaign_data(i, unit, year, movements, rng)
        _dump(root / relative, campaign)
        campaign_id = relative.with_suffix("").as_posix()
        plans.append((campaign_id, unit, year))
        if reports:
            _dump(root / relative.parent / RESULTS_FOLDER / f"{relative.stem}-tong-ket-nam-{year}.yaml",
                  report_data(i, unit, year, campaign_id, campaign))
    for j in range(1, people_count(size, people_per_plan) + 1):
        campaign_id, unit, year = plans[int((j - 0.5) / people_per_plan) % size]  # K = 0.5: plan 2j - 1
        province = register.ancestors(unit)[0]
        _dump(root / slugify(province.short_name) / "khen-thuong" / f"nguoi-tong-hop-{j:05d}.yaml",
              exemplar_data(j, unit, year, campaign_id))


def _without_reports(data: Path, copy: Path) -> Path:
    """The same data folder without its results reports (hard links: nothing is rewritten)."""
    shutil.copytree(data, copy, ignore=shutil.ignore_patterns(RESULTS_FOLDER), copy_function=os.link)
    return copy


# --- plain Material for MkDocs ----------------------------------------------------------------

PLAIN_NAV = 13  # about as many fixed entries as the project's own nav
FILLER = ("Đoạn {k} của trang {n}: nội dung giả lập cho phép đo, phát huy tinh thần thi đua, đoàn kết, "
          "sáng tạo trong cán bộ, đảng viên và nhân dân; hoàn thành các chỉ tiêu được giao. ")


def plain_page(n: int, text_chars: int) -> str:
    """A Markdown page with about ``text_chars`` characters of text: paragraphs, headings, a list."""
    lines, length, k = [f"# Trang giả lập số {n}", ""], 0, 0
    while length < text_chars - len(FILLER) / 2:  # as close as whole sentences get
        k += 1
        sentence = FILLER.format(k=k, n=n)
        length += len(sentence)
        if k % 12 == 0:
            lines += [f"## Mục {k // 12}", ""]
        lines += [f"- {sentence}" if k % 6 == 5 else sentence, ""]
    return "\n".join(lines)


def write_plain_site(folder: Path, pages: int, text_chars: int) -> None:
    """docs/ with ``pages`` HTML pages once built (index and 404 included), and two configurations."""
    docs = folder / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text(plain_page(0, text_chars), encoding="utf-8")
    names = []
    for n in range(1, pages - 1):
        name = f"trang/{n // 1000:02d}/{n:05d}.md"
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(plain_page(n, text_chars), encoding="utf-8")
        names.append(name)
    nav = ["index.md", *names[:PLAIN_NAV - 1]]
    for config, plugins in (("search.yml", ["search"]), ("plain.yml", [])):
        settings = {"site_name": "Material thuần", "theme": {"name": "material"}, "nav": nav, "plugins": plugins}
        (folder / config).write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")


# --- measurement ------------------------------------------------------------------------------

_ARTICLE = re.compile(r"<article\b.*?</article>", re.S)
_TAG = re.compile(r"<[^>]+>")


def article_text(page: Path) -> int:
    """Characters of text in a page's <article> (its content, without the Material layout)."""
    found = _ARTICLE.search(page.read_text(encoding="utf-8"))
    return len(" ".join(html.unescape(_TAG.sub(" ", found.group(0))).split())) if found else 0


def _timing(label: str, size: int, people: int, html_files: list[Path], run: dict) -> dict:
    return {"label": label, "size": size, "people": people, "html": len(html_files),
            "ms_per_page": run["cpu"] * 1000 / len(html_files), **run}


def _cached_cards(data: Path) -> int:
    """Share cards kept by earlier builds of the data folder ``data``."""
    cards = cache_folder(data) / CARDS
    return sum(1 for _ in cards.glob("*.png")) if cards.is_dir() else 0


def thidua_build(data: Path, site: Path, log: Path, extra: dict[str, str] | None = None) -> dict:
    """mkdocs build of the project on ``data`` into ``site``; ``extra`` adds environment variables
    (SITE_URL, for example)."""
    env = os.environ | {"THIDUA_DATA": str(data), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("THIDUA_MINH_HOA", None)
    env |= extra or {}
    return measured_run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)], ROOT, env, log)


def _round_name(round_: int, rounds: int) -> str:
    """What tells a round's sites and logs apart: nothing for a single round."""
    return f"-{round_ + 1}" if rounds > 1 else ""


def project_build(label: str, data: Path, work: Path, size: int, people: int, keep: bool, suffix: str = "") -> dict:
    """mkdocs build of the project on ``data``, with the site's sizes and rough phases."""
    site = work / f"site-{size}-{slugify(label)}{suffix}"
    cards = _cached_cards(data)
    run = thidua_build(data, site, work / f"build-{size}-{slugify(label)}{suffix}.log")
    html_files = list(site.rglob("*.html"))
    pages = [p for p in html_files if p.name == "index.html"]
    times = sorted(p.stat().st_mtime for p in pages)
    campaign_sizes = [p.stat().st_size for p in (site / "ke-hoach").rglob("index.html")]
    largest = sorted(pages, key=lambda p: p.stat().st_size, reverse=True)[:4]
    total = tree_bytes(site)
    row = _timing(label, size, people, html_files, run) | {
        "project": True,
        "cards_drawn": _cached_cards(data) - cards,
        "pages_per_s": len(html_files) / run["seconds"],
        "total_bytes": total,
        "allocated_bytes": tree_blocks(site),
        "bytes_per_page": total / len(html_files),
        "pagefind_bytes": tree_bytes(site / "pagefind"),
        "export_bytes": tree_bytes(site / "du-lieu"),
        "campaign_median": statistics.median(campaign_sizes),
        "text_mean": statistics.fmean(article_text(p) for p in random.Random(size).sample(pages, min(400, len(pages)))),
        "largest": [(p.parent.relative_to(site).as_posix() + "/", p.stat().st_size) for p in largest],
        "phase_models": times[0] - run["started"],
        "phase_write": times[-1] - times[0],
        "phase_post": run["started"] + run["seconds"] - times[-1],
    }
    if not keep:
        set_aside(site)
    return row


def plain_builds(project: dict, work: Path, keep: bool, suffix: str = "") -> list[dict]:
    """Plain Material on as many pages of as much text as ``project``: with its search, then without."""
    size = project["size"]
    folder = work / f"plain-{size}"
    if not folder.exists():  # the same pages in every round
        write_plain_site(folder, project["html"], int(project["text_mean"]))
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    rows = []
    for label, config in (("Material + search", "search.yml"), ("Material", "plain.yml")):
        site = work / f"site-{size}-{config[:-4]}{suffix}"
        command = [sys.executable, "-m", "mkdocs", "build", "-f", config, "--site-dir", str(site)]
        run = measured_run(command, folder, env, work / f"build-{size}-{config[:-4]}{suffix}.log")
        html_files = list(site.rglob("*.html"))
        rows.append(_timing(label, size, 0, html_files, run) | {
            "project": False, "text_mean": statistics.fmean(article_text(p) for p in html_files[:400]),
        })
        if not keep:
            set_aside(site)
    return rows


def set_aside(path: Path) -> None:
    """Move ``path`` into the folder deleted when every build has run (``deleted_at_end``)."""
    path.rename(_SET_ASIDE[-1] / f"{len(list(_SET_ASIDE[-1].iterdir()))}-{path.name}")


_SET_ASIDE: list[Path] = []


@contextlib.contextmanager
def deleted_at_end(work: Path):
    """A folder in ``work`` for what ``set_aside`` moves there, deleted on leaving."""
    folder = Path(tempfile.mkdtemp(prefix=".set-aside-", dir=work))
    _SET_ASIDE.append(folder)
    try:
        yield
    finally:
        _SET_ASIDE.pop()
        shutil.rmtree(folder)


def measure(size: int, work: Path, args: argparse.Namespace) -> list[dict]:
    """Every build of one size, back to back: the project (without then with reports when
    comparing), then plain Material; ``args.rounds`` times."""
    data = work / f"data-{size}"
    for earlier in work.iterdir():  # of an earlier run with the same --keep DIR; its .cache/ stays
        if re.fullmatch(rf"(data|plain|site|build)-{size}(-[a-z-]+)?(-\d+)?(\.log)?", earlier.name):
            set_aside(earlier)
    data.mkdir()
    people = people_count(size, args.people_per_plan)
    reports = args.reports or args.compare_reports
    started = time.perf_counter()
    write_data(data, size, args.people_per_plan, reports)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    # Raises DataError with every problem if the synthetic data were invalid. Read through the data
    # folder's cache of data files, as the deploy workflow's `thidua validate` step does before it
    # builds: the build then reads every file from the cache, as a deploy whose data files were read before.
    dataset = load_dataset(data, cache=SourceCache(cache_folder(data) / SOURCES))
    validated = time.perf_counter() - started
    assert (len(dataset.campaigns), len(dataset.exemplars), len(dataset.reports)) == (
        size, people, size if reports else 0), "synthetic data lost files"
    del dataset
    builds = [("thidua + kết quả" if reports else "thidua", data)]
    if args.compare_reports:
        builds.insert(0, ("thidua", _without_reports(data, work / f"data-{size}-no-reports")))
    rows = []
    for round_ in range(args.rounds):
        suffix = _round_name(round_, args.rounds)
        for label, folder in builds:
            print(f"    {label}{suffix}: building", flush=True)
            rows.append(project_build(label, folder, work, size, people, args.keep is not None, suffix) | {"round": round_})
            print(f"    {label}{suffix}: {rows[-1]['html']} HTML pages in {rows[-1]['seconds']:.1f} s", flush=True)
        if args.plain:
            print(f"    plain Material{suffix}: building twice", flush=True)
            rows += [row | {"round": round_} for row in plain_builds(rows[-1], work, args.keep is not None, suffix)]
    rows[0] |= {"generate_s": generated, "validate_s": validated}
    if args.keep is None:
        for _, folder in builds:
            set_aside(folder)
        if args.plain:
            set_aside(work / f"plain-{size}")
    return rows


# --- report -----------------------------------------------------------------------------------


def _load(load: tuple[tuple[float, ...], tuple[float, ...]]) -> str:
    return " -> ".join("/".join(f"{x:.1f}" for x in triple) for triple in load)


def report_builds(rows: list[dict]) -> None:
    """Time and memory of every build."""
    header = (f"{'build':<21} {'N':>6} {'people':>6} {'html':>6} {'wall s':>7} {'CPU s':>7} {'CPU ms/page':>11} "
              f"{'max RSS':>10} {'sum RSS':>10}  text/page  per-process peaks; load average (1/5/15 min) start -> end")
    print_header(header)
    for r in rows:
        peaks = " + ".join(f"{name} {size_text(peak)}" for name, peak in r["peaks"])
        print(f"{_labelled(r, rows):<21} {r['size']:>6} {r['people']:>6} {r['html']:>6} {r['seconds']:>7.1f} {r['cpu']:>7.1f} "
              f"{r['ms_per_page']:>11.1f} {size_text(r['peak_rss']):>10} {size_text(r['peak_sum']):>10}  "
              f"{r['text_mean']:>9.0f}  {peaks}; {_load(r['load'])}")
    print("max RSS: the largest single process (os.wait4); sum RSS: the largest sum over the process tree at one "
          f"moment, sampled every {SAMPLE_SECONDS} s; text/page: mean characters of an <article> (400 pages)")


def _labelled(row: dict, rows: list[dict]) -> str:
    """The build's label, with its round when there are several."""
    return f"{row['label']} #{row['round'] + 1}" if any(r.get("round") for r in rows) else row["label"]


def report_sites(rows: list[dict]) -> None:
    """Sizes and phases of the project's sites."""
    header = (f"{'build':<21} {'N':>6} {'pages/s':>8} {'on disk':>10} {'du':>10} {'/page':>9} {'pagefind':>10} "
              f"{'du-lieu':>10} {'campaign':>9}")
    print_header(header)
    for r in rows:
        print(f"{_labelled(r, rows):<21} {r['size']:>6} {r['pages_per_s']:>8.1f} {size_text(r['total_bytes']):>10} "
              f"{size_text(r['allocated_bytes']):>10} {size_text(r['bytes_per_page']):>9} "
              f"{size_text(r['pagefind_bytes']):>10} {size_text(r['export_bytes']):>10} "
              f"{size_text(r['campaign_median']):>9}")
    print()
    print("Phases (s): models = start -> first page written; write = Material pages; post = exports + Pagefind")
    print(f"cards drawn: share cards not yet in .cache/{CARDS}/ beside the data folder (the others are reused)")
    for r in rows:
        prepared = (f"generate {r['generate_s']:.1f}, validate (load_dataset, fills .cache/nguon) {r['validate_s']:.1f} | "
                    if "generate_s" in r else "")
        print(f"{_labelled(r, rows):<21} {r['size']:>6}: {prepared}build: models {r['phase_models']:.1f}, "
              f"write {r['phase_write']:.1f}, post {r['phase_post']:.1f}; cards drawn {r['cards_drawn']}")
        print("        largest pages: " + ", ".join(f"{url} {size_text(size)}" for url, size in r["largest"]))


def _ratio(a: float, b: float) -> str:
    return f"x{a / b:.2f} ({(a / b - 1) * 100:+.0f}%)"


def report_ratios(rows: list[dict]) -> None:
    """What results add, and the project against plain Material, within each size (back to back);
    over several rounds, of the least and of the median CPU and wall time per page of each build."""
    for size in dict.fromkeys(r["size"] for r in rows):
        runs: dict[str, list[dict]] = {}
        for r in rows:
            if r["size"] == size:
                runs.setdefault(r["label"], []).append(r)
        same = {label: r[-1] for label, r in runs.items()}
        if "thidua" in same and "thidua + kết quả" in same:
            a, b = same["thidua"], same["thidua + kết quả"]
            print(f"{size:>6}: results add  CPU {_ratio(b['cpu'], a['cpu'])}  wall {_ratio(b['seconds'], a['seconds'])}  "
                  f"pages {b['html'] - a['html']:+d}  sum RSS {_ratio(b['peak_sum'], a['peak_sum'])}")
        rounds = max(len(r) for r in runs.values())
        for project in (label for label, r in runs.items() if r[0]["project"]):
            for plain in (label for label, r in runs.items() if not r[0]["project"]):
                ratios = "  ".join(
                    f"{name}: CPU per page x{_per_page(runs[project], 'cpu', pick) / _per_page(runs[plain], 'cpu', pick):.2f}"
                    f", wall per page x{_per_page(runs[project], 'seconds', pick) / _per_page(runs[plain], 'seconds', pick):.2f}"
                    for name, pick in ((("least", min), ("median", statistics.median)) if rounds > 1 else (("", min),))
                )
                print(f"{size:>6}: {project} / {plain}{f' ({rounds} rounds)' if rounds > 1 else ''}  {ratios.lstrip(': ')}")


def _per_page(runs: list[dict], key: str, pick) -> float:
    """``key`` per HTML page, of the run ``pick`` chooses (min, median)."""
    return pick(r[key] / r["html"] for r in runs)


def report_growth(rows: list[dict]) -> None:
    """Ratios between consecutive sizes of the project build."""
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


def report(rows: list[dict]) -> None:
    project = [r for r in rows if r["project"]]
    report_builds(rows)
    print()
    report_sites(project)
    print()
    report_ratios(rows)
    last_of_each_size = list({r["size"]: r for r in project}.values())
    if len(last_of_each_size) > 1:
        print()
        report_growth(last_of_each_size)


def machine() -> str:
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in ("mkdocs", "mkdocs-material", "pagefind"))
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return f"{time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} CPU, {memory:.1f} GiB RAM, Python {platform.python_version()}, {versions}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,500,2000", help="campaign counts N, comma-separated")
    parser.add_argument("--people-per-plan", type=float, default=0.5, metavar="K",
                        help="honored people per campaign (default 0.5: N/2 people)")
    results = parser.add_mutually_exclusive_group()
    results.add_argument("--reports", action="store_true", help="one results report (tổng kết năm) per campaign")
    results.add_argument("--compare-reports", action="store_true",
                         help="build each N without then with one report per campaign, back to back, and print the ratio")
    parser.add_argument("--plain", action="store_true",
                        help="after the project build, build plain Material (with and without its search) on as many pages")
    parser.add_argument("--rounds", type=int, default=1, metavar="R",
                        help="build each size R times, project and plain Material taking turns (default 1)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep data and sites")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print(machine(), flush=True)
    print(f"load average at start: {Path('/proc/loadavg').read_text().strip()}", flush=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        with deleted_at_end(work):
            for size in sizes:
                print(f"... N = {size}", flush=True)
                rows += measure(size, work, args)
    print(f"load average at end: {Path('/proc/loadavg').read_text().strip()}")
    print()
    report(rows)


if __name__ == "__main__":
    main()
