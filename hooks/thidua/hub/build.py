"""One build of the hub, engine-independent, with the same interface as thidua.sitebuild.SiteBuild."""

from dataclasses import dataclass
from pathlib import Path

from ..register import load_register
from ..render import render_page
from ..search import Indexing, SearchCopy
from ..site.page import Page
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

    def finish(self, site_dir: Path, site_url: str, site_name: str, cache: Path) -> Indexing:
        """The hub's feed, while Pagefind makes its own search index (the province sites' indexes
        are merged in the browser); returns that indexing, as ``SiteBuild.finish`` does."""
        indexing = SearchCopy().start(site_dir)
        write_hub_feed(self.provinces, site_dir / "feed.xml", site_url)
        return indexing

    def edit_url(self, src_uri: str) -> str | None:
        page = self.pages[src_uri]
        return self.edit_base + page.source if self.edit_base and page.source else None

    def search_indexes(self) -> list[str]:
        """The province sites whose Pagefind bundles (``<address>pagefind/``) the hub's search merges."""
        return [province.site.address for province in self.provinces]
