"""Headline rules (HDL): the line under a member's name in every search result and comment."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from profilelint.api import (
    Context,
    Finding,
    LazyPattern,
    Profile,
    count_emoji,
    find_buzzwords,
    graphemes,
    is_all_caps_shouting,
    rule,
    shorten,
    words,
)

from . import _headline_words as data

QUOTE_LIMIT = 60
_SEPARATOR = re.compile(r"[|·•‖¦∙●▪►◆]|(?<=\s)[-–—/](?=\s)|[–—]")
_FORMER = re.compile(r"(?i)(?:ex|former)-\w")
_SEEKING = LazyPattern(
    r"^[\W_]*(?:" + "|".join(data.SEEKING_OPENINGS) + r")", re.IGNORECASE | re.UNICODE
)


class Options(BaseModel):
    """Options of the headline rules (``[tool.profilelint.checks.headline]``)."""

    model_config = ConfigDict(extra="forbid")

    max_length: int = Field(220, ge=1, description="HDL003: the longest headline allowed.")
    extra_buzzwords: list[str] = Field(
        default_factory=list, description="HDL004: phrases to flag beside the built-in list."
    )


def _shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    return shorten(text, limit)


def _headline(profile: Profile) -> str:
    return (profile.headline or "").strip() if profile.knows("headline") else ""


@rule(
    "HDL001",
    "headline-missing",
    severity="warning",
    help="Write a headline that says what you do and for whom.",
)
def headline_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile has a headline.

    Why it matters
    The headline travels with your name into search results, comments and invitations; it
    is often all a stranger reads before deciding whether to look further.  Left empty, the
    platform fills the gap with your current job title, or nothing at all.

    Example
    A profile with a name and a photo but no headline.

    Better
    "Helping regional hospitals cut waiting lists with better rostering"

    Options
    None.
    """
    if profile.knows("headline") and not (profile.headline or "").strip():
        yield Finding("The profile has no headline", field="headline")


def _strip_names(headline: str, profile: Profile) -> str:
    """The headline without the profile's own titles and employers and "at Employer" phrases."""
    names = {p.title for p in profile.positions} | {p.company for p in profile.positions}
    headline = _without_names(headline, names)
    tokens = headline.split()
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if _FORMER.match(token) and token.split("-", 1)[1][:1].isupper():
            i += 1  # a former employer: "ex-Google"
            continue
        if (token.lower() in data.EMPLOYER_CONNECTORS and token != "I") or token.startswith("@"):
            rest = token[1:] if token.startswith("@") else ""
            j = i + 1
            if not rest and j < len(tokens) and tokens[j].lower() in data.ARTICLES:
                j += 1
            run = ([rest] if rest else []) + tokens[j:]
            taken = _name_length(run)
            if taken or token.startswith("@"):
                i = j + taken - (1 if rest and taken else 0)
                continue
        kept.append(token)
        i += 1
    return " ".join(kept)


def _without_names(headline: str, names: set[str | None]) -> str:
    """The headline with each of ``names`` (as a whole word, in any case) made a space,
    the longest first."""
    lowered: str | None = None
    for name in sorted((n.strip() for n in names if n and n.strip()), key=len, reverse=True):
        # Ignoring case, an ASCII name is found only where lower case finds it, unless the
        # headline holds ı or ſ (which match i and s) or lower-cases longer (İ): most names
        # are not in the headline, and need no pattern.
        if name.isascii():
            if lowered is None:
                lowered = headline.lower()
            if (
                name.lower() not in lowered
                and len(lowered) == len(headline)
                and (headline.isascii() or ("ı" not in headline and "ſ" not in headline))
            ):
                continue
        replaced = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", headline, flags=re.I)
        if replaced != headline:
            headline, lowered = replaced, None
    return headline


def _name_length(tokens: list[str]) -> int:
    """How many leading tokens form a name ("Bank of America", "AT&T", "Bol.com", "eBay")."""
    taken = 0
    while taken < len(tokens):
        token = tokens[taken]
        # "Bank", "3M", and brands written in camel case: "iFood", "eBay", "easyJet".
        if token[:1].isupper() or token[:1].isdigit() or any(c.isupper() for c in token[1:]):
            taken += 1
            if token[-1:] in ",;:":
                break
        elif (
            taken
            and token.lower() in data.NAME_JOINERS
            and taken + 1 < len(tokens)
            and tokens[taken + 1][:1].isupper()
        ):
            taken += 1
        else:
            break
    # A lower-case last word of a name ending the headline or a part of it: "i Oslo kommune",
    # "ved Haukeland universitetssjukehus", "i Statens vegvesen".
    if (
        taken
        and tokens[taken - 1][-1:] not in ",;:"
        and taken < len(tokens)
        and tokens[taken].isalpha()
        and tokens[taken].islower()
        and tokens[taken] not in data.FUNCTION_WORDS
        and tokens[taken] not in data.AUDIENCE_WORDS
        and (taken + 1 == len(tokens) or not any(c.isalnum() for c in tokens[taken + 1]))
    ):
        taken += 1
    return taken


