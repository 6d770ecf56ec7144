"""What every page builder shares: the data set, the localities, the options, the URLs."""

import hashlib
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from markupsafe import Markup

from ..dataset import CampaignRecord, Dataset, ExemplarRecord
from ..markup import Abbreviations, render_inline, render_markdown
from ..naming import place_line
from ..register import Unit
from .honored import HonoredPlace, honored_places
from .localities import Localities
from .memo import Memo
from .page import Crumb
from .. import urls


@dataclass(frozen=True)
class SiteOptions:
    edit_base: str | None = None  # e.g. "https://github.com/org/repo/edit/main/"
    data_prefix: str = "campaigns/"  # data folder, relative to the repository root
    updated: dict[str, str] = field(default_factory=dict)  # data file -> ISO date of last change
    site_url: str = ""  # the published site's address, e.g. "https://org.github.io/thidua/" (QR codes)
    qr_codes: Path | None = None  # QR codes made by earlier builds, reused (thidua.qr)

    def source_file(self, record_id: str) -> str:
        """The data file of the record ``record_id`` as the repository names it: a key of ``updated``."""
        return self.data_prefix + record_id + ".yaml"


T = TypeVar("T")
HOME = Crumb("Trang chủ", "")
LOCALITIES = Crumb("Địa phương", urls.LOCALITIES_URL)


class SiteContext:
    def __init__(self, dataset: Dataset, options: SiteOptions, memo: Memo | None = None):
        self.dataset = dataset
        self.options = options
        self.memo = memo or Memo()  # what the last build made (thidua.site.memo)
        keyed = memo is not None and all(source.cache_key for source in dataset.sources.values())
        self._shared = shared_key(dataset, options) if keyed else None
        self._made: dict[Hashable, object] = {}  # without a memo: each value made once in this build
        self.localities = Localities(dataset)
        self.honored: dict[str, HonoredPlace] = honored_places(dataset.exemplars, self.localities)
        self._abbreviations = Abbreviations(dataset.abbreviations)
        self.exemplars_by_campaign: dict[str, list[ExemplarRecord]] = defaultdict(list)
        for record in dataset.exemplars:
            if record.exemplar.campaign:
                self.exemplars_by_campaign[record.exemplar.campaign].append(record)

    def of_plan(self, kind: str, record: CampaignRecord, make: Callable[[], T]) -> T:
        """``make()``, a value of ``kind`` made of one plan: its file (by the key of its text in the
        source cache), the original text beside it, and what ``shared_key`` covers, never of another
        plan but through the localities that have a page. As the last build made it, when none of
        that changed and the data was read through a source cache; else as this build made it first."""
        if self._shared is None:
            return self._once((kind, record.id), make)
        return self.memo.get((kind, record.id, self.dataset.sources[record.id].cache_key, record.source_text, self._shared), make)

    def of_plans(self, kind: Hashable, records: list[CampaignRecord], make: Callable[[], T]) -> T:
        """``make()``, a value of ``kind`` (which says what it is of: a page) made of the plans
        ``records`` (their files, the original texts beside them) and of what ``shared_key``
        covers. As the last build made it, as ``of_plan`` says."""
        if self._shared is None:
            return self._once((kind, tuple(r.id for r in records)), make)
        plans = tuple((r.id, self.dataset.sources[r.id].cache_key, r.source_text) for r in records)
        return self.memo.get((kind, plans, self._shared), make)

    def of_people(self, kind: Hashable, records: list[ExemplarRecord], make: Callable[[], T]) -> T:
        """``make()``, a value of ``kind`` (which says what it is of: a person, a page) made of
        honored people's ``records`` (whose files and photos ``shared_key`` covers) and of the plans
        they name (their files), never of another plan but through the localities that have a page.
        As the last build made it, as ``of_plan`` says."""
        if self._shared is None:
            return self._once((kind, tuple(r.exemplar.campaign for r in records)), make)
        named = [self.dataset.sources.get(r.exemplar.campaign) if r.exemplar.campaign else None for r in records]
        plans = tuple((r.exemplar.campaign, source and source.cache_key) for r, source in zip(records, named) if r.exemplar.campaign)
        return self.memo.get((kind, plans, self._shared), make)

    def _once(self, key: Hashable, make: Callable[[], T]) -> T:
        """``make()`` the first time this build asks for ``key``; the same value after."""
        if key not in self._made:
            self._made[key] = make()
        return self._made[key]

    def finish(self) -> None:
        """Every page is made: the memo keeps what this build made for the next; this context lets
        go of the values it made once, which would otherwise live as long as the context (at 1,000
        plans about 30 MiB more held while Pagefind runs)."""
        self.memo.finish()
        self._made.clear()

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
        return place_line(self.dataset.register, unit)

    def edit_url(self, source: str) -> str | None:
        return urls.edit_address(self.options.edit_base, source)

    def current_units(self, unit: Unit) -> list[Unit]:
        if unit.era != "legacy":
            return []
        return list(self.dataset.register.successors(unit))


def shared_key(dataset: Dataset, options: SiteOptions) -> str:
    """A digest of what a value made of one plan (``SiteContext.of_plan``) may read besides the
    plan's own file: every other data file (the shared lists, the declared former units, results
    reports, honored people and the size of their photos), where each plan is (which localities
    have a page, and their URLs), and the options."""
    others = sorted((id, source.cache_key) for id, source in dataset.sources.items() if dataset.files[id][0] != "campaign")
    parts = (
        others,
        [(record.id, record.unit.key) for record in dataset.campaigns],
        [(record.id, record.photo) for record in dataset.exemplars],
        (options.edit_base, options.data_prefix, options.site_url, sorted(options.updated.items())),
    )
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()
