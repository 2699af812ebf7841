"""JSON inputs: JSON Resume and the project's own JSON, told apart by their content."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from profilelint.loaders.base import Limits, LoadError, LoadResult
from profilelint.loaders.jsonsource import JsonSource

_JSON_RESUME_KEYS = frozenset(
    {"basics", "work", "education", "skills", "volunteer", "projects", "references"}
)


def sniff_json(document: Any) -> str:
    """The format of a parsed JSON document; raises INP002 when it is not a profile."""
    if not isinstance(document, dict):
        raise LoadError("INP002", f"a JSON {type(document).__name__}, not a profile object")
    if "profilelint_schema" in document:
        return "profilelint"
    meta = document.get("meta")
    fresh = isinstance(meta, dict) and str(meta.get("format", "")).upper().startswith("FRESH")
    if fresh or ("employment" in document and "info" in document):
        raise LoadError(
            "INP002",
            "a FRESH résumé, which profilelint does not read; convert it to JSON Resume",
        )
    schema = str(document.get("$schema", ""))
    if "jsonresume" in schema or "resume-schema" in schema or _JSON_RESUME_KEYS & document.keys():
        return "jsonresume"
    raise LoadError(
        "INP002", "JSON without 'basics', 'work' or 'profilelint_schema': not a profile"
    )


def load_json(text: str, limits: Limits, base_dir: Path | None = None) -> LoadResult:
    """Parse JSON text and load it with the loader its content calls for."""
    source = JsonSource.parse(text, max_depth=limits.max_depth, max_items=limits.max_items)
    kind = sniff_json(source.document)
    try:
        if kind == "profilelint":
            from profilelint.loaders.native import load_native

            return load_native(source)
        from profilelint.loaders.jsonresume import load_jsonresume

        return load_jsonresume(source, base_dir)
    except RecursionError:
        # Only when max-depth was raised past what Python's recursion limit allows.
        raise LoadError(
            "INP003", "JSON nesting is too deep to load (lower limits.max-depth)"
        ) from None
