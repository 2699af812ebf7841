"""``--format json``: the JSON output contract (see DESIGN.md).

The document is written a file entry at a time (:func:`stream`), so a run over thousands of
profiles never holds the whole report in memory.  The text is exactly what
``json.dumps(document, indent=2, ensure_ascii=False)`` gives for the whole document.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from profilelint.diagnostic import FileResult
from profilelint.reporters import Report, Totals
from profilelint.sanitize import escape_surrogates
from profilelint.score import SCORE_VERSION

OUTPUT_VERSION = 1

#: Each file entry sits two levels deep in the document (inside "files").
_ENTRY_INDENT = " " * 4


def _dumps(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _nested(text: str, indent: str) -> str:
    # JSON escapes line breaks inside strings, so every "\n" here is one of the layout's own.
    return text.replace("\n", "\n" + indent)


def stream(report: Report, results: Iterable[FileResult], write: Callable[[str], None]) -> None:
    """Write the document for ``results`` (``report.results`` is not read) piece by piece."""
    totals = Totals()
    write(f'{{\n  "version": {OUTPUT_VERSION},\n  "score_version": {_dumps(SCORE_VERSION)},\n')
    write('  "files": [')
    separator = "\n"
    for result in results:
        totals.add(result)
        entry = _ENTRY_INDENT + _nested(_dumps(result.to_json()), _ENTRY_INDENT)
        write(escape_surrogates(separator + entry))
        separator = ",\n"
    write("\n  ]" if totals.files else "]")
    write(f',\n  "summary": {_nested(_dumps(totals.as_json()), "  ")}\n}}\n')


def render(report: Report) -> str:
    """The whole run as one JSON document."""
    parts: list[str] = []
    stream(report, report.results, parts.append)
    return "".join(parts)
