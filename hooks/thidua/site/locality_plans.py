"""Which plans a locality's page lists, and why each is there.

A unit's page lists its own plans; for a unit of today, the plans of the pre-2025 units merged
into it; the plans of the levels above that covered its area (the former district and province,
today's province); and, for a unit with units below it, their plans. The counts shown next to
links to a locality are counted from the same lists, so they always match the page.
"""

from dataclasses import dataclass, field

from ..dataset import CampaignRecord
from ..register import Register, Unit
from .localities import Localities

ERA_NOTE = {"legacy": "trước 01/7/2025", "current": "từ 01/7/2025"}


@dataclass(frozen=True)
class Covering:
    """The plans of one unit above ``unit`` whose area included it."""

    unit: Unit
    campaigns: list[CampaignRecord]


@dataclass(frozen=True)
class LocalityPlans:
    own: list[CampaignRecord] = field(default_factory=list)
    absorbed: list[CampaignRecord] = field(default_factory=list)  # of the units merged into it
    covering: list[Covering] = field(default_factory=list)  # nearest level first
    below: list[CampaignRecord] = field(default_factory=list)

    @property
    def count(self) -> int:
        """The number of different plans the page lists."""
        records = [*self.own, *self.absorbed, *(r for c in self.covering for r in c.campaigns), *self.below]
        return len({r.id for r in records})


def plans_of(localities: Localities, unit: Unit) -> LocalityPlans:
    register = localities.register
    own = _own(localities, unit)
    merged = (*register.predecessors(unit), *register.merged_before(unit))  # on 1 July 2025, or before
    absorbed = [r for old in merged for r in _own(localities, old)]
    seen = {r.id for r in own + absorbed}
    covering = []
    for above in _covering_units(register, unit):
        campaigns = [r for r in _own(localities, above) if r.id not in seen]
        seen.update(r.id for r in campaigns)
        if campaigns:
            covering.append(Covering(above, campaigns))
    below = []
    for inner in _inner_units(localities, unit):
        for record in _own(localities, inner):
            if record.id not in seen:
                seen.add(record.id)
                below.append(record)
    return LocalityPlans(own, absorbed, covering, below)


def _own(localities: Localities, unit: Unit) -> list[CampaignRecord]:
    return localities.campaigns.get(unit.key, [])


def _covering_units(register: Register, unit: Unit) -> list[Unit]:
    """The units above ``unit`` (and, for a unit of today, above the units merged into it),
    nearest level first: the former district before the province."""
    above = list(register.ancestors(unit))
    for old in register.predecessors(unit):
        above.extend(a for a in register.ancestors(old) if a not in above)
    return sorted(above, key=lambda u: (u.level != "district", u.era != "current", u.code))


def _inner_units(localities: Localities, unit: Unit) -> list[Unit]:
    """The units inside ``unit``'s area that have a page: its descendants and, for a unit of
    today, the descendants of the units merged into it."""
    inner = list(localities.descendants(unit))
    for old in localities.register.predecessors(unit):
        inner.extend(localities.descendants(old))
    return inner
