"""The CSV tables of open data: their columns (name, type, description: the one definition that the
writer, the Table Schemas of datapackage.json and the JSON Schema of khen-thuong.json follow) and rows.

CSV is UTF-8 with a byte order mark, so that Excel opens it with Vietnamese letters intact.
"""

import csv
from operator import itemgetter
from types import SimpleNamespace
from typing import Literal, NamedTuple, get_args

from ..dataset import CampaignRecord, Dataset, ExemplarRecord
from ..dates import ISO_PATTERN
from ..model.campaign import Comparison
from ..model.exemplar import Exemplar
from ..naming import place_line
from ..status import matching_value
from ..urls import address
from ..valuetext import describe_value
from ..writing import SiteFiles

ENCODING = "utf-8-sig"
Kind = Literal["chi-tieu", "ket-qua"]


class Column(NamedTuple):
    name: str
    type: Literal["string", "integer", "number", "boolean"]  # a Table Schema field type
    description: str  # Vietnamese, for analysts
    constraints: dict | None = None  # Table Schema constraints (enum, pattern)


def _date(name: str, description: str) -> Column:
    """A date that may be partial ("2023-12" when the document leaves the day blank): text, not a Table Schema date."""
    return Column(name, "string", description + "; dạng NĂM-THÁNG-NGÀY, hoặc NĂM-THÁNG khi văn bản để trống ngày", {"pattern": ISO_PATTERN})


PLAN = Column("ma_ke_hoach", "string", "Mã kế hoạch: đường dẫn tệp dữ liệu trong campaigns/, bỏ “.yaml”")
TARGET = Column("ma_chi_tieu", "string", "Mã cố định của chỉ tiêu, không trùng trong kế hoạch")
UNIT_CODE = Column("ma_dia_phuong", "string", "Mã đơn vị hành chính của Cục Thống kê")
UNIT_NAME = Column("dia_phuong", "string", "Tên đơn vị hành chính, kèm các cấp trên")
VERBATIM = Column("nguyen_van", "string", "Câu chép nguyên văn từ văn bản; các cột số được rút ra từ câu này")
VALUE = (
    Column("noi_dung", "string", "Đại lượng được đo, khi một câu có nhiều số"),
    Column("so_sanh", "string", "Cách so sánh: dat đạt, tu từ … trở lên, tren trên, duoi dưới, toi-da không quá, "
           "tang tăng, giam giảm, giam-con giảm còn, duy-tri duy trì, khoang trong khoảng tu–den, "
           "ty-so tỷ số so_lieu/tren_tong, bang bằng", {"enum": list(get_args(Comparison))}),
    Column("so_lieu", "number", "Con số, viết kiểu máy (dấu chấm thập phân)"),
    Column("tu", "number", "Cận dưới của khoảng (15 trong “15 - 35”)"),
    Column("den", "number", "Cận trên của khoảng (35 trong “15 - 35”)"),
    Column("tren_tong", "number", "Mẫu số của tỷ số (12 trong “12/12 thôn”)"),
    Column("don_vi", "string", "Đơn vị đo: tỷ đồng, %, ha, hộ…"),
    Column("danh_hieu", "string", "Hình thức khen thưởng, khi chỉ tiêu là số lượng khen thưởng"),
)
ILLUSTRATIVE = Column("minh_hoa", "boolean", "True: dữ liệu minh họa, không phải số liệu thật")

