"""Resolve the locality a data file names to one unit of the official register."""

from .model.common import LocalityRef
from .register import CURRENT, LEGACY, LocalityError, Register, Unit
from .problems import Problem
from .yamlsource import DataPath, SourceFile

ERAS = {"truoc-2025": LEGACY, "tu-2025": CURRENT}


def resolve_locality(ref: LocalityRef, register: Register, source: SourceFile, path: DataPath) -> Unit | Problem:
    """The unit, or a located problem with the register's suggestions."""
    era = ERAS[ref.era]
    try:
        if ref.code is not None:
            return register.get(ref.code, era)
        return register.resolve(ref.name, ref.parents, era)
    except LocalityError as error:
        where = path + (("ma",) if ref.code is not None else ("ten",))
        return source.problem(where, error.message, error.hint)
