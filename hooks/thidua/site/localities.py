"""Which administrative units get a page, and where: units with content, their ancestors,
and the current units that pre-reform units became part of (never all 13,000 units).

URLs: current units under ``dia-phuong/<tinh>/<xa>/``; pre-reform units under
``dia-phuong/truoc-2025/<tinh>/<huyen>/<xa>/``. A segment is the unit's name without
diacritics ("phuong-phu-son"), the province's without its type word ("thanh-hoa"), with the
unit code added only if two siblings would share a segment.
"""

from collections import defaultdict

from slugify import slugify

from ..dataset import Dataset
from ..register import LEGACY, FormerUnit, Register, Unit
from ..urls import LEGACY_LOCALITIES_URL, LOCALITIES_URL

LEVEL_NAMES = {"province": "cấp tỉnh", "district": "cấp huyện", "commune": "cấp xã"}


class Localities:
    def __init__(self, dataset: Dataset):
        self.register: Register = dataset.register
        self.campaigns: dict[str, list] = defaultdict(list)
        self.exemplars: dict[str, list] = defaultdict(list)
        for record in dataset.campaigns:
            self.campaigns[record.unit.key].append(record)
        for record in dataset.exemplars:
            self.exemplars[record.unit.key].append(record)
        with_content = [record.unit for record in dataset.campaigns] + [record.unit for record in dataset.exemplars]
        units: dict[str, Unit] = {}
        for unit in dict.fromkeys(with_content + dataset.former_units):  # each once; a declared former unit says what became of it
            for related in self._with_ancestors(unit):
                units[related.key] = related
            if isinstance(unit, FormerUnit):
                for related in self._with_ancestors(unit.merged_into):
                    units[related.key] = related
            if unit.era == LEGACY:
                for successor in self.register.successors(unit):
                    for related in self._with_ancestors(successor):
                        units[related.key] = related
        self.units = dict(sorted(units.items(), key=lambda item: (item[1].era, item[1].code)))
        self._children: dict[str, list[Unit]] = defaultdict(list)
        for unit in self.units.values():
            parent = self.parent(unit)
            self._children[parent.key if parent else unit.era].append(unit)
        self._urls: dict[str, str] = {}
        for era, top in (("current", LOCALITIES_URL), (LEGACY, LEGACY_LOCALITIES_URL)):
            self._assign_urls(self._children.get(era, []), top)

    def _with_ancestors(self, unit: Unit) -> list[Unit]:
        return [*self.register.ancestors(unit), unit]

    def _assign_urls(self, siblings: list[Unit], prefix: str) -> None:
        segments = [_segment(unit) for unit in siblings]
        for unit, segment in zip(siblings, segments):
            if segments.count(segment) > 1:
                segment = f"{segment}-{unit.id if isinstance(unit, FormerUnit) else unit.code}"
            self._urls[unit.key] = f"{prefix}{segment}/"
            self._assign_urls(self._children.get(unit.key, []), self._urls[unit.key])

    def url(self, unit: Unit) -> str:
        return self._urls[unit.key]

    def url_if_page(self, unit: Unit) -> str | None:
        """The unit's URL, or None when the unit has no page (no content of its own or below)."""
        return self._urls.get(unit.key)

    def page_urls(self) -> dict[str, str]:
        """Every unit that has a page: its URL, by unit key."""
        return dict(self._urls)

    def parent(self, unit: Unit) -> Unit | None:
        ancestors = self.register.ancestors(unit)
        return ancestors[-1] if ancestors else None

    def children(self, unit: Unit) -> list[Unit]:
        return self._children.get(unit.key, [])

    def provinces(self, era: str) -> list[Unit]:
        return self._children.get(era, [])

    def province(self, unit: Unit) -> Unit:
        ancestors = self.register.ancestors(unit)
        return ancestors[0] if ancestors else unit

    def descendants(self, unit: Unit) -> list[Unit]:
        found = []
        for child in self.children(unit):
            found.append(child)
            found.extend(self.descendants(child))
        return found


def _segment(unit: Unit) -> str:
    return slugify(unit.short_name if unit.level == "province" else unit.name)
