"""What every page builder shares: the data set, the localities, the options, the URLs."""

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from ..dataset import CampaignRecord, Dataset, ExemplarRecord
from ..markup import Abbreviations, render_inline, render_markdown
from ..register import Unit
from .honored import HonoredPlace, honored_places
from .localities import Localities
from .page import Crumb
from .. import urls


@dataclass(frozen=True)
class SiteOptions:
    edit_base: str | None = None  # e.g. "https://github.com/org/repo/edit/main/"
    data_prefix: str = "campaigns/"  # data folder, relative to the repository root
    updated: dict[str, str] = field(default_factory=dict)  # data file -> ISO date of last change
    site_url: str = ""  # the published site's address, e.g. "https://org.github.io/thidua/" (QR codes)
    qr_codes: Path | None = None  # QR codes made by earlier builds, reused (thidua.qr)


HOME = Crumb("Trang chủ", "")
LOCALITIES = Crumb("Địa phương", urls.LOCALITIES_URL)


class SiteContext:
    def __init__(self, dataset: Dataset, options: SiteOptions):
        self.dataset = dataset
        self.options = options
        self.localities = Localities(dataset)
        self.honored: dict[str, HonoredPlace] = honored_places(dataset.exemplars, self.localities)
        self._abbreviations = Abbreviations(dataset.abbreviations)
        self.exemplars_by_campaign: dict[str, list[ExemplarRecord]] = defaultdict(list)
        for record in dataset.exemplars:
            if record.exemplar.campaign:
                self.exemplars_by_campaign[record.exemplar.campaign].append(record)

    def inline(self, text: str | None) -> Markup:
        """One line of verbatim text as safe HTML, abbreviations explained."""
        return self._abbreviations.explain(render_inline(text))

    def abbreviations_in(self, text: str) -> list[dict]:
        return [{"short": short, "meaning": meaning} for short, meaning in self._abbreviations.found_in(text)]

    def markdown(self, text: str | None) -> Markup:
        """A long verbatim text as safe HTML, abbreviations explained."""
        return self._abbreviations.explain(render_markdown(text))

    def campaign_url(self, record: CampaignRecord) -> str:
        return urls.campaign_url(record.id)

    def exemplar_url(self, record: ExemplarRecord) -> str:
        """Where a link to an honored person lands: their entry on their year page (thidua.site.honored)."""
        return self.honored[record.id].url

    def movement_url(self, movement_id: str) -> str:
        return urls.movement_url(movement_id)

    def year_url(self, year: int) -> str:
        return urls.year_url(year)

    def unit_link(self, unit: Unit) -> dict:
        return {"title": unit.name, "url": self.localities.url(unit), "code": unit.code}

    def unit_crumbs(self, unit: Unit) -> list[Crumb]:
        chain = [*self.dataset.register.ancestors(unit), unit]
        crumbs = [HOME, LOCALITIES]
        if unit.era == "legacy":
            crumbs.append(Crumb("Trước 01/7/2025", urls.LEGACY_LOCALITIES_URL))
        return crumbs + [Crumb(u.name, self.localities.url(u)) for u in chain]

    def place_line(self, unit: Unit) -> str:
        """"Phường Phú Sơn, Thị xã Bỉm Sơn, Tỉnh Thanh Hóa"."""
        return ", ".join([unit.name, *(a.name for a in reversed(self.dataset.register.ancestors(unit)))])

    def source_file(self, record) -> str:
        return self.options.data_prefix + record.id + ".yaml"

    def edit_url(self, source: str) -> str | None:
        return self.options.edit_base + source if self.options.edit_base else None

    def current_units(self, unit: Unit) -> list[Unit]:
        if unit.era != "legacy":
            return []
        return list(self.dataset.register.successors(unit))
