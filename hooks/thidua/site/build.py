"""Every page of the site, built from the validated data set.

With a ``Memo`` and data read through a source cache (``mkdocs serve``), the pages of a plan whose
file did not change are those the last build made (``SiteContext.of_plan``; a plan's page and summary,
and its card from ``attach_cards``, are made of that plan alone): saving one plan builds again its own
pages, and the lists.
"""

from ..dataset import CampaignRecord, Dataset
from .campaign_page import campaign_page
from .cards import attach_cards
from .context import SiteContext, SiteOptions
from .exemplar_pages import exemplar_pages
from .home_page import home_page
from .indicator_pages import indicator_pages
from .listing_pages import movement_pages, theme_pages, year_pages
from .locality_pages import locality_pages
from .memo import Memo
from .page import Page
from .summary_page import summary_page


def build_pages(dataset: Dataset, options: SiteOptions, memo: Memo | None = None) -> list[Page]:
    return site_pages(SiteContext(dataset, options, memo))


def site_pages(site: SiteContext) -> list[Page]:
    """Every page model of the site ``site`` describes."""
    dataset = site.dataset
    plans = [site.of_plan("pages", record, lambda record=record: _plan_pages(site, record)) for record in dataset.campaigns]
    pages = [
        home_page(site),
        *(plan for plan, _ in plans),
        *(summary for _, summary in plans),
        *locality_pages(site),
        *year_pages(site),
        *theme_pages(site),
        *movement_pages(site),
        *exemplar_pages(site),
        *indicator_pages(site),
    ]
    attach_cards(site, pages)
    site.finish()
    return pages


def _plan_pages(site: SiteContext, record: CampaignRecord) -> tuple[Page, Page]:
    plan = campaign_page(site, record)
    return plan, summary_page(site, record, plan)
