"""Comparison pages: the index of indicators; per indicator an overview (one line per year) and,
per year, every locality's target and result for it, in pages of at most ``PAGE_ROWS`` rows, so
that no page grows with the data set.

A row is one target value that names the indicator (``chi_so``), with the status of that value
(the plan page shows the whole target's, which may have other values). Charts compare only figures of
one kind and one unit: a change ("giảm 0,6%") is not a level ("còn 1,1%"), and "triệu đồng" is
not "tỷ đồng"; each kind and unit gets its own charts, and the page says why.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from markupsafe import Markup

from ..charts import ChartRow, comparison_chart, series_chart
from ..dataset import CampaignRecord
from ..model.campaign import Target, TargetValue
from ..model.indicator import DIRECTIONS, Indicator
from ..naming import campaign_title
from ..numbers import format_vn_number
from ..register import FormerUnit, Unit
from ..results import TargetResult
from ..status import CHANGE, LABELS, amount, matching_value, value_status
from ..urls import INDICATORS_URL, indicator_url, indicator_year_url, target_url
from ..valuetext import describe_figure, describe_value
from .context import HOME, SiteContext
from .localities import LEVEL_NAMES
from .page import Crumb, Link, Page
from .pagination import paginate_years
from .results_view import report_name

INDICATORS = Crumb("Chỉ số", INDICATORS_URL)
STATUS_ORDER = {key: rank for rank, key in enumerate(LABELS)}  # vượt first, "chưa có số liệu" last
PAGE_ROWS = 100  # rows of one comparison page; a year with more is paged ("…/2024/trang-2/")
MAX_BARS = 20  # bars of one chart, readable on a phone: a page has at most PAGE_ROWS / MAX_BARS charts per kind and unit
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
    """The charts of one kind of figure in one unit: comparing the localities of one comparison
    page, or one locality's figures over the years (on its page, with a link to the comparison)."""

    heading: str
    charts: list[Chart]
    compare: Link | None = None
    illustrative: bool = False  # a figure comes from illustrative data


def indicator_pages(site: SiteContext, page_rows: int = PAGE_ROWS) -> list[Page]:
    """The index of indicators; for each indicator that some target names, its overview and its
    comparison year by year, ``page_rows`` rows a page at most."""
    rows = indicator_rows(site)
    pages = [_index(site, rows)]
    for indicator in site.dataset.indicators.values():
        if found := rows[indicator.id]:
            pages += [_overview(indicator, found), *_year_pages(site, indicator, found, page_rows)]
    return pages


def indicator_rows(site: SiteContext, records: list[CampaignRecord] | None = None) -> dict[str, list[ComparisonRow]]:
    """Every target value naming an indicator in ``records`` (default: every plan), by indicator
    id, newest year first, then by place."""
    rows: dict[str, list[ComparisonRow]] = defaultdict(list)
    for record in site.dataset.campaigns if records is None else records:
        for indicator_id, row in site.of_plan("indicator rows", record, lambda record=record: _plan_rows(site, record)):
            rows[indicator_id].append(row)
    for found in rows.values():
        found.sort(key=lambda r: (-r.year, r.locality.province, r.locality.name))
    return rows


def _plan_rows(site: SiteContext, record: CampaignRecord) -> list[tuple[str, ComparisonRow]]:
    """Each target value of a plan naming an indicator, with that indicator's id, in the plan's order."""
    results = site.dataset.results(record.id)
    locality = _locality(site, record.unit)
    found = []
    for entry in record.campaign.iter_targets():
        target = entry.target
        for index, value in enumerate(target.values):
            indicator = site.dataset.indicators.get(value.indicator or "")
            if indicator is not None and target.id is not None:
                found.append((indicator.id, _row(site, record, locality, target, index, indicator, results.get(target.id))))
    return found


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
        planned_figure=describe_figure(planned),
        achieved_figure=describe_figure(achieved) if achieved else "",
        status=status or "chua-co-so-lieu",
        report=result and report_name(result.report),
        illustrative=record.illustrative or bool(result and _illustrative_report(site, record, result)),
        kind=kind,
        unit=unit,
        planned_number=_number(planned, indicator.lower_is_better),
        achieved_number=_number(achieved, indicator.lower_is_better)
        if achieved and _kind(achieved) == kind and _unit(achieved, unit) == unit else None,
    )


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


def chart_groups(site: SiteContext, indicator: Indicator, rows: list[ComparisonRow], prefix: str) -> list[ChartGroup]:
    """Comparison charts of one page's rows (one year), for each kind and unit of figure: the rows
    in their order (by province, then place), in parts of ``MAX_BARS``; a part of one place alone
    makes no chart. ``prefix`` starts every chart id, unique on the page."""
    charts = []
    for number, ((kind, unit), found) in enumerate(_by_figure(rows), start=1):
        heading = _heading(indicator, kind, unit)
        parts = [found[i:i + MAX_BARS] for i in range(0, len(found), MAX_BARS)]
        comparisons = [
            _chart(site, comparison_chart, f"{prefix}-{number}-{part}",
                   heading + (f", phần {part}/{len(parts)}" if len(parts) > 1 else ""),
                   unit, _lower(indicator, kind), [_chart_row(_place(r), r) for r in same])
            for part, same in enumerate(parts, start=1)
            if len({_place(r) for r in same}) >= 2
        ]
        if comparisons:
            charts.append(ChartGroup(heading, comparisons))
    return charts


