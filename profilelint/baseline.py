"""Baselines: adopt profilelint on many existing profiles and fail only on what gets worse.

``--write-baseline FILE`` records the fingerprint of every finding of a run; ``--baseline
FILE`` then reports only findings whose fingerprint is not recorded.  Fingerprints leave out
line numbers (see :mod:`profilelint.fingerprint`), so editing other parts of a profile does
not resurface old findings.  Input and internal errors are always reported.  Scores are not
changed by a baseline: they describe the profile as it is.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from profilelint.diagnostic import UNHIDEABLE, FileResult
from profilelint.fingerprint import fingerprints, report_root

BASELINE_VERSION = 1


class BaselineError(Exception):
    """The baseline file cannot be used (reported on one line, exit code 2)."""


def write_baseline(path: Path, results: list[FileResult]) -> int:
    """Write the fingerprints of every finding; returns how many were recorded."""
    root = report_root(fallback=path.parent)
    recorded = sorted(
        fp
        for result in results
        for fp, d in zip(fingerprints(result.diagnostics, root), result.diagnostics, strict=True)
        if d.code not in UNHIDEABLE
    )
    document = {"version": BASELINE_VERSION, "tool": "profilelint", "fingerprints": recorded}
    try:
        path.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    except OSError as error:
        raise BaselineError(f"cannot write baseline {path}: {error.strerror or error}") from None
    return len(recorded)


def read_baseline(path: Path) -> frozenset[str]:
    """The fingerprints a baseline file records."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(
            f"baseline {path} does not exist (write it with --write-baseline)"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BaselineError(f"baseline {path} is not readable JSON: {error}") from None
    if (
        not isinstance(document, dict)
        or document.get("version") != BASELINE_VERSION
        or not isinstance(document.get("fingerprints"), list)
        or not all(isinstance(fp, str) for fp in document["fingerprints"])
    ):
        raise BaselineError(f"baseline {path} is not a profilelint baseline (version 1)")
    return frozenset(document["fingerprints"])


def apply_baseline(
    results: list[FileResult], known: frozenset[str], baseline: Path
) -> list[FileResult]:
    """The results without the findings the baseline at ``baseline`` records."""
    root = report_root(fallback=baseline.parent)
    filtered = []
    for result in results:
        keep = [
            d
            for fp, d in zip(
                fingerprints(result.diagnostics, root), result.diagnostics, strict=True
            )
            if d.code in UNHIDEABLE or fp not in known
        ]
        filtered.append(dataclasses.replace(result, diagnostics=keep))
    return filtered
