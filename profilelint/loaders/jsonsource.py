"""JSON text with the position of every value, for diagnostics that point into the file."""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from typing import Any

from profilelint.loaders.base import LoadError, SourceMap


def _unescape(ptr: str) -> str:
    """json-source-map keeps a key's escapes (``\\u00e9``); pointers use the key itself."""
    parts = []
    for part in ptr.split("/"):
        try:
            parts.append(json.loads(f'"{part}"') if "\\" in part else part)
        except json.JSONDecodeError:
            parts.append(part)
    return "/".join(parts)


class _NotJson(ValueError):
    """NaN, Infinity and -Infinity: Python reads them, JSON does not define them."""


def _reject_constant(name: str) -> None:
    raise _NotJson(name)


def pointer(*parts: str | int) -> str:
    """A JSON Pointer from keys and indices, spelt as json-source-map spells them.

    Like that library, keys are not escaped (RFC 6901 would write ``~1`` for ``/``), so
    pointers built here find the positions it computed.
    """
    return "".join(f"/{p}" for p in parts)


def _nesting_depth(text: str) -> int:
    """The deepest nesting of objects and arrays, ignoring brackets inside strings."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


@dataclass
class JsonSource(SourceMap):
    """A parsed JSON document and the positions of its values, by JSON Pointer."""

    text: str = ""
    document: Any = None
    values: dict[str, tuple[int, int]] = field(default_factory=dict)
    keys: dict[str, int] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    _line_starts: list[int] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str, *, max_depth: int) -> JsonSource:
        """Parse ``text`` (BOM already removed) or raise :class:`LoadError`."""
        if not text.strip():
            raise LoadError("INP001", "the file is empty")
        depth = _nesting_depth(text)
        if depth > max_depth:
            raise LoadError(
                "INP003", f"JSON nesting depth {depth} is over the limit of {max_depth}"
            )
        try:
            document = json.loads(text, parse_constant=_reject_constant)
        except json.JSONDecodeError as error:
            raise LoadError(
                "INP001",
                f"not well-formed JSON: {error.msg}",
                line=error.lineno,
                column=error.colno,
            ) from None
        except _NotJson as error:
            raise LoadError(
                "INP001", f"not well-formed JSON: {error} is not a JSON value"
            ) from None
        except RecursionError:
            raise LoadError("INP003", "JSON nesting is too deep to read") from None
        except ValueError as error:  # a number with thousands of digits
            raise LoadError("INP003", f"a number is too long to read ({error})"[:100]) from None
        try:
            json.dumps(document, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as error:
            code = ord(error.object[error.start])
            raise LoadError(
                "INP001", f"text holds \\u{code:04x}, half of a UTF-16 pair: not a character"
            ) from None
        from json_source_map import calculate

        source = cls(text=text, document=document)
        source._line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        for raw, entry in calculate(text).items():
            ptr = _unescape(raw) if "\\" in raw else raw
            start = entry.value_start.position
            source.values[ptr] = (start, entry.value_end.position)
            if entry.key_start is not None:
                source.keys[ptr] = entry.key_start.position
        return source

    def bind(self, model_path: str, json_pointer: str) -> None:
        """Record that the model field ``model_path`` came from ``json_pointer``.

        A pointer that is absent from the file falls back to its nearest existing ancestor, so
        a missing field points at the object that should have held it.
        """
        self.fields[model_path] = json_pointer

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a character offset."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def locate(self, model_path: str | None, quote: str | None = None) -> tuple[int, int] | None:
        """Line and column of a model field, or of the quoted words inside it."""
        if model_path is None:
            return self.position(self.values.get("", (0, 0))[0])
        from profilelint.model import ancestors

        for candidate in ancestors(model_path):
            json_pointer = self.fields.get(candidate)
            if json_pointer is None:
                continue
            if json_pointer in self.values:
                start, end = self.values[json_pointer]
                if quote and self.text[start] == '"':
                    found = self.text.find(quote, start + 1, end)
                    if found >= 0:
                        return self.position(found)
                if self.text[start] in "{[" and json_pointer in self.keys:
                    # An object or a list is pointed at by its key, as an absent field is.
                    return self.position(self.keys[json_pointer])
                return self.position(start)
            # The field is absent: point at the key of the nearest container that exists.
            parent = json_pointer
            while parent and parent not in self.values:
                parent = parent[: parent.rfind("/")]
            if parent in self.keys:
                return self.position(self.keys[parent])
            return self.position(self.values.get(parent, (0, 0))[0])
        return self.position(self.values.get("", (0, 0))[0])
