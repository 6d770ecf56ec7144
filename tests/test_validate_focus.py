"""`thidua validate FILE` checks that file against the data it refers to, without loading the others:
a broken file elsewhere does not stop it, a plan is checked with its results reports, a report with
its plan, and what is decided over every file name (a named plan exists, two pages share a URL)
still is. Each case edits a copy of campaigns/ (fixtures of test_sanity_checks)."""

from pathlib import Path

from test_sanity_checks import EXEMPLAR, PHU_THO, TUNG_ANH, data, reported, validate  # noqa: F401 (fixtures)

from thidua.dataset import load_dataset
from thidua.focus import focus_on

REPORT = "minh-hoa/phu-tho/ket-qua/2024-tong-ket-nam.yaml"


def test_a_file_is_checked_without_loading_the_others(data, validate):
    data.edit(TUNG_ANH, "\nnam: 2024\n", "\nnam: hai\n")  # broken, but not what is asked
    code, out, err = validate(f"campaigns/{PHU_THO}")
    assert (code, err) == (0, "")
    assert out == f"Hợp lệ: campaigns/{PHU_THO} (đã đối chiếu với 6 tệp liên quan).\n"
    focus = focus_on(Path("campaigns"), [Path("campaigns") / PHU_THO], True, None)
    names = {path.relative_to("campaigns").as_posix() for path in focus.files}
    assert names == {
        PHU_THO, REPORT, "phong-trao.yaml", "viet-tat.yaml", "chi-so.yaml", "don-vi-cu.yaml", "minh-hoa/don-vi-cu.yaml",
    }
    assert TUNG_ANH not in names


def test_a_plan_is_checked_with_its_reports(data, validate):
    data.edit(PHU_THO, "      - ma: ty-le-do-thi-hoa\n", "      - ma: do-thi-hoa\n")
    lines = reported(lambda: validate(f"campaigns/{PHU_THO}"))
    assert [line for line in lines if line.startswith(f"campaigns/{REPORT}:")][0].startswith(
        f"{data.located(REPORT, 'ma: ty-le-do-thi-hoa')}: kế hoạch phu-tho/2024-ke-hoach-phat-dong-thi-dua không có "
        "chỉ tiêu mã “ty-le-do-thi-hoa”"
    )


def test_a_report_is_checked_against_its_plan(data, validate):
    data.edit(REPORT, "  - ma: ty-le-do-thi-hoa\n", "  - ma: ty-le-do-thi\n")
    lines = reported(lambda: validate(f"campaigns/{REPORT}"))
    assert len(lines) == 1
    assert lines[0].startswith(
        f"{data.located(REPORT, 'ma: ty-le-do-thi')}: kế hoạch phu-tho/2024-ke-hoach-phat-dong-thi-dua không có chỉ tiêu mã "
        "“ty-le-do-thi”"
    )


def test_an_honored_person_names_a_plan_that_is_not_loaded(data, validate):
    code, out, _ = validate(f"campaigns/{EXEMPLAR}")
    assert code == 0, out
    data.edit(EXEMPLAR, "ke_hoach: lang-son/huyen-chi-lang/2024-phat-dong-thi-dua", "ke_hoach: lang-son/huyen-chi-lang/2024-phat-dong")
    lines = reported(lambda: validate(f"campaigns/{EXEMPLAR}"))
    assert lines == [
        f"{data.located(EXEMPLAR, 'ke_hoach:')}: không có kế hoạch mã "
        "“lang-son/huyen-chi-lang/2024-phat-dong” — Gợi ý: có phải ý bạn là “lang-son/huyen-chi-lang/2024-phat-dong-thi-dua”?"
    ]


def test_two_pages_with_one_url_are_found_from_either_file(data, validate):
    copy = PHU_THO.replace(".yaml", "/khen-thuong.yaml")  # its page: the original plan's list of honored people
    data.copy(PHU_THO, copy)
    data.copy(PHU_THO.replace(".yaml", ".txt"), PHU_THO.replace(".yaml", "/2024-ke-hoach-phat-dong-thi-dua.txt"))
    for here, there in ((copy, PHU_THO), (PHU_THO, copy)):
        lines = [line for line in reported(lambda: validate(f"campaigns/{here}")) if "một trang sẽ che mất trang kia" in line]
        assert len(lines) == 1 and f"trùng với một trang của tệp campaigns/{there}" in lines[0]


def test_a_focused_load_gives_the_same_records_as_a_full_one(data):
    root = Path("campaigns")
    full = load_dataset(root, include_illustrative=True)
    focused = load_dataset(root, include_illustrative=True, focus=focus_on(root, [root / PHU_THO], True, None))
    assert [r.campaign for r in focused.campaigns] == [r.campaign for r in full.campaigns if r.id == PHU_THO[:-5]]
    assert focused.results(PHU_THO[:-5]) == full.results(PHU_THO[:-5])
