"""`thidua import FILE`: read, recognize, write the draft beside its original text, validate, report."""

from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from .. import placeholders
from ..layout import MOVEMENTS_FILE
from ..model.campaign import Campaign
from ..places import resolve_locality
from ..problems import Problem
from ..register import Register, load_register
from ..checks import check_campaign
from ..scaffold import _committee, _schema_line, unit_folder
from ..validation import validate_source
from ..yamlsource import read_yaml
from .draft import draft_text
from .header import Header, find_header
from .locality import Found, find_locality, written_differently
from .marks import Marked, count_marks
from .reading import TEXT_SUFFIXES, ImportRefused, read_paragraphs
from .sections import new_movements, recognize_body
from .targets import count_targets

UNSORTED_FOLDER = "nhap"


@dataclass
class Imported:
    path: Path
    text_path: Path
    recognized: list[str]
    left: list[str]
    marks: int
    problems: list[Problem] = field(default_factory=list)
    new_movements: list[str] = field(default_factory=list)

    def report(self) -> str:
        lines = [f"Đã tạo bản nháp {self.path}", f"  cùng văn bản gốc {self.text_path.name}", "Máy đã nhận ra:"]
        lines += [f"  - {item}" for item in self.recognized]
        lines.append(f"Cần người kiểm tra: {self.marks} giá trị có ghi chú “KIỂM TRA” cuối dòng.")
        if self.left:
            lines.append("Phần máy chưa xếp vào dữ liệu (chép tay nếu cần):")
            lines += [f"  - {heading}" for heading in self.left]
        if self.new_movements:
            lines.append("Phong trào chưa có trong campaigns/phong-trao.yaml (thêm vào đó nếu là phong trào mới):")
            lines += [f"  - “{name}”" for name in self.new_movements]
        if self.problems:
            lines.append("Thông báo của máy kiểm tra (sửa trước khi đăng):")
            lines += [f"  {problem}" for problem in self.problems]
        lines += [
            "Bước tiếp theo:",
            "  1. Mở tệp, so từng dòng có ghi chú “KIỂM TRA” với văn bản gốc; đúng thì xóa ghi chú, sai thì sửa.",
            f"  2. Kiểm tra: thidua validate {self.path}",
        ]
        return "\n".join(lines)


def import_plan(file: Path, root: Path, out_dir: Path | None, overwrite: bool) -> Imported:
    """Write the draft of ``file``; raises ImportRefused with a reason for staff."""
    if not (root / MOVEMENTS_FILE).is_file():
        raise ImportRefused(f"không có thư mục dữ liệu (thiếu {root / MOVEMENTS_FILE})", "chạy lệnh từ thư mục gốc của kho, hoặc chỉ đường bằng --root")
    paragraphs = read_paragraphs(file)
    header = find_header(paragraphs)
    full_text = "\n".join(paragraphs)
    if header is None or "thi đua" not in full_text.lower() or header.year is None:
        raise ImportRefused(
            f"tệp {file.name} không giống một kế hoạch hay văn bản phát động thi đua",
            "cần văn bản có dòng tên loại (KẾ HOẠCH, PHÁT ĐỘNG…), trích yếu và nội dung thi đua",
        )
    register = load_register()
    found = find_locality(register, header.place, header.issuer_lines, full_text, header.year)
    movements = _movement_names(root)
    body, left = recognize_body(paragraphs[header.body_start:header.body_end], header.issued, movements)
    folder = out_dir or (root / unit_folder(register, found.unit) if found.unit else root / UNSORTED_FOLDER)
    name = f"{header.year}-" + ("" if header.kind == "PHÁT ĐỘNG" else f"{slugify(header.kind)}-") + "phat-dong-thi-dua"
    path, text_path = folder / f"{name}.yaml", folder / f"{name}.txt"
    if path.exists() and not overwrite:
        raise ImportRefused(f"tệp {path} đã có, không ghi đè", "thêm --ghi-de để thay bằng bản nháp mới, hoặc chọn thư mục khác bằng --ra")
    fields = {
        "van_ban": _document(header, found),
        "dia_phuong": _locality(found),
        "nam": header.year if header.issued is None or header.issued.startswith(str(header.year))
        else Marked(header.year, "năm thi đua khác năm ban hành: kiểm tra"),
        "trich_yeu": header.title,
        **body,
        "ban_goc": {"tep": text_path.name},
    }
    if header.recipients:
        fields["noi_nhan"] = header.recipients
    heading = [
        _schema_line(root, path, "campaign.schema.json"),
        f"# Bản nháp do lệnh “thidua import” tạo từ tệp {file.name}.",
        "# Giá trị máy đoán có ghi chú cuối dòng bắt đầu bằng chữ KIỂM TRA: so với văn bản gốc,",
        "# đúng thì xóa ghi chú, sai thì sửa. Tệp chưa đăng được khi còn ghi chú đó.",
        "# Hướng dẫn: docs/huong-dan/nhap-ke-hoach.md",
    ]
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(draft_text(fields, heading), encoding="utf-8")
    original = file.read_text(encoding="utf-8-sig") if file.suffix.lower() in TEXT_SUFFIXES else "\n\n".join(paragraphs) + "\n"
    text_path.write_text(original, encoding="utf-8")
    proposals = new_movements(paragraphs, movements)
    return Imported(
        path, text_path, _recognized(header, found, register, fields), left, count_marks(fields),
        _problems(path, register), proposals,
    )


