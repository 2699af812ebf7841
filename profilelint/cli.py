"""The ``profilelint`` command.

Every usage or configuration error is one line on stderr (``profilelint: error: ...``) and
exit code 2; input errors are diagnostics of their file, and the other files are still linted.
"""

from __future__ import annotations

import gc
import heapq
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

import profilelint
from profilelint.config import MAX_JOBS, ConfigError, load_settings, validate_against
from profilelint.diagnostic import SEVERITY_RANK, UNHIDEABLE, FileResult
from profilelint.fingerprint import report_root
from profilelint.loaders.base import LoadError
from profilelint.reporters import FORMATS, STREAMED, Report, get_reporter, stream_reporter
from profilelint.sanitize import escape_surrogates, visible

if TYPE_CHECKING:
    from profilelint.config import Settings
    from profilelint.plugins import Registry
    from profilelint.progress import Progress

# The check modules, the model and Pydantic are imported when a run needs rules (not for
# --help); a lint imports only its input's loader and the reporter of its format.

#: True while this process, started as the command, holds the garbage collector off.
_collector_held = False


def _hold_collector() -> None:
    """Start-up only builds what lives as long as the process: collecting it is wasted work."""
    global _collector_held
    if gc.isenabled():
        gc.disable()
        _collector_held = True


def _release_collector() -> None:
    """Start-up is over: keep what it built out of every later collection, collect the rest."""
    global _collector_held
    if _collector_held:
        gc.freeze()
        gc.enable()
        _collector_held = False


def _load_registry() -> Registry:
    from profilelint.plugins import load_registry

    return load_registry()


class UsageFailure(Exception):
    """A usage problem, reported on one line with exit code 2."""


def _out(text: str, *, nl: bool = True, color: bool | None = None) -> None:
    """Write to standard output; a write that fails (a full disk, say) is one line, exit 2."""
    try:
        click.echo(text, nl=nl, color=color)
    except BrokenPipeError:
        raise  # the reader has gone (``| head``): not an error worth a message
    except OSError as error:
        reason = error.strerror or str(error) or type(error).__name__
        raise UsageFailure(f"cannot write to standard output: {reason}") from None


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _use_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


class ExitTally:
    """What decides the exit code, gathered one result at a time."""

    def __init__(self, *, fail_on: str, min_score: int | None) -> None:
        self.threshold = SEVERITY_RANK[fail_on]
        self.min_score = min_score
        self.unhideable = False
        self.failing = False

    def add(self, result: FileResult) -> FileResult:
        """Take one file's result into account (and hand it back, for use in a pipeline)."""
        for d in result.diagnostics:
            if d.code in UNHIDEABLE:
                self.unhideable = True
            if SEVERITY_RANK[d.severity] >= self.threshold:
                self.failing = True
        score = result.score
        if self.min_score is not None and score is not None and score < self.min_score:
            self.failing = True
        return result

    def code(self, *, exit_zero: bool) -> int:
        """0 when the run passes, else 1 (input and internal errors: 1 even with exit_zero)."""
        if self.unhideable:
            return 1
        return 0 if exit_zero or not self.failing else 1


def exit_code(
    results: list[FileResult], *, fail_on: str, min_score: int | None, exit_zero: bool
) -> int:
    """0 when nothing at or above ``fail_on`` and every score meets ``min_score``; else 1.

    Input and internal errors always give 1, even with ``--exit-zero``.
    """
    tally = ExitTally(fail_on=fail_on, min_score=min_score)
    for result in results:
        tally.add(result)
    return tally.code(exit_zero=exit_zero)


def _explain(registry: Registry, selector: str) -> str:
    code = registry.resolve(selector.strip())
    rule = registry.rules.get(code.upper())
    if rule is None:
        from profilelint.diagnostic import CORE_CODES

        core = CORE_CODES.get(code.upper())
        if core is None:
            raise UsageFailure(f"no rule with code or name '{selector}'")
        from profilelint.core_docs import CORE_DOCS

        name, severity, help_line = core
        doc = CORE_DOCS.get(code.upper(), "")
        return (
            f"{code.upper()} {name}\nDefault severity: {severity}. Part of profilelint's core.\n\n"
            f"{doc}\n\nHelp: {help_line}\n"
        )
    languages = ", ".join(sorted(rule.languages)) if rule.languages else "any"
    header = (
        f"{rule.code} {rule.name}\n"
        f"Default severity: {rule.severity}. Languages: {languages}. "
        f"Module: {rule.module} ({rule.plugin})."
        + ("" if rule.default_enabled else " Off by default: select it to use it.")
    )
    return f"{header}\n\n{rule.doc.strip()}\n\nHelp: {rule.help}\n"


