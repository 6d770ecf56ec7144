"""Comparison pages: one per indicator (every locality's target and result for it, year by year),
and the index of indicators.

A row is one target value that names the indicator (``chi_so``), with the status of that value
(the plan page shows the whole target's, which may have other values). Charts compare only figures of
one kind and one unit: a change ("giảm 0,6%") is not a level ("còn 1,1%"), and "triệu đồng" is
not "tỷ đồng"; each kind and unit gets its own charts, and the page says why.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from markupsafe import Markup

from ..charts import ChartRow, comparison_chart, series_chart
from ..dataset import CampaignRecord
from ..model.campaign import Target, TargetValue
from ..model.indicator import DIRECTIONS, Indicator
from ..numbers import format_vn_number
from ..register import FormerUnit, Unit
from ..results import TargetResult
from ..status import CHANGE, LABELS, amount, matching_value, value_status
from ..urls import INDICATORS_URL, indicator_url, target_url
from ..valuetext import describe_value
from .context import HOME, SiteContext
from .locality_pages import LEVEL_NAMES
from .page import Crumb, Link, Page
from .results_view import report_name
from .summaries import campaign_title

INDICATORS = Crumb("Chỉ số", INDICATORS_URL)
STATUS_ORDER = {key: rank for rank, key in enumerate(LABELS)}  # vượt first, "chưa có số liệu" last
MAX_BARS = 20  # a comparison chart stays readable on a phone; more localities: by province
KIND_NAMES = {"giam": "mức giảm", "tang": "mức tăng", "muc": "mức đạt"}


@dataclass(frozen=True)
class Locality:
    """Where a row's plan applies, by today's name when the unit became exactly one unit of today."""

    name: str
    url: str | None
    former_name: str | None  # the name in the plan, when today's differs
    province: str
    level: str  # "cấp xã": the level of the plan's unit


@dataclass(frozen=True)
class ComparisonRow:
    locality: Locality
    year: int
    plan: Link  # to the target's row on its plan page
    planned: str
    achieved: str | None
    planned_figure: str  # the figure alone, without what it measures: "giảm 0,6%" (charts)
    achieved_figure: str
    status: str  # a key of status.LABELS
    report: str | None
    illustrative: bool
    kind: str  # a key of KIND_NAMES
    unit: str  # the unit the chart numbers are in
    planned_number: Decimal | None
    achieved_number: Decimal | None

    @property
    def status_label(self) -> str:
        return LABELS[self.status][0]

    @property
    def status_icon(self) -> str:
        return LABELS[self.status][1]

    @property
    def status_rank(self) -> int:
        return STATUS_ORDER[self.status]


@dataclass(frozen=True)
class Chart:
    chart_id: str
    title: str
    unit: str
    lower_is_better: bool
    rows: list[ChartRow]
    markup: Markup  # the SVG figure with its description and table (thidua.charts)


@dataclass(frozen=True)
class ChartGroup:
    """The charts of one kind of figure in one unit: across localities per year, over the years per locality."""

    heading: str
    comparisons: list[Chart]
    series: list[Chart]


def indicator_pages(site: SiteContext) -> list[Page]:
    rows = indicator_rows(site)
    pages = [_indicator_page(indicator, rows[indicator.id]) for indicator in site.dataset.indicators.values()
             if rows[indicator.id]]
    pages.append(_index(site, rows))
    return pages


def indicator_rows(site: SiteContext) -> dict[str, list[ComparisonRow]]:
    """Every target value naming an indicator, by indicator id, newest year first, then by place."""
    rows: dict[str, list[ComparisonRow]] = defaultdict(list)
    for record in site.dataset.campaigns:
        results = site.dataset.results(record.id)
        locality = _locality(site, record.unit)
        for entry in record.campaign.iter_targets():
            target = entry.target
            for index, value in enumerate(target.values):
                indicator = site.dataset.indicators.get(value.indicator or "")
                if indicator is None or target.id is None:
                    continue
                rows[indicator.id].append(_row(site, record, locality, target, index, indicator, results.get(target.id)))
    for found in rows.values():
        found.sort(key=lambda r: (-r.year, r.locality.province, r.locality.name))
    return rows


def _row(site: SiteContext, record: CampaignRecord, locality: Locality, target: Target, index: int,
         indicator: Indicator, result: TargetResult | None) -> ComparisonRow:
    values = target.values
    planned = values[index]
    achieved = _achieved(values, index, result)
    status = achieved and value_status(planned, achieved, indicator.lower_is_better)
    kind = _kind(planned)
    unit = _unit(planned, indicator.unit)
    return ComparisonRow(
        locality=locality,
        year=record.campaign.year,
        plan=Link(campaign_title(record), target_url(record.id, target.id)),
        planned=describe_value(planned),
        achieved=achieved and describe_value(achieved),
        planned_figure=_figure(planned),
        achieved_figure=_figure(achieved) if achieved else "",
        status=status or "chua-co-so-lieu",
        report=result and report_name(result.report),
        illustrative=record.illustrative or bool(result and _illustrative_report(site, record, result)),
        kind=kind,
        unit=unit,
        planned_number=_number(planned, indicator.lower_is_better),
        achieved_number=_number(achieved, indicator.lower_is_better)
        if achieved and _kind(achieved) == kind and _unit(achieved, unit) == unit else None,
    )


def _figure(value: TargetValue) -> str:
    return describe_value(value.model_copy(update={"subject": None}))


def _achieved(values: list[TargetValue], index: int, result: TargetResult | None) -> TargetValue | None:
    """The reported value that gives the figure of the target's value at ``index``."""
    if result is None:
        return None
    return next((v for position, v in enumerate(result.result.values)
                 if matching_value(values, v, position) == index), None)


