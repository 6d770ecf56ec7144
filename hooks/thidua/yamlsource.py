"""Read a YAML file into plain data while remembering where every value was written.

PyYAML follows YAML 1.1, where `no`, `on` and `yes` are booleans and `010` is octal. Staff
write Vietnamese text, so those surprises are reported instead of silently converted.
Dates stay text: the model parses them, partial dates included.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .problems import Problem
from .yamlerrors import explain, odd_spaces

Location = tuple[int, int]
DataPath = tuple[str | int, ...]

# libyaml when present (about ten times faster), the pure-Python reader otherwise; both give positions.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_YAML11_BOOLEANS = re.compile(r"(?i:y|n|yes|no|on|off)")
_LEADING_ZERO = re.compile(r"[-+]?0\d+")
_BOOLEANS = {"true": True, "false": False}
_NULLS = {"", "~", "null"}
_INT = re.compile(r"[-+]?(?:0|[1-9]\d*)")
_FLOAT = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?")


@dataclass
class SourceFile:
    """Plain data of one file and the line/column (1-based) of every key and value."""

    path: Path
    data: object = None
    locations: dict[DataPath, Location] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

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


def read_yaml(path: Path, display_path: Path | None = None) -> SourceFile:
    source = SourceFile(display_path or path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        source.problems.append(Problem(source.path, 1, 1, "tệp không phải UTF-8", "lưu lại tệp với mã hóa UTF-8"))
        return source
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


def _compose(text: str) -> yaml.Node | None:
    """The node tree, read with libyaml; a file it refuses is read again by the pure-Python
    reader, whose error messages and positions (in characters, not bytes) are the ones reported."""
    try:
        return yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


def _mark(node: yaml.Node) -> Location:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _convert(node: yaml.Node, data_path: DataPath, source: SourceFile) -> object:
    source.locations.setdefault(data_path, _mark(node))
    if isinstance(node, yaml.MappingNode):
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node, data_path, source)) if isinstance(key_node, yaml.ScalarNode) else None
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
