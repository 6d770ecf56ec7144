"""`thidua new campaign|exemplar`: write a new, commented data file in the right folder.

The locality is resolved in the official register, the folder follows the layout of the
existing files (``<tinh>/<huyen>/<xa>/``), and the file is checked against the model before
it is written, so `thidua validate` accepts it as it is. Placeholders staff must replace are
flagged with a "SỬA" comment.
"""

import argparse
import difflib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel
from slugify import slugify

from .layout import EXEMPLAR_FOLDER, MOVEMENTS_FILE, RESULTS_FOLDER, SHARED_FILES, data_files
from .model.campaign import Campaign
from .model.exemplar import COLLECTIVE_TITLES, COMMENDATIONS, INDIVIDUAL_TITLES, Exemplar
from . import placeholders
from .former import with_declared
from .places import ERA_LABELS, ERAS, find_unit, other_era_hint, unknown_unit_hint
from .register import FORMER_UNITS_FILE, FormerUnit, LocalityError, Register, Unit, load_register
from .privacy import personal_data
from .validation import validate_source
from .yamlsource import read_yaml

ERA_CHOICES = tuple(ERAS)
KINDS = ("ca-nhan", "tap-the")
AWARDS = INDIVIDUAL_TITLES + COLLECTIVE_TITLES + COMMENDATIONS
DEFAULT_AWARD = "Giấy khen"  # valid for individuals and collectives alike
_COMMENT_COLUMN = 40
_MISSING_HINT = "ghi đủ tùy chọn (xem: thidua new {command} --help), hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi từng mục"


class ScaffoldError(Exception):
    """A reason not to write the file, worded for staff; ``exit_code`` 2 means a missing option."""

    def __init__(self, message: str, hint: str | None = None, exit_code: int = 1):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code

    def __str__(self) -> str:
        return f"Lỗi: {self.message}" + (f" — Gợi ý: {self.hint}" if self.hint else "")


class Prompter:
    """Asks for what the options left out when someone is at the keyboard, or fails."""

    def __init__(self, interactive: bool, command: str):
        self.interactive = interactive
        self.command = command

    def ask(self, option: str, question: str, choices: tuple[str, ...] = (), required: bool = True) -> str:
        if not self.interactive:
            raise ScaffoldError(f"thiếu tùy chọn {option} ({question})", _MISSING_HINT.format(command=self.command), 2)
        shown = f"{question} [{' / '.join(choices)}]" if choices else question
        while True:
            try:
                answer = input(f"{shown}: ").strip()
            except EOFError:
                raise ScaffoldError("đã dừng: chưa nhập đủ thông tin", exit_code=2) from None
            if (answer or not required) and (not choices or answer in choices):
                return answer
            print(f"Hãy chọn một trong: {', '.join(choices)}" if answer else "Mục này bắt buộc.")

    def year(self, value: int | None, question: str = "năm thi đua, ví dụ 2025") -> int:
        while value is None:
            answer = self.ask("--nam", question)
            if answer.isdigit() and 1945 <= int(answer) <= 2100:
                value = int(answer)
            else:
                print("Năm phải là bốn chữ số, ví dụ 2025.")
        return value


@dataclass(frozen=True)
class Place:
    """The locality as given: a code, or a name with the names of its parents."""

    code: str | None
    name: str | None
    parents: tuple[str, ...]
    era: str
    former: str | None = None  # id of a unit declared in don-vi-cu.yaml


@dataclass(frozen=True)
class Created:
    path: Path
    description: str

    def report(self) -> str:
        return "\n".join([
            f"Đã tạo tệp {self.path}",
            f"  Địa phương: {self.description}",
            "Bước tiếp theo:",
            "  1. Mở tệp, thay mọi giá trị có ghi chú “SỬA” bằng nội dung của văn bản (chép nguyên văn).",
            f"  2. Kiểm tra: thidua validate {self.path}",
            "  3. Xem trước trên trang: make serve, rồi mở http://127.0.0.1:8000/",
        ])


