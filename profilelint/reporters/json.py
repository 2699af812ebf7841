"""``--format json``: the JSON output contract (see DESIGN.md).

The document is written a file entry at a time (:func:`stream`), so a run over thousands of
profiles never holds the whole report in memory.  The text is exactly what
``json.dumps(document, indent=2, ensure_ascii=False)`` gives for the whole document; it is
written by :func:`dumps`, which gives the same bytes as that call at about half its cost
(with ``indent`` set, the standard library falls back to its pure-Python encoder), and each
file entry by :func:`file_entry`, which knows the entry's fixed shape and writes it straight
from the result's fields, at about a fifth of the cost of :func:`dumps` on ``to_json()``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring  # the C function json.dumps uses for text

from profilelint.diagnostic import Diagnostic, FileResult
from profilelint.reporters import Report, Totals
from profilelint.sanitize import escape_surrogates
from profilelint.score import SCORE_VERSION

OUTPUT_VERSION = 1

#: Each file entry sits two levels deep in the document (inside "files").
_ENTRY_INDENT = " " * 4


def dumps(value: object, indent: str = "") -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, the same bytes, faster.

    ``indent`` is put before every line but the first, for a value nested that deep.
    """
    out: list[str] = []
    _encode(value, indent, out)
    return "".join(out)


def _encode(value: object, indent: str, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, dict) and all(isinstance(key, str) for key in value):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        separator = "{\n" + inner
        for key, item in value.items():
            out.append(separator + encode_basestring(key) + ": ")
            _encode(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            _encode(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "]")
    else:  # a float, a key that is not text, or a type json refuses: as json.dumps does
        out.append(_nested(json.dumps(value, indent=2, ensure_ascii=False), indent))


def _nested(text: str, indent: str) -> str:
    # JSON escapes line breaks inside strings, so every "\n" here is one of the layout's own.
    return text.replace("\n", "\n" + indent)


class _Unusual(Exception):
    """A value of a type the fixed-shape writer does not spell (``dumps`` does)."""


def _text(value: str | None) -> str:
    # encode_basestring raises TypeError on anything but text: the entry is then written by
    # dumps, which spells it (or refuses it) exactly as json.dumps does.
    return "null" if value is None else encode_basestring(value)


def _number(value: int | None) -> str:
    if value is None:
        return "null"
    if value.__class__ is not int:  # a bool, a float or an int subclass: as json spells it
        raise _Unusual
    return int.__repr__(value)


# The layout of a file entry, nested as in the document: the entry's keys at 6 spaces, a
# diagnostic's at 10, a related location's at 14 (see _ENTRY_INDENT).
_FILE_KEY = ",\n      "
_DIAGNOSTIC_KEY = ",\n          "
_LOCATION_KEY = ",\n              "


def _location(field: str | None, line: int | None, column: int | None) -> str:
    return (
        f'{{\n              "field": {_text(field)}'
        f'{_LOCATION_KEY}"line": {_number(line)}'
        f'{_LOCATION_KEY}"column": {_number(column)}\n            }}'
    )


def _diagnostic(d: Diagnostic) -> str:
    if d.related:
        locations = ",\n            ".join(_location(r.field, r.line, r.column) for r in d.related)
        related = f"[\n            {locations}\n          ]"
    else:
        related = "[]"
    if d.items:
        values = ",\n            ".join(map(encode_basestring, d.items))
        items = f"[\n            {values}\n          ]"
    else:
        items = "[]"
    k = _DIAGNOSTIC_KEY
    return (
        f'{{\n          "code": {encode_basestring(d.code)}'
        f'{k}"name": {encode_basestring(d.name)}'
        f'{k}"severity": {encode_basestring(d.severity)}'
        f'{k}"message": {encode_basestring(d.message)}'
        f'{k}"help": {encode_basestring(d.help)}'
        f'{k}"path": {encode_basestring(d.path)}'
        f'{k}"member": {_text(d.member)}'
        f'{k}"field": {_text(d.field)}'
        f'{k}"line": {_number(d.line)}'
        f'{k}"column": {_number(d.column)}'
        f'{k}"related": {related}'
        f'{k}"items": {items}\n        }}'
    )


def file_entry(result: FileResult) -> str:
    """``dumps(result.to_json(), _ENTRY_INDENT)``: the same bytes, written from the fields."""
    try:
        if result.diagnostics:
            body = ",\n        ".join(_diagnostic(d) for d in result.diagnostics)
            diagnostics = f"[\n        {body}\n      ]"
        else:
            diagnostics = "[]"
        k = _FILE_KEY
        return (
            f'{{\n      "path": {encode_basestring(result.path)}'
            f'{k}"person": {_text(result.person)}'
            f'{k}"format": {_text(result.format)}'
            f'{k}"score": {_number(result.score)}'
            f'{k}"level": {_text(result.level)}'
            f'{k}"diagnostics": {diagnostics}\n    }}'
        )
    except (TypeError, _Unusual):  # a value of another type (a plugin's): the general writer
        return dumps(result.to_json(), _ENTRY_INDENT)


def stream(report: Report, results: Iterable[FileResult], write: Callable[[str], None]) -> None:
    """Write the document for ``results`` (``report.results`` is not read) piece by piece."""
    totals = Totals()
    write(f'{{\n  "version": {OUTPUT_VERSION},\n  "score_version": {dumps(SCORE_VERSION)},\n')
    write('  "files": [')
    separator = "\n"
    for result in results:
        totals.add(result)
        write(escape_surrogates(separator + _ENTRY_INDENT + file_entry(result)))
        separator = ",\n"
    write("\n  ]" if totals.files else "]")
    write(f',\n  "summary": {dumps(totals.as_json(), "  ")}\n}}\n')


def render(report: Report) -> str:
    """The whole run as one JSON document."""
    parts: list[str] = []
    stream(report, report.results, parts.append)
    return "".join(parts)