def _illustrative_report(site: SiteContext, record: CampaignRecord, result: TargetResult) -> bool:
    return any(r.illustrative for r in site.dataset.reports_of(record.id) if r.report is result.report)


def _kind(value: TargetValue) -> str:
    return value.comparison if value.comparison in CHANGE else "muc"


def _unit(value: TargetValue, unwritten: str) -> str:
    """The unit of a value's chart figure; ``unwritten`` when the value names none."""
    return "%" if value.comparison == "ty-so" else (value.unit or unwritten)


def _number(value: TargetValue | None, lower_is_better: bool) -> Decimal | None:
    """The figure on a chart: the number the status compares; a ratio as a percentage; a range by
    the end that must be reached."""
    if value is None:
        return None
    if value.comparison == "khoang":
        return value.high if lower_is_better else value.low
    number = amount(value)
    return number * 100 if number is not None and value.comparison == "ty-so" else number


def _locality(site: SiteContext, unit: Unit) -> Locality:
    register = site.dataset.register
    merged = unit.merged_into if isinstance(unit, FormerUnit) else unit
    today = list(register.successors(merged)) if merged.era == "legacy" else [merged]
    shown = today[0] if len(today) == 1 else unit
    province = site.localities.province(today[0] if today else unit)
    return Locality(
        name=shown.name,
        url=site.localities.url_if_page(shown),
        former_name=unit.name if shown is not unit else None,
        province=province.name,
        level=LEVEL_NAMES[unit.level],
    )


def chart_groups(indicator: Indicator, rows: list[ComparisonRow]) -> list[ChartGroup]:
    """Charts of the figures of each kind and unit: a comparison for each year with two localities
    or more, a series for each locality with two years or more."""
    groups: dict[tuple[str, str], list[ComparisonRow]] = defaultdict(list)
    for row in rows:
        if row.planned_number is not None or row.achieved_number is not None:
            groups[(row.kind, row.unit)].append(row)
    charts = []
    for number, ((kind, unit), found) in enumerate(sorted(groups.items()), start=1):
        lower = indicator.lower_is_better and kind == "muc"  # a bigger change is the better one
        prefix = f"{indicator.id}-{number}"
        by_year: dict[int, list[ComparisonRow]] = defaultdict(list)
        by_place: dict[str, list[ComparisonRow]] = defaultdict(list)
        for row in found:
            by_year[row.year].append(row)
            by_place[_place(row)].append(row)
        heading = f"{indicator.name}: {KIND_NAMES[kind]} ({unit})"
        comparisons = [
            _chart(comparison_chart, f"{prefix}-nam-{year}-{part}", f"{heading}, năm {year}{where}", unit, lower,
                   [_chart_row(_place(r), r) for r in same])
            for year, rows_of_year in sorted(by_year.items(), reverse=True)
            for part, (where, same) in enumerate(_comparison_sets(rows_of_year), start=1)
            if len({_place(r) for r in same}) >= 2
        ]
        series = [
            _chart(series_chart, f"{prefix}-dp-{n}", f"{heading}, {place} qua các năm", unit, lower,
                   [_chart_row(str(r.year), r) for r in sorted(same, key=lambda r: r.year)])
            for n, (place, same) in enumerate(sorted(by_place.items()), start=1) if len({r.year for r in same}) >= 2
        ]
        if comparisons or series:
            charts.append(ChartGroup(heading, comparisons, series))
    return charts