def _list_rules(registry: Registry) -> str:
    rows = [("CODE", "NAME", "SEVERITY", "LANGUAGES", "MODULE")]
    for rule in registry.rules.values():
        languages = ",".join(sorted(rule.languages)) if rule.languages else "any"
        severity = rule.severity + ("" if rule.default_enabled else " (off)")
        rows.append((rule.code, rule.name, severity, languages, rule.module))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        + "\n"
        for row in rows
    )


def _version(registry: Registry) -> str:
    plugins = sorted({m.distribution for m in registry.modules.values()} - {"profilelint"})
    extra = f" (plugins: {', '.join(plugins)})" if plugins else ""
    modules = ", ".join(sorted(registry.modules))
    return f"profilelint {profilelint.__version__}{extra}\ncheck modules: {modules or 'none'}\n"


def _parse_outputs(values: tuple[str, ...]) -> list[tuple[str, Path]]:
    outputs = []
    for value in values:
        name, sep, file = value.partition("=")
        if not sep or not file:
            raise UsageFailure(f"--output wants FORMAT=FILE, got '{value}'")
        if name not in FORMATS:
            raise UsageFailure(f"unknown output format '{name}' (use {', '.join(FORMATS)})")
        outputs.append((name, Path(file)))
    return outputs


def _settings(options: dict[str, Any], registry: Registry) -> Settings:
    overrides: dict[str, Any] = {}
    for key in ("select", "extend_select", "ignore"):
        if options[key]:
            overrides[key.replace("_", "-")] = _split(options[key])
    if options["target"]:
        overrides["target"] = options["target"]
    if options["today"]:
        overrides["today"] = options["today"]
    if options["fail_on"]:
        overrides["fail-on"] = options["fail_on"]
    if options["min_score"] is not None:
        overrides["min-score"] = options["min_score"]
    config = Path(options["config"]) if options["config"] else None
    settings = load_settings(config_file=config, overrides=overrides)
    return validate_against(settings, registry)


def _lint(options: dict[str, Any], settings: Settings, registry: Registry) -> list[FileResult]:
    """Every result of the run, sorted by path (the progress line erased)."""
    _, results, progress = _start_lint(options, settings, registry)
    try:
        return list(results)
    finally:
        if progress is not None:
            progress.close()  # erased before the report (or an error) is written


def _start_lint(
    options: dict[str, Any], settings: Settings, registry: Registry
) -> tuple[int, Iterator[FileResult], Progress | None]:
    """How many results the run will give, and the results, sorted by path, as they come."""
    from profilelint.discovery import discover, read_stdin
    from profilelint.engine import Linter
    from profilelint.progress import progress_for
    from profilelint.runner import iter_lint_targets

    paths: list[str] = list(options["paths"])
    first: list[FileResult] = []
    if "-" in paths:
        paths = [p for p in paths if p != "-"]
        name = options["stdin_filename"] or "-"
        base = Path(name).parent if options["stdin_filename"] else None
        linter = Linter(settings, registry)
        try:
            data = read_stdin(settings.limits.max_file_size + 1)
        except LoadError as error:
            first.append(FileResult(path=name, diagnostics=[error.diagnostic(name)]))
        else:
            first.append(linter.lint_bytes(data, name, base_dir=base))
    targets = discover(
        paths,
        root=settings.root,
        include=settings.include,
        exclude=settings.exclude,
        force_exclude=options["force_exclude"],
        only_profiles=options["only_profiles"],
    )
    # A result's path is its target's display name: linting the targets in that order (a
    # stable sort) yields the results already sorted, so they can be reported as they come.
    targets.sort(key=lambda t: t.display)
    jobs = options["jobs"] or settings.jobs
    fmt = options["format"] or _default_format()
    progress = progress_for(len(targets), quiet=options["quiet"], fmt=fmt)
    results = iter_lint_targets(targets, settings, registry, jobs, progress)
    # Standard input's result goes first among equal paths, as a stable sort would put it.
    merged = heapq.merge(first, results, key=lambda r: r.path)
    return len(first) + len(targets), merged, progress


