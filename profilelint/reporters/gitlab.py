"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON list with one issue per diagnostic: ``description`` (``CODE: message``),
``check_name`` (the code), ``fingerprint`` (the same as SARIF's, see
:mod:`profilelint.fingerprint`), ``severity`` and ``location`` (``path`` relative to the
repository root, ``lines.begin``).

Severity: GitLab's scale is info, minor, major, critical, blocker.  An input or internal
error (the file or a check could not be judged: ``INP001``-``INP004``, ``INT*``) is
``critical``; any other error (invalid, a leftover placeholder, over a hard limit) is
``major``; a warning (weakens the profile) is ``minor``; an info is ``info``.  ``blocker``
is never used: nothing in a profile blocks a merge by itself.

GitLab needs a line: a diagnostic without one (a format with no positions) points at line 1.
"""

from __future__ import annotations

from typing import Any

from profilelint.diagnostic import UNHIDEABLE, Diagnostic
from profilelint.fingerprint import artifact_path, fingerprints
from profilelint.reporters import Report
from profilelint.reporters.json import dumps as dump_json
from profilelint.sanitize import escape_surrogates

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def severity(diagnostic: Diagnostic) -> str:
    """The Code Quality severity of a diagnostic."""
    if diagnostic.code in UNHIDEABLE:
        return "critical"
    return SEVERITIES[diagnostic.severity]


def issues(report: Report) -> list[dict[str, Any]]:
    """The Code Quality issues of a run, in output order."""
    diagnostics = [d for r in report.results for d in r.diagnostics]
    return [
        {
            "description": f"{d.code}: {d.message}",
            "check_name": d.code,
            "fingerprint": fp,
            "severity": severity(d),
            "location": {
                "path": artifact_path(d, report.root),
                "lines": {"begin": d.line if d.line is not None else 1},
            },
        }
        for d, fp in zip(diagnostics, fingerprints(diagnostics, report.root), strict=True)
    ]


def render(report: Report) -> str:
    """The run as a GitLab Code Quality JSON document."""
    # json.dumps(issues(report), indent=2, ensure_ascii=False), at about half its cost
    return escape_surrogates(dump_json(issues(report))) + "\n"
