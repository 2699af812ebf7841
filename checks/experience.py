"""Experience rules (EXP): the roles a profile lists, their dates and how they are described."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from profilelint.api import (
    Context,
    Finding,
    LazyPattern,
    PartialDate,
    Position,
    Profile,
    rule,
    shorten,
)

from . import _experience_dates as dates
from . import _experience_words as data

QUOTE_LIMIT = 60
_WEAK_PHRASES = LazyPattern(
    r"(?:^|[.;:!?•·▪*(\n]|(?:^|\s)[-–—]|\band\s)[\s\"'“‘]*(?:(?:"
    + data.OPENING_LEAD_INS
    + r")\s+)*(?P<opening>"
    + "|".join(data.OPENING_PHRASES)
    + r")\b"
    + data.OPENING_END
    + r"|\b(?P<anywhere>"
    + "|".join(data.ANYWHERE_PHRASES)
    + r")\b",
    re.IGNORECASE | re.MULTILINE,
)
# A number that measures something: "40%", "$2M", "10x", "15+", "3 engineers"; not a year,
# and not part of a name such as "S3", "2FA" or "Web3".
_NUMBER = re.compile(r"(?<![\w.\-/])(\d+(?:[,.]\d+)*)(%|\+|[kKmMbBxX]{1,2}\b|bn\b|(?![\w]))")
_CURRENCY = re.compile(r"[$€£¥₹]\s?\d")
# "x2 conversion", "×3 throughput"; "a third", "two thirds", "half the cost", "zero downtime";
# not "third-party".
_MULTIPLE = re.compile(r"(?<![\w.])[x×]\d+(?:[.,]\d+)?\b", re.IGNORECASE)
_FRACTION = re.compile(
    r"\b(?:a|one|two|three|by)\s+(?:half|third|quarter|fifth)s?\b(?![\s-]+part(?:y|ies))"
    r"|\bhalf\s+(?:the|of|a|an|our|its|their)\b|\bzero\b",
    re.IGNORECASE,
)
# A word each match of the pattern above holds, in lower case (see ``_may_hold``).
_FRACTION_WORDS = ("half", "third", "quarter", "fifth", "zero")
_WEAK_WORDS = ("responsib", "involved", "assisted", "helped", "duties", "worked", "various")
# The only characters other than an ASCII letter's two cases that a pattern ignoring case
# lets stand for an ASCII letter and that lower() does not make that letter: "ı" and "İ" for
# "i", "ſ" for "s" (the Kelvin sign, for "k", lowers to "k").
_CASE_ODDITIES = ("ı", "İ", "ſ")
_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z]+")


class Options(BaseModel):
    """Options of the experience rules (``[tool.profilelint.checks.experience]``)."""

    model_config = ConfigDict(extra="forbid")

    max_gap_months: int = Field(12, ge=1, description="EXP008: the longest gap allowed.")
    education_covers_gaps: bool = Field(
        True, description="EXP008: time spent studying does not count as a gap."
    )
    max_description_length: int = Field(
        2000, ge=1, description="EXP009: the longest role description allowed."
    )
    max_title_length: int = Field(100, ge=1, description="EXP010: the longest title allowed.")


def _shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    return shorten(text, limit)


def _role(position: Position, index: int) -> str:
    """How a message names a role: "Title at Company", or its number in the list."""
    title, company = (position.title or "").strip(), (position.company or "").strip()
    if title and company:
        return f'"{_shorten(f"{title} at {company}", 50)}"'
    if title or company:
        return f'"{_shorten(title or company, 50)}"'
    return f"role {index + 1}"


# A role that ended this many years ago and says nothing is a candidate to drop or group.
OLD_ROLE_YEARS = 10


def _subject(position: Position, index: int) -> str:
    """The role as the subject of a message: 'Role "Title at Company"' or 'Role 2'."""
    return "Role " + _role(position, index).removeprefix("role ")


def _positions(profile: Profile, ctx: Context) -> list[tuple[int, Position]]:
    """The roles the source can tell, with their indices (worked out once per profile)."""
    return ctx.once(_known_positions, profile)


def _texts(profile: Profile, index: int, ctx: Context) -> list[tuple[str, str]]:
    """The role's description and highlights as (field, text), only what the source tells."""
    return ctx.once(_role_texts, profile).get(index, [])


