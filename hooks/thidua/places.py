"""Resolve the locality a data file names to one unit of the official register."""

from .model.common import LocalityRef
from .register import CURRENT, FORMER_UNITS_FILE, LEGACY, LocalityError, Register, Unit
from .problems import Problem
from .yamlsource import DataPath, SourceFile

ERAS = {"truoc-2025": LEGACY, "tu-2025": CURRENT}
ERA_LABELS = {"truoc-2025": "đơn vị trước ngày 01/7/2025", "tu-2025": "đơn vị từ ngày 01/7/2025"}


def find_unit(register: Register, code: str | None, name: str | None, parents, era: str, former: str | None = None) -> Unit:
    """The unit named by its code, or by its name and parents, in era "truoc-2025" or "tu-2025",
    or the declared former unit with id ``former``; raises LocalityError with the register's
    suggestions. ``register`` knows the former units the data declares (Register.with_former)."""
    if former is not None:
        return register.former(former)
    if code is not None:
        return register.get(code, ERAS[era])
    return register.resolve(name, parents, ERAS[era])


def unknown_unit_hint(error: LocalityError, era: str, name: str | None) -> str:
    """The register's hint; for a ``name`` it does not know before the reform, also how to
    declare a unit merged away before 30 June 2025."""
    if name is None or era != "truoc-2025" or error.ambiguous:
        return error.hint
    return error.hint + (
        f"; nếu đơn vị đã sáp nhập vào đơn vị khác trước ngày 30/6/2025, khai báo nó trong "
        f"campaigns/{FORMER_UNITS_FILE} rồi ghi “don_vi_cu: <mã đơn vị cũ>”"
    )


def other_era_hint(register: Register, code: str | None, era: str, fix: str) -> str | None:
    """For a ``code`` not in ``era``: the unit it names in the other era, ``fix`` (with "{era}"
    for the other era's key) to use it, and, for a unit of before the reform, the units that
    took over its area. None if the code names nothing there either."""
    other = next(key for key in ERAS if key != era)
    try:
        unit = register.get(code, ERAS[other]) if code is not None else None
    except LocalityError:
        return None
    if unit is None:
        return None
    hint = f"mã {code} là {register.describe(unit)} ({ERA_LABELS[other]}); nếu đúng đơn vị này, {fix.format(era=other)}"
    successors = register.successors(unit) if other == "truoc-2025" else {}
    if successors:
        hint += "; từ ngày 01/7/2025 địa bàn này thuộc " + "; ".join(register.describe(s) for s in successors)
    return hint


def resolve_locality(ref: LocalityRef, register: Register, source: SourceFile, path: DataPath) -> Unit | Problem:
    """The unit, or a located problem with the register's suggestions."""
    try:
        return find_unit(register, ref.code, ref.name, ref.parents, ref.era, ref.former)
    except LocalityError as error:
        where = path + (("don_vi_cu",) if ref.former is not None else ("ma",) if ref.code is not None else ("ten",))
        hint = other_era_hint(register, ref.code, ref.era, "ghi “thoi_ky: {era}”")
        return source.problem(where, error.message, hint or unknown_unit_hint(error, ref.era, ref.name))