def new_campaign(args: argparse.Namespace, prompter: Prompter) -> Created:
    root = _data_root(args.root)
    year = prompter.year(args.nam)
    place = _place(args, year, prompter)
    register = _register(root)
    unit = _resolve(register, place)
    name = _file_name(args.ten_tep, f"{year}-ke-hoach-phat-dong-thi-dua")
    if not name.startswith(f"{year}-"):
        name = f"{year}-{name}"
    path = root / unit_folder(register, unit) / f"{name}.yaml"
    text = _campaign_text(register, unit, place.era, year, _schema_line(root, path, "campaign.schema.json"))
    return _write(path, text, Campaign, Created(path, _described(register, unit, place.era)))


def new_exemplar(args: argparse.Namespace, prompter: Prompter) -> Created:
    root = _data_root(args.root)
    campaign_id = campaign = None
    if args.ke_hoach:
        campaign_id, campaign = _campaign(root, args.ke_hoach)
    person = args.ten_nguoi or prompter.ask("--ten-nguoi", "họ tên cá nhân hoặc tên tập thể, như trong quyết định")
    kind = args.loai or prompter.ask("--loai", "loại: ca-nhan (cá nhân) hoặc tap-the (tập thể)", KINDS)
    year = prompter.year(args.nam if args.nam is not None else campaign and campaign.year, "năm được khen thưởng, ví dụ 2025")
    if campaign is not None and args.ma is None and args.ten is None:
        ref = campaign.locality
        place = Place(ref.code, ref.name, tuple(ref.parents), ref.era, ref.former)
    else:
        place = _place(args, year, prompter)
    register = _register(root)
    unit = _resolve(register, place)
    path = root / unit_folder(register, unit) / EXEMPLAR_FOLDER / f"{_file_name(args.ten_tep, person)}.yaml"
    text = _exemplar_text(
        unit, place.era, year, person, kind, args.danh_hieu, campaign_id,
        _schema_line(root, path, "exemplar.schema.json"), register.describe(unit),
    )
    return _write(path, text, Exemplar, Created(path, _described(register, unit, place.era)))


def unit_folder(register: Register, unit: Unit) -> Path:
    """``<tinh>/<huyen>/<xa>``, like the existing data: names without diacritics, the province's
    without its type word, with the unit code added when a sibling has the same name."""
    return Path(*(_segment(register, part) for part in (*register.ancestors(unit), unit)))


def _segment(register: Register, unit: Unit) -> str:
    def plain(u: Unit) -> str:
        return slugify(u.short_name if u.level == "province" else u.name)

    parents = register.ancestors(unit)[-1:]
    siblings = register.children(parents[0]) if parents else ()
    clash = any(other != unit and plain(other) == plain(unit) for other in siblings)
    return f"{plain(unit)}-{unit.code}" if clash else plain(unit)


def _data_root(root: Path) -> Path:
    if not (root / MOVEMENTS_FILE).is_file():
        raise ScaffoldError(
            f"không có thư mục dữ liệu (thiếu {root / MOVEMENTS_FILE})",
            "chạy lệnh từ thư mục gốc của kho, hoặc chỉ đường bằng --root",
        )
    return root


def _register(root: Path) -> Register:
    """The register, with the former units ``root`` declares."""
    register = with_declared(root, load_register())
    if isinstance(register, list):
        raise ScaffoldError(
            f"tệp {root / FORMER_UNITS_FILE} đang có lỗi: " + "; ".join(p.message for p in register),
            f"sửa trước: thidua validate {root / FORMER_UNITS_FILE}",
        )
    return register


def _default_era(year: int) -> str:
    """Plans are issued early in their year: units of the register in force then."""
    return "truoc-2025" if year <= 2025 else "tu-2025"


