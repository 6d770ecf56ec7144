"""Which pages have a preview card for shared links, and what it says: plans, localities, people."""

from ..cards import Card
from .context import SiteContext
from .page import Page


def attach_cards(site: SiteContext, pages: list[Page]) -> None:
    """Give each plan, locality and honored-person page among ``pages`` its card."""
    by_url = {page.url: page for page in pages}
    register = site.dataset.register
    for record in site.dataset.campaigns:
        campaign = record.campaign
        heading = campaign.themes[0] if campaign.themes else campaign.title
        by_url[site.campaign_url(record)].card = Card(
            f"{campaign.document.type.capitalize()} thi đua năm {campaign.year}",
            heading.replace("*", ""),  # Markdown emphasis, not part of the words
            (site.place_line(record.unit),),
        )
    for unit in site.localities.units.values():
        page = by_url.get(site.localities.url(unit))
        if page is not None:
            above = ", ".join(a.name for a in reversed(register.ancestors(unit)))
            era = "Đơn vị hành chính trước 01/7/2025" if unit.era == "legacy" else "Đơn vị hành chính từ 01/7/2025"
            page.card = Card("Kế hoạch thi đua, khen thưởng", unit.name, tuple(line for line in (above, era) if line))
    for record in site.dataset.exemplars:
        exemplar = record.exemplar
        by_url[site.exemplar_url(record)].card = Card(
            f"Khen thưởng năm {exemplar.year}",
            exemplar.name,
            (exemplar.award_detail or exemplar.award, site.place_line(record.unit)),
        )
