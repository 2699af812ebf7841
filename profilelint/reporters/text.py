"""``--format text`` (the default): one line per diagnostic, its help, then the score.

Every piece of text that comes from a profile, a file name or a plugin goes through
:func:`profilelint.sanitize.visible` before colours are added, so no escape sequence, control
character, bidi override or line break from an input reaches the terminal: each diagnostic
is exactly one line (two with its help).
"""

from __future__ import annotations

from collections import Counter

import click

from profilelint.reporters import Report, summary_counts
from profilelint.sanitize import visible

COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render(report: Report) -> str:
    """Human-readable output for a terminal."""

    def style(text: str, **kwargs: object) -> str:
        return click.style(text, **kwargs) if report.color else text  # type: ignore[arg-type]

    lines: list[str] = []
    for result in report.results:
        for d in result.diagnostics:
            where = visible(d.path + (f"[{d.member}]" if d.member else ""))
            if d.line is not None:
                where += f":{d.line}:{d.column}"
            code = style(visible(d.code), fg=COLORS[d.severity], bold=True)
            lines.append(f"{style(where, bold=True)}: {code} {visible(d.message)}")
            if not report.quiet:
                lines.append(f"  {style('help:', fg='green')} {visible(d.help)}")
        if not report.quiet and result.score is not None:
            person = f" ({visible(' '.join(result.person.split()))})" if result.person else ""
            lines.append(
                f"{style(visible(result.path), bold=True)}{person}: "
                f"score {result.score}/100, {result.level}"
            )
    if report.statistics:
        counts = Counter((d.code, d.name) for r in report.results for d in r.diagnostics)
        for (code, name), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"{count:5d}  {visible(code)}  {visible(name)}")
    if not report.quiet:
        totals = summary_counts(report.results)
        problems = totals["errors"] + totals["warnings"] + totals["infos"]
        if problems:
            lines.append(
                f"Found {_plural(problems, 'problem')} ({_plural(totals['errors'], 'error')}, "
                f"{_plural(totals['warnings'], 'warning')}, {_plural(totals['infos'], 'info')}) "
                f"in {_plural(totals['files'], 'file')}."
            )
        else:
            lines.append(f"All good: no problems in {_plural(totals['files'], 'file')}.")
    return "\n".join(lines) + ("\n" if lines else "")
