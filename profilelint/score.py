"""The profile score (``score_version`` 2): completeness, minus bounded deductions, as a level.

Completeness: each fact below carries a weight; the weights sum to 100. A profile with no
roles but dated, described projects (a freelancer's) meets the position facts with them. A
fact about a field the source cannot tell (a LinkedIn export shows no photo) leaves the
denominator, so a profile is never marked down for what its format cannot carry. A field the
file holds under a misspelt key or with a value of the wrong type (INP006 "did you mean",
INP004) is not "unknown" for the score: the fact stays in the denominator, unmet, so a typo
never scores higher than the missing field. Completeness is the share of the remaining
weight met. A source that can tell less than half of the weight (a saved page showing only
a name and a photo, an export holding only connections) gets no score: a share of so little
would rank a near-empty page above a full profile.

Deductions, per rule code, after configuration (ignored rules do not count):

- a rule's first diagnostic deducts by severity (error 10, warning 5, info 1), each further
  one a quarter of that, and one rule never deducts more than twice its first: a rule that
  fires on every role counts, but cannot sink a profile alone (NET, END and plugin rules
  alike);
- a rule that reports a completeness fact missing (HDL001, SUM001, PHO001, EXP001, EDU001,
  SKL001, BAS002, REC001) deducts nothing when that fact is unmet: completeness already
  charged it;
- leftover template text (TXT001) deducts as an error whatever severity it is configured to;
- rules that read one language only (``languages`` set, e.g. English-only phrasing rules)
  deduct nothing: they cannot run on other languages' profiles, and would otherwise make
  those score higher than an English profile of the same quality;
- input and internal diagnostics (``INP``, ``INT``) judge the file, not the profile.

The score is clamped to 0-100; the level follows fixed thresholds.  Changing a weight, a
deduction, a bound or a threshold bumps ``SCORE_VERSION``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from profilelint.diagnostic import Diagnostic
from profilelint.model import Profile

SCORE_VERSION = 2
#: Below this much known weight a profile is not scored (None), however much of it is met.
MIN_KNOWN_WEIGHT = 50


def _has_text(value: str | None) -> bool:
    return bool(value and value.strip())


def _described_project(project: object) -> bool:
    """A dated, described project: a freelancer's role (see EXP001)."""
    return getattr(project, "start", None) is not None and (
        _has_text(getattr(project, "description", None))
        or any(map(_has_text, getattr(project, "highlights", [])))
    )


def _current_described(p: Profile) -> bool:
    if not p.positions:
        return any(_described_project(x) and x.end is None for x in p.projects)
    return any(
        pos.current and (_has_text(pos.description) or any(map(_has_text, pos.highlights)))
        for pos in p.positions
    )


def _past_positions(p: Profile) -> bool:
    if not p.positions:
        return any(_described_project(x) and x.end is not None for x in p.projects)
    return any(not x.current for x in p.positions)


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
    Fact("past positions", 10, "positions", _past_positions),
    Fact("education", 10, "education", lambda p: bool(p.education)),
    Fact("skills", 10, "skills", lambda p: bool(p.skills)),
    Fact("location", 5, "location", lambda p: p.location is not None and not p.location.is_empty()),
    Fact("recommendations", 5, "recommendations", lambda p: bool(p.recommendations)),
)
DEDUCTIONS = {"error": 10, "warning": 5, "info": 1}
#: Each further diagnostic of one rule deducts this share of the first.
REPEAT_SHARE = 0.25
#: One rule deducts at most this many times its first diagnostic.
RULE_CAP = 2
#: The rule that reports each completeness field missing: charged once, by completeness.
MISSING_RULES: dict[str, str] = {
    "HDL001": "headline",
    "SUM001": "summary",
    "PHO001": "photo",
    "EXP001": "positions",
    "EDU001": "education",
    "SKL001": "skills",
    "BAS002": "location",
    "REC001": "recommendations",
}
#: Template text left in a profile costs an error, whatever its configured severity.
AS_ERROR = frozenset({"TXT001"})
LEVELS: tuple[tuple[int, str], ...] = (
    (90, "All-Star"),
    (80, "Expert"),
    (60, "Advanced"),
    (40, "Intermediate"),
    (0, "Beginner"),
)


