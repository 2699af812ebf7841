"""Saved pages (HTML): LinkedIn profile pages and personal pages carrying a Person.

Not read yet: every page is INP002 (issue 7 builds this loader).
"""

from __future__ import annotations

from pathlib import Path

from profilelint.loaders.base import Limits, LoadError, LoadResult


def looks_like_page(path: Path) -> bool:
    """Discovery: is this HTML file a profile page?"""
    return False


def load_page(text: str, limits: Limits, *, base_dir: Path | None = None) -> LoadResult:
    """Load a saved page's text (already decoded)."""
    raise LoadError("INP002", "HTML pages are not supported yet; give a JSON profile")
