"""What the hub reads of a province site's open data (``du-lieu/ke-hoach.json``, ``khen-thuong.json``).

Only the fields the hub shows; any other field is ignored, so that a province site may publish
more than the hub needs. Honored people are shown with what their province already publishes.
"""

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

PLANS_FILE = "ke-hoach.json"
PEOPLE_FILE = "khen-thuong.json"


class _OpenModel(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class _Place(_OpenModel):
    name: str = Field(alias="ten")


class _Document(_OpenModel):
    type: str = Field(alias="loai_van_ban")
    issued: str = Field(alias="ngay_ban_hanh")


class _MovementRef(_OpenModel):
    id: str = Field(alias="ma")
    as_written: str = Field(alias="ten_trong_van_ban")


class _PlanData(_OpenModel):
    document: _Document = Field(alias="van_ban")
    year: int = Field(alias="nam")
    themes: list[str] = Field([], alias="chu_de")
    slogans: list[str] = Field([], alias="khau_hieu")
    movements: list[_MovementRef] = Field([], alias="phong_trao")


class OpenPlan(_OpenModel):
    id: str = Field(alias="ma")
    place: _Place = Field(alias="dia_phuong")
    data: _PlanData = Field(alias="du_lieu")
    url: str = Field(alias="duong_dan")

    @property
    def title(self) -> str:
        """"Kế hoạch thi đua năm 2024 – Xã Tùng Ảnh", as the province site titles the plan."""
        unit = self.place.name.split(", ")[0]
        return f"{self.data.document.type.capitalize()} thi đua năm {self.data.year} – {unit}"


class OpenPerson(_OpenModel):
    name: str = Field(alias="ten")
    kind: str = Field(alias="loai")
    position: str = Field("", alias="chuc_vu")
    unit: str = Field("", alias="don_vi")
    place: str = Field(alias="dia_phuong")
    year: int = Field(alias="nam")
    award: str = Field(alias="danh_hieu")
    award_detail: str = Field("", alias="chi_tiet")
    decided: str = Field(alias="ngay_quyet_dinh")
    illustrative: bool = Field(False, alias="minh_hoa")
    url: str = Field(alias="duong_dan")


PLANS = TypeAdapter(list[OpenPlan])
PEOPLE = TypeAdapter(list[OpenPerson])
