"""A progress line on the terminal while many files are linted.

Shown only to a person watching: stderr is a terminal, ``CI`` is not set, ``--quiet`` was
not given, and standard output is not a pipe or file receiving a machine format.  It appears
once the run has taken longer than :data:`DELAY` seconds, is rewritten in place (at most every
:data:`INTERVAL` seconds), and is erased before the report is written, so it never ends up in
the report or in a log.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import TextIO

#: Seconds before the line appears: a short run never shows one.
DELAY = 2.0
#: Seconds between rewrites of the line.
INTERVAL = 0.1
#: Fewer files than this show no progress (there is nothing to count).
MIN_FILES = 2
# Back to the start of the line, then clear to its end.
_ERASE = "\r\x1b[K"


def _is_tty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):  # closed or not a real stream
        return False


def wanted(
    *,
    quiet: bool,
    fmt: str,
    stderr: object | None = None,
    stdout: object | None = None,
    env: Mapping[str, str] | None = None,
) -> bool:
    """Should this run show a progress line?  (Only to a person at a terminal.)"""
    environ = os.environ if env is None else env
    if quiet or environ.get("CI") or not _is_tty(sys.stderr if stderr is None else stderr):
        return False
    # A machine format going into a pipe or a file is read by a program, not watched.
    return fmt == "text" or _is_tty(sys.stdout if stdout is None else stdout)


class Progress:
    """Counts finished files and keeps one line on ``stream`` up to date."""

    def __init__(
        self,
        total: int,
        stream: TextIO,
        *,
        delay: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.delay = DELAY if delay is None else delay
        self.clock = clock
        self.started = clock()
        self.shown = False
        self._last = float("-inf")

    def advance(self, count: int = 1) -> None:
        """``count`` more files are done; rewrite the line when it is due."""
        self.done += count
        now = self.clock()
        elapsed = now - self.started
        if self.total < MIN_FILES or elapsed < self.delay or now - self._last < INTERVAL:
            return
        self._last = now
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = max(0, self.total - self.done)
        line = f"{self.done:,}/{self.total:,} files linted, {left:,} left, {rate:,.0f} files/s"
        self.stream.write(_ERASE + line)
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        """Erase the line (if it was shown), before anything else is written."""
        if self.shown:
            self.stream.write(_ERASE)
            self.stream.flush()
            self.shown = False


def progress_for(total: int, *, quiet: bool, fmt: str) -> Progress | None:
    """A progress line on stderr for ``total`` files, or None when none should be shown."""
    if total < MIN_FILES or not wanted(quiet=quiet, fmt=fmt):
        return None
    return Progress(total, sys.stderr)
