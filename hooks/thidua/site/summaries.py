"""Short entries used wherever campaigns and exemplars are listed."""

from dataclasses import dataclass

from markupsafe import Markup

from ..dataset import CampaignRecord, ExemplarRecord, newest_campaigns
from ..markup import render_inline
from ..naming import campaign_title
from .context import SiteContext
from .results_view import summary_line


@dataclass(frozen=True)
class CampaignEntry:
    title: str
    url: str
    year: int
    place: str
    theme: Markup | None
    issued: str
    results: str | None = None  # “14 chỉ tiêu đạt, 3 chưa đạt…” once a report covers the plan


@dataclass(frozen=True)
class YearGroup:
    year: int
    campaigns: list[CampaignEntry]


def campaign_entry(site: SiteContext, record: CampaignRecord) -> CampaignEntry:
    """A plan as every list shows it (made once per plan: ``SiteContext.of_plan``)."""
    return site.of_plan("entry", record, lambda: _campaign_entry(site, record))


def _campaign_entry(site: SiteContext, record: CampaignRecord) -> CampaignEntry:
    campaign = record.campaign
    return CampaignEntry(
        title=campaign_title(record),
        url=site.campaign_url(record),
        year=campaign.year,
        place=site.place_line(record.unit),
        theme=render_inline(campaign.themes[0]) if campaign.themes else None,
        issued=campaign.document.issued.short(),
        results=summary_line(site, record),
    )


def exemplar_entry(site: SiteContext, record: ExemplarRecord) -> dict:
    """An honored person as every list shows them (made once per person: ``SiteContext.of_people``);
    the same dict wherever shown, never to be changed."""
    return site.of_people(("entry", record.id), [], lambda: _exemplar_entry(site, record))


def _exemplar_entry(site: SiteContext, record: ExemplarRecord) -> dict:
    exemplar = record.exemplar
    return {
        "title": exemplar.name,
        "url": site.exemplar_url(record),
        "kind": "Cá nhân" if exemplar.kind == "ca-nhan" else "Tập thể",
        "award": exemplar.award,
        "award_detail": exemplar.award_detail,
        "position": ", ".join(p for p in (exemplar.position, exemplar.unit) if p),
        "place": site.place_line(record.unit),
        "year": exemplar.year,
        "illustrative": record.illustrative,
        "photo": record.photo and photo_entry(site, record),
    }


def photo_entry(site: SiteContext, record: ExemplarRecord) -> dict:
    """The published copy of a person's photo (see thidua.photos): URL, size, alternative text."""
    return {
        "url": site.honored[record.id].photo_url,
        "width": record.photo.width,
        "height": record.photo.height,
        "alt": f"Ảnh {record.exemplar.name}",
    }


def by_year(site: SiteContext, records: list[CampaignRecord]) -> list[YearGroup]:
    years: dict[int, list[CampaignEntry]] = {}
    for record in newest_campaigns(records):
        years.setdefault(record.campaign.year, []).append(campaign_entry(site, record))
    return [YearGroup(year, entries) for year, entries in years.items()]
