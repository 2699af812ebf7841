"""Summary rules (SUM): the "About" section, the one place a person speaks for themselves."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from profilelint.api import Context, Finding, Profile, count_words, find_buzzwords, rule, shorten

QUOTE_LIMIT = 60
WALL_LENGTH = 600

# Words that stand before or inside a name without being what the person is called.
_NAME_PARTICLES = frozenset(
    "de del della der den van von da das dos di du la le el al bin binti ibn ten ter y e zu "
    "dr mr mrs ms mx miss prof professor sir dame engr barr chief alhaji alhaja "
    "jr sr ii iii iv phd md mba".split()
)
# Third-person pronouns that make a sentence about the person.  "They" only counts in a summary
# with no first person at all that has the person's name as a subject ("Sam Taylor is ...
# They have ..."): in first-person summaries it nearly always means clients, teams or
# products ("I help founders ... They ship faster").
_THIRD_PERSON = frozenset({"he", "she", "his", "her"})
_SINGULAR_THEY = frozenset({"they", "their"})
_FIRST_PERSON = frozenset("me my mine myself we our ours ourselves us".split())
_FIRST_PERSON_I = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll"})
# Sentence openers after which the next word can be the subject ("Today she leads ...").
_OPENERS = frozenset(
    "while when before after since although though as because once today currently now "
    "previously recently formerly later then also and but".split()
)
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms mx prof engr barr st jr sr vs etc inc ltd co corp eg ie no".split()
)
_QUOTE_OPENERS = ("“", '"', "«", "„")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»|„[^“”]*[“”]")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s)|\n+")
_TOKEN = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")
_matched = re.Match.group
_ASIDE = re.compile(r"\([^()]*\)")
_CLAUSE = re.compile(r"[,;:–—]|\s-\s|\(")


class Options(BaseModel):
    """Options of the summary rules (``[tool.profilelint.checks.summary]``)."""

    model_config = ConfigDict(extra="forbid")

    min_words: int = Field(40, ge=1, description="SUM002: the fewest words a summary should have.")
    max_length: int = Field(2600, ge=1, description="SUM003: the longest summary allowed.")
    extra_buzzwords: list[str] = Field(
        default_factory=list, description="SUM005: phrases to flag beside the built-in list."
    )


def _shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    return shorten(text, limit)


def _summary(profile: Profile) -> str:
    return (profile.summary or "").strip() if profile.knows("summary") else ""


def sentences(text: str) -> list[tuple[str, str]]:
    """The sentences of ``text``: each as written and with quoted passages blanked out.

    Line breaks end a sentence (lists are written one item a line); a period after a known
    abbreviation ("Dr.", "Inc.") or an initial does not.
    """
    # Every quoted passage opens with one of these: a text without them has none to blank.
    quoted = any(mark in text for mark in _QUOTE_OPENERS)
    masked = _QUOTED.sub(lambda m: " " * len(m.group()), text) if quoted else text
    found: list[tuple[str, str]] = []
    start = 0
    for match in _SENTENCE_END.finditer(masked):
        if match.group()[0] == ".":
            before = masked[start : match.start()].rsplit(None, 1)  # its last word only
            last = before[-1].lower().rstrip(".") if before else ""
            if last in _ABBREVIATIONS or len(last) == 1:
                continue
        found.append((text[start : match.end()], masked[start : match.end()]))
        start = match.end()
    found.append((text[start:], masked[start:]))
    return [(t.strip(), m) for t, m in found if _TOKEN.search(m)]


def name_parts(name: str) -> frozenset[str]:
    """The parts of a person's name a sentence may use for them, case-folded."""
    parts: set[str] = set()
    for token in _TOKEN.findall(name or ""):
        for part in {token, *token.split("-")}:
            part = part.strip(".")
            if len(part) >= 2 and part.lower() not in _NAME_PARTICLES and "." not in part:
                parts.add(part.casefold())
    return frozenset(parts)


def _is_reference(token: str, names: frozenset[str], pronouns: frozenset[str]) -> bool:
    """True when ``token`` names the person (possibly possessive) or is one of ``pronouns``."""
    if token.lower() in pronouns:
        return True
    bare = re.sub(r"['’]s?$", "", token)
    return bare[:1].isupper() and bare.casefold() in names


def _has_first_person(masked: str) -> bool:
    return any(
        t in _FIRST_PERSON_I or (t.lower() in _FIRST_PERSON and t != "US")
        for t in _TOKEN.findall(masked)
    )


