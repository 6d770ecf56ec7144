"""Atom feed of campaigns and honored people, newest first, with absolute links."""

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

from .urls import address

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
    """Each plan (its page), and each honored person (their entry on their locality's year page)."""
    searched = [page for page in build.pages.values() if page.search is not None]
    write_atom([
        *(FeedEntry(page.title, address(site_url, page.url), page.updated or page.dated or "",
                    page.search.meta.get("dia_phuong", ""), page.description)
          for page in searched if page.search.kind == "campaign" and not page.illustrative),
        *(FeedEntry(entry["title"], address(site_url, f"{page.url}#{entry['anchor']}"), entry["updated"] or entry["decision"]["dated"],
                    page.search.meta.get("dia_phuong", ""), entry["description"])
          for page in searched if page.search.kind == "exemplar"
          for entry in page.context["entries"] if not entry["illustrative"]),
    ], path, site_url)


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
