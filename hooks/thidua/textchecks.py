"""The checks of a data file's text that need no other file: placeholders left from a template,
personal data outside the declared contact fields, review marks. What they found in a text is kept
in the source cache with the file, so `mkdocs serve` and a warm `thidua validate` run them only on
files that changed."""

from pydantic import BaseModel

from .placeholders import leftover_placeholders, review_marks
from .privacy import personal_data
from .problems import Problem
from .sourcecache import SourceCache, found_by
from .yamlsource import SourceFile


def text_checks(source: SourceFile, model: type[BaseModel] | None, cache: SourceCache | None) -> list[Problem]:
    """The problems of ``source``'s text for a file of ``model`` (None: no contact fields)."""
    return found_by(
        lambda: [*leftover_placeholders(source), *personal_data(source, model), *review_marks(source)],
        model.__name__ if model else "", source, cache,
    )
