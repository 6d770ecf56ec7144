"""Load the files under campaigns/ (laid out as ``thidua.layout`` describes) into one validated
data set, or report every problem.
"""

import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from slugify import slugify

from .checks import check_campaign
from .former import declared_units
from .datafile import MAX_TEXT_BYTES, Refusal, beside, printable, read_text, refusal
from .photos import Photo, load_photo
from .model.campaign import Campaign, MovementRef
from .model.common import LocalityRef
from .model.exemplar import Exemplar
from .model.former import FormerUnitList
from .model.indicator import Indicator, IndicatorList
from .model.report import Report
from .model.movement import AbbreviationList, Movement, MovementList
from .places import resolve_locality
from .problems import DataError, Problem
from .register import FormerUnit, Register, Unit, load_register
from .results import TargetResult, check_report, target_results
from .urls import campaign_url, honored_list_url
from .validation import validate_source
from .focus import Focus
from .layout import (
    ABBREVIATIONS_FILE, EXEMPLAR_FOLDER, ILLUSTRATIVE_FOLDER, INDICATORS_FILE, MOVEMENTS_FILE, RESULTS_FOLDER,
    data_files, file_kind,
)
from .sourcecache import SourceCache, found_by
from .textchecks import text_checks
from .yamlsource import SourceFile, read_yaml

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class CampaignRecord:
    id: str
    path: Path
    campaign: Campaign
    unit: Unit
    source_text: str | None

    @property
    def illustrative(self) -> bool:
        return self.id.split("/")[0] == ILLUSTRATIVE_FOLDER


def newest_campaigns(records: list[CampaignRecord]) -> list[CampaignRecord]:
    """Newest year first, then the latest issued, then by id: the order of every list of plans."""
    return sorted(records, key=lambda r: (r.campaign.year, r.campaign.document.issued.iso(), r.id), reverse=True)


@dataclass(frozen=True)
class ExemplarRecord:
    id: str
    path: Path
    exemplar: Exemplar
    unit: Unit
    illustrative: bool
    photo: Photo | None = None


@dataclass(frozen=True)
class ReportRecord:
    id: str
    path: Path
    report: Report
    illustrative: bool


@dataclass
class Dataset:
    root: Path
    register: Register
    campaigns: list[CampaignRecord] = field(default_factory=list)
    exemplars: list[ExemplarRecord] = field(default_factory=list)
    movements: dict[str, Movement] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    reports: list[ReportRecord] = field(default_factory=list)
    sources: dict[str, SourceFile] = field(default_factory=dict)
    files: dict[str, tuple[str, Path]] = field(default_factory=dict)  # every data file, loaded or not: id -> kind, path shown
    _results: dict[str, dict[str, TargetResult]] = field(default_factory=dict, repr=False, compare=False)
    former_units: list[FormerUnit] = field(default_factory=list)
    former_declarations: dict[str, tuple[SourceFile, int]] = field(default_factory=dict)  # id -> where declared

    def illustrative_former(self, unit: FormerUnit) -> bool:
        """Whether ``unit`` is declared in the illustrative set (minh-hoa/don-vi-cu.yaml)."""
        source, _ = self.former_declarations[unit.id]
        return ILLUSTRATIVE_FOLDER in source.path.parts

    def campaign(self, campaign_id: str) -> CampaignRecord | None:
        return self._campaigns_by_id.get(campaign_id)

    def reports_of(self, campaign_id: str) -> list[ReportRecord]:
        return self._reports_by_campaign.get(campaign_id, [])

    def results(self, campaign_id: str) -> dict[str, TargetResult]:
        """The latest result and status of each reported target of a plan, by target id (worked
        out once: pages and lists of plans ask for it many times)."""
        if campaign_id not in self._results:
            record = self.campaign(campaign_id)
            reports = [r.report for r in self.reports_of(campaign_id)]
            self._results[campaign_id] = target_results(record.campaign, reports, self.indicators) if record and reports else {}
        return self._results[campaign_id]

    @cached_property
    def _reports_by_campaign(self) -> dict[str, list[ReportRecord]]:
        found: dict[str, list[ReportRecord]] = {}
        for record in self.reports:
            found.setdefault(record.report.campaign, []).append(record)
        return found

    @cached_property
    def _campaigns_by_id(self) -> dict[str, CampaignRecord]:
        return {record.id: record for record in self.campaigns}


