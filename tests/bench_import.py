"""Accuracy of `thidua import`, field group by field group, against the five hand-made seed data files.

Each seed plan is imported from its text, from the text with PDF-style broken lines, decomposed
(NFD) letters and straight quotes, and from a Word file and a Chromium-printed PDF made from it.
Run: PYTHONPATH=hooks:tests python tests/bench_import.py  (prints the Markdown table kept in
docs/huong-dan/nhap-ke-hoach.md).
"""

from __future__ import annotations

import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml

import import_variants as variants
from thidua.importer.command import import_plan

ROOT = variants.ROOT
GROUPS = ("đầu văn bản", "địa phương", "chủ đề, khẩu hiệu", "số chỉ tiêu", "giá trị chỉ tiêu", "người ký", "ngày tháng")
HEADER_KEYS = ("so", "ky_hieu", "so_ky_hieu_nguyen_van", "loai_van_ban", "co_quan_ban_hanh", "dia_danh")
TEXT_VARIANTS: dict[str, Callable[[str], str]] = {
    "văn bản .txt": lambda text: text,
    "xuống dòng kiểu PDF": variants.broken_lines,
    "chữ tổ hợp (NFD)": variants.decomposed,
    "ngoặc kép thẳng": variants.straight_quotes,
}


def norm(value: object) -> str:
    text = unicodedata.normalize("NFC", "" if value is None else str(value))
    text = text.replace("“", '"').replace("”", '"').replace("*", "")
    return " ".join(text.split())


def score(expected: dict, got: dict) -> dict[str, tuple[int, int]]:
    """(right, total) per field group."""
    out: dict[str, tuple[int, int]] = {}

    def tally(group: str, pairs: list[tuple[object, object]]) -> None:
        right = sum(1 for want, have in pairs if norm(want) == norm(have))
        old = out.get(group, (0, 0))
        out[group] = (old[0] + right, old[1] + len(pairs))

    doc_e, doc_g = expected["van_ban"], got.get("van_ban", {})
    tally("đầu văn bản", [(doc_e.get(k), doc_g.get(k)) for k in HEADER_KEYS] + [(expected["trich_yeu"], got.get("trich_yeu"))])
    tally("địa phương", [(expected["dia_phuong"].get("ma"), got.get("dia_phuong", {}).get("ma"))])
    have = {norm(t) for t in got.get("chu_de", []) + got.get("khau_hieu", [])}
    wanted = expected.get("chu_de", []) + expected.get("khau_hieu", [])
    tally("chủ đề, khẩu hiệu", [(w, w if norm(w) in have else None) for w in wanted])
    signer_e, signer_g = doc_e["nguoi_ky"], doc_g.get("nguoi_ky", {})
    tally("người ký", [(signer_e.get(k), signer_g.get(k)) for k in ("ho_ten", "chuc_vu", "thay_mat")])
    dates = [(doc_e.get("ngay_ban_hanh"), doc_g.get("ngay_ban_hanh"))]
    for key in ("tu_ngay", "den_ngay"):
        if (expected.get("thoi_gian") or {}).get(key):
            dates.append((expected["thoi_gian"][key], (got.get("thoi_gian") or {}).get(key)))
    if doc_e.get("thoi_diem_ky_so"):
        dates.append((doc_e["thoi_diem_ky_so"], doc_g.get("thoi_diem_ky_so")))
    for index, phase in enumerate(expected.get("dot_thi_dua", [])):
        got_phase = (got.get("dot_thi_dua") or [{}] * (index + 1))[index] if index < len(got.get("dot_thi_dua", [])) else {}
        dates += [(phase.get(k), got_phase.get(k)) for k in ("tu_ngay", "den_ngay") if phase.get(k)]
    if (expected.get("ho_so_khen_thuong") or {}).get("han_nop"):
        dates.append((expected["ho_so_khen_thuong"]["han_nop"], (got.get("ho_so_khen_thuong") or {}).get("han_nop")))
    tally("ngày tháng", [(str(w), str(h) if h else None) for w, h in dates])
    want_targets, got_targets = _targets(expected.get("chi_tieu", [])), _targets(got.get("chi_tieu", []))
    out["số chỉ tiêu"] = (len(want_targets) - abs(len(want_targets) - len(got_targets)), len(want_targets))
    by_text = {norm(t["nguyen_van"]): t for t in got_targets}
    right = total = 0
    for target in want_targets:
        wanted_values = Counter(_value_key(v) for v in target.get("gia_tri", []))
        have_values = Counter(_value_key(v) for v in (by_text.get(norm(target["nguyen_van"])) or {}).get("gia_tri", []))
        total += sum(wanted_values.values()) or 1
        right += sum((wanted_values & have_values).values()) if wanted_values else int(not have_values and norm(target["nguyen_van"]) in by_text)
    out["giá trị chỉ tiêu"] = (right, total)
    return out


def _targets(groups: list[dict]) -> list[dict]:
    found = []

    def walk(items: list[dict]) -> None:
        for item in items:
            found.append(item)
            walk(item.get("chi_tieu_con", []))

    for group in groups:
        walk(group.get("chi_tieu", []))
        found.extend(_targets(group.get("nhom_con", [])))
    return found


def _value_key(value: dict) -> tuple:
    def number(key: str) -> str | None:
        return None if value.get(key) is None else format(float(str(value[key]).replace(".", "").replace(",", ".")) if isinstance(value[key], str) else float(value[key]), "g")

    return (value.get("so_sanh", "dat"), number("so_lieu"), number("tu"), number("den"), number("tren_tong"), value.get("don_vi"))


def run(browser=None) -> dict[str, dict[str, tuple[int, int]]]:
    """Scores per variant, summed over the five plans; Word and PDF when their makers are there."""
    results: dict[str, dict[str, tuple[int, int]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for number, (text_path, data_path) in enumerate(variants.seed_pairs()):
            expected = yaml.load(data_path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
            text = text_path.read_text(encoding="utf-8")
            files: dict[str, Path] = {}
            for name, change in TEXT_VARIANTS.items():
                files[name] = work / f"{number}-{len(files)}.txt"
                files[name].write_text(change(text), encoding="utf-8")
            files["Word (.docx)"] = variants.write_docx(text, work / f"{number}.docx")
            if browser is not None:
                files["PDF (Chromium)"] = variants.write_pdf(text, work / f"{number}.pdf", browser)
            for name, path in files.items():
                out = work / f"out-{number}-{abs(hash(name))}"
                imported = import_plan(path, ROOT / "campaigns", out, overwrite=True)
                got = yaml.load(imported.path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
                totals = results.setdefault(name, {})
                for group, (right, total) in score(expected, got).items():
                    old = totals.get(group, (0, 0))
                    totals[group] = (old[0] + right, old[1] + total)
    return results


def table(results: dict[str, dict[str, tuple[int, int]]]) -> str:
    names = list(results)
    lines = ["| Nhóm trường | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for group in GROUPS:
        cells = []
        for name in names:
            right, total = results[name].get(group, (0, 0))
            cells.append(f"{100 * right / total:.0f}% ({right}/{total})" if total else "–")
        lines.append(f"| {group} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
        )
        try:
            print(table(run(browser)))
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
