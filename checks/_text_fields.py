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
    kind = _kind(type(value))
    if kind is _TEXT:
        found.append((path, generic, value))
    elif kind is _DATE:
        # A real date cannot hold a marker; only free text kept from the source can.
        if value.year is None and value.text.strip():
            found.append((path, generic, value.text))
    elif kind is _LIST:
        for index, item in enumerate(value):
            if type(item) is str:  # most items are text: no call for those
                found.append((f"{path}[{index}]", generic, item))
            else:
                _walk(item, f"{path}[{index}]", generic, found)
    elif kind is _MODEL:
        for name, suffix, inner in _children(type(value), generic):
            item = getattr(value, name)
            if item is None:
                continue  # most of a model's values are nothing, or text: no call for those
            if type(item) is str:
                found.append((path + suffix, inner, item))
            else:
                _walk(item, path + suffix, inner, found)


_TEXT, _DATE, _LIST, _MODEL = "text", "date", "list", "model"


@lru_cache(maxsize=64)
def _kind(of: type) -> str | None:
    """What ``_walk`` does with a value of this type (asked for every value of every profile)."""
    if issubclass(of, str):
        return _TEXT
    if issubclass(of, PartialDate):
        return _DATE
    if issubclass(of, list):
        return _LIST
    if issubclass(of, BaseModel):
        return _MODEL
    return None


@lru_cache(maxsize=64)
def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    """A model's field names in order (asked for each item of every profile)."""
    return tuple(model.model_fields)


@lru_cache(maxsize=256)
def _children(model: type[BaseModel], generic: str) -> tuple[tuple[str, str, str], ...]:
    """(name, ".name", generic path) of each of a model's fields, in order."""
    return tuple((name, f".{name}", f"{generic}.{name}") for name in _field_names(model))


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
    for name in _walked(Profile):
        value = getattr(profile, name)
        # Most fields are empty: nothing to walk, and no need to ask whether they are known.
        if value is None or value == [] or not profile.knows(name):
            continue
        texts: list[tuple[str, str, str]] = []
        _walk(value, name, name, texts)
        check = name in deep
        for path, generic, text in texts:
            if text.strip() and (not check or profile.knows(path)):
                found.append((name, generic, path, text))
    return found


@lru_cache(maxsize=4)
def _walked(model: type[Profile]) -> tuple[str, ...]:
    """The profile's top-level fields that hold the person's own text (not ``SKIPPED``)."""
    return tuple(name for name in _field_names(model) if name not in SKIPPED)


def _top(path: str) -> str:
    """The top-level field of a model path: ``positions`` of ``positions[1].title``."""
    return path.split(".", 1)[0].split("[", 1)[0]
