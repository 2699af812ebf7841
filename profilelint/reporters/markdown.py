"""``--format markdown``: the team summary, for ``$GITHUB_STEP_SUMMARY`` or a merge-request comment.

A heading, the totals, one table row per person (lowest score first), the files that could not
be read, then each person's findings in a collapsible ``<details>`` block.

Profile text (names, paths, messages) is written with every character that Markdown or HTML
could read as syntax replaced by its numeric character reference, and line breaks folded to
spaces, so a profile can neither break the table nor inject markup; other controls and bidi
overrides are made visible (:func:`profilelint.sanitize.visible`).  The helpers that order
and label the results are shared with the HTML report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

from profilelint.diagnostic import Diagnostic, FileResult
from profilelint.reporters import Report, summary_counts
from profilelint.sanitize import visible

# Characters that are syntax in GitHub-flavoured Markdown inline text (emphasis, links, code,
# strike-through, "$" math) or in HTML; "@" would mention a GitHub user from a comment.
_MARKDOWN_SYNTAX = frozenset("&<>|`*_[]\\~#@$")
_LINE_BREAKS = re.compile(r"[\r\n\u0085\u2028\u2029\t\v\f]+")


def escape_markdown(text: str) -> str:
    """Text safe anywhere in a Markdown table cell or an HTML block, on one line."""
    flat = visible(_LINE_BREAKS.sub(" ", text))
    return "".join(f"&#{ord(c)};" if c in _MARKDOWN_SYNTAX else c for c in flat)


def person_label(result: FileResult) -> str:
    """The person's name, or the file name when the profile gives none."""
    if result.person and result.person.strip():
        return result.person.strip()
    return PurePath(result.path).name or result.path


def failed_to_load(result: FileResult) -> bool:
    """True for a file that could not be read as a profile (it has no format)."""
    return result.format is None


def ranked(results: Iterable[FileResult]) -> list[FileResult]:
    """Loaded profiles by score, lowest first (no score sorts first), ties by path."""
    loaded = [r for r in results if not failed_to_load(r)]
    return sorted(loaded, key=lambda r: (-1 if r.score is None else r.score, r.path))


def location(diagnostic: Diagnostic) -> str:
    """``line:column`` (and the archive member), or an empty string when unknown."""
    where = ""
    if diagnostic.line is not None:
        where = f"{diagnostic.line}:{diagnostic.column if diagnostic.column is not None else 1}"
    if diagnostic.member:
        where = f"{diagnostic.member}:{where}" if where else diagnostic.member
    return where


def plural(count: int, word: str) -> str:
    """``1 warning``, ``2 warnings``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def average_score(results: Iterable[FileResult]) -> int | None:
    """The mean score of the scored profiles, rounded; None when none has a score."""
    scores = [r.score for r in results if r.score is not None]
    return round(sum(scores) / len(scores)) if scores else None


def _totals_line(results: list[FileResult]) -> str:
    totals = summary_counts(results)
    scored = ranked(results)
    parts = [f"**{plural(len(scored), 'profile')}**"]
    average = average_score(scored)
    if average is not None:
        parts.append(f"average score **{average}**/100")
    parts += [
        plural(totals["errors"], "error"),
        plural(totals["warnings"], "warning"),
        plural(totals["infos"], "info"),
    ]
    unreadable = len(results) - len(scored)
    if unreadable:
        parts.append(f"{plural(unreadable, 'file')} not read")
    return " · ".join(parts)


def _table(people: list[FileResult]) -> list[str]:
    lines = [
        "| Person | Score | Level | Errors | Warnings |",
        "| :--- | ---: | :--- | ---: | ---: |",
    ]
    for r in people:
        score = "–" if r.score is None else str(r.score)
        level = escape_markdown(r.level) if r.level else "–"
        lines.append(
            f"| {escape_markdown(person_label(r))} | {score} | {level} "
            f"| {r.count('error')} | {r.count('warning')} |"
        )
    return lines


def _unreadable(results: list[FileResult]) -> list[str]:
    failed = [r for r in results if failed_to_load(r)]
    if not failed:
        return []
    lines = ["", "### Files not read", ""]
    for r in failed:
        for d in r.diagnostics or []:
            lines.append(
                f"- {escape_markdown(r.path)}: {escape_markdown(d.code)} "
                f"{escape_markdown(d.message)}"
            )
        if not r.diagnostics:
            lines.append(f"- {escape_markdown(r.path)}")
    return lines


def _findings(result: FileResult) -> list[str]:
    counts = ", ".join(
        plural(result.count(severity), severity)
        for severity in ("error", "warning", "info")
        if result.count(severity)
    )
    parts = [f"<strong>{escape_markdown(person_label(result))}</strong>"]
    if result.score is not None:
        parts.append(f"{result.score}/100 {escape_markdown(result.level or '')}".rstrip())
    parts += [counts, f"<code>{escape_markdown(result.path)}</code>"]
    summary = " · ".join(parts)
    lines = [
        "",
        "<details>",
        f"<summary>{summary}</summary>",
        "",
        "| Line | Code | Severity | Message |",
        "| :--- | :--- | :--- | :--- |",
    ]
    for d in result.diagnostics:
        lines.append(
            f"| {escape_markdown(location(d)) or '–'} "
            f"| {escape_markdown(d.code)} {escape_markdown(d.name)} "
            f"| {escape_markdown(d.severity)} | {escape_markdown(d.message)} |"
        )
    lines += ["", "</details>"]
    return lines


def render(report: Report) -> str:
    """The team summary as GitHub-flavoured Markdown."""
    title = str(report.extra.get("title") or "profilelint team report")
    lines = [f"## {escape_markdown(title)}", "", _totals_line(report.results)]
    people = ranked(report.results)
    if people:
        lines += ["", *_table(people)]
    lines += _unreadable(report.results)
    with_findings = [r for r in people if r.diagnostics]
    if with_findings:
        lines += ["", "### Findings"]
        for result in with_findings:
            lines += _findings(result)
    return "\n".join(lines) + "\n"
