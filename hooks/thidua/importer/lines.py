"""Lines back into paragraphs: PDF output and pasted text break sentences across lines."""

import re

# A label that opens a numbered part: "I.", "1.", "2.1.", "a)", "b.", "-", "+".
LABEL = re.compile(
    r"^\s*(?:(?P<roman>[IVXL]+)\.|(?P<number>\d{1,2}(?:\.\d{1,2})*)[.)]|(?P<letter>[a-zđ])[.)]|(?P<bullet>(?:[-–+•]\s*)+))\s*"
)
_ENDS_SENTENCE = re.compile(r"[.;:!?]\**\s*$")
_STARTS_LOWER = re.compile(r"^[*“\"(]*[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]")
_STARTS_NUMBER = re.compile(r"^\d")
_DASH_GOES_ON = re.compile(r"^[-–]\s+[a-zà-ỹđ]")  # "kinh tế" / "- xã hội": a dash cut at the line end


def join_broken_lines(lines: list[str]) -> list[str]:
    """Paragraphs: a line that goes on with a sentence the previous line left open is joined to it.

    Text copied out of a PDF is cut at the page width: there, a line as long as the page goes on
    in the next one unless that one opens a numbered part.
    """
    width = _wrap_width([line.strip() for line in lines if line.strip()])
    paragraphs: list[str] = []
    previous_length = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        wrapped = (
            width is not None and previous_length >= 0.85 * width and (not is_labelled(line) or _DASH_GOES_ON.match(line))
            and not (paragraphs and paragraphs[-1].rstrip("*").endswith("."))
        )
        previous_length = len(line)
        if paragraphs and (wrapped or _continues(paragraphs[-1], line)):
            glue = "" if line.startswith("/") else " "
            paragraphs[-1] = paragraphs[-1] + glue + line
        else:
            paragraphs.append(line)
    return paragraphs


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text was cut at, or None when paragraphs are whole lines."""
    if len(lines) < 10:
        return None
    lengths = sorted(len(line) for line in lines)
    width = lengths[int(len(lengths) * 0.95) - 1]
    long_lines = sum(1 for length in lengths if length >= 0.75 * width)
    return width if width <= 120 and long_lines >= 0.3 * len(lines) else None


def _continues(previous: str, line: str) -> bool:
    if line.startswith("/") and previous.startswith("Số"):
        return True
    if is_labelled(line) or (_ENDS_SENTENCE.search(previous) and not (previous.endswith(";") and _STARTS_LOWER.match(line))):
        return False
    return bool(_STARTS_LOWER.match(line) or _STARTS_NUMBER.match(line))


def is_labelled(line: str) -> bool:
    match = LABEL.match(line)
    return bool(match) and (match.group("letter") is None or len(line) > match.end())
