"""Units merged away before 30 June 2025 (campaigns/don-vi-cu.yaml): declared, checked against the
register with located Vietnamese messages, named by plans, and given a page that says what became
of them; the units that took them over list their plans."""

import re
import shutil
import textwrap
from pathlib import Path

import pytest

from pages import FORMER_PLAN, TUNG_ANH, main_text, page
from thidua.cli import main
from thidua.dataset import load_dataset
from thidua.problems import DataError

ROOT = Path(__file__).resolve().parent.parent
FORMER_PAGE = "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-minh-hoa/"
TUNG_ANH_PAGE = "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/"
DUC_THO_PAGE = "dia-phuong/ha-tinh/xa-duc-tho/"

# One declaration, as the staff guide shows it; tests change one value at a time.
ENTRY = """\
don_vi_cu:
  - ma: xa-minh-hoa
    ten: Xã Minh Họa
    cap: xa
    thuoc:
      ten: Huyện Đức Thọ
      thuoc: [Hà Tĩnh]
    nghi_quyet:
      so_ky_hieu: 9999/NQ-UBTVQH15
      ngay: 2024-10-24
      co_quan: Ủy ban Thường vụ Quốc hội
    hieu_luc: 2024-12-01
    nhap_vao: {ma: "18259"}
"""


@pytest.fixture
def data(tmp_path) -> Path:
    """A copy of campaigns/ without the illustrative set."""
    root = tmp_path / "campaigns"
    shutil.copytree(ROOT / "campaigns", root, ignore=shutil.ignore_patterns("minh-hoa"))
    return root


def declare(data: Path, text: str) -> None:
    (data / "don-vi-cu.yaml").write_text(text, encoding="utf-8")


def problems(data: Path) -> list[str]:
    """Every problem of the data set, as `thidua validate` prints it, the path from the data root."""
    try:
        load_dataset(data, display_root=Path("campaigns"))
    except DataError as error:
        return [str(problem) for problem in error.problems]
    return []


def plan_naming(data: Path, locality: str) -> Path:
    """A copy of Tùng Ảnh's plan moved to a folder of its own, its locality replaced."""
    source = data / "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml"
    text = source.read_text(encoding="utf-8").replace('dia_phuong:\n  ma: "18259"\n', f"dia_phuong:\n{locality}")
    assert locality in text
    target = data / "ha-tinh/huyen-duc-tho/xa-minh-hoa/2024-ke-hoach.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(text.replace("ban_goc:\n  tep: 2024-ke-hoach-phat-dong-thi-dua.txt\n", ""), encoding="utf-8")
    return target


# --- declarations ---------------------------------------------------------------------------------


def test_a_declared_former_unit_is_valid_and_a_plan_can_name_it(data):
    declare(data, ENTRY)
    plan_naming(data, "  don_vi_cu: xa-minh-hoa\n")
    dataset = load_dataset(data)
    [record] = [r for r in dataset.campaigns if r.id.endswith("xa-minh-hoa/2024-ke-hoach")]
    assert record.unit.name == "Xã Minh Họa" and record.unit.merged_into.code == "18259"
    assert [u.name for u in dataset.register.successors(record.unit)] == ["Xã Đức Thọ"]


def test_a_plan_can_name_a_former_unit_by_name_and_parent(data):
    declare(data, ENTRY)
    plan_naming(data, "  ten: Minh Họa\n  thuoc: [Đức Thọ, Hà Tĩnh]\n")
    [record] = [r for r in load_dataset(data).campaigns if r.id.endswith("xa-minh-hoa/2024-ke-hoach")]
    assert record.unit.id == "xa-minh-hoa"


def test_unknown_parent_is_located_with_a_suggestion(data):
    declare(data, ENTRY.replace("ten: Huyện Đức Thọ", "ten: Huyện Đức Thộ"))
    assert problems(data) == [
        "campaigns/don-vi-cu.yaml:6:7: không tìm thấy đơn vị hành chính “Huyện Đức Thộ” thuộc Hà Tĩnh trong danh "
        "mục trước ngày 01/7/2025 — Gợi ý: có phải Huyện Đức Thọ (mã 440), Tỉnh Hà Tĩnh?"
    ]


