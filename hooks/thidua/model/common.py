"""Building blocks shared by every data file: strict models, dates, numbers, references."""

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema, model_validator

from ..datafile import plain_name_refusal
from ..dates import ISO_PATTERN, PartialDate
from ..numbers import parse_vn_number


class DataModel(BaseModel):
    """Every data model: unknown keys are errors, keys are the Vietnamese names staff write."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


def _to_partial_date(value: object) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, str):
        return PartialDate.parse(value)
    raise ValueError("ngày phải viết dạng chữ, ví dụ 2024-01-20 hoặc 2023-12")


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise ValueError("cần một con số, không phải đúng/sai")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        try:
            return parse_vn_number(value)
        except ValueError:
            raise ValueError(
                f"“{value}” không phải một số viết đúng kiểu Việt Nam "
                "(dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân: “2.147,429”)"
            ) from None
    raise ValueError("cần một con số")


Date = Annotated[
    PartialDate,
    BeforeValidator(_to_partial_date),
    PlainSerializer(lambda d: d.iso(), return_type=str),
    WithJsonSchema({"type": "string", "pattern": ISO_PATTERN, "examples": ["2024-01-20", "2023-12"]}),
]

Number = Annotated[
    Decimal,
    BeforeValidator(_to_decimal),
    PlainSerializer(lambda d: float(d) if d % 1 else int(d), return_type=float | int),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number"},
                {"type": "string", "pattern": r"^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$"},
            ],
            "examples": [2147.429, "2.147,429"],
        }
    ),
]

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("không được để trống (chỉ có dấu cách)")
    return value


Text = Annotated[str, Field(min_length=1), AfterValidator(_not_blank)]


def _plain_name(value: str) -> str:
    refused = plain_name_refusal(value)
    if refused:
        raise ValueError(refused)
    return value


# The name of a file beside the data file (original text, photo): no folder, no path.
FileName = Annotated[str, AfterValidator(_plain_name), WithJsonSchema({"type": "string", "pattern": r"^(?!\.\.?$)[^/\\]+$"})]

Era = Literal["truoc-2025", "tu-2025"]


class LocalityRef(DataModel):
    """The territorial unit: its official General Statistics Office code, or its name and parents."""

    code: str | None = Field(None, alias="ma", pattern=r"^\d{2,5}$", description="Mã đơn vị hành chính (Cục Thống kê)")
    name: str | None = Field(None, alias="ten", description="Tên đơn vị, khi chưa biết mã: “Xã Tùng Ảnh”")
    parents: list[str] = Field([], alias="thuoc", description="Đơn vị cấp trên, để phân biệt tên trùng: [Đức Thọ, Hà Tĩnh]")
    era: Era = Field(
        "truoc-2025",
        alias="thoi_ky",
        description="truoc-2025: đơn vị trước sắp xếp 1/7/2025; tu-2025: đơn vị hiện nay",
    )
    name_as_written: str | None = Field(
        None, alias="ten_trong_van_ban", description="Tên như văn bản viết, nếu khác tên chính thức"
    )
    former: str | None = Field(
        None,
        alias="don_vi_cu",
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
        description="Đơn vị đã sáp nhập trước ngày 30/6/2025: mã (ma) của đơn vị khai báo trong campaigns/don-vi-cu.yaml",
    )

    @model_validator(mode="after")
    def _code_or_name(self) -> "LocalityRef":
        given = [value for value in (self.code, self.name, self.former) if value is not None]
        if len(given) != 1:
            raise ValueError(
                "ghi mã đơn vị (ma) hoặc tên đơn vị (ten), một trong hai; "
                "đơn vị đã sáp nhập trước ngày 30/6/2025 thì chỉ ghi don_vi_cu"
            )
        if self.former is not None and "era" in self.model_fields_set:
            raise ValueError("đơn vị cũ (don_vi_cu) không có thời kỳ: bỏ dòng thoi_ky")
        return self


class DocumentRef(DataModel):
    """A document the plan cites: legal basis, instruction, decision."""

    kind: str | None = Field(None, alias="loai", description="Quyết định, Nghị quyết, Chỉ thị, Kế hoạch…")
    number: str | None = Field(None, alias="so_ky_hieu", description="Số và ký hiệu, ví dụ 01/QĐ-UBND")
    date: Date | None = Field(None, alias="ngay")
    issuer: str | None = Field(None, alias="co_quan", description="Cơ quan ban hành")
    title: str | None = Field(None, alias="trich_yeu", description="Trích yếu nội dung")
    verbatim: Text = Field(alias="nguyen_van", description="Câu trích nguyên văn trong kế hoạch")

