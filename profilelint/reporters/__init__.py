"""Reporters, keyed by ``--format``: each turns the results of a run into text."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from profilelint.diagnostic import FileResult

if TYPE_CHECKING:  # the format table is read before any check module is loaded
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


#: Formats whose module also defines ``stream(report, results, write)``: they write a run's
#: report a file at a time, while later files are still being linted.
STREAMED: frozenset[str] = frozenset({"text", "json"})

StreamReporter = Callable[[Report, Iterable[FileResult], Callable[[str], None]], None]


def stream_reporter(name: str) -> StreamReporter:
    """The stream function of a format in :data:`STREAMED`."""
    module = importlib.import_module(FORMATS[name])
    return module.stream  # type: ignore[no-any-return]


def get_reporter(name: str) -> Reporter:
    """The render function of a format."""
    module = importlib.import_module(FORMATS[name])
    return module.render  # type: ignore[no-any-return]


class Totals:
    """Files and diagnostics by severity, counted one result at a time."""

    def __init__(self) -> None:
        self.files = 0
        self.by_severity = {"error": 0, "warning": 0, "info": 0}

    def add(self, result: FileResult) -> None:
        """Count one file's result."""
        self.files += 1
        for diagnostic in result.diagnostics:
            self.by_severity[diagnostic.severity] += 1

    def as_json(self) -> dict[str, int]:
        """The counts as the JSON summary spells them."""
        return {
            "files": self.files,
            "errors": self.by_severity["error"],
            "warnings": self.by_severity["warning"],
            "infos": self.by_severity["info"],
        }


def summary_counts(results: Iterable[FileResult]) -> dict[str, int]:
    """Files and diagnostics by severity, as the JSON summary spells them."""
    totals = Totals()
    for result in results:
        totals.add(result)
    return totals.as_json()