def load_dataset(
    root: Path,
    *,
    include_illustrative: bool = False,
    display_root: Path | None = None,
    register: Register | None = None,
    cache: SourceCache | None = None,
    focus: Focus | None = None,
) -> Dataset:
    """Every campaign, exemplar and movement under ``root``; raise DataError listing all problems.

    With ``cache``, files read before are not parsed again. With ``focus`` (``focus.focus_on``), only
    its files are loaded: some files, the shared files and what they refer to. Whether a named plan
    exists, and whether two pages share a URL, is still decided over every file name.
    """
    display_root = display_root if display_root is not None else root
    dataset = Dataset(root, register or load_register())
    problems: list[Problem] = []
    every_file = focus.every_file if focus else data_files(root, include_illustrative)
    relatives = {path: path.relative_to(root) for path in every_file}
    dataset.files = {
        relative.with_suffix("").as_posix(): (file_kind(relative), display_root / relative)
        for path, relative in relatives.items() if not path.is_symlink()
    }
    files = focus.files if focus else every_file
    former_files = [path for path in files if file_kind(relatives[path]) == "former"]
    base = dataset.register  # the declarations are checked against the register alone
    real_folders: set[str] = set()
    for group in (former_files, [path for path in files if path not in former_files]):
        for path in group:
            relative = relatives[path]
            refused = refusal(root, path, real_folders)
            if refused:
                problems.append(Problem(display_root / printable(relative), 1, 1, refused.message, refused.hint))
                continue
            source = read_yaml(path, display_root / relative, cache)
            dataset.sources[relative.with_suffix("").as_posix()] = source
            problems.extend(_load_file(dataset, path, relative, source, cache))
        if group is former_files:  # once declared, plans may name them
            dataset.register = base.with_former(dataset.former_units)
    problems.extend(_cross_check(dataset))
    if cache is not None:
        cache.save()
    if cache is not None and focus is None:
        cache.forget({source.cache_key for source in dataset.sources.values()})
    if problems:
        raise DataError(problems)
    return dataset


def _load_file(
    dataset: Dataset, path: Path, relative: Path, source: SourceFile, cache: SourceCache | None
) -> list[Problem]:
    named = relative.with_suffix("")
    record_id, kind, posix = named.as_posix(), file_kind(relative), relative.as_posix()
    bad_part = next((part for part in named.parts if not _SLUG.fullmatch(part)), None)
    if bad_part is not None:
        source.problems.append(
            Problem(source.path, 1, 1, f"tên thư mục/tệp “{bad_part}” không hợp lệ",
                    "chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ 2024-phat-dong-thi-dua")
        )
    if path.suffix != ".yaml":
        source.problems.append(Problem(source.path, 1, 1, "tệp dữ liệu phải có đuôi .yaml", "đổi tên tệp"))
    model = None  # the file's data model, when its contact fields may hold an office's phone and e-mail
    if posix == MOVEMENTS_FILE:
        movements = validate_source(source, MovementList, cache)
        for index, movement in enumerate(movements.movements if movements else []):
            if movement.id in dataset.movements:
                source.problems.append(source.problem(("phong_trao", index, "ma"), f"mã phong trào “{movement.id}” bị trùng"))
            dataset.movements[movement.id] = movement
    elif posix == ABBREVIATIONS_FILE:
        abbreviations = validate_source(source, AbbreviationList, cache)
        first: dict[str, int] = {}
        for index, item in enumerate(abbreviations.abbreviations if abbreviations else []):
            if item.short in first:
                line, _ = source.locate(("viet_tat", first[item.short]))
                source.problems.append(source.problem(
                    ("viet_tat", index, "chu"), f"chữ viết tắt “{item.short}” bị trùng (đã có ở dòng {line})",
                    "mỗi chữ viết tắt chỉ ghi một lần: xóa dòng này, hoặc sửa nghĩa ở dòng đã có",
                ))
            first.setdefault(item.short, index)
            dataset.abbreviations[item.short] = item.meaning
    elif kind == "former":
        declarations = validate_source(source, FormerUnitList, cache)
        if declarations:
            dataset.former_units += declared_units(
                declarations, dataset.register, source, dataset.former_declarations, dataset.former_units
            )
    elif posix == INDICATORS_FILE:
        indicators = validate_source(source, IndicatorList, cache)
        for index, indicator in enumerate(indicators.indicators if indicators else []):
            if indicator.id in dataset.indicators:
                source.problems.append(source.problem(("chi_so", index, "ma"), f"mã chỉ số “{indicator.id}” bị trùng"))
            dataset.indicators[indicator.id] = indicator
    elif kind == "report":
        report = validate_source(source, Report, cache)
        if report:
            illustrative = relative.parts[0] == ILLUSTRATIVE_FOLDER
            dataset.reports.append(ReportRecord(record_id, source.path, report, illustrative))
    elif kind == "exemplar":
        exemplar = validate_source(source, Exemplar, cache)
        unit = exemplar and _unit(exemplar.locality, dataset, source)
        photo = exemplar and exemplar.photo and _photo(dataset.root, path, exemplar.photo.file, source)
        if unit:
            illustrative = relative.parts[0] == ILLUSTRATIVE_FOLDER
            dataset.exemplars.append(ExemplarRecord(record_id, source.path, exemplar, unit, illustrative, photo))
    else:
        model = Campaign
        campaign = validate_source(source, Campaign, cache)
        unit = campaign and _unit(campaign.locality, dataset, source)
        if unit:
            source.problems.extend(found_by(lambda: check_campaign(campaign, source), "check_campaign", source, cache))
            text = _source_text(dataset.root, path, campaign, source)
            dataset.campaigns.append(CampaignRecord(record_id, source.path, campaign, unit, text))
    source.problems.extend(text_checks(source, model, cache))
    return source.problems