def _comparison_sets(rows: list[ComparisonRow]) -> list[tuple[str, list[ComparisonRow]]]:
    """One year's rows, charted together when few; else by province, in parts of ``MAX_BARS``,
    each with the words that name it in the chart's title."""
    rows = sorted(rows, key=_place)
    if len(rows) <= MAX_BARS:
        return [("", rows)]
    provinces: dict[str, list[ComparisonRow]] = defaultdict(list)
    for row in rows:
        provinces[row.locality.province].append(row)
    sets = []
    for province, same in sorted(provinces.items()):
        parts = [same[i:i + MAX_BARS] for i in range(0, len(same), MAX_BARS)]
        for n, part in enumerate(parts, start=1):
            sets.append((f", {province}" + (f", phần {n}/{len(parts)}" if len(parts) > 1 else ""), part))
    return sets


def _place(row: ComparisonRow) -> str:
    return row.locality.former_name or row.locality.name


def _chart(draw, chart_id: str, title: str, unit: str, lower: bool, rows: list[ChartRow]) -> Chart:
    return Chart(chart_id, title, unit, lower, rows,
                 draw(rows, chart_id=chart_id, title=title, unit=unit, lower_is_better=lower))


def _chart_row(label: str, row: ComparisonRow) -> ChartRow:
    return ChartRow(label, row.planned_number, row.achieved_number, row.planned_figure, row.achieved_figure,
                    None if row.status == "chua-co-so-lieu" else row.status)


def _indicator_page(indicator: Indicator, rows: list[ComparisonRow]) -> Page:
    units = sorted({(row.kind, row.unit) for row in rows})
    return Page(
        url=indicator_url(indicator.id),
        title=indicator.name,
        template="indicator.html",
        breadcrumbs=[HOME, INDICATORS],
        description=f"{indicator.name}: chỉ tiêu và kết quả của các địa phương qua các năm.",
        source="campaigns/chi-so.yaml",
        illustrative=any(row.illustrative for row in rows),
        context={
            "indicator": {"unit": indicator.unit, "direction": DIRECTIONS[indicator.direction]},
            "rows": rows,
            "provinces": sorted({row.locality.province for row in rows}),
            "levels": [level for level in LEVEL_NAMES.values() if any(row.locality.level == level for row in rows)],
            "charts": chart_groups(indicator, rows),
            "split": ", ".join(f"{KIND_NAMES[kind]} ({unit})" for kind, unit in units) if len(units) > 1 else None,
            "localities": len({_place(row) for row in rows}),
        },
    )


def _index(site: SiteContext, rows: dict[str, list[ComparisonRow]]) -> Page:
    named, unnamed = [], []
    for indicator in site.dataset.indicators.values():
        found = rows[indicator.id]
        about = f"đơn vị {indicator.unit}, {DIRECTIONS[indicator.direction]}"
        if found:
            places = len({_place(row) for row in found})
            named.append(Link(indicator.name, indicator_url(indicator.id),
                              f"{about}; {format_vn_number(len(found))} chỉ tiêu của {format_vn_number(places)} địa phương"))
        else:
            unnamed.append(Link(indicator.name, None, about))
    return Page(
        url=INDICATORS_URL,
        title="Chỉ số",
        template="indicators.html",
        breadcrumbs=[HOME],
        description="So sánh chỉ tiêu và kết quả của các địa phương theo từng chỉ số: tỷ lệ hộ nghèo, bảo hiểm y tế, thu ngân sách…",
        source="campaigns/chi-so.yaml",
        context={"named": named, "unnamed": unnamed},
    )
