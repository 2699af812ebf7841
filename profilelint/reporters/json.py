"""``--format json``: the JSON output contract (see DESIGN.md)."""

from __future__ import annotations

import json

from profilelint.reporters import Report, summary_counts
from profilelint.sanitize import escape_surrogates
from profilelint.score import SCORE_VERSION

OUTPUT_VERSION = 1


def render(report: Report) -> str:
    """The whole run as one JSON document."""
    document = {
        "version": OUTPUT_VERSION,
        "score_version": SCORE_VERSION,
        "files": [result.to_json() for result in report.results],
        "summary": summary_counts(report.results),
    }
    return escape_surrogates(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"
