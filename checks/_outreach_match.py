"""Reading invitation notes: stock texts, one text sent to many, names and shared things."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from profilelint.api import Profile

from . import _outreach_words as data
from ._history import Window, window
from .placeholders import find_placeholders

_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:inc|ltd|llc|gmbh|ag|as|asa|ab|plc|corp|co|sa|srl|bv|oy|aps)\.?$", re.IGNORECASE
)
_ANGLE = re.compile(
    r"<\s*(?:" + "|".join(re.escape(n) for n in data.ANGLE_NAMES) + r")\s*>", re.IGNORECASE
)


def plain(text: str) -> str:
    """Case-folded, accents and curly quotes removed, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


def _bare(text: str) -> str:
    return re.sub(r"[^\w']+", " ", plain(text)).strip()


_STOCK = [_bare(t) for texts in data.STOCK_TEXTS.values() for t in texts]


def is_stock(note: str) -> bool:
    """True when the note is one of LinkedIn's stock texts, maybe followed by a name."""
    bare = _bare(note)
    for stock in _STOCK:
        if bare.startswith(stock):
            rest = bare[len(stock) :].split()
            if len(rest) <= data.SIGN_OFF_WORDS:
                return True
    return False


def name_tokens(name: str | None) -> list[str]:
    """The parts of a person's name worth looking for ("Ana", "García"; not "J.")."""
    return [t for t in re.findall(r"[^\W\d_]+", plain(name or "")) if len(t) >= 2]


def template_key(note: str, other_party: str | None) -> str:
    """The note with the recipient's name taken out: notes that differ only there meet."""
    bare = f" {_bare(note)} "
    for token in name_tokens(other_party):
        bare = bare.replace(f" {token} ", " {name} ")
    return " ".join(bare.split())


def template_quote(note: str, other_party: str | None, limit: int = 50) -> str:
    """The note as a template, the recipient's name shown as "…" (never quoted)."""
    text = " ".join(note.split())
    for token in sorted(name_tokens(other_party), key=len, reverse=True):
        text = re.sub(rf"(?i)\b{re.escape(token)}\b", "…", text)
    # Accented names are matched on their plain form; drop any word that still matches one.
    words = [("…" if _bare(w) in name_tokens(other_party) else w) for w in text.split()]
    text = " ".join(words)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mentions(haystack: str, term: str) -> bool:
    needle = plain(term)
    if len(needle) < 2:
        return False
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def names_person(note: str, other_party: str | None) -> bool:
    """True when the note names the recipient (a first or last name)."""
    haystack = plain(note)
    return any(_mentions(haystack, token) for token in name_tokens(other_party))


def shared_terms(profile: Profile) -> list[str]:
    """Organisations, schools and places of the profile and its connections' companies."""
    terms: list[str] = []
    for position in profile.positions:
        terms += [position.company or "", *(position.location or "").split(",")]
    terms += [school.institution or "" for school in profile.education]
    terms += [work.organization or "" for work in (*profile.volunteer, *profile.organizations)]
    terms += [c.issuer or "" for c in profile.certificates]
    if profile.location is not None:
        parts = (profile.location.text, profile.location.city, profile.location.region)
        terms += [piece for part in parts if part for piece in part.split(",")]
    terms += profile.connection_companies
    found: dict[str, str] = {}
    for term in terms:
        for variant in (term.strip(), _LEGAL_SUFFIX.sub("", term.strip())):
            if len(variant) >= 2:
                found.setdefault(plain(variant), variant)
    return list(found.values())


def names_shared(note: str, terms: Iterable[str]) -> bool:
    """True when the note names something shared or a context ("we met at", "your talk")."""
    haystack = plain(note)
    if any(_mentions(haystack, cue) for cue in data.SHARED_CONTEXT):
        return True
    return any(_mentions(haystack, term) for term in terms)


def placeholders_in(note: str) -> list[str]:
    """Template placeholders left in a note: TXT001's markers, and lower-case angle
    brackets ("<name>"), which plain text keeps and TXT001 leaves to HTML."""
    found = [*find_placeholders(note), *(m.group() for m in _ANGLE.finditer(note))]
    return list(dict.fromkeys(found))


def recent(profile: Profile, days: int) -> tuple[Window | None, list[int]]:
    """The window and the indices of the outgoing invitations sent in it."""
    if not profile.knows("invitations_sent"):
        return None, []
    span = window(profile, days)
    if span is None:
        return None, []
    sent = profile.invitations_sent
    return span, [i for i, inv in enumerate(sent) if span.holds(inv.sent_at)]


def note_of(profile: Profile, index: int) -> str:
    """The note of an outgoing invitation ("" when it had none)."""
    return (profile.invitations_sent[index].message or "").strip()


def count_notes(count: int) -> str:
    """ "1 invitation note", "3 invitation notes"."""
    return f"{count} invitation note" + ("" if count == 1 else "s")


def rows_of(indices: list[int], suffix: str = "") -> tuple[str, ...]:
    """Model paths of outgoing invitations (or of their notes)."""
    return tuple(f"invitations_sent[{i}]{suffix}" for i in indices)


def judged_elsewhere(profile: Profile, indices: list[int], repeats: int) -> set[int]:
    """Notes that NET002 or NET005 report: NET003 does not judge them again."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index in indices:
        other = profile.invitations_sent[index].other_party
        groups[template_key(note_of(profile, index), other)].append(index)
    done = {i for rows in groups.values() if len(rows) >= repeats for i in rows}
    for index in indices:
        note = note_of(profile, index)
        if is_stock(note) or placeholders_in(note):
            done.add(index)
    return done
