"""Dates of roles for the experience rules: comparing partial dates and finding gaps.

A month is counted as ``year * 12 + month - 1``.  A date given only as a year covers the
whole year, so a gap next to it is counted in whole years.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from profilelint.api import PartialDate, coarser


class Span(NamedTuple):
    """The months a dated entry covers, and whether each end was given only as a year."""

    start: int
    start_year_only: bool
    stop: int
    stop_year_only: bool
    field: str


class Gap(NamedTuple):
    """An uncovered stretch: how a message shows it, its length, the entry after it."""

    shown: str
    months: int
    field: str


def after(later: PartialDate, earlier: PartialDate) -> bool:
    """True when ``later`` is strictly after ``earlier`` at the precision both share."""
    precision = coarser(later, earlier)
    return later.key(precision) > earlier.key(precision)


def means_now(end: PartialDate | None) -> bool:
    """True for an open end: none, or words without a digit ("obecnie", "til dato", "今")
    that say "to this day" in a language the loader does not know."""
    return end is None or (
        end.known and end.year is None and not any(c.isdigit() for c in end.text)
    )


def month_of(date: PartialDate, last: bool) -> int:
    """The first or last month the date can mean."""
    day = date.last_day() if last else date.first_day()
    return day.year * 12 + day.month - 1


def span(start: PartialDate | None, end: PartialDate | None, now: int, field: str) -> Span | None:
    """The months a dated entry covers; None when its dates cannot tell (an open end is now)."""
    if start is None or not start.is_date:
        return None
    if means_now(end):
        return Span(month_of(start, last=False), start.precision == "year", now, False, field)
    if end is None or not end.is_date:
        return None
    return Span(
        month_of(start, last=False),
        start.precision == "year",
        month_of(end, last=True),
        end.precision == "year",
        field,
    )


def _holes(spans: list[Span]) -> Iterator[tuple[int, int, bool, str]]:
    """Holes between merged spans: the months covered before and after, year-only, field."""
    ordered = sorted(spans, key=lambda s: (s.start, not s.start_year_only))
    end, end_year_only = ordered[0].stop, ordered[0].stop_year_only
    for item in ordered[1:]:
        if item.start > end + 1:
            yield end, item.start, end_year_only or item.start_year_only, item.field
        if item.stop > end or (item.stop == end and item.stop_year_only):
            end, end_year_only = item.stop, item.stop_year_only


def month_text(month: int, year_only: bool) -> str:
    """A month as ``YYYY-MM``, or ``YYYY`` when counted in whole years."""
    return f"{month // 12}" if year_only else f"{month // 12}-{month % 12 + 1:02d}"


def gaps(roles: list[Span], others: Iterable[Span], longest: int) -> Iterator[Gap]:
    """Stretches longer than ``longest`` months between the first role's start and the last
    role's end that neither a role nor one of ``others`` (study, volunteering) covers."""
    first, last = min(s.start for s in roles), max(s.stop for s in roles)
    for before, following, year_only, field in _holes([*roles, *others]):
        if before < first or following > last:
            continue
        if year_only:  # counted in whole years: the years strictly between the two dates
            begin, stop = (before // 12 + 1) * 12, (following // 12) * 12 - 1
        else:
            begin, stop = before + 1, following - 1
        months = stop - begin + 1
        if months > longest:
            shown = month_text(begin, year_only)
            if month_text(stop, year_only) != shown:
                shown += f" to {month_text(stop, year_only)}"
            yield Gap(shown, months, field)
