"""One build of the hub, engine-independent, with the same interface as thidua.sitebuild.SiteBuild."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..register import load_register
from ..render import render_page
from ..search import SearchCopy
from ..site.page import Page
from ..urls import edit_address
from ..layout import HUB_FILE
from .feed import write_hub_feed
from .fetch import ProvinceData, fetch_all
from .pages import hub_pages
from .sites import load_sites


@dataclass
class HubBuild:
    provinces: list[ProvinceData]
    pages: dict[str, Page]  # by src_uri
    edit_base: str | None
    search: SearchCopy = field(default_factory=SearchCopy)  # the hub's pages are read back by ``start``

    @classmethod
    def load(cls, data_root: Path, *, edit_base: str | None) -> "HubBuild":
        """Read the list of province sites, fetch their open data (raises DataError) and build
        every page model."""
        source, sites = load_sites(data_root, Path("campaigns"), load_register())
        provinces = fetch_all(source, sites, data_root)
        pages = hub_pages(provinces, f"campaigns/{HUB_FILE}")
        return cls(provinces, {page.src_uri: page for page in pages}, edit_base)

    def render(self, src_uri: str) -> str:
        return render_page(self.pages[src_uri])

    def finish(
        self, site_dir: Path, site_url: str, site_name: str, cache: Path, check: Callable[[], None] = lambda: None,
    ) -> SearchCopy:
        """The hub's feed, one step (``check`` is not called); returns the search copy of the hub's
        own lists, folded entry by entry (thidua.hub.pages), for the caller to index as after
        ``SiteBuild.finish``."""
        write_hub_feed(self.provinces, site_dir / "feed.xml", site_url)
        return self.search

    def edit_url(self, src_uri: str) -> str | None:
        page = self.pages[src_uri]
        return edit_address(self.edit_base, page.source)

    def finds_places(self) -> bool:
        """No locality finder: the hub has no locality pages of its own (its lists lead to the provinces')."""
        return False

    def search_sites(self) -> list[dict[str, str]]:
        """The province sites the hub's search page can search one at a time, in the province's
        own Pagefind bundle (``<address>pagefind/``): name, code, address."""
        return [{"ten": p.site.name, "ma": p.site.code, "dia_chi": p.site.address}
                for p in sorted(self.provinces, key=lambda p: p.site.name)]
