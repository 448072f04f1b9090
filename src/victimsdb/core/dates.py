"""Dates as sources give them: a day, a month or a year, possibly approximate.

A `FuzzyDate` is written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the form gives the
precision) and may be qualified as approximate, before or after. It is stored
as the first day of its period plus the precision, so it sorts and filters as
an ordinary date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from victimsdb.core.vocabulary import DatePrecision, DateQualifier

_FORM = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = "January February March April May June July August September October November December"


class DateFormatError(ValueError):
    """A date string that is not YYYY, YYYY-MM or YYYY-MM-DD, or not a real date."""


@dataclass(frozen=True)
class FuzzyDate:
    start: date
    precision: DatePrecision
    qualifier: DateQualifier = DateQualifier.EXACT

    def iso(self) -> str:
        """The date in the form that carries its precision: YYYY, YYYY-MM or YYYY-MM-DD."""
        if self.precision is DatePrecision.YEAR:
            return f"{self.start.year:04d}"
        if self.precision is DatePrecision.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()

    def label(self) -> str:
        """Human wording, e.g. 'July 2017', 'about 2019', 'before 3 March 2022'."""
        if self.precision is DatePrecision.YEAR:
            text = str(self.start.year)
        elif self.precision is DatePrecision.MONTH:
            text = f"{_MONTHS.split()[self.start.month - 1]} {self.start.year}"
        else:
            text = f"{self.start.day} {_MONTHS.split()[self.start.month - 1]} {self.start.year}"
        prefix = {
            DateQualifier.EXACT: "",
            DateQualifier.APPROXIMATE: "about ",
            DateQualifier.BEFORE: "before ",
            DateQualifier.AFTER: "after ",
        }[self.qualifier]
        return prefix + text


def parse_fuzzy_date(text: str, qualifier: str | None = None) -> FuzzyDate:
    """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise DateFormatError with the reason."""
    match = _FORM.match(text.strip())
    if not match:
        raise DateFormatError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    precision = DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR
    try:
        start = date(int(year), int(month or 1), int(day or 1))
    except ValueError as error:
        raise DateFormatError(f"{text!r} is not a real date: {error}") from None
    try:
        qualified = DateQualifier(qualifier or DateQualifier.EXACT)
    except ValueError:
        allowed = ", ".join(q.value for q in DateQualifier)
        raise DateFormatError(
            f"unknown date qualifier {qualifier!r}; use one of {allowed}"
        ) from None
    return FuzzyDate(start, precision, qualified)
