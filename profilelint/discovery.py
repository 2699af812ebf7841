"""Which files a run lints.

A file named on the command line is always linted.  A directory is walked (sorted, skipping
hidden folders, configured excludes and the ``*_files/`` folders a browser saves beside a
page) and yields only files that look like a profile or match ``include``, so a resume
repository's ``package.json`` is never reported.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path

from profilelint.loaders import PAGE_SUFFIXES, looks_like_profile

#: Files a walk sniffs; any other file is read only when it matches ``include``.
PROFILE_SUFFIXES = (".json", *PAGE_SUFFIXES, ".pdf", ".zip")


@dataclass(frozen=True)
class Target:
    """One input: a path to read, and the name to report it under."""

    path: Path
    display: str


def _matches(path: Path, root: Path, patterns: list[str]) -> bool:
    """True when a glob matches the file's name, its path as given, or its path from ``root``."""
    if not patterns:
        return False
    try:
        relative = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(
        fnmatch.fnmatch(path.name, pattern)
        or fnmatch.fnmatch(relative, pattern)
        or fnmatch.fnmatch(path.as_posix(), pattern)
        for pattern in patterns
    )


def _display(path: Path | str) -> str:
    """How a path is reported: normalised, so ``./a.json`` and ``a.json`` are one name."""
    return os.path.normpath(path).replace(os.sep, "/")


def walk(folder: Path, *, root: Path, include: list[str], exclude: list[str]) -> list[Path]:
    """The profiles inside ``folder``, in a stable order."""
    from profilelint.loaders.export import is_export_folder

    found: list[Path] = []
    # A subfolder that cannot be read is reported (INP001), not skipped in silence.
    for current, dirs, files in os.walk(folder, onerror=lambda e: found.append(Path(e.filename))):
        here = Path(current)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and not d.endswith("_files")
            and not _matches(here / d, root, exclude)
        )
        # An unzipped LinkedIn export is one profile: report the folder, not its CSV files.
        exports = [d for d in dirs if is_export_folder(here / d)]
        found.extend(here / d for d in exports)
        dirs[:] = [d for d in dirs if d not in exports]
        for name in sorted(files):
            candidate = here / name
            if name.startswith(".") or _matches(candidate, root, exclude):
                continue
            if _matches(candidate, root, include) or (
                name.lower().endswith(PROFILE_SUFFIXES) and looks_like_profile(candidate)
            ):
                found.append(candidate)
    return sorted(found)


def discover(
    paths: list[str],
    *,
    root: Path,
    include: list[str],
    exclude: list[str],
    force_exclude: bool = False,
    only_profiles: bool = False,
) -> list[Target]:
    """Targets for the given command-line paths (``-`` is left to the caller).

    ``only_profiles`` skips named files that do not look like profiles (the pre-commit hook
    passes every changed JSON file: ``tsconfig.json`` must not fail it).
    """
    targets: list[Target] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if only_profiles and path.suffix.lower() == ".csv":
            # The pre-commit hook names a changed CSV of an export: lint the whole export.
            if looks_like_profile(path.parent):
                raw, path = str(path.parent), path.parent
            else:
                continue
        if path.is_dir() and looks_like_profile(path):
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                targets.append(Target(path, _display(raw)))
            continue
        if path.is_dir():
            for found in walk(path, root=root, include=include, exclude=exclude):
                key = found.resolve()
                if key not in seen:
                    seen.add(key)
                    targets.append(Target(found, _display(found)))
            continue
        if force_exclude and _matches(path, root, exclude):
            continue
        if only_profiles and not (path.is_file() and looks_like_profile(path)):
            continue
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            targets.append(Target(path, _display(raw)))
    return targets
