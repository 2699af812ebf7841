"""Line roles and text joining for LinkedIn's PDF template (FORMATS.md 6.2).

The template names each line by its column and font size; vertical gaps tell a wrapped line
from the next item or paragraph.  Numbers are pdfminer glyph-box tops in pt, measured on 34
files from 2019 to 2026 (Apache FOP 2.2 and 2.3).
"""

from __future__ import annotations

import re

from profilelint.loaders.pdf_layout import Line

#: Font sizes of the line roles, per column.
MAIN_ROLES = {26.0: "name", 15.75: "heading", 12.0: "body", 11.5: "title", 10.5: "small"}
SIDE_ROLES = {13.0: "heading", 11.0: "url", 10.5: "item"}
_SIZE_TOLERANCE = 0.3

#: x0 of each column on every page (a line elsewhere is a layout surprise).
COLUMN_X0 = {"side": 21.6, "main": 223.56}
#: Right edge of each column's text: a line that ends well before it was broken by the author.
RIGHT_EDGE = {"side": 196.0, "main": 590.4}
#: A page's first line sits this low when it continues the previous page with no blank line
#: (46.8 for a role location at 14.7 leading, 47.9 for a description at 18 leading).
PAGE_TOP_LOCATION = 47.4
PAGE_TOP_PARAGRAPH = 56.0
#: Gaps between line tops: a role location sits 14.4-14.7 under its date, a description
#: 20.3-21.4; description and summary lines are 18 apart, 36 with a blank line between.
LOCATION_GAP = 17.0
PARAGRAPH_GAP = 27.0
#: Sidebar items are 17.6 apart, wrapped lines of one item 12.6.
SIDE_ITEM_GAP = 14.0
#: How far short of the right edge a line must end to count as broken by its author.
BREAK_SLACK = 30.0
# List items as typed: a hyphen, dash, bullet, asterisk or a symbol-font bullet (U+F0DA...).
_BULLET = re.compile(r"^(?:[-–—•·*▪►✓✔➢➤]|[\ue000-\uf8ff])\s")


def role(line: Line) -> str:
    """The role of a line from its column and size ("other" when no role has that size)."""
    table = MAIN_ROLES if line.column == "main" else SIDE_ROLES
    for size, name in table.items():
        if abs(line.size - size) <= _SIZE_TOLERANCE:
            return name
    return "other"


def gap(before: Line, after: Line) -> float | None:
    """Distance between two lines' tops on one page (None across a page break)."""
    return after.top - before.top if before.page == after.page else None


def close(before: Line, after: Line, limit: float, page_top: float) -> bool:
    """True when ``after`` follows ``before`` within ``limit`` (or high on the next page)."""
    distance = gap(before, after)
    return after.top < page_top if distance is None else distance < limit


def new_paragraph(before: Line, after: Line) -> bool:
    """True when a blank line separates two lines of prose."""
    distance = gap(before, after)
    return after.top > PAGE_TOP_PARAGRAPH if distance is None else distance > PARAGRAPH_GAP


def broken_by_author(before: Line, after: Line) -> bool:
    """True when the author broke the line: ``after`` opens a list item, or ``before`` ends so
    short that ``after``'s first word would have fitted with room to spare (FOP balances its
    lines, so a wrapped line can end up to 20 pt short of the edge: 30 is the margin)."""
    if _BULLET.match(after.text):
        return True
    space = after.size * 0.28
    return before.x1 + space + after.first_word < RIGHT_EDGE[before.column] - BREAK_SLACK


def join_wrapped(parts: list[str], tight: bool = False) -> str:
    """Join wrapped pieces of one item: a piece ending in a word hyphen or (``tight``) any
    piece continues without a space (URLs and e-mails wrap mid-token)."""
    text = ""
    for part in parts:
        part = part.strip()
        if not text:
            text = part
        elif tight or (len(text) > 1 and text[-1] == "-" and text[-2].isalpha()):
            text += part
        else:
            text += " " + part
    return text


def prose(lines: list[Line]) -> str:
    """Lines of a summary or a description as text: wraps joined, the author's line breaks
    and blank lines kept."""
    text = ""
    previous: Line | None = None
    for line in lines:
        part = line.text
        if previous is None:
            text = part
        elif new_paragraph(previous, line):
            text += "\n\n" + part
        elif broken_by_author(previous, line):
            text += "\n" + part
        else:
            text = join_wrapped([text, part])
        previous = line
    return text
