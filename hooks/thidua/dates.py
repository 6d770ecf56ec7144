"""Dates that may be partial: drafts leave the day (or the month) blank."""

import datetime
import re
from dataclasses import dataclass

ISO_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"  # as written in data files and in open data: "2024-01-20", "2023-12"
_PATTERN = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day: "2023", "2023-12", "2024-01-20"."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Parse ISO-like text; raise ValueError with a Vietnamese reason."""
        match = _PATTERN.fullmatch(text.strip())
        if not match:
            raise ValueError(
                f"ngày “{text}” không đúng dạng; viết NĂM-THÁNG-NGÀY (2024-01-20), "
                "hoặc NĂM-THÁNG (2023-12) khi văn bản để trống ngày"
            )
        year, month, day = (int(part) if part else None for part in match.group("year", "month", "day"))
        try:
            datetime.date(year, 1 if month is None else month, 1 if day is None else day)  # "2023-00" is no month
        except ValueError:
            raise ValueError(f"ngày “{text}” không có thật trên lịch") from None
        return cls(year, month, day)

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def iso(self) -> str:
        return "-".join(
            [f"{self.year:04d}"]
            + ([f"{self.month:02d}"] if self.month else [])
            + ([f"{self.day:02d}"] if self.day else [])
        )

    def vietnamese(self) -> str:
        """As printed on plans: "ngày 20 tháng 01 năm 2022", "tháng 12 năm 2023", "năm 2024"."""
        if self.day:
            return f"ngày {self.day:02d} tháng {self.month:02d} năm {self.year}"
        if self.month:
            return f"tháng {self.month:02d} năm {self.year}"
        return f"năm {self.year}"

    def short(self) -> str:
        """Compact form for tables: "20/01/2022", "12/2023", "2024"."""
        if self.day:
            return f"{self.day:02d}/{self.month:02d}/{self.year}"
        if self.month:
            return f"{self.month:02d}/{self.year}"
        return str(self.year)

    def __str__(self) -> str:
        return self.iso()
