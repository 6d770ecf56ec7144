"""Results beside a plan's targets: each target's status, and one summary line for the plan."""

from dataclasses import dataclass

from markupsafe import Markup

from ..charts import status_chart
from ..dataset import CampaignRecord
from ..model.report import REPORT_KINDS
from ..status import LABELS, Tally, tally
from .context import SiteContext
from ..valuetext import describe_value


@dataclass(frozen=True)
class PlanResults:
    """``rows`` maps a target id to what its row shows; empty when no report covers the plan.
    ``counts``: how many targets have each status."""

    rows: dict[str, dict]
    summary: str | None
    reports: list[dict]
    illustrative: bool
    counts: dict[str, int]

    @property
    def chart(self) -> Markup | None:
        """The status summary as a chart, drawn only for the plan page (lists show the line)."""
        if not self.summary:
            return None
        return status_chart(self.counts, chart_id="bieu-do-ket-qua", title="Số chỉ tiêu theo kết quả thực hiện")


def plan_results(site: SiteContext, record: CampaignRecord) -> PlanResults:
    reports = site.dataset.reports_of(record.id)
    if not reports:
        return PlanResults({}, None, [], False, {})
    found = site.dataset.results(record.id)
    rows = {}
    for entry in record.campaign.iter_targets():
        result = found.get(entry.target.id)
        key = result.status if result else "chua-co-so-lieu"
        label, icon = LABELS[key]
        rows[entry.target.id] = {
            "key": key,
            "label": label,
            "icon": icon,
            "text": result and site.inline(result.result.text),
            "values": [describe_value(v) for v in result.result.values] if result else [],
            "note": result and result.result.note,
            "report": result and report_name(result.report),
        }
    counted = plan_tally(site, record)
    return PlanResults(
        rows,
        counted.sentence(),
        [{"name": report_name(r.report), "illustrative": r.illustrative} for r in reports],
        any(r.illustrative for r in reports),
        counted.counts,
    )


def summary_line(site: SiteContext, record: CampaignRecord) -> str | None:
    """The plan's summary (“14 chỉ tiêu đạt, 3 chưa đạt…”) for lists of plans; None without reports.
    A plan is listed on many pages: only its statuses are counted, nothing is rendered."""
    return plan_tally(site, record).sentence() if site.dataset.reports_of(record.id) else None


def plan_tally(site: SiteContext, record: CampaignRecord) -> Tally:
    """How many of the plan's targets have each status (“chưa có số liệu” when no report gives one)."""
    found = site.dataset.results(record.id)
    return tally(found[e.target.id].status if e.target.id in found else "chua-co-so-lieu" for e in record.campaign.iter_targets())


def report_name(report) -> str:
    document = report.document
    return f"{REPORT_KINDS[document.kind]} – {document.symbol}, ngày {document.date.short()}"
