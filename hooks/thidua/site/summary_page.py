"""The one-page printable summary of a plan: theme, slogans, headline targets, a QR code to the plan.

A page of its own beside the plan (``…/tom-tat/``), linked from it, left out of the search index.
"""

from itertools import islice

from ..dataset import CampaignRecord
from ..qr import qr_svg
from ..urls import address, print_summary_url
from .context import SiteContext
from .page import Crumb, Page

HEADLINE_TARGETS = 5  # the first top-level targets: as many as fit one A4 page beside the theme, the slogans and the QR code


def summary_page(site: SiteContext, record: CampaignRecord, plan: Page) -> Page:
    campaign = record.campaign
    plan_address = address(site.options.site_url, plan.url)
    return Page(
        url=print_summary_url(plan.url),
        title=f"Tóm tắt: {plan.title}",
        template="summary.html",
        description=plan.description,
        breadcrumbs=[*plan.breadcrumbs, Crumb(plan.title, plan.url)],
        source=plan.source,
        illustrative=plan.illustrative,
        updated=plan.updated,
        dated=plan.dated,
        context={
            "plan_url": plan.url,
            "plan_address": plan_address,
            "qr": qr_svg(plan_address, site.options.qr_codes),
            "place": site.place_line(record.unit),
            "year": campaign.year,
            "document_title": campaign.title,
            "themes": [site.inline(t) for t in campaign.themes],
            "slogans": [site.inline(s) for s in campaign.slogans],
            "targets": [
                {"label": e.target.label, "text": site.inline(e.target.text)}
                for e in islice((e for e in campaign.iter_targets() if e.depth == 0), HEADLINE_TARGETS)
            ],
            "target_count": campaign.target_count(),
        },
    )