TARGET_COLUMNS = (
    PLAN, TARGET, UNIT_CODE, UNIT_NAME,
    Column("nam", "integer", "Năm thi đua của kế hoạch"),
    Column("linh_vuc", "string", "Lĩnh vực (nhóm chỉ tiêu) như văn bản ghi"),
    Column("so", "string", "Ký hiệu đầu dòng như văn bản: a., -, +"),
    VERBATIM,
    *VALUE,
    Column("tat_ca_gia_tri", "string", "Mọi giá trị của chỉ tiêu viết bằng chữ, ngăn cách bằng “; ” (đủ từng số: gia-tri.csv)"),
)
VALUE_COLUMNS = (
    PLAN, TARGET,
    Column("chi_so", "string", "Mã chỉ số (đại lượng đo được, dùng chung giữa các kế hoạch) trong campaigns/chi-so.yaml"),
    Column("loai", "string", "chi-tieu: giá trị của chỉ tiêu; ket-qua: kết quả đạt được trong một báo cáo", {"enum": list(get_args(Kind))}),
    Column("bao_cao", "string", "Số, ký hiệu của báo cáo kết quả (khi loai = ket-qua)"),
    _date("ngay_bao_cao", "Ngày của báo cáo kết quả (khi loai = ket-qua)"),
    ILLUSTRATIVE,
    *VALUE,
    VERBATIM,
)
EXEMPLAR_COLUMNS = (
    Column("ma", "string", "Mã người, tập thể được khen thưởng: đường dẫn tệp dữ liệu trong campaigns/, bỏ “.yaml”"),
    Column("ten", "string", "Họ tên cá nhân hoặc tên tập thể"),
    Column("loai", "string", "ca-nhan: cá nhân; tap-the: tập thể", {"enum": list(get_args(Exemplar.model_fields["kind"].annotation))}),
    Column("chuc_vu", "string", "Chức vụ của cá nhân, như quyết định ghi"),
    Column("don_vi", "string", "Cơ quan, đơn vị công tác"),
    UNIT_CODE, UNIT_NAME,
    Column("nam", "integer", "Năm khen thưởng"),
    Column("danh_hieu", "string", "Hình thức khen thưởng, danh hiệu"),
    Column("chi_tiet", "string", "Chi tiết của hình thức khen thưởng"),
    Column("so_quyet_dinh", "string", "Số, ký hiệu của quyết định khen thưởng"),
    _date("ngay_quyet_dinh", "Ngày của quyết định khen thưởng"),
    Column("co_quan_quyet_dinh", "string", "Cơ quan ban hành quyết định"),
    Column("thanh_tich", "string", "Thành tích, chép nguyên văn"),
    Column("ke_hoach", "string", "Mã kế hoạch (ma_ke_hoach) của phong trào được khen thưởng, nếu có"),
    ILLUSTRATIVE,
    Column("duong_dan", "string", "Địa chỉ mục của người, tập thể trên trang khen thưởng năm đó của địa phương (…/khen-thuong/<năm>/#<mã mục>)"),
)


TARGET_KEY = (PLAN.name, TARGET.name)


class Table(NamedTuple):
    """One CSV file, ``<name>.csv``, as datapackage.json describes it."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    refers_to: "Table | None" = None  # each row names a row of that table by the columns of its primary key

    @property
    def path(self) -> str:
        return f"{self.name}.csv"


TARGETS = Table(
    "chi-tieu", "Chỉ tiêu",
    "Mỗi dòng một chỉ tiêu; các cột giá trị là giá trị đầu tiên của chỉ tiêu (mọi giá trị: gia-tri.csv)",
    TARGET_COLUMNS, primary_key=TARGET_KEY,
)
VALUES = Table(
    "gia-tri", "Giá trị của chỉ tiêu và kết quả",
    "Mỗi dòng một giá trị của một chỉ tiêu (loai = chi-tieu) hoặc một kết quả trong báo cáo sơ kết, tổng kết (loai = ket-qua)",
    VALUE_COLUMNS, refers_to=TARGETS,
)
EXEMPLARS = Table(
    "khen-thuong", "Tập thể, cá nhân được khen thưởng", "Mỗi dòng một người hoặc một tập thể",
    EXEMPLAR_COLUMNS, primary_key=("ma",),
)


def names(columns) -> list[str]:
    return [column.name for column in columns]


def plan_rows(dataset: Dataset, record: CampaignRecord) -> tuple[list[dict], list[dict]]:
    """The plan's rows of chi-tieu.csv, one per target, its first value in the value columns, and of
    gia-tri.csv, every value of every target (``loai`` chi-tieu) then of every reported result
    (``loai`` ket-qua); made in one pass over the targets, each value's columns once."""
    place = place_line(dataset.register, record.unit)
    targets, values, planned = [], [], {}
    for entry in record.campaign.iter_targets():
        target = entry.target
        planned[target.id] = target.values
        columns = [_value(value) for value in target.values]
        targets.append({
            "ma_ke_hoach": record.id,
            "ma_chi_tieu": target.id or "",
            "ma_dia_phuong": record.unit.code,
            "dia_phuong": place,
            "nam": record.campaign.year,
            "linh_vuc": entry.sector,
            "so": target.label or "",
            "nguyen_van": target.text,
            **(columns[0] if columns else _NO_VALUE),
            "tat_ca_gia_tri": "; ".join(describe_value(v) for v in target.values),
        })
        values += [
            _value_row(record.id, target.id, "chi-tieu", None, value_columns, target.text, value.indicator)
            for value, value_columns in zip(target.values, columns)
        ]
    for report in dataset.reports_of(record.id):
        for result in report.report.results:
            planned_values = planned[result.target]
            for v, value in enumerate(result.values):
                matched = matching_value(planned_values, value, v)
                indicator = value.indicator or (matched is not None and planned_values[matched].indicator) or None
                values.append(_value_row(record.id, result.target, "ket-qua", report, _value(value), result.text, indicator))
    return targets, values