def _known_positions(profile: Profile) -> list[tuple[int, Position]]:
    if not profile.knows("positions"):
        return []
    return [(i, p) for i, p in enumerate(profile.positions) if profile.knows(f"positions[{i}]")]


def _role_texts(profile: Profile) -> dict[int, list[tuple[str, str]]]:
    """The texts of every role the source can tell, by index."""
    texts = {}
    for index, position in enumerate(profile.positions):
        path = f"positions[{index}]"
        found: list[tuple[str, str]] = []
        if profile.knows(f"{path}.description") and (position.description or "").strip():
            found.append((f"{path}.description", position.description or ""))
        if profile.knows(f"{path}.highlights"):
            found += [(f"{path}.highlights[{j}]", h) for j, h in enumerate(position.highlights)]
        texts[index] = [(field, text) for field, text in found if text.strip()]
    return texts


@rule(
    "EXP001",
    "experience-missing",
    severity="warning",
    help="Add your roles, including the current one, with a line on what you did in each.",
)
def experience_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile lists at least one role.  A freelancer who lists projects with dates and
    a description instead of roles has roles: those projects count.

    Why it matters
    Experience is the part of a profile people read to decide whether you can do the work.
    Without it, a headline and a summary are claims with nothing behind them, and searches
    by employer or job title never find you.

    Example
    A profile with a name, a headline and skills, and no positions.

    Better
    List your current role and the ones before it, each with a title, the employer and dates.

    Options
    None.
    """
    # A freelancer's dated, described projects are roles.
    if profile.complete("positions") and not profile.positions and not _has_dated_projects(profile):
        yield Finding("The profile lists no roles", field="positions")


def _has_dated_projects(profile: Profile) -> bool:
    """A freelancer's projects with dates and descriptions are their roles."""
    return any(
        p.start is not None
        and ((p.description or "").strip() or any(h.strip() for h in p.highlights))
        for p in profile.projects
    )