def _place(args: argparse.Namespace, year: int, prompter: Prompter) -> Place:
    era = args.thoi_ky or _default_era(year)
    if args.ma or args.ten or args.don_vi_cu:
        return Place(args.ma, args.ten, tuple(args.thuoc or ()), era, args.don_vi_cu)
    answer = prompter.ask("--ma (hoặc --ten và --thuoc)", "mã đơn vị hành chính, hoặc tên đơn vị (ví dụ 18259 hoặc Tùng Ảnh)")
    if answer.isdigit():
        return Place(answer, None, (), era)
    parents = prompter.ask("--thuoc", "thuộc đơn vị cấp trên, cách nhau bằng dấu phẩy (Enter để bỏ qua)", required=False)
    return Place(None, answer, tuple(p.strip() for p in parents.split(",") if p.strip()), era)


def _resolve(register: Register, place: Place) -> Unit:
    try:
        return find_unit(register, place.code, place.name, place.parents, place.era, place.former)
    except LocalityError as error:
        hint = other_era_hint(register, place.code, place.era, "thêm --thoi-ky {era}")
        raise ScaffoldError(error.message, hint or unknown_unit_hint(error, place.era, place.name)) from None


def _described(register: Register, unit: Unit, era: str) -> str:
    if isinstance(unit, FormerUnit):
        return f"{register.describe(unit)} — đơn vị đã nhập vào {unit.merged_into.name} từ ngày {unit.merged_on:%d/%m/%Y}"
    return f"{register.describe(unit)} — {ERA_LABELS[era]}"


def _locality_rows(unit: Unit, era: str) -> list[tuple[str, str]]:
    """The ``dia_phuong`` lines: the unit's code and era, or the id of a declared former unit."""
    if isinstance(unit, FormerUnit):
        return [(f"  don_vi_cu: {unit.id}", f"{unit.name}: đơn vị cũ khai báo trong {FORMER_UNITS_FILE}")]
    return [
        (f"  ma: {_quoted(unit.code)}", f"{unit.name}: mã đơn vị của Cục Thống kê"),
        (f"  thoi_ky: {era}", "truoc-2025: đơn vị trước ngày 01/7/2025; tu-2025: đơn vị hiện nay"),
    ]


def _campaign(root: Path, value: str) -> tuple[str, Campaign]:
    """The id and model of the campaign an exemplar is attached to ("ha-tinh/…/2024-…")."""
    given = Path(value).with_suffix("") if value.endswith(".yaml") else Path(value)
    campaign_id = (given.relative_to(root) if given.is_relative_to(root) else given).as_posix()
    files = {
        path.relative_to(root).with_suffix("").as_posix(): path
        for path in data_files(root, include_illustrative=False)
        if path.relative_to(root).as_posix() not in SHARED_FILES
        and not {EXEMPLAR_FOLDER, RESULTS_FOLDER} & set(path.relative_to(root).parts)
    }
    if campaign_id not in files:
        close = difflib.get_close_matches(campaign_id, list(files), n=1, cutoff=0.6)
        raise ScaffoldError(
            f"không có kế hoạch mã “{campaign_id}”",
            f"có phải ý bạn là “{close[0]}”?" if close else "mã kế hoạch là đường dẫn tệp trong campaigns/, bỏ .yaml",
        )
    source = read_yaml(files[campaign_id])
    campaign = validate_source(source, Campaign)
    if campaign is None:
        raise ScaffoldError(f"kế hoạch “{campaign_id}” đang có lỗi", f"sửa trước: thidua validate {files[campaign_id]}")
    return campaign_id, campaign


def _file_name(given: str | None, fallback: str) -> str:
    name = slugify((given or fallback).removesuffix(".yaml"))
    if not name:
        raise ScaffoldError(f"không đặt được tên tệp từ “{given or fallback}”", "ghi tên tệp bằng --ten-tep, ví dụ nguyen-van-a")
    return name


