"""Finding template leftovers a marker search cannot see: sample text, dummy links, repeats."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from profilelint.api import Context, Profile, url_host

from . import _sample_data as data
from ._text_fields import text_fields

# Link fields of the model, by their path without indices.
_LINK_FIELDS = frozenset(
    {
        "contact.url",
        "links.url",
        "positions.url",
        "education.url",
        "volunteer.url",
        "projects.url",
        "certificates.url",
        "publications.url",
    }
)


# Pure and asked of every field more than once (sample values, sample names): memoised.
@lru_cache(maxsize=1 << 11)
def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .…")


_VALUES: dict[str, str] = {
    _fold(value): source for source, values in data.SAMPLES.items() for value in values
}


def is_sample_text(text: str) -> bool:
    """True when ``text`` is a sentence (four words or more) of a known sample file."""
    folded = _fold(text)
    return folded in _VALUES and len(folded.split()) >= 4


@lru_cache(maxsize=1 << 12)
def _generic(path: str) -> str:
    return re.sub(r"\[\d+\]", "", path)


def sample_hits(profile: Profile, ctx: Context) -> dict[str, list[tuple[str, str]]]:
    """Per sample source, the (field, value) pairs of the profile taken from it.

    A source counts when one of its sentences is found, or two of its shorter values.
    """
    hits: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for field, text in text_fields(profile, ctx):
        source = _VALUES.get(_fold(text))
        if source:
            hits[source].append((field, text))
    for link in profile.links:  # a username is a field of its own, e.g. "AlbertEinstein"
        source = _VALUES.get(_fold(link.username or ""))
        if source and source == "the al-folio sample site":
            hits[source].append(("links", link.username or ""))
    return {
        source: found
        for source, found in hits.items()
        if any(len(_fold(v).split()) >= 4 for _, v in found)
        or len({_fold(v) for _, v in found}) >= 2
        or source == "the al-folio sample site"
    }


def placeholder_link(path: str, text: str) -> bool:
    """True when a link field holds no link ("null", "-", "#") or a template's host."""
    if _generic(path) not in _LINK_FIELDS:
        return False
    value = text.strip().casefold()
    if value in data.PLACEHOLDER_LINKS:
        return True
    host = url_host(value if "//" in value else f"//{value}")
    return host.removeprefix("www.") in data.PLACEHOLDER_HOSTS


def placeholder_name(text: str) -> bool:
    """True for a template's titled sample name ("Dr. Jane Doe")."""
    return _fold(text) in data.PLACEHOLDER_NAMES


def repeated_sentence(profile: Profile) -> tuple[str, list[str]] | None:
    """A sentence repeated in every one of three or more roles: pasted, not written."""
    described = [p for p in profile.positions if p.highlights or p.description]
    if len(described) < 3 or len(described) != len(profile.positions):
        return None
    counts: dict[str, list[str]] = defaultdict(list)
    for index, position in enumerate(profile.positions):
        seen = set()
        for h_index, line in enumerate(position.highlights):
            folded = _fold(line)
            if len(folded.split()) >= 2 and folded not in seen:
                seen.add(folded)
                counts[folded].append(f"positions[{index}].highlights[{h_index}]")
    for folded, fields in counts.items():
        if len(fields) == len(profile.positions) and folded not in _VALUES:  # a sample's own
            first = profile.positions[0].highlights
            original = next(line for line in first if _fold(line) == folded)
            return original, fields
    return None
