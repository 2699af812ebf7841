"""``--format github``: GitHub Actions workflow commands, then a plain summary.

Each diagnostic becomes one annotation::

    ::warning file=team/ana.json,line=4,col=15,title=HDL004 headline-buzzwords::Headline uses…

error → ``::error``, warning → ``::warning``, info → ``::notice``.  Values are escaped as the
Actions runner unescapes them: in the message ``%`` → ``%25``, CR → ``%0D``, LF → ``%0A``; in
properties also ``:`` → ``%3A`` and ``,`` → ``%2C``.  So no text from a profile can end the
command line or start another one.  Before that, profile text and file names go through
:func:`profilelint.sanitize.visible` (the log is shown in a terminal-like viewer that obeys
escape sequences), so a message is always one visible line.  ``file`` is relative to the
repository root (``Report.root``), which is how GitHub matches annotations to files.

GitHub shows only the first annotations of each level in a step (10 errors, 10 warnings), so
a plain summary follows them: one line per file (score, level, counts) and the totals.
Those lines begin with ``profilelint:``, never with ``::``, and carry no line breaks.
"""

from __future__ import annotations

from profilelint.diagnostic import Diagnostic, FileResult
from profilelint.fingerprint import artifact_path, relative_path
from profilelint.reporters import Report, summary_counts
from profilelint.sanitize import visible

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
#: How many annotations of one level GitHub shows for a step.
SHOWN_PER_LEVEL = 10


def escape_data(text: str) -> str:
    """Escape a workflow command's message (the part after ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (``file=``, ``title=``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(diagnostic: Diagnostic, root: str = ".", *, with_help: bool = True) -> str:
    """The workflow command annotating one diagnostic."""
    properties = [("file", visible(artifact_path(diagnostic, root)))]
    if diagnostic.line is not None:
        properties.append(("line", str(diagnostic.line)))
        if diagnostic.column is not None:
            properties.append(("col", str(diagnostic.column)))
    title = f"{diagnostic.code} {diagnostic.name}"
    if diagnostic.member and diagnostic.path.lower().endswith(".zip"):
        title += f" ({diagnostic.member})"
    properties.append(("title", visible(title)))
    message = visible(diagnostic.message)
    if with_help and diagnostic.help:
        message += f"\nhelp: {visible(diagnostic.help)}"
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[diagnostic.severity]} {props}::{escape_data(message)}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _file_line(result: FileResult, root: str) -> str:
    counts = (
        f"{_plural(result.count('error'), 'error')}, "
        f"{_plural(result.count('warning'), 'warning')}, {_plural(result.count('info'), 'info')}"
    )
    score = "no score" if result.score is None else f"score {result.score}/100 ({result.level})"
    person = f" [{result.person}]" if result.person else ""
    return visible(f"profilelint: {relative_path(result.path, root)}{person}: {score}, {counts}")


def render(report: Report) -> str:
    """Annotations for every diagnostic, then the per-file and total summary."""
    lines = [
        annotation(d, report.root, with_help=not report.quiet)
        for result in report.results
        for d in result.diagnostics
    ]
    lines.extend(_file_line(result, report.root) for result in report.results)
    totals = summary_counts(report.results)
    lines.append(
        f"profilelint: {_plural(totals['files'], 'file')}, {_plural(totals['errors'], 'error')}, "
        f"{_plural(totals['warnings'], 'warning')}, {_plural(totals['infos'], 'info')}"
    )
    hidden = {
        level: max(0, totals[key] - SHOWN_PER_LEVEL)
        for level, key in (("error", "errors"), ("warning", "warnings"), ("notice", "infos"))
    }
    if any(hidden.values()):
        parts = ", ".join(f"{count} {level}s" for level, count in hidden.items() if count)
        lines.append(
            f"profilelint: GitHub shows only the first {SHOWN_PER_LEVEL} annotations of each "
            f"level in a step; {parts} are listed above in this log only."
        )
    return "\n".join(lines) + "\n"
