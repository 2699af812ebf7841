"""The text lines of a PDF with their page, column, position and font size (pdfminer.six).

LinkedIn's "Save to PDF" template (FORMATS.md 6.2) puts a sidebar at x0 = 21.6 and a main
column at x0 = 223.6 on US Letter pages; the font size of a line names its role.  This module
only reads: it turns pages into :class:`Line` values and link annotations into
:class:`LinkTarget` values, within the limits, and raises :class:`LoadError` for a PDF it
cannot read.  pdfminer is imported here, inside functions, so that a run without PDFs never
pays for it.
"""

from __future__ import annotations

import io
import logging
import re
import time
import zlib
from dataclasses import dataclass, field
from typing import Any

from profilelint.loaders.base import Limits, LoadError

#: Text left of this x belongs to the sidebar (the sidebar ends near 200, the main column
#: starts at 223.6 on every page of the 34 files measured).
COLUMN_SPLIT = 200.0
#: Lines whose tops differ by less than this share a baseline (one line split into runs).
_SAME_LINE = 1.0
_FOOTER = re.compile(r"^Page \d+ of \d+$")
#: A page may take this long to lay out before the file is given up (a hostile PDF).
_TIME_BUDGET_S = 10.0
#: Glyphs per page: the fullest page of the six corpus PDFs held 2,249; line grouping slows
#: down sharply on pages of many overlapping glyphs, so a page over this is refused.
MAX_CHARS_PER_PAGE = 10_000


@dataclass
class Line:
    """One line of text on a page, in the template's reading order."""

    page: int
    column: str  # "side" or "main"
    top: float
    x0: float
    x1: float
    size: float
    raw: str  # as extracted, no-break spaces kept (they separate template parts)
    first_word: float = 0.0  # width of the first word, in pt (to tell typed breaks from wraps)
    number: int = 0  # 1-based line number on its page (sidebar lines first, then main)

    @property
    def text(self) -> str:
        """The line with no-break spaces as plain spaces and outer blanks removed."""
        return self.raw.replace("\xa0", " ").strip()


@dataclass
class LinkTarget:
    """A link annotation: where it points and the top of its box on its page."""

    page: int
    top: float
    uri: str


@dataclass
class PdfText:
    """What the loader reads of a PDF: metadata, page sizes, lines and links."""

    info: dict[str, str]
    page_count: int
    page_sizes: list[tuple[float, float]] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    links: list[LinkTarget] = field(default_factory=list)


def _text_of(value: Any) -> str:
    """An Info dictionary value as text (PDF strings come as bytes, UTF-16 with a BOM or not)."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    value = resolve1(value)
    if isinstance(value, bytes):
        return decode_text(value)
    if isinstance(value, PSLiteral):
        return str(value.name)
    return value if isinstance(value, str) else ""


def _open(data: bytes) -> Any:
    """A pdfminer document over ``data``, or INP001 for a PDF that cannot be opened."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise LoadError("INP001", "an encrypted PDF (a password is needed to read it)") from None
    except Exception:  # any failure of the parser on untrusted bytes means an unreadable file
        raise LoadError("INP001", "a damaged PDF that cannot be read") from None
    if document.encryption is not None:
        # LinkedIn never encrypts; an encrypted file is someone else's, and decrypting it would
        # only add cost.
        raise LoadError("INP001", "an encrypted PDF (profilelint reads unencrypted PDFs only)")
    return document


def open_pdf(data: bytes) -> tuple[Any, dict[str, str]]:
    """Open a PDF: the pdfminer document and its Info dictionary (Title, Author, ...) as text."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings are not ours to print
    document = _open(data)
    info: dict[str, str] = {}
    try:
        for entry in document.info:
            if isinstance(entry, dict):
                for key, value in entry.items():
                    info[str(key)] = _text_of(value)[:200]
    except Exception:  # a damaged Info dictionary: read as no metadata (not LinkedIn's)
        info = {}
    return document, info


def _page_count(document: Any) -> int:
    """The page count the page tree claims (0 when it has none)."""
    from pdfminer.pdftypes import resolve1

    try:
        pages = resolve1(document.catalog.get("Pages"))
        return int(resolve1(pages.get("Count")))
    except Exception:  # no usable count: the pages are counted while reading them
        return 0


#: At most this many objects are visited per page when sizing its streams.
_MAX_OBJECTS = 2_000


def _streams(page: Any, seen: set[int]) -> list[Any]:
    """The streams a page draws from: contents, and (bounded) everything its resources reach
    (forms, fonts, CMaps), each once per file."""
    from pdfminer.pdftypes import PDFObjRef, PDFStream

    found: list[Any] = []
    todo: list[Any] = [*page.contents, page.resources]
    visited = 0
    while todo and visited < _MAX_OBJECTS:
        item = todo.pop()
        visited += 1
        if isinstance(item, PDFObjRef):
            if item.objid in seen:
                continue
            seen.add(item.objid)
            try:
                item = item.resolve()
            except Exception:  # a dangling reference: pdfminer treats it as null
                continue
        if isinstance(item, PDFStream):
            found.append(item)
            todo.extend(item.attrs.values())
        elif isinstance(item, dict):
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
    return found


def _check_streams(page: Any, budget: list[int], seen: set[int]) -> None:
    """Refuse a page whose streams unpack to more than the budget left (a zip bomb)."""
    for stream in _streams(page, seen):
        if stream.rawdata is None:
            continue
        filters = [getattr(f, "name", f) for f, _params in stream.get_filters()]
        size = len(stream.rawdata)
        if filters and filters[0] in ("FlateDecode", "Fl"):
            inflater = zlib.decompressobj()
            try:
                size = len(inflater.decompress(stream.rawdata, budget[0] + 1))
            except zlib.error:
                continue  # pdfminer reports the broken stream itself (as no text)
        budget[0] -= size
        if budget[0] < 0:
            raise LoadError("INP003", "the PDF's pages unpack to more than the size limit")


def _first_word_width(chars: list[Any]) -> float:
    """The width of a line's first word, in pt."""
    start = None
    for char in chars:
        if char.get_text().isspace():
            if start is not None:
                return char.x0 - start
            continue
        if start is None:
            start = char.x0
    return (chars[-1].x1 - start) if chars and start is not None else 0.0