def run(options: dict[str, Any]) -> int:
    """Carry out one invocation; returns the exit code."""
    if options["to"] and not options["show_profile"]:
        raise UsageFailure("--to works only with --show-profile FILE")
    if sys.stdout is None:
        raise UsageFailure("standard output is closed: there is nowhere to write the report")
    registry = _load_registry()
    if options["list_rules"]:
        _out(_list_rules(registry), nl=False)
        return 0
    if options["explain"]:
        _out(_explain(registry, options["explain"]), nl=False)
        return 0
    if options["schema"]:
        from profilelint.model import schema

        _out(json.dumps(schema(), indent=2, ensure_ascii=False))
        return 0
    from profilelint.discovery import current_folder_problem

    problem = current_folder_problem()
    if problem:
        raise UsageFailure(problem)
    settings = _settings(options, registry)
    # Start-up is over; what loading and linting build is mostly short-lived (and a large page
    # or PDF builds a lot of it): collect it as usual.
    _release_collector()
    for warning in settings.warnings:
        click.echo(f"profilelint: warning: {visible(warning)}", err=True)
    if options["show_config"]:
        shown = json.dumps(settings.show(), indent=2, ensure_ascii=False, default=str)
        _out(escape_surrogates(shown))  # a path that is not UTF-8, as a \udcXX escape
        return 0
    if options["show_profile"]:
        return _show_profile(Path(options["show_profile"]), settings, options["to"])
    outputs = _parse_outputs(options["output"])
    if not options["paths"] and options["stdin_filename"]:
        options["paths"] = ("-",)
    if not options["paths"]:
        raise UsageFailure("no path given; try 'profilelint --help'")
    fmt = options["format"] or _default_format()
    root = str(report_root())
    color = _use_color(options["color"]) and fmt == "text"
    if _streams(options, fmt):
        return _run_streaming(options, settings, registry, fmt, root, color)
    results = _lint(options, settings, registry)
    if not results:
        return _nothing_found(options)
    results = _apply_baseline_options(options, results)
    report = Report(
        results=results,
        registry=registry,
        root=root,
        color=color,
        quiet=options["quiet"],
        statistics=options["statistics"],
    )
    # Reporters write valid UTF-8 already; a lone surrogate would stop the output half-way.
    _out(escape_surrogates(get_reporter(fmt)(report)), nl=False, color=report.color)
    for name, file in outputs:
        plain = Report(
            results=results, registry=registry, statistics=options["statistics"], root=root
        )
        try:
            text = escape_surrogates(get_reporter(name)(plain))
            file.write_text(text, encoding="utf-8")
        except OSError as error:
            raise UsageFailure(f"cannot write {file}: {error.strerror or error}") from None
    return exit_code(
        results,
        fail_on=settings.fail_on,
        min_score=settings.min_score,
        exit_zero=options["exit_zero"],
    )


def _nothing_found(options: dict[str, Any]) -> int:
    """No input to lint: fine for the pre-commit hook (--only-profiles), else a usage error."""
    if options["only_profiles"]:
        return 0
    raise UsageFailure("no profile found in " + ", ".join(options["paths"]))


def _streams(options: dict[str, Any], fmt: str) -> bool:
    """Can this run write its report while it lints?

    Only one report, no baseline (which needs every finding first), a format that can be
    written file by file, and no progress line to keep apart from the report.
    """
    from profilelint.progress import wanted

    return (
        fmt in STREAMED
        and not options["output"]
        and not options["baseline"]
        and not options["write_baseline"]
        and not wanted(quiet=options["quiet"], fmt=fmt)
    )


def _run_streaming(
    options: dict[str, Any],
    settings: Settings,
    registry: Registry,
    fmt: str,
    root: str,
    color: bool,
) -> int:
    """Lint and report at once: memory stays flat however many files there are."""
    count, results, progress = _start_lint(options, settings, registry)
    if not count:
        return _nothing_found(options)
    report = Report(
        results=[],
        registry=registry,
        root=root,
        color=color,
        quiet=options["quiet"],
        statistics=options["statistics"],
    )
    tally = ExitTally(fail_on=settings.fail_on, min_score=settings.min_score)
    out = _Buffered(color)
    try:
        stream_reporter(fmt)(report, (tally.add(r) for r in results), out.write)
    finally:
        if progress is not None:
            progress.close()
    out.flush()
    return tally.code(exit_zero=options["exit_zero"])