def is_third_person(masked: str, names: frozenset[str], they: bool = False) -> bool:
    """True when a sentence has the person's name or he/she as the subject of a clause.

    A clause starts the sentence, follows a comma, semicolon, colon or dash, or follows an
    opener ("Today she ...", "Before starting X, he ..."); the subject must be followed by
    a lower-case word; an aside in brackets is skipped ("Sam Taylor (they/them) is").  A
    sentence that also speaks in the first person ("I", "my", "we") is not counted.  With
    ``they``, "they" and "their" count too (a bio using singular "they").
    """
    return not _has_first_person(masked) and _has_third_person_subject(masked, names, they)


def _has_third_person_subject(masked: str, names: frozenset[str], they: bool) -> bool:
    """``is_third_person`` but for its first-person test (the caller has made it)."""
    pronouns = _THIRD_PERSON | _SINGULAR_THEY if they else _THIRD_PERSON
    # An aside between the subject and its verb: "Sam Taylor (they/them) is ...".
    masked = _ASIDE.sub(" ", masked) if "(" in masked else masked
    for clause in _CLAUSE.split(masked):
        # Only a clause's first words decide: they are read one by one, not all at once.
        words = (
            t
            for t in map(_matched, _TOKEN.finditer(clause))
            if t.lower().strip(".") not in _NAME_PARTICLES
        )
        word = next(words, None)
        if word is not None and word.lower() in _OPENERS:
            word = next(words, None)
        if word is None or not _is_reference(word, names, pronouns):
            continue
        following = next(words, None)
        while following is not None and following[:1].isupper() and following.casefold() in names:
            following = next(words, None)  # the rest of the name: "Ahmed Al-Farsi is ..."
        # A verb or a noun follows a subject ("Marcus is", "Aisha's work"); a capital does
        # not ("Ana Pérez | Product Designer" is a signature line, not a sentence about her).
        if following is not None and following[:1].islower():
            return True
    return False


@rule(
    "SUM001",
    "summary-missing",
    severity="warning",
    help="Write a few paragraphs about what you do, for whom, and what you have achieved.",
)
def summary_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile has a summary ("About" on LinkedIn, "summary" in JSON Resume).

    Why it matters
    The summary is the one place you tell your story in your own words: what you do, for
    whom, and why someone should talk to you.  Without it, readers have only job titles to go
    on, and search has fewer words to find you by.

    Example
    A profile with roles and skills but no summary.

    Better
    "I help regional hospitals cut waiting lists. Over eight years I have ..."

    Options
    None.
    """
    if profile.knows("summary") and not (profile.summary or "").strip():
        yield Finding("The profile has no summary", field="summary")


@rule(
    "SUM002",
    "summary-too-short",
    severity="warning",
    help="Expand the summary: what you do, for whom, a result you are proud of, what comes next.",
)
def summary_too_short(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the summary has at least 40 words.  Chinese, Japanese and Korean text is counted by
    characters, each counting as a word.

    Why it matters
    A line or two cannot say what you do, for whom, and what sets you apart; it reads as an
    afterthought.  A short summary also gives search and readers little to go on.

    Example
    "Software developer. Open to new opportunities."

    Better
    A summary of three short paragraphs: what you do and for whom, two results with numbers,
    and what you are looking for.

    Options
    min_words (default 40): the fewest words a summary should have.
    """
    # A summary the source shows only in part ("… see more") may be longer than it looks.
    summary = _summary(profile) if profile.complete("summary") else ""
    count = count_words(summary)
    if summary and count < ctx.options.min_words:
        yield Finding(
            f"Summary has {count} words, fewer than {ctx.options.min_words}: "
            f'"{_shorten(summary, 50)}"',
            field="summary",
        )


