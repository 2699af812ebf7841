"""LinkedIn's "Save to PDF" profile (``Profile.pdf``), read with pdfminer.six.

Recognised by content: the PDF signature and LinkedIn's Info dictionary (Author "LinkedIn",
Subject "Resume generated from profile"), never by the file name.  The layout (FORMATS.md 6)
is one fixed template: a sidebar and a main column told apart by x, each line's role told by
its font size, gaps telling wrapped lines from new items.

Positions: a diagnostic's ``line`` is the page and its ``column`` the line number on that page,
counting the sidebar's lines first and then the main column's, top to bottom (the order in
which the page's text is written and copied out), the footer left out.
"""

from __future__ import annotations

import re
from pathlib import Path

from profilelint.loaders.base import Limits, LoadError, LoadResult, Problem, SourceMap
from profilelint.loaders.pdf_layout import Line, PdfText
from profilelint.model import ancestors

FORMAT = "linkedin-pdf"
_HEAD = 64 * 1024
_TAIL = 16 * 1024
# The Info dictionary of every LinkedIn PDF (FORMATS.md 6.1): the first object of the file.
_AUTHOR = re.compile(rb"/Author\s*\(LinkedIn\)")
_SUBJECT = re.compile(rb"/Subject\s*\(Resume generated from profile\)")
_PAGE = (612.0, 792.0)  # US Letter, for every user
_X0_TOLERANCE = 2.0


def looks_like_pdf(path: Path) -> bool:
    """Discovery: is this PDF a LinkedIn profile?  Reads the file's first and last bytes only.

    LinkedIn writes its Info dictionary as the first object; a file saved again by another
    program may carry it near the end (an incremental update), so the tail is read too.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
            if not head[:1024].lstrip().startswith(b"%PDF-"):
                return False
            size = handle.seek(0, 2)
            tail = b""
            if size > _HEAD:
                handle.seek(max(_HEAD, size - _TAIL))
                tail = handle.read(_TAIL)
    except OSError:
        return False
    return any(_AUTHOR.search(part) and _SUBJECT.search(part) for part in (head, tail))


def _what_it_is(info: dict[str, str]) -> str:
    """A short description of a PDF that is not LinkedIn's current template."""
    maker = " ".join((info.get("Producer") or info.get("Creator") or "").split())[:60]
    maker = "".join(ch for ch in maker if ch.isprintable())
    if maker.startswith("Apache FOP Version 1.") or (
        info.get("Title") == "Resume" and maker.startswith("Apache FOP")
    ):
        return (
            "a LinkedIn PDF in the layout used until 2017 (Apache FOP 1.x); "
            "save the profile to PDF again"
        )
    made = f" (made by {maker})" if maker else ""
    return f"a PDF that is not a LinkedIn profile{made}"


def _is_linkedin(info: dict[str, str]) -> bool:
    """True when the Info dictionary is LinkedIn's."""
    return info.get("Author") == "LinkedIn" and info.get("Subject", "").startswith(
        "Resume generated from profile"
    )


def _surprises(text: PdfText, unexplained: list[Line]) -> dict[int, list[Line]]:
    """Per page, the lines the template does not explain (odd size, position or place)."""
    from profilelint.loaders.pdf_text import COLUMN_X0, role

    odd = {id(line) for line in unexplained}
    pages: dict[int, list[Line]] = {}
    for line in text.lines:
        odd_x = abs(line.x0 - COLUMN_X0[line.column]) > _X0_TOLERANCE
        if odd_x or role(line) == "other" or id(line) in odd:
            pages.setdefault(line.page, []).append(line)
    return pages


class PdfSource(SourceMap):
    """Model paths → the PDF lines they came from; positions are (page, line on the page)."""

    def __init__(self, places: dict[str, list[Line]]) -> None:
        """Keep the lines each model path came from."""
        self.places = places

    def locate(self, model_path: str | None, quote: str | None = None) -> tuple[int, int] | None:
        """The page and line number of a field, of the line holding ``quote`` inside it, or
        of the nearest enclosing field; a field the PDF does not have points at the name."""
        lines: list[Line] = []
        for path in ancestors(model_path) if model_path else []:
            lines = self.places.get(path) or []
            if lines:
                break
        lines = lines or self.places.get("name") or []
        if not lines:
            return None
        found = _line_of(lines, quote) if quote else None
        line = found or lines[0]
        return (line.page, line.number)


def _line_of(lines: list[Line], quote: str) -> Line | None:
    """The line where ``quote`` starts, comparing without blanks (wraps join either way)."""
    needle = "".join(quote.split()).rstrip("…")[:80]
    if not needle:
        return None
    text, owners = "", []
    for line in lines:
        part = "".join(line.text.split())
        text += part
        owners += [line] * len(part)
    at = text.find(needle)
    return owners[at] if at >= 0 else None


def load_pdf(data: bytes, limits: Limits) -> LoadResult:
    """Load the bytes of a LinkedIn "Save to PDF" profile; INP001-INP003 for other PDFs."""
    from profilelint.loaders.pdf_layout import open_pdf, read_pdf
    from profilelint.loaders.pdf_profile import build_profile

    if len(data) > limits.max_file_size:
        raise LoadError("INP003", f"input is over the limit of {limits.max_file_size:,} bytes")
    document, info = open_pdf(data)
    if not _is_linkedin(info):
        raise LoadError("INP002", _what_it_is(info))
    text = read_pdf(document, info, limits)
    if not any(line.page == 1 and line.size == 26.0 for line in text.lines):
        raise LoadError(
            "INP002", "a LinkedIn PDF in a layout profilelint does not know (no name on page 1)"
        )
    profile, places, unexplained = build_profile(text)
    problems: list[Problem] = []
    for number, size in enumerate(text.page_sizes, 1):
        if abs(size[0] - _PAGE[0]) > 1 or abs(size[1] - _PAGE[1]) > 1:
            problems.append(
                Problem(
                    "INP009",
                    f"page {number} of the PDF is {size[0]:.0f} x {size[1]:.0f} pt, not "
                    "LinkedIn's US Letter; its text was read all the same",
                    line=number,
                    column=1,
                )
            )
    for page, lines in sorted(_surprises(text, unexplained).items()):
        count = len(lines)
        problems.append(
            Problem(
                "INP009",
                f"page {page} of the PDF has {count} line{'s' * (count != 1)} outside "
                "LinkedIn's template, left out; the rest was loaded",
                line=page,
                column=lines[0].number,
            )
        )
    return LoadResult(profile=profile, format=FORMAT, source=PdfSource(places), problems=problems)
