"""The issuing office's contact, as a plan page and its locality's page show it."""

from dataclasses import dataclass

from ..dataset import CampaignRecord, newest_campaigns


@dataclass(frozen=True)
class ContactLine:
    label: str  # "Điện thoại"
    text: str  # as the data gives it
    link: str | None  # tel:, mailto: or the website


@dataclass(frozen=True)
class OfficeContact:
    office: str  # the issuing office, as the plan names it
    lines: tuple[ContactLine, ...]


def plan_contact(record: CampaignRecord) -> OfficeContact | None:
    """The contact the plan gives for its issuing office, if any."""
    contact = record.campaign.contact
    if contact is None or not contact.lines():
        return None
    return OfficeContact(record.campaign.document.issuer, tuple(ContactLine(*line) for line in contact.lines()))


def locality_contact(records: list[CampaignRecord]) -> OfficeContact | None:
    """The contact of a locality's office: the one given by its newest plan that gives one."""
    return next((found for found in map(plan_contact, newest_campaigns(records)) if found), None)
