"""Lines back into paragraphs: PDF output and pasted text break sentences across lines."""

import re

# A label that opens a numbered part: "I.", "1.", "2.1.", "a)", "b.", "-", "+".
LABEL = re.compile(
    r"^\s*(?:(?P<roman>[IVXL]+)\.|(?P<number>\d{1,2}(?:\.\d{1,2})*)[.)]|(?P<letter>[a-zđ])[.)]|(?P<bullet>(?:[-–+•]\s*)+))\s*"
)
_ENDS_SENTENCE = re.compile(r"[.;:!?]\**\s*$")
_STARTS_LOWER = re.compile(r"^[*“\"(]*[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]")
_STARTS_NUMBER = re.compile(r"^\d")


def join_broken_lines(lines: list[str]) -> list[str]:
    """Paragraphs: a line that goes on with a sentence the previous line left open is joined to it."""
    paragraphs: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if paragraphs and _continues(paragraphs[-1], line):
            glue = "" if line.startswith("/") else " "
            paragraphs[-1] = paragraphs[-1] + glue + line
        else:
            paragraphs.append(line)
    return paragraphs


def _continues(previous: str, line: str) -> bool:
    if line.startswith("/") and previous.startswith("Số"):
        return True
    if _ENDS_SENTENCE.search(previous) or is_labelled(line):
        return False
    return bool(_STARTS_LOWER.match(line) or _STARTS_NUMBER.match(line))


def is_labelled(line: str) -> bool:
    match = LABEL.match(line)
    return bool(match) and (match.group("letter") is None or len(line) > match.end())
