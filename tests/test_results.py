"""Results reports: stable target ids, located Vietnamese messages for broken reports, the
illustrative set, `thidua ma-chi-tieu` and `thidua new ket-qua`. Each case edits a copy of campaigns/."""

from pathlib import Path

import pytest

from campaigns_copy import copy_campaigns
from thidua.cli import main
from thidua.dataset import load_dataset

ROOT = Path(__file__).resolve().parent.parent
PHU_THO = "phu-tho/2024-ke-hoach-phat-dong-thi-dua.yaml"
PHU_THO_ID = "phu-tho/2024-ke-hoach-phat-dong-thi-dua"
REPORT = "minh-hoa/phu-tho/ket-qua/2024-tong-ket-nam.yaml"
TARGET = '''      - ma: ty-le-do-thi-hoa
        so: "-"
        nguyen_van: "Tỷ lệ đô thị hóa đạt từ 20% trở lên."'''


@pytest.fixture
def data(tmp_path, monkeypatch):
    return copy_campaigns(tmp_path, monkeypatch)


@pytest.fixture
def thidua(capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def statuses(folder: Path) -> dict[str, str]:
    dataset = load_dataset(folder, include_illustrative=True)
    return {target_id: found.status for target_id, found in dataset.results(PHU_THO_ID).items()}


def test_illustrative_results_exercise_every_status():
    dataset = load_dataset(ROOT / "campaigns", include_illustrative=True)
    assert dataset.reports and all(r.illustrative and r.id.startswith("minh-hoa/") for r in dataset.reports)
    found = {s.status for record in dataset.campaigns for s in dataset.results(record.id).values()}
    assert found == {"vuot", "dat", "chua-dat"}
    plan = dataset.campaign(PHU_THO_ID).campaign
    assert len(dataset.results(PHU_THO_ID)) < plan.target_count()  # so some targets have no figure yet


def test_results_are_never_loaded_into_the_public_data():
    assert load_dataset(ROOT / "campaigns").reports == []


def test_every_seed_target_has_an_id_and_many_values_name_an_indicator():
    dataset = load_dataset(ROOT / "campaigns")
    linked = 0
    for record in dataset.campaigns:
        ids = [entry.target.id for entry in record.campaign.iter_targets()]
        assert all(ids) and len(ids) == len(set(ids)) == record.campaign.target_count(), record.id
        linked += sum(1 for e in record.campaign.iter_targets() for v in e.target.values if v.indicator)
    assert linked >= 40


def test_inserting_a_target_changes_no_other_id_or_result(data):
    before = statuses(data.folder)
    ids_before = [e.target.id for e in load_dataset(data.folder).campaign(PHU_THO_ID).campaign.iter_targets()]
    data.edit(PHU_THO, TARGET, '''      - ma: chi-tieu-moi
        so: "-"
        nguyen_van: "Chỉ tiêu mới chèn vào giữa."
''' + TARGET)
    ids_after = [e.target.id for e in load_dataset(data.folder).campaign(PHU_THO_ID).campaign.iter_targets()]
    assert [i for i in ids_after if i != "chi-tieu-moi"] == ids_before
    assert statuses(data.folder) == before


def test_assigning_ids_keeps_every_other_line_and_every_existing_id(data, thidua):
    original = data.text(PHU_THO)
    data.edit(PHU_THO, TARGET, '''      # một ghi chú của cán bộ
      - so: "-"
        nguyen_van: "Chỉ tiêu mới, chưa có mã."
      - {so: "-", nguyen_van: "Chỉ tiêu viết gọn trên một dòng."}
''' + TARGET)
    edited = data.text(PHU_THO)
    code, out, err = thidua("validate", "campaigns")
    assert code == 1
    new_target = data.located(PHU_THO, 'so: "-"\n        nguyen_van: "Chỉ tiêu mới')
    assert f"{new_target}: chỉ tiêu “Chỉ tiêu mới, chưa có mã.” chưa có mã (ma)" in out
    assert "thidua ma-chi-tieu campaigns/phu-tho/2024-ke-hoach-phat-dong-thi-dua.yaml" in out

    code, out, err = thidua("ma-chi-tieu", f"campaigns/{PHU_THO}")
    assert code == 0, err
    assert "đã ghi 2 mã chỉ tiêu (chi-tieu-moi-chua-co, chi-tieu-viet-gon-tren)" in out
    assigned = data.text(PHU_THO)
    assert assigned == edited.replace(
        '      - so: "-"\n        nguyen_van: "Chỉ tiêu mới, chưa có mã."',
        '      - ma: chi-tieu-moi-chua-co\n        so: "-"\n        nguyen_van: "Chỉ tiêu mới, chưa có mã."',
    ).replace('{so: "-", nguyen_van: "Chỉ tiêu viết gọn', '{ma: chi-tieu-viet-gon-tren, so: "-", nguyen_van: "Chỉ tiêu viết gọn')
    assert thidua("validate", "campaigns")[0] == 0
    assert thidua("ma-chi-tieu", f"campaigns/{PHU_THO}")[1].endswith("đã ghi 0 mã chỉ tiêu\n")
    assert len(assigned.splitlines()) == len(original.splitlines()) + 5


def test_duplicate_target_id_is_located(data, thidua):
    data.edit(PHU_THO, "- ma: ty-le-do-thi-hoa", "- ma: tong-von-dau-tu-tren")
    code, out, _ = thidua("validate", "campaigns")
    assert code == 1
    line, _ = data.where(PHU_THO, "ma: tong-von-dau-tu-tren", 2)
    assert f"{PHU_THO}:{line}:9: mã chỉ tiêu “tong-von-dau-tu-tren” bị trùng (đã dùng ở dòng " in out


def test_unknown_indicator_suggests_the_closest(data, thidua):
    data.edit(PHU_THO, "chi_so: ty-le-do-thi-hoa}", "chi_so: ty-le-do-thi-hao}")
    code, out, _ = thidua("validate", "campaigns")
    assert code == 1
    assert (f"{data.located(PHU_THO, 'chi_so: ty-le-do-thi-hao')}: không có chỉ số mã “ty-le-do-thi-hao” trong "
            "campaigns/chi-so.yaml — Gợi ý: có phải ý bạn là “ty-le-do-thi-hoa”?") in out


BROKEN_REPORTS = [
    ("ma: ty-le-do-thi-hoa", "ma: ty-le-do-thi-hao", "ma: ty-le-do-thi-hao",
     "kế hoạch phu-tho/2024-ke-hoach-phat-dong-thi-dua không có chỉ tiêu mã “ty-le-do-thi-hao” — Gợi ý: có phải ý bạn là “ty-le-do-thi-hoa”?"),
    ("{so_lieu: 19.5, don_vi: \"%\"}", "{so_lieu: 19.6, don_vi: \"%\"}", "so_lieu: 19.6",
     "số 19,6 (viết kiểu Việt Nam) không có trong nguyên văn kết quả (trong nguyên văn: “19,5” = 19.5)"),
    ("{so_lieu: 17, don_vi: tập thể}", "{so_lieu: 17, don_vi: cá nhân}", "don_vi: cá nhân",
     "đơn vị “cá nhân” khác đơn vị của chỉ tiêu (“tập thể”)"),
    ("ngay: 2024-12-20", "ngay: 2023-12-20", "ngay: 2023-12-20",
     "ngày báo cáo 20/12/2023 nằm ngoài thời gian của kế hoạch (01/01/2024 – 31/12/2024"),
    ("ke_hoach: phu-tho/2024-ke-hoach-phat-dong-thi-dua", "ke_hoach: phu-tho/2024-ke-hoach-phat-dong-thi-dau",
     "ke_hoach: phu-tho/2024-ke-hoach-phat-dong-thi-dau",
     "không có kế hoạch mã “phu-tho/2024-ke-hoach-phat-dong-thi-dau” — Gợi ý: có phải ý bạn là “phu-tho/2024-ke-hoach-phat-dong-thi-dua”?"),
    ("{noi_dung: Xã đạt chuẩn nông thôn mới, so_sanh: tang", "{noi_dung: Xã nông thôn mới, so_sanh: tang",
     "{noi_dung: Xã nông thôn mới", "không biết số này báo cho giá trị nào của chỉ tiêu"),
    ("loai: tong-ket-nam", "loai: tong-ket", "loai: tong-ket", "“loai”: giá trị “tong-ket” không hợp lệ"),
]


@pytest.mark.parametrize("old, new, at, message", BROKEN_REPORTS, ids=[c[2] for c in BROKEN_REPORTS])
def test_broken_report_gives_a_located_vietnamese_message(data, thidua, old, new, at, message):
    data.edit(REPORT, old, new)
    code, out, err = thidua("validate", "campaigns")
    assert code == 1 and "Traceback" not in out + err
    assert f"{data.located(REPORT, at)}: " in out
    assert message in out


def test_new_report_lists_every_target_and_is_valid(data, thidua):
    plan = load_dataset(data.folder).campaign(PHU_THO_ID).campaign
    code, out, err = thidua("new", "ket-qua", PHU_THO_ID, "--loai", "so-ket-6-thang", "--ngay", "2024-06-30")
    assert code == 0, err
    path = data.folder / "phu-tho/ket-qua/2024-ke-hoach-phat-dong-thi-dua-so-ket-6-thang-2024.yaml"
    text = path.read_text(encoding="utf-8")
    for entry in plan.iter_targets():
        assert f"  # - ma: {entry.target.id}    # {entry.target.text}\n" in text
    code, out, _ = thidua("validate", "campaigns")
    assert code == 1 and "“so_ky_hieu” còn giá trị tạm “…/BC-UBND”" in out  # the one thing left to fill
    path.write_text(text.replace("…/BC-UBND", "12/BC-UBND").replace(
        "  # - ma: ty-le-do-thi-hoa    # Tỷ lệ đô thị hóa đạt từ 20% trở lên.\n"
        "  #   nguyen_van: \"\"    # SỬA: câu kết quả, nguyên văn báo cáo\n"
        "  #   gia_tri:\n"
        "  #     - {so_lieu: 0, don_vi: \"%\"}",
        "  - ma: ty-le-do-thi-hoa\n"
        "    nguyen_van: \"Tỷ lệ đô thị hóa đạt 20,5%.\"\n"
        "    gia_tri:\n"
        "      - {so_lieu: 20.5, don_vi: \"%\"}",
    ), encoding="utf-8")
    assert thidua("validate", "campaigns")[0] == 0
    assert load_dataset(data.folder).results(PHU_THO_ID)["ty-le-do-thi-hoa"].status == "vuot"
