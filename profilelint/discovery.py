"""Which files a run lints.

A file named on the command line is always linted.  A directory is walked (sorted, skipping
hidden folders, configured excludes and the ``*_files/`` folders a browser saves beside a
page) and yields only files that look like a profile or match ``include``, so a resume
repository's ``package.json`` is never reported.

Only regular files are ever opened to sniff them: a FIFO, a device, a symlink loop or a
dangling link named ``*.json`` is yielded unopened, and the loader reports it (INP001) from its
``stat()``.  One file reached under two names (a symlink, a hard link, a folder and a file
in it both named) is one target, reported under its real name whatever the order.
Standard input (``-``) is read here too, and the current folder checked before anything else.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
import stat
import sys
from pathlib import Path

from profilelint.loaders import PAGE_SUFFIXES, LoadError, looks_like_profile

#: Files a walk sniffs; any other file is read only when it matches ``include``.
PROFILE_SUFFIXES = (".json", *PAGE_SUFFIXES, ".pdf", ".zip")


class Target:
    """One input: a path to read, and the name to report it under.

    A run holds a target for every file until its report is written, so the path is kept as
    text (a ``Path`` with its parts costs about half a kilobyte more a file, in every worker
    too) and made a ``Path`` when asked for.
    """

    __slots__ = ("display", "location")

    def __init__(self, path: Path | str, display: str) -> None:
        self.location = os.fspath(path)
        self.display = display

    @property
    def path(self) -> Path:
        """The path to read."""
        return Path(self.location)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Target):
            return NotImplemented
        return (self.location, self.display) == (other.location, other.display)

    def __hash__(self) -> int:
        return hash((self.location, self.display))

    def __repr__(self) -> str:
        return f"Target(path={self.location!r}, display={self.display!r})"

    def __reduce__(self) -> tuple[type[Target], tuple[str, str]]:
        return (Target, (self.location, self.display))


class _Globs:
    """A list of globs matched as :func:`fnmatch.fnmatch` matches each of them, in one search.

    ``fnmatch`` normalises case and looks its pattern up once per name and glob; a walk asks
    three names of every file about every exclude, so the globs are joined into one pattern.
    """

    __slots__ = ("_search", "patterns")

    def __init__(self, patterns: list[str]) -> None:
        self.patterns = list(patterns)
        joined = "|".join(fnmatch.translate(os.path.normcase(p)) for p in self.patterns)
        self._search = re.compile(joined).match if self.patterns else None

    def match(self, *names: str) -> bool:
        """True when a glob matches one of ``names`` (case-normalised as ``fnmatch`` does)."""
        search = self._search
        return search is not None and any(search(os.path.normcase(n)) for n in names)


@functools.lru_cache(maxsize=64)
def _globs(patterns: tuple[str, ...]) -> _Globs:
    return _Globs(list(patterns))


class _Where:
    """Real paths for one discovery: each folder is resolved once for all the files in it.

    Only a file's last part can then be a symlink, which one ``lstat`` tells.  The answers
    live as long as one call of :func:`discover`, which does not expect folders to move
    while it walks them.
    """

    __slots__ = ("_folders", "root")

    def __init__(self, root: Path) -> None:
        self._folders: dict[str, str] = {}
        self.root = self.folder(os.fspath(root))

    def folder(self, folder: str) -> str:
        """``os.path.realpath(folder)``, computed once."""
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = os.path.realpath(folder)
        return real

    def real(self, path: Path) -> str:
        """``os.path.realpath(path)``."""
        name = path.name
        if not name or name in (".", "..") or os.path.islink(path):
            return os.path.realpath(path)
        return os.path.join(self.folder(os.fspath(path.parent)), name)

    def matches(self, path: Path, patterns: list[str]) -> bool:
        """True when a glob matches the file's name, its path as given, or its path from
        the root."""
        if not patterns:
            return False
        posix = path.as_posix()
        return _globs(tuple(patterns)).match(path.name, self.relative(path) or posix, posix)

    def relative(self, path: Path) -> str | None:
        """The real path of ``path`` from the real root (``/``-separated), or None when it
        lies outside; as ``Path.relative_to`` answers, on the normalised real paths."""
        real, root = self.real(path), self.root
        if os.path.normcase(real) == os.path.normcase(root):
            return "."
        prefix = root if root.endswith(os.sep) else root + os.sep
        if not os.path.normcase(real).startswith(os.path.normcase(prefix)):
            return None
        return real[len(prefix) :].replace(os.sep, "/")


def _display(path: Path | str) -> str:
    """How a path is reported: normalised, so ``./a.json`` and ``a.json`` are one name."""
    return os.path.normpath(path).replace(os.sep, "/")


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def identity(path: Path | str) -> tuple[object, ...]:
    """What makes two names one file: device and inode, else the real path.

    ``os.path.realpath`` never raises (``Path.resolve`` raises RuntimeError on a symlink
    loop), and the inode also joins hard links.  A path that cannot be looked at is its
    real path, so it is still linted (and reported as unreadable) once.
    """
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return ("path", os.path.realpath(path))
    return ("inode", info.st_dev, info.st_ino)


def _preference(target: Target) -> tuple[bool, int, str]:
    """Which of two names of one file to report: a real name before a symlink, then the
    shorter, then the first in sorted order, so the choice never depends on the order."""
    return (os.path.islink(target.location), len(target.display), target.display)


def _unique(targets: list[Target]) -> list[Target]:
    """One target per file, under its preferred name, in the order the files came."""
    chosen: dict[tuple[object, ...], Target] = {}
    for target in targets:
        key = identity(target.location)
        if key not in chosen or _preference(target) < _preference(chosen[key]):
            chosen[key] = target
    return list(chosen.values())


def walk(
    folder: Path,
    *,
    root: Path,
    include: list[str],
    exclude: list[str],
    where: _Where | None = None,
) -> list[Path]:
    """The profiles inside ``folder``, in a stable order."""
    from profilelint.loaders.export import is_export_folder

    matches = (where or _Where(root)).matches

    found: list[Path] = []
    # A subfolder that cannot be read is reported (INP001), not skipped in silence.
    for current, dirs, files in os.walk(folder, onerror=lambda e: found.append(Path(e.filename))):
        here = Path(current)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and not d.endswith("_files") and not matches(here / d, exclude)
        )
        # An unzipped LinkedIn export is one profile: report the folder, not its CSV files.
        exports = [d for d in dirs if is_export_folder(here / d)]
        found.extend(here / d for d in exports)
        dirs[:] = [d for d in dirs if d not in exports]
        for name in sorted(files):
            candidate = here / name
            if name.startswith(".") or matches(candidate, exclude):
                continue
            if matches(candidate, include) or (
                name.lower().endswith(PROFILE_SUFFIXES) and looks_like_profile(candidate)
            ):
                found.append(candidate)
            elif name.lower().endswith(".json") and not _regular(candidate):
                # A FIFO, a device, a symlink loop or a dangling link named like a profile is
                # never opened: the loader reports it (INP001) from its stat alone.
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
    where = _Where(root)
    for raw in paths:
        path = Path(raw)
        if only_profiles and path.suffix.lower() == ".csv":
            # The pre-commit hook names a changed CSV of an export: lint the whole export.
            if looks_like_profile(path.parent):
                raw, path = str(path.parent), path.parent
            else:
                continue
        if path.is_dir() and looks_like_profile(path):
            targets.append(Target(path, _display(raw)))
            continue
        if path.is_dir():
            found = walk(path, root=root, include=include, exclude=exclude, where=where)
            targets.extend(Target(f, _display(f)) for f in found)
            continue
        if force_exclude and where.matches(path, exclude):
            continue
        if only_profiles and not (path.is_file() and looks_like_profile(path)):
            continue
        targets.append(Target(path, _display(raw)))
    return _unique(targets)


def current_folder_problem() -> str | None:
    """Why relative paths cannot work here (the folder is gone or unsearchable), or None."""
    try:
        here = os.getcwd()
    except OSError:
        return (
            "the current folder no longer exists (removed while in use?); change to a folder "
            "and run again"
        )
    if not os.access(here, os.X_OK):
        return (
            "the current folder cannot be searched (permission denied); change to a folder "
            "you can read"
        )
    return None


def read_stdin(limit: int) -> bytes:
    """Up to ``limit`` bytes of standard input; INP001 when it is closed or unreadable."""
    stream = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
    if stream is None:
        raise LoadError("INP001", "standard input is closed")
    try:
        return stream.read(limit)  # type: ignore[no-any-return]
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise LoadError("INP001", f"cannot read standard input: {reason}") from None