_VOCABULARY = (
    data.TITLE_WORDS | data.SENIORITY_WORDS | data.FOREIGN_TITLE_WORDS | data.FUNCTION_WORDS
)


def _is_title_word(word: str, audience: bool = False) -> bool:
    """True when ``word`` is part of a job title; ``audience`` when it follows "for" and the like.

    A plural or a compound after "for" names the people served, not a title: "Accountant for
    freelancers", "Recruiterin für Softwareentwickler"; a field after "for" names the market
    served: "Product designer for healthcare".
    """
    word = word.lower().strip("'’")
    if word.isdigit() or len(word) == 1:
        return True
    if audience and word not in data.FUNCTION_WORDS:
        return False
    if word in _VOCABULARY:
        return True
    if word.endswith("s") and word[:-1] in _VOCABULARY:
        return not audience
    if "-" in word and all(_is_title_word(part, audience) for part in word.split("-") if part):
        return True
    return not audience and word.endswith(data.TITLE_SUFFIXES)


def _only_title_words(remaining: list[str]) -> bool:
    """True when every word is a title word, reading words after "for" as an audience."""
    audience = False
    for word in remaining:
        if not _is_title_word(word, audience):
            return False
        audience = audience or word.lower() in data.AUDIENCE_WORDS
    return True


def _is_own_title(headline: str, profile: Profile) -> bool:
    """True when the headline is, letter for letter, one of the profile's position titles."""
    folded = " ".join(headline.casefold().split())
    return any(
        folded == " ".join((p.title or "").casefold().split()) for p in profile.positions if p.title
    )


def _is_latin(text: str) -> bool:
    if text.isascii():
        return True  # every ASCII letter is a LATIN one
    # Each distinct letter once, ASCII ones aside.
    return all(_is_latin_letter(ch) for ch in set(text) if not ch.isascii() and ch.isalpha())


