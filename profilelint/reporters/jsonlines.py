"""``--format json-lines``: one JSON object per diagnostic, one per line.

Each line is the diagnostic as the JSON output contract spells it (``code``, ``name``,
``severity``, ``message``, ``help``, ``path``, ``member``, ``field``, ``line``, ``column``,
``related``) plus ``fingerprint`` (see :mod:`profilelint.fingerprint`).  Only diagnostics
are written, so every line has the same shape and a clean run prints nothing; scores and
levels per file are in ``--format json``.  Lines are UTF-8 JSON with no raw line breaks
(JSON escapes them inside strings; U+0085, U+2028 and
U+2029 are escaped too), so ``grep``/``jq -c`` work line by line.
"""

from __future__ import annotations

import json
import re

from profilelint.fingerprint import fingerprints
from profilelint.reporters import Report
from profilelint.sanitize import escape_surrogates

# JSON allows these raw inside strings, but str.splitlines() and some readers break on them.
_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")


def _dump(data: dict[str, object]) -> str:
    text = escape_surrogates(json.dumps(data, ensure_ascii=False))
    return _LINE_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def render(report: Report) -> str:
    """Every diagnostic of the run as a JSON object on its own line."""
    diagnostics = [d for r in report.results for d in r.diagnostics]
    lines = [
        _dump({**d.to_json(), "fingerprint": fp})
        for d, fp in zip(diagnostics, fingerprints(diagnostics, report.root), strict=True)
    ]
    return "".join(line + "\n" for line in lines)
