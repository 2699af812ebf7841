"""Reporters, keyed by ``--format``: each turns the results of a run into text."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from profilelint.diagnostic import FileResult
from profilelint.plugins import Registry


@dataclass(frozen=True)
class Report:
    """What every reporter receives."""

    results: list[FileResult]
    registry: Registry
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    root: str = "."
    extra: dict[str, object] = field(default_factory=dict)


Reporter = Callable[[Report], str]

#: format name -> module defining ``render(report) -> str``; imported only when used.
FORMATS: dict[str, str] = {
    "text": "profilelint.reporters.text",
    "json": "profilelint.reporters.json",
    "json-lines": "profilelint.reporters.jsonlines",
    "sarif": "profilelint.reporters.sarif",
    "github": "profilelint.reporters.github",
    "gitlab": "profilelint.reporters.gitlab",
    "junit": "profilelint.reporters.junit",
    "markdown": "profilelint.reporters.markdown",
    "html": "profilelint.reporters.html",
}


def get_reporter(name: str) -> Reporter:
    """The render function of a format."""
    module = importlib.import_module(FORMATS[name])
    return module.render  # type: ignore[no-any-return]


def summary_counts(results: list[FileResult]) -> dict[str, int]:
    """Files and diagnostics by severity, as the JSON summary spells them."""
    return {
        "files": len(results),
        "errors": sum(r.count("error") for r in results),
        "warnings": sum(r.count("warning") for r in results),
        "infos": sum(r.count("info") for r in results),
    }
