"""Education rules (EDU): the schools and degrees a profile lists, and their dates."""

from __future__ import annotations

import re
from collections.abc import Iterator

from profilelint.api import (
    Context,
    Education,
    Finding,
    PartialDate,
    Profile,
    coarser,
    rule,
    shorten,
)

QUOTE_LIMIT = 30
DATE_QUOTE_LIMIT = 20

# Shaped like an ISO date but not one: "2019-13", "2019-02-30".
_ISO_SHAPED = re.compile(r"\s*\d{4}-\d{1,2}(?:-\d{1,2})?\s*")


def _shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    return shorten(text, limit)


def _label(item: Education, index: int) -> str:
    """How a message names one education entry: its institution, else its place in the list."""
    name = (item.institution or item.area or item.study_type or "").strip()
    return f'"{_shorten(name)}"' if name else f"entry {index + 1}"


@rule(
    "EDU001",
    "education-missing",
    severity="info",
    help="Add your degrees, schools or training, with the years you attended.",
)
def education_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile lists at least one school, degree, course or training programme.

    Why it matters
    Education tells a reader where you learned your trade, and shared schools are one of the
    most common reasons strangers connect.  Profiles with an education section also turn up
    in more searches by alumni and recruiters.  A vocational course or apprenticeship counts.

    Example
    A profile with work experience and skills but no education section.

    Better
    "Universidad de Sevilla, Grado en Ingeniería Informática, 2014-2018"

    Options
    None.
    """
    if profile.knows("education") and not profile.education:
        yield Finding("The profile lists no education", field="education")


def _not_a_date(value: PartialDate | None, part: str) -> bool:
    if value is None or not value.known or not value.text.strip():
        return False
    return value.year is None


def _problem(value: PartialDate) -> str:
    if _ISO_SHAPED.fullmatch(value.text):
        return "is not a valid date"
    return "is not a YYYY, YYYY-MM or YYYY-MM-DD date"


@rule(
    "EDU002",
    "education-dates-invalid",
    severity="error",
    help="Write dates as YYYY, YYYY-MM or YYYY-MM-DD, the end after the start.",
)
def education_dates_invalid(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    The dates of each education entry: an end date before the start date, compared at the
    precision both give (2018 and 2018-09 are the same year, so they never conflict), and a
    date that is not a date at all ("Spring 2019", "2019-13", "2019-00", "01/09/2015")
    where the format asks for YYYY, YYYY-MM or YYYY-MM-DD.  An end date in the future is a
    planned graduation and is fine; a missing start or end date is fine too, and so is an
    end date such as "Present", "obecnie" or "en curso" for studies still under way; a date
    the source wrote in a form this program cannot read (a localised month name on a saved
    page) is left alone.

    Why it matters
    Dates that run backwards or cannot be read look careless, and they break the timelines
    that platforms, résumé themes and applicant tracking systems build from them, so your
    degree may be shown in the wrong place or without dates.

    Example
    "startDate": "2018-09", "endDate": "2014-06"

    Better
    "startDate": "2014-09", "endDate": "2018-06" (or "endDate": "2027-06" for a degree
    you are still studying for)

    Options
    None.
    """
    if not profile.knows("education"):
        return
    for index, item in enumerate(profile.education):
        path = f"education[{index}]"
        for part, value in (("start", item.start), ("end", item.end)):
            if value is not None and _not_a_date(value, part):
                shown = _shorten(value.text.strip(), DATE_QUOTE_LIMIT)
                yield Finding(
                    f'Education {_label(item, index)}: {part} date "{shown}" {_problem(value)}',
                    field=f"{path}.{part}",
                    quote=value.text,
                )
        start, end = item.start, item.end
        if start is None or end is None or not (start.is_date and end.is_date):
            continue
        if _not_a_date(start, "start") or _not_a_date(end, "end"):
            continue
        precision = coarser(start, end)
        if end.key(precision) < start.key(precision):
            yield Finding(
                f"Education {_label(item, index)}: ends {end.iso()}, before it starts "
                f"{start.iso()}",
                field=f"{path}.end",
                quote=end.text or None,
            )
