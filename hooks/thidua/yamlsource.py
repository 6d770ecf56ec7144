"""Read a YAML file into plain data while remembering where every value was written.

PyYAML follows YAML 1.1, where `no`, `on` and `yes` are booleans and `010` is octal. Staff
write Vietnamese text, so those surprises are reported instead of silently converted.
Dates stay text: the model parses them, partial dates included.

Anyone can propose a data file, so reading one is bounded: its size is capped before it is read
(``datafile.read_text``), and before any node is built its events are scanned once
(``_check_events``): anchors and aliases (``&a``, ``*a``), which staff never need and which make a
file refer to itself or expand a billion times, are refused, and so is nesting deeper than
``MAX_DEPTH``, which would exhaust Python's stack.
"""

import marshal
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from .datafile import MAX_YAML_BYTES, Refusal, decode, read_bytes
from .problems import Problem
from .sourcecache import SourceCache, problems_of
from .yamlerrors import ANCHOR_HINT, ANCHOR_MESSAGE, explain, odd_spaces

Location = tuple[int, int]
DataPath = tuple[str | int, ...]

# libyaml when present (about ten times faster), the pure-Python reader otherwise; both give positions.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_YAML11_BOOLEANS = re.compile(r"(?i:y|n|yes|no|on|off)")
_LEADING_ZERO = re.compile(r"[-+]?0\d+")
_BOOLEANS = {"true": True, "false": False}
_NULLS = {"", "~", "null"}
_COMMENT = re.compile(r"(?:^|[ \t])(#.*)", re.MULTILINE)  # as staff read it: a quoted "#" is rare enough
_INT = re.compile(r"[-+]?(?:0|[1-9]\d{0,99})")  # longer digit runs stay text (Python refuses int() of 4,300+)
_FLOAT = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_DEPTH = 50  # the deepest real data (groups of targets within groups) nests about 10 levels


@dataclass
class SourceFile:
    """Plain data of one file and the line/column (1-based) of every key and value."""

    path: Path
    data: object = None
    problems: list[Problem] = field(default_factory=list)
    comments: list[tuple[Location, str]] = field(default_factory=list)  # where each "# …" starts, and its text
    cache_key: str | None = None  # the key of its text in a SourceCache, when read through one
    packed_locations: bytes = field(default=b"", compare=False, repr=False)  # ``locations`` as a SourceCache keeps them

    @cached_property
    def locations(self) -> dict[DataPath, Location]:
        """Where each key and value is written: asked for the problems found in the file, so a file
        read again from the cache (most of them) has them read only if it has one."""
        return marshal.loads(zlib.decompress(self.packed_locations)) if self.packed_locations else {}

    def locate(self, data_path: DataPath) -> Location:
        """Location of the deepest written part of a data path (the whole file if none)."""
        for end in range(len(data_path), -1, -1):
            if data_path[:end] in self.locations:
                return self.locations[data_path[:end]]
        return (1, 1)

    def problem(self, data_path: DataPath, message: str, hint: str | None = None) -> Problem:
        line, column = self.locate(data_path)
        return Problem(self.path, line, column, message, hint)

    def strings(self) -> Iterator[tuple[DataPath, str]]:
        """Every text value of the file with its data path, in file order."""
        return _strings(self.data, ())


