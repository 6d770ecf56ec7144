"""Whether a target was met: computed from its structured values and a report's, never typed.

One table per vocabulary: ``THRESHOLDS`` says, for each comparison (``so_sanh``) of a target
value, which number is the bar and whether merely reaching it is enough; ``LOWER_IS_BETTER``
which comparisons aim down. An indicator (``chi_so``) with its own direction overrides the latter,
except for ``tang``/``giam``, whose number is the size of the change (a bigger change is better).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from .model.campaign import TargetValue
from .numbers import format_vn_number

Status = Literal["vuot", "dat", "chua-dat", "chua-co-so-lieu"]

# Citizens read the text; the icon repeats it (never colour alone).
LABELS: dict[str, tuple[str, str]] = {
    "vuot": ("Vượt", "▲"),
    "dat": ("Đạt", "✓"),
    "chua-dat": ("Chưa đạt", "✗"),
    "chua-co-so-lieu": ("Chưa có số liệu", "…"),
}
# Reaching the bar exactly: enough ("từ 90% trở lên" met by 90%) or not ("trên 90%", "dưới 1%").
REACHING_IS_ENOUGH = {
    "dat": True, "tu": True, "tren": False, "duoi": False, "toi-da": True, "tang": True, "giam": True,
    "giam-con": True, "duy-tri": True, "ty-so": True, "bang": True,
}
LOWER_IS_BETTER = {"duoi", "toi-da", "giam-con"}
CHANGE = {"tang", "giam"}  # the number is the size of the change


def value_status(target: TargetValue, achieved: TargetValue, lower_is_better: bool | None = None) -> Status | None:
    """vượt / đạt / chưa đạt for one value, or None when the two cannot be compared."""
    lower = target.comparison in LOWER_IS_BETTER if lower_is_better is None or target.comparison in CHANGE else lower_is_better
    if target.comparison == "duy-tri" and target.value is None:
        return "dat" if achieved.comparison == "duy-tri" else None
    got = amount(achieved)
    if got is None:
        return None
    if target.comparison == "khoang":
        worst, best = (target.high, target.low) if lower else (target.low, target.high)
        if _better(got, best, lower):
            return "vuot"
        return "chua-dat" if _better(worst, got, lower) else "dat"
    bar = amount(target)
    if got == bar:
        return "dat" if REACHING_IS_ENOUGH[target.comparison] else "chua-dat"
    return "vuot" if _better(got, bar, lower) else "chua-dat"


def amount(value: TargetValue) -> Decimal | None:
    """The number to compare: a ratio as a share ("11/12 thôn"), anything else as written."""
    if value.value is None:
        return None
    if value.comparison == "ty-so" and value.total:
        return value.value / value.total
    return value.value


def _better(a: Decimal, b: Decimal, lower: bool) -> bool:
    return a < b if lower else a > b


def overall(statuses: Iterable[Status | None]) -> Status:
    """One status for a target from its values': any unmet value makes the target unmet."""
    known = [s for s in statuses if s is not None and s != "chua-co-so-lieu"]
    if not known:
        return "chua-co-so-lieu"
    if "chua-dat" in known:
        return "chua-dat"
    return "vuot" if all(s == "vuot" for s in known) else "dat"


def matching_value(values: Sequence[TargetValue], achieved: TargetValue, position: int) -> int | None:
    """Which of a target's values an achieved value reports: the one with its ``noi_dung``, or,
    without one, the value at the same position (a single value always matches)."""
    if achieved.subject is not None:
        return next((i for i, v in enumerate(values) if v.subject == achieved.subject), None)
    if len(values) == 1:
        return 0
    return position if position < len(values) else None


@dataclass(frozen=True)
class Tally:
    counts: dict[str, int]

    def sentence(self) -> str:
        """“14 chỉ tiêu đạt, 3 chưa đạt, 5 chưa có số liệu”: the statuses that occur, in a fixed order."""
        present = [(format_vn_number(n), LABELS[key][0].lower()) for key in LABELS if (n := self.counts.get(key, 0))]
        return ", ".join(f"{n} chỉ tiêu {label}" if i == 0 else f"{n} {label}" for i, (n, label) in enumerate(present))


def tally(statuses: Iterable[Status]) -> Tally:
    counts: dict[str, int] = {}
    for s in statuses:
        counts[s] = counts.get(s, 0) + 1
    return Tally(counts)
