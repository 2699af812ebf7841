"""LinkedIn's data export: the ZIP as downloaded, or its unzipped folder of CSV files.

Not read yet: every ZIP is INP002 and no folder is an export (issue 8 builds this loader).
"""

from __future__ import annotations

from pathlib import Path

from profilelint.loaders.base import Limits, LoadError, LoadResult


def is_export_folder(path: Path) -> bool:
    """Is this folder an unzipped LinkedIn export (one profile)?"""
    return False


def looks_like_export_zip(path: Path) -> bool:
    """Discovery: is this ZIP a LinkedIn export?"""
    return False


def load_export_zip(data: bytes, limits: Limits, *, name: str | None = None) -> LoadResult:
    """Load an export ZIP from its bytes; ``name`` is its file name (which carries a date)."""
    raise LoadError("INP002", "ZIP archives (LinkedIn data exports) are not supported yet")


def load_export_folder(path: Path, limits: Limits) -> LoadResult:
    """Load an unzipped export folder."""
    raise LoadError("INP002", "a folder that holds no profile")
