"""Declared former units (campaigns/don-vi-cu.yaml): checked against the register of 30 June 2025.

A commune (or district) merged into another before 30 June 2025 is in neither list of the
register, so a plan it issued names no unit. Staff declare it once: its name, its parent and
the unit that took it over (both in the register of 30 June 2025), the resolution that merged
it and the day that took effect. Plans then name it with ``dia_phuong: {don_vi_cu: <ma>}``.
"""

from datetime import date
from pathlib import Path

from .model.former import LEVELS, FormerUnitDeclaration, FormerUnitList, RegisterRef
from .places import find_unit
from .problems import Problem
from .register import FORMER_UNITS_FILE, LEGACY, REFORM_DATE, FormerUnit, LocalityError, Register, Unit, name_parts
from .validation import validate_source
from .yamlsource import DataPath, SourceFile, read_yaml

_KINDS = {"commune": ("xã", "phường", "thị trấn", "đặc khu"), "district": ("huyện", "quận", "thị xã", "thành phố")}
_PARENT_LEVEL = {"commune": "district", "district": "province"}
_LEVEL_NAMES = {"commune": "cấp xã", "district": "cấp huyện", "province": "cấp tỉnh"}
_REGISTER = "danh mục ngày 30/6/2025"


def declared_units(
    declarations: FormerUnitList, register: Register, source: SourceFile,
    known: dict[str, tuple[SourceFile, int]], earlier: list[FormerUnit],
) -> list[FormerUnit]:
    """The former units ``source`` declares, each checked against ``register`` (which holds no
    former unit); problems go to ``source.problems``. ``known`` (id -> file and index) and
    ``earlier`` (the units declared so far) span every declaration file, so a unit is declared
    once in all of them."""
    units: list[FormerUnit] = []
    for index, declaration in enumerate(declarations.units):
        path = ("don_vi_cu", index)
        unit = _declared_unit(declaration, register, source, path, earlier + units)
        first = known.get(declaration.id)
        if first is not None:
            where, first_index = first
            line, _ = where.locate(("don_vi_cu", first_index, "ma"))
            source.problems.append(source.problem(
                path + ("ma",), f"mã đơn vị cũ “{declaration.id}” bị trùng (đã có ở {where.path}, dòng {line})",
                "mỗi đơn vị cũ khai báo một lần, với một mã riêng",
            ))
            continue
        known[declaration.id] = (source, index)
        if unit is not None:
            units.append(unit)
    return units


def with_declared(root: Path, register: Register) -> Register | list[Problem]:
    """``register`` with the former units declared in ``root``/don-vi-cu.yaml (if there is one),
    or the problems of that file."""
    path = root / FORMER_UNITS_FILE
    if not path.is_file():
        return register
    source = read_yaml(path)
    declarations = validate_source(source, FormerUnitList)
    units = declared_units(declarations, register, source, {}, []) if declarations else []
    return source.problems or register.with_former(units)


def resolution_text(declaration: FormerUnitDeclaration) -> str:
    """ "Nghị quyết số 1278/NQ-UBTVQH15 ngày 14/11/2024 của Ủy ban Thường vụ Quốc hội"."""
    resolution = declaration.resolution
    when = f"ngày {resolution.date.short()}" if resolution.date.day else resolution.date.vietnamese()
    return f"{resolution.kind} số {resolution.number} {when} của {resolution.issuer}"


def _declared_unit(
    declaration: FormerUnitDeclaration, register: Register, source: SourceFile, path: DataPath, earlier: list[FormerUnit]
) -> FormerUnit | None:
    level = LEVELS[declaration.level]
    problems = []
    parts = name_parts(declaration.name)
    if parts is None or parts[2] not in _KINDS[level]:
        problems.append(source.problem(
            path + ("ten",),
            f"tên “{declaration.name}” phải bắt đầu bằng loại đơn vị {_LEVEL_NAMES[level]}: " + ", ".join(_KINDS[level]),
            "ghi tên như văn bản viết, kèm loại đơn vị, ví dụ “Xã Tùng Lộc”; nếu là cấp khác, sửa “cap”",
        ))
    parent = _register_unit(declaration.parent, register, source, path + ("thuoc",), _PARENT_LEVEL[level])
    merged_into = _register_unit(declaration.merged_into, register, source, path + ("nhap_vao",), level)
    effective = _effective(declaration, source, path, problems)
    if parent is not None and parts is not None:
        problems.extend(_name_taken(declaration, parent, register, source, path, earlier))
    source.problems.extend(problems)
    if parent is None or merged_into is None or effective is None or problems:
        return None
    official, short_name, kind = parts
    return FormerUnit(
        "", official, short_name, kind, level, LEGACY, parent.code,
        declaration.id, merged_into, effective, resolution_text(declaration), declaration.resolution.url,
    )


