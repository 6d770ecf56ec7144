"""The hub's data file, ``campaigns/trung-tam.yaml``: the province sites it lists."""

from pydantic import Field

from ..model.common import DataModel, Text


class ProvinceSite(DataModel):
    name: Text = Field(alias="ten", description="Tên tỉnh, thành phố như danh mục viết, ví dụ Thanh Hóa")
    code: str = Field(alias="ma", pattern=r"^\d{2}$", description="Mã tỉnh của Cục Thống kê, hai chữ số trong ngoặc kép, ví dụ \"38\"")
    address: str = Field(
        alias="dia_chi", pattern=r"^https?://[^\s?#]+/$",
        description="Địa chỉ trang của tỉnh, bắt đầu bằng https:// và kết thúc bằng /, ví dụ https://so-noi-vu-thanh-hoa.github.io/thidua/",
    )
    folder: str | None = Field(
        None, alias="thu_muc",
        description="Thư mục chứa bản đã xây của trang tỉnh, dùng thay cho mạng (kiểm thử, xây không có mạng); "
                    "chỉ được nhận khi lần xây đặt biến môi trường THIDUA_THU_MUC_TINH=1",
    )


class HubFile(DataModel):
    sites: list[ProvinceSite] = Field(alias="trang_tinh", min_length=1, description="Mỗi tỉnh một mục: ten, ma, dia_chi")
