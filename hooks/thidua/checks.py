"""Checks on validated campaigns that need the verbatim text and the exact place of a value."""

import re
from collections.abc import Iterator

from .dates import PartialDate
from .model.campaign import Campaign
from .numbers import format_vn_number, numbers_in
from .problems import Problem
from .yamlsource import DataPath, SourceFile

_NUMBER_FIELDS = (("value", "so_lieu"), ("low", "tu"), ("high", "den"), ("total", "tren_tong"))


_PRINTED_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")


# Words that make a percentage relative, so that it may pass 100: growth, or a share of a plan.
_RELATIVE = re.compile(r"tăng|vượt|gấp|so với|cùng kỳ|%\s*(?:kế hoạch|dự toán|chỉ tiêu)", re.IGNORECASE)
_YEARS_FROM_ISSUE = 1  # a plan is issued in its year or the year before (late December) or after


def check_campaign(campaign: Campaign, source: SourceFile) -> list[Problem]:
    return [
        *_target_ids(campaign, source),
        *_values_not_in_text(campaign, source),
        *_dates_not_in_text(campaign, source),
        *_impossible_values(campaign, source),
        *_periods_backwards(campaign, source),
        *_issued_far_from_year(campaign, source),
    ]


def _impossible_values(campaign: Campaign, source: SourceFile) -> Iterator[Problem]:
    """A rate over 100 %, a ratio "13/12", a range "35 - 15": a typing mistake, not the document."""
    for entry in campaign.iter_targets():
        target = entry.target
        for v, value in enumerate(target.values):
            here = entry.path + ("gia_tri", v)
            if value.unit == "%" and value.comparison != "tang" and not _RELATIVE.search(target.text):
                for attribute, key in _NUMBER_FIELDS[:3]:
                    number = getattr(value, attribute)
                    if number is not None and number > 100:
                        yield source.problem(
                            here + (key,),
                            f"tỷ lệ {format_vn_number(number)} % lớn hơn 100 %",
                            "kiểm tra lại số với nguyên văn; nếu đây là mức tăng (“tăng 195 %”) ghi so_sanh: tang",
                        )
            if value.comparison == "ty-so" and value.value is not None and value.total is not None and value.value > value.total:
                yield source.problem(
                    here + ("so_lieu",),
                    f"tỷ số {format_vn_number(value.value)}/{format_vn_number(value.total)}: số phần lớn hơn tổng",
                    "so_lieu là số phần, tren_tong là tổng (“12/12 thôn”: so_lieu: 12, tren_tong: 12); kiểm tra lại với nguyên văn",
                )
            if value.low is not None and value.high is not None and value.low > value.high:
                yield source.problem(
                    here + ("tu",),
                    f"khoảng từ {format_vn_number(value.low)} đến {format_vn_number(value.high)}: số đầu lớn hơn số cuối",
                    "“tu” là số nhỏ, “den” là số lớn của khoảng",
                )


def _periods_backwards(campaign: Campaign, source: SourceFile) -> Iterator[Problem]:
    periods = [(campaign.period, ("thoi_gian",))] if campaign.period else []
    periods += [(phase, ("dot_thi_dua", p)) for p, phase in enumerate(campaign.phases)]
    for period, path in periods:
        if period.start is not None and period.end is not None and _before(period.end, period.start):
            yield source.problem(
                path + ("den_ngay",),
                f"thời gian kết thúc ({period.end.short()}) trước thời gian bắt đầu ({period.start.short()})",
                "kiểm tra lại tu_ngay và den_ngay với nguyên văn; ngày viết NĂM-THÁNG-NGÀY, ví dụ 2024-01-20",
            )


def _before(first: PartialDate, second: PartialDate) -> bool:
    """``first`` surely ends before ``second`` starts, compared to the precision both have."""
    a, b = (first.year, first.month, first.day), (second.year, second.month, second.day)
    known = next((i for i in range(3) if a[i] is None or b[i] is None), 3)
    return a[:known] < b[:known]


def _issued_far_from_year(campaign: Campaign, source: SourceFile) -> Iterator[Problem]:
    issued = campaign.document.issued
    if abs(issued.year - campaign.year) > _YEARS_FROM_ISSUE:
        yield source.problem(
            ("van_ban", "ngay_ban_hanh"),
            f"văn bản ban hành năm {issued.year}, cách năm thi đua {campaign.year} tới {abs(issued.year - campaign.year)} năm",
            "kiểm tra lại năm ở ngay_ban_hanh và ở nam (năm thi đua); kế hoạch thường ban hành trong năm thi đua "
            "hoặc cuối năm trước",
        )


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


def _target_ids(campaign: Campaign, source: SourceFile) -> Iterator[Problem]:
    """Every target has an id (``ma``), unique in its plan: results and links name targets by it."""
    first: dict[str, int] = {}
    for entry in campaign.iter_targets():
        target_id = entry.target.id
        if target_id is None:
            yield source.problem(
                entry.path,
                f"chỉ tiêu “{_short(entry.target.text)}” chưa có mã (ma)",
                f"chạy: thidua ma-chi-tieu {source.path}  — lệnh ghi mã cho mọi chỉ tiêu còn thiếu, giữ nguyên "
                "các dòng khác; hoặc tự thêm dòng “ma: …” (chữ thường không dấu, gạch ngang), không trùng mã khác",
            )
        elif target_id in first:
            yield source.problem(
                entry.path + ("ma",),
                f"mã chỉ tiêu “{target_id}” bị trùng (đã dùng ở dòng {first[target_id]})",
                "mỗi chỉ tiêu một mã riêng; đổi mã của chỉ tiêu mới thêm, đừng đổi mã đã đăng "
                "(báo cáo kết quả và đường dẫn dùng mã này)",
            )
        else:
            first[target_id] = source.locate(entry.path + ("ma",))[0]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _values_not_in_text(campaign: Campaign, source: SourceFile) -> Iterator[Problem]:
    """Every structured number must be printed in the target's verbatim text (fidelity)."""
    for entry in campaign.iter_targets():
        yield from values_not_in_text(entry.target.text, entry.target.values, entry.path, source, "chỉ tiêu")


def values_not_in_text(text: str, values, path: DataPath, source: SourceFile, what: str) -> Iterator[Problem]:
    """Each number of ``values`` (under ``path``/gia_tri) must be printed in ``text``."""
    printed = numbers_in(text)
    for v, value in enumerate(values):
        for attribute, key in _NUMBER_FIELDS:
            number = getattr(value, attribute)
            if number is None or number in printed:
                continue
            listing = ", ".join(f"“{format_vn_number(n)}” = {n}" for n in printed) or "không có số nào"
            yield source.problem(
                path + ("gia_tri", v, key),
                f"số {format_vn_number(number)} (viết kiểu Việt Nam) không có trong nguyên văn {what} "
                f"(trong nguyên văn: {listing})",
                "chép đúng số trong nguyên văn; trong văn bản tiếng Việt dấu chấm ngăn cách hàng nghìn "
                "(“1.573” là 1573) và dấu phẩy là thập phân (“41,429” là 41.429)",
            )
