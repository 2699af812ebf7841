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

from profilelint.loaders import looks_like_profile

PROFILE_SUFFIXES = (".json",)


@dataclass(frozen=True)
class Target:
    """One input: a path to read, and the name to report it under."""

    path: Path
    display: str


def _excluded(path: Path, root: Path, patterns: list[str]) -> bool:
    try:
        relative = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(
        fnmatch.fnmatch(path.name, pattern) or fnmatch.fnmatch(relative, pattern)
        for pattern in patterns
    )


def walk(folder: Path, *, root: Path, include: list[str], exclude: list[str]) -> list[Path]:
    """The profiles inside ``folder``, in a stable order."""
    found: list[Path] = []
    for current, dirs, files in os.walk(folder):
        here = Path(current)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and not d.endswith("_files")
            and not _excluded(here / d, root, exclude)
        )
        for name in sorted(files):
            candidate = here / name
            if name.startswith(".") or _excluded(candidate, root, exclude):
                continue
            if include and any(
                fnmatch.fnmatch(name, g) or fnmatch.fnmatch(candidate.as_posix(), g)
                for g in include
            ):
                found.append(candidate)
            elif name.lower().endswith(PROFILE_SUFFIXES) and looks_like_profile(candidate):
                found.append(candidate)
    return found


def discover(
    paths: list[str],
    *,
    root: Path,
    include: list[str],
    exclude: list[str],
    force_exclude: bool = False,
) -> list[Target]:
    """Targets for the given command-line paths (``-`` is left to the caller)."""
    targets: list[Target] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in walk(path, root=root, include=include, exclude=exclude):
                key = found.resolve()
                if key not in seen:
                    seen.add(key)
                    targets.append(Target(found, found.as_posix()))
            continue
        if force_exclude and _excluded(path, root, exclude):
            continue
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            targets.append(Target(path, raw))
    return targets
