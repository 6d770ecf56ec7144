"""Atom feed of campaigns and honored people, newest first, with absolute links."""

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

from .naming import campaign_summary, campaign_title, person_summary, place_line
from .urls import address, campaign_url

ATOM = "http://www.w3.org/2005/Atom"
LIMIT = 50


@dataclass(frozen=True)
class FeedEntry:
    title: str
    url: str  # absolute
    day: str  # ISO date, maybe partial
    author: str
    summary: str


def write_feed(build, path: Path, site_url: str) -> None:
    """Each plan (its page) and each honored person (their entry on their locality's year page,
    ``build.honored``), none made up for illustration; read from the validated data set."""
    dataset, options = build.dataset, build.options
    entries = []
    for plan in dataset.campaigns:
        if not plan.illustrative:
            place = place_line(dataset.register, plan.unit)
            day = options.updated.get(options.source_file(plan.id)) or plan.campaign.document.issued.iso()
            entries.append(FeedEntry(campaign_title(plan), address(site_url, campaign_url(plan.id)), day, place,
                                     campaign_summary(plan.campaign, place)))
    for person in dataset.exemplars:
        if not person.illustrative:
            place = place_line(dataset.register, person.unit)
            day = options.updated.get(options.source_file(person.id)) or person.exemplar.decision.date.iso()
            entries.append(FeedEntry(person.exemplar.name, address(site_url, build.honored[person.id]), day, place,
                                     person_summary(person.exemplar, place)))
    write_atom(entries, path, site_url)


def write_atom(entries: list[FeedEntry], path: Path, site_url: str) -> None:
    """The newest ``LIMIT`` entries as the Atom feed of the site at ``site_url``."""
    base = address(site_url, "")
    stamped = sorted(((_timestamp(e.day), e) for e in entries), key=lambda s: (s[0], s[1].url), reverse=True)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = "Phong trào thi đua – kế hoạch và khen thưởng mới"
    ET.SubElement(feed, f"{{{ATOM}}}id").text = base
    ET.SubElement(feed, f"{{{ATOM}}}link", href=address(site_url, "feed.xml"), rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = stamped[0][0] if stamped else _timestamp("")
    for stamp, item in stamped[:LIMIT]:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = item.title
        ET.SubElement(entry, f"{{{ATOM}}}id").text = item.url
        ET.SubElement(entry, f"{{{ATOM}}}link", href=item.url)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = stamp
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
