"""The `thidua` command: validate data, write schemas, scaffold new files."""

import argparse
import os
import sys
from pathlib import Path

from . import cli_text, github
from .dataset import load_dataset
from .focus import focus_on, within
from .hub.sites import is_hub, load_sites
from .layout import MOVEMENTS_FILE
from .caches import SOURCES, cache_folder
from .sourcecache import SourceCache
from .importer.command import import_plan
from .importer.reading import ImportRefused
from .problems import DataError
from .scaffold import AWARDS, ERA_CHOICES, KINDS, Prompter, ScaffoldError, new_campaign, new_exemplar
from .schema import write_schemas
from .model.report import REPORT_KINDS
from .scaffold_report import new_report
from .targetids import assign_ids

DEFAULT_ROOT = Path("campaigns")


def _data_root(paths: list[str], default: Path) -> Path:
    """The data folder holding the given paths: the nearest one with the movements file."""
    for start in (Path(p).resolve() for p in paths):
        for folder in (start, *start.parents):
            if (folder / MOVEMENTS_FILE).is_file():
                return Path(os.path.relpath(folder))
    return default


def _validate(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"Không tìm thấy: {', '.join(missing)}", file=sys.stderr)
        return 2
    root = _data_root(args.paths, args.root)
    if not (root / MOVEMENTS_FILE).is_file():
        print(f"Không có thư mục dữ liệu (thiếu {root / MOVEMENTS_FILE}); chạy lệnh từ thư mục gốc của kho", file=sys.stderr)
        return 2
    outside = [p for p in args.paths if not within(Path(p), root)]
    if outside:
        print(
            f"Không kiểm tra: {', '.join(outside)} nằm ngoài thư mục dữ liệu {root}/ "
            "(một tệp chỉ kiểm tra được ở đúng chỗ của nó: loại tệp, địa phương, phong trào đều theo thư mục dữ liệu). "
            f"Gợi ý: chép tệp vào đúng thư mục trong {root}/ rồi chạy lại",
            file=sys.stderr,
        )
        return 2
    cache = SourceCache(cache_folder(root) / SOURCES)
    asked = [Path(p) for p in args.paths if os.path.abspath(p) != os.path.abspath(root)]
    focus = focus_on(root, asked, True, cache) if asked else None
    try:
        dataset = load_dataset(root, include_illustrative=True, display_root=root, focus=focus, cache=cache)
        if is_hub(root):
            load_sites(root, root, dataset.register)
    except DataError as error:
        problems = [p for p in error.problems if not focus or focus.reported(p.path)]
        for problem in problems:
            print(github.annotation(problem) if args.format == "github" else str(problem))
        if problems:
            if args.format == "github":
                github.write_summary(problems)
            print(f"Có {len(problems)} lỗi. Sửa các lỗi trên rồi chạy lại: thidua validate", file=sys.stderr)
            return 1
        return 0
    if focus:
        others = sum(not any(within(path, a) for a in asked) for path in focus.files)
        print(f"Hợp lệ: {', '.join(args.paths)} (đã đối chiếu với {others} tệp liên quan).")
        return 0
    print(
        f"Hợp lệ: {len(dataset.campaigns)} kế hoạch, {len(dataset.exemplars)} người/tập thể được khen thưởng, "
        f"{len(dataset.movements)} phong trào."
    )
    return 0


def _schema(args: argparse.Namespace) -> int:
    for path in write_schemas(args.output):
        print(path)
    return 0


def _new(args: argparse.Namespace) -> int:
    try:
        created = args.scaffold(args, Prompter(sys.stdin.isatty(), args.kind))
    except ScaffoldError as error:
        print(error, file=sys.stderr)
        return error.exit_code
    print(created.report())
    return 0


def _import(args: argparse.Namespace) -> int:
    try:
        imported = import_plan(args.file, args.root, args.ra, args.ghi_de)
    except ImportRefused as error:
        print(error, file=sys.stderr)
        return 1
    print(imported.report())
    return 0


