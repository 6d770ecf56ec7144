"""Where each honored person is published: an entry of the page of their locality's honors of
their year, never a page of their own.

A province site honors about five people for each plan: a page and a preview card each would be
most of what the site publishes (GitHub Pages publishes at most 1 GB a site). The entry is on
``urls.honored_year_url(<their locality's URL>, <their year>)``, under the heading whose id is
the name of their data file (``urls.honored_anchor``); when another person of that page has a
file of the same name, in another folder, the id is their whole file id made one segment
(decided by the file ids, so the same files always give the same ids).
"""

from collections import defaultdict
from dataclasses import dataclass

from ..dataset import ExemplarRecord
from .. import urls
from .localities import Localities


@dataclass(frozen=True)
class HonoredPlace:
    locality_url: str
    year: int
    anchor: str

    @property
    def page_url(self) -> str:
        return urls.honored_year_url(self.locality_url, self.year)

    @property
    def url(self) -> str:
        return urls.honored_url(self.locality_url, self.year, self.anchor)

    @property
    def photo_url(self) -> str:
        return urls.honored_photo_url(self.locality_url, self.year, self.anchor)


def honored_places(records: list[ExemplarRecord], localities: Localities) -> dict[str, HonoredPlace]:
    """Each person's entry, by the id of their record."""
    pages: dict[tuple[str, int], set[str]] = defaultdict(set)
    places = {}
    for record in sorted(records, key=lambda r: r.id):
        url, year = localities.url(record.unit), record.exemplar.year
        taken = pages[url, year]
        anchor = urls.honored_anchor(record.id)
        if anchor in taken:
            anchor = record.id.replace("/", "-")
        taken.add(anchor)
        places[record.id] = HonoredPlace(url, year, anchor)
    return places