class _Buffered:
    """Collects report text and writes it to stdout in blocks of about 64 KiB."""

    LIMIT = 1 << 16

    def __init__(self, color: bool) -> None:
        self.color = color
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= self.LIMIT:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            # Reporters write valid UTF-8 already; a lone surrogate would stop the output.
            text = escape_surrogates("".join(self.parts))
            _out(text, nl=False, color=self.color)
            self.parts, self.size = [], 0


def _apply_baseline_options(options: dict[str, Any], results: list[FileResult]) -> list[FileResult]:
    if not (options["write_baseline"] or options["baseline"]):
        return results
    from profilelint.baseline import (
        BaselineError,
        apply_baseline,
        read_baseline,
        write_baseline,
    )

    try:
        if options["write_baseline"]:
            count = write_baseline(Path(options["write_baseline"]), results)
            click.echo(
                f"profilelint: wrote {count} finding(s) to {options['write_baseline']}", err=True
            )
        if options["baseline"]:
            baseline = Path(options["baseline"])
            return apply_baseline(results, read_baseline(baseline), baseline)
    except BaselineError as error:
        raise UsageFailure(str(error)) from None
    return results


def _default_format() -> str:
    if os.environ.get("GITHUB_ACTIONS") == "true" and "github" in FORMATS:
        return "github"
    return "text"


def _show_profile(path: Path, settings: Settings, to: str | None = None) -> int:
    from profilelint.discovery import read_stdin
    from profilelint.loaders import load_bytes, load_path

    try:
        if str(path) == "-":
            data = read_stdin(settings.limits.max_file_size + 1)
            loaded = load_bytes(data, settings.limits)
        else:
            loaded = load_path(path, settings.limits)
    except LoadError as error:
        raise UsageFailure(f"{path}: {error.code} {error.message}") from None
    if to == "jsonresume":
        from profilelint.convert import convert_to_jsonresume

        conversion = convert_to_jsonresume(loaded.profile)
        for note in conversion.notes:
            click.echo(f"profilelint: warning: {visible(f'{path}: {note}')}", err=True)
        document = json.dumps(conversion.document, indent=2, ensure_ascii=False)
        _out(escape_surrogates(document))
        return 0
    _out(escape_surrogates(json.dumps(loaded.profile.to_native(), indent=2, ensure_ascii=False)))
    return 0


HELP = """Lint professional profiles: JSON Resume files, saved LinkedIn and personal pages
(HTML), LinkedIn data exports (the ZIP or its folder) and LinkedIn's "Save to PDF".

PATHS are files or folders (folders yield only files that look like profiles; an export
folder is one profile) or '-' for standard input. Exit codes: 0 clean, 1 findings at or
above --fail-on, a score under --min-score, or an input error; 2 a usage or configuration
error.

\b
Examples:
  profilelint my_profile.json
  profilelint Profile.pdf Basic_LinkedInDataExport_03-02-2026.zip
  profilelint --explain HDL002
  profilelint team/ --format json --min-score 70
  profilelint --show-profile saved-page.html --to jsonresume
"""


