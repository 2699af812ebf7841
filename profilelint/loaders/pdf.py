"""LinkedIn's "Save to PDF" profile.

Not read yet: every PDF is INP002 (issue 9 builds this loader).
"""

from __future__ import annotations

from pathlib import Path

from profilelint.loaders.base import Limits, LoadError, LoadResult


def looks_like_pdf(path: Path) -> bool:
    """Discovery: is this PDF a LinkedIn profile?"""
    return False


def load_pdf(data: bytes, limits: Limits) -> LoadResult:
    """Load the bytes of a PDF."""
    raise LoadError("INP002", "PDF files are not supported yet; give a JSON profile")
