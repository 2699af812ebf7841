"""The profile score (``score_version`` 1): completeness, minus deductions, as a level.

Completeness: each fact below carries a weight; the weights sum to 100.  A fact about a field
the source cannot tell (a LinkedIn export shows no photo) leaves the denominator, so a
profile is never marked down for what its format cannot carry.  Completeness is the share of
the remaining weight the profile meets.

Deductions: every diagnostic that remains after configuration (ignored rules do not count)
subtracts by severity: error 10, warning 5, info 1.  Input and internal diagnostics
(``INP``, ``INT``) judge the file, not the profile, and do not count.  The score is clamped to
0-100; the level follows fixed thresholds.  Changing a weight, a deduction or a threshold
bumps ``SCORE_VERSION``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from profilelint.diagnostic import Diagnostic
from profilelint.model import Profile

SCORE_VERSION = 1


def _has_text(value: str | None) -> bool:
    return bool(value and value.strip())


def _current_described(p: Profile) -> bool:
    return any(
        pos.current and (_has_text(pos.description) or any(map(_has_text, pos.highlights)))
        for pos in p.positions
    )


@dataclass(frozen=True)
class Fact:
    """One completeness fact: its label, weight, the field it needs, and the test."""

    label: str
    weight: int
    field: str
    met: Callable[[Profile], bool]


FACTS: tuple[Fact, ...] = (
    Fact("photo", 15, "photo", lambda p: p.photo is not None and not p.photo.is_default),
    Fact("headline", 15, "headline", lambda p: _has_text(p.headline)),
    Fact("summary", 15, "summary", lambda p: _has_text(p.summary)),
    Fact("current position described", 15, "positions", _current_described),
    Fact("past positions", 10, "positions", lambda p: any(not x.current for x in p.positions)),
    Fact("education", 10, "education", lambda p: bool(p.education)),
    Fact("skills", 10, "skills", lambda p: bool(p.skills)),
    Fact("location", 5, "location", lambda p: p.location is not None and not p.location.is_empty()),
    Fact("recommendations", 5, "recommendations", lambda p: bool(p.recommendations)),
)
DEDUCTIONS = {"error": 10, "warning": 5, "info": 1}
LEVELS: tuple[tuple[int, str], ...] = (
    (90, "All-Star"),
    (80, "Expert"),
    (60, "Advanced"),
    (40, "Intermediate"),
    (0, "Beginner"),
)


def _fact_known(profile: Profile, fact: Fact) -> bool:
    if not profile.knows(fact.field):
        return False
    # A partial list that shows nothing says nothing: the rest may hold the fact.
    return profile.complete(fact.field) or fact.met(profile)


def completeness(profile: Profile) -> int | None:
    """The share (0-100) of known facts the profile meets; None when nothing is known."""
    known = [fact for fact in FACTS if _fact_known(profile, fact)]
    total = sum(fact.weight for fact in known)
    if total == 0:
        return None
    met = sum(fact.weight for fact in known if fact.met(profile))
    return round(100 * met / total)


def level_of(score: int) -> str:
    """The level name of a score."""
    return next(name for threshold, name in LEVELS if score >= threshold)


def score(profile: Profile, diagnostics: Iterable[Diagnostic]) -> tuple[int | None, str | None]:
    """The profile's score and level after deductions."""
    base = completeness(profile)
    if base is None:
        return None, None
    deduction = sum(
        DEDUCTIONS[d.severity] for d in diagnostics if not d.code.startswith(("INP", "INT"))
    )
    value = max(0, min(100, base - deduction))
    return value, level_of(value)
