"""The plans in open data (ke-hoach.json, ke-hoach/<id>.json): one model gives both the JSON and its
JSON Schema, so the published schema describes exactly what is written."""

from pydantic import BaseModel, ConfigDict, Field

from ..dataset import CampaignRecord, Dataset
from ..model.campaign import Campaign
from ..model.common import Era
from ..naming import place_line
from ..urls import address, campaign_url
from .jsontext import model_json
from .tables import PLAN, UNIT_CODE, UNIT_NAME


class _Shape(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class UnitNow(_Shape):
    ma: str = Field(description=UNIT_CODE.description)
    ten: str = Field(description=UNIT_NAME.description)


class PlanPlace(_Shape):
    ma: str = Field(description=UNIT_CODE.description)
    thoi_ky: Era = Field(description="truoc-2025: mã thuộc danh mục trước 01/7/2025; tu-2025: danh mục từ 01/7/2025")
    ten: str = Field(description=UNIT_NAME.description)
    nay_thuoc: list[UnitNow] = Field(description="Đơn vị hiện nay chứa đơn vị cũ (rỗng với đơn vị hiện nay)")


class Plan(_Shape):
    """Một kế hoạch thi đua trong dữ liệu mở."""

    ma: str = Field(description=PLAN.description)
    duong_dan: str = Field(description="Địa chỉ trang của kế hoạch trên trang này")
    dia_phuong: PlanPlace
    so_chi_tieu: int = Field(ge=0, description="Số chỉ tiêu, kể cả chỉ tiêu con")
    du_lieu: Campaign = Field(description="Toàn bộ tệp dữ liệu của kế hoạch, đúng khóa của tệp YAML")


def plan(dataset: Dataset, record: CampaignRecord, site_url: str) -> Plan:
    successors = dataset.register.successors(record.unit) if record.unit.era == "legacy" else []
    return Plan(
        ma=record.id,
        duong_dan=address(site_url, campaign_url(record.id)),
        dia_phuong=PlanPlace(
            ma=record.unit.code,
            thoi_ky=record.campaign.locality.era,
            ten=place_line(dataset.register, record.unit),
            nay_thuoc=[UnitNow(ma=u.code, ten=place_line(dataset.register, u)) for u in successors],
        ),
        so_chi_tieu=record.campaign.target_count(),
        du_lieu=record.campaign,
    )


def plan_json(dataset: Dataset, record: CampaignRecord, site_url: str) -> bytes:
    """The plan's JSON text in UTF-8, as ke-hoach/<id>.json holds it."""
    return model_json(plan(dataset, record, site_url))
