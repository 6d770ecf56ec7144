"""Files the data consists of or names: read only inside the data folder, bounded in size, UTF-8.

Anyone can propose a change to the data, and whatever a data file names is published. So a data
file, and every file named in one (the original text ``ban_goc.tep``, a photo ``anh.tep``), must
be a real file inside the data folder: not a symbolic link (git stores those, and one can point at
``/etc/passwd`` or at the build machine's environment), not reached through a linked folder, not
outside the folder by ``..`` or an absolute path. ``beside`` is the one way a name written in the
data becomes a path. Text is read with a size cap checked before reading, and decoded as UTF-8 with
one message for every kind of file.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024
# A plan is 20-35 KB of YAML and its original text about the same: the caps are far above any
# real file, and low enough that a file made to be huge is refused before it is read.
MAX_YAML_BYTES = 2 * MIB
MAX_TEXT_BYTES = 5 * MIB
MAX_NAME_BYTES = 255  # the longest file name Linux allows
NOT_UTF8_HINT = "lưu lại tệp với mã hóa UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8)"
_LINK_HINT = (
    "thay liên kết bằng chính tệp (hoặc thư mục) thật; máy chỉ đọc tệp thật nằm trong thư mục campaigns/"
)


@dataclass(frozen=True)
class Refusal:
    """Why a file cannot be read as data, in Vietnamese, with where in it (1-based) if known."""

    message: str
    hint: str
    line: int = 1
    column: int = 1


def plain_name_refusal(name: str) -> str | None:
    """Why ``name`` is not a plain file name (no folder, no path); None if it is."""
    if "/" in name or "\\" in name or name in (".", ".."):
        return (
            f"“{name}” không phải tên tệp: chỉ ghi tên của một tệp đặt cùng thư mục với tệp này, "
            "không ghi thư mục hay đường dẫn (không có “/”, “\\”, “..”)"
        )
    if not name.strip() or not name.isprintable() or len(name.encode("utf-8", "replace")) > MAX_NAME_BYTES:
        return f"“{name}” không phải tên tệp dùng được: tên trống, quá dài hoặc có ký tự ẩn"
    return None


def beside(root: Path, data_file: Path, name: str) -> Path | Refusal:
    """The file called ``name`` in the folder of ``data_file`` (a file under ``root``), or why the
    data may not name it. The file need not exist: the caller says what is missing."""
    not_plain = plain_name_refusal(name)
    if not_plain:
        return Refusal(not_plain, "sửa giá trị này thành tên tệp")
    path = data_file.parent / name
    return refusal(root, path) or path


def refusal(root: Path, path: Path, real_folders: set[str] | None = None) -> Refusal | None:
    """Why the data may not read ``path`` (a path under ``root``); None if it may. ``real_folders``
    keeps, for the calls of one load, the folders found not to be links: each is looked at once,
    not once for each of its files."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = None
    if parts is None or ".." in parts:
        return _outside(path)
    odd = next((part for part in parts if not part.isprintable()), None)
    if odd is not None:  # a name git allows but no message can print as it is
        return Refusal(
            f"tên “{printable(Path(odd))}” có ký tự ẩn hoặc không phải chữ UTF-8",
            "đổi tên tệp (hoặc thư mục): chỉ dùng chữ thường không dấu, số và dấu gạch ngang",
        )
    known = real_folders if real_folders is not None else set()
    step = os.fspath(root)
    for depth, part in enumerate(parts, 1):
        step = os.path.join(step, part)
        if step in known:
            continue
        if os.path.islink(step):
            kind = "thư mục" if os.path.isdir(step) else "tệp"
            return Refusal(f"{kind} “{part}” là một liên kết (symlink), không phải {kind} thật", _LINK_HINT)
        if depth < len(parts):
            known.add(step)
    return None


def printable(path: Path) -> Path:
    """``path`` with what in its name is not UTF-8 or is invisible shown as “�”, to be printed."""
    text = os.fsencode(path).decode("utf-8", "replace")
    return Path("".join(char if char.isprintable() else "\ufffd" for char in text))


def _outside(path: Path) -> Refusal:
    return Refusal(f"tệp “{path.name}” nằm ngoài thư mục dữ liệu", "chỉ dùng tệp trong thư mục campaigns/")


def read_text(path: Path, limit: int) -> str | Refusal:
    """The text of the file at ``path``, or why it cannot be read: larger than ``limit`` bytes
    (checked before reading it), or not UTF-8 (located at the first wrong byte)."""
    data = read_bytes(path, limit)
    return data if isinstance(data, Refusal) else decode(data)


def read_bytes(path: Path, limit: int) -> bytes | Refusal:
    """The bytes of the file at ``path``, or why it cannot be read: not a regular file, or larger
    than ``limit`` bytes (checked before reading it)."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):  # a pipe or a device would block the build or never end
        return Refusal(f"“{path.name}” không phải một tệp thường", "thay bằng tệp dữ liệu thật")
    if info.st_size > limit:
        return _too_large(info.st_size, limit)
    with open(path, "rb") as file:
        # As many bytes as it has and one more: a read of ``limit`` bytes allocates that much for
        # each file, more than half of the time of reading a data set. A file that grew since is
        # read on, still bounded.
        data = file.read(info.st_size + 1)
        if len(data) > info.st_size:
            data += file.read(limit - info.st_size)
    if len(data) > limit:
        return _too_large(len(data), limit)
    return data


def decode(data: bytes) -> str | Refusal:
    """The UTF-8 text of a file's bytes, or where it is not UTF-8 (the first wrong byte)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        column = len(data[start:error.start].decode("utf-8", "replace")) + 1
        return Refusal("tệp không phải UTF-8", NOT_UTF8_HINT, line, column)


def _too_large(size: int, limit: int) -> Refusal:
    return Refusal(
        f"tệp quá lớn ({_megabytes(size)} MB; tối đa {_megabytes(limit)} MB)",
        "kiểm tra lại nội dung tệp: một kế hoạch hay văn bản gốc chỉ vài chục KB; tệp lớn thường là "
        "tệp chép nhầm hoặc có nội dung lặp lại",
    )


def _megabytes(size: int) -> str:
    return f"{size / MIB:.1f}".replace(".", ",").removesuffix(",0")
