"""Every text field of a profile with its model path, for the rules that read any field."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from profilelint.api import Context, PartialDate, Profile

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


def _walk(value: Any, path: str, generic: str, found: list[tuple[str, str, str]]) -> None:
    """Append (path, path without indices, text) for every text inside ``value``."""
    if value is None:
        return
    if isinstance(value, str):
        found.append((path, generic, value))
    elif isinstance(value, PartialDate):
        # A real date cannot hold a marker; only free text kept from the source can.
        if value.year is None and value.text.strip():
            found.append((path, generic, value.text))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk(item, f"{path}[{index}]", generic, found)
    elif isinstance(value, BaseModel):
        for name in _field_names(type(value)):
            _walk(getattr(value, name), f"{path}.{name}", f"{generic}.{name}", found)


@lru_cache(maxsize=64)
def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    """A model's field names in order (asked for each item of every profile)."""
    return tuple(model.model_fields)


def text_fields(
    profile: Profile, ctx: Context, skip: frozenset[str] = frozenset()
) -> Iterator[tuple[str, str]]:
    """(model path, text) for every non-empty text field the profile knows, in model order.

    ``skip`` names further fields to leave out, as top-level names (``recommendations``) or
    per-item names (``recommendations.author`` skips the author of every item).  Several
    rules read every field of the same profile: the walk is done once per profile
    (``ctx.once``).
    """
    for name, generic, path, text in ctx.once(all_fields, profile):
        if name not in skip and generic not in skip:
            yield path, text


def all_fields(profile: Profile) -> list[tuple[str, str, str, str]]:
    """(top-level name, path without indices, path, text) of every known non-empty text."""
    found = []
    # The top-level fields with an unknown path inside them: only there can a known field
    # hold an unknown one (most sources list only whole fields as unknown).
    deep = {_top(path) for path in profile.knowledge.unknown if _top(path) != path}
    for name in _field_names(Profile):
        if name in SKIPPED or not profile.knows(name):
            continue
        texts: list[tuple[str, str, str]] = []
        _walk(getattr(profile, name), name, name, texts)
        check = name in deep
        for path, generic, text in texts:
            if text.strip() and (not check or profile.knows(path)):
                found.append((name, generic, path, text))
    return found


def _top(path: str) -> str:
    """The top-level field of a model path: ``positions`` of ``positions[1].title``."""
    return path.split(".", 1)[0].split("[", 1)[0]
