"""One build of the site, engine-independent: data -> pages -> HTML fragments -> exports, index.

A site engine asks for the pages, renders each one's fragment into its layout, and after
writing the site calls ``finish`` for the open-data exports, then lets go of the build and indexes
the search copy ``finish`` returns. The search index is made from the rendered fragments
(``SearchCopy``), not from the written site.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .caches import CARDS, PHOTOS
from .dataset import Dataset, load_dataset
from .cards import Card, card_url, write_cards
from .opendata import write_open_data
from .history import last_updated
from .locality_finder import write_locality_finder
from .photos import write_photos
from .reload import Reloads
from .render import render_page
from .search import SearchCopy
from .sourcecache import SourceCache
from .site.build import site_pages
from .site.context import SiteContext, SiteOptions
from .site.memo import Memo
from .site.page import Page
from .urls import edit_address


@dataclass
class SiteBuild:
    dataset: Dataset
    options: SiteOptions
    pages: dict[str, Page]  # by src_uri
    honored: dict[str, str]  # each honored person's entry (site-relative URL), by record id
    locality_urls: dict[str, str]  # each locality that has a page: its URL, by unit key
    search: SearchCopy = field(default_factory=SearchCopy)  # what Pagefind indexes, added as pages render

    @classmethod
    def load(
        cls, data_root: Path, *, include_illustrative: bool, edit_base: str | None, site_url: str = "",
        sources: SourceCache | None = None, memo: Memo | None = None, qr_codes: Path | None = None,
        reloads: Reloads | None = None,
    ) -> "SiteBuild":
        """Load and validate the data folder (raises DataError) and build every page model.

        ``data_root`` is the repository's ``campaigns/`` folder (or a synthetic one, for benchmarks);
        its pages link to the files as ``campaigns/…``. ``sources`` keeps the files read by earlier builds,
        ``memo`` the page models they made (``thidua.site.memo``), ``qr_codes`` the QR codes they made;
        with ``reloads`` (and ``sources``), only the files changed since the last build are read (``thidua.reload``).
        """
        if reloads is not None and sources is not None:
            dataset = reloads.load(data_root, include_illustrative=include_illustrative, display_root=Path("campaigns"), cache=sources)
        else:
            dataset = load_dataset(
                data_root, include_illustrative=include_illustrative, display_root=Path("campaigns"), cache=sources
            )
        options = SiteOptions(
            edit_base=edit_base, updated=last_updated(data_root.parent, data_root.name), site_url=site_url,
            qr_codes=qr_codes,
        )
        site = SiteContext(dataset, options, memo)
        pages = site_pages(site)
        honored = {key: place.url for key, place in site.honored.items()}
        return cls(dataset, options, {page.src_uri: page for page in pages}, honored, site.localities.page_urls())

    def render(self, src_uri: str) -> str:
        """The HTML fragment of a page, written at ``<url>index.html``; added to the search copy."""
        page = self.pages[src_uri]
        fragment = render_page(page)
        self.search.add_fragment(f"{page.url}index.html", fragment)
        return fragment

    def finish(
        self, site_dir: Path, site_url: str, site_name: str, cache: Path, check: Callable[[], None] = lambda: None,
    ) -> SearchCopy:
        """Write what goes beside the pages: photos fit for phones, preview cards, open data and the
        locality finder. Returns the search copy of the rendered pages, for the caller to index
        (``SearchCopy.start``) once it has let go of this build: Pagefind holds every indexed word
        of the site in memory, the page models need not be there at the same time. ``cache`` (the
        data folder's: thidua.caches) keeps the photos and cards of earlier builds; ``check`` is
        called between steps, and raises to stop the work (``thidua.rebuild.Steps``)."""
        try:
            write_photos(self.photos(), site_dir, cache / PHOTOS)
            check()
            write_cards(self.cards(), site_name, site_dir, cache / CARDS)
            check()
            write_open_data(self, site_dir, site_url, check)
            check()
            write_locality_finder(self, site_dir)
        except BaseException:
            self.search.discard()
            raise
        return self.search

    def photos(self) -> dict[str, Path]:
        """Photo files to publish (made with thidua.photos.web_photo), by site-relative URL."""
        return {url: source for page in self.pages.values() for url, source in page.photos.items()}

    def cards(self) -> dict[str, Card]:
        """Preview images to publish (drawn with thidua.cards.draw_card), by site-relative URL: each
        once, beside the page it was made for."""
        return {card_url(page.url): page.card for page in self.pages.values() if page.card is not None and page.card_page is None}

    def edit_url(self, src_uri: str) -> str | None:
        page = self.pages[src_uri]
        return edit_address(self.options.edit_base, page.source)

    def search_sites(self) -> list[dict[str, str]]:
        """Other sites this site's search can search: none (see thidua.hub)."""
        return []

    def finds_places(self) -> bool:
        """The site writes the locality finder (``tim-dia-phuong/``) its header search suggests places from."""
        return True
