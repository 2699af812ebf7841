"""Placeholder rules (TXT): template text left behind in any field of the profile."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from profilelint.api import Context, Finding, LazyPattern, Profile, rule, shorten

from . import _placeholder_words as data
from . import _sample_text as samples
from ._text_fields import text_fields

QUOTE_LIMIT = 40


def _alternatives(phrases: tuple[str, ...]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


_MARKERS = LazyPattern(
    "|".join(
        [
            r"\blorem\s+ipsum(?:\s+dolor(?:\s+sit(?:\s+amet)?)?)?\b|\bdolor\s+sit\s+amet\b",
            # Mustache/Handlebars, JavaScript, mail-merge and InMail variables.
            r"\{\{\s*[\w.-]+\s*\}\}|\$\{[\w.-]+\}|%[A-Za-z_]{3,}%",
            # Not after a quote: "'{name}'.format()" is code; see _is_marker for paths.
            r"(?<![\w$'\"‘“])\{[A-Za-z_][\w.]+\}",
            # Not before "(": "[your guide](https://…)" is a Markdown link.
            rf"\[\s*(?:{_alternatives(data.BRACKET_OPENERS)})\b[^\]\n]{{0,60}}\](?!\()",
            rf"<\s*(?:{_alternatives(data.BRACKET_OPENERS)})\b[^>\n]{{0,60}}>",
            # Square brackets only: "<title>" and "<address>" are HTML tags.
            rf"\[\s*(?:{_alternatives(data.BRACKET_NOUNS)})\s*\](?!\()",
            r"\binsert\s+(?:[\w'’-]+\s+){0,5}here\b",
            r"\b(?:enter|type|write|add)\s+your\s+(?:[\w'’-]+\s+){0,4}here\b",
            r"\b(?:text|description|summary|name|title|bio)\s+goes\s+here\b",
            r"\b(?:company\s+name|job\s+title|your\s+name)\s+here\b",
            # A value a form wrapped in dashes to be filled in: "---Enter Image URL---".
            r"(?<![^\s])-{2,}\s*[^\s-][^\n]*?-{2,}(?![^\s])",
            # "yourname", "your-username" as one token, in links and e-mail addresses.
            # Not "ana.dev/your-site-audit": a slug that goes on is a page's name.
            r"(?<![a-z])your[-_.]?(?:user[-_]?name|name|handle|profile|site|website|domain|"
            r"company|email|url|portfolio)(?:[-_.]?here)?(?![a-z-])",
        ]
    ),
    re.IGNORECASE,
)
_CAPITAL_MARKERS = LazyPattern(
    "|".join(
        [
            # In capitals only: "todo" is Spanish and Portuguese for "all".
            r"(?<![\w-])(?:TODO|FIXME|TBD)(?![\w-])",
            r"\*\|[A-Z_]+\|\*",
            # Number templates: "xxx-xxx-xxxx", "XX/XX/XXXX", "555-xxxx"; years "20XX".
            r"(?<![\w@])(?:[xX]{2,}|\d+)(?:[-./](?:[xX]+|\d+))+(?![\w-])",
            r"(?<!\w)(?:19|20)(?:XX|xx)(?!\w)",
            # Runs of X; "XXX" alone may be a Roman numeral, see _is_marker.  Not "XXX-Series".
            r"(?<!\w)(?:X{3,}|x{3,})(?![\w-])",
            # Chinese templates: "在XXX公司", "XX大学".
            r"(?<=[\u4e00-\u9fff])(?:X{2,}|x{2,})(?![A-Za-z\d])"
            r"|(?<![A-Za-z\d])(?:X{2,}|x{2,})(?=[\u4e00-\u9fff])",
            rf"【\s*(?:{_alternatives(data.CJK_NOUNS)})[^】\n]{{0,10}}】",
            # A capitalised noun in angle brackets, "<Company>"; lower case may be an HTML tag.
            rf"<\s*(?=[A-ZÀ-Ý])(?i:{_alternatives(data.BRACKET_NOUNS)})\s*>",
        ]
    )
)
# What every marker above holds, looked for first: most fields hold none of it and skip the
# two patterns, which are compiled only when a field first gets past this.  Each entry is a
# text one of the patterns' alternatives cannot match without.  The words are looked for in
# lower case: for their letters IGNORECASE matches exactly what lower() gives (no other
# character lowers to one of them), and plain substring tests are cheaper than a pattern.
_MARKER_WORDS = ("lorem", "dolor", "here", "your")
_MARKER_TEXTS = ("--", "TODO", "FIXME", "TBD", "*|", "XX", "xx", "{", "%", "[", "<", "【")
# ... and "x", "X" or a digit before one of these ("xxx-xxxx", "20.XX", "1/x").
_NUMBER_SIGNS = "-./"
_WHOLE_FIELD = frozenset(data.WHOLE_FIELD)
# References' authors are other people's names, not the person's text.
_NOT_PLACEHOLDERS = frozenset({"recommendations.author"})


def _shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    return shorten(text, limit)


def _neighbours(text: str, start: int, end: int) -> list[str]:
    before = re.findall(r"[^\W\d_]+", text[:start])[-2:]
    after = re.findall(r"[^\W\d_]+", text[end:])[:2]
    return before + after


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds Markdown code (`x`, ```block```): template syntax there is code."""
    if "`" not in text:
        return []  # most fields: no backtick, no code
    return [m.span() for m in re.finditer(r"```.*?(?:```|$)|`[^`\n]+`", text, re.DOTALL)]


