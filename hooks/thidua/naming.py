"""How a place, a plan and an honored person are named and summed up in one line: the same words
on the site's pages, in open data and in the feed."""

from .dataset import CampaignRecord
from .model.campaign import Campaign
from .model.exemplar import Exemplar
from .register import Register, Unit


def place_line(register: Register, unit: Unit) -> str:
    """"Phường Phú Sơn, Thị xã Bỉm Sơn, Tỉnh Thanh Hóa": the unit, then every level above it."""
    return ", ".join([unit.name, *(a.name for a in reversed(register.ancestors(unit)))])


def campaign_title(record: CampaignRecord) -> str:
    """"Kế hoạch thi đua năm 2024 – Xã Tùng Ảnh"."""
    campaign = record.campaign
    return f"{campaign.document.type.capitalize()} thi đua năm {campaign.year} – {record.unit.name}"


def campaign_summary(campaign: Campaign, place: str) -> str:
    """The plan at ``place`` in one line: the description of its page, its summary in the feed."""
    theme = campaign.themes[0] if campaign.themes else campaign.title
    return f"{place} – năm {campaign.year}: {theme}".replace("*", "")


def person_summary(exemplar: Exemplar, place: str) -> str:
    """The person honored at ``place`` in one line: the description of their entry, their summary in the feed."""
    return f"{exemplar.name} – {exemplar.award} ({place}, {exemplar.year})"
