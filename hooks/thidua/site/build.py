"""Every page of the site, built from the validated data set."""

from ..dataset import Dataset
from .campaign_page import campaign_page
from .cards import attach_cards
from .context import SiteContext, SiteOptions
from .exemplar_pages import exemplar_pages
from .home_page import home_page
from .indicator_pages import indicator_pages
from .listing_pages import movement_pages, theme_pages, year_pages
from .locality_pages import locality_pages
from .page import Page
from .summary_page import summary_page


def build_pages(dataset: Dataset, options: SiteOptions) -> list[Page]:
    site = SiteContext(dataset, options)
    plans = [campaign_page(site, record) for record in dataset.campaigns]
    pages = [
        home_page(site),
        *plans,
        *(summary_page(site, record, plan) for record, plan in zip(dataset.campaigns, plans)),
        *locality_pages(site),
        *year_pages(site),
        *theme_pages(site),
        *movement_pages(site),
        *exemplar_pages(site),
        *indicator_pages(site),
    ]
    attach_cards(site, pages)
    return pages