def _is_marker(text: str, match: re.Match[str]) -> bool:
    found = match.group()
    before, after = text[: match.start()], text[match.end() :]
    lowered = found.lower()
    prose = bool(re.search(r"\s", text.strip()))
    # "/users/{userId}/orders" is an API path and "{props.title}" JSX, in a sentence; a link
    # alone ("linkedin.com/in/{username}") keeps its marker.
    single = found.startswith("{") and not found.startswith("{{")
    if single and prose and (before.endswith("/") or "." in found):
        return False
    if found.startswith("<") and f"</{found[1:].strip()}" in text:
        return False  # "<Name>Ana</Name>" is XML
    if found.startswith("%") and found.strip("%").upper() in data.WINDOWS_VARIABLES:
        return False  # "%PATH%" is a Windows environment variable
    if lowered.startswith("lorem") and not lowered.endswith(("dolor", "sit", "amet")):
        # "Lorem ipsum generator", "Lorem Ipsum Ltd": a thing named after the filler.
        following = re.findall(r"[^\W\d_]+", after)[:1]
        previous = re.findall(r"[^\W\d_]+", before)[-1:]
        if any(w.lower() in data.LOREM_CONTEXT for w in following + previous):
            return False
    if found == "TODO":
        following = re.findall(r"[^\W\d_]+", after)[:1]
        if following and following[0].lower() in data.TODO_NOUNS:
            return False  # "a TODO list app", "TODO app"
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


def may_hold_marker(text: str) -> bool:
    """False when neither marker pattern can match anywhere in ``text``.

    Also true of texts joined with a character no marker holds ("\\x00"): the joined text
    may hold a marker when one of its texts may (so one test can clear a whole profile).
    """
    lowered = text.lower()
    return (
        any(word in lowered for word in _MARKER_WORDS)
        or any(part in text for part in _MARKER_TEXTS)
        or _number_sign(text)
    )


def _number_sign(text: str) -> bool:
    """True when "x", "X" or a decimal digit (``\\d``) stands before "-", "." or "/".

    Substring searches from sign to sign: prose has few of them, and a pattern would look
    at every character.
    """
    for sign in _NUMBER_SIGNS:
        at = text.find(sign, 1)
        while at > 0:
            before = text[at - 1]
            if before in "xX" or before.isdecimal():
                return True
            at = text.find(sign, at + 1)
    return False


def _whole_field(text: str) -> list[str]:
    """The field as one marker when all it holds is a label ("Company Name"), else none."""
    label = _label(text)
    return [label] if label is not None else []


# Pure, and asked of every field of every profile, many of them the same short texts (titles,
# employers, schools): memoised, bounded as the sample texts' folding is.
@lru_cache(maxsize=1 << 11)
def _label(text: str) -> str | None:
    stripped = " ".join(text.split()).strip(" .:")
    return stripped if stripped.lower() in _WHOLE_FIELD else None


