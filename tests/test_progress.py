"""The progress line: on a watched terminal only, and erased before the report."""

from __future__ import annotations

import io
import sys

import pytest
from conftest import FIXTURES, TODAY

from profilelint import progress
from profilelint.cli import main
from profilelint.progress import Progress, wanted


class FakeTerminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_line_appears_after_the_delay_and_is_erased() -> None:
    stream, clock = FakeTerminal(), Clock()
    line = Progress(10, stream, delay=2.0, clock=clock)
    line.advance()
    assert stream.getvalue() == ""  # a run shorter than the delay shows nothing
    clock.now += 3.0
    line.advance(2)
    assert stream.getvalue() == "\r\x1b[K3/10 files linted, 7 left, 1 files/s"
    line.close()
    assert stream.getvalue().endswith("files/s\r\x1b[K")


def test_a_run_that_never_shows_the_line_writes_nothing_on_close() -> None:
    stream = FakeTerminal()
    line = Progress(10, stream, delay=2.0, clock=Clock())
    line.advance(10)
    line.close()
    assert stream.getvalue() == ""


def test_one_file_shows_no_progress() -> None:
    stream, clock = FakeTerminal(), Clock()
    line = Progress(1, stream, delay=0.0, clock=clock)
    clock.now += 5.0
    line.advance()
    assert stream.getvalue() == ""


@pytest.mark.parametrize(
    ("stderr_tty", "stdout_tty", "fmt", "quiet", "env", "shown"),
    [
        (True, True, "text", False, {}, True),
        (True, False, "text", False, {}, True),  # text into a pager: stderr is still watched
        (True, True, "json", False, {}, True),  # JSON read on the terminal
        (True, False, "json", False, {}, False),  # JSON into a pipe or a file
        (True, False, "sarif", False, {}, False),
        (False, True, "text", False, {}, False),  # stderr redirected
        (True, True, "text", True, {}, False),  # --quiet
        (True, True, "text", False, {"CI": "true"}, False),
        (True, True, "text", False, {"CI": "1"}, False),
        (True, True, "text", False, {"CI": ""}, True),  # set but empty: not CI
    ],
)
def test_shown_only_to_a_person_at_a_terminal(
    stderr_tty: bool, stdout_tty: bool, fmt: str, quiet: bool, env: dict, shown: bool
) -> None:
    stderr = FakeTerminal() if stderr_tty else io.StringIO()
    stdout = FakeTerminal() if stdout_tty else io.StringIO()
    assert wanted(quiet=quiet, fmt=fmt, stderr=stderr, stdout=stdout, env=env) is shown


def _run(
    monkeypatch: pytest.MonkeyPatch, *args: str, env: dict | None = None, piped: bool = False
) -> tuple[str, str]:
    """The command line over the JSON fixtures with stderr (and stdout) on a fake terminal."""
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)
    monkeypatch.delenv("CI", raising=False)
    for key, value in (env or {}).items():
        monkeypatch.setenv(key, value)
    out, err = io.StringIO() if piped else FakeTerminal(), FakeTerminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    inputs = sorted(str(p) for p in FIXTURES.glob("*.json"))
    code = main(["--today", TODAY, "--jobs", "1", "--color", "never", *args, *inputs])
    assert code in (0, 1)
    return out.getvalue(), err.getvalue()


def test_cli_shows_the_line_on_a_terminal_and_erases_it(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = _run(monkeypatch)
    count = len(list(FIXTURES.glob("*.json")))
    assert f"{count}/{count} files linted, 0 left" in err
    assert err.endswith("\r\x1b[K")  # erased: the terminal shows the report alone
    assert "\r" not in out and "files linted" not in out


@pytest.mark.parametrize(
    ("args", "env"),
    [(["--quiet"], {}), ([], {"CI": "true"})],
)
def test_cli_shows_no_line_with_quiet_or_in_ci(
    monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict
) -> None:
    _, err = _run(monkeypatch, *args, env=env)
    assert "files linted" not in err and "\r" not in err


def test_cli_shows_no_line_when_json_goes_into_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = _run(monkeypatch, "--format", "json", piped=True)
    assert "files linted" not in err and "\r" not in err
    assert out.startswith("{")


def test_cli_shows_no_line_when_stderr_is_not_a_terminal(run_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.delenv("CI", raising=False)
    inputs = sorted(FIXTURES.glob("*.json"))
    result = run_cli(["--today", TODAY, "--jobs", "1", *inputs])
    assert "files linted" not in result.err and "\r" not in result.err
