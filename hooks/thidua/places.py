"""Resolve the locality a data file names to one unit of the official register."""

from .model.common import LocalityRef
from .register import CURRENT, LEGACY, LocalityError, Register, Unit
from .problems import Problem
from .yamlsource import DataPath, SourceFile

ERAS = {"truoc-2025": LEGACY, "tu-2025": CURRENT}


def find_unit(register: Register, code: str | None, name: str | None, parents, era: str) -> Unit:
    """The unit named by its code, or by its name and parents, in era "truoc-2025" or "tu-2025";
    raises LocalityError with the register's suggestions."""
    if code is not None:
        return register.get(code, ERAS[era])
    return register.resolve(name, parents, ERAS[era])


def resolve_locality(ref: LocalityRef, register: Register, source: SourceFile, path: DataPath) -> Unit | Problem:
    """The unit, or a located problem with the register's suggestions."""
    try:
        return find_unit(register, ref.code, ref.name, ref.parents, ref.era)
    except LocalityError as error:
        where = path + (("ma",) if ref.code is not None else ("ten",))
        return source.problem(where, error.message, error.hint)
