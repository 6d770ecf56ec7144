"""The one-page printable summary of a plan: theme, slogans, headline targets, a QR code to the plan.

A page of its own beside the plan (``…/tom-tat/``), linked from it, left out of the search index.
"""

from ..dataset import CampaignRecord
from ..model.campaign import Target, TargetGroup
from ..qr import qr_svg
from ..urls import print_summary_url
from .context import SiteContext
from .page import Crumb, Page

HEADLINE_TARGETS = 5  # as many as fit one A4 page beside the theme, the slogans and the QR code


def summary_page(site: SiteContext, record: CampaignRecord, plan: Page) -> Page:
    campaign = record.campaign
    plan_address = site.options.site_url.rstrip("/") + "/" + plan.url
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
            "qr": qr_svg(plan_address),
            "place": site.place_line(record.unit),
            "year": campaign.year,
            "document_title": campaign.title,
            "themes": [site.inline(t) for t in campaign.themes],
            "slogans": [site.inline(s) for s in campaign.slogans],
            "targets": [
                {"label": t.label, "text": site.inline(t.text)} for t in headline_targets(campaign.targets)
            ],
            "target_count": campaign.target_count(),
        },
    )


def headline_targets(groups: list[TargetGroup]) -> list[Target]:
    """The plan's first top-level targets, in the document's order."""
    found: list[Target] = []

    def walk(group: TargetGroup) -> None:
        found.extend(group.targets)
        for subgroup in group.groups:
            walk(subgroup)

    for group in groups:
        walk(group)
    return found[:HEADLINE_TARGETS]
