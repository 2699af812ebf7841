"""Endorsement rules (END): skills others vouch for, and endorsements the person hands out.

An endorser or endorsee is a third party: messages count skills and days, and never name
anyone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from profilelint.api import Context, Finding, Profile, rule

from ._history import day_of, window
from ._skills_match import profile_evidence, skill_key
from .skills import _spoken_language

LIST_LIMIT = 3
#: Statuses under which an endorsement shows on the profile (others are hidden or pending).
_SHOWN = frozenset({"", "ACCEPTED", "VISIBLE"})


class Options(BaseModel):
    """Options of the endorsement rules (``[tool.profilelint.checks.endorsements]``)."""

    model_config = ConfigDict(extra="forbid")

    window_days: int = Field(90, ge=1, description="END002: days of history judged.")
    max_per_day: int = Field(
        10, ge=1, description="END002: more endorsements given in one day are in bulk."
    )


def _shown(status: str | None) -> bool:
    return (status or "").strip().upper() in _SHOWN


@rule(
    "END001",
    "endorsement-unsupported",
    severity="info",
    help="Show each endorsed skill in a role, a project or your summary, or drop the skill.",
)
def endorsement_unsupported(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Skills on the profile that others have endorsed but that nothing in the profile's own
    text backs up: no role, project, summary, headline, education, certificate, award or
    publication mentions them (matched as SKL005 matches, with aliases and inflections).
    These skills are reported here and not by SKL005.  Spoken languages are not judged.
    Not judged when the source does not show the skills and the texts whole.  The whole
    history counts: an endorsement shows on the profile however old it is.

    Why it matters
    An endorsement counts only as much as the reader believes the endorser knows your
    work.  When nothing in your own profile shows the skill in use, a row of endorsements
    looks like favours returned between strangers, and it undercuts the endorsements
    that are real.

    Example
    "Kubernetes" with 14 endorsements, and no role or project that mentions it.

    Better
    A highlight such as "Moved the billing services to Kubernetes, halving deploy time",
    or remove the skill so its endorsements stop speaking for you.

    Options
    None.
    """
    sources = ("skills", "headline", "summary", "positions", "projects", "endorsements_received")
    if not all(profile.complete(field) for field in sources):
        return
    counts: dict[str, int] = defaultdict(int)
    for endorsement in profile.endorsements_received:
        if _shown(endorsement.status) and endorsement.skill.strip():
            counts[skill_key(endorsement.skill)] += 1
    if not counts:
        return
    evidence = ctx.once(profile_evidence, profile)  # built once, for END001 and SKL005
    if not evidence:
        return
    unsupported: dict[str, int] = {}
    seen: set[str] = set()
    for index, skill in enumerate(profile.skills):
        key = skill_key(skill.name)
        if key not in counts or key in seen:
            continue
        seen.add(key)
        if not _spoken_language(profile, index) and not evidence.shows(skill.name):
            unsupported[skill.name] = index
    if not unsupported:
        return
    names = [f'"{n[:40]}" ({counts[skill_key(n)]})' for n in unsupported]
    shown = ", ".join(names[:LIST_LIMIT])
    rest = len(names) - LIST_LIMIT
    noun = "skill" if len(names) == 1 else "skills"
    yield Finding(
        f"Endorsed {noun} that nothing in the profile backs up: {shown}"
        + (f" and {rest} more" if rest > 0 else ""),
        field="skills",
        related=tuple(f"skills[{i}]" for i in unsupported.values()),
    )


@rule(
    "END002",
    "endorsements-given-in-bulk",
    severity="warning",
    help="Endorse a skill only where you have seen the person use it.",
)
def endorsements_given_in_bulk(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Days in the recent window (``window-days`` before the export's date) on which the
    person gave more than ``max-per-day`` (10) endorsements.  One diagnostic per day,
    with the endorsements as related rows.

    Why it matters
    An endorsement is a small public statement that you have seen someone's work.  Dozens
    handed out in one sitting read as clicking through LinkedIn's prompts: recipients
    who do not know you find them meaningless, and your name on them loses weight for
    the people you really can vouch for.

    Example
    34 endorsements given on 2026-02-14, most to people met once.

    Better
    A few endorsements for skills you have watched the person use, given when you worked
    together.

    Options
    ``window-days`` (90), ``max-per-day`` (10).
    """
    if not profile.knows("endorsements_given"):
        return
    span = window(profile, ctx.options.window_days)
    if span is None:
        return
    days: dict[str, list[int]] = defaultdict(list)
    for index, endorsement in enumerate(profile.endorsements_given):
        if span.holds(endorsement.date):
            day = day_of(endorsement.date)
            assert day is not None
            days[day.isoformat()].append(index)
    for day, rows in sorted(days.items()):
        if len(rows) > ctx.options.max_per_day:
            yield Finding(
                f"{len(rows)} endorsements given on {day}, over {ctx.options.max_per_day} a day",
                field=f"endorsements_given[{rows[0]}]",
                related=tuple(f"endorsements_given[{i}]" for i in rows[1:]),
            )
