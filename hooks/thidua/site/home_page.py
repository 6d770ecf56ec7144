"""The home page: what the site is, figures, latest campaigns and honored people, provinces."""

from .context import SiteContext
from .exemplar_pages import newest_exemplars
from .page import Link, Page
from .summaries import campaign_entry, exemplar_entry, newest_campaigns

LATEST = 6


def home_page(site: SiteContext) -> Page:
    dataset = site.dataset
    localities = site.localities
    exemplars = newest_exemplars(dataset.exemplars)
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
            "latest": [campaign_entry(site, r) for r in newest_campaigns(dataset.campaigns)[:LATEST]],
            "honored": [exemplar_entry(site, r) for r in exemplars[:LATEST]],
            "provinces": [
                Link(unit.name, localities.url(unit))
                for unit in sorted(localities.provinces("current"), key=lambda u: u.short_name)
            ],
        },
    )
