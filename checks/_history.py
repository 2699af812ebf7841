"""The recent window that the history rules (NET, END) judge.

An export is history the member cannot edit: an invitation sent years ago says nothing
about how they reach out today.  So these rules look only at the last ``window-days``
before the export's own date (its file name, else its newest record), never before the
clock: the same export gives the same findings whenever it is linted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from profilelint.api import Profile


def day_of(text: str | None) -> dt.date | None:
    """The day of an ISO date text (``YYYY-MM-DD``, maybe with a time), or None."""
    if not text or len(text) < 10:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _record_days(profile: Profile) -> Iterable[dt.date | None]:
    for invitation in (*profile.invitations_sent, *profile.invitations_received):
        yield day_of(invitation.sent_at)
    for endorsement in (*profile.endorsements_received, *profile.endorsements_given):
        yield day_of(endorsement.date)


def anchor(profile: Profile) -> dt.date | None:
    """The day the window ends: the export's date, else the newest dated record."""
    if profile.exported_on is not None and profile.exported_on.is_date:
        return profile.exported_on.last_day()
    days = [day for day in _record_days(profile) if day is not None]
    return max(days) if days else None


class Window:
    """The days from ``end - days`` (exclusive) to ``end`` (inclusive)."""

    def __init__(self, end: dt.date, days: int) -> None:
        self.end = end
        self.start = end - dt.timedelta(days=days)
        self.days = days

    def holds(self, text: str | None) -> bool:
        """True when the ISO date ``text`` falls in the window (an unknown date does not)."""
        day = day_of(text)
        return day is not None and self.start < day <= self.end

    def describe(self) -> str:
        """The window in words: "in the 90 days up to 2026-03-01"."""
        return f"in the {self.days} days up to {self.end.isoformat()}"


def window(profile: Profile, days: int) -> Window | None:
    """The window to judge, or None when no date tells where the history ends."""
    end = anchor(profile)
    return Window(end, days) if end is not None else None
