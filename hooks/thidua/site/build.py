"""Every page of the site, built from the validated data set.

With a ``Memo`` and data read through a source cache (``mkdocs serve``), the pages of a plan whose file did not change are those the last
build made (``plan_key``): saving one plan builds its own pages again, and the lists.
"""

import hashlib

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
    site = SiteContext(dataset, options, memo)
    if memo is not None and all(source.cache_key for source in dataset.sources.values()):
        shared = shared_key(dataset, options)
        plans = [memo.get(plan_key(dataset, record, shared), lambda record=record: _plan_pages(site, record))
                 for record in dataset.campaigns]
    else:
        plans = [_plan_pages(site, record) for record in dataset.campaigns]
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
    site.memo.finish()
    return pages


def _plan_pages(site: SiteContext, record: CampaignRecord) -> tuple[Page, Page]:
    plan = campaign_page(site, record)
    return plan, summary_page(site, record, plan)


def plan_key(dataset: Dataset, record: CampaignRecord, shared: str) -> tuple:
    """What a plan's page and summary (and its card, ``attach_cards``) are made of: the plan's file
    (by the key of its text in the source cache), the original text beside it, and what
    ``shared_key`` covers. They read no other plan, save through the localities that have a page."""
    return ("plan", record.id, dataset.sources[record.id].cache_key, record.source_text, shared)


def shared_key(dataset: Dataset, options: SiteOptions) -> str:
    """A digest of what a plan's pages read besides the plan's own file: every other data file (the
    shared lists, the declared former units, results reports, honored people and the size of their
    photos), where each plan is (which localities have a page, and their URLs), and the options."""
    others = sorted((id, source.cache_key) for id, source in dataset.sources.items() if dataset.files[id][0] != "campaign")
    parts = (
        others,
        [(record.id, record.unit.key) for record in dataset.campaigns],
        [(record.id, record.photo) for record in dataset.exemplars],
        (options.edit_base, options.data_prefix, options.site_url, sorted(options.updated.items())),
    )
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()
