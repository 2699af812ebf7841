"""``--format sarif``: SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps, IDEs).

One run.  ``tool.driver.rules`` holds every rule that appears in the results, sorted by code,
with its documentation (the rule's docstring sections) as ``fullDescription`` and ``help``;
core codes (``INP``, ``INT``) are described from :data:`profilelint.diagnostic.CORE_CODES`.
Artifact URIs are relative to the repository root (``Report.root``) under the base id
``%SRCROOT%`` and percent-encoded; a file outside the root gets an absolute ``file:`` URI.
Columns count Unicode code points, as every profilelint column does.  Each result carries
``partialFingerprints["profilelint/v1"]`` (see :mod:`profilelint.fingerprint`) and, when it
is about a field, a logical location naming the model path (``positions[1].description``).
"""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from profilelint import __version__
from profilelint.api import DOC_SECTIONS
from profilelint.core_docs import CORE_DOCS
from profilelint.diagnostic import CORE_CODES, Diagnostic, Location
from profilelint.fingerprint import artifact_path, fingerprints, relative_path
from profilelint.reporters import Report
from profilelint.reporters.json import dumps as dump_json
from profilelint.sanitize import escape_surrogates
from profilelint.score import SCORE_VERSION

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/profilelint/profilelint"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "profilelint/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
#: The format whose positions are a page and a line on it (see the README).
PDF_FORMAT = "linkedin-pdf"
_HEADING = re.compile(r"^(" + "|".join(map(re.escape, DOC_SECTIONS)) + r")\s*$")


