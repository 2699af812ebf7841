"""``--format json``: the JSON output contract (see DESIGN.md).

The document is written a file entry at a time (:func:`stream`), so a run over thousands of
profiles never holds the whole report in memory.  The text is exactly what
``json.dumps(document, indent=2, ensure_ascii=False)`` gives for the whole document; it is
written by :func:`dumps`, which gives the same bytes as that call at about half its cost
(with ``indent`` set, the standard library falls back to its pure-Python encoder).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring  # the C function json.dumps uses for text

from profilelint.diagnostic import FileResult
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


def stream(report: Report, results: Iterable[FileResult], write: Callable[[str], None]) -> None:
    """Write the document for ``results`` (``report.results`` is not read) piece by piece."""
    totals = Totals()
    write(f'{{\n  "version": {OUTPUT_VERSION},\n  "score_version": {dumps(SCORE_VERSION)},\n')
    write('  "files": [')
    separator = "\n"
    for result in results:
        totals.add(result)
        entry = _ENTRY_INDENT + dumps(result.to_json(), _ENTRY_INDENT)
        write(escape_surrogates(separator + entry))
        separator = ",\n"
    write("\n  ]" if totals.files else "]")
    write(f',\n  "summary": {dumps(totals.as_json(), "  ")}\n}}\n')


def render(report: Report) -> str:
    """The whole run as one JSON document."""
    parts: list[str] = []
    stream(report, report.results, parts.append)
    return "".join(parts)