def _value_row(campaign_id, target_id, kind: Kind, report, value_columns: dict, text, indicator) -> dict:
    return {
        "ma_ke_hoach": campaign_id,
        "ma_chi_tieu": target_id or "",
        "chi_so": indicator or "",
        "loai": kind,
        "bao_cao": report.report.document.symbol if report else "",
        "ngay_bao_cao": report.report.document.date.iso() if report else "",
        "minh_hoa": bool(report and report.illustrative),
        **value_columns,
        "nguyen_van": text,
    }


def _value(value) -> dict:
    return {
        "noi_dung": value.subject or "",
        "so_sanh": value.comparison,
        "so_lieu": _number(value.value),
        "tu": _number(value.low),
        "den": _number(value.high),
        "tren_tong": _number(value.total),
        "don_vi": value.unit or "",
        "danh_hieu": value.award or "",
    }


_NO_VALUE = dict.fromkeys(names(VALUE), "")


def _number(value) -> str:
    return "" if value is None else format(value.normalize(), "f")


def exemplar_row(dataset: Dataset, record: ExemplarRecord, site_url: str, url: str) -> dict:
    """``url``: the person's entry, site-relative (thidua.site.honored)."""
    e = record.exemplar
    return {
        "ma": record.id,
        "ten": e.name,
        "loai": e.kind,
        "chuc_vu": e.position or "",
        "don_vi": e.unit or "",
        "ma_dia_phuong": record.unit.code,
        "dia_phuong": place_line(dataset.register, record.unit),
        "nam": e.year,
        "danh_hieu": e.award,
        "chi_tiet": e.award_detail or "",
        "so_quyet_dinh": e.decision.number,
        "ngay_quyet_dinh": e.decision.date.iso(),
        "co_quan_quyet_dinh": e.decision.issuer,
        "thanh_tich": e.achievement,
        "ke_hoach": e.campaign or "",
        "minh_hoa": record.illustrative,
        "duong_dan": address(site_url, url),
    }


class CsvFile:
    """A table's CSV, rows added as they are made (of two tables at once: ``plan_rows``), then
    written. Kept as UTF-8, a part for each ``add``: a text of the two tables would take up to
    four bytes a letter (about 20 MiB more at 1,000 plans, while open data is at its largest)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        header = names(table.columns)
        self._cells = itemgetter(*header)
        self._lines: list[str] = []
        self._writer = csv.writer(SimpleNamespace(write=self._lines.append))
        self._writer.writerow(header)
        self._parts = [self._text().encode(ENCODING)]  # the byte order mark, once

    def add(self, rows) -> None:
        """Rows with exactly the table's columns as keys: a missing key is an error, any other would be left out."""
        self._writer.writerows(map(self._cells, rows))
        self._parts.append(self._text().encode())

    def write(self, files: SiteFiles) -> None:
        """Once: the parts are let go of, the file's bytes being held by whoever keeps them (the archive)."""
        data, self._parts = b"".join(self._parts), []
        files.write(self.table.path, data)

    def _text(self) -> str:
        text = "".join(self._lines)
        self._lines.clear()
        return text
