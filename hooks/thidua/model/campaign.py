"""A campaign: one plan (kế hoạch / phát động) issued by one authority for one period."""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from pydantic import Field, model_validator

from .common import DataModel, Date, DocumentRef, FileName, LocalityRef, Number, Slug, Text
from .contact import Contact

Comparison = Literal[
    "dat", "tu", "tren", "duoi", "toi-da", "tang", "giam", "giam-con", "duy-tri", "khoang", "ty-so", "bang"
]


class Signer(DataModel):
    name: Text = Field(alias="ho_ten")
    title: Text = Field(alias="chuc_vu", description="CHỦ TỊCH, PHÓ CHỦ TỊCH…")
    on_behalf_of: str | None = Field(None, alias="thay_mat", description="Dòng “TM. …”, ví dụ “TM. ỦY BAN NHÂN DÂN”")


ISSUER_TYPES: dict[str, str] = {
    "uy-ban-nhan-dan": "Ủy ban nhân dân",
    "co-quan": "cơ quan",
    "don-vi-su-nghiep": "đơn vị sự nghiệp",
    "truong-hoc": "trường học",
    "doanh-nghiep": "doanh nghiệp",
    "doan-the": "đoàn thể",
    "khoi-thi-dua": "khối thi đua",
    "cum-thi-dua": "cụm thi đua",
}


class Document(DataModel):
    """Identity of the official document."""

    number: str | None = Field(None, alias="so", description="Số văn bản; để trống (null) nếu bản nháp chưa có số")
    symbol: Text = Field(alias="ky_hieu", description="Ký hiệu, ví dụ KH-UBND")
    as_written: Text = Field(alias="so_ky_hieu_nguyen_van", description="Dòng “Số: …” nguyên văn")
    type: Text = Field(alias="loai_van_ban", description="KẾ HOẠCH, PHÁT ĐỘNG…")
    issuer: Text = Field(alias="co_quan_ban_hanh")
    issuer_type: Literal[tuple(ISSUER_TYPES)] = Field(  # type: ignore[valid-type]
        "uy-ban-nhan-dan",
        alias="loai_co_quan",
        description="Cơ quan ban hành không phải UBND (trường học, cơ quan, khối thi đua…) vẫn gắn với một địa phương",
    )
    issuer_header: str | None = Field(None, alias="tieu_de_co_quan", description="Tên cơ quan in ở góc trái, nguyên văn")
    place: Text = Field(alias="dia_danh")
    issued: Date = Field(alias="ngay_ban_hanh", description="2024-01-20, hoặc 2023-12 khi để trống ngày")
    signed_at: datetime.datetime | None = Field(None, alias="thoi_diem_ky_so", description="Thời điểm ký số, nếu có")
    signer: Signer = Field(alias="nguoi_ky")
    received_stamp: str | None = Field(
        None, alias="dau_van_ban_den", description="Dấu “văn bản đến” của nơi nhận (không phải cơ quan ban hành)"
    )

    @property
    def is_draft(self) -> bool:
        return self.number is None or self.issued.day is None


class TargetValue(DataModel):
    """A structured value derived from a target's verbatim text (or, in a report, from the achieved figure)."""

    indicator: Slug | None = Field(None, alias="chi_so", description="Mã chỉ số trong campaigns/chi-so.yaml")
    subject: str | None = Field(None, alias="noi_dung", description="Đại lượng được đo, nếu dòng có nhiều số")
    comparison: Comparison = Field("dat", alias="so_sanh")
    value: Number | None = Field(None, alias="so_lieu")
    low: Number | None = Field(None, alias="tu", description="Cận dưới của khoảng (15 trong “15 - 35”)")
    high: Number | None = Field(None, alias="den", description="Cận trên của khoảng (35 trong “15 - 35”)")
    total: Number | None = Field(None, alias="tren_tong", description="Mẫu số của tỷ số (12 trong “12/12 thôn”)")
    unit: str | None = Field(None, alias="don_vi", description="tỷ đồng, %, ha, con, hộ…")
    award: str | None = Field(None, alias="danh_hieu", description="Hình thức khen thưởng, khi chỉ tiêu là số lượng khen thưởng")

    @model_validator(mode="after")
    def _has_a_number(self) -> "TargetValue":
        if self.comparison == "khoang":
            if self.low is None or self.high is None:
                raise ValueError("so_sanh: khoang cần cả “tu” và “den”")
        elif self.value is None and self.comparison != "duy-tri":
            raise ValueError("cần “so_lieu” (hoặc so_sanh: duy-tri khi không có số)")
        return self

    def numbers(self) -> list[Decimal]:
        return [n for n in (self.value, self.low, self.high, self.total) if n is not None]