def _photo(root: Path, path: Path, name: str, source: SourceFile) -> Photo | None:
    photo_path = beside(root, path, name)
    if isinstance(photo_path, Refusal):
        source.problems.append(source.problem(("anh", "tep"), photo_path.message, photo_path.hint))
        return None
    photo = load_photo(photo_path)
    if isinstance(photo, Photo):
        return photo
    source.problems.append(
        source.problem(
            ("anh", "tep"), photo,
            "tải ảnh (JPG, PNG hoặc WebP, như máy ảnh chụp) vào cùng thư mục với tệp này và ghi đúng tên tệp ảnh",
        )
    )
    return None


def _unit(ref: LocalityRef, dataset: Dataset, source: SourceFile) -> Unit | None:
    found = resolve_locality(ref, dataset.register, source, ("dia_phuong",))
    if isinstance(found, Problem):
        source.problems.append(found)
        return None
    return found


def _source_text(root: Path, path: Path, campaign: Campaign, source: SourceFile) -> str | None:
    if campaign.source is None or campaign.source.file is None:
        return None
    text_path = beside(root, path, campaign.source.file)
    if isinstance(text_path, Refusal):
        source.problems.append(source.problem(("ban_goc", "tep"), text_path.message, text_path.hint))
        return None
    if not text_path.is_file():
        source.problems.append(
            source.problem(("ban_goc", "tep"), f"không tìm thấy tệp văn bản gốc “{campaign.source.file}”",
                           "đặt tệp .txt cạnh tệp .yaml và ghi đúng tên tệp")
        )
        return None
    text = read_text(text_path, MAX_TEXT_BYTES)
    if isinstance(text, Refusal):  # located in the text file itself, where it is to be fixed
        source.problems.append(Problem(source.path.parent / text_path.name, text.line, text.column, text.message, text.hint))
        return None
    return text


