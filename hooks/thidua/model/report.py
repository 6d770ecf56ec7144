"""A results report (báo cáo sơ kết, tổng kết): the figures a plan's targets reached, verbatim."""

from typing import Literal

from pydantic import Field, field_validator

from .campaign import TargetValue
from .common import DataModel, Date, Slug, Text

REPORT_KINDS: dict[str, str] = {
    "so-ket-6-thang": "Sơ kết 6 tháng",
    "so-ket-quy": "Sơ kết quý",
    "so-ket-dot": "Sơ kết đợt thi đua",
    "tong-ket-nam": "Tổng kết năm",
    "tong-ket-dot": "Tổng kết đợt thi đua",
}


class ReportDocument(DataModel):
    symbol: Text = Field(alias="so_ky_hieu", description="Số và ký hiệu của báo cáo, ví dụ 215/BC-UBND")
    date: Date = Field(alias="ngay", description="Ngày báo cáo: 2024-12-20")
    kind: Literal[tuple(REPORT_KINDS)] = Field(alias="loai", description=", ".join(REPORT_KINDS))  # type: ignore[valid-type]
    issuer: str | None = Field(None, alias="co_quan", description="Cơ quan ban hành báo cáo")
    title: str | None = Field(None, alias="trich_yeu")


class Result(DataModel):
    """What a report says one target reached: the figure verbatim, and its numbers beside it."""

    target: Slug = Field(alias="ma", description="Mã chỉ tiêu trong kế hoạch")
    text: Text = Field(alias="nguyen_van", description="Câu kết quả nguyên văn trong báo cáo")
    values: list[TargetValue] = Field([], alias="gia_tri", description="Số đạt được; noi_dung như giá trị của chỉ tiêu")
    note: str | None = Field(None, alias="ghi_chu")


class Report(DataModel):
    campaign: Text = Field(alias="ke_hoach", description="Mã kế hoạch: đường dẫn tệp trong campaigns/, bỏ .yaml")
    document: ReportDocument = Field(alias="van_ban")
    results: list[Result] = Field([], alias="ket_qua", description="Kết quả từng chỉ tiêu; để trống khi chưa điền")

    @field_validator("results", mode="before")
    @classmethod
    def _empty_when_blank(cls, value: object) -> object:
        return [] if value is None else value  # “ket_qua:” followed only by commented-out entries
