"""What every loader returns, and how a loader reports input it cannot use."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from profilelint.diagnostic import Diagnostic, core_diagnostic

if TYPE_CHECKING:  # the model (and Pydantic) is loaded by the loader that builds one
    from profilelint.model import Profile


class LoadError(Exception):
    """The input cannot be loaded at all; becomes one INP diagnostic for the file."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        member: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column
        self.member = member

    def diagnostic(self, path: str) -> Diagnostic:
        """The INP diagnostic for ``path``."""
        return core_diagnostic(
            self.code, self.message, path, line=self.line, column=self.column, member=self.member
        )


class SourceMap:
    """Where each model field came from; formats without positions return None."""

    def locate(self, model_path: str | None, quote: str | None = None) -> tuple[int, int] | None:
        """1-based line and column of a model field (or of ``quote`` inside it)."""
        return None

    def member(self, model_path: str | None) -> str | None:
        """The file inside an archive or folder that a model field came from (None: the file)."""
        return None


@dataclass(frozen=True)
class Limits:
    """Bounds on what a single input may cost (``[tool.profilelint.limits]``)."""

    max_file_size: int = 5 * 1024 * 1024
    max_depth: int = 64
    max_items: int = 10_000
    #: LinkedIn export (ZIP or folder): members, and bytes of the members actually read.
    max_members: int = 1_000
    max_unpacked_size: int = 64 * 1024 * 1024
    #: A member read from a ZIP may unpack to at most this many times its packed size.
    max_ratio: int = 100
    #: One CSV field (a LinkedIn export), in characters.
    max_field_size: int = 1024 * 1024
    #: Pages of a PDF.
    max_pages: int = 50


@dataclass
class Problem:
    """A loader's complaint about one value (INP004, INP006) before it gets a file path."""

    code: str
    message: str
    field: str | None = None
    line: int | None = None
    column: int | None = None
    member: str | None = None
    #: Further places with the same complaint (field, line, column): one list, one problem.
    related: tuple[tuple[str | None, int | None, int | None], ...] = ()
    #: A default severity other than the code's (INP006 for an ignored key is info).
    severity: str | None = None


@dataclass
class LoadResult:
    """A loaded profile, its format, where its values are, and the loader's complaints."""

    profile: Profile
    format: str
    source: SourceMap = field(default_factory=SourceMap)
    problems: list[Problem] = field(default_factory=list)


# Byte-order marks, longest first (UTF-32 LE begins with UTF-16 LE's mark).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _encoding_of(data: bytes) -> tuple[int, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return len(bom), encoding
    return 0, "utf-8"


def peek_text(head: bytes) -> str:
    """The first bytes of a file as text, for sniffing (a character cut at the end is dropped)."""
    skip, encoding = _encoding_of(head)
    return head[skip:].decode(encoding, errors="ignore")


def decode_text(data: bytes) -> str:
    """Text of a file: UTF-8, or UTF-8/16/32 with a byte-order mark (removed).

    Raises INP001 naming the first byte that is not text in the encoding.
    """
    skip, encoding = _encoding_of(data)
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        name = encoding.upper().removesuffix("-LE").removesuffix("-BE")
        raise LoadError("INP001", f"not {name} text (byte {error.start + skip})") from None
