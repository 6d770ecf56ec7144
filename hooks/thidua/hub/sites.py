"""Read and check the hub's list of province sites (``trung-tam.yaml``)."""

import os
from pathlib import Path

from ..layout import HUB_FILE
from ..problems import DataError, Problem
from ..register import CURRENT, LocalityError, Register
from ..validation import validate_source
from ..yamlsource import SourceFile, read_yaml
from .model import HubFile, ProvinceSite


# Every path in the data stays inside campaigns/: ``thu_muc`` (a built province site on this machine,
# anywhere) is read only when the build opts in, as the tests and offline builds do.
LOCAL_FOLDERS_VARIABLE = "THIDUA_THU_MUC_TINH"


def is_hub(data_root: Path) -> bool:
    """Whether the data folder is a hub's: it holds the list of province sites."""
    return (data_root / HUB_FILE).is_file()


def load_sites(data_root: Path, display_root: Path, register: Register) -> tuple[SourceFile, list[ProvinceSite]]:
    """The province sites listed, in file order, with the file for locating later problems;
    raise DataError with every problem of the file."""
    source = read_yaml(data_root / HUB_FILE, display_root / HUB_FILE)
    hub = validate_source(source, HubFile)
    problems = list(source.problems)
    if hub is not None:
        problems += _check(source, hub.sites, register)
    if problems:
        raise DataError(problems)
    return source, hub.sites


def _check(source: SourceFile, sites: list[ProvinceSite], register: Register) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    for index, site in enumerate(sites):
        if site.folder is not None and os.environ.get(LOCAL_FOLDERS_VARIABLE) != "1":
            problems.append(source.problem(
                ("trang_tinh", index, "thu_muc"),
                "“thu_muc” là một thư mục trên máy xây trang, có thể nằm ngoài thư mục campaigns, nên không được dùng "
                "khi đăng trang",
                f"xóa dòng thu_muc: máy tải dữ liệu mở của tỉnh từ dia_chi; chỉ khi kiểm thử hoặc xây không có mạng "
                f"mới đặt biến môi trường {LOCAL_FOLDERS_VARIABLE}=1",
            ))
        try:
            unit = register.get(site.code, CURRENT)
        except LocalityError as error:
            problems.append(source.problem(("trang_tinh", index, "ma"), error.message, error.hint))
            unit = None
        if unit is not None and unit.level != "province":
            problems.append(source.problem(
                ("trang_tinh", index, "ma"), f"mã “{site.code}” là của {unit.name}, không phải một tỉnh",
                "ghi mã tỉnh hai chữ số theo danh mục từ ngày 01/7/2025",
            ))
        elif unit is not None and unit.short_name != site.name:
            problems.append(source.problem(
                ("trang_tinh", index, "ten"), f"mã “{site.code}” là của {unit.name}, không phải “{site.name}”",
                f"ghi ten: {unit.short_name}, hoặc sửa mã tỉnh",
            ))
        for key, value in (("ma", site.code), ("dia_chi", site.address)):
            first = seen.setdefault(f"{key}:{value}", index)
            if first != index:
                line, _ = source.locate(("trang_tinh", first, key))
                problems.append(source.problem(
                    ("trang_tinh", index, key), f"“{value}” đã có ở dòng {line}", "mỗi tỉnh chỉ ghi một lần",
                ))
    return problems
