"""The date formats of LinkedIn's data export, 2018 to December 2025 (FORMATS.md sections 2, 5).

Profile dates ("Jan 2020", "2017", "Sep 2008") become PartialDates at their precision; event
dates (an invitation's "1/12/23, 3:44 PM", an endorsement's "2017/10/26 19:33:04 UTC")
become days.  Mocks by others add "1823-07-18 11:00:00 UTC" and "01 Oct 2022".  A value that
fits none of them is returned as None: the caller keeps it as unknown and reports it once.
"""

from __future__ import annotations

import datetime as dt
import re

from profilelint.loaders.months import ENGLISH_MONTHS
from profilelint.model import PartialDate

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_TIME = r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?(?:\s*(?:UTC|GMT|Z))?"
_PATTERNS = [
    re.compile(p)
    for p in (
        r"^(?P<year>\d{4})$",  # 2017
        rf"^{_MONTH}\s+(?P<year>\d{{4}})$",  # Jan 2020
        rf"^(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>\d{{4}}){_TIME}$",  # 16 Nov 2021
        rf"^{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}){_TIME}$",  # Apr 3, 2023
        # 1/12/23, 3:44 PM (US month first; two-digit years are 20xx)
        rf"^(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})/(?P<year>\d{{2}}|\d{{4}}){_TIME}$",
        rf"^(?P<year>\d{{4}})[/-](?P<month>\d{{1,2}})[/-](?P<day>\d{{1,2}}){_TIME}$",
        r"^(?P<year>\d{4})-(?P<month>\d{1,2})$",  # 2023-05
        # Tue Oct 28 20:33:50 UTC 2025
        rf"^[A-Za-z]{{3}}\s+{_MONTH}\s+(?P<day>\d{{1,2}})\s+[\d:]+\s+[A-Z]{{2,4}}\s+(?P<year>\d{{4}})$",
    )
]
#: What the export writes where there is no date: not a date, not an error.
NO_DATE = frozenset({"", "n/a", "not available", "-", "null", "none"})


def parse_export_date(text: str) -> PartialDate | None:
    """A PartialDate for any export date format, or None when the text is no date we know.

    The empty value and "N/A" give an empty PartialDate (``text`` "", year None).
    """
    value = " ".join(text.split())
    if value.casefold() in NO_DATE:
        return PartialDate.model_construct(text="", year=None, month=None, day=None, known=True)
    for pattern in _PATTERNS:
        match = pattern.match(value)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        if year < 100:
            year += 2000
        month_text = parts.get("month")
        month: int | None
        if month_text is None:
            month = None
        elif month_text.isdigit():
            month = int(month_text)
        else:
            month = ENGLISH_MONTHS.get(month_text.casefold())
            if month is None:
                return None
        day = int(parts["day"]) if parts.get("day") else None
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            return None
        return PartialDate.model_construct(text=value, year=year, month=month, day=day, known=True)
    return None


def event_day(text: str) -> tuple[str | None, bool]:
    """An event's ISO day (``YYYY-MM-DD``) and whether the text was readable."""
    date = parse_export_date(text)
    if date is None:
        return None, False
    if date.year is None or date.day is None:
        return None, True  # empty, or a bare month: readable, but no day to count
    return date.iso(), True


def file_name_date(name: str | None) -> PartialDate | None:
    """The date in ``Basic_LinkedInDataExport_MM-DD-YYYY.zip`` (or its unzipped folder)."""
    match = re.search(r"(\d{2})-(\d{2})-(\d{4})(?:\.zip)?$", name or "", re.IGNORECASE)
    if not match:
        return None
    month, day, year = (int(g) for g in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return PartialDate.model_construct(
        text=f"{year:04d}-{month:02d}-{day:02d}", year=year, month=month, day=day, known=True
    )
