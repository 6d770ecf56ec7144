"""Atom feed of campaigns and honored people, newest first, with absolute links."""

from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"
LIMIT = 50


def write_feed(build, path: Path, site_url: str) -> None:
    base = site_url.rstrip("/") + "/"
    entries = []
    for page in build.pages.values():
        if page.search is None or page.search.kind not in ("campaign", "exemplar") or page.illustrative:
            continue
        entries.append((_timestamp(page.updated or page.dated or ""), page))
    entries.sort(key=lambda entry: (entry[0], entry[1].url), reverse=True)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = "Phong trào thi đua – kế hoạch và khen thưởng mới"
    ET.SubElement(feed, f"{{{ATOM}}}id").text = base
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base + "feed.xml", rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = entries[0][0] if entries else _timestamp("")
    for stamp, page in entries[:LIMIT]:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = page.title
        ET.SubElement(entry, f"{{{ATOM}}}id").text = base + page.url
        ET.SubElement(entry, f"{{{ATOM}}}link", href=base + page.url)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = stamp
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        ET.SubElement(author, f"{{{ATOM}}}name").text = page.search.meta.get("dia_phuong", "")
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = page.description
    path.write_bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))


def _timestamp(day: str) -> str:
    """A partial ISO date ("2023-12") as an Atom timestamp at the start of that period."""
    parts = (day.split("-") + ["01", "01"])[:3] if day else None
    if not parts or not parts[0]:
        return datetime(1970, 1, 1, tzinfo=timezone.utc).isoformat()
    return datetime(int(parts[0]), int(parts[1]), int(parts[2]), tzinfo=timezone.utc).isoformat()