def _page_lines(layout: Any, number: int, height: float) -> list[Line]:
    """The text lines of a laid-out page, as Line values in reading order."""
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

    found: list[Line] = []
    stack = list(layout)
    while stack:
        item = stack.pop()
        if isinstance(item, LTTextLine):
            chars = [c for c in item if isinstance(c, LTChar)]
            raw = item.get_text().rstrip("\n")
            if not chars or not raw.strip():
                continue  # the template's invisible one-space runs
            sizes: dict[float, int] = {}
            for char in chars:
                if not char.get_text().isspace():
                    sizes[round(char.size, 2)] = sizes.get(round(char.size, 2), 0) + 1
            size = max(sizes, key=lambda s: sizes[s]) if sizes else round(chars[0].size, 2)
            found.append(
                Line(
                    page=number,
                    column="side" if item.x0 < COLUMN_SPLIT else "main",
                    top=round(height - item.y1, 2),
                    x0=round(item.x0, 2),
                    x1=round(item.x1, 2),
                    size=size,
                    raw=raw,
                    first_word=round(_first_word_width(chars), 2),
                )
            )
        elif isinstance(item, LTTextContainer) or hasattr(item, "__iter__"):
            stack.extend(item)
    return _merge_runs(found)


def _merge_runs(lines: list[Line]) -> list[Line]:
    """Join runs of one column on one baseline, and number the page's lines."""
    lines.sort(key=lambda ln: (ln.column != "side", ln.top, ln.x0))
    merged: list[Line] = []
    for line in lines:
        last = merged[-1] if merged else None
        if last and last.column == line.column and abs(last.top - line.top) < _SAME_LINE:
            last.raw = f"{last.raw} {line.raw}" if line.x0 - last.x1 > 1 else last.raw + line.raw
            last.x1 = max(last.x1, line.x1)
            continue
        merged.append(line)
    kept = [ln for ln in merged if not (_FOOTER.match(ln.text) and ln.top > 700)]
    for index, line in enumerate(kept, 1):
        line.number = index
    return kept


def _links(page: Any, number: int, height: float) -> list[LinkTarget]:
    """The URI link annotations of a page."""
    from pdfminer.pdftypes import resolve1

    found = []
    for annot in resolve1(page.annots) or []:
        annot = resolve1(annot)
        if not isinstance(annot, dict):
            continue
        action = resolve1(annot.get("A"))
        rect = resolve1(annot.get("Rect"))
        uri = resolve1(action.get("URI")) if isinstance(action, dict) else None
        if not isinstance(uri, bytes) or not isinstance(rect, list) or len(rect) != 4:
            continue
        try:
            top = height - float(max(resolve1(rect[1]), resolve1(rect[3])))
        except (TypeError, ValueError):
            continue
        found.append(LinkTarget(number, top, uri.decode("latin-1")[:2000]))
    return found


def read_pdf(document: Any, info: dict[str, str], limits: Limits) -> PdfText:
    """Lay out every page of an opened PDF into lines; INP001/INP003 for a damaged or huge one."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    count = _page_count(document)
    if count > limits.max_pages:
        raise LoadError(
            "INP003", f"the PDF has {count:,} pages, over the limit of {limits.max_pages}"
        )
    text = PdfText(info=info, page_count=count)
    manager = PDFResourceManager(caching=True)

    class _Bounded(PDFPageAggregator):  # type: ignore[misc]
        """Counts the glyphs of a page and stops at the bound, before layout starts."""

        chars = 0

        def begin_page(self, page: Any, ctm: Any) -> None:
            """Start counting the glyphs of a new page."""
            self.chars = 0
            super().begin_page(page, ctm)

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            """Count a glyph; refuse the page past the bound."""
            self.chars += 1
            if self.chars > MAX_CHARS_PER_PAGE:
                raise LoadError(
                    "INP003", f"a page holds over {MAX_CHARS_PER_PAGE:,} characters (the limit)"
                )
            return float(super().render_char(*args, **kwargs))

    # boxes_flow=None: lines are all we need; the box grouping it skips is quadratic in boxes.
    device = _Bounded(manager, laparams=LAParams(boxes_flow=None))
    interpreter = PDFPageInterpreter(manager, device)
    budget, seen = [limits.max_unpacked_size], set()
    started = time.monotonic()
    try:
        for number, page in enumerate(PDFPage.create_pages(document), 1):
            if number > limits.max_pages:
                raise LoadError("INP003", f"the PDF has over {limits.max_pages} pages (the limit)")
            _check_streams(page, budget, seen)
            interpreter.process_page(page)
            layout = device.get_result()
            height = float(layout.height)
            text.page_sizes.append((float(layout.width), height))
            text.lines += _page_lines(layout, number, height)
            text.links += _links(page, number, height)
            if time.monotonic() - started > _TIME_BUDGET_S:
                raise LoadError("INP003", f"the PDF took over {_TIME_BUDGET_S:.0f} s to read")
    except LoadError:
        raise
    except Exception:  # pdfminer failing on untrusted bytes: the file is unreadable, not a bug
        raise LoadError("INP001", "a damaged PDF whose pages cannot be read") from None
    text.page_count = len(text.page_sizes)
    return text