@rule(
    "EXP002",
    "single-position",
    severity="warning",
    help="Add your earlier roles too; a career shows what you have grown from.",
)
def single_position(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Whether the profile lists only one role.  Roles are counted, not employers: two roles at
    one employer are two roles.

    Why it matters
    A profile showing only the current job hides the path that led there: the experience,
    industries and promotions that make you credible.  It also reads as unfinished.

    Example
    One position, "Account Manager at Contoso", and nothing before it.

    Better
    The current role plus the earlier ones, internships and freelance work included.

    Options
    None.
    """
    if profile.complete("positions") and len(profile.positions) == 1:
        yield Finding(
            f"Only one role is listed: {_role(profile.positions[0], 0)}", field="positions[0]"
        )


@rule(
    "EXP003",
    "position-undescribed",
    severity="warning",
    help="Add two or three lines on what you did in the role and what came of it.",
)
def position_undescribed(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Roles with neither a description nor highlights.  What the employer does (JSON Resume's
    `work[].description`) does not describe the role.  Two or more undescribed roles that
    ended over ten years ago (student jobs, a café, a call centre) are one finding, the
    others related, with the advice to drop them or group them in one line.

    Why it matters
    A title alone says what you were called, not what you did.  Two lines on the problems you
    worked on and what came of them are what makes a reader remember the role.

    Example
    "Operations Analyst at Fabrikam, 2019-2022" with nothing below it.

    Better
    "Rebuilt the weekly stock forecast; out-of-stock days fell from 9 to 3 a month."

    Options
    None.
    """
    undescribed = []
    for index, position in _positions(profile, ctx):
        # Most roles have a text: whether the source tells both fields is asked of the others.
        if _texts(profile, index, ctx):
            continue
        path = f"positions[{index}]"
        if profile.knows(f"{path}.description") and profile.knows(f"{path}.highlights"):
            undescribed.append((index, position))
    old = [
        (i, p)
        for i, p in undescribed
        if p.end is not None and p.end.year and ctx.today.year - p.end.year >= OLD_ROLE_YEARS
    ]
    if len(old) < 2:
        old = []
    for index, position in undescribed:
        if (index, position) not in old:
            yield Finding(
                f"{_subject(position, index)} has no description", field=f"positions[{index}]"
            )
    if old:
        yield Finding(
            f"{len(old)} roles that ended over {OLD_ROLE_YEARS} years ago have no description: "
            + ", ".join(_role(p, i) for i, p in old[:3])
            + (f" and {len(old) - 3} more" if len(old) > 3 else ""),
            field=f"positions[{old[0][0]}]",
            related=tuple(f"positions[{i}]" for i, _ in old[1:]),
            items=tuple(_role(p, i) for i, p in old),
            help="Drop the old roles, or group them in one line: 'Earlier: café, call centre, "
            "warehouse (2005-2010)'.",
        )


@rule(
    "EXP004",
    "position-incomplete",
    severity="error",
    help="Give every role a job title and the employer's name (or 'Self-employed').",
)
def position_incomplete(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Roles without a job title or without an employer.

    Why it matters
    A role without a title or an employer cannot be placed: readers cannot tell what you did
    or where, platforms cannot link the employer's page, and searches by company or title
    pass you by.  LinkedIn does not let you save a position without both.

    Example
    A role with the employer "Northwind Traders" and no title.

    Better
    "Logistics Planner at Northwind Traders"; freelancers write "Self-employed" or their
    trading name as the employer.

    Options
    None.
    """
    for index, position in _positions(profile, ctx):
        path = f"positions[{index}]"
        missing = [
            name
            for name, value in (("title", position.title), ("company", position.company))
            if not (value or "").strip() and profile.knows(f"{path}.{name}")
        ]
        if len(missing) == 2:
            yield Finding(f"Role {index + 1} has neither a title nor an employer", field=path)
        elif missing == ["title"]:
            yield Finding(f"{_subject(position, index)} has no job title", field=f"{path}.title")
        elif missing:
            yield Finding(f"{_subject(position, index)} has no employer", field=f"{path}.company")


@rule(
    "EXP005",
    "position-dates-invalid",
    severity="error",
    help="Give each role a start date as YYYY-MM (or YYYY) and an end no earlier than the start.",
)
def position_dates_invalid(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Role dates that cannot be right: no start date, a start or end that is not a date
    ("Spring 2019" where JSON Resume expects YYYY, YYYY-MM or YYYY-MM-DD), an end before the
    start, or a start after today (the `today` setting).  Dates are compared at the precision
    both give: "2019" to "2019-03" is fine.  "Present" and similar words mean a current role;
    an end without any digit is taken as such a word in another language, and a date the
    source could not resolve (a localised month name) is skipped.

    Why it matters
    Wrong dates make a reader doubt the rest of the profile, break the timeline that themes
    and platforms draw, and put the role in the wrong place when sorted.

    Example
    Start "2021-06", end "2019-02" (a typo in the year).

    Better
    Start "2019-06", end "2021-02".

    Options
    None.
    """
    today = _as_partial_date(ctx.today)
    for index, position in _positions(profile, ctx):
        path = f"positions[{index}]"
        start, end = position.start, position.end
        if not profile.knows(f"{path}.start"):
            continue
        if start is None:
            yield Finding(f"{_subject(position, index)} has no start date", field=f"{path}.start")
            continue
        if not start.known:
            continue
        if start.year is None:
            role = _role(position, index)  # only for a message: most roles get none
            yield Finding(
                f'Start date "{_shorten(start.text, 30)}" of {role} is not written as YYYY-MM',
                field=f"{path}.start",
                quote=start.text,
            )
            continue
        if dates.after(start, today):
            role = _role(position, index)
            yield Finding(
                f'Start date "{start.text.strip()}" of {role} is after today ({ctx.today})',
                field=f"{path}.start",
                quote=start.text.strip(),
            )
            continue
        if end is None or not end.known or not profile.knows(f"{path}.end"):
            continue
        if end.year is None:
            if any(ch.isdigit() for ch in end.text):
                role = _role(position, index)
                yield Finding(
                    f'End date "{_shorten(end.text, 30)}" of {role} is not written as YYYY-MM',
                    field=f"{path}.end",
                    quote=end.text,
                )
        elif dates.after(start, end):
            role = _role(position, index)
            yield Finding(
                f'End date "{end.text.strip()}" of {role} is before its start '
                f'"{start.text.strip()}"',
                field=f"{path}.end",
                quote=end.text.strip(),
            )


@lru_cache(maxsize=8)
def _as_partial_date(day: dt.date) -> PartialDate:
    """``day`` as a model date (built once per run's ``today``, not once per profile)."""
    return PartialDate(year=day.year, month=day.month, day=day.day)


def _may_hold(text: str, lowered: str, words: tuple[str, ...]) -> bool:
    """False when a pattern ignoring case, each of whose matches holds one of ``words``
    (lower-case ASCII), cannot match ``text`` (``lowered`` is ``text.lower()``)."""
    for word in words:  # a loop, not a generator: asked of every role's texts
        if word in lowered:
            return True
    # The oddities are not ASCII: most texts are, and need no search for them.
    return not text.isascii() and any(c in text for c in _CASE_ODDITIES)


def _has_metric(text: str) -> bool:
    """True when ``text`` gives a number, a percentage, an amount or a number word."""
    if "%" in text:
        return True
    # An amount, a multiple and a number each need a digit: most texts have none.
    digit = _DIGIT.search(text) is not None
    if digit and (_CURRENCY.search(text) or _MULTIPLE.search(text)):
        return True
    lowered = text.lower()
    if _may_hold(text, lowered, _FRACTION_WORDS) and _FRACTION.search(text):
        return True
    for match in _NUMBER.finditer(text) if digit else ():
        if not (_YEAR.fullmatch(match.group(1)) and not match.group(2)):
            return True
    return not data.NUMBER_WORDS.isdisjoint(_WORD.findall(lowered))


@rule(
    "EXP006",
    "achievements-unquantified",
    severity="info",
    help="Add a number to your best results: how much, how many, how fast, for how many people.",
    languages={"en"},
)
def achievements_unquantified(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Whether any described role gives a number: a count, a percentage, an amount of money, a
    multiple ("10x", "x2"), a number word ("twelve", "doubled", "halved") or a fraction
    ("by a third", "half the cost", "zero downtime").  Years and names with
    digits ("S3", "2FA") do not count.  One finding for the whole profile.

    Why it matters
    Numbers turn a duty into a result a reader can weigh: "cut month-end close from 10 days
    to 4" says more than "improved the month-end close", and is easier to remember.

    Example
    Three roles described with "Improved reporting", "Supported customers", "Led projects".

    Better
    "Answered 60 support tickets a day with a 96% satisfaction score."

    Options
    None.
    """
    described = [
        (index, texts)
        for index, position in _positions(profile, ctx)
        if (texts := _texts(profile, index, ctx))
    ]
    if not described or any(_has_metric(t) for _, texts in described for _, t in texts):
        return
    example = _shorten(described[0][1][0][1], 50)
    count = "the described role" if len(described) == 1 else f"the {len(described)} described roles"
    yield Finding(
        f'No number or result in {count}, e.g. "{example}"',
        field="positions",
        related=tuple(f"positions[{index}]" for index, _ in described),
    )


@rule(
    "EXP007",
    "weak-phrasing",
    severity="info",
    help="Start with what you did ('Built', 'Cut', 'Led') and what came of it.",
    languages={"en"},
)
def weak_phrasing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Phrases that describe a job instead of what you did in it: "responsible for", "involved
    in", "assisted with" and "helped with" where they open a sentence, a bullet or a clause
    after "and", and
    "duties included", "responsibilities included", "worked on various", "various tasks"
    anywhere.  One finding per description or highlight, quoting the phrases.

    Why it matters
    Everyone in the role had the same duties; a reader wants to know what you did with them
    and what came of it.  Duty phrases also make every role read alike.

    Example
    "Responsible for the company's social media. Helped with events."

    Better
    "Grew the company's Instagram from 2,000 to 15,000 followers; ran four trade-fair stands."

    Options
    None.
    """
    for index, position in _positions(profile, ctx):
        for field, text in _texts(profile, index, ctx):
            if not _may_hold(text, text.lower(), _WEAK_WORDS):
                continue  # most texts hold none of the phrases' words
            found = [
                m.group("opening") or m.group("anywhere") for m in _WEAK_PHRASES.finditer(text)
            ]
            if found:
                shown = ", ".join(
                    f'"{p}"' for p in dict.fromkeys(" ".join(f.split()) for f in found)
                )
                yield Finding(
                    f"Weak phrasing in {_role(position, index)}: {_shorten(shown, 70)}",
                    field=field,
                    quote=found[0],
                )


@rule(
    "EXP008",
    "employment-gap",
    severity="info",
    help="Add what you did in the gap (study, caring, travel, a sabbatical) as a role or a line.",
    default_enabled=False,
)
def employment_gap(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Stretches of more than 12 months, between the first role's start and the last role's end
    (today if a role is current), that no role covers.  Concurrent roles are merged; time in
    education, volunteering and projects with an end date counts as covered.  A role without
    an end date, or whose end is a word ("Present", "obecnie", "til dato"), runs to today.
    Where either side of a gap gives only a year, the gap is counted in whole years: "2019"
    to "2021-03" leaves only 2020 uncovered.  Off by default: turn it on with
    `extend-select = ["EXP008"]`.

    Why it matters
    Readers notice unexplained gaps and fill them with guesses.  A career break is ordinary;
    a line saying what it was (a degree, caring for family, a sabbatical, a start-up that did
    not work out) answers the question before it is asked.

    Example
    "Analyst, 2015-01 to 2018-03" then "Consultant, 2019-10 to now".

    Better
    Add "Career break: travelled and completed a data engineering course, 2018-04 to 2019-09".

    Options
    max_gap_months (default 12): the longest stretch allowed without a role.
    education_covers_gaps (default true): count time in education as covered.
    """
    if not profile.complete("positions") or not profile.positions:
        return
    now = ctx.today.year * 12 + ctx.today.month - 1
    roles = [
        dates.span(p.start, p.end, now, f"positions[{i}].start")
        for i, p in enumerate(profile.positions)
    ]
    if any(span is None or span.start > now or span.start > span.stop for span in roles):
        return  # a role with unusable dates may well fill any gap found
    others = [(v.start, v.end, f"volunteer[{i}].start") for i, v in enumerate(profile.volunteer)]
    others += [
        (p.start, p.end, f"projects[{i}].start")
        for i, p in enumerate(profile.projects)
        if p.end is not None  # an open-ended side project does not fill every gap to today
    ]
    if ctx.options.education_covers_gaps:
        others += [
            (e.start, e.end, f"education[{i}].start")
            for i, e in enumerate(profile.education)
            if e.end is not None
        ]
    covered = [s for a, b, f in others if (s := dates.span(a, b, now, f)) and s.start <= s.stop]
    longest = ctx.options.max_gap_months
    for gap in dates.gaps([s for s in roles if s is not None], covered, longest):
        yield Finding(f"No role covers {gap.shown} ({gap.months} months)", field=gap.field)


def _too_long(text: str, limit: int, what: str, role: str) -> str:
    return (
        f"{what} of {role} is {len(text):,} characters, over the limit of {limit:,}: "
        f'"…{_shorten(text[limit:], 30)}" is cut'
    )


@rule(
    "EXP009",
    "description-too-long",
    severity="error",
    help="Cut the description to the limit; keep the results and drop the duties.",
)
def description_too_long(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Role descriptions longer than LinkedIn allows (2,000 characters).  Off in the resume
    target.

    Why it matters
    LinkedIn will not save a longer description: the end is cut, often mid-sentence, and
    readers only see the first lines before "see more" anyway.

    Example
    A role described in 2,400 characters listing every duty of the job.

    Better
    Five lines on the results that matter most, with numbers.

    Options
    max_description_length (default 2000): the longest description allowed, in characters.
    """
    limit = ctx.options.max_description_length
    for index, position in _positions(profile, ctx):
        text = position.description or ""
        if len(text) > limit:
            yield Finding(
                _too_long(text, limit, "Description", _role(position, index)),
                field=f"positions[{index}].description",
                quote=text[limit:],
            )


@rule(
    "EXP010",
    "title-too-long",
    severity="error",
    help="Keep the title to the job title; put the rest in the description.",
)
def title_too_long(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Job titles longer than LinkedIn allows (100 characters).  Off in the resume target.

    Why it matters
    LinkedIn will not save a longer title, and a title stuffed with keywords reads as spam in
    search results, where it is cut after a few words anyway.

    Example
    "Senior Software Engineer | Java | Spring | AWS | Kubernetes | Microservices | Agile |
    Team Lead | Mentor"

    Better
    "Senior Software Engineer", with the technologies in the description.

    Options
    max_title_length (default 100): the longest title allowed, in characters.
    """
    limit = ctx.options.max_title_length
    for index, position in _positions(profile, ctx):
        title = position.title or ""
        if len(title) > limit:
            yield Finding(
                _too_long(title, limit, "Title", f"role {index + 1}"),
                field=f"positions[{index}].title",
                quote=title[limit:],
            )