def locality_series(site: SiteContext, records: list[CampaignRecord]) -> list[ChartGroup]:
    """A locality's own figures of each indicator over the years (``records``: its plans): a
    series chart for each kind and unit of figure with two years or more."""
    groups = []
    for indicator_id, rows in indicator_rows(site, records).items():
        indicator = site.dataset.indicators[indicator_id]
        for number, ((kind, unit), found) in enumerate(_by_figure(rows), start=1):
            if len({row.year for row in found}) < 2:
                continue
            heading = _heading(indicator, kind, unit)
            chart = _chart(site, series_chart, f"{indicator.id}-{number}-qua-cac-nam", f"{heading} qua các năm", unit,
                           _lower(indicator, kind), [_chart_row(str(r.year), r) for r in sorted(found, key=lambda r: r.year)])
            compare = Link(f"So sánh với các địa phương khác: {indicator.name}", indicator_url(indicator.id))
            groups.append(ChartGroup(heading, [chart], compare, any(row.illustrative for row in found)))
    return groups


def _by_figure(rows: list[ComparisonRow]) -> list[tuple[tuple[str, str], list[ComparisonRow]]]:
    """The rows with a number to chart, by kind and unit of figure (never two on one axis)."""
    groups: dict[tuple[str, str], list[ComparisonRow]] = defaultdict(list)
    for row in rows:
        if row.planned_number is not None or row.achieved_number is not None:
            groups[(row.kind, row.unit)].append(row)
    return sorted(groups.items())


def _heading(indicator: Indicator, kind: str, unit: str) -> str:
    return f"{indicator.name}: {KIND_NAMES[kind]} ({unit})"


def _lower(indicator: Indicator, kind: str) -> bool:
    return indicator.lower_is_better and kind == "muc"  # a bigger change is the better one


def _place(row: ComparisonRow) -> str:
    return row.locality.former_name or row.locality.name


def _chart(site: SiteContext, draw, chart_id: str, title: str, unit: str, lower: bool, rows: list[ChartRow]) -> Chart:
    """The chart ``draw`` makes of these arguments, drawn once for every build that shows it
    (``draw`` is pure: its SVG is made of its arguments alone, numbers as written)."""
    written = tuple((r.label, str(r.planned), str(r.achieved), r.planned_text, r.achieved_text, r.status) for r in rows)
    svg = site.memo.get(
        ("chart", draw.__name__, chart_id, title, unit, lower, written),
        lambda: draw(rows, chart_id=chart_id, title=title, unit=unit, lower_is_better=lower),
    )
    return Chart(chart_id, title, unit, lower, rows, svg)


def _chart_row(label: str, row: ComparisonRow) -> ChartRow:
    return ChartRow(label, row.planned_number, row.achieved_number, row.planned_figure, row.achieved_figure,
                    None if row.status == "chua-co-so-lieu" else row.status)


def _by_year(rows: list[ComparisonRow]) -> dict[int, list[ComparisonRow]]:
    years: dict[int, list[ComparisonRow]] = defaultdict(list)
    for row in rows:
        years[row.year].append(row)
    return years


def _overview(indicator: Indicator, rows: list[ComparisonRow]) -> Page:
    """The indicator, and for each year a line (localities, statuses) linking to that year's pages:
    one line per year, whatever the number of localities."""
    years = [
        {
            "link": Link(f"Năm {year}", indicator_year_url(indicator.id, year)),
            "rows": len(found),
            "localities": len({_place(row) for row in found}),
            "statuses": [(LABELS[key][1], LABELS[key][0], n) for key in LABELS
                         if (n := sum(1 for row in found if row.status == key))],
        }
        for year, found in sorted(_by_year(rows).items(), reverse=True)
    ]
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
            "years": years,
            "rows": len(rows),
            "localities": len({_place(row) for row in rows}),
        },
    )


def _year_pages(site: SiteContext, indicator: Indicator, rows: list[ComparisonRow], page_rows: int) -> list[Page]:
    """Each year's comparison, ``page_rows`` rows a page at most, by province then place."""
    overview = Crumb(indicator.name, indicator_url(indicator.id))
    pages = []
    for year, chunk in paginate_years(_by_year(rows), partial(indicator_year_url, indicator.id), page_rows):
        shown = chunk.items
        units = sorted({(row.kind, row.unit) for row in shown})
        first = indicator_year_url(indicator.id, year)
        pages.append(Page(
            url=chunk.url,
            title=chunk.title(f"{indicator.name} năm {year}"),
            template="indicator_year.html",
            breadcrumbs=[HOME, INDICATORS, overview] + ([Crumb(f"Năm {year}", first)] if chunk.number > 1 else []),
            description=f"{indicator.name}: chỉ tiêu và kết quả của các địa phương năm {year}.",
            source="campaigns/chi-so.yaml",
            illustrative=any(row.illustrative for row in shown),
            context={
                "indicator": {"unit": indicator.unit, "direction": DIRECTIONS[indicator.direction]},
                "overview": overview,
                "year": year,
                "rows": shown,
                "localities": len({_place(row) for row in shown}),
                "provinces": sorted({row.locality.province for row in shown}),
                "levels": [level for level in LEVEL_NAMES.values() if any(row.locality.level == level for row in shown)],
                "charts": chart_groups(site, indicator, shown, f"{indicator.id}-{year}-{chunk.number}"),
                "split": ", ".join(f"{KIND_NAMES[kind]} ({unit})" for kind, unit in units) if len(units) > 1 else None,
                "pages": chunk.pager,
            },
        ))
    return pages


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
