"""Targets (chỉ tiêu) nested as printed: groups under headings, targets under bullets.

A heading is a target group when it says "chỉ tiêu", or when most lines under it carry values.
"""

from ..targetids import new_id
from ..text import fold
from .marks import Marked
from .outline import Node
from .values import read_values


def find_target_groups(root: Node) -> tuple[list[dict], set[int]]:
    """The target groups in document order, and the ids of the nodes they took."""
    groups: list[dict] = []
    taken: set[int] = set()
    ids: set[str] = set()  # target ids (ma) given so far: unique in the plan

    def visit(node: Node) -> None:
        for child in node.children:
            if id(child) in taken:
                continue
            if _names_targets(child) and child.children:
                if any(_names_targets(c) and c.children for c in child.children):
                    visit(child)
                elif all(not c.is_bullet and c.children for c in child.children if c.label):
                    groups.extend(_group(c, taken, ids) for c in child.children if c.label and c.children)
                    taken.add(id(child))
                else:
                    groups.append(_group(child, taken, ids))
            elif _holds_values(child):
                groups.append(_group(child, taken, ids))
            else:
                visit(child)

    visit(root)
    return groups, taken


def _names_targets(node: Node) -> bool:
    heading = fold(node.text)
    return "chi tieu" in heading and len(node.text) < 120 and not node.text.rstrip("*").endswith(".") or (
        heading.startswith("muc tieu cu the")
    )


def _holds_values(node: Node) -> bool:
    lines = [c for c in node.children if c.is_bullet]
    if len(lines) < 2 or len(node.text) > 150 or read_values(node.text).values:
        return False
    if "khen thuong" in fold(node.text) and "thi dua, khen thuong" not in fold(node.text):
        return False
    with_values = sum(1 for c in lines if any(_measured(v) for v in read_values(c.text).values))
    return with_values * 2 >= len(lines)


def _measured(value: dict) -> bool:
    """A value with a unit or a comparison: a bare number may be a count of years or a name."""
    return "don_vi" in value or "so_sanh" in value


def _group(node: Node, taken: set[int], ids: set[str]) -> dict:
    taken.add(id(node))
    for inner in node.walk():
        taken.add(id(inner))
    group: dict = {"so": node.label, "linh_vuc": node.text.rstrip(":").strip() or node.label or "Chỉ tiêu"}
    targets, subgroups = [], []
    for child in node.children:
        if child.children and child.label and not child.is_bullet and not read_values(child.text).values:
            subgroups.append(_group(child, taken, ids))
        else:
            targets.append(target(child, ids))
    if targets:
        group["chi_tieu"] = targets
    if subgroups:
        group["nhom_con"] = subgroups
    return group


def target(node: Node, ids: set[str]) -> dict:
    item: dict = {"ma": new_id(node.text, ids)}
    if node.label:
        item["so"] = node.label
    item["nguyen_van"] = node.text
    reading = read_values(node.text)
    if reading.values:
        item["gia_tri"] = Marked(reading.values, reading.doubt) if reading.doubt else reading.values
    elif reading.doubt:
        item["nguyen_van"] = Marked(node.text, reading.doubt)
    if node.children:
        item["chi_tieu_con"] = [target(child, ids) for child in node.children]
    return item


def count_targets(groups: list[dict]) -> int:
    def targets(items: list[dict]) -> int:
        return sum(1 + targets(t.get("chi_tieu_con", [])) for t in items)

    return sum(targets(g.get("chi_tieu", [])) + count_targets(g.get("nhom_con", [])) for g in groups)