def _document(header: Header, found: Found) -> dict:
    missing = "không tìm thấy trong văn bản: chép tay"
    document: dict = {
        "so": header.number,
        "ky_hieu": header.symbol or Marked("", missing),
        "so_ky_hieu_nguyen_van": header.number_line or Marked("", missing),
        "loai_van_ban": header.kind,
    }
    if found.unit:
        issuer = _committee(found.unit)
        document["co_quan_ban_hanh"] = issuer if header.issuer_lines else Marked(issuer, "suy ra từ địa phương và dòng ký")
    else:
        document["co_quan_ban_hanh"] = Marked("", missing)
    if header.issuer_lines:
        document["tieu_de_co_quan"] = "\n".join(header.issuer_lines)
    document["dia_danh"] = header.place or Marked("", missing)
    document["ngay_ban_hanh"] = header.issued or Marked("", missing)
    if header.signed_at:
        document["thoi_diem_ky_so"] = header.signed_at
    signer: dict = {
        "ho_ten": header.signer_name or Marked(placeholders.SIGNER, missing),
        "chuc_vu": header.signer_title or Marked("", missing),
    }
    if header.on_behalf_of:
        signer["thay_mat"] = header.on_behalf_of
    document["nguoi_ky"] = signer
    if header.received_stamp:
        document["dau_van_ban_den"] = Marked("\n".join(header.received_stamp), "dấu văn bản đến của nơi nhận: kiểm tra, xóa nếu không cần")
    return document


def _locality(found: Found) -> dict:
    if found.unit is None:
        return {"ten": Marked(found.written or "", found.doubt), "thoi_ky": found.era}
    ref: dict = {"ma": Marked(found.unit.code, found.doubt) if found.doubt else found.unit.code}
    if found.era != "truoc-2025":
        ref["thoi_ky"] = found.era
    if written_differently(found):
        ref["ten_trong_van_ban"] = found.written
    return ref


def _movement_names(root: Path) -> dict[str, str]:
    data = read_yaml(root / MOVEMENTS_FILE).data
    items = data.get("phong_trao", []) if isinstance(data, dict) else []
    return {item["ma"]: item["ten"] for item in items if isinstance(item, dict) and "ma" in item and "ten" in item}


def _recognized(header: Header, found: Found, register: Register, fields: dict) -> list[str]:
    groups = fields.get("chi_tieu", [])
    items = [
        f"Số, ký hiệu: {header.number_line or '(không thấy)'}; ngày: {header.issued or '(không thấy)'}",
        f"Địa phương: {register.describe(found.unit) if found.unit else '(chưa xác định: ' + (found.doubt or '') + ')'}",
        f"Người ký: {header.on_behalf_of or ''} {header.signer_title or ''} {header.signer_name or '(không thấy)'}".replace("  ", " "),
        f"Chỉ tiêu: {len(groups)} nhóm, {count_targets(groups)} dòng",
    ]
    for key, label in (
        ("can_cu", "căn cứ"), ("chu_de", "chủ đề"), ("khau_hieu", "khẩu hiệu"), ("muc_dich", "đoạn mục đích"),
        ("yeu_cau", "đoạn yêu cầu"), ("muc_tieu", "đoạn mục tiêu"), ("phong_trao", "phong trào"),
        ("noi_dung_thi_dua", "phần nội dung thi đua"), ("dot_thi_dua", "đợt thi đua"),
        ("to_chuc_thuc_hien", "mục tổ chức thực hiện"), ("noi_nhan", "nơi nhận"),
    ):
        if key in fields:
            items.append(f"{len(fields[key])} {label}")
    for key, label in (("thoi_gian", "thời gian thi đua"), ("tieu_chuan_khen_thuong", "tiêu chuẩn khen thưởng"),
                       ("ho_so_khen_thuong", "hồ sơ khen thưởng"), ("ket_thuc", "đoạn kết")):
        if key in fields:
            items.append(f"có {label}")
    return items


def _problems(path: Path, register: Register) -> list[Problem]:
    """What the validator says about the draft, apart from its review marks."""
    source = read_yaml(path)
    campaign = validate_source(source, Campaign)
    if campaign is not None:
        resolve = resolve_locality(campaign.locality, register, source, ("dia_phuong",))
        if isinstance(resolve, Problem):
            source.problems.append(resolve)
        source.problems.extend(check_campaign(campaign, source))
    source.problems.extend(placeholders.leftover_placeholders(source))
    return sorted(source.problems)
