"""Atom feed of campaigns and honored people, newest first, with absolute links."""

from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import TypeVar
from xml.etree import ElementTree as ET

from .dataset import CampaignRecord, Dataset, ExemplarRecord
from .naming import campaign_summary, campaign_title, person_summary, place_line
from .urls import address, campaign_url

ATOM = "http://www.w3.org/2005/Atom"
LIMIT = 50
T = TypeVar("T")


@dataclass(frozen=True)
class FeedEntry:
    title: str
    url: str  # absolute
    day: str  # ISO date, maybe partial
    author: str
    summary: str


def write_feed(build, path: Path, site_url: str) -> None:
    """Each plan (its page) and each honored person (their entry on their locality's year page,
    ``build.honored``), none made up for illustration; read from the validated data set. Only the
    newest are made into entries (at 1,000 plans, 50 of 6,000)."""
    dataset, options = build.dataset, build.options
    plans = [
        (options.updated.get(options.source_file(plan.id)) or plan.campaign.document.issued.iso(),
         address(site_url, campaign_url(plan.id)), partial(_plan_entry, dataset, plan))
        for plan in dataset.campaigns if not plan.illustrative
    ]
    people = [
        (options.updated.get(options.source_file(person.id)) or person.exemplar.decision.date.iso(),
         address(site_url, build.honored[person.id]), partial(_person_entry, dataset, person))
        for person in dataset.exemplars if not person.illustrative
    ]
    write_atom([entry(day, url) for day, url, entry in newest(plans + people)], path, site_url)


def _plan_entry(dataset: Dataset, plan: CampaignRecord, day: str, url: str) -> FeedEntry:
    place = place_line(dataset.register, plan.unit)
    return FeedEntry(campaign_title(plan), url, day, place, campaign_summary(plan.campaign, place))


def _person_entry(dataset: Dataset, person: ExemplarRecord, day: str, url: str) -> FeedEntry:
    place = place_line(dataset.register, person.unit)
    return FeedEntry(person.exemplar.name, url, day, place, person_summary(person.exemplar, place))


def newest(dated: list[tuple[str, str, T]]) -> list[tuple[str, str, T]]:
    """The ``LIMIT`` newest of ``(day, url, item)``: the latest day first, then by URL (descending)."""
    stamps: dict[str, str] = {}
    for day, _, _ in dated:
        if day not in stamps:
            stamps[day] = _timestamp(day)
    return sorted(dated, key=lambda d: (stamps[d[0]], d[1]), reverse=True)[:LIMIT]


def write_atom(entries: list[FeedEntry], path: Path, site_url: str) -> None:
    """The newest ``LIMIT`` entries as the Atom feed of the site at ``site_url``."""
    base = address(site_url, "")
    chosen = newest([(e.day, e.url, e) for e in entries])
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = "Phong trào thi đua – kế hoạch và khen thưởng mới"
    ET.SubElement(feed, f"{{{ATOM}}}id").text = base
    ET.SubElement(feed, f"{{{ATOM}}}link", href=address(site_url, "feed.xml"), rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _timestamp(chosen[0][0] if chosen else "")
    for day, _, item in chosen:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = item.title
        ET.SubElement(entry, f"{{{ATOM}}}id").text = item.url
        ET.SubElement(entry, f"{{{ATOM}}}link", href=item.url)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _timestamp(day)
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        ET.SubElement(author, f"{{{ATOM}}}name").text = item.author
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = item.summary
    path.write_bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))


def _timestamp(day: str) -> str:
    """A partial ISO date ("2023-12") as an Atom timestamp at the start of that period."""
    parts = (day.split("-") + ["01", "01"])[:3] if day else None
    if not parts or not parts[0]:
        return datetime(1970, 1, 1, tzinfo=timezone.utc).isoformat()
    return datetime(int(parts[0]), int(parts[1]), int(parts[2]), tzinfo=timezone.utc).isoformat()
