"""Building LinkedIn exports for tests: a folder or a ZIP from a table of files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from profilelint.config import Settings
from profilelint.diagnostic import FileResult
from profilelint.engine import Linter
from profilelint.plugins import load_registry
from profilelint.testing import make_settings

REPO = Path(__file__).resolve().parents[1]
FIXTURE_NAME = "Basic_LinkedInDataExport_03-02-2026"
FIXTURE_FOLDER = REPO / "fixtures" / "export" / FIXTURE_NAME
FIXTURE_ZIP = REPO / "fixtures" / "export" / f"{FIXTURE_NAME}.zip"

Files = dict[str, str | bytes]


def encode(content: str | bytes) -> bytes:
    """Text as UTF-8; bytes as given."""
    return content.encode("utf-8") if isinstance(content, str) else content


def make_folder(root: Path, files: Files, name: str = "export") -> Path:
    """An unzipped export folder holding ``files``."""
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    for member, content in files.items():
        (folder / member).write_bytes(encode(content))
    return folder


def make_zip(files: Files, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """An export ZIP holding ``files`` (member names used as given)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for member, content in files.items():
            archive.writestr(member, encode(content))
    return buffer.getvalue()


def lint_path(path: Path, settings: Settings | None = None, **kwargs) -> FileResult:
    """Lint one file or folder with the built-in rules."""
    settings = settings or make_settings(today="2026-11-25", **kwargs)
    return Linter(settings, load_registry()).lint_path(path)
