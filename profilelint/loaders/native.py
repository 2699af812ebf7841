"""The project's own JSON (``"profilelint_schema": 1``), as ``--show-profile`` writes it."""

from __future__ import annotations

import difflib
import json
from typing import Any

from pydantic import BaseModel, ValidationError

from profilelint.loaders.base import LoadError, LoadResult, Problem
from profilelint.loaders.jsonsource import JsonSource
from profilelint.model import SCHEMA_VERSION, Profile

_MAX_REPAIRS = 200


def _model_path(parts: tuple[str | int, ...]) -> str:
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _json_pointer(parts: tuple[str | int, ...]) -> str:
    return "".join(f"/{part}" for part in parts)


def _fields_of(model: type[BaseModel], parts: tuple[str | int, ...]) -> list[str]:
    """The field names the model defines at ``parts`` (for "did you mean")."""
    for part in parts:
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        if info is None:
            return []
        annotation = info.annotation
        candidates = [annotation, *getattr(annotation, "__args__", ())]
        for candidate in candidates:
            inner = [candidate, *getattr(candidate, "__args__", ())]
            found = next(
                (c for c in inner if isinstance(c, type) and issubclass(c, BaseModel)), None
            )
            if found is not None:
                model = found
                break
        else:
            return []
    return sorted(model.model_fields)


def _drop(data: Any, parts: tuple[str | int, ...]) -> None:
    *parents, last = parts
    for part in parents:
        data = data[part]
    if isinstance(data, dict):
        data.pop(last, None)
    elif isinstance(data, list) and isinstance(last, int) and last < len(data):
        del data[last]


def _existing(data: Any, loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """The longest prefix of a validation error's location that names a real value."""
    found: list[str | int] = []
    for part in loc:
        if isinstance(data, dict) and isinstance(part, str) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            break
        found.append(part)
    return tuple(found)


def _index(part: str) -> str | int:
    return int(part) if part.isascii() and part.isdigit() else part


class _Origins:
    """Where each kept list item came from, once unusable items have been dropped."""

    def __init__(self) -> None:
        self.lists: dict[tuple[str | int, ...], list[int]] = {}

    def to_source(self, loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
        """A location in the repaired data, as a location in the file."""
        out: list[str | int] = []
        for part in loc:
            if isinstance(part, int) and tuple(out) in self.lists:
                part = self.lists[tuple(out)][part]
            out.append(part)
        return tuple(out)

    def dropped(self, data: Any, loc: tuple[str | int, ...]) -> None:
        """Record that the list item at ``loc`` (in the repaired data) is being dropped."""
        key = self.to_source(loc[:-1])
        items = data
        for part in loc[:-1]:
            items = items[part]
        origin = self.lists.setdefault(key, list(range(len(items))))
        del origin[loc[-1]]

    def to_data(self, parts: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
        """A location in the file, as a location in the repaired data (None if dropped)."""
        out: list[str | int] = []
        for index, part in enumerate(parts):
            key = parts[:index]
            if isinstance(part, int) and key in self.lists:
                if part not in self.lists[key]:
                    return None
                part = self.lists[key].index(part)
            out.append(part)
        return tuple(out)


def load_native(source: JsonSource) -> LoadResult:
    """Validate the project's own JSON; drop and report each unusable value."""
    data = json.loads(source.text)  # a fresh copy; unlike deepcopy, C code: no Python recursion
    version = data.pop("profilelint_schema")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise LoadError(
            "INP002", f"profilelint_schema {version!r} is not supported (this version reads 1)"
        )
    problems: list[Problem] = []
    unknown: set[str] = set()
    partial: set[str] = set()
    origins = _Origins()
    for _ in range(_MAX_REPAIRS):
        try:
            profile = Profile.model_validate(data)
            break
        except ValidationError as error:
            first = error.errors()[0]
            loc = _existing(data, tuple(first["loc"]))
            if first["type"] == "extra_forbidden" and len(loc) < len(first["loc"]):
                loc = tuple(first["loc"][: len(loc) + 1])
            if not loc:
                raise LoadError("INP004", f"the profile is not an object: {first['msg']}") from None
            ptr = _json_pointer(origins.to_source(loc))
            path = _model_path(loc)
            if first["type"] == "extra_forbidden":
                known = _fields_of(Profile, loc[:-1])
                guess = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.75)
                hint = f"; did you mean '{guess[0]}'?" if guess else ""
                start = source.keys.get(ptr, source.values.get(ptr, (0, 0))[0])
                line, column = source.position(start)
                problems.append(
                    Problem("INP006", f"unknown key '{loc[-1]}'{hint}", path, line, column)
                )
                if guess:
                    unknown.add(_model_path((*loc[:-1], guess[0])))
            else:
                line, column = source.position(source.values.get(ptr, (0, 0))[0])
                message = f"'{path}': {first['msg'][:1].lower()}{first['msg'][1:]}"
                if isinstance(loc[-1], int):  # an item of a list: the list is now incomplete
                    path = _model_path(loc[:-1])
                    partial.add(path)
                else:
                    unknown.add(path)
                problems.append(Problem("INP004", message, path, line, column))
            if isinstance(loc[-1], int):
                origins.dropped(data, loc)
            _drop(data, loc)
    else:
        raise LoadError("INP004", "too many invalid values to load the profile")
    for ptr in source.values:
        parts = origins.to_data(tuple(_index(p) for p in ptr.split("/")[1:]))
        if parts is not None:
            source.bind(_model_path(parts), ptr)
    profile.knowledge.unknown |= unknown
    profile.knowledge.partial |= partial
    return LoadResult(profile=profile, format="profilelint", source=source, problems=problems)
