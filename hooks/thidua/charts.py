"""Charts drawn at build time as SVG (branch `charts` writes the drawing; this is its agreed row type)."""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ChartRow:
    label: str
    planned: Decimal | None
    achieved: Decimal | None
    planned_text: str
    achieved_text: str
    status: str | None = None
