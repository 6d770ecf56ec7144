"""Results reports checked against their plan, and the status of every target they report.

A report names its plan (``ke_hoach``) and each target by its id (``ma``); the checks here need
both files, so they run once every file is loaded (``dataset._cross_check``).
"""

import calendar
import datetime
import difflib
from collections.abc import Iterator
from dataclasses import dataclass

from .checks import values_not_in_text
from .dates import PartialDate
from .model.campaign import Campaign, Target
from .model.indicator import Indicator
from .model.report import Report, Result
from .problems import Problem
from .status import Status, matching_value, overall, value_status
from .yamlsource import SourceFile

_LATE_DAYS = 120  # a year-end review is often held in the first months of the next year


@dataclass(frozen=True)
class TargetResult:
    """The latest reported figure of one target and the status it gives."""

    status: Status
    result: Result
    report: Report


def check_report(report: Report, campaign: Campaign, source: SourceFile) -> Iterator[Problem]:
    targets = {entry.target.id: entry.target for entry in campaign.iter_targets() if entry.target.id}
    yield from _date_outside_period(report, campaign, source)
    seen: set[str] = set()
    for r, result in enumerate(report.results):
        here = ("ket_qua", r)
        target = targets.get(result.target)
        if target is None:
            close = difflib.get_close_matches(result.target, list(targets), n=1, cutoff=0.6)
            yield source.problem(
                here + ("ma",), f"kế hoạch {report.campaign} không có chỉ tiêu mã “{result.target}”",
                f"có phải ý bạn là “{close[0]}”?" if close else
                f"mã chỉ tiêu là dòng “ma:” của chỉ tiêu trong tệp kế hoạch; thidua new ket-qua {report.campaign} "
                "liệt kê mọi mã",
            )
            continue
        if result.target in seen:
            yield source.problem(here + ("ma",), f"chỉ tiêu “{result.target}” được báo hai lần trong báo cáo này",
                                 "mỗi chỉ tiêu ghi kết quả một lần; gộp hai mục làm một")
        seen.add(result.target)
        yield from values_not_in_text(result.text, result.values, here, source, "kết quả")
        yield from _units(target, result, here, source)


def _units(target: Target, result: Result, here: tuple, source: SourceFile) -> Iterator[Problem]:
    for v, achieved in enumerate(result.values):
        matched = matching_value(target.values, achieved, v)
        if matched is None:
            subjects = ", ".join(f"“{t.subject}”" for t in target.values if t.subject) or "không có"
            yield source.problem(
                here + ("gia_tri", v), "không biết số này báo cho giá trị nào của chỉ tiêu",
                f"ghi noi_dung đúng như giá trị của chỉ tiêu (trong kế hoạch: {subjects})",
            )
            continue
        planned = target.values[matched]
        if planned.unit and achieved.unit and planned.unit != achieved.unit:
            yield source.problem(
                here + ("gia_tri", v, "don_vi"),
                f"đơn vị “{achieved.unit}” khác đơn vị của chỉ tiêu (“{planned.unit}”)",
                "ghi kết quả cùng đơn vị với chỉ tiêu (đổi số sang đơn vị đó nếu báo cáo viết khác, và ghi chú lại)",
            )


def _date_outside_period(report: Report, campaign: Campaign, source: SourceFile) -> Iterator[Problem]:
    period = campaign.period
    start = period.start if period and period.start else PartialDate(campaign.year, 1, 1)
    end = period.end if period and period.end else PartialDate(campaign.year, 12, 31)
    date = report.document.date.first_day
    last = _last_day(end)
    if date < start.first_day or (date - last).days > _LATE_DAYS:
        yield source.problem(
            ("van_ban", "ngay"),
            f"ngày báo cáo {report.document.date.short()} nằm ngoài thời gian của kế hoạch "
            f"({start.short()} – {end.short()}, tổng kết có thể muộn hơn tối đa {_LATE_DAYS} ngày)",
            "kiểm tra ngày báo cáo (NĂM-THÁNG-NGÀY) và mã kế hoạch ở ke_hoach: báo cáo phải thuộc đúng kế hoạch",
        )


def _last_day(date: PartialDate) -> datetime.date:
    month = date.month or 12
    return datetime.date(date.year, month, date.day or calendar.monthrange(date.year, month)[1])


def target_results(
    campaign: Campaign, reports: list[Report], indicators: dict[str, Indicator]
) -> dict[str, TargetResult]:
    """For each target id a report gives: its latest result and status."""
    targets = {entry.target.id: entry.target for entry in campaign.iter_targets()}
    found: dict[str, TargetResult] = {}
    for report in sorted(reports, key=lambda r: r.document.date.first_day):
        for result in report.results:
            target = targets.get(result.target)
            if target is not None:
                found[result.target] = TargetResult(_status(target, result, indicators), result, report)
    return found


def _status(target: Target, result: Result, indicators: dict[str, Indicator]) -> Status:
    statuses = []
    for v, achieved in enumerate(result.values):
        matched = matching_value(target.values, achieved, v)
        if matched is not None:
            planned = target.values[matched]
            indicator = indicators.get(planned.indicator or achieved.indicator or "")
            statuses.append(value_status(planned, achieved, indicator.lower_is_better if indicator else None))
    return overall(statuses)