class Target(DataModel):
    """A measurable commitment (chỉ tiêu), verbatim, with optional structured values and children."""

    id: Slug | None = Field(
        None, alias="ma",
        description="Mã cố định của chỉ tiêu: chữ thường không dấu, nối bằng gạch ngang (ty-le-ho-ngheo), "
        "không trùng trong kế hoạch; thidua ma-chi-tieu TỆP ghi mã còn thiếu",
    )
    label: str | None = Field(None, alias="so", description="Ký hiệu đầu dòng như văn bản: a., -, +")
    text: Text = Field(alias="nguyen_van", description="Nguyên văn dòng chỉ tiêu, không sửa chữ nào")
    values: list[TargetValue] = Field([], alias="gia_tri")
    children: list["Target"] = Field([], alias="chi_tieu_con")

    def count(self) -> int:
        return 1 + sum(child.count() for child in self.children)


class TargetGroup(DataModel):
    """Targets of one sector, in the order and nesting of the document."""

    label: str | None = Field(None, alias="so", description="Số mục như văn bản: 2.1., a)")
    sector: Text = Field(alias="linh_vuc", description="Tên nhóm như văn bản: Kinh tế, Văn hóa - Xã hội…")
    intro: str | None = Field(None, alias="dan_nhap", description="Câu dẫn trước danh sách, nếu có")
    targets: list[Target] = Field([], alias="chi_tieu")
    groups: list["TargetGroup"] = Field([], alias="nhom_con")

    def count(self) -> int:
        return sum(t.count() for t in self.targets) + sum(g.count() for g in self.groups)


@dataclass(frozen=True)
class TargetEntry:
    """One target of a plan with where it is: its data path in the file and the groups above it."""

    path: tuple[str | int, ...]
    target: Target
    groups: tuple[TargetGroup, ...]
    depth: int  # 0 for a target of a group, 1 for its child…

    @property
    def sector(self) -> str:
        return " / ".join(group.sector for group in self.groups)


def _group_entries(groups: list[TargetGroup], path: tuple, above: tuple) -> Iterator[TargetEntry]:
    for g, group in enumerate(groups):
        yield from _target_entries(group.targets, path + (g, "chi_tieu"), above + (group,), 0)
        yield from _group_entries(group.groups, path + (g, "nhom_con"), above + (group,))


def _target_entries(targets: list[Target], path: tuple, groups: tuple, depth: int) -> Iterator[TargetEntry]:
    for t, target in enumerate(targets):
        yield TargetEntry(path + (t,), target, groups, depth)
        yield from _target_entries(target.children, path + (t, "chi_tieu_con"), groups, depth + 1)


class Item(DataModel):
    """A numbered passage: content item, duty, measure. Text is verbatim (Markdown allowed)."""

    label: str | None = Field(None, alias="so")
    title: str | None = Field(None, alias="tieu_de", description="Tiêu đề mục, nguyên văn")
    responsible: str | None = Field(
        None, alias="don_vi_thuc_hien", description="Đơn vị được giao (rút ra từ nội dung, để người đọc lọc nhanh)"
    )
    text: str | None = Field(None, alias="noi_dung")
    points: list[str] = Field([], alias="gach_dau_dong", description="Các gạch đầu dòng, nguyên văn")
    children: list["Item"] = Field([], alias="muc_con")


class MovementRef(DataModel):
    id: Text = Field(alias="ma", description="Mã phong trào trong campaigns/phong-trao.yaml")
    as_written: Text = Field(alias="ten_trong_van_ban", description="Tên phong trào như văn bản viết")


class Occasion(DataModel):
    """An anniversary celebrated: "70 năm Ngày chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)"."""

    text: Text = Field(alias="nguyen_van")
    name: str | None = Field(None, alias="ten")
    original: Date | None = Field(None, alias="ngay_goc", description="Ngày của sự kiện gốc")
    date: Date | None = Field(None, alias="ngay", description="Ngày kỷ niệm trong năm thi đua")


