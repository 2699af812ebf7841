"""Recommendation rules (REC): what others say about the person.

A recommendation's author is a third party: no message ever names or quotes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from profilelint.api import Context, Finding, LazyPattern, Profile, rule

from ._sample_text import is_sample_text
from .placeholders import find_placeholders

# "References available upon request" stands in for references; it is not one.
_ON_REQUEST = LazyPattern(
    r"\b(?:(?:up)?on|by|upon|at\s+your)\s+request\b|\bauf\s+(?:Anfrage|Nachfrage|Wunsch)\b"
    r"|\b(?:a|bajo|previa)\s+(?:petici[oó]n|solicitud)\b"
    r"|\b(?:sob|a|mediante)\s+(?:pedido|solicita[cç][aã]o)\b"
    r"|\bp[aå]\s+(?:foresp[oø]rsel|anmodning|beg[aæ]ran)\b|\bsur\s+(?:simple\s+)?demande\b"
    r"|\bsu\s+richiesta\b|\bna\s+(?:życzenie|prośbę|żądanie)\b|\bop\s+(?:aan)?vraag\b",
    re.IGNORECASE,
)
# A real recommendation may say "upon request" in passing; the stand-in is a short line.
_STAND_IN_WORDS = 10
# What a form puts in an empty author or text field: not a person, not a recommendation.
_EMPTY = frozenset({"", "-", "–", "—", "n/a", "na", "none", "tbd", "tba", "null", "?", "..."})


def _is_stand_in(value: str) -> bool:
    """True when ``value`` is empty, a form's filler or an "on request" line."""
    value = value.strip()
    if value.lower() in _EMPTY:
        return True
    return bool(_ON_REQUEST.search(value)) and len(value.split()) <= _STAND_IN_WORDS


def _is_recommendation(author: str | None, text: str | None) -> bool:
    """A reference is its text: an author with an empty, "-" or template text is none."""
    text = text or ""
    if _is_stand_in(text) or is_sample_text(text):
        return False
    return not (len(text.split()) <= _STAND_IN_WORDS and find_placeholders(text))


@rule(
    "REC001",
    "recommendations-missing",
    severity="info",
    help="Ask two or three people you worked closely with for a short, specific recommendation.",
)
def recommendations_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile carries at least one recommendation (LinkedIn) or reference (JSON
    Resume ``references``).  An entry whose text only says references are available on
    request, in any of several languages, is empty, holds only "N/A" or a dash, a short
    placeholder ("[recommendation]") or a template's sample text ("It is my pleasure to
    recommend Richard…"), is not a recommendation, whoever is named as its author; a longer
    text that mentions a request in passing is.

    Why it matters
    Anyone can describe themselves well; a recommendation is someone else vouching for you,
    in their own words.  It is the part of a profile readers trust most, and a few specific
    ones from managers, clients or colleagues make every other claim more credible.

    Example
    A profile with ten years of experience and no recommendations, or only
    "References available upon request".

    Better
    Two recommendations: one from a former manager about a project you led, one from a
    client or colleague about working with you day to day.

    Options
    None.
    """
    if not profile.knows("recommendations"):
        return
    if not any(_is_recommendation(r.author, r.text) for r in profile.recommendations):
        yield Finding("The profile has no recommendations", field="recommendations")
