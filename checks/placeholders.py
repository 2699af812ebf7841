"""Placeholder rules (TXT): template text left behind in any field of the profile."""

from __future__ import annotations

import re
from collections.abc import Iterator

from profilelint.api import Context, Finding, Profile, rule
from profilelint.text import shorten

from . import _placeholder_words as data
from ._text_fields import text_fields

QUOTE_LIMIT = 40


def _alternatives(phrases: tuple[str, ...]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


_MARKERS = re.compile(
    "|".join(
        [
            r"\blorem\s+ipsum(?:\s+dolor(?:\s+sit(?:\s+amet)?)?)?\b|\bdolor\s+sit\s+amet\b",
            # Mustache/Handlebars, JavaScript, mail-merge and InMail variables.
            r"\{\{\s*[\w.-]+\s*\}\}|\$\{[\w.-]+\}|%[A-Za-z_]{3,}%",
            r"(?<![\w$])\{[A-Za-z_][\w.]+\}",
            # Not before "(": "[your guide](https://…)" is a Markdown link.
            rf"\[\s*(?:{_alternatives(data.BRACKET_OPENERS)})\b[^\]\n]{{0,60}}\](?!\()",
            rf"<\s*(?:{_alternatives(data.BRACKET_OPENERS)})\b[^>\n]{{0,60}}>",
            # Square brackets only: "<title>" and "<address>" are HTML tags.
            rf"\[\s*(?:{_alternatives(data.BRACKET_NOUNS)})\s*\](?!\()",
            r"\binsert\s+(?:[\w'’-]+\s+){0,5}here\b",
            r"\b(?:enter|type|write|add)\s+your\s+(?:[\w'’-]+\s+){0,4}here\b",
            r"\b(?:text|description|summary|name|title|bio)\s+goes\s+here\b",
            r"\b(?:company\s+name|job\s+title|your\s+name)\s+here\b",
            # "yourname", "your-username" as one token, in links and e-mail addresses.
            r"(?<![a-z])your[-_.]?(?:user[-_]?name|name|handle|profile|site|website|domain|"
            r"company|email|url|portfolio)(?![a-z])",
        ]
    ),
    re.IGNORECASE,
)
_CAPITAL_MARKERS = re.compile(
    "|".join(
        [
            # In capitals only: "todo" is Spanish and Portuguese for "all".
            r"(?<![\w-])(?:TODO|FIXME|TBD)(?![\w-])",
            r"\*\|[A-Z_]+\|\*",
            # Number templates: "xxx-xxx-xxxx", "XX/XX/XXXX", "555-xxxx"; years "20XX".
            r"(?<![\w@])(?:[xX]{2,}|\d+)(?:[-./](?:[xX]+|\d+))+(?![\w-])",
            r"(?<!\w)(?:19|20)(?:XX|xx)(?!\w)",
            # Runs of X; "XXX" alone may be a Roman numeral, see _is_marker.
            r"(?<!\w)(?:X{3,}|x{3,})(?!\w)",
        ]
    )
)
_WHOLE_FIELD = frozenset(data.WHOLE_FIELD)


def _shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    return shorten(text, limit)


def _neighbours(text: str, start: int, end: int) -> list[str]:
    before = re.findall(r"[^\W\d_]+", text[:start])[-2:]
    after = re.findall(r"[^\W\d_]+", text[end:])[:2]
    return before + after


def _is_marker(text: str, match: re.Match[str]) -> bool:
    found = match.group()
    if re.fullmatch(r"[-./\dxX]+", found) and re.search(r"[-./]", found):
        # "2019-2021" and "12.03.1990" are dates: a template needs a group of x's.
        return any(re.fullmatch(r"[xX]{2,}", group) for group in re.split(r"[-./]", found))
    if found in ("TODO", "FIXME", "TBD", "XXX"):
        nearby = _neighbours(text, match.start(), match.end())
        if any(len(word) > 1 and word.isupper() and word.strip("X") for word in nearby):
            return False  # shouting in capitals: "TODO EL EQUIPO", "XXX CONGRESO"
        if found == "XXX" and any(word.lower() in data.ROMAN_CONTEXT for word in nearby):
            return False
    return True


def find_placeholders(text: str) -> list[str]:
    """The placeholder markers in ``text``, in order, each once."""
    stripped = " ".join(text.split()).strip(" .:")
    if stripped.lower() in _WHOLE_FIELD:
        return [stripped]
    matches = [*_MARKERS.finditer(text), *_CAPITAL_MARKERS.finditer(text)]
    matches.sort(key=lambda m: (m.start(), -m.end()))
    found: list[str] = []
    covered = -1
    for match in matches:
        if match.start() >= covered and _is_marker(text, match):
            found.append(match.group())
            covered = match.end()
    return list(dict.fromkeys(found))


@rule(
    "TXT001",
    "placeholder-text",
    severity="error",
    help="Replace the placeholder with your own words, or delete the field.",
)
def placeholder_text(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Every text field of the profile (name, headline, summary, contact details, links, roles,
    education, skills, projects, awards and the rest) for text a template left behind:
    "lorem ipsum", TODO, FIXME and TBD in capitals, bracketed instructions such as
    "[Your Name]", "<your title>" or "[tu nombre]", template variables ("{firstName}",
    "{{name}}", "${title}", "*|FNAME|*"), "insert ... here", "yourname" in a link, number
    templates ("xxx-xxx-xxxx", "20XX") and fields that hold only a label ("Company Name").
    Each field is reported once.  Not flagged: lower-case "todo" (Spanish and Portuguese for
    "all"), "XXX" as a Roman numeral ("XXX Congreso", "Super Bowl XXX"), sizes such as
    "XXL", names such as "John Doe" (real people are called Doe) and example.com addresses
    (a legitimate choice in sample files).

    Why it matters
    A forgotten placeholder is the clearest sign that nobody read the profile before
    publishing it.  Readers notice it at once, and it undoes the care put into everything
    else.

    Example
    "I help [target audience] grow their revenue. TODO: add results"

    Better
    "I help independent bookshops grow online sales; last year 40% more for 12 shops."

    Options
    None.
    """
    for field, text in text_fields(profile, skip=frozenset({"recommendations.author"})):
        markers = find_placeholders(text)
        if not markers:
            continue
        shown = ", ".join(f'"{_shorten(m)}"' for m in markers[:3])
        more = ", …" if len(markers) > 3 else ""
        yield Finding(
            f"Placeholder text {shown}{more} left in {field}",
            field=field,
            quote=markers[0],
        )
