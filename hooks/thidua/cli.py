"""The `thidua` command: validate data, write schemas, scaffold new files."""

import argparse
import os
import sys
from pathlib import Path

from .dataset import MOVEMENTS_FILE, load_dataset
from .problems import DataError
from .schema import write_schemas

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
    try:
        dataset = load_dataset(root, include_illustrative=True, display_root=root)
    except DataError as error:
        wanted = [Path(p) for p in args.paths]
        problems = [p for p in error.problems if not wanted or any(_within(p.path, w) for w in wanted)]
        for problem in problems:
            print(problem.github_annotation() if args.format == "github" else str(problem))
        if problems:
            print(f"Có {len(problems)} lỗi. Sửa các lỗi trên rồi chạy lại: thidua validate", file=sys.stderr)
            return 1
        return 0
    print(
        f"Hợp lệ: {len(dataset.campaigns)} kế hoạch, {len(dataset.exemplars)} người/tập thể được khen thưởng, "
        f"{len(dataset.movements)} phong trào."
    )
    return 0


def _within(path: Path, wanted: Path) -> bool:
    path, wanted = path.resolve(), wanted.resolve()
    return path == wanted or wanted in path.parents


def _schema(args: argparse.Namespace) -> int:
    for path in write_schemas(args.output):
        print(path)
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="thidua", description="Công cụ dữ liệu phong trào thi đua")
    main.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="thư mục dữ liệu (mặc định: campaigns)")
    commands = main.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="kiểm tra dữ liệu, báo mọi lỗi kèm tệp, dòng, cột")
    validate.add_argument("paths", nargs="*", help="chỉ báo lỗi của các tệp/thư mục này")
    validate.add_argument("--format", choices=("text", "github"), default="text")
    validate.set_defaults(run=_validate)
    schema = commands.add_parser("schema", help="ghi JSON Schema của các loại tệp dữ liệu")
    schema.add_argument("--output", type=Path, default=DEFAULT_ROOT / "schema")
    schema.set_defaults(run=_schema)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