def _schema_line(root: Path, path: Path, schema: str) -> str:
    relative = Path(os.path.relpath(root / "schema" / schema, path.parent)).as_posix()
    return f"# yaml-language-server: $schema={relative}"


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _lines(rows: list[str | tuple[str, str]]) -> str:
    """YAML lines with their comments lined up; plain strings are written as they are."""
    out = []
    for row in rows:
        if isinstance(row, str):
            out.append(row)
        else:
            text, comment = row
            out.append(f"{text.ljust(_COMMENT_COLUMN - 1)} # {comment}")
    return "\n".join(out) + "\n"


def _committee(unit: Unit) -> str:
    """ "Ủy ban nhân dân xã Tùng Ảnh": the unit's name with its type word in lowercase."""
    return f"Ủy ban nhân dân {unit.kind}{unit.name[len(unit.kind):]}"


def _campaign_text(register: Register, unit: Unit, era: str, year: int, schema_line: str) -> str:
    return _lines([
        schema_line,
        f"# Kế hoạch thi đua năm {year}: {register.describe(unit)}.",
        "# Tệp do lệnh “thidua new campaign” tạo. Giá trị có ghi chú “SỬA” là giá trị tạm: thay bằng",
        "# nội dung của văn bản, chép nguyên văn. Hướng dẫn: docs/huong-dan/them-ke-hoach.md",
        "van_ban:",
        ("  so: null", "SỬA: số văn bản, ví dụ \"29\"; để null khi bản nháp chưa có số"),
        ("  ky_hieu: KH-UBND", "SỬA nếu khác: ký hiệu văn bản"),
        ("  so_ky_hieu_nguyen_van: \"Số: /KH-UBND\"", "SỬA: dòng “Số: …” chép nguyên văn"),
        ("  loai_van_ban: KẾ HOẠCH", "tên loại văn bản: KẾ HOẠCH, PHÁT ĐỘNG…"),
        (f"  co_quan_ban_hanh: {_quoted(_committee(unit))}", "cơ quan ban hành"),
        (f"  dia_danh: {_quoted(unit.short_name)}", "SỬA: địa danh ghi trước ngày tháng của văn bản"),
        (f"  ngay_ban_hanh: \"{year}-01\"", f"SỬA: ngày ban hành, ví dụ {year}-01-20; năm-tháng khi văn bản để trống ngày"),
        "  nguoi_ky:",
        (f"    ho_ten: {_quoted(placeholders.SIGNER)}", "SỬA: họ tên người ký"),
        ("    chuc_vu: CHỦ TỊCH", "SỬA nếu khác: chức vụ người ký"),
        ("    thay_mat: TM. ỦY BAN NHÂN DÂN", "dòng “TM. …”; xóa dòng này nếu văn bản không có"),
        "dia_phuong:",
        *_locality_rows(unit, era),
        (f"nam: {year}", "năm thi đua (có thể khác năm ban hành)"),
        (f"trich_yeu: \"Kế hoạch phát động phong trào thi đua năm {year}\"", "SỬA: dòng trích yếu dưới tên loại văn bản"),
        ("chi_tieu:", "các nhóm chỉ tiêu, theo thứ tự và cách đánh số của văn bản"),
        ("  - so: \"1.\"", "SỬA: số mục như văn bản"),
        ("    linh_vuc: Kinh tế", "SỬA: tên nhóm như văn bản"),
        "    chi_tieu:",
        ("      - ma: tong-san-luong-luong-thuc", "mã chỉ tiêu, không trùng; chỉ tiêu thêm sau: thidua ma-chi-tieu TỆP"),
        ("        so: \"-\"", "ký hiệu đầu dòng như văn bản: a., -, +"),
        (f"        nguyen_van: {_quoted(placeholders.EXAMPLE_TARGET)}", "VÍ DỤ, SỬA: nguyên văn dòng chỉ tiêu"),
        ("        gia_tri:", "số liệu phải có trong câu nguyên văn (máy kiểm tra)"),
        "          - {noi_dung: Tổng sản lượng lương thực, so_lieu: 2150, don_vi: tấn}",
        "# Thêm các phần văn bản có: mo_dau, chu_de, khau_hieu, muc_dich, yeu_cau, muc_tieu, can_cu,",
        "# phong_trao, ngay_ky_niem, noi_dung_thi_dua, thoi_gian, dot_thi_dua, tieu_chuan_khen_thuong,",
        "# ho_so_khen_thuong, to_chuc_thuc_hien, ket_thuc, noi_nhan, ban_goc. Ví dụ đầy đủ:",
        "# campaigns/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml",
    ])


