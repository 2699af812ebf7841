"""Linting many files: in this process, or in worker processes when that pays.

Workers start by forking this process (where the platform allows), so the check modules are
imported once.  Results are sorted by path afterwards, so ``--jobs`` never changes the output.
"""

from __future__ import annotations

import os

from profilelint.config import Settings
from profilelint.diagnostic import FileResult
from profilelint.discovery import Target
from profilelint.engine import Linter
from profilelint.plugins import Registry, load_registry
from profilelint.progress import Progress

#: Below this many files per worker, starting workers costs more than it saves.
FILES_PER_WORKER = 16

_worker_linter: Linter | None = None


def _start_worker(settings: Settings) -> None:
    global _worker_linter
    _worker_linter = Linter(settings, load_registry())


def _lint_one(target: Target) -> FileResult:
    assert _worker_linter is not None
    return _worker_linter.lint_path(target.path, target.display)


def _warm() -> None:
    """Load, before forking, the state every worker would otherwise load for itself.

    Over this many files some profile needs language detection.  Mapping the cached language
    model costs well under a millisecond, but the first run on a machine builds that cache
    from py3langid's compressed model (about a second): done here, it is built once, not by
    every worker at the same time, and the workers inherit the open map.
    """
    from profilelint.text import _identifier

    _identifier()


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def workers_for(files: int, jobs: int) -> int:
    """How many worker processes to use for ``files`` files (0: lint in this process)."""
    useful = min(jobs, files // FILES_PER_WORKER)
    return useful if useful >= 2 else 0


def lint_targets(
    targets: list[Target],
    settings: Settings,
    registry: Registry,
    jobs: int | None,
    progress: Progress | None = None,
) -> list[FileResult]:
    """Lint every target, in parallel when there are enough of them.

    ``progress`` (if any) is told of each finished file; the caller erases it.
    """
    workers = workers_for(len(targets), jobs or default_jobs())
    if workers == 0:
        linter = Linter(settings, registry)
        return [_counted(linter.lint_path(t.path, t.display), progress) for t in targets]
    # Imported only when workers start: a run over a few files never pays for them.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork":
        _warm()
    chunk = max(1, len(targets) // (workers * 4))
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(settings,)
    ) as pool:
        return [_counted(r, progress) for r in pool.map(_lint_one, targets, chunksize=chunk)]


def _counted(result: FileResult, progress: Progress | None) -> FileResult:
    if progress is not None:
        progress.advance()
    return result
