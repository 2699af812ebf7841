"""``--format text`` (the default): one line per diagnostic, its help, then the score.

Every piece of text that comes from a profile, a file name or a plugin goes through
:func:`profilelint.sanitize.visible` before colours are added, so no escape sequence, control
character, bidi override or line break from an input reaches the terminal: each diagnostic
is exactly one line (two with its help).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

import click

from profilelint.diagnostic import FileResult
from profilelint.reporters import Report, Totals
from profilelint.sanitize import visible

COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def stream(report: Report, results: Iterable[FileResult], write: Callable[[str], None]) -> None:
    """Write the report for ``results`` (``report.results`` is not read) file by file."""

    def style(text: str, **kwargs: object) -> str:
        return click.style(text, **kwargs) if report.color else text  # type: ignore[arg-type]

    totals = Totals()
    counts: Counter[tuple[str, str]] = Counter()
    for result in results:
        totals.add(result)
        lines: list[str] = []
        for d in result.diagnostics:
            where = visible(d.path + (f"[{d.member}]" if d.member else ""))
            if d.line is not None:
                where += f":{d.line}:{d.column}"
            code = style(visible(d.code), fg=COLORS[d.severity], bold=True)
            lines.append(f"{style(where, bold=True)}: {code} {visible(d.message)}")
            if not report.quiet:
                lines.append(f"  {style('help:', fg='green')} {visible(d.help)}")
            if report.statistics:
                counts[d.code, d.name] += 1
        if not report.quiet and result.score is not None:
            person = f" ({visible(' '.join(result.person.split()))})" if result.person else ""
            lines.append(
                f"{style(visible(result.path), bold=True)}{person}: "
                f"score {result.score}/100, {result.level}"
            )
        if lines:
            write("".join(line + "\n" for line in lines))
    lines = []
    for (code, name), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"{count:5d}  {visible(code)}  {visible(name)}")
    if not report.quiet:
        found = totals.as_json()
        problems = found["errors"] + found["warnings"] + found["infos"]
        if problems:
            lines.append(
                f"Found {_plural(problems, 'problem')} ({_plural(found['errors'], 'error')}, "
                f"{_plural(found['warnings'], 'warning')}, {_plural(found['infos'], 'info')}) "
                f"in {_plural(found['files'], 'file')}."
            )
        else:
            lines.append(f"All good: no problems in {_plural(found['files'], 'file')}.")
    if lines:
        write("".join(line + "\n" for line in lines))


def render(report: Report) -> str:
    """Human-readable output for a terminal."""
    parts: list[str] = []
    stream(report, report.results, parts.append)
    return "".join(parts)