def _cross_check(dataset: Dataset, plans: list[CampaignRecord] | None = None) -> list[Problem]:
    """Problems between files; the references of ``plans`` (by default every plan) to the shared
    lists: ``thidua.reload`` checks those of the plans it read again."""
    problems = []
    for record in dataset.campaigns if plans is None else plans:
        source = dataset.sources[record.id]
        for index, ref in enumerate(record.campaign.movements):
            if ref.id not in dataset.movements:
                problems.append(source.problem(
                    ("phong_trao", index, "ma"),
                    f"không có phong trào mã “{ref.id}” trong campaigns/{MOVEMENTS_FILE}",
                    _closest_movement(ref, dataset.movements),
                ))
        if not dataset.sources.get(Path(INDICATORS_FILE).stem, SourceFile(Path())).problems:  # else reported there
            problems.extend(_unknown_indicators(dataset, record, source))
    campaign_ids = {  # every campaign file, loaded or not: a broken plan is reported once, in its own file
        record_id for record_id, (kind, _) in dataset.files.items() if kind == "campaign"
    }
    for record in dataset.exemplars:
        campaign_id = record.exemplar.campaign
        if campaign_id and campaign_id not in campaign_ids:
            problems.append(dataset.sources[record.id].problem(
                ("ke_hoach",), f"không có kế hoạch mã “{campaign_id}”",
                _did_you_mean(campaign_id, campaign_ids) or "mã kế hoạch là đường dẫn tệp trong campaigns/, bỏ .yaml",
            ))
    for report in dataset.reports:
        source = dataset.sources[report.id]
        plan = dataset.campaign(report.report.campaign)
        if plan is not None:
            problems.extend(check_report(report.report, plan.campaign, source))
        elif report.report.campaign not in campaign_ids:
            problems.append(source.problem(
                ("ke_hoach",), f"không có kế hoạch mã “{report.report.campaign}”",
                _did_you_mean(report.report.campaign, campaign_ids) or "mã kế hoạch là đường dẫn tệp trong campaigns/, bỏ .yaml",
            ))
    return problems + _url_collisions(dataset)


def _unknown_indicators(dataset: Dataset, record: CampaignRecord, source: SourceFile) -> list[Problem]:
    return [
        source.problem(
            entry.path + ("gia_tri", v, "chi_so"),
            f"không có chỉ số mã “{value.indicator}” trong campaigns/{INDICATORS_FILE}",
            _did_you_mean(value.indicator, dataset.indicators) or f"thêm chỉ số này vào {INDICATORS_FILE}",
        )
        for entry in record.campaign.iter_targets()
        for v, value in enumerate(entry.target.values)
        if value.indicator is not None and value.indicator not in dataset.indicators
    ]


def _url_collisions(dataset: Dataset) -> list[Problem]:
    """Two files whose pages would have one URL: one page would silently hide the other. Decided
    over every file name (a page's URL follows from its file's id), reported in the files loaded."""
    pages = [
        (url, record_id) for record_id, (kind, _) in dataset.files.items() if kind == "campaign"
        for url in (campaign_url(record_id), honored_list_url(campaign_url(record_id)))
    ]
    owners: dict[str, str] = {}
    problems = []
    for url, record_id in pages:
        other = owners.setdefault(url, record_id)
        if other != record_id:
            for here, there in ((record_id, other), (other, record_id)):
                if here in dataset.sources:
                    problems.append(dataset.sources[here].problem(
                        (),
                        f"trang của tệp này có đường dẫn /{url}, trùng với một trang của tệp {dataset.files[there][1]}: "
                        "một trang sẽ che mất trang kia",
                        "đổi tên tệp hoặc thư mục của một trong hai tệp để mỗi tệp có đường dẫn riêng",
                    ))
    return problems


def _closest_movement(ref: MovementRef, movements: dict[str, Movement]) -> str:
    """Which movement was meant: its id and its name, each compared with the code and the name
    the plan writes (“Vì người nghèo” as a code, or a long code spelled from the name)."""
    spelled = {movement_id: movement_id for movement_id in movements}
    spelled |= {slugify(movement.name): movement_id for movement_id, movement in movements.items()}
    ratio, closest = max(
        ((difflib.SequenceMatcher(None, slugify(written), text).ratio(), movement_id)
         for written in (ref.id, ref.as_written) for text, movement_id in spelled.items()),
        default=(0.0, None),
    )
    add = f"thêm phong trào này vào {MOVEMENTS_FILE}"
    if ratio < 0.6:
        return add
    return f"có phải ý bạn là “{closest}”? Đó là phong trào “{movements[closest].name}”; nếu ý bạn là phong trào khác, {add}"


def _did_you_mean(value: str, known) -> str | None:
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    return f"có phải ý bạn là “{close[0]}”?" if close else None
