"""Fetch each province site's open data at build time: from its address, or from a local folder.

Every failure (unreachable address, time-out, missing file, invalid JSON, a field missing, a page
address outside the province's site) is a problem located at that province's entry of
``trung-tam.yaml``, so that staff know which site to check.
"""

import json
import stat
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from ..datafile import MIB
from ..problems import DataError, Problem
from ..urls import address
from ..yamlsource import SourceFile
from .model import ProvinceSite
from .opendata import PEOPLE, PEOPLE_FILE, PLANS, PLANS_FILE, OpenPerson, OpenPlan

FOLDER = "du-lieu/"
TIMEOUT_SECONDS = 30
# A province's ke-hoach.json is about 40 KB a plan: far above any real file, and a site that serves
# an endless or huge file (by mistake or not) cannot exhaust the hub's build.
MAX_BYTES = 512 * MIB
_TOO_LARGE_HINT = "kiểm tra tệp dữ liệu mở của trang tỉnh; tệp lớn bất thường thường là tệp hỏng hoặc sai địa chỉ"
_RETRY_HINT = "mở địa chỉ này trong trình duyệt; nếu trang tỉnh chưa xuất bản hoặc đang bảo trì, xây lại sau"


@dataclass(frozen=True)
class ProvinceData:
    site: ProvinceSite
    plans: list[OpenPlan]
    people: list[OpenPerson]


class _Failure(Exception):
    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.message, self.hint = message, hint


def fetch_all(source: SourceFile, sites: list[ProvinceSite], base: Path) -> list[ProvinceData]:
    """Each site's plans and honored people; raise DataError with every site's problem.
    ``base`` is the folder that relative ``thu_muc`` paths start from."""
    found, problems = [], []
    for index, site in enumerate(sites):
        try:
            found.append(ProvinceData(site, _read(site, PLANS_FILE, PLANS, base), _read(site, PEOPLE_FILE, PEOPLE, base)))
        except _Failure as failure:
            problems.append(_problem(source, index, site, failure))
    if problems:
        raise DataError(problems)
    return found


def _problem(source: SourceFile, index: int, site: ProvinceSite, failure: _Failure) -> Problem:
    field = "thu_muc" if site.folder else "dia_chi"
    return source.problem(("trang_tinh", index, field), f"trang {site.name}: {failure.message}", failure.hint)


def _read(site: ProvinceSite, name: str, adapter: TypeAdapter, base: Path) -> list:
    where, raw = _local(site, name, base) if site.folder else _remote(site, name)
    try:
        items = adapter.validate_python(json.loads(raw))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise _Failure(f"{where} không phải JSON hợp lệ ({error})", "kiểm tra trang tỉnh đã được xây đầy đủ, rồi xây lại") from None
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first["loc"])
        raise _Failure(
            f"{where} thiếu hoặc sai trường “{place}”",
            "trang tỉnh cần được xây lại bằng phiên bản mới của công cụ thidua",
        ) from None
    outside = next((item.url for item in items if not item.url.startswith(site.address)), None)
    if outside is not None:
        raise _Failure(
            f"{where} có đường dẫn {outside} không thuộc trang {site.address}",
            "dia_chi phải đúng địa chỉ trang tỉnh đã xuất bản (site_url của kho tỉnh)",
        )
    return items


def _local(site: ProvinceSite, name: str, base: Path) -> tuple[str, bytes]:
    path = base / site.folder / FOLDER / name
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a pipe or a device would never end
            raise OSError
        with path.open("rb") as file:
            return str(path), _bounded(str(path), file.read(MAX_BYTES + 1))
    except OSError:
        raise _Failure(f"không có tệp {path}", "ghi thu_muc là thư mục chứa bản đã xây của trang tỉnh (có du-lieu/)") from None


def _bounded(where: str, raw: bytes) -> bytes:
    if len(raw) > MAX_BYTES:
        raise _Failure(f"tệp {where} quá lớn (hơn {MAX_BYTES // MIB} MB)", _TOO_LARGE_HINT)
    return raw


def _remote(site: ProvinceSite, name: str) -> tuple[str, bytes]:
    url = address(site.address, FOLDER + name)
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            return url, _bounded(url, response.read(MAX_BYTES + 1))
    except urllib.error.HTTPError as error:
        raise _Failure(f"không tải được {url} (máy chủ trả lời mã {error.code})", _RETRY_HINT) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, TimeoutError):
            raise _Failure(f"không tải được {url}: quá {TIMEOUT_SECONDS} giây không có trả lời", _RETRY_HINT) from None
        raise _Failure(f"không tải được {url} ({reason})", _RETRY_HINT) from None