def _strings(data: object, path: DataPath) -> Iterator[tuple[DataPath, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, path + (index,))
    elif isinstance(data, str):
        yield path, data


def read_yaml(path: Path, display_path: Path | None = None, cache: SourceCache | None = None) -> SourceFile:
    """The file's data and positions; with ``cache``, a text read before is not parsed again (nor
    decoded: its bytes are its key, and only UTF-8 text is ever kept)."""
    source = SourceFile(display_path or path)
    data = read_bytes(path, MAX_YAML_BYTES)
    key = cache.key(data) if cache is not None and not isinstance(data, Refusal) else None
    entry = cache.get(key) if key else None
    if entry is not None:
        source.cache_key = key
        source.data, source.packed_locations, source.comments = entry[0], entry[1], entry[2]
        source.problems = problems_of(entry, source.path)
        return source
    text = data if isinstance(data, Refusal) else decode(data)
    if isinstance(text, Refusal):
        source.problems.append(Problem(source.path, text.line, text.column, text.message, text.hint))
        return source
    _parse(text, source)
    if key:
        source.cache_key = key
        cache.put(key, (source.data, zlib.compress(marshal.dumps(source.locations), 1), source.comments,
                        [(p.line, p.column, p.message, p.hint) for p in source.problems], {}))
    return source


def _parse(text: str, source: SourceFile) -> SourceFile:
    source.comments = [
        ((text.count("\n", 0, match.start(1)) + 1, match.start(1) - text.rfind("\n", 0, match.start(1))), match.group(1))
        for match in _COMMENT.finditer(text)
    ]
    spaces = odd_spaces(text)
    if spaces:
        source.problems.extend(Problem(source.path, p.line, p.column, p.message, p.hint) for p in spaces)
        return source
    try:
        node = _compose(text)
    except yaml.reader.ReaderError as error:  # a control character, often pasted from Word or PDF
        line = text.count("\n", 0, error.position) + 1
        column = error.position - text.rfind("\n", 0, error.position)
        source.problems.append(
            Problem(
                source.path, line, column,
                f"tệp có ký tự không được phép (mã U+{error.character:04X})",
                "xóa ký tự này; ký tự ẩn thường lẫn vào khi sao chép từ Word hoặc PDF",
            )
        )
        return source
    except _Refused as refused:
        source.problems.append(Problem(source.path, *refused.args))
        return source
    except yaml.MarkedYAMLError as error:
        syntax = explain(error)
        source.problems.append(Problem(source.path, syntax.line, syntax.column, syntax.message, syntax.hint))
        return source
    data = None if node is None else _convert(node, (), source)
    if data is None and not source.problems:  # nothing at all, or only "---", "~", "null"
        source.problems.append(Problem(source.path, 1, 1, "tệp trống", "xem ví dụ đầy đủ trong README"))
        return source
    source.data = data
    return source


class _Refused(Exception):
    """A file read no further: args are the line, column, message and hint of the problem."""


def _compose(text: str) -> yaml.Node | None:
    """The node tree, read with libyaml; a file it refuses is read again by the pure-Python
    reader, whose error messages and positions (in characters, not bytes) are the ones reported.
    Either reader stops at the first event ``_check_events`` refuses, before building a node."""
    try:
        _check_events(yaml.parse(text, Loader=_LOADER))
        return yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        _check_events(yaml.parse(text, Loader=yaml.SafeLoader))
        return yaml.compose(text, Loader=yaml.SafeLoader)


def _check_events(events) -> None:
    """Raise _Refused at the first anchor or alias, or where nesting gets deeper than MAX_DEPTH."""
    depth = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refused(*_mark(event), ANCHOR_MESSAGE, ANCHOR_HINT)
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise _Refused(
                    *_mark(event),
                    f"dữ liệu lồng nhau quá sâu (hơn {MAX_DEPTH} bậc)",
                    "mỗi bậc thụt lề, mỗi dấu “[” hoặc “{” là một bậc; xem lại thụt lề và các dấu ngoặc chưa đóng",
                )
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1


def _mark(node: yaml.Node | yaml.Event) -> Location:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _convert(node: yaml.Node, data_path: DataPath, source: SourceFile) -> object:
    source.locations.setdefault(data_path, _mark(node))
    if isinstance(node, yaml.MappingNode):
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            # Interned: the same few keys recur through every file, and a cache entry (marshal) then
            # holds each once per file, not once per use; it is read back faster.
            key = sys.intern(str(_scalar(key_node, data_path, source))) if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                source.problems.append(source.problem(data_path, "tên trường phải là chữ"))
                continue
            if key in result:
                line, column = _mark(key_node)
                source.problems.append(
                    Problem(source.path, line, column, f"trường “{key}” bị viết hai lần", "xóa một trong hai lần")
                )
                continue
            source.locations[data_path + (key,)] = _mark(key_node)
            result[key] = _convert(value_node, data_path + (key,), source)
            source.locations[data_path + (key,)] = _mark(key_node)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, data_path + (index,), source) for index, item in enumerate(node.value)]
    return _scalar(node, data_path, source)


def _scalar(node: yaml.ScalarNode, data_path: DataPath, source: SourceFile) -> object:
    value = node.value
    half = _SURROGATE.search(value)  # written as an escape, "\ud800": half of a UTF-16 pair, no character
    if half:
        source.problems.append(
            Problem(
                source.path, *_mark(node),
                f"mã “\\u{ord(half.group()):04x}” trong ngoặc kép không phải là một ký tự",
                "xóa mã này; muốn có chữ nào thì gõ thẳng chữ đó",
            )
        )
        value = _SURROGATE.sub("\ufffd", value)
    if node.style not in (None, "") or node.tag not in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
                                                   "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
                                                   "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp"):
        return value
    line, column = _mark(node)
    if _YAML11_BOOLEANS.fullmatch(value):
        source.problems.append(
            Problem(
                source.path, line, column,
                f"giá trị “{value}” không đặt trong ngoặc kép sẽ bị YAML hiểu thành đúng/sai",
                f"viết \"{value}\" nếu đây là chữ, hoặc true/false nếu là đúng/sai",
            )
        )
        return value
    if _LEADING_ZERO.fullmatch(value):
        source.problems.append(
            Problem(
                source.path, line, column,
                f"số “{value}” có số 0 đứng đầu sẽ bị YAML đọc sai (hệ bát phân)",
                f"viết \"{value}\" trong ngoặc kép nếu cần giữ số 0, hoặc {value.lstrip('0') or '0'} nếu là số",
            )
        )
        return value
    if value.lower() in _BOOLEANS:
        return _BOOLEANS[value.lower()]
    if value.lower() in _NULLS:
        return None
    if _INT.fullmatch(value):
        return int(value)
    if _FLOAT.fullmatch(value):
        return float(value)
    return value
