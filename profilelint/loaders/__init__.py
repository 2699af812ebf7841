"""Loaders: sniff an input's format by its content and load it into a Profile.

Heavy parsers are imported only when a file of their format is seen.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from profilelint.loaders.base import Limits, LoadError, LoadResult, Problem, SourceMap

__all__ = [
    "Limits",
    "LoadError",
    "LoadResult",
    "Problem",
    "SourceMap",
    "load_bytes",
    "load_path",
    "looks_like_profile",
]

_BOM = "\ufeff"
_SNIFF_BYTES = 64 * 1024
_PROFILE_KEYS = re.compile(rb'"(?:profilelint_schema|basics|work)"\s*:')


def looks_like_profile(path: Path) -> bool:
    """A cheap content sniff for directory discovery: does this file look like a profile?"""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        # Unreadable: let the loader say so (INP001) rather than skip it silently.
        return path.suffix.lower() == ".json"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped.startswith(b"{") and bool(_PROFILE_KEYS.search(head))


def load_path(path: Path, limits: Limits | None = None) -> LoadResult:
    """Read and load one file; raises :class:`LoadError` when it cannot be used."""
    limits = limits or Limits()
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            if not os.access(path, os.R_OK | os.X_OK):
                raise LoadError("INP001", "a folder that cannot be read (permission denied)")
            raise LoadError("INP002", "a folder that holds no profile")
        if not stat.S_ISREG(info.st_mode):
            raise LoadError("INP001", "not a regular file (a device, pipe or socket)")
        if info.st_size > limits.max_file_size:
            raise LoadError(
                "INP003",
                f"file is {info.st_size:,} bytes, over the limit of {limits.max_file_size:,}",
            )
        with path.open("rb") as handle:  # the size may have changed since stat()
            data = handle.read(limits.max_file_size + 1)
    except FileNotFoundError:
        raise LoadError("INP001", "no such file") from None
    except PermissionError:
        raise LoadError("INP001", "permission denied") from None
    except IsADirectoryError:
        raise LoadError("INP002", "a folder that holds no profile") from None
    except OSError as error:
        raise LoadError("INP001", f"cannot read the file: {error.strerror or error}") from None
    return load_bytes(data, limits, base_dir=path.parent)


def load_bytes(
    data: bytes, limits: Limits | None = None, *, base_dir: Path | None = None
) -> LoadResult:
    """Load a profile from the bytes of a file; ``base_dir`` resolves relative photo paths."""
    limits = limits or Limits()
    if len(data) > limits.max_file_size:
        raise LoadError("INP003", f"input is over the limit of {limits.max_file_size:,} bytes")
    if data.startswith(b"PK\x03\x04"):
        raise LoadError("INP002", "ZIP archives (LinkedIn data exports) are not supported yet")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LoadError("INP001", f"not UTF-8 text (byte {error.start})") from None
    text = text.removeprefix(_BOM)
    head = text.lstrip()
    if head.startswith("<"):
        raise LoadError("INP002", "HTML pages are not supported yet; give a JSON profile")
    if not head.startswith(("{", "[")) and head:
        raise LoadError("INP002", "not a JSON document")
    from profilelint.loaders.json import load_json

    return load_json(text, limits, base_dir)
