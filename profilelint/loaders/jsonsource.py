"""JSON text with the position of every value, for diagnostics that point into the file."""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from typing import Any

from profilelint.loaders.base import LoadError, SourceMap
from profilelint.model import paths_of


class _NotJson(ValueError):
    """NaN, Infinity and -Infinity: Python reads them, JSON does not define them."""


def _reject_constant(name: str) -> None:
    raise _NotJson(name)


# One decoder for every document: ``json.loads`` with an option builds a new one each call.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def pointer(*parts: str | int) -> str:
    """A JSON Pointer from keys and indices, spelt as :func:`map_positions` spells them.

    Keys are not escaped (RFC 6901 would write ``~1`` for ``/``), so pointers built here
    find the positions mapped there.
    """
    return "".join([f"/{p}" for p in parts])


# One step of a JSON text, after optional white space and a comma: a member's key with its
# colon (optional), then a value's first token (a string, an opening bracket, or a number or
# literal), or a closing bracket.  Strings are the unrolled loop, linear in their length; a
# string followed by a colon is a key in well-formed JSON, anything else a value.
_WS = r"[ \t\n\r]*"
_STR = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_STEP = re.compile(
    rf"{_WS},?{_WS}(?:({_STR}){_WS}:{_WS})?"
    rf'(?:({_STR})|([{{\[])|([}}\]])|([^ \t\n\r{{}}\[\],:"]+))',
    re.S,
)
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_BRACKET = re.compile(r"[\[\]{}]")
#: :meth:`JsonSource.position` counts line breaks for up to this many passes over the text.
_COUNTED_PASSES = 4


