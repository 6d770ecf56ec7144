"""The parts around the body: issuing body, "Số: …", place and date, kind and title (trích
yếu), and at the end the recipients, the signer and the digital-signature line."""

import re
from dataclasses import dataclass, field

KINDS = ("KẾ HOẠCH", "PHÁT ĐỘNG", "CHƯƠNG TRÌNH", "HƯỚNG DẪN")
_KIND = re.compile(r"^\**(" + "|".join(KINDS) + r")\b")
_NUMBER = re.compile(r"^Số\s*:\s*(?P<rest>.*)$")
_NUMBER_PARTS = re.compile(r"^(?P<so>\d+)?\s*/?\s*(?P<symbol>.*)$")
_DATE = re.compile(
    r"^(?P<place>[^,]{2,40}),\s*ngày\s*(?P<day>\d{1,2})?\s*tháng\s*(?P<month>\d{1,2})?\s*năm\s*(?P<year>\d{4})"
)
_MOTTO = re.compile(r"CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP|^-+$")
_RECEIVED = "VĂN BẢN ĐẾN"
_RECIPIENTS = re.compile(r"^\**\s*Nơi nhận\s*:?\s*\**$", re.IGNORECASE)
_ON_BEHALF = re.compile(r"^(TM|KT|Q|TL|TUQ)\.\s*\S")
_TITLES = re.compile(r"^(PHÓ CHỦ TỊCH|CHỦ TỊCH|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|BÍ THƯ)$")
_NAME = re.compile(r"^(?:[A-ZÀ-ỸĐ][a-zà-ỹđ]+\s){1,5}[A-ZÀ-ỸĐ][a-zà-ỹđ]+$")
_SIGNED = re.compile(r"Ngày ký\s*:\s*(\d{2})-(\d{2})-(\d{4})\s+(\d{2}:\d{2}:\d{2})\s*([+-]\d{2}:\d{2})")
_SIGNATURE_LINE = re.compile(r"^(Ký bởi|Cơ quan|Ngày ký|Thời gian ký|Email)\s*:")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


@dataclass
class Header:
    kind: str
    title: str
    body_start: int
    body_end: int
    number_line: str | None = None
    number: str | None = None
    symbol: str | None = None
    issuer_lines: list[str] = field(default_factory=list)
    received_stamp: list[str] = field(default_factory=list)
    place: str | None = None
    issued: str | None = None  # "2024-01-31", "2023-12"
    signed_at: str | None = None
    on_behalf_of: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    recipients: list[str] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        """The campaign year: the last year in the title, else the year of issue."""
        years = [m.group() for m in _YEAR.finditer(self.title)]
        if years:
            return int(years[-1])
        return int(self.issued[:4]) if self.issued else None


def plain(text: str) -> str:
    """The text without Markdown emphasis marks around it."""
    return text.strip().strip("*").strip()


def find_header(paragraphs: list[str]) -> Header | None:
    """The header and closing parts, or None when the text has no kind line (not a plan)."""
    kind_at = next((i for i, p in enumerate(paragraphs[:40]) if _KIND.match(p) and plain(p).isupper()), None)
    if kind_at is None:
        return None
    kind_line = plain(paragraphs[kind_at])
    kind = _KIND.match(kind_line).group(1)
    if kind_line != kind:
        title, body_start = kind_line, kind_at + 1
    elif kind_at + 1 < len(paragraphs):
        title, body_start = plain(paragraphs[kind_at + 1]), kind_at + 2
    else:
        return None
    header = Header(kind, title, body_start, len(paragraphs))
    _top(header, paragraphs[:kind_at])
    _bottom(header, paragraphs)
    return header


def _top(header: Header, lines: list[str]) -> None:
    upper: list[str] = []
    received = False
    for line in lines:
        text = plain(line)
        if _RECEIVED in text:
            received = True
        date = _DATE.match(text)
        number = _NUMBER.match(text)
        if date and header.issued is None:
            header.place = date.group("place").strip()
            header.issued = "-".join(
                [date.group("year")]
                + ([f"{int(date.group('month')):02d}"] if date.group("month") else [])
                + ([f"{int(date.group('day')):02d}"] if date.group("day") and date.group("month") else [])
            )
        elif number and header.number_line is None and "Ngày" not in text:
            received = False
            header.number_line = "Số: " + number.group("rest").strip()
            parts = _NUMBER_PARTS.match(number.group("rest").strip())
            header.number = parts.group("so")
            header.symbol = re.sub(r"\s+", "", parts.group("symbol")) or None
        elif received:
            header.received_stamp.append(text)
        elif text.isupper() and not _MOTTO.search(text):
            upper.append(text)
    if header.received_stamp and upper and not any("ỦY BAN" in line for line in upper):
        header.received_stamp[:0] = upper
    else:
        header.issuer_lines = upper


def _bottom(header: Header, paragraphs: list[str]) -> None:
    start = max((i for i, p in enumerate(paragraphs) if _RECIPIENTS.match(p)), default=None)
    tail_from = start if start is not None else len(paragraphs)
    if start is None:
        tail_from = next(
            (i for i in range(header.body_start, len(paragraphs)) if _ON_BEHALF.match(plain(paragraphs[i]))
             or _TITLES.match(plain(paragraphs[i]))),
            len(paragraphs),
        )
    header.body_end = tail_from
    for line in paragraphs[tail_from:]:
        text = plain(line)
        signed = _SIGNED.search(text)
        if signed:
            day, month, year, time, zone = signed.groups()
            header.signed_at = f"{year}-{month}-{day}T{time}{zone}"
        if _RECIPIENTS.match(line) or _SIGNATURE_LINE.match(text):
            continue
        if text.startswith(("-", "–", "+")):
            header.recipients.append(text.lstrip("-–+ ").strip())
        elif _ON_BEHALF.match(text):
            header.on_behalf_of = text
        elif _TITLES.match(text):
            header.signer_title = text
        elif _NAME.match(text) and header.signer_name is None:
            header.signer_name = text
