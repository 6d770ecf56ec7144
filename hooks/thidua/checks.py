"""Checks on validated campaigns that need the verbatim text and the exact place of a value."""

import re
from collections.abc import Iterator

from .model.campaign import Campaign, Target, TargetGroup
from .numbers import format_vn_number, numbers_in
from .problems import Problem
from .yamlsource import DataPath, SourceFile

_NUMBER_FIELDS = (("value", "so_lieu"), ("low", "tu"), ("high", "den"), ("total", "tren_tong"))


_PRINTED_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")


def check_campaign(campaign: Campaign, source: SourceFile) -> list[Problem]:
    return [*_values_not_in_text(campaign, source), *_dates_not_in_text(campaign, source)]


def _dates_not_in_text(campaign: Campaign, source: SourceFile) -> Iterator[Problem]:
    """Occasion dates are derived from the text: each must be printed in it ("07/5/1954")."""
    occasions = [(o, ("ngay_ky_niem", i)) for i, o in enumerate(campaign.occasions)]
    occasions += [
        (o, ("dot_thi_dua", p, "ngay_ky_niem", i))
        for p, phase in enumerate(campaign.phases)
        for i, o in enumerate(phase.occasions)
    ]
    for occasion, path in occasions:
        printed = {(int(y), int(m), int(d)) for d, m, y in _PRINTED_DATE.findall(occasion.text)}
        for key, value in (("ngay_goc", occasion.original), ("ngay", occasion.date)):
            if value is not None and (value.year, value.month, value.day) not in printed:
                yield source.problem(
                    path + (key,),
                    f"ngày {value.short()} không có trong nguyên văn “{occasion.text}”",
                    "chỉ ghi ngày khi văn bản in ngày đó; không tự thêm ngày theo hiểu biết riêng",
                )


def _targets(groups: list[TargetGroup], path: DataPath) -> Iterator[tuple[Target, DataPath]]:
    for g, group in enumerate(groups):
        yield from _target_tree(group.targets, path + (g, "chi_tieu"))
        yield from _targets(group.groups, path + (g, "nhom_con"))


def _target_tree(targets: list[Target], path: DataPath) -> Iterator[tuple[Target, DataPath]]:
    for t, target in enumerate(targets):
        yield target, path + (t,)
        yield from _target_tree(target.children, path + (t, "chi_tieu_con"))


def _values_not_in_text(campaign: Campaign, source: SourceFile) -> Iterator[Problem]:
    """Every structured number must be printed in the target's verbatim text (fidelity)."""
    for target, path in _targets(campaign.targets, ("chi_tieu",)):
        printed = numbers_in(target.text)
        for v, value in enumerate(target.values):
            for attribute, key in _NUMBER_FIELDS:
                number = getattr(value, attribute)
                if number is None or number in printed:
                    continue
                listing = ", ".join(f"“{format_vn_number(n)}” = {n}" for n in printed) or "không có số nào"
                yield source.problem(
                    path + ("gia_tri", v, key),
                    f"số {format_vn_number(number)} (viết kiểu Việt Nam) không có trong nguyên văn chỉ tiêu "
                    f"(trong nguyên văn: {listing})",
                    "chép đúng số trong nguyên văn; trong văn bản tiếng Việt dấu chấm ngăn cách hàng nghìn "
                    "(“1.573” là 1573) và dấu phẩy là thập phân (“41,429” là 41.429)",
                )