def _nesting_depth(text: str) -> int:
    """The deepest nesting of objects and arrays, ignoring brackets inside strings.

    Regular expressions do the scanning, so the cost is linear and mostly in C: strings are
    blanked out first, then only the brackets are visited.
    """
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _encodes(text: str) -> bool:
    """True when ``text`` holds no lone surrogate (it encodes as UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def count_values(document: Any) -> int:
    """Members and items of every object and array (iteratively: no recursion limit)."""
    count = 0
    pending = [document]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            count += len(value)
            pending.extend(v for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            count += len(value)
            pending.extend(v for v in value if isinstance(v, (dict, list)))
    return count


def map_positions(text: str) -> tuple[dict[str, tuple[int, int]], dict[str, int]]:
    """Where every value is in well-formed JSON text, by JSON Pointer (keys unescaped).

    Returns ``values`` (pointer → start and end offset, end exclusive) and ``keys`` (pointer
    → offset of the member's key).  An explicit stack replaces recursion, so any depth the
    limits allow is mapped, in time linear in the text: one pattern match per value.  A
    container is entered in ``values`` when it closes, a text or number where it stands.
    """
    values: dict[str, tuple[int, int]] = {}
    keys: dict[str, int] = {}
    # The open containers: their pointers, where they open, and the index of their next item.
    pointers: list[str] = []
    openings: list[int] = []
    counts: list[int] = []
    # finditer visits the steps that repeated matches at each end would: in well-formed JSON
    # one step follows another with nothing between them.  The last group that took part
    # says which kind of token a step holds (the key's group comes first).
    for match in _STEP.finditer(text):
        kind = match.lastindex
        if kind == 4:  # a closing bracket
            counts.pop()
            values[pointers.pop()] = (openings.pop(), match.end())
            continue
        key = match[1]
        if key is not None:
            name = key[1:-1] if "\\" not in key else json.loads(key)
            here = f"{pointers[-1]}/{name}"
            keys[here] = match.start(1)
        elif pointers:
            index = counts[-1]
            here = f"{pointers[-1]}/{index}"
            counts[-1] = index + 1
        else:
            here = ""
        if kind == 3:  # an opening bracket
            pointers.append(here)
            openings.append(match.start(3))
            counts.append(0)
        else:
            values[here] = (match.start(kind), match.end())
    return values, keys


@dataclass
class JsonSource(SourceMap):
    """A parsed JSON document and the positions of its values, by JSON Pointer."""

    text: str = ""
    document: Any = None
    fields: dict[str, str] = field(default_factory=dict)
    _line_starts: list[int] = field(default_factory=list)
    #: Characters counted by :meth:`position` before the table of line starts was built.
    _counted: int = 0
    _map: tuple[dict[str, tuple[int, int]], dict[str, int]] | None = None

    @property
    def values(self) -> dict[str, tuple[int, int]]:
        """Pointer → start and end offset of every value (see :func:`map_positions`)."""
        return (self._map or self._mapped())[0]

    @property
    def keys(self) -> dict[str, int]:
        """Pointer → offset of each member's key (see :func:`map_positions`)."""
        return (self._map or self._mapped())[1]

    def _mapped(self) -> tuple[dict[str, tuple[int, int]], dict[str, int]]:
        # Mapped when first asked: a profile without findings, or a file that fails to
        # load past its parse, never needs a position.
        self._map = map_positions(self.text)
        return self._map

    @classmethod
    def parse(cls, text: str, *, max_depth: int, max_items: int | None = None) -> JsonSource:
        """Parse ``text`` (BOM already removed) or raise :class:`LoadError`.

        The cheap checks come first (depth, then the count of values against ``max_items``),
        and the positions are mapped only for a document within the limits.
        """
        if not text.strip():
            raise LoadError("INP001", "the file is empty")
        nul = text.find("\x00")
        if nul >= 0:  # never JSON, raw; usually UTF-16 or UTF-32 saved without a BOM
            line = text.count("\n", 0, nul) + 1
            raise LoadError(
                "INP001",
                "not well-formed JSON: a NUL character (UTF-16 or -32 without a byte-order mark?)",
                line=line,
                column=nul - (text.rfind("\n", 0, nul) + 1) + 1,
            )
        # No document nests deeper than it has opening brackets (some may be inside strings):
        # most are within the limit on that count alone, without a scan.
        if text.count("{") + text.count("[") > max_depth:
            depth = _nesting_depth(text)
            if depth > max_depth:
                raise LoadError(
                    "INP003", f"JSON nesting depth {depth} is over the limit of {max_depth}"
                )
        try:
            if text.startswith("\ufeff"):  # json.loads's own message for a BOM left in the text
                document = json.loads(text, parse_constant=_reject_constant)
            else:
                document = _DECODER.decode(text)
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
            depth = _nesting_depth(text)
            raise LoadError(
                "INP003", f"JSON nesting depth {depth} is too deep to read (lower limits.max-depth)"
            ) from None
        except ValueError as error:  # a number with thousands of digits
            raise LoadError("INP003", f"a number is too long to read ({error})"[:100]) from None
        # Only a \u escape can put a character into the document that the text does not hold.
        if "\\u" in text or not _encodes(text):
            try:
                json.dumps(document, ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError as error:
                code = ord(error.object[error.start])
                raise LoadError(
                    "INP001", f"text holds \\u{code:04x}, half of a UTF-16 pair: not a character"
                ) from None
        # Each member or item is followed by a comma or a closing bracket: their count bounds
        # the count of values, and most documents are within the limit on that alone.
        if (
            max_items is not None
            and text.count(",") + text.count("}") + text.count("]") > max_items
        ):
            items = count_values(document)
            if items > max_items:
                raise LoadError("INP003", f"{items:,} values, over the limit of {max_items:,}")
        return cls(text=text, document=document)

    def bind(self, model_path: str, json_pointer: str) -> None:
        """Record that the model field ``model_path`` came from ``json_pointer``.

        A pointer that is absent from the file falls back to its nearest existing ancestor, so
        a missing field points at the object that should have held it.
        """
        self.fields[model_path] = json_pointer

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a character offset."""
        starts = self._line_starts
        if not starts:
            # A profile asks for a few positions: counting line breaks up to each one (in C)
            # costs less than a table of every line.  Past a budget of a few passes over the
            # text, the table is built, so many positions in a long file stay linear.
            self._counted += offset
            if self._counted <= _COUNTED_PASSES * len(self.text):
                line_start = self.text.rfind("\n", 0, offset) + 1
                return self.text.count("\n", 0, line_start) + 1, offset - line_start + 1
            starts = self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def locate(self, model_path: str | None, quote: str | None = None) -> tuple[int, int] | None:
        """Line and column of a model field, or of the quoted words inside it."""
        values, keys = self._map or self._mapped()
        if model_path is None:
            return self.position(values.get("", (0, 0))[0])
        text = self.text
        fields = self.fields
        for candidate in paths_of(model_path):
            json_pointer = fields.get(candidate)
            if json_pointer is None:
                continue
            span = values.get(json_pointer)
            if span is not None:
                start, end = span
                first = text[start]
                if quote and first == '"':
                    found = text.find(quote, start + 1, end)
                    if found >= 0:
                        return self.position(found)
                if first in "{[" and json_pointer in keys:
                    # An object or a list is pointed at by its key, as an absent field is.
                    return self.position(keys[json_pointer])
                return self.position(start)
            # The field is absent: point at the key of the nearest container that exists.
            parent = json_pointer
            while parent and parent not in values:
                parent = parent[: parent.rfind("/")]
            if parent in keys:
                return self.position(keys[parent])
            return self.position(values.get(parent, (0, 0))[0])
        return self.position(values.get("", (0, 0))[0])
