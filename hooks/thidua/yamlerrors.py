"""PyYAML's syntax errors, said in Vietnamese for the staff who edit the data files.

``odd_spaces`` finds, before any parsing, the look-alike spaces pasted from Word or PDF where
YAML needs a plain one (indentation, after a key's colon): PyYAML would report them as some
other mistake, or read a key with an invisible character in it.

PyYAML reports a syntax error as an English ``problem`` ("mapping values are not allowed here")
with an optional ``context`` ("while scanning a quoted scalar") and two positions. ``explain``
turns the mistakes staff make into a Vietnamese message and hint, pointing at the place to fix:
for an unclosed quote that is where the quote opens, not the end of the file where PyYAML stops;
for a line indented one space too many, by how many spaces and against which line above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

_QUOTES_HINT = (
    "nếu trong câu có dấu ngoặc kép, đặt cả câu trong ngoặc đơn thay cho ngoặc kép, ví dụ "
    "'Kế hoạch \"thi đua\" năm 2024', hoặc chép đúng dấu ngoặc kép kiểu Việt “ ” như trong văn bản"
)
_INDENT_HINT = (
    "các trường cùng một nhóm phải thẳng cột với nhau; mỗi bậc thụt vào hai dấu cách, không dùng phím Tab"
)

# YAML reads a value that starts with "&name" or "*name" as an anchor or an alias (a reference to
# another part of the file): never what staff mean, so yamlsource refuses them with this message.
ANCHOR_MESSAGE = "giá trị không được bắt đầu bằng dấu “*” hoặc “&”"
ANCHOR_HINT = "đặt cả giá trị trong ngoặc kép"


@dataclass(frozen=True)
class SyntaxProblem:
    line: int
    column: int
    message: str
    hint: str


@dataclass(frozen=True)
class _Rule:
    problem: re.Pattern[str]
    context: str | None  # the start of PyYAML's context, if the rule needs one
    message: str  # "{0}" stands for the pattern's first group
    hint: str
    at_context: bool = False  # point at the context's position (where the construct began)


_RULES = (
    _Rule(
        re.compile(r"found character '\\t'"), None,
        "có ký tự Tab",
        "xóa ký tự Tab và thụt lề bằng dấu cách, hai dấu cách cho mỗi bậc",
    ),
    _Rule(
        re.compile(r"mapping values are not allowed here"), None,
        "dấu hai chấm “:” nằm ở chỗ không được có",
        "nếu giá trị là một câu có dấu “:”, đặt cả câu trong ngoặc kép, ví dụ "
        "\"Số: 29 KH/UBND\"; nếu không, xem lại thụt lề: " + _INDENT_HINT,
    ),
    _Rule(
        re.compile(r"found unexpected end of stream"), "while scanning a quoted scalar",
        "dấu ngoặc mở ở đây chưa được đóng",
        "thêm dấu ngoặc đóng (cùng loại với dấu mở) ở cuối câu; " + _QUOTES_HINT,
        at_context=True,
    ),
    _Rule(
        re.compile(r"found unknown escape character"), "while scanning a double-quoted scalar",
        "trong ngoặc kép, dấu “\\” phải viết hai lần",
        "viết “\\\\”, hoặc đặt cả câu trong ngoặc đơn '...' thay cho ngoặc kép",
    ),
    _Rule(
        re.compile(r"expected <block end>, but found '<scalar>'"), None,
        "sau giá trị còn chữ thừa, thường vì có dấu ngoặc kép ở giữa câu",
        _QUOTES_HINT,
    ),
    _Rule(
        re.compile(r"expected <block end>, but found"), None,
        "thụt lề không khớp với các dòng ở trên",
        _INDENT_HINT,
    ),
    _Rule(
        re.compile(r"could not find expected ':'"), "while scanning a simple key",
        "thiếu dấu hai chấm “:” sau tên trường",
        "viết tên trường, dấu hai chấm, một dấu cách rồi giá trị, ví dụ “nam: 2024”; nếu đây là "
        "phần tiếp theo của câu ở dòng trên, đặt cả câu trong ngoặc kép",
        at_context=True,
    ),
    _Rule(
        re.compile(r"found character '(.)' that cannot start any token"), None,
        "giá trị không được bắt đầu bằng ký tự “{0}”",
        "đặt cả giá trị trong ngoặc kép",
    ),
    _Rule(
        re.compile(r"found undefined alias|expected alphabetic or numeric character"), None,
        ANCHOR_MESSAGE,
        ANCHOR_HINT,
    ),
    _Rule(
        re.compile(r"expected ',' or '\]'|expected the node content"), "while parsing a flow",
        "danh sách trong ngoặc vuông [ ] viết sai",
        "kiểm tra dấu “]” đóng danh sách và dấu phẩy giữa các mục; mục nào có dấu “:” hoặc “,” "
        "thì đặt trong ngoặc kép",
    ),
    _Rule(
        re.compile(r"expected ',' or '\}'"), "while parsing a flow mapping",
        "nhóm trong ngoặc nhọn { } viết sai",
        "kiểm tra dấu “}” đóng nhóm; nếu giá trị bắt đầu bằng “{”, đặt cả giá trị trong ngoặc kép",
    ),
    _Rule(
        re.compile(r"but found another document"), "expected a single document",
        "tệp chỉ được có một phần, nhưng dòng “---” ở đây mở phần thứ hai",
        "xóa dòng “---” này; mỗi kế hoạch, mỗi người được khen thưởng là một tệp riêng",
    ),
    _Rule(
        re.compile(r"expected (chomping|a comment)"), "while scanning a block scalar",
        "sau dấu “|” hoặc “>” phải xuống dòng",
        "viết đoạn văn ở các dòng dưới, thụt vào hai dấu cách; nếu giá trị bắt đầu bằng “|” "
        "hoặc “>”, đặt cả giá trị trong ngoặc kép",
    ),
)
# No-break, figure, narrow, ideographic, zero-width spaces and the other Unicode spaces (not the
# byte order mark that some editors put first in a file, which YAML allows).
_ODD_SPACE = "\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000"
_ODD_INDENT = re.compile(rf"^[ {_ODD_SPACE}]*[{_ODD_SPACE}]")
_ODD_AFTER_KEY = re.compile(rf"^ *(?:- +)?[A-Za-z_][A-Za-z0-9_]*:[{_ODD_SPACE}]")
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: |$)")
_FALLBACK_HINT = (
    "kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau tên trường, "
    "và đặt câu có dấu “:” hoặc “#” trong ngoặc kép"
)


def explain(error: yaml.MarkedYAMLError) -> SyntaxProblem:
    """The Vietnamese message, hint and 1-based position of a PyYAML syntax error."""
    problem = error.problem or ""
    context = error.context or ""
    if problem.endswith("but found '<scalar>'"):
        unclosed = _unclosed_quote(error.problem_mark)
        if unclosed:
            return unclosed
    if problem == "mapping values are not allowed here" or problem.startswith("expected <block end>, but found '<block"):
        misindented = _misindented(error.problem_mark, at_colon=problem.startswith("mapping"))
        if misindented:
            return misindented
    for rule in _RULES:
        found = rule.problem.search(problem)
        if found and (rule.context is None or context.startswith(rule.context)):
            mark = (error.context_mark if rule.at_context else None) or error.problem_mark
            message = rule.message.replace("{0}", found.group(1)) if found.groups() else rule.message
            return SyntaxProblem(*_position(mark), message, rule.hint)
    return SyntaxProblem(
        *_position(error.problem_mark or error.context_mark),
        f"YAML sai cú pháp (máy báo bằng tiếng Anh: “{problem or context}”)",
        _FALLBACK_HINT,
    )


def odd_spaces(text: str) -> list[SyntaxProblem]:
    """A problem for each look-alike space in an indentation or right after a key's colon."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        found = _ODD_INDENT.match(line) or _ODD_AFTER_KEY.match(line)
        if found:
            character = found.group()[-1]
            problems.append(
                SyntaxProblem(
                    number,
                    found.end(),
                    f"có dấu cách đặc biệt (mã U+{ord(character):04X}) ở chỗ cần dấu cách thường",
                    "xóa nó rồi gõ lại bằng phím cách; dấu cách này thường lẫn vào khi sao chép từ Word hoặc PDF",
                )
            )
    return problems


