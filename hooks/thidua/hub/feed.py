"""The hub's Atom feed: the newest plans and honored people of every province, linked to their
pages on the province sites."""

from pathlib import Path

from ..feed import FeedEntry, write_atom
from .fetch import ProvinceData


def write_hub_feed(provinces: list[ProvinceData], path: Path, site_url: str) -> None:
    entries = [
        FeedEntry(plan.title, plan.url, plan.data.document.issued, plan.place.name,
                  plan.data.themes[0] if plan.data.themes else plan.place.name)
        for province in provinces for plan in province.plans
    ] + [
        FeedEntry(person.name, person.url, person.decided, person.place, f"{person.award} – {person.place}.")
        for province in provinces for person in province.people if not person.illustrative
    ]
    write_atom(entries, path, site_url)
