"""Units merged away before 30 June 2025, declared so that their plans can be published."""

from typing import Literal

from pydantic import Field, model_validator

from .common import DataModel, Date, Text

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
LEVELS = {"xa": "commune", "huyen": "district"}


class RegisterRef(DataModel):
    """A unit of the register as it stood on 30 June 2025: its code, or its name and parents."""

    code: str | None = Field(None, alias="ma", pattern=r"^\d{2,5}$", description="Mã đơn vị trong danh mục ngày 30/6/2025")
    name: str | None = Field(None, alias="ten", description="Tên đơn vị, khi chưa biết mã: “Huyện Đức Thọ”")
    parents: list[str] = Field([], alias="thuoc", description="Đơn vị cấp trên, để phân biệt tên trùng: [Hà Tĩnh]")

    @model_validator(mode="after")
    def _code_or_name(self) -> "RegisterRef":
        if (self.code is None) == (self.name is None):
            raise ValueError("ghi mã đơn vị (ma) hoặc tên đơn vị (ten), một trong hai")
        return self


class Resolution(DataModel):
    """The document that merged the unit, usually a resolution of the National Assembly Standing Committee."""

    kind: Text = Field("Nghị quyết", alias="loai", description="Loại văn bản (mặc định: Nghị quyết)")
    number: Text = Field(alias="so_ky_hieu", description="Số và ký hiệu, ví dụ 1278/NQ-UBTVQH15")
    date: Date = Field(alias="ngay", description="Ngày ban hành, ví dụ 2024-11-14")
    issuer: Text = Field(alias="co_quan", description="Cơ quan ban hành, ví dụ Ủy ban Thường vụ Quốc hội")
    url: str | None = Field(None, alias="duong_dan", pattern=r"^https?://", description="Liên kết tới văn bản trên cổng thông tin, nếu có")


class FormerUnitDeclaration(DataModel):
    """One unit merged into another before 30 June 2025 (absent from both registers)."""

    id: str = Field(alias="ma", pattern=SLUG, description="Mã cố định do cán bộ đặt, chữ thường không dấu: xa-tung-loc")
    name: Text = Field(alias="ten", description="Tên đơn vị kèm loại, như văn bản viết: “Xã Tùng Lộc”")
    level: Literal["xa", "huyen"] = Field(alias="cap", description="xa: xã, phường, thị trấn; huyen: huyện, quận, thị xã, thành phố thuộc tỉnh")
    parent: RegisterRef = Field(alias="thuoc", description="Đơn vị cấp trên trong danh mục ngày 30/6/2025")
    resolution: Resolution = Field(alias="nghi_quyet", description="Văn bản quyết định việc sáp nhập")
    effective: Date = Field(alias="hieu_luc", description="Ngày việc sáp nhập có hiệu lực, trước 2025-07-01")
    merged_into: RegisterRef = Field(alias="nhap_vao", description="Đơn vị nhận sáp nhập, trong danh mục ngày 30/6/2025 (ghi mã)")


class FormerUnitList(DataModel):
    units: list[FormerUnitDeclaration] = Field(alias="don_vi_cu")