@click.command(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1)
@click.option("--format", type=click.Choice(sorted(FORMATS)), default=None, help="Output format.")
@click.option(
    "--output",
    multiple=True,
    metavar="FORMAT=FILE",
    help="Also write a report in FORMAT to FILE (repeatable).",
)
@click.option(
    "--select",
    multiple=True,
    help="Rules to run (codes, prefixes or names); replaces the configured list.",
)
@click.option(
    "--extend-select", multiple=True, help="Rules to run in addition to the selected ones."
)
@click.option("--ignore", multiple=True, help="Rules not to report (codes, prefixes or names).")
@click.option(
    "--config", metavar="FILE", help="Configuration file to use instead of the one found."
)
@click.option(
    "--target", type=click.Choice(["linkedin", "resume"]), help="What the profile is judged as."
)
@click.option(
    "--today", metavar="YYYY-MM-DD", help="Reference date for date rules (default: today)."
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    help="Lowest severity that fails the run (default: warning).",
)
@click.option("--min-score", type=click.IntRange(0, 100), help="Fail when a profile scores lower.")
@click.option(
    "--exit-zero", is_flag=True, help="Exit 0 even with findings (input errors still exit 1)."
)
@click.option("--statistics", is_flag=True, help="Count the diagnostics per rule.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the diagnostics.")
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the text output (NO_COLOR and FORCE_COLOR are honoured).",
)
@click.option("--stdin-filename", metavar="NAME", help="The name to report standard input under.")
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply the configured excludes to files named on the command line too.",
)
@click.option(
    "--baseline",
    metavar="FILE",
    help="Report only findings that are not recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    metavar="FILE",
    help="Record every finding of this run in FILE, for --baseline.",
)
@click.option(
    "--only-profiles",
    is_flag=True,
    help="Skip named files that are not profiles instead of reporting INP002 (for pre-commit).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, MAX_JOBS),
    help="Worker processes for many files (default: the number of CPUs).",
)
@click.option("--show-config", is_flag=True, help="Print the resolved configuration and exit.")
@click.option(
    "--show-profile",
    metavar="FILE",
    help="Print FILE loaded as profilelint JSON (or in the format --to names) and exit.",
)
@click.option(
    "--to",
    type=click.Choice(["profilelint", "jsonresume"]),
    help="The format --show-profile writes (default: profilelint; jsonresume: JSON Resume 1.0.0).",
)
@click.option("--schema", is_flag=True, help="Print the JSON Schema of profilelint JSON and exit.")
@click.option(
    "--explain", metavar="CODE", help="Print a rule's documentation (code or name) and exit."
)
@click.option("--list-rules", is_flag=True, help="List every rule and exit.")
@click.option("--version", is_flag=True, help="Print the version and the loaded check modules.")
def command(**options: Any) -> None:
    """The click entry point; the work happens in :func:`run`."""
    if options.pop("version"):
        _out(_version(_load_registry()), nl=False)
        raise SystemExit(0)
    raise SystemExit(run(options))


def main(argv: list[str] | None = None) -> int:
    """Run the command line; every error is one line and exit code 2.

    Without ``argv`` this is the command itself (the arguments are ``sys.argv``): the process
    ends after it, so the collector is held off during start-up and everything left is frozen
    at the end, which spares the interpreter a last collection of every object at exit.  A
    caller in a longer-lived process passes ``argv`` and keeps its collector untouched.
    """
    program = argv is None
    if program:
        _hold_collector()
    try:
        code = _main(argv)
    finally:
        if program:
            _release_collector()
            gc.freeze()
    if program:
        _end_now(code)
    return code


def _end_now(code: int) -> None:
    """End the command once its output is written, without tearing the interpreter down.

    Freeing every module and object one by one is the last few milliseconds of a run, and
    nothing of this process is needed after it.  Only when nothing else waits for the exit: no other
    thread, no atexit handler (a plugin's, or coverage's), no ``python -i``.  If writing the
    buffered output fails, the interpreter's own exit reports it, as before.
    """
    import atexit

    pending = getattr(atexit, "_ncallbacks", None)
    if pending is None or pending() or sys.flags.inspect:
        return
    if "threading" in sys.modules and sys.modules["threading"].active_count() > 1:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: the stream was closed when the command started
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def _main(argv: list[str] | None) -> int:
    try:
        command.main(args=argv, prog_name="profilelint", standalone_mode=False)
    except SystemExit as stop:
        return int(stop.code or 0)
    except click.UsageError as error:
        message = error.format_message().replace("\n", " ")
        click.echo(f"profilelint: error: {visible(message)}", err=True)
        return 2
    except click.ClickException as error:
        click.echo(f"profilelint: error: {visible(error.format_message())}", err=True)
        return 2
    except click.Abort:
        click.echo("profilelint: error: interrupted", err=True)
        return 2
    except (UsageFailure, ConfigError) as error:  # may quote a path or a config value
        click.echo(f"profilelint: error: {visible(str(error))}", err=True)
        return 2
    except BrokenPipeError:
        return 1
    except Exception as error:  # a bug: still one line, unless debugging
        if os.environ.get("PROFILELINT_DEBUG"):
            raise
        click.echo(
            f"profilelint: error: internal error ({type(error).__name__}: {visible(str(error))}); "
            "set PROFILELINT_DEBUG=1 for the traceback and please report it",
            err=True,
        )
        return 2
    return 0
