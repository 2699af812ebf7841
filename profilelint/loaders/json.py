"""JSON inputs: JSON Resume and the project's own JSON, told apart by their content."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from profilelint.loaders.base import Limits, LoadError, LoadResult
from profilelint.loaders.jsonsource import JsonSource

_JSON_RESUME_KEYS = frozenset(
    {"basics", "work", "education", "skills", "volunteer", "projects", "references"}
)


# Top-level keys that hold the person in home-made résumé vocabularies; JSON Resume keeps
# them under 'basics'.
_OWN_VOCABULARY = frozenset(
    {"name", "contact", "personal", "profile", "title", "email", "phone", "experience"}
)


def _other_format(document: dict[str, Any]) -> str | None:
    """The INP002 message for a known résumé format that is not JSON Resume, or None."""
    meta = document.get("meta")
    if (isinstance(meta, dict) and str(meta.get("format", "")).upper().startswith("FRESH")) or (
        "employment" in document and "info" in document
    ):
        return "a FRESH résumé, which profilelint does not read; convert it to JSON Resume"
    if isinstance(document.get("sections"), dict) and isinstance(document.get("metadata"), dict):
        return (
            "a Reactive Resume export ('sections', 'metadata'), which profilelint does not "
            "read; rebuild it as JSON Resume (map sections.experience to 'work', "
            "sections.education to 'education', sections.skills to 'skills')"
        )
    if "titleNameMap" in document or {"workExpList", "educationList"} & document.keys():
        return (
            "a visiky résumé-builder file ('profile', 'workExpList', 'educationList'), which "
            "profilelint does not read; rebuild it as JSON Resume ('basics', 'work', "
            "'education', 'skills')"
        )
    return None


def _near_json_resume(document: dict[str, Any]) -> bool:
    """True when a top-level key is a JSON Resume section misspelt or renamed ("basic")."""
    from profilelint.loaders.jsonresume_keys import ALIASES, KEYS

    sections = KEYS[""] - {"$schema", "meta"}
    for key in document:
        lowered = key.lower()
        if ALIASES[""].get(key) in sections or ALIASES[""].get(lowered) in sections:
            return True
        if difflib.get_close_matches(lowered, sorted(sections), n=1, cutoff=0.8):
            return True
    return False


def sniff_json(document: Any) -> str:
    """The format of a parsed JSON document; raises INP002 when it is not a profile."""
    if not isinstance(document, dict):
        raise LoadError("INP002", f"a JSON {type(document).__name__}, not a profile object")
    if "profilelint_schema" in document:
        return "profilelint"
    other = _other_format(document)
    if other:
        raise LoadError("INP002", other)
    schema = str(document.get("$schema", ""))
    if "jsonresume" in schema or "resume-schema" in schema or {"basics", "work"} & document.keys():
        return "jsonresume"
    own = _OWN_VOCABULARY & document.keys()
    # A name or a title alone is any JSON's (package.json has a name): not a résumé's sign.
    if own - {"name", "title"}:
        names = ", ".join(f"'{k}'" for k in sorted(own))
        raise LoadError(
            "INP002",
            f"a résumé in its own vocabulary (top-level {names}), not JSON Resume: move the "
            "person's details into 'basics' and the roles into 'work'",
        )
    if _JSON_RESUME_KEYS & document.keys():
        return "jsonresume"
    if _near_json_resume(document):
        return "jsonresume"  # its loader says which key was meant (INP006)
    keys = ", ".join(f"'{k}'" for k in list(document)[:4])
    raise LoadError(
        "INP002",
        f"JSON with {keys or 'no keys'} but no 'basics', 'work' or 'profilelint_schema': "
        "not a JSON Resume or profilelint file",
    )


def load_json(text: str, limits: Limits, base_dir: Path | None = None) -> LoadResult:
    """Parse JSON text and load it with the loader its content calls for."""
    source = JsonSource.parse(text, max_depth=limits.max_depth, max_items=limits.max_items)
    kind = sniff_json(source.document)
    try:
        if kind == "profilelint":
            from profilelint.loaders.native import load_native

            return load_native(source)
        return _jsonresume_loader()(source, base_dir)
    except RecursionError:
        # Only when max-depth was raised past what Python's recursion limit allows.
        raise LoadError(
            "INP003", "JSON nesting is too deep to load (lower limits.max-depth)"
        ) from None


@functools.cache
def _jsonresume_loader() -> Callable[[JsonSource, Path | None], LoadResult]:
    # Imported when the first JSON Resume file is seen, and kept (not imported for each file).
    from profilelint.loaders.jsonresume import load_jsonresume

    return load_jsonresume
