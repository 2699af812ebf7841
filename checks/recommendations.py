"""Recommendation rules (REC): what others say about the person.

A recommendation's author is a third party: no message ever names or quotes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from profilelint.api import Context, Finding, Profile, rule

# "References available upon request" stands in for references; it is not one.
_ON_REQUEST = re.compile(
    r"\b(?:(?:up)?on|by|upon)\s+request\b|\bauf\s+(?:Anfrage|Wunsch)\b"
    r"|\b(?:a|bajo|previa)\s+(?:petici[oó]n|solicitud)\b|\bsob\s+(?:pedido|solicita[cç][aã]o)\b"
    r"|\bp[aå]\s+(?:foresp[oø]rsel|anmodning|beg[aæ]ran)\b|\bsur\s+demande\b|\bsu\s+richiesta\b",
    re.IGNORECASE,
)


def _is_recommendation(author: str | None, text: str | None) -> bool:
    author, text = (author or "").strip(), (text or "").strip()
    if not author and (not text or _ON_REQUEST.search(text)):
        return False
    return bool(author or text)


@rule(
    "REC001",
    "recommendations-missing",
    severity="info",
    help="Ask two or three people you worked closely with for a short, specific recommendation.",
)
def recommendations_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile carries at least one recommendation (LinkedIn) or reference (JSON
    Resume ``references``).  An entry that only says references are available on request,
    in any of several languages, is not a recommendation.

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
