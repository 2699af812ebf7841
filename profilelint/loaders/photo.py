"""Photos: what a loader can tell about the photo a profile names."""

from __future__ import annotations

from pathlib import Path

from profilelint.model import Photo


def make_photo(url: str | None, base_dir: Path | None) -> Photo | None:
    """The Photo for a URL or path as written in the profile (None when there is none)."""
    if url is None or not url.strip():
        return None
    return Photo(url=url.strip())