@rule(
    "SUM003",
    "summary-too-long",
    severity="error",
    help="Cut the summary to the limit; keep the results and drop the adjectives.",
)
def summary_too_long(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the summary is no longer than the platform allows (2,600 characters on LinkedIn).
    The résumé target turns this rule off.

    Why it matters
    A summary over the limit cannot be saved as written: the end is cut, and the end is often
    where the call to action stands.  Readers see only the first lines before "see more",
    so length rarely helps.

    Example
    A summary of 3,100 characters listing every project since university.

    Better
    Three or four short paragraphs under the limit, with the details left to the roles.

    Options
    max_length (default 2600): the longest summary allowed, in characters.
    """
    summary = _summary(profile)
    limit = ctx.options.max_length
    if len(summary) > limit:
        overflow = summary[limit:]
        yield Finding(
            f"Summary is {len(summary)} characters, over the limit of {limit}: "
            f'"…{_shorten(overflow, 40)}" is cut',
            field="summary",
            quote=overflow,
        )


@rule(
    "SUM004",
    "summary-third-person",
    severity="warning",
    help="Write the summary in the first person: 'I help ...', not 'Marcus helps ...'.",
    languages={"en"},
)
def summary_third_person(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Whether the summary is written about the person rather than by them: more than half of
    its sentences have the person's name (any part of it, such as the first name or the
    surname, after a title such as "Dr." or "Professor") or "he" / "she" / "his" / "her" as
    the subject of a clause, and no "I", "my" or "we".  Quoted passages (a testimonial inside
    a first-person summary) are ignored.  "They" and "their" count only in a summary with no
    first person at all that names the person as a subject (a bio with singular "they"): in
    first-person summaries "they" usually means clients or teams.

    Why it matters
    A profile is a conversation with the reader.  A third-person summary reads like a press
    release or a conference bio someone else wrote, and puts distance where you want
    connection.

    Example
    "Marcus is a product leader with ten years in fintech. He has launched ..."

    Better
    "I am a product leader with ten years in fintech. I have launched ..."

    Options
    None.
    """
    summary = _summary(profile)
    names = name_parts(profile.name or "") if profile.knows("name") else frozenset()
    parts = sentences(summary)
    # Each sentence's first person is looked for once (see ``is_third_person``).
    first = [_has_first_person(masked) for _, masked in parts]
    third = [
        text
        for (text, masked), own in zip(parts, first, strict=True)
        if not own and _has_third_person_subject(masked, names, they=False)
    ]
    if third and not any(first):
        # No "I" anywhere and the name as a subject: "they" is the person too.
        third = [
            text for text, masked in parts if _has_third_person_subject(masked, names, they=True)
        ]
    if third and len(third) * 2 > len(parts):
        yield Finding(
            f"Summary is in the third person ({len(third)} of {len(parts)} sentences): "
            f'"{_shorten(third[0])}"',
            field="summary",
            quote=third[0],
        )


@rule(
    "SUM005",
    "summary-buzzwords",
    severity="warning",
    help="Replace the buzzwords with results and specifics that show the same qualities.",
    languages={"en"},
)
def summary_buzzwords(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Whether the summary uses three or more of the self-descriptions LinkedIn reported as the
    most overused ("passionate", "motivated", "results-driven", "team player", "proven track
    record", ...) or self-given labels such as "guru" or "ninja".  One or two may pass; three
    make the summary read like everyone else's.  Names of your own employers are skipped.

    Why it matters
    Millions of profiles claim the same qualities, so these words no longer tell a reader
    anything; a result with a number shows the quality instead of claiming it.

    Example
    "Passionate, results-driven team player with a proven track record ..."

    Better
    "I cut the month-end close from ten days to four for a 200-person retailer ..."

    Options
    extra_buzzwords (default []): more words or phrases to flag, e.g. ["visionary"].
    """
    summary = _summary(profile)
    companies = [p.company.lower() for p in profile.positions if p.company]
    found = [
        word
        for word in find_buzzwords(summary, ctx.options.extra_buzzwords)
        if not any(word.lower() in company for company in companies)
    ]
    if len(found) >= 3:
        shown = ", ".join(f'"{w}"' for w in found)
        if len(shown) > 80:
            shown = shown[:80].rsplit(", ", 1)[0] + ", …"
        yield Finding(
            f"Summary uses {len(found)} overused words: {shown}", field="summary", quote=found[0]
        )


@rule(
    "SUM006",
    "summary-wall-of-text",
    severity="info",
    help="Break the summary into short paragraphs of two or three sentences each.",
)
def summary_wall_of_text(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Whether a summary over 600 characters has no line break at all.  A single line break
    counts as a break (LinkedIn and most résumé themes show it).  Sources that remove line
    breaks (some saved pages) are not judged.

    Why it matters
    Readers skim.  One long block of text on a screen or a phone is tiring to read and hides
    the sentence that would have made someone reach out.

    Example
    A single 900-character paragraph covering career, skills and interests.

    Better
    Three short paragraphs: what you do and for whom, results, what you are looking for.

    Options
    None.
    """
    summary = _summary(profile)
    if "summary" in profile.knowledge.flattened or len(summary) <= WALL_LENGTH:
        return
    if not re.search(r"[\r\n\u2028\u2029]", summary):
        yield Finding(
            f"Summary is one block of {len(summary)} characters with no line break",
            field="summary",
        )