def _hidden_fields(diagnostics: Iterable[Diagnostic]) -> set[str]:
    """Fields the file holds but under a misspelt key or with a wrong type."""
    return {
        d.field.split("[")[0].split(".")[0]
        for d in diagnostics
        if d.code in ("INP004", "INP006") and d.severity != "info" and d.field
    }


def _fact_known(profile: Profile, fact: Fact, hidden: set[str] | frozenset[str], met: bool) -> bool:
    if fact.field in hidden:
        return True  # written, but unusable: unmet, not unknown
    if not profile.knows(fact.field):
        return False
    # A partial list that shows nothing says nothing: the rest may hold the fact.
    return met or profile.complete(fact.field)


def _met(profile: Profile) -> list[bool]:
    """Whether the profile meets each fact of ``FACTS``, in order (each test run once)."""
    return [fact.met(profile) for fact in FACTS]


def completeness(profile: Profile, hidden: set[str] | frozenset[str] = frozenset()) -> int | None:
    """The share (0-100) of known facts the profile meets; None when too little is known.

    ``hidden`` names fields written under a misspelt key or with a wrong type: their facts
    count as unmet rather than unknown.
    """
    return _completeness(profile, hidden, _met(profile))


def _completeness(
    profile: Profile, hidden: set[str] | frozenset[str], met: list[bool]
) -> int | None:
    total = 0
    met_weight = 0
    for fact, is_met in zip(FACTS, met, strict=True):
        if _fact_known(profile, fact, hidden, is_met):
            total += fact.weight
            if is_met and fact.field not in hidden:
                met_weight += fact.weight
    if total < MIN_KNOWN_WEIGHT:
        return None
    return round(100 * met_weight / total)


def level_of(score: int) -> str:
    """The level name of a score."""
    return next(name for threshold, name in LEVELS if score >= threshold)


def deduction(
    profile: Profile,
    diagnostics: Iterable[Diagnostic],
    language_bound: frozenset[str] = frozenset(),
) -> float:
    """What the diagnostics deduct, by the rules of the module docstring."""
    return _deduction(_met(profile), diagnostics, language_bound)


def _deduction(
    met: list[bool], diagnostics: Iterable[Diagnostic], language_bound: frozenset[str]
) -> float:
    unmet = {fact.field for fact, is_met in zip(FACTS, met, strict=True) if not is_met}
    per_rule: dict[str, list[int]] = {}
    for d in diagnostics:
        if d.code.startswith(("INP", "INT")) or d.code in language_bound:
            continue
        if MISSING_RULES.get(d.code) in unmet:
            continue
        weight = DEDUCTIONS["error" if d.code in AS_ERROR else d.severity]
        per_rule.setdefault(d.code, []).append(weight)
    total = 0.0
    for weights in per_rule.values():
        first = max(weights)
        rest = sum(weights) - first
        total += min(RULE_CAP * first, first + REPEAT_SHARE * rest)
    return total


def score(
    profile: Profile,
    diagnostics: Iterable[Diagnostic],
    language_bound: frozenset[str] = frozenset(),
) -> tuple[int | None, str | None]:
    """The profile's score and level after deductions.

    ``language_bound`` names the rules that read only some languages (they deduct nothing).
    """
    diagnostics = list(diagnostics)
    # Each fact is tested once, for the completeness and the deductions alike.
    met = _met(profile)
    base = _completeness(profile, _hidden_fields(diagnostics), met)
    if base is None:
        return None, None
    value = max(0, min(100, round(base - _deduction(met, diagnostics, language_bound))))
    return value, level_of(value)
