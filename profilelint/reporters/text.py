"""``--format text`` (the default): one line per diagnostic, its help, then the score."""

from __future__ import annotations

from collections import Counter

import click

from profilelint.reporters import Report, summary_counts

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
            where = d.path if d.line is None else f"{d.path}:{d.line}:{d.column}"
            if d.member:
                where = f"{d.path}[{d.member}]" + (
                    "" if d.line is None else f":{d.line}:{d.column}"
                )
            code = style(d.code, fg=COLORS[d.severity], bold=True)
            lines.append(f"{style(where, bold=True)}: {code} {d.message}")
            if not report.quiet:
                lines.append(f"  {style('help:', fg='green')} {d.help}")
        if not report.quiet and result.score is not None:
            person = f" ({' '.join(result.person.split())})" if result.person else ""
            lines.append(
                f"{style(result.path, bold=True)}{person}: score {result.score}/100, {result.level}"
            )
    if report.statistics:
        counts = Counter((d.code, d.name) for r in report.results for d in r.diagnostics)
        for (code, name), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"{count:5d}  {code}  {name}")
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