def doc_sections(doc: str) -> dict[str, str]:
    """A rule's documentation split into its sections (heading -> text, paragraphs kept)."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in doc.strip().splitlines():
        match = _HEADING.match(line.strip())
        if match:
            current = sections.setdefault(match.group(1), [])
        elif current is not None:
            current.append(line.strip())
    return {
        heading: re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        for heading, lines in sections.items()
    }


def _unwrap(text: str) -> str:
    """Paragraphs joined into single lines (docstrings are hard-wrapped at 100 columns)."""
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


def _first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    match = re.match(r"(.+?(?<!\be\.g)(?<!\bi\.e)(?<!\betc)[.!?])(\s|$)", flat)
    return match.group(1) if match else flat


def _descriptor(code: str, diagnostic: Diagnostic, report: Report) -> dict[str, Any]:
    rule = report.registry.rules.get(code)
    if rule is not None:
        name, severity, help_line, doc = rule.name, rule.severity, rule.help, rule.doc
    elif code in CORE_CODES:
        name, severity, help_line = CORE_CODES[code]
        doc = CORE_DOCS.get(code, "")
    else:  # a code this run's registry does not know (a rule of a plugin since removed)
        name, severity, help_line, doc = diagnostic.name, diagnostic.severity, diagnostic.help, ""
    sections = doc_sections(doc)
    checks = _unwrap(sections.get("What it checks", ""))
    why = _unwrap(sections.get("Why it matters", ""))
    short = _first_sentence(checks) if checks else name.replace("-", " ").capitalize()
    full = "\n\n".join(part for part in (checks, why) if part) or short
    text_parts = [f"{heading}\n{_unwrap(body)}" for heading, body in sections.items() if body]
    markdown_parts = [f"### {heading}\n\n{_unwrap(body)}" for heading, body in sections.items()]
    help_text = "\n\n".join([*text_parts, f"Help: {help_line}"])
    help_markdown = "\n\n".join([*markdown_parts, f"**Help:** {help_line}"])
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {"tags": ["profilelint", code[:3]]},
    }


def artifact_location(path: str) -> dict[str, str]:
    """An ``artifactLocation``: relative paths under ``%SRCROOT%``, others as ``file:`` URIs."""
    if Path(path).is_absolute():  # on POSIX, "C:/a.json" is a folder named "C:"
        return {"uri": Path(path).as_uri()}
    # A name that is not UTF-8 is percent-encoded byte by byte, as a file URI spells it;
    # ":" is encoded too, so a first segment such as "C:" is never read as a URI scheme.
    return {"uri": quote(os.fsencode(path), safe="/"), "uriBaseId": SRCROOT}


def _region(line: int | None, column: int | None) -> dict[str, int] | None:
    if line is None:
        return None
    region = {"startLine": line}
    if column is not None:
        region["startColumn"] = column
    return region


def _location(
    artifact: dict[str, str], field: str | None, line: int | None, column: int | None
) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifact}
    region = _region(line, column)
    if region is not None:
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    if field:
        name = re.split(r"[.\[]", field)[-1].rstrip("]")
        location["logicalLocations"] = [{"name": name, "fullyQualifiedName": field}]
    return location


def _related(artifact: dict[str, str], related: tuple[Location, ...]) -> list[dict[str, Any]]:
    return [
        {"id": index, **_location(artifact, r.field, r.line, r.column)}
        for index, r in enumerate(related)
    ]


def _text_positions(diagnostic: Diagnostic, file_format: str | None) -> bool:
    """True when line and column are a place in the annotated file's text.

    A LinkedIn PDF's positions are a page and a line on it, and a ZIP member's are lines of a
    file inside the archive: a viewer would show them on the wrong text, so such results carry
    no region and give the position in their properties instead.
    """
    if file_format == PDF_FORMAT:
        return False
    return not (diagnostic.member and diagnostic.path.lower().endswith(".zip"))


def _result(
    diagnostic: Diagnostic,
    rule_index: int,
    fingerprint: str,
    root: str,
    file_format: str | None = None,
) -> dict[str, Any]:
    artifact = artifact_location(artifact_path(diagnostic, root))
    textual = _text_positions(diagnostic, file_format)
    line, column = (diagnostic.line, diagnostic.column) if textual else (None, None)
    related = diagnostic.related
    if not textual:
        related = tuple(dataclasses.replace(r, line=None, column=None) for r in related)
    result: dict[str, Any] = {
        "ruleId": diagnostic.code,
        "ruleIndex": rule_index,
        "level": LEVELS[diagnostic.severity],
        "message": {"text": diagnostic.message},
        "locations": [_location(artifact, diagnostic.field, line, column)],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    if related:
        result["relatedLocations"] = _related(artifact, related)
    properties: dict[str, Any] = {"help": diagnostic.help}
    if diagnostic.member:
        properties["member"] = diagnostic.member
    if not textual and diagnostic.line is not None:
        if file_format == PDF_FORMAT:
            properties["page"], properties["lineOnPage"] = diagnostic.line, diagnostic.column
        else:
            properties["line"], properties["column"] = diagnostic.line, diagnostic.column
    result["properties"] = properties
    return result


def to_sarif(report: Report) -> dict[str, Any]:
    """The SARIF log of a run, as a JSON-ready dictionary."""
    diagnostics = [d for r in report.results for d in r.diagnostics]
    codes = sorted({d.code for d in diagnostics})
    first = {code: next(d for d in diagnostics if d.code == code) for code in codes}
    rules = [_descriptor(code, first[code], report) for code in codes]
    index = {code: i for i, code in enumerate(codes)}
    prints = fingerprints(diagnostics, report.root)
    formats = [r.format for r in report.results for _ in r.diagnostics]
    results = [
        _result(d, index[d.code], fp, report.root, kind)
        for d, fp, kind in zip(diagnostics, prints, formats, strict=True)
    ]
    files = [
        {
            "uri": artifact_location(relative_path(r.path, report.root))["uri"],
            "score": r.score,
            "level": r.level,
        }
        for r in report.results
    ]
    root_uri = Path(report.root).resolve().as_uri().rstrip("/") + "/"
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "profilelint",
                "version": __version__,
                "informationUri": INFORMATION_URI,
                "rules": rules,
            }
        },
        "originalUriBaseIds": {SRCROOT: {"uri": root_uri}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"scoreVersion": SCORE_VERSION, "files": files},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    """The run as a SARIF 2.1.0 log."""
    # json.dumps(to_sarif(report), indent=2, ensure_ascii=False), at about half its cost
    return escape_surrogates(dump_json(to_sarif(report))) + "\n"
