"""Every text field of a profile with its model path, for the rules that read any field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from profilelint.api import PartialDate, Profile

#: Fields written by someone else, or that are not profile text the person can edit.
SKIPPED = frozenset(
    {
        "knowledge",
        "ignore",
        "photo",
        "connections",
        "invitations_sent",
        "invitations_received",
        "endorsements_received",
        "endorsements_given",
    }
)


def _walk(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, PartialDate):
        # A real date cannot hold a marker; only free text kept from the source can.
        if value.year is None and value.text.strip():
            yield path, value.text
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _walk(getattr(value, name), f"{path}.{name}" if path else name)


def text_fields(profile: Profile, skip: frozenset[str] = frozenset()) -> Iterator[tuple[str, str]]:
    """(model path, text) for every non-empty text field the profile knows, in model order.

    ``skip`` names further fields to leave out, as top-level names (``recommendations``) or
    per-item names (``recommendations.author`` skips the author of every item).
    """
    for name, generic, path, text in _all_fields(profile):
        if name not in skip and generic not in skip:
            yield path, text


# Several rules walk every field of the same profile: the walk is done once per profile.  The
# profile is held (not its id), so a later profile can never be mistaken for it.
_last: tuple[Profile | None, list[tuple[str, str, str, str]]] = (None, [])


def _all_fields(profile: Profile) -> list[tuple[str, str, str, str]]:
    """(top-level name, path without indices, path, text) of every known non-empty text."""
    global _last
    if _last[0] is profile:
        return _last[1]
    found = []
    for name in Profile.model_fields:
        if name in SKIPPED or not profile.knows(name):
            continue
        for path, text in _walk(getattr(profile, name), name):
            if text.strip() and profile.knows(path):
                found.append((name, _without_indices(path), path, text))
    _last = (profile, found)
    return found


def _without_indices(path: str) -> str:
    out, depth = [], 0
    for char in path:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)
