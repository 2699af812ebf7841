"""The language model, loaded in a tenth of the time through a local cache.

py3langid ships its model LZMA-compressed (4.5 MB unpacking to 68 MB): decompressing it costs
about 0.9 s of CPU on every run that needs language detection.  The first such run writes the
model, already restricted to the candidate languages, uncompressed to a cache file; later runs
read that file in about 0.1 s.  The arrays are stored as they are (same values, same memory
layout), so classification is identical bit for bit, and any problem with the cache (no home
folder, a read-only disk, a truncated or foreign file) falls back to the shipped model.

The cache lives in ``$PROFILELINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/profilelint``, else
``~/.cache/profilelint``; ``PROFILELINT_CACHE_DIR=""`` turns it off.  Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: Bumped when the cached layout changes, so an old file is never read as a new one.
CACHE_FORMAT = 1


def cache_dir() -> Path | None:
    """Where the cache lives, or None when it is turned off or no home is known."""
    configured = os.environ.get("PROFILELINT_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or (
        str(Path.home() / ".cache") if Path.home() != Path("/") else ""
    )
    return Path(base) / "profilelint" if base else None


def _cache_file(model: Path, languages: Sequence[str]) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    # The model's own bytes name it (not its path or time stamp), so every virtual environment
    # with the same py3langid shares one cache file instead of adding its own.  Its size and
    # the hash of its first and last 256 KiB tell models apart at a fraction of a full hash.
    digest = hashlib.sha256()
    try:
        with model.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(0)
            digest.update(handle.read(1 << 18))
            handle.seek(max(0, size - (1 << 18)))
            digest.update(handle.read())
    except OSError:
        return None
    key = f"{CACHE_FORMAT}|{size}|{digest.hexdigest()}|" + ",".join(languages)
    return folder / f"langid-{hashlib.sha256(key.encode()).hexdigest()[:16]}.npz"


def _from_cache(path: Path) -> Any | None:
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    try:
        with np.load(path, allow_pickle=False) as data:
            nextmove = array(str(data["nextmove_code"]))
            nextmove.frombytes(data["nextmove"].tobytes())
            rows = array(str(data["row_code"]))
            rows.frombytes(data["row"].tobytes())
            identifier = LanguageIdentifier(
                data["ptc"],
                data["pc"],
                data["classes"].tolist(),
                nextmove,
                data["output"].tolist(),
                norm_probs=True,
                tk_row=rows,
            )
    except Exception:  # a truncated, foreign or unreadable file: use the shipped model
        return None
    return identifier


def _to_cache(path: Path, identifier: Any) -> None:
    import numpy as np

    nextmove, rows = identifier.tk_nextmove, identifier.tk_row
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:  # a read-only disk or no such folder: run without a cache
        return
    try:
        with os.fdopen(handle, "wb") as out:
            np.savez(
                out,
                ptc=identifier.nb_ptc,
                pc=identifier.nb_pc,
                classes=np.array(identifier.nb_classes),
                nextmove=np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
                nextmove_code=np.array(nextmove.typecode),
                row=np.frombuffer(rows, dtype=f"u{rows.itemsize}"),
                row_code=np.array(rows.typecode),
                output=np.array(identifier.tk_output, dtype=np.int64),
            )
        os.replace(temporary, path)  # readers never see a half-written file
    except OSError:
        Path(temporary).unlink(missing_ok=True)


def load_identifier(languages: Sequence[str]) -> Any:
    """A py3langid identifier restricted to ``languages``, with normalised probabilities."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = MODEL_DIR / MODEL_FILE
    cached_at = _cache_file(model, languages)
    if cached_at is not None and cached_at.is_file():
        identifier = _from_cache(cached_at)
        if identifier is not None:
            return identifier
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    if cached_at is not None:
        _to_cache(cached_at, identifier)
    return identifier
