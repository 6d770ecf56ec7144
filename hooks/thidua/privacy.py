"""No personal data in any text of any data file: plans, exemplars, movements, abbreviations."""

from .model.personal import personal_data_in
from .problems import Problem
from .yamlsource import SourceFile


def personal_data(source: SourceFile) -> list[Problem]:
    """A problem for each text value holding personal data, at that value."""
    problems = []
    for path, text in source.strings():
        found = personal_data_in(text)
        if found:
            kind, words = found
            field = next((str(part) for part in reversed(path) if isinstance(part, str)), "")
            problems.append(source.problem(
                path,
                f"“{field}” có {kind} (“{words}”): không được công bố thông tin cá nhân",
                f"xóa {kind} khỏi tệp; nếu tệp đã được gửi lên GitHub, báo người quản trị để xóa hẳn khỏi lịch sử",
            ))
    return problems