def _assign_ids(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.files:
        if not path.is_file():
            print(f"Không tìm thấy: {path}", file=sys.stderr)
            failed += 1
            continue
        assigned = assign_ids(path)
        for problem in assigned.problems:
            print(problem)
        failed += bool(assigned.problems)
        if not assigned.problems:
            print(f"{path}: đã ghi {len(assigned.ids)} mã chỉ tiêu" + (f" ({', '.join(assigned.ids)})" if assigned.ids else ""))
    return 1 if failed else 0


def _locality_options(command: argparse.ArgumentParser, year_help: str) -> None:
    place = command.add_mutually_exclusive_group()
    place.add_argument("--ma", help="mã đơn vị hành chính (Cục Thống kê), ví dụ 18259")
    place.add_argument("--ten", help="tên đơn vị khi chưa biết mã, ví dụ \"Tùng Ảnh\" (kèm --thuoc)")
    place.add_argument(
        "--don-vi-cu", metavar="MA_DON_VI_CU",
        help="đơn vị đã sáp nhập trước ngày 01/7/2025, khai báo trong campaigns/don-vi-cu.yaml: mã (ma) của nó",
    )
    command.add_argument(
        "--thuoc", nargs="+", action="extend", metavar="CAP_TREN", help="đơn vị cấp trên của --ten, ví dụ \"Đức Thọ\" \"Hà Tĩnh\""
    )
    command.add_argument(
        "--thoi-ky", choices=ERA_CHOICES,
        help="truoc-2025: đơn vị trước ngày 01/7/2025; tu-2025: đơn vị hiện nay (mặc định theo năm: đến 2025 là truoc-2025)",
    )
    command.add_argument("--nam", type=int, help=year_help)


def parser() -> argparse.ArgumentParser:
    cli_text.install()
    main = argparse.ArgumentParser(prog="thidua", description="Công cụ dữ liệu phong trào thi đua")
    main.add_argument("--root", type=Path, default=DEFAULT_ROOT, metavar="THƯ_MỤC", help="thư mục dữ liệu (mặc định: campaigns)")
    commands = main.add_subparsers(dest="command", required=True, metavar="LỆNH", title="lệnh")
    validate = commands.add_parser("validate", help="kiểm tra dữ liệu, báo mọi lỗi kèm tệp, dòng, cột")
    validate.add_argument("paths", nargs="*", metavar="ĐƯỜNG_DẪN", help="chỉ báo lỗi của các tệp/thư mục này")
    validate.add_argument(
        "--format", choices=("text", "github"), default="text",
        help="text: lỗi dạng chữ (mặc định); github: chú thích cho GitHub Actions",
    )
    validate.set_defaults(run=_validate)
    schema = commands.add_parser("schema", help="ghi JSON Schema của các loại tệp dữ liệu")
    schema.add_argument(
        "--output", type=Path, default=DEFAULT_ROOT / "schema", metavar="THƯ_MỤC", help="thư mục ghi (mặc định: campaigns/schema)"
    )
    schema.set_defaults(run=_schema)
    new = commands.add_parser(
        "new", help="tạo tệp dữ liệu mới đúng thư mục, có ghi chú, đã hợp lệ",
        description="Tạo tệp mới. Thiếu tùy chọn nào thì lệnh hỏi (khi chạy trong cửa sổ dòng lệnh).",
    )
    kinds = new.add_subparsers(dest="kind", required=True, metavar="LOẠI", title="loại tệp")
    campaign = kinds.add_parser(
        "campaign", help="kế hoạch thi đua mới",
        description="Ví dụ: thidua new campaign --ma 18259 --nam 2025",
    )
    _locality_options(campaign, "năm thi đua, ví dụ 2025")
    campaign.add_argument("--ten-tep", help="tên tệp, không dấu (mặc định NĂM-ke-hoach-phat-dong-thi-dua); năm được thêm vào đầu nếu thiếu")
    campaign.set_defaults(run=_new, scaffold=new_campaign)
    exemplar = kinds.add_parser(
        "exemplar", help="người hoặc tập thể được khen thưởng",
        description="Ví dụ: thidua new exemplar --ten-nguoi \"Nguyễn Văn A\" --loai ca-nhan "
        "--ke-hoach ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua",
    )
    _locality_options(exemplar, "năm được khen thưởng (mặc định: năm của --ke-hoach)")
    exemplar.add_argument("--ten-nguoi", help="họ tên cá nhân hoặc tên tập thể, như trong quyết định")
    exemplar.add_argument("--loai", choices=KINDS, help="ca-nhan (cá nhân) hoặc tap-the (tập thể)")
    exemplar.add_argument("--danh-hieu", choices=AWARDS, metavar="DANH_HIEU", help="danh hiệu hoặc hình thức khen thưởng (mặc định: Giấy khen)")
    exemplar.add_argument(
        "--ke-hoach", metavar="MA_KE_HOACH",
        help="kế hoạch liên quan: đường dẫn tệp trong campaigns/, bỏ .yaml; không ghi --ma/--ten thì lấy địa phương và năm của kế hoạch",
    )
    exemplar.add_argument("--ten-tep", help="tên tệp, không dấu (mặc định: từ họ tên)")
    exemplar.set_defaults(run=_new, scaffold=new_exemplar)
    report = kinds.add_parser(
        "ket-qua", help="báo cáo kết quả (sơ kết, tổng kết) của một kế hoạch: liệt kê mọi chỉ tiêu để điền",
        description="Ví dụ: thidua new ket-qua phu-tho/2024-ke-hoach-phat-dong-thi-dua --loai so-ket-6-thang --ngay 2024-06-30",
    )
    report.add_argument("ke_hoach", nargs="?", metavar="KE_HOACH", help="mã kế hoạch: đường dẫn tệp trong campaigns/, bỏ .yaml")
    report.add_argument("--loai", choices=tuple(REPORT_KINDS), default="tong-ket-nam", help="loại báo cáo (mặc định tong-ket-nam)")
    report.add_argument("--ngay", help="ngày báo cáo, ví dụ 2024-12-20 (mặc định: tháng 12 của năm thi đua)")
    report.set_defaults(run=_new, scaffold=new_report)
    ids = commands.add_parser(
        "ma-chi-tieu", help="ghi mã (ma) cho mọi chỉ tiêu chưa có mã, giữ nguyên mọi dòng khác của tệp",
        description="Ví dụ: thidua ma-chi-tieu campaigns/phu-tho/2024-ke-hoach-phat-dong-thi-dua.yaml. "
        "Mã đã có không bao giờ bị đổi.",
    )
    ids.add_argument("files", type=Path, nargs="+", metavar="TỆP", help="tệp kế hoạch .yaml")
    ids.set_defaults(run=_assign_ids)
    imported = commands.add_parser(
        "import", help="nhập kế hoạch từ tệp Word (.docx), PDF có lớp chữ hoặc văn bản (.txt) thành bản nháp",
        description="Ví dụ: thidua import ke-hoach.docx. Giá trị máy đoán có ghi chú “KIỂM TRA”; xem docs/huong-dan/nhap-ke-hoach.md",
    )
    imported.add_argument("file", type=Path, metavar="TỆP", help="tệp .docx, .pdf, .txt hoặc .md")
    imported.add_argument("--ra", type=Path, metavar="THƯ_MỤC", help="thư mục ghi bản nháp (mặc định: thư mục của địa phương trong campaigns/)")
    imported.add_argument("--ghi-de", action="store_true", help="ghi đè tệp dữ liệu đã có")
    imported.set_defaults(run=_import)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
