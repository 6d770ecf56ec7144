"""The home page, for citizens: find your commune, the newest year's themes, the latest campaigns and
honored people, then the figures and the provinces."""

from dataclasses import dataclass

from ..dataset import newest_campaigns
from ..urls import theme_year_url
from .context import SiteContext
from .exemplar_pages import newest_exemplars
from .page import Link, Page
from .summaries import CampaignEntry, campaign_entry, exemplar_entry

LATEST = 6


@dataclass(frozen=True)
class ThemesOfYear:
    """The themes of the newest campaign year that has any, linked to all of that year's themes."""

    year: int
    url: str
    campaigns: list[CampaignEntry]


def home_page(site: SiteContext) -> Page:
    dataset = site.dataset
    localities = site.localities
    exemplars = newest_exemplars(dataset.exemplars)
    campaigns = newest_campaigns(dataset.campaigns)
    theme_year = max((r.campaign.year for r in campaigns if r.campaign.themes), default=None)
    figures = [
        ("địa phương", len({r.unit.key for r in dataset.campaigns})),
        ("kế hoạch thi đua", len(dataset.campaigns)),
        ("chỉ tiêu", sum(r.campaign.target_count() for r in dataset.campaigns)),
        ("phong trào", len(dataset.movements)),
        ("tập thể, cá nhân được khen thưởng", len(dataset.exemplars)),
    ]
    return Page(
        url="",
        title="Phong trào thi đua của các địa phương",
        template="home.html",
        description="Chủ đề, khẩu hiệu, chỉ tiêu thi đua và những tập thể, cá nhân được khen thưởng của từng địa phương.",
        illustrative=any(r.illustrative for r in exemplars[:LATEST]),
        context={
            "figures": figures,
            "themes": theme_year and ThemesOfYear(
                theme_year,
                theme_year_url(theme_year),
                [campaign_entry(site, r) for r in campaigns if r.campaign.year == theme_year and r.campaign.themes][:LATEST],
            ),
            "latest": [campaign_entry(site, r) for r in campaigns[:LATEST]],
            "honored": [exemplar_entry(site, r) for r in exemplars[:LATEST]],
            "provinces": [
                Link(unit.name, localities.url(unit))
                for unit in sorted(localities.provinces("current"), key=lambda u: u.short_name)
            ],
        },
    )