@lru_cache(maxsize=1024)
def _is_latin_letter(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith("LATIN")


@rule(
    "HDL002",
    "headline-is-job-title",
    severity="warning",
    help="Add what you do and for whom, e.g. 'Building payroll tools for small restaurants'.",
)
def headline_is_job_title(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Whether the headline says anything beyond a job title and an employer.  The profile's own
    position titles and employers, common job-title words (from the US Standard Occupational
    Classification), seniority words ("Senior", "Lead"), overused self-descriptions
    ("Passionate", see HDL004) and connectors ("at", "@", "|", "en", "bei") are set aside; if
    nothing is left, the headline is only a job title.  The people after "for" ("Accountant
    for freelancers", "Berater für Arztpraxen") say for whom, even when they hold a job title
    themselves.  Headlines in scripts the word lists do not cover (Chinese, Cyrillic, ...) are
    not judged.

    Why it matters
    Your job title and employer are already shown in your experience.  Repeating them in the
    headline wastes the one line people read first, and looks like everyone else with that
    title.  Saying what you do and for whom is what makes someone click.

    Example
    "Senior Software Engineer at Northwind Traders"

    Better
    "Software engineer building route planning for regional delivery fleets"

    Options
    None.
    """
    headline = _headline(profile)
    if not headline:
        return
    if _is_own_title(headline, profile):  # in any script: "ソフトウェアエンジニア" twice
        yield Finding(
            f'Headline "{_shorten(headline)}" only repeats the title of one of your roles',
            field="headline",
            quote=headline,
        )
        return
    if not _is_latin(headline):
        return
    stripped = _strip_names(headline, profile)
    names_a_role = stripped != " ".join(headline.split())
    for phrase in find_buzzwords(stripped):  # "Passionate" says nothing about the work either
        stripped = stripped.replace(phrase, " ")
    remaining = words(stripped)
    names_a_role = names_a_role or any(len(w) > 1 and not w.isdigit() for w in remaining)
    # A headline of nothing but buzzwords is HDL004's finding, not a job title.
    if names_a_role and _only_title_words(remaining):
        yield Finding(
            f'Headline "{_shorten(headline)}" only names a job title',
            field="headline",
            quote=headline,
        )


@rule(
    "HDL003",
    "headline-too-long",
    severity="error",
    help="Cut the headline to the limit; lead with what you do and for whom.",
)
def headline_too_long(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the headline is no longer than the platform allows (220 characters on LinkedIn).

    Why it matters
    A headline over the limit cannot be saved as written: the platform cuts it, often mid-word,
    and the end you cared about disappears.  Search results show even less, so the first
    words must carry the message.

    Example
    A headline listing eleven skills, four employers and a slogan, 260 characters in all.

    Better
    "Data engineer helping logistics firms trust their numbers | dbt, Airflow, Snowflake"

    Options
    max_length (default 220): the longest headline allowed, in characters.
    """
    headline = _headline(profile)
    limit = ctx.options.max_length
    if len(headline) > limit:
        overflow = headline[limit:]
        yield Finding(
            f"Headline is {len(headline)} characters, over the limit of {limit}: "
            f'"…{_shorten(overflow, 40)}" is cut',
            field="headline",
            quote=overflow,
        )


@rule(
    "HDL004",
    "headline-buzzwords",
    severity="warning",
    help="Replace the buzzword with a result or a specialty you can show.",
    languages={"en"},
)
def headline_buzzwords(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Words LinkedIn has reported as the most overused in member profiles ("passionate",
    "motivated", "results-driven", "team player", "proven track record", ...) and self-given
    labels such as "guru" or "ninja".  Words that are normal content in a headline
    ("Creative Director", "strategic partnerships") are only flagged in self-praise
    ("highly creative", "strategic thinker").  Names of your own employers are skipped.

    Why it matters
    Millions of profiles claim the same qualities, so these words no longer tell a reader
    anything about you; they take space where a specialty or a result would stand out.

    Example
    "Passionate, results-driven marketing professional"

    Better
    "Marketing lead who doubled trial sign-ups for two B2B SaaS start-ups"

    Options
    extra_buzzwords (default []): more words or phrases to flag, e.g. ["visionary"].
    """
    headline = _headline(profile)
    if not headline:
        return
    companies = [p.company.lower() for p in profile.positions if p.company]
    for word in find_buzzwords(headline, ctx.options.extra_buzzwords):
        if any(word.lower() in company for company in companies):
            continue
        yield Finding(f'Headline uses the overused "{word}"', field="headline", quote=word)


@rule(
    "HDL005",
    "headline-shouting",
    severity="info",
    help="Write in sentence case with one or two separators and at most two emoji.",
)
def headline_shouting(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Whether the headline shouts: more than one word of four or more letters in capitals that
    is not a known acronym (AWS, SQL, CEO, CCNA are fine; so are words without a vowel, such as
    MBBS, and codes with digits, such as PRINCE2), more than two emoji (a family or a flag
    counts once), or more than four separators ("|", "·", "•", "/", dashes).

    Why it matters
    Capitals, emoji and long chains of separators read as noise; they make a headline harder
    to scan and look like an advertisement rather than a person.

    Example
    "🚀🚀🚀 GROWTH HACKER | SPEAKER | AUTHOR | COACH | INVESTOR | DJ"

    Better
    "Growth marketer for consumer apps | Speaker on retention 🚀"

    Options
    None.
    """
    headline = _headline(profile)
    if not headline:
        return
    loud = [w for w in words(headline) if is_all_caps_shouting(w)]
    if len(loud) > 1:
        shown = ", ".join(f'"{w}"' for w in loud[:4]) + (", …" if len(loud) > 4 else "")
        yield Finding(f"Headline shouts in capitals: {shown}", field="headline", quote=loud[0])
    # Each cluster is counted on its own; a headline without any emoji has none to count.
    emoji = [g for g in graphemes(headline) if count_emoji(g)] if count_emoji(headline) else []
    if len(emoji) > 2:
        yield Finding(
            f"Headline has {len(emoji)} emoji: {_shorten(' '.join(emoji), 40)}",
            field="headline",
            quote=emoji[0],
        )
    separators = [m.group() for m in _SEPARATOR.finditer(headline)]
    if len(separators) > 4:
        kinds = " ".join(dict.fromkeys(separators))
        yield Finding(
            f'Headline has {len(separators)} separators ("{kinds}")',
            field="headline",
            quote=separators[0],
        )


@rule(
    "HDL006",
    "headline-seeking",
    severity="info",
    help="Lead with what you offer; signal availability with the platform's own setting.",
)
def headline_seeking(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Whether the headline opens with a job search ("Seeking opportunities", "Open to work",
    "Unemployed", "Looking for a new role", "Between roles", and the like in Spanish,
    Portuguese, German, French, Norwegian, Swedish, Dutch, Italian and Polish).  The rule is
    not limited to English: "Open to work" is used as-is in every language, and the other
    phrases are listed.

    Why it matters
    A headline that starts with what you want rather than what you offer makes a recruiter
    read on to find out who you are, and many will not.  The platform's "open to work"
    setting signals availability without spending your headline on it.

    Example
    "Seeking new opportunities in finance"

    Better
    "Financial analyst: cash-flow forecasting for mid-sized manufacturers"

    Options
    None.
    """
    headline = _headline(profile)
    match = _SEEKING.match(headline) if headline else None
    if match:
        phrase = re.sub(r"^[\W_]+", "", match.group())
        yield Finding(
            f'Headline opens with a job search: "{_shorten(phrase)}"',
            field="headline",
            quote=phrase,
        )
