"""Long lists split into pages of a fixed size, with a pager of bounded length.

Every list page then costs the same whatever the size of the data set: no page embeds every
other page, and the pager shows the first, last and nearby pages only.
"""

from collections.abc import Iterator
from dataclasses import dataclass

PAGE_SIZE = 50
_NEAR = 2


@dataclass
class Chunk:
    number: int
    url: str
    items: list
    pager: list[dict]  # {"number", "url", "current"}; "url" None marks a gap

    def title(self, title: str) -> str:
        """The list's title, with the page number from page 2 on."""
        return title + (f" – trang {self.number}" if self.number > 1 else "")


def paginate(base_url: str, items: list, size: int = PAGE_SIZE) -> list[Chunk]:
    """``base_url`` for page 1, ``base_url + "trang-N/"`` for the others."""
    parts = [items[i : i + size] for i in range(0, len(items), size)] or [[]]
    urls = [base_url] + [f"{base_url}trang-{n}/" for n in range(2, len(parts) + 1)]
    return [
        Chunk(number, urls[number - 1], part, _pager(urls, number))
        for number, part in enumerate(parts, start=1)
    ]


def paginate_years(groups: dict[int, list], url_of, size: int = PAGE_SIZE) -> Iterator[tuple[int, Chunk]]:
    """(year, chunk) for each year's list, newest year first, each paged from ``url_of(year)``."""
    for year, items in sorted(groups.items(), reverse=True):
        for chunk in paginate(url_of(year), items, size):
            yield year, chunk


def _pager(urls: list[str], current: int) -> list[dict]:
    if len(urls) == 1:
        return []
    shown = sorted({1, len(urls), *range(max(1, current - _NEAR), min(len(urls), current + _NEAR) + 1)})
    pager, previous = [], 0
    for number in shown:
        if number > previous + 1:
            pager.append({"number": "…", "url": None, "current": False})
        pager.append({"number": number, "url": urls[number - 1], "current": number == current})
        previous = number
    return pager
