"""Every page of the site, built from the validated data set."""

from ..dataset import Dataset
from .campaign_page import campaign_page
from .cards import attach_cards
from .context import SiteContext, SiteOptions
from .exemplar_pages import exemplar_pages
from .home_page import home_page
from .listing_pages import movement_pages, theme_pages, year_pages
from .locality_pages import locality_pages
from .page import Page


def build_pages(dataset: Dataset, options: SiteOptions) -> list[Page]:
    site = SiteContext(dataset, options)
    pages = [
        home_page(site),
        *(campaign_page(site, record) for record in dataset.campaigns),
        *locality_pages(site),
        *year_pages(site),
        *theme_pages(site),
        *movement_pages(site),
        *exemplar_pages(site),
    ]
    attach_cards(site, pages)
    return pages
