"""An exemplar: a person or collective honored, as award announcements publish them."""

from typing import Literal

from pydantic import Field, model_validator

from .common import DataModel, Date, FileName, LocalityRef, Text

# Law on Emulation and Commendation 06/2022/QH15: emulation titles and forms of commendation.
INDIVIDUAL_TITLES = (
    "Chiến sĩ thi đua toàn quốc",
    "Chiến sĩ thi đua bộ, ban, ngành, tỉnh",
    "Chiến sĩ thi đua cơ sở",
    "Lao động tiên tiến",
    "Chiến sĩ tiên tiến",
)
COLLECTIVE_TITLES = (
    "Cờ thi đua của Chính phủ",
    "Cờ thi đua của bộ, ban, ngành, tỉnh",
    "Tập thể lao động xuất sắc",
    "Đơn vị quyết thắng",
    "Tập thể lao động tiên tiến",
    "Đơn vị tiên tiến",
    "Thôn, tổ dân phố văn hóa",
    "Gia đình văn hóa",
)
COMMENDATIONS = (
    "Huân chương",
    "Huy chương",
    "Danh hiệu vinh dự nhà nước",
    "Giải thưởng Hồ Chí Minh",
    "Giải thưởng Nhà nước",
    "Kỷ niệm chương",
    "Bằng khen",
    "Giấy khen",
)
Award = Literal[INDIVIDUAL_TITLES + COLLECTIVE_TITLES + COMMENDATIONS]  # type: ignore[valid-type]

class Decision(DataModel):
    """The decision (quyết định) that conferred the award."""

    number: Text = Field(alias="so_ky_hieu", description="Ví dụ 125/QĐ-UBND")
    date: Date = Field(alias="ngay")
    issuer: Text = Field(alias="co_quan", description="Cơ quan, người ký quyết định")


class Consent(DataModel):
    recorded_on: Date = Field(alias="ngay")
    record: Text = Field(alias="bien_ban", description="Văn bản ghi nhận sự đồng ý (số, nơi lưu)")


class Photo(DataModel):
    file: FileName = Field(
        alias="tep",
        description="Tên tệp ảnh, đặt trong cùng thư mục với tệp này, ví dụ nguyen-van-a.jpg",
    )
    consent: Consent = Field(alias="dong_y", description="Bắt buộc: sự đồng ý đã ghi nhận của người trong ảnh")


class Exemplar(DataModel):
    name: Text = Field(alias="ten", description="Họ tên cá nhân hoặc tên tập thể")
    kind: Literal["ca-nhan", "tap-the"] = Field(alias="loai")
    position: str | None = Field(None, alias="chuc_vu")
    unit: str | None = Field(None, alias="don_vi", description="Cơ quan, đơn vị công tác hoặc thôn, tổ dân phố")
    locality: LocalityRef = Field(alias="dia_phuong")
    year: int = Field(alias="nam", ge=1945, le=2100)
    award: Award = Field(alias="danh_hieu", description="Danh hiệu thi đua / hình thức khen thưởng theo Luật 06/2022/QH15")
    award_detail: str | None = Field(None, alias="chi_tiet", description="Ví dụ: Bằng khen của Chủ tịch UBND tỉnh")
    decision: Decision = Field(alias="quyet_dinh")
    achievement: Text = Field(alias="thanh_tich", max_length=1500, description="Thành tích, ngắn gọn")
    photo: Photo | None = Field(None, alias="anh")
    campaign: str | None = Field(None, alias="ke_hoach", description="Mã kế hoạch thi đua (đường dẫn tệp, bỏ .yaml)")

    @model_validator(mode="after")
    def _award_fits_kind(self) -> "Exemplar":
        if self.kind == "ca-nhan" and self.award in COLLECTIVE_TITLES:
            raise ValueError(f"“{self.award}” là danh hiệu cho tập thể, không cho cá nhân")
        if self.kind == "tap-the" and self.award in INDIVIDUAL_TITLES:
            raise ValueError(f"“{self.award}” là danh hiệu cho cá nhân, không cho tập thể")
        return self
