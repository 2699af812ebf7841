"""Where each value of a LinkedIn export came from: the CSV member, the line, the column."""

from __future__ import annotations

from dataclasses import dataclass, field

from profilelint.loaders.base import SourceMap
from profilelint.model import ancestors


@dataclass(frozen=True)
class Spot:
    """A place in one member: the record's first line, and the column of the cell."""

    member: str
    line: int
    column: int = 1
    value: str | None = None


@dataclass
class ExportSource(SourceMap):
    """Model paths bound to places in the export's CSV members.

    ``path`` is the ZIP or the folder; :meth:`member` names the CSV inside it and
    :meth:`locate` gives the physical line where the record starts, with column 1 for a
    record or the column of the cell for one of its values.
    """

    spots: dict[str, Spot] = field(default_factory=dict)

    def bind(self, model_path: str, spot: Spot) -> None:
        """Record that ``model_path`` came from ``spot``."""
        self.spots[model_path] = spot

    def _find(self, model_path: str | None) -> Spot | None:
        if model_path is None:
            return None
        for candidate in ancestors(model_path):
            spot = self.spots.get(candidate)
            if spot is not None:
                return spot
        return None

    def locate(self, model_path: str | None, quote: str | None = None) -> tuple[int, int] | None:
        """Line and column of a field (of ``quote`` in it, when on the cell's first line)."""
        spot = self._find(model_path)
        if spot is None:
            return None
        column = spot.column
        if quote and spot.value:
            found = spot.value.find(quote)
            before = spot.value[:found]
            if found >= 0 and "\n" not in before and '"' not in before:
                # A cell holding a comma, a quote or a line break is written in quotes.
                quoted = any(c in spot.value for c in ',"\n\r\t')
                column += found + (1 if quoted else 0)
        return spot.line, column

    def member(self, model_path: str | None) -> str | None:
        """The CSV member a field came from."""
        spot = self._find(model_path)
        return spot.member if spot else None
