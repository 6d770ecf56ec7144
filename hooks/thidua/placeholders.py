"""The stand-in values `thidua new` writes for staff to replace with the document's words.

A data file that still holds one is refused: an unfinished plan or award must not be published.
"""

from .problems import Problem
from .yamlsource import SourceFile

SIGNER = "(họ tên người ký)"
EXAMPLE_TARGET = "Tổng sản lượng lương thực: 2.150 tấn"
DECISION_NUMBER = "…/QĐ-UBND"
ACHIEVEMENT = "(Thành tích ngắn gọn, một đến ba câu, theo quyết định.)"
_ALL = frozenset({SIGNER, EXAMPLE_TARGET, DECISION_NUMBER, ACHIEVEMENT})


def leftover_placeholders(source: SourceFile) -> list[Problem]:
    """A problem for each stand-in value still in the file."""
    return [
        source.problem(
            path,
            f"“{path[-1]}” còn giá trị tạm “{value}” do lệnh thidua new ghi",
            "thay bằng nội dung của văn bản, chép nguyên văn (xem ghi chú “SỬA” cuối dòng)",
        )
        for path, value in source.strings()
        if value in _ALL
    ]

