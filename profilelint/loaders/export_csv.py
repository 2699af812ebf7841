"""Reading the CSV files of a LinkedIn data export: names, encodings, preambles, positions.

LinkedIn's file names drift between years (``Rich Media.csv`` / ``Rich_Media.csv``), long
files are split (``X.csv``, ``X_1.csv``, ...), Connections.csv opens with a ``Notes:``
preamble of any length, 2018 exports wrote some files as tab-separated UTF-16, and columns
are reordered and added over time.  So a file is found by its name key, its header by the
columns it must hold, and each value by its column's name.  The standard library's csv
module parses (RFC 4180: quoted commas and line breaks); this module only keeps, for each
record, the physical line it starts on and the column of each cell.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from profilelint.loaders.base import LoadError, decode_text

_SPLIT = re.compile(r"^(?P<base>.+?)_(?P<part>\d{1,3})$")
#: How many lines may come before the header (LinkedIn's preamble has three).
_MAX_PREAMBLE_LINES = 50


def name_key(name: str) -> str:
    """A header or file name compared ignoring case, spaces, underscores and hyphens."""
    return re.sub(r"[\s_\-]+", "", name).casefold()


def member_key(member: str) -> tuple[str, int] | None:
    """``("positions", 0)`` for ``Positions.csv``, ``("jobapplications", 1)`` for
    ``Job Applications_1.csv``; None for a file that is not a CSV at the top level."""
    if "/" in member or "\\" in member or not member.lower().endswith(".csv"):
        return None
    stem = member[:-4]
    match = _SPLIT.match(stem)
    part = 0
    if match:
        stem, part = match.group("base"), int(match.group("part"))
    return name_key(stem), part


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without a BOM) or UTF-16 (with a BOM, or without one as LinkedIn's
    2018 files are not: NUL bytes at odd or even offsets tell which)."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = data[:200]
        if len(head) >= 4 and head[1::2].count(0) > len(head) // 4:
            return _decode_as(data, "utf-16-le")
        if len(head) >= 4 and head[0::2].count(0) > len(head) // 4:
            return _decode_as(data, "utf-16-be")
    return decode_text(data)


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise LoadError("INP001", f"not UTF-16 text (byte {error.start})") from None


@dataclass
class Row:
    """One record: its cells by column key, where it starts, and where each cell starts."""

    member: str
    line: int
    cells: dict[str, str]
    columns: dict[str, tuple[int, int]] = field(default_factory=dict)

    def get(self, *names: str) -> str:
        """The stripped value of the first of these columns the file has ("" if none)."""
        for name in names:
            value = self.cells.get(name_key(name))
            if value is not None:
                return value.strip()
        return ""

    def column(self, *names: str) -> tuple[int, int] | None:
        """Line and column where the first of these cells starts."""
        for name in names:
            spot = self.columns.get(name_key(name))
            if spot is not None:
                return spot
        return None


@dataclass
class Table:
    """One logical file of the export (a split file's parts merged in order)."""

    members: list[str]
    header_line: int
    rows: list[Row] = field(default_factory=list)

    @property
    def member(self) -> str:
        """The first member's name, where the header is."""
        return self.members[0]


def _cell_starts(text: str, delimiter: str) -> list[tuple[int, int]]:
    """(line offset, 1-based column) where each cell of one record starts.

    Only positions are computed here; the values come from the csv module.
    """
    starts = [(0, 1)]
    line, column, quoted, at_start = 0, 1, False, True
    index = 0
    while index < len(text):
        char = text[index]
        if quoted:
            if char == '"':
                if text[index + 1 : index + 2] == '"':
                    index += 1
                    column += 1
                else:
                    quoted = False
        elif char == '"' and at_start:
            quoted = True
        elif char == delimiter:
            starts.append((line, column + 1))
            at_start = True
            index += 1
            column += 1
            continue
        if char == "\n":
            line, column = line + 1, 0
        at_start = False
        index += 1
        column += 1
    return starts


def _split_lines(text: str) -> list[str]:
    """Physical lines with their endings (``\\r\\n``, ``\\n`` or ``\\r``)."""
    return text.splitlines(keepends=True)


def _find_header(lines: list[str], wanted: Iterable[str]) -> tuple[int, str]:
    """Index of the header line and its delimiter: the first line naming a wanted column."""
    keys = {name_key(w) for w in wanted}
    for index, line in enumerate(lines[:_MAX_PREAMBLE_LINES]):
        for delimiter in (",", "\t"):
            try:
                cells = next(csv.reader([line], delimiter=delimiter))
            except (csv.Error, StopIteration):
                continue
            if any(name_key(cell) in keys for cell in cells):
                return index, delimiter
    raise LoadError("INP002", "no header line with the columns LinkedIn writes")


def read_table(
    member: str, text: str, wanted: Iterable[str], *, max_field_size: int
) -> tuple[list[str], list[Row], int]:
    """The header keys, the records and the header's line of one CSV member.

    Raises :class:`LoadError` (with the member) for a file without a known header, a field
    over ``max_field_size`` characters, or text the csv module cannot read.
    """
    lines = _split_lines(text)
    try:
        start, delimiter = _find_header(lines, wanted)
    except LoadError as error:
        error.member = member
        raise
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max_field_size)
    rows: list[Row] = []
    try:
        reader = csv.reader(iter(lines[start:]), delimiter=delimiter)
        try:
            header = [name_key(cell) for cell in next(reader)]
        except StopIteration:
            return [], [], start + 1
        consumed = reader.line_num
        for cells in reader:
            first = start + consumed  # 0-based index of the record's first line
            consumed_now = reader.line_num
            if not any(cell.strip() for cell in cells):
                consumed = consumed_now
                continue
            raw = "".join(lines[first : start + consumed_now])
            spots = _cell_starts(raw, delimiter)
            row = Row(member=member, line=first + 1, cells={})
            for index, key in enumerate(header):
                if not key or index >= len(cells) or key in row.cells:
                    continue
                row.cells[key] = cells[index]
                if index < len(spots):
                    offset, column = spots[index]
                    row.columns[key] = (first + 1 + offset, column)
            rows.append(row)
            consumed = consumed_now
    except csv.Error as error:
        line = start + reader.line_num
        if "field larger than field limit" in str(error):
            raise LoadError(
                "INP003",
                f"a field is over the limit of {max_field_size:,} characters",
                line=line,
                member=member,
            ) from None
        raise LoadError(
            "INP001", f"not a readable CSV file ({error})", line=line, member=member
        ) from None
    finally:
        csv.field_size_limit(old_limit)
    return header, rows, start + 1