def _unclosed_quote(mark: yaml.Mark | None) -> SyntaxProblem | None:
    """Text found after a quoted value whose quotes open and close on different lines: most
    likely the quote that opens is not closed on its line, and the value ran on to the next
    quote. Points at the opening quote. Needs the marks of PyYAML's pure-Python reader."""
    text = getattr(mark, "buffer", None)
    if not text or mark.pointer is None:
        return None
    close = len(text[: mark.pointer].rstrip()) - 1
    if close < 0 or text[close] not in "\"'":
        return None
    opening = text.rfind(text[close], 0, close)
    if opening < 0 or "\n" not in text[opening:close]:
        return None
    line = text.count("\n", 0, opening) + 1
    return SyntaxProblem(
        line,
        opening - text.rfind("\n", 0, opening),
        f"dấu ngoặc mở ở đây chưa được đóng, nên máy đọc tiếp đến dấu ngoặc ở dòng {mark.line + 1}",
        "thêm dấu ngoặc đóng (cùng loại với dấu mở) ở cuối câu; " + _QUOTES_HINT,
    )


def _misindented(mark: yaml.Mark | None, at_colon: bool) -> SyntaxProblem | None:
    """A line that starts a field or a list item at a column where none of the groups above
    it is: says by how many spaces, and compared with which line. PyYAML reports it at the line's
    first token, or, after a plain value, at the colon of the key it read as more of that value."""
    text = getattr(mark, "buffer", None)
    if not text:
        return None
    lines = text.rstrip("\0").split("\n")
    if mark.line >= len(lines):  # at the end of the file: no line to compare
        return None
    levels = _levels(lines[mark.line])
    if not levels or mark.column != (levels[-1][0] + len(levels[-1][1]) - 1 if at_colon else levels[0][0]):
        return None
    column = levels[0][0]
    above = []  # (column, label, line index) of every group still open above this line
    deepest = None
    for index in range(mark.line - 1, -1, -1):
        opened = [(start, label, index) for start, label in _levels(lines[index]) if deepest is None or start < deepest]
        if opened:
            above += opened
            deepest = opened[0][0]
        if deepest == 0:
            break
    if not above:
        return None
    start, label, index = min(above, key=lambda level: (abs(level[0] - column), -level[0]))
    off = column - start
    if off == 0:
        return None
    return SyntaxProblem(
        mark.line + 1,
        column + 1,
        f"dòng này thụt lề {'thừa' if off > 0 else 'thiếu'} {abs(off)} dấu cách so với “{label.strip()}” ở dòng {index + 1}",
        f"{'xóa' if off > 0 else 'thêm'} {abs(off)} dấu cách ở đầu dòng cho thẳng cột với “{label.strip()}” ở dòng "
        f"{index + 1}; mỗi bậc thụt vào hai dấu cách, không dùng phím Tab",
    )


def _levels(line: str) -> list[tuple[int, str]]:
    """The columns (0-based) where a line opens a list item or a field, with what opens there:
    “  - ma: x” opens a list item at 2 and a field at 4."""
    column = len(line) - len(line.lstrip(" "))
    rest = line[column:]
    levels = []
    while rest[:2] == "- " or rest == "-":
        levels.append((column, "- "))
        stripped = rest[1:].lstrip(" ")
        column += len(rest) - len(stripped)
        rest = stripped
    key = _KEY.match(rest)
    return levels + [(column, key.group(1) + ":")] if key else levels


def _position(mark: yaml.Mark | None) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)