def test_unknown_successor_is_located_with_a_suggestion(data):
    declare(data, ENTRY.replace('nhap_vao: {ma: "18259"}', "nhap_vao: {ten: Tùng Anh, thuoc: [Đức Thọ]}"))
    [problem] = problems(data)
    assert problem.startswith("campaigns/don-vi-cu.yaml:13:16: không tìm thấy đơn vị hành chính “Tùng Anh”")
    assert "Gợi ý: có phải Xã Tùng Ảnh (mã 18259), Huyện Đức Thọ, Tỉnh Hà Tĩnh?" in problem


def test_successor_of_another_level_is_refused(data):
    declare(data, ENTRY.replace('nhap_vao: {ma: "18259"}', 'nhap_vao: {ma: "440"}'))
    assert problems(data) == [
        "campaigns/don-vi-cu.yaml:13:16: Huyện Đức Thọ (mã 440), Tỉnh Hà Tĩnh là đơn vị cấp huyện; ở đây cần đơn vị "
        "cấp xã — Gợi ý: kiểm tra lại mã hoặc tên, và “cap” của đơn vị cũ"
    ]


def test_a_unit_still_in_the_register_is_refused_with_its_code(data):
    declare(data, ENTRY.replace("ten: Xã Minh Họa", "ten: Xã Tùng Ảnh"))
    assert problems(data) == [
        "campaigns/don-vi-cu.yaml:3:5: “Xã Tùng Ảnh” có trong danh mục ngày 30/6/2025: Xã Tùng Ảnh (mã 18259), "
        "Huyện Đức Thọ, Tỉnh Hà Tĩnh — Gợi ý: không khai báo đơn vị này; trong kế hoạch ghi "
        "dia_phuong: {ma: \"18259\"}"
    ]


def test_effective_date_must_be_before_the_reform(data):
    declare(data, ENTRY.replace("hieu_luc: 2024-12-01", "hieu_luc: 2025-07-01"))
    [problem] = problems(data)
    assert problem.startswith("campaigns/don-vi-cu.yaml:12:5: ngày hiệu lực 01/07/2025 không trước ngày 01/7/2025")


def test_effective_date_cannot_precede_the_resolution(data):
    declare(data, ENTRY.replace("hieu_luc: 2024-12-01", "hieu_luc: 2024-10-01"))
    [problem] = problems(data)
    assert problem.startswith("campaigns/don-vi-cu.yaml:12:5: ngày hiệu lực 01/10/2024 trước ngày ban hành nghị quyết")


def test_duplicate_ids_are_refused_at_the_second(data):
    second = ENTRY.removeprefix("don_vi_cu:\n").replace("ten: Xã Minh Họa", "ten: Xã Ví Dụ")
    declare(data, ENTRY + second)
    assert problems(data) == [
        "campaigns/don-vi-cu.yaml:14:5: mã đơn vị cũ “xa-minh-hoa” bị trùng (đã có ở campaigns/don-vi-cu.yaml, "
        "dòng 2) — Gợi ý: mỗi đơn vị cũ khai báo một lần, với một mã riêng"
    ]


def test_the_same_unit_declared_twice_is_refused(data):
    declare(data, ENTRY + ENTRY.removeprefix("don_vi_cu:\n").replace("ma: xa-minh-hoa", "ma: xa-minh-hoa-2"))
    [problem] = problems(data)
    assert problem.startswith("campaigns/don-vi-cu.yaml:15:5: “Xã Minh Họa” thuộc Huyện Đức Thọ đã được khai báo với mã “xa-minh-hoa”")


def test_name_needs_its_type_word(data):
    declare(data, ENTRY.replace("ten: Xã Minh Họa", "ten: Minh Họa"))
    [problem] = problems(data)
    assert problem.startswith("campaigns/don-vi-cu.yaml:3:5: tên “Minh Họa” phải bắt đầu bằng loại đơn vị cấp xã")


def test_a_plan_naming_an_undeclared_former_unit_gets_the_closest_id(data):
    declare(data, ENTRY)
    plan_naming(data, "  don_vi_cu: xa-minh-hao\n")
    [problem] = problems(data)
    assert problem.endswith(
        "xa-minh-hoa/2024-ke-hoach.yaml:16:3: không có đơn vị cũ mã “xa-minh-hao” trong campaigns/don-vi-cu.yaml "
        "— Gợi ý: có phải ý bạn là “xa-minh-hoa” (Xã Minh Họa)?"
    )


