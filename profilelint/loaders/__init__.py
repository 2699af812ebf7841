"""Loaders: sniff an input's format by its content and load it into a Profile.

Formats: JSON (JSON Resume, profilelint JSON), saved pages (HTML), LinkedIn data exports (a ZIP
or its unzipped folder of CSV files) and LinkedIn's "Save to PDF".  Heavy parsers are imported
only when a file of their format is seen: the format modules import them inside functions.
"""

from __future__ import annotations

import functools
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from profilelint.loaders.base import (
    Limits,
    LoadError,
    LoadResult,
    Problem,
    SourceMap,
    decode_text,
    peek_text,
)

__all__ = [
    "Limits",
    "LoadError",
    "LoadResult",
    "Problem",
    "SourceMap",
    "decode_text",
    "load_bytes",
    "load_path",
    "looks_like_profile",
    "sniff_bytes",
]

_SNIFF_BYTES = 64 * 1024
_PROFILE_KEYS = re.compile(rb'"(?:profilelint_schema|basics?|work)"\s*:')
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


def sniff_bytes(head: bytes) -> str:
    """The format family of a file from its first bytes: json, page, pdf, zip or text."""
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    start = peek_text(head[:4096]).lstrip()
    if start.startswith("<"):
        return "page"
    if start.startswith(("{", "[")):
        return "json"
    return "text"


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, RuntimeError):
        return False


def looks_like_profile(path: Path) -> bool:
    """A cheap content sniff for discovery: does this file (or folder) look like a profile?

    Only regular files are opened: a FIFO or a device is never waited on.
    """
    if path.is_dir():
        from profilelint.loaders.export import is_export_folder

        return is_export_folder(path)
    if not _is_regular(path):
        return False
    try:
        head = _read_regular(path, _SNIFF_BYTES)
    except LoadError:
        return False
    except OSError:
        # Unreadable: let the loader say so (INP001) rather than skip it silently.
        return path.suffix.lower() == ".json"
    kind = sniff_bytes(head)
    if kind == "json":
        if head.startswith(_TEXT_BOMS[1:]):  # UTF-16/32: sniff the decoded text
            head = peek_text(head).encode("utf-8")
        return bool(_PROFILE_KEYS.search(head))
    if kind == "page":
        from profilelint.loaders.page import looks_like_page

        return looks_like_page(path)
    if kind == "pdf":
        from profilelint.loaders.pdf import looks_like_pdf

        return looks_like_pdf(path)
    if kind == "zip":
        from profilelint.loaders.export import looks_like_export_zip

        return looks_like_export_zip(path)
    return False


def _read_regular(path: Path, limit: int) -> bytes:
    """Up to ``limit`` bytes of a regular file.

    The file is opened without blocking and checked again once open, so a name swapped for
    a FIFO after ``stat()`` is refused instead of waited on.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise LoadError("INP001", "not a regular file (a device, pipe or socket)")
        # Read what the file holds, not a buffer of ``limit`` bytes (costly to allocate for a
        # small file); the size may have changed since, so read on to the end or the limit.
        parts: list[bytes] = []
        size = 0
        while size < limit:
            chunk = os.read(fd, min(limit - size, max(info.st_size + 1 - size, _SNIFF_BYTES)))
            if not chunk:
                break
            parts.append(chunk)
            size += len(chunk)
        return parts[0] if len(parts) == 1 else b"".join(parts)
    finally:
        os.close(fd)


def load_path(path: Path, limits: Limits | None = None) -> LoadResult:
    """Read and load one file (or an export folder); raises :class:`LoadError`."""
    limits = limits or Limits()
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            if not os.access(path, os.R_OK | os.X_OK):
                raise LoadError("INP001", "a folder that cannot be read (permission denied)")
            from profilelint.loaders.export import is_export_folder, load_export_folder

            if is_export_folder(path):
                return load_export_folder(path, limits)
            raise LoadError("INP002", "a folder that holds no profile")
        if not stat.S_ISREG(info.st_mode):
            raise LoadError("INP001", "not a regular file (a device, pipe or socket)")
        if info.st_size > limits.max_file_size:
            raise LoadError(
                "INP003",
                f"file is {info.st_size:,} bytes, over the limit of {limits.max_file_size:,}",
            )
        data = _read_regular(path, limits.max_file_size + 1)
    except FileNotFoundError:
        raise LoadError("INP001", "no such file") from None
    except PermissionError:
        raise LoadError("INP001", "permission denied") from None
    except IsADirectoryError:
        raise LoadError("INP002", "a folder that holds no profile") from None
    except OSError as error:
        raise LoadError("INP001", f"cannot read the file: {error.strerror or error}") from None
    return load_bytes(data, limits, base_dir=path.parent, name=path.name)


def load_bytes(
    data: bytes,
    limits: Limits | None = None,
    *,
    base_dir: Path | None = None,
    name: str | None = None,
) -> LoadResult:
    """Load a profile from the bytes of a file.

    ``base_dir`` resolves relative photo paths; ``name`` is the file's name (an export's file
    name carries its date).
    """
    limits = limits or Limits()
    if len(data) > limits.max_file_size:
        raise LoadError("INP003", f"input is over the limit of {limits.max_file_size:,} bytes")
    kind = sniff_bytes(data[:_SNIFF_BYTES])
    if kind == "zip":
        from profilelint.loaders.export import load_export_zip

        return load_export_zip(data, limits, name=name)
    if kind == "pdf":
        from profilelint.loaders.pdf import load_pdf

        return load_pdf(data, limits)
    text = decode_text(data)
    head = text.lstrip()
    if head.startswith("<"):
        from profilelint.loaders.page import load_page

        return load_page(text, limits, base_dir=base_dir)
    if not head.startswith(("{", "[")) and head:
        raise LoadError("INP002", "not a JSON document, a saved page, a PDF or an export")
    return _json_loader()(text, limits, base_dir)


@functools.cache
def _json_loader() -> Callable[[str, Limits, Path | None], LoadResult]:
    # Imported when the first JSON document is seen, and kept: an import statement run for
    # every file costs more than reading a small file.
    from profilelint.loaders.json import load_json

    return load_json