def _register_unit(ref: RegisterRef, register: Register, source: SourceFile, path: DataPath, level: str) -> Unit | None:
    """The unit of the register of 30 June 2025 ``ref`` names, at ``level``; or a located problem."""
    where = path + (("ma",) if ref.code is not None else ("ten",))
    try:
        unit = find_unit(register, ref.code, ref.name, ref.parents, "truoc-2025")
    except LocalityError as error:
        source.problems.append(source.problem(where, error.message, _other_era(register, ref) or error.hint))
        return None
    if unit.level != level:
        source.problems.append(source.problem(
            where, f"{register.describe(unit)} là đơn vị {_LEVEL_NAMES[unit.level]}; ở đây cần đơn vị {_LEVEL_NAMES[level]}",
            "kiểm tra lại mã hoặc tên, và “cap” của đơn vị cũ",
        ))
        return None
    return unit


def _other_era(register: Register, ref: RegisterRef) -> str | None:
    """For a code of a unit of today: say so, and that the unit of 30 June 2025 is wanted."""
    if ref.code is None:
        return None
    try:
        unit = register.get(ref.code, "current")
    except LocalityError:
        return None
    return (
        f"mã {ref.code} là {register.describe(unit)}, đơn vị từ ngày 01/7/2025; ở đây ghi mã của đơn vị "
        f"trong {_REGISTER} (trước sắp xếp)"
    )


def _effective(declaration: FormerUnitDeclaration, source: SourceFile, path: DataPath, problems: list[Problem]) -> date | None:
    effective = declaration.effective
    where = path + ("hieu_luc",)
    if not effective.day:
        problems.append(source.problem(where, f"ngày hiệu lực “{effective.iso()}” phải ghi đủ ngày", "ví dụ 2025-01-01"))
        return None
    if effective.first_day >= REFORM_DATE:
        problems.append(source.problem(
            where, f"ngày hiệu lực {effective.short()} không trước ngày 01/7/2025",
            "chỉ khai báo đơn vị đã sáp nhập trước ngày 01/7/2025; đơn vị còn đến ngày 30/6/2025 có trong danh mục: "
            "dùng mã của nó (dia_phuong: {ma: \"…\"})",
        ))
        return None
    if declaration.resolution.date.first_day > effective.first_day:
        problems.append(source.problem(
            where, f"ngày hiệu lực {effective.short()} trước ngày ban hành nghị quyết ({declaration.resolution.date.short()})",
            "kiểm tra lại ngày hiệu lực ghi trong nghị quyết",
        ))
        return None
    return effective.first_day


def _name_taken(
    declaration: FormerUnitDeclaration, parent: Unit, register: Register, source: SourceFile, path: DataPath,
    earlier: list[FormerUnit],
) -> list[Problem]:
    existing = register.child_named(parent, declaration.name)
    if existing is not None:
        return [source.problem(
            path + ("ten",), f"“{declaration.name}” có trong {_REGISTER}: {register.describe(existing)}",
            f"không khai báo đơn vị này; trong kế hoạch ghi dia_phuong: {{ma: \"{existing.code}\"}}",
        )]
    twin = next((u for u in earlier if u.parent_code == parent.code and u.name.lower() == declaration.name.lower()), None)
    if twin is not None:
        return [source.problem(
            path + ("ten",), f"“{declaration.name}” thuộc {parent.name} đã được khai báo với mã “{twin.id}”",
            f"mỗi đơn vị cũ khai báo một lần; trong kế hoạch ghi dia_phuong: {{don_vi_cu: {twin.id}}}",
        )]
    return []
