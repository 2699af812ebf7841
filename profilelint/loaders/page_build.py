"""What a page's readers found, and how the finds of several sources become one Profile.

A page can say the same thing twice: a LinkedIn public page carries a JSON-LD ``Person``
beside the visible top card, the ``<title>`` repeats the name, and a personal page may carry
JSON-LD, microdata and an h-card at once.  Each reader returns :class:`Find` values per model
field; :data:`PRECEDENCE` says which source wins for each field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from profilelint.loaders.base import Problem
from profilelint.loaders.months import ENGLISH_MONTHS
from profilelint.loaders.page_source import PageSource
from profilelint.model import (
    PROFILE_FIELDS,
    Knowledge,
    PartialDate,
    Profile,
    is_present_word,
    parse_partial_date,
)

#: Sources of a page's values: ``page`` the visible layout (top card, sections), ``jsonld``
#: a schema.org Person in JSON-LD or microdata, ``mf`` an h-card / h-resume, ``title`` the
#: ``<title>`` and ``og:title``.
#:
#: Why the visible page wins on LinkedIn: it is what visitors read, and LinkedIn's JSON-LD is
#: a lossy copy (About with literal ``<br>``, ``jobTitle`` a list of role titles rather than
#: the headline, past employers mixed into ``alumniOf``).  JSON-LD fills what the page does
#: not show (a trimmed save without an About section).  Contact details and links come from
#: the markup first: they are shown as links, and the visible text is often shortened.
PRECEDENCE: dict[str, tuple[str, ...]] = {
    "name": ("page", "jsonld", "mf", "title"),
    "headline": ("page", "jsonld", "mf", "title"),
    "summary": ("page", "jsonld", "mf"),
    "location": ("page", "jsonld", "mf"),
    "photo": ("page", "jsonld", "mf"),
    "positions": ("page", "jsonld", "mf"),
    "education": ("page", "jsonld", "mf"),
    "skills": ("page", "jsonld", "mf"),
    "languages": ("page", "jsonld", "mf"),
    "certificates": ("page", "jsonld", "mf"),
    "awards": ("page", "jsonld", "mf"),
    "contact": ("jsonld", "mf", "page"),
    "links": ("jsonld", "mf", "page"),
}

# A year, optionally after one word (a month) and optionally as ISO YYYY-MM(-DD).
_DATE_TOKEN = re.compile(
    r"(?:(?P<word>[^\W\d_]+)\.?\s+)?(?P<iso>\d{4}(?:-\d{2}(?!\d)(?:-\d{2}(?!\d))?)?)(?!\d)"
)
_AFTER_DATE = re.compile(r"^\s*(?:[-–—]|to|bis|à|a|até|tot|till|until)?\s*(.*?)\s*$", re.I)
#: Three or more asterisks making up at least half a value: LinkedIn's mask of a restricted
#: profile ("**********", "J*** D**").
_MASK = re.compile(r"\*{3,}|(?:\b\w\*{2,})")


def is_masked(text: str) -> bool:
    """True when a value is shown masked with asterisks (a restricted profile)."""
    stars = text.count("*")
    visible = len(text.replace(" ", ""))
    return bool(_MASK.search(text)) and stars * 2 >= visible


def page_date(text: str) -> PartialDate:
    """A date as pages write it: "Jul 2021", "2019", "2020-08"; else kept as unknown text."""
    match = _DATE_TOKEN.search(text)
    if not match:
        return PartialDate(text=text.strip(), known=False)
    iso, word = match.group("iso"), match.group("word")
    if "-" in iso or not word:
        return parse_partial_date(iso)
    month = ENGLISH_MONTHS.get(word.lower())
    if month is None:
        # A month name in a language not read here: neither valid nor invalid.
        return PartialDate(text=match.group(0), known=False)
    return parse_partial_date(f"{iso}-{month:02d}")


def date_range(text: str) -> tuple[PartialDate | None, PartialDate | None, bool] | None:
    """Start, end and "current" of "Jul 2021 - Present · 3 yrs", "2010 – 2014", "2024-Present"."""
    text = text.split("·")[0]
    matches = list(_DATE_TOKEN.finditer(text))
    if not matches:
        return None
    start = page_date(matches[0].group(0))
    if len(matches) > 1:
        return start, page_date(matches[1].group(0)), False
    rest = _AFTER_DATE.match(text[matches[0].end() :])
    tail = rest.group(1) if rest else ""
    return start, None, bool(tail) and is_present_word(tail)


@dataclass
class Find:
    """One source's value for one model field, with the offsets of its parts.

    ``value`` None means the source cannot tell; an empty list or "" means it shows none.
    ``spots`` maps sub-paths ("", "[0].title") to character offsets in the page's text.
    """

    value: Any
    spots: dict[str, int] = field(default_factory=dict)
    partial: bool = False
    #: Sub-paths of the value that the source shows masked or cannot tell.
    unknown: set[str] = field(default_factory=set)


Finds = dict[str, dict[str, Find]]  # source -> field -> find


@dataclass
class Assembly:
    """The profile put together from every source, with its positions and problems."""

    profile: Profile
    source: PageSource
    problems: list[Problem]
    chosen: dict[str, str]


def assemble(finds: Finds, source: PageSource, masked: list[str]) -> Assembly:
    """Choose a value per field by :data:`PRECEDENCE`; fields nobody can tell are unknown."""
    values: dict[str, Any] = {}
    knowledge = Knowledge()
    chosen: dict[str, str] = {}
    for name in PROFILE_FIELDS:
        order = PRECEDENCE.get(name, ("page", "jsonld", "mf"))
        offers = [
            (src, finds[src][name])
            for src in order
            if name in finds.get(src, {}) and finds[src][name].value is not None
        ]
        # A source that shows none ("" or []) gives way to one that has the value: a trimmed
        # save drops sections that its JSON-LD still carries.
        pick = next(((s, f) for s, f in offers if f.value), offers[0] if offers else None)
        if pick is None:
            knowledge.unknown.add(name)
            continue
        src, find = pick
        chosen[name] = src
        values[name] = find.value
        for sub, offset in find.spots.items():
            source.bind(name + sub, offset)
        if find.partial:
            knowledge.partial.add(name)
        knowledge.unknown.update(name + sub for sub in find.unknown)
    try:
        profile = Profile.model_validate({**values, "knowledge": knowledge})
    except ValidationError:
        # A value no reader should have produced: that field is unknown, the rest stands.
        for name in list(values):
            try:
                Profile.model_validate({name: values[name]})
            except ValidationError:
                del values[name]
                knowledge.unknown.add(name)
        profile = Profile.model_validate({**values, "knowledge": knowledge})
    problems = []
    masked = list(dict.fromkeys(masked))  # the top card and the JSON-LD mask the same name
    if masked:
        # A restricted page hides whole sections too: what it shows as empty is unknown.
        knowledge.unknown.update(masked)
        knowledge.unknown.update(n for n in chosen if values.get(n) in ("", []))
        spot = source.locate(masked[0])
        problems.append(
            Problem(
                "INP005",
                f"{len(masked)} value{'s' if len(masked) != 1 else ''} masked with asterisks "
                "(a restricted profile): they are unknown",
                field=masked[0],
                line=spot[0] if spot else None,
                column=spot[1] if spot else None,
            )
        )
    return Assembly(profile, source, problems, chosen)
