"""What every loader returns, and how a loader reports input it cannot use."""

from __future__ import annotations

from dataclasses import dataclass, field

from profilelint.diagnostic import Diagnostic, core_diagnostic
from profilelint.model import Profile


class LoadError(Exception):
    """The input cannot be loaded at all; becomes one INP diagnostic for the file."""

    def __init__(
        self, code: str, message: str, *, line: int | None = None, column: int | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column

    def diagnostic(self, path: str) -> Diagnostic:
        """The INP diagnostic for ``path``."""
        return core_diagnostic(self.code, self.message, path, line=self.line, column=self.column)


class SourceMap:
    """Where each model field came from; formats without positions return None."""

    def locate(self, model_path: str | None, quote: str | None = None) -> tuple[int, int] | None:
        """1-based line and column of a model field (or of ``quote`` inside it)."""
        return None


@dataclass(frozen=True)
class Limits:
    """Bounds on what a single input may cost (``[tool.profilelint.limits]``)."""

    max_file_size: int = 5 * 1024 * 1024
    max_depth: int = 64
    max_items: int = 10_000


@dataclass
class Problem:
    """A loader's complaint about one value (INP004, INP006) before it gets a file path."""

    code: str
    message: str
    field: str | None = None
    line: int | None = None
    column: int | None = None


@dataclass
class LoadResult:
    """A loaded profile, its format, where its values are, and the loader's complaints."""

    profile: Profile
    format: str
    source: SourceMap = field(default_factory=SourceMap)
    problems: list[Problem] = field(default_factory=list)