def test_an_unknown_name_before_the_reform_points_to_the_declaration_file(data):
    plan_naming(data, "  ten: Minh Họa\n  thuoc: [Đức Thọ, Hà Tĩnh]\n")
    [problem] = problems(data)
    assert "không tìm thấy đơn vị hành chính “Minh Họa”" in problem
    assert "khai báo nó trong campaigns/don-vi-cu.yaml rồi ghi “don_vi_cu: <mã đơn vị cũ>”" in problem


def test_a_locality_names_a_former_unit_alone(data):
    declare(data, ENTRY)
    plan_naming(data, '  don_vi_cu: xa-minh-hoa\n  ma: "18259"\n')
    [problem] = problems(data)
    assert "đơn vị đã sáp nhập trước ngày 30/6/2025 thì chỉ ghi don_vi_cu" in problem


# --- thidua new -----------------------------------------------------------------------------------


def test_new_campaign_for_a_former_unit(data, capsys):
    declare(data, ENTRY)
    assert main(["--root", str(data), "new", "campaign", "--don-vi-cu", "xa-minh-hoa", "--nam", "2024"]) == 0
    out = capsys.readouterr().out
    assert "Xã Minh Họa (đơn vị cũ xa-minh-hoa), Huyện Đức Thọ, Tỉnh Hà Tĩnh — đơn vị đã nhập vào Xã Tùng Ảnh từ ngày 01/12/2024" in out
    written = (data / "ha-tinh/huyen-duc-tho/xa-minh-hoa/2024-ke-hoach-phat-dong-thi-dua.yaml").read_text(encoding="utf-8")
    assert "\n  don_vi_cu: xa-minh-hoa " in written and "\n  ma: " not in written.split("dia_phuong:")[1].split("nam:")[0]


def test_new_campaign_finds_a_former_unit_by_name(data, capsys):
    declare(data, ENTRY)
    assert main(["--root", str(data), "new", "campaign", "--ten", "Minh Họa", "--thuoc", "Đức Thọ", "--nam", "2023"]) == 0
    assert "don_vi_cu: xa-minh-hoa" in (data / "ha-tinh/huyen-duc-tho/xa-minh-hoa/2023-ke-hoach-phat-dong-thi-dua.yaml").read_text(encoding="utf-8")


def test_new_campaign_with_an_unknown_former_unit_says_which_was_meant(data, capsys):
    declare(data, ENTRY)
    assert main(["--root", str(data), "new", "campaign", "--don-vi-cu", "xa-minh-hao", "--nam", "2024"]) == 1
    assert capsys.readouterr().err.strip() == (
        "Lỗi: không có đơn vị cũ mã “xa-minh-hao” trong campaigns/don-vi-cu.yaml — Gợi ý: có phải ý bạn là “xa-minh-hoa” (Xã Minh Họa)?"
    )


def test_new_campaign_refuses_while_the_declarations_are_broken(data, capsys):
    declare(data, ENTRY.replace("hieu_luc: 2024-12-01", "hieu_luc: 2025-08-01"))
    assert main(["--root", str(data), "new", "campaign", "--don-vi-cu", "xa-minh-hoa", "--nam", "2024"]) == 1
    err = capsys.readouterr().err
    assert "don-vi-cu.yaml đang có lỗi: ngày hiệu lực 01/08/2025 không trước ngày 01/7/2025" in err
    assert "Gợi ý: sửa trước: thidua validate" in err


# --- pages (the illustrative Xã Minh Họa, built with the illustrative set) ------------------------


def test_former_unit_page_says_what_became_of_it_and_lists_its_plans(built_site):
    soup = page(built_site, FORMER_PAGE)
    text = main_text(soup)
    assert (
        "Xã Minh Họa (huyện Đức Thọ, tỉnh Hà Tĩnh) đã nhập vào Xã Tùng Ảnh từ ngày 01/12/2024, theo Nghị quyết số "
        "9999/NQ-UBTVQH15 ngày 24/10/2024 của Ủy ban Thường vụ Quốc hội; từ ngày 01/7/2025 thuộc Xã Đức Thọ, tỉnh Hà Tĩnh."
    ) in text
    links = {a.get_text(strip=True): a["href"] for a in soup.select("article a[href]")}
    assert links["Xã Tùng Ảnh"] == "../xa-tung-anh/"
    assert links["Xã Đức Thọ"] == "../../../../ha-tinh/xa-duc-tho/"
    assert any(href.endswith(FORMER_PLAN) for href in links.values())
    assert "Dữ liệu minh họa" in soup.select_one(".td-illustrative").get_text()


