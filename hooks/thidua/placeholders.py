"""The stand-in values `thidua new` writes for staff to replace with the document's words, and
the "# KIỂM TRA" marks `thidua import` writes beside the values it guessed.

A data file that still holds either is refused: an unfinished or unchecked plan must not be published.
"""

import re

from .problems import Problem
from .yamlsource import SourceFile

SIGNER = "(họ tên người ký)"
EXAMPLE_TARGET = "Tổng sản lượng lương thực: 2.150 tấn"
DECISION_NUMBER = "…/QĐ-UBND"
ACHIEVEMENT = "(Thành tích ngắn gọn, một đến ba câu, theo quyết định.)"
REPORT_NUMBER = "…/BC-UBND"
_ALL = frozenset({SIGNER, EXAMPLE_TARGET, DECISION_NUMBER, ACHIEVEMENT, REPORT_NUMBER})
REVIEW_MARK = "# KIỂM TRA"
_REVIEW = re.compile(r"#\s*KIỂM TRA")


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


def review_marks(source: SourceFile) -> list[Problem]:
    """A problem for each "# KIỂM TRA" comment still in the file: a guessed value nobody confirmed."""
    return [
        Problem(
            source.path, line, column,
            "giá trị do lệnh thidua import đoán, chưa có người kiểm tra (ghi chú “KIỂM TRA”)",
            "so với văn bản gốc: đúng thì xóa ghi chú từ dấu # đến cuối dòng, sai thì sửa giá trị rồi xóa ghi chú",
        )
        for (line, column), comment in source.comments
        if _REVIEW.match(comment)
    ]