def _exemplar_text(
    unit: Unit, era: str, year: int, person: str, kind: str, award: str | None,
    campaign_id: str | None, schema_line: str, description: str,
) -> str:
    award = award or DEFAULT_AWARD
    campaign_row = (
        (f"ke_hoach: {campaign_id}", "kế hoạch thi đua liên quan")
        if campaign_id
        else "# ke_hoach: ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua   # kế hoạch liên quan, nếu có"
    )
    return _lines([
        schema_line,
        f"# Người, tập thể được khen thưởng: {person}, {description}.",
        "# Tệp do lệnh “thidua new exemplar” tạo. Giá trị có ghi chú “SỬA” là giá trị tạm: thay bằng",
        "# nội dung của quyết định khen thưởng. KHÔNG ghi số căn cước, ngày sinh, địa chỉ nhà riêng,",
        "# số điện thoại. Hướng dẫn: docs/huong-dan/them-khen-thuong.md",
        (f"ten: {_quoted(person)}", "họ tên cá nhân hoặc tên tập thể, như trong quyết định"),
        (f"loai: {kind}", "ca-nhan (cá nhân) hoặc tap-the (tập thể)"),
        ("# chuc_vu: Trưởng thôn", "chức vụ, như trong quyết định (xóa dấu # đầu dòng để dùng)"),
        ("# don_vi: Thôn 3", "cơ quan, đơn vị công tác hoặc thôn, tổ dân phố"),
        "dia_phuong:",
        *_locality_rows(unit, era),
        (f"nam: {year}", "năm được khen thưởng"),
        (f"danh_hieu: {_quoted(award)}", "SỬA: danh hiệu hoặc hình thức khen thưởng, đúng một tên trong hướng dẫn"),
        (f"# chi_tiet: Giấy khen của Chủ tịch {_committee(unit)}", "ghi rõ hơn, nếu cần (ví dụ)"),
        "quyet_dinh:",
        (f"  so_ky_hieu: {_quoted(placeholders.DECISION_NUMBER)}", "SỬA: số, ký hiệu quyết định, ví dụ 125/QĐ-UBND"),
        (f"  ngay: \"{year}-12\"", f"SỬA: ngày quyết định, ví dụ {year}-12-20"),
        (f"  co_quan: {_quoted(_committee(unit))}", "SỬA nếu khác: cơ quan hoặc người ký quyết định"),
        (f"thanh_tich: {_quoted(placeholders.ACHIEVEMENT)}", "SỬA: thành tích về công việc"),
        campaign_row,
        "# anh: chỉ thêm ảnh khi người trong ảnh đã đồng ý bằng văn bản (xem hướng dẫn, mục Ảnh).",
    ])


def _write(path: Path, text: str, model: type[BaseModel], created: Created) -> Created:
    """Check ``text`` against ``model``, then create ``path``; never overwrite."""
    if path.exists():
        raise ScaffoldError(f"tệp {path} đã có, không ghi đè", "chọn tên tệp khác bằng --ten-tep")
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / path.name
        draft.write_text(text, encoding="utf-8")
        source = read_yaml(draft, path)
        validate_source(source, model)
        source.problems.extend(personal_data(source, model))
    if source.problems:
        raise ScaffoldError(
            "không tạo tệp vì giá trị đã cho không hợp lệ: " + "; ".join(p.message for p in source.problems),
            next((p.hint for p in source.problems if p.hint), None),
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as file:
        file.write(text)
    return created
