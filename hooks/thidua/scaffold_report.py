"""`thidua new ket-qua PLAN`: a results report file listing every target of the plan, ready to fill.

Each target is written as a commented-out entry (its id, its verbatim text, the shape of its
values), so the file is valid as written and staff uncomment only the targets the report gives.
"""

import argparse
import datetime
from pathlib import Path

from . import placeholders
from .dataset import RESULTS_FOLDER
from .model.campaign import TargetValue
from .model.report import REPORT_KINDS, Report
from .scaffold import Created, Prompter, ScaffoldError, _campaign, _data_root, _lines, _quoted, _schema_line, _write
from .valuetext import describe_value


def new_report(args: argparse.Namespace, prompter: Prompter) -> Created:
    root = _data_root(args.root)
    plan = args.ke_hoach or prompter.ask("KE_HOACH", "mã kế hoạch: đường dẫn tệp trong campaigns/, bỏ .yaml")
    campaign_id, campaign = _campaign(root, plan)
    missing = [e.target.text for e in campaign.iter_targets() if e.target.id is None]
    if missing:
        raise ScaffoldError(
            f"kế hoạch {campaign_id} còn {len(missing)} chỉ tiêu chưa có mã",
            f"chạy trước: thidua ma-chi-tieu {root / campaign_id}.yaml",
        )
    kind = args.loai
    date = args.ngay or f"{campaign.year}-12"
    try:
        datetime.date.fromisoformat(date if len(date) > 7 else f"{date}-01")
    except ValueError:
        raise ScaffoldError(f"ngày “{date}” không đúng dạng", "viết NĂM-THÁNG-NGÀY, ví dụ 2024-12-20, hoặc NĂM-THÁNG") from None
    plan_path = Path(campaign_id)
    path = root / plan_path.parent / RESULTS_FOLDER / f"{plan_path.name}-{kind}-{date[:4]}.yaml"
    rows: list[str | tuple[str, str]] = [
        _schema_line(root, path, "report.schema.json"),
        f"# Báo cáo kết quả ({REPORT_KINDS[kind]}) của kế hoạch {campaign_id}.",
        "# Tệp do lệnh “thidua new ket-qua” tạo. Thay giá trị có ghi chú “SỬA”; với mỗi chỉ tiêu báo cáo",
        "# có số liệu, bỏ dấu “# ” ở đầu các dòng của chỉ tiêu đó rồi chép nguyên văn câu kết quả.",
        "# Hướng dẫn: docs/huong-dan/bao-cao-ket-qua.md",
        (f"ke_hoach: {campaign_id}", "mã kế hoạch, không sửa"),
        "van_ban:",
        (f"  so_ky_hieu: {_quoted(placeholders.REPORT_NUMBER)}", "SỬA: số, ký hiệu báo cáo, ví dụ 215/BC-UBND"),
        (f"  ngay: \"{date}\"", "SỬA: ngày báo cáo, ví dụ 2024-12-20"),
        (f"  loai: {kind}", ", ".join(REPORT_KINDS)),
        "ket_qua:",
    ]
    for entry in campaign.iter_targets():
        target = entry.target
        rows.append(f"  # - ma: {target.id}    # {target.text}")
        rows.append("  #   nguyen_van: \"\"    # SỬA: câu kết quả, nguyên văn báo cáo")
        if target.values:
            rows.append("  #   gia_tri:")
            rows += [f"  #     - {_value_line(v)}    # chỉ tiêu: {describe_value(v)}" for v in target.values]
    return _write(path, _lines(rows), Report, Created(path, f"{campaign.document.issuer} (kế hoạch {campaign_id})"))


def _value_line(value: TargetValue) -> str:
    """The achieved value's shape: the target's subject and unit, the number left for staff."""
    parts = [f"noi_dung: {_quoted(value.subject)}"] if value.subject else []
    if value.comparison in ("ty-so",) and value.total is not None:
        parts.append(f"so_sanh: ty-so, so_lieu: 0, tren_tong: {value.total}")
    else:
        parts.append("so_lieu: 0")
    if value.unit:
        parts.append(f"don_vi: {_quoted(value.unit)}")
    return "{" + ", ".join(parts) + "}"
