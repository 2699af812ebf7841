"""Fingerprints of diagnostics and repository-relative paths, shared by the CI reporters.

A fingerprint identifies a finding across runs, not a position: it is the SHA-256 of the
code, the path (posix, relative to the repository root when the file lies under it), the
export member, the field and the text at fault.  The text at fault is the diagnostic's
``quote`` when the rule gave one, else its message (messages quote the words or numbers at
fault and never carry a line number).  Line and column are left out, so a finding keeps its
fingerprint when lines above it move; Unicode normalisation (NFC) and runs of white space
are folded, so re-saving a file in another editor does not change it either.

SARIF (``partialFingerprints``), GitLab Code Quality and JSON lines carry the same
fingerprints, and the baseline is keyed by them.  Two findings with the same fingerprint in
one file (the same buzzword twice in a summary) are told apart by their order:
:func:`fingerprints` hashes the second one again with its occurrence number.
"""

from __future__ import annotations

import functools
import json
import os
import posixpath
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePosixPath, PureWindowsPath

from profilelint.diagnostic import Diagnostic

_WHITESPACE = re.compile(r"\s+")
#: Names that mark the top of a repository, checked from a folder upward.
REPOSITORY_MARKERS = (".git", ".hg", ".svn")


def _fold(text: str | None) -> str | None:
    if text is None:
        return None
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def repository_root(start: str | Path | None = None) -> Path:
    """The nearest folder at or above ``start`` (default: the current one) holding ``.git``.

    CI systems name the checkout in the environment; prefer ``GITHUB_WORKSPACE`` or
    ``CI_PROJECT_DIR`` when they are set.  Without a marker the start folder is the root.
    """
    here = Path(start) if start is not None else Path.cwd()
    here = here.resolve()
    for folder in (here, *here.parents):
        if any((folder / marker).exists() for marker in REPOSITORY_MARKERS):
            return folder
    return here


def report_root(fallback: Path | None = None) -> Path:
    """The root paths are reported relative to: the CI checkout, else the repository.

    Outside a repository it is ``fallback`` when given (a baseline's folder, so that the
    baseline works from any folder), else the current folder.
    """
    named = os.environ.get("GITHUB_WORKSPACE") or os.environ.get("CI_PROJECT_DIR")
    if named:
        return Path(named).resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if any((folder / marker).exists() for marker in REPOSITORY_MARKERS):
            return folder
    return fallback.resolve() if fallback is not None else here


def relative_path(path: str, root: str | Path | None = None) -> str:
    """``path`` as a posix path, relative to ``root`` when the file lies under it.

    Without ``root`` the path is only normalised (separators, ``./``, ``..``).  A path
    outside the root stays absolute; standard input (``-``) stays as given.
    """
    if path in ("", "-"):
        return path
    if root is None:
        return _normal(path)
    try:
        cwd = os.getcwd()
    except OSError:  # the current folder is gone: only absolute paths resolve, uncached
        cwd = ""
    inside = _under(path, root, cwd) if cwd else None
    if inside is not None:
        return inside
    absolute = Path(os.path.abspath(_posix(path)))
    try:
        real = Path(os.path.realpath(absolute))  # never raises on a symlink loop
        return real.relative_to(os.path.realpath(root)).as_posix()
    except ValueError:
        return absolute.as_posix()


def _posix(path: str) -> str:
    return path.replace("\\", "/") if PureWindowsPath(path).drive == "" else path


# A report names every path once per diagnostic (SARIF twice): the lexical answers, which
# depend only on the strings and the current folder, are kept for a few thousand files.
@functools.lru_cache(maxsize=4096)
def _normal(path: str) -> str:
    return str(PurePosixPath(posixpath.normpath(_posix(path))))


@functools.lru_cache(maxsize=4096)
def _under(path: str, root: str | Path, cwd: str) -> str | None:
    """``path`` relative to ``root`` when it lies under it as written, else None (``cwd`` is
    the current folder both are resolved against: part of the key, not read)."""
    absolute = Path(os.path.abspath(_posix(path)))
    try:
        return absolute.relative_to(Path(os.path.abspath(root))).as_posix()
    except ValueError:
        return None


def artifact_path(diagnostic: Diagnostic, root: str | Path | None = None) -> str:
    """The file a CI system should annotate for ``diagnostic``, repository-relative.

    A member of an export folder is a file of its own (``export/Profile.csv``); a member of
    a ZIP archive is not, so the archive itself is named.
    """
    path = relative_path(diagnostic.path, root)
    member = diagnostic.member
    if member and not diagnostic.path.lower().endswith(".zip"):
        return posixpath.join(path, member.replace("\\", "/"))
    return path


def _digest(parts: list[object]) -> str:
    import hashlib  # OpenSSL's start-up is paid only by the formats that carry fingerprints

    payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(diagnostic: Diagnostic, root: str | Path | None = None) -> str:
    """The SHA-256 hex fingerprint of a diagnostic: code, path, member, field and quote."""
    text = diagnostic.quote if diagnostic.quote is not None else diagnostic.message
    return _digest(
        [
            diagnostic.code,
            relative_path(diagnostic.path, root),
            diagnostic.member,
            diagnostic.field,
            _fold(text),
        ]
    )


def fingerprints(diagnostics: Iterable[Diagnostic], root: str | Path | None = None) -> list[str]:
    """The fingerprint of each diagnostic, in order, repeated ones made unique by occurrence.

    The first occurrence keeps :func:`fingerprint`; the n-th repeat (n >= 1) hashes the
    first one with n, so a list's fingerprints are unique and stable while the order of the
    repeats (by line) holds.
    """
    seen: Counter[str] = Counter()
    result: list[str] = []
    for diagnostic in diagnostics:
        base = fingerprint(diagnostic, root)
        count = seen[base]
        seen[base] += 1
        result.append(base if count == 0 else _digest([base, count]))
    return result


__all__ = [
    "artifact_path",
    "fingerprint",
    "fingerprints",
    "relative_path",
    "report_root",
    "repository_root",
]
