"""A parsed HTML page and where each model field came from in its text.

The tree comes from lxml's HTML parser (libxml2): measured on the 1.3 MB signed-in corpus page
it parses in about 20 ms, against about 150 ms for BeautifulSoup with ``html.parser`` plus
140 ms to import bs4 (see bench/bench_page.py).  lxml records the line of each start tag
(``sourceline``) but no column, so the column comes from an offset index: the k-th element
named ``tag`` that starts on a line is the k-th ``<tag`` written on that line (the rank is
worked out only when a line holds several, as in a minified page).
"""

from __future__ import annotations

import bisect
import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from profilelint.loaders.base import LoadError, SourceMap

#: How far after a field's element a quoted word is looked for, in characters.
_QUOTE_WINDOW = 20_000
_SPACE = re.compile(r"\s+")


def parse_html(text: str) -> Any:
    """The lxml tree of a page's text; raises INP001 when nothing can be read from it."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, default_doctype=False)
    try:
        # Bytes, not str: lxml refuses a str that carries an XML encoding declaration.
        root = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except lxml.etree.ParserError:
        # libxml2's "Document is empty": a doctype, a comment or white space alone.
        raise LoadError("INP002", "an empty page: no elements, so no person on it") from None
    except (lxml.etree.XMLSyntaxError, ValueError) as error:
        raise LoadError("INP001", f"not a readable HTML page ({error})"[:120]) from None
    if root is None:
        raise LoadError("INP001", "not a readable HTML page")
    return root


def squash(text: str | None) -> str:
    """Text with runs of white space made one space, trimmed."""
    return _SPACE.sub(" ", text or "").strip()


def classes(element: Any) -> list[str]:
    """The element's class names."""
    value = element.get("class") if hasattr(element, "get") else None
    return value.split() if isinstance(value, str) else []


@dataclass
class PageSource(SourceMap):
    """Positions of model fields in a page's text, as character offsets."""

    text: str = ""
    fields: dict[str, int] = field(default_factory=dict)
    _line_starts: list[int] = field(default_factory=list)
    _spots: dict[tuple[int, str], list[int]] = field(default_factory=dict)
    _ranks: dict[str, dict[int, int]] = field(default_factory=dict)
    _keep: list[Any] = field(default_factory=list)
    _root: Any = None

    @classmethod
    def for_text(cls, text: str, root: Any) -> PageSource:
        """A source map over ``text`` whose tree is ``root``."""
        starts = [0]
        find = text.find
        index = find("\n")
        while index >= 0:
            starts.append(index + 1)
            index = find("\n", index + 1)
        return cls(text=text, _line_starts=starts, _root=root)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a character offset."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def offset_of(self, element: Any) -> int:
        """The character offset of an element's start tag (its line's start if not found)."""
        line = getattr(element, "sourceline", None)
        if not line or line > len(self._line_starts) or not isinstance(element.tag, str):
            return 0
        tag = element.tag
        start = self._line_starts[line - 1]
        spots = self._spots.get((line, tag))
        if spots is None:
            end = self._line_starts[line] if line < len(self._line_starts) else len(self.text)
            pattern = re.compile(rf"<{re.escape(tag)}(?=[\s/>])", re.IGNORECASE)
            spots = [m.start() for m in pattern.finditer(self.text, start, end)]
            self._spots[(line, tag)] = spots
        if len(spots) <= 1:
            return spots[0] if spots else start
        # Several <tag on the line (a minified page): the element's rank among its namesakes.
        ranks = self._ranks.get(tag)
        if ranks is None:
            ranks = self._ranks[tag] = {}
            seen: dict[int, int] = {}
            for node in self._root.iter(tag):
                count = seen.get(node.sourceline, 0)
                seen[node.sourceline] = count + 1
                ranks[id(node)] = count
                self._keep.append(node)  # keeps each id() valid while the map lives
        rank = ranks.get(id(element), 0)
        return spots[rank] if rank < len(spots) else start

    def find_value(self, value: Any, start: int) -> int | None:
        """Where a JSON-LD value is written after ``start`` (it may be JSON- or HTML-escaped)."""
        if isinstance(value, str):
            needles = [
                json.dumps(value, ensure_ascii=False)[1:-1],
                json.dumps(value)[1:-1],
                value,
                html.escape(value, quote=False),
            ]
        else:
            needles = [json.dumps(value)]
        for needle in needles:
            if needle:
                found = self.text.find(needle, start)
                if found >= 0:
                    return found
        return None

    def bind(self, model_path: str, offset: int | None) -> None:
        """Record that the model field ``model_path`` starts at ``offset``."""
        if offset is not None:
            self.fields[model_path] = offset

    def bind_element(self, model_path: str, element: Any) -> None:
        """Record that the model field ``model_path`` came from ``element``."""
        self.fields[model_path] = self.offset_of(element)

    def locate(self, model_path: str | None, quote: str | None = None) -> tuple[int, int] | None:
        """Line and column of a model field, or of the quoted words inside it."""
        from profilelint.model import ancestors

        for candidate in ancestors(model_path) if model_path else []:
            start = self.fields.get(candidate)
            if start is None:
                continue
            if quote:
                end = min(len(self.text), start + _QUOTE_WINDOW + len(quote) * 6)
                for needle in (quote, html.escape(quote, quote=False), json.dumps(quote)[1:-1]):
                    found = self.text.find(needle, start, end)
                    if found >= 0:
                        return self.position(found)
            return self.position(start)
        return self.position(self.fields.get("", 0))
