"""Which pages have a preview card for shared links, and what it says: plans and localities.

An honored person has no page, so no card of their own (thidua.site.honored); the page of a
locality's honors of a year, where their entry is, shows the locality's card (no card is drawn
for it: one per locality and year would be thousands of images at province size)."""

from ..cards import Card
from .context import SiteContext
from .page import Page


def attach_cards(site: SiteContext, pages: list[Page]) -> None:
    """Give each plan and locality page among ``pages`` its card, and each page of a locality's
    honors of a year the locality's."""
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
    for place in site.honored.values():
        locality = by_url.get(place.locality_url)
        if locality is not None and locality.card is not None:
            by_url[place.page_url].card, by_url[place.page_url].card_page = locality.card, place.locality_url