def find_placeholders(text: str) -> list[str]:
    """The placeholder markers in ``text``, in order, each once."""
    whole = _whole_field(text)
    if whole:
        return whole
    if not may_hold_marker(text):
        return []
    matches = [*_MARKERS.finditer(text), *_CAPITAL_MARKERS.finditer(text)]
    matches.sort(key=lambda m: (m.start(), -m.end()))
    found: list[str] = []
    covered = -1
    code = _code_spans(text)
    for match in matches:
        if any(start <= match.start() < end for start, end in code):
            continue
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
    "[Your Name]", "<your title>", "<Company>", "[tu nombre]" or "【姓名】", template
    variables ("{firstName}", "{{name}}", "${title}", "*|FNAME|*", "%FIRSTNAME%"), "insert
    ... here", "yourname" in a link, number templates ("xxx-xxx-xxxx", "20XX"), "XXX公司",
    and fields that hold only a label ("Company Name", "Nombre de la empresa"), a value a
    form wrapped in dashes ("---Enter Image URL---").  Also text left over from well-known
    starting points (the JSON Resume sample résumé, the minimalist-portfolio-json and
    react-jsonresume-theme samples, the al-folio sample site: one of their sentences, or
    two of their shorter values), one line pasted into every role, a titled sample name
    ("Dr. Jane Doe"), and link fields holding no link ("null", "-", "/", "#", a bare
    "https://") or a template's host (janedoe.com, mycompany.com, institution.com, a bare
    university.edu).  Each field is reported once; a sample source once, its other fields
    related.  Not flagged: lower-case "todo" (Spanish and Portuguese for "all"),
    "XXX" as a Roman numeral ("XXX Congreso", "Super Bowl XXX"), sizes such as "XXL",
    names such as "John Doe" (real people are called Doe), example.com addresses (a
    legitimate choice in sample files), code: anything in Markdown backticks, an API path
    ("/users/{userId}"), JSX ("{props.title}"), Windows variables ("%PATH%"), lower-case
    HTML tags ("<title>"), and things named after a marker ("a TODO list app", "a lorem
    ipsum generator", "Lorem Ipsum Ltd").

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
    yield from _leftovers(profile, ctx)
    fields = list(text_fields(profile, ctx, skip=_NOT_PLACEHOLDERS))
    # Most profiles hold no marker anywhere: one test of all their text clears every field.
    some_marker = may_hold_marker("\x00".join(text for _, text in fields))
    for field, text in fields:
        if samples.placeholder_link(field, text):
            yield Finding(
                f'{field} holds no link: "{_shorten(text)}"',
                field=field,
                quote=text,
                help="Put the real address in the link field, or delete the field.",
            )
            continue
        markers = find_placeholders(text) if some_marker else _whole_field(text)
        if not markers and samples.placeholder_name(text):
            markers = [text]
        if not markers:
            continue
        shown = ", ".join(f'"{_shorten(m)}"' for m in markers[:3])
        more = ", …" if len(markers) > 3 else ""
        yield Finding(
            f"Placeholder text {shown}{more} left in {field}",
            field=field,
            quote=markers[0],
            items=tuple(markers),
        )


def _leftovers(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """Sample text of a known starting point, and one sentence pasted into every role."""
    for source, found in samples.sample_hits(profile, ctx).items():
        values = list(dict.fromkeys(text for _, text in found))
        shown = ", ".join(f'"{_shorten(v, 30)}"' for v in values[:2])
        more = f" and {len(values) - 2} more" if len(values) > 2 else ""
        fields = [field for field, _ in found]
        yield Finding(
            f"Sample text of {source} left in the profile: {shown}{more}",
            field=fields[0] if fields[0] != "links" else "links",
            quote=found[0][1],
            related=tuple(dict.fromkeys(f for f in fields[1:] if f != fields[0])),
            items=tuple(values),
            help="Replace the sample's entries with your own, or delete them.",
        )
    repeated = samples.repeated_sentence(profile)
    if repeated:
        sentence, fields = repeated
        yield Finding(
            f'The same line "{_shorten(sentence)}" is in every role',
            field=fields[0],
            related=tuple(fields[1:]),
            help="Say what you did in each role; a line pasted into all of them says nothing.",
        )