class Period(DataModel):
    text: Text = Field(alias="nguyen_van")
    start: Date | None = Field(None, alias="tu_ngay")
    end: Date | None = Field(None, alias="den_ngay")


class Phase(DataModel):
    label: str | None = Field(None, alias="so", description="Số mục như văn bản: 4.1.")
    name: Text = Field(alias="ten")
    start: Date | None = Field(None, alias="tu_ngay")
    end: Date | None = Field(None, alias="den_ngay")
    text: str | None = Field(None, alias="noi_dung")
    occasions: list[Occasion] = Field([], alias="ngay_ky_niem")
    review: str | None = Field(None, alias="so_ket", description="Khi nào, cách nào sơ kết / tổng kết đợt")


class AwardCriteria(DataModel):
    collectives: list[str] = Field([], alias="tap_the")
    individuals: list[str] = Field([], alias="ca_nhan")
    heading: str | None = Field(None, alias="tieu_de")


class Dossier(DataModel):
    documents: list[str] = Field([], alias="thanh_phan")
    deadline: Date | None = Field(None, alias="han_nop")
    deadline_text: str | None = Field(None, alias="han_nop_nguyen_van")


class Source(DataModel):
    file: FileName | None = Field(None, alias="tep", description="Tên tệp văn bản gốc (.txt), đặt cạnh tệp này")
    url: str | None = Field(None, alias="duong_dan", pattern=r"^https?://")


class Campaign(DataModel):
    """One plan. Every field keeps the document's wording; structured values sit beside it."""

    document: Document = Field(alias="van_ban")
    locality: LocalityRef = Field(alias="dia_phuong")
    year: int = Field(alias="nam", ge=1945, le=2100, description="Năm thi đua (có thể khác năm ban hành)")
    title: Text = Field(alias="trich_yeu", description="Dòng trích yếu dưới tên loại văn bản")
    preamble: list[str] = Field([], alias="mo_dau", description="Các đoạn mở đầu, nguyên văn")
    themes: list[str] = Field([], alias="chu_de", description="Câu chủ đề, không kèm dấu ngoặc kép")
    theme_text: list[str] = Field(
        [], alias="chu_de_nguyen_van", description="Các đoạn văn nêu chủ đề, nguyên văn (khi văn bản có mục chủ đề riêng)"
    )
    slogans: list[str] = Field([], alias="khau_hieu")
    purposes: list[str] = Field([], alias="muc_dich")
    requirements: list[str] = Field([], alias="yeu_cau")
    goals: list[str] = Field([], alias="muc_tieu")
    legal_basis: list[DocumentRef] = Field([], alias="can_cu")
    references: list[DocumentRef] = Field([], alias="van_ban_lien_quan")
    movements: list[MovementRef] = Field([], alias="phong_trao")
    occasions: list[Occasion] = Field([], alias="ngay_ky_niem")
    targets: list[TargetGroup] = Field([], alias="chi_tieu")
    content: list[Item] = Field([], alias="noi_dung_thi_dua")
    period: Period | None = Field(None, alias="thoi_gian")
    phases: list[Phase] = Field([], alias="dot_thi_dua")
    award_criteria: AwardCriteria | None = Field(None, alias="tieu_chuan_khen_thuong")
    dossier: Dossier | None = Field(None, alias="ho_so_khen_thuong")
    duties: list[Item] = Field([], alias="to_chuc_thuc_hien")
    closing: str | None = Field(None, alias="ket_thuc", description="Đoạn kết (“Trên đây là…”), nguyên văn")
    recipients: list[str] = Field([], alias="noi_nhan")
    source: Source | None = Field(None, alias="ban_goc")
    contact: Contact | None = Field(
        None, alias="lien_he", description="Liên hệ chính thức của cơ quan ban hành, chỉ khi văn bản hoặc cổng thông tin công bố"
    )

    def target_count(self) -> int:
        return sum(group.count() for group in self.targets)

    def iter_targets(self) -> Iterator[TargetEntry]:
        """Every target in document order (a group's targets, then its subgroups), children after parents."""
        return _group_entries(self.targets, ("chi_tieu",), ())