def test_the_unit_that_took_it_over_lists_it_and_its_plans(built_site):
    soup = page(built_site, TUNG_ANH_PAGE)
    text = main_text(soup)
    assert "Đơn vị đã sáp nhập vào đây trước ngày 01/7/2025: Xã Minh Họa : nhập vào Xã Tùng Ảnh từ ngày 01/12/2024" in text
    absorbed = soup.find("h2", string="Kế hoạch của các đơn vị đã hợp nhất vào đây").find_next("ul")
    assert [a["href"] for a in absorbed.select("a")][0].endswith(FORMER_PLAN)


def test_todays_unit_lists_the_plans_of_the_former_unit(built_site):
    soup = page(built_site, DUC_THO_PAGE)
    hrefs = [a["href"] for a in soup.find("h2", string="Kế hoạch của các đơn vị đã hợp nhất vào đây").find_next("ul").select("a")]
    assert any(h.endswith(FORMER_PLAN) for h in hrefs) and any(h.endswith(TUNG_ANH) for h in hrefs)
    assert "hình thành từ ngày 01/7/2025 trên cơ sở" in main_text(soup)
    basis = soup.select(".td-reform")[0].get_text(" ")
    assert "Xã Minh Họa" not in basis  # merged earlier: not one of the units today's commune was formed from


def test_plan_of_a_former_unit_says_it_has_no_code_today(built_site):
    text = main_text(page(built_site, FORMER_PLAN))
    assert "Mã đơn vị không còn (đơn vị đã nhập vào Xã Tùng Ảnh từ ngày 01/12/2024)" in text
    assert "Từ 01/7/2025 thuộc Xã Đức Thọ" in text


def test_former_unit_is_off_by_default(published_site):
    assert not (published_site / FORMER_PAGE).exists()
    assert "Minh Họa" not in (published_site / TUNG_ANH_PAGE / "index.html").read_text(encoding="utf-8")


def test_the_sample_in_the_declaration_file_is_valid_once_uncommented(data):
    text = (data / "don-vi-cu.yaml").read_text(encoding="utf-8")
    sample = "\n".join(line[4:] for line in text.splitlines() if line.startswith("#   "))
    declare(data, "don_vi_cu:\n" + textwrap.indent(sample, "  ") + "\n")
    [unit] = load_dataset(data).former_units
    assert (unit.name, unit.merged_into.name) == ("Xã Tên Cũ", "Xã Tùng Ảnh")


def test_the_guide_example_is_valid(data):
    guide = (ROOT / "docs/huong-dan/them-ke-hoach.md").read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```yaml\n(.*?)```", guide, re.S) if b.startswith("don_vi_cu:")]
    declare(data, block)
    plan_naming(data, "  don_vi_cu: xa-ten-cu\n")
    [record] = [r for r in load_dataset(data).campaigns if r.id.endswith("xa-minh-hoa/2024-ke-hoach")]
    assert record.unit.resolution == "Nghị quyết số 0000/NQ-UBTVQH15 ngày 24/10/2024 của Ủy ban Thường vụ Quốc hội"


def test_a_former_unit_has_no_era(data):
    declare(data, ENTRY)
    plan_naming(data, "  don_vi_cu: xa-minh-hoa\n  thoi_ky: truoc-2025\n")
    [problem] = problems(data)
    assert "đơn vị cũ (don_vi_cu) không có thời kỳ: bỏ dòng thoi_ky" in problem


def test_new_exemplar_takes_the_former_unit_of_its_plan(data, capsys):
    declare(data, ENTRY)
    plan_naming(data, "  don_vi_cu: xa-minh-hoa\n")
    plan = "ha-tinh/huyen-duc-tho/xa-minh-hoa/2024-ke-hoach"
    args = ["new", "exemplar", "--ten-nguoi", "Nguyễn Văn Mẫu", "--loai", "ca-nhan", "--ke-hoach", plan]
    assert main(["--root", str(data), *args]) == 0
    written = (data / "ha-tinh/huyen-duc-tho/xa-minh-hoa/khen-thuong/nguyen-van-mau.yaml").read_text(encoding="utf-8")
    assert "\n  don_vi_cu: xa-minh-hoa " in written and f"ke_hoach: {plan}" in written
