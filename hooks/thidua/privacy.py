"""No personal data in any text of any data file: plans, exemplars, movements, abbreviations.

The one exception is an office's official contact (thidua.model.contact): a phone number or
e-mail address is published only in the contact fields the file's model declares.
"""

from pydantic import BaseModel

from .model.contact import public_contact_paths
from .model.personal import personal_data_in
from .problems import Problem
from .yamlsource import SourceFile


def personal_data(source: SourceFile, model: type[BaseModel] | None = None) -> list[Problem]:
    """A problem for each text value holding personal data, at that value; the contact fields
    declared by ``model``, the file's data model, are public."""
    public = public_contact_paths(model)
    problems = []
    for path, text in source.strings():
        if path in public:
            continue
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
