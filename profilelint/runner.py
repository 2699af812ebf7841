"""Linting many files: in this process, or with worker processes when that pays.

With ``--jobs N`` this process is one of the N: it starts N - 1 workers and lints files
itself whenever every worker is busy, so a run on two cores holds two processes, not three.
Workers start by forking this process (where the platform allows) once it has linted the
first file, so the check modules are imported and their patterns compiled once.  Files go out
in chunks of at most :data:`MAX_CHUNK`, smaller towards the end so that no process waits long
for another, and results come back in the order of the targets, so ``--jobs`` never changes
the output and memory stays flat.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from profilelint.config import Settings
from profilelint.diagnostic import FileResult
from profilelint.discovery import Target
from profilelint.engine import Linter
from profilelint.plugins import Registry, load_registry
from profilelint.progress import Progress

#: Below this many files per worker, starting workers costs more than it saves.
FILES_PER_WORKER = 16
#: At most this many files travel to a worker (and their results back) at once.
MAX_CHUNK = 64
#: This process lints at most this many files (per worker) ahead of the next result due from
#: a worker; their results wait in memory until then.
AHEAD_FILES = 4 * MAX_CHUNK

_worker_linter: Linter | None = None


def _start_worker(settings: Settings) -> None:
    global _worker_linter
    _worker_linter = Linter(settings, load_registry())


def _lint_chunk(targets: list[Target]) -> list[FileResult]:
    assert _worker_linter is not None
    return [_worker_linter.lint_path(t.path, t.display) for t in targets]


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
    """How many processes lint ``files`` files, this one included (0: this one alone)."""
    useful = min(jobs, files // FILES_PER_WORKER)
    return useful if useful >= 2 else 0


def split_in_chunks(targets: list[Target], workers: int) -> list[list[Target]]:
    """``targets`` in order, cut into chunks that shrink towards the end (guided scheduling).

    Each chunk is an eighth of what is left per process, at most :data:`MAX_CHUNK`: early
    chunks are large (few round trips), the last ones a file or two.  When this process has
    nothing left to take it waits for the chunks the workers hold; were those 64 files each,
    the wait would be up to a third of a second (2 chunks) with one core idle.
    """
    chunks: list[list[Target]] = []
    start = 0
    while start < len(targets):
        left = len(targets) - start
        size = max(1, min(MAX_CHUNK, left // (workers * 8)))
        chunks.append(targets[start : start + size])
        start += size
    return chunks


def lint_targets(
    targets: list[Target],
    settings: Settings,
    registry: Registry,
    jobs: int | None,
    progress: Progress | None = None,
) -> list[FileResult]:
    """Every target's result, in the order of ``targets`` (see :func:`iter_lint_targets`)."""
    return list(iter_lint_targets(targets, settings, registry, jobs, progress))


def iter_lint_targets(
    targets: list[Target],
    settings: Settings,
    registry: Registry,
    jobs: int | None,
    progress: Progress | None = None,
) -> Iterator[FileResult]:
    """Lint every target, in parallel when there are enough of them.

    Results come in the order of ``targets``, each as soon as it and those before it are
    done, so a report can be written while later files are still being linted.
    ``progress`` (if any) is told of each finished file; the caller erases it.
    """
    workers = workers_for(len(targets), jobs or default_jobs())
    linter = Linter(settings, registry)
    if workers == 0:
        for target in targets:
            yield _counted(linter.lint_path(target.path, target.display), progress)
        return
    # Imported only when workers start: a run over a few files never pays for them.
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork":
        _warm()
        # A process's first lint compiles patterns and fills caches (about 90 ms, thirty
        # files' worth): done here before forking, every worker inherits them.
        first, *targets = targets
        yield _counted(linter.lint_path(first.path, first.display), progress)
    chunks = split_in_chunks(targets, workers)
    helpers = workers - 1
    sent: dict[int, Future[list[FileResult]]] = {}
    done_here: dict[int, list[FileResult]] = {}
    mine: set[int] = set()  # the chunks this process linted
    ahead = 0  # files this process has linted ahead of the output
    taken = 0  # chunks handed out so far, to a worker or to this process
    with ProcessPoolExecutor(
        max_workers=helpers, mp_context=context, initializer=_start_worker, initargs=(settings,)
    ) as pool:
        for index in range(len(chunks)):
            while index not in done_here:
                # Keep every worker busy with one chunk and one more queued.
                while taken < len(chunks) and len(sent) < 2 * helpers:
                    sent[taken] = pool.submit(_lint_chunk, chunks[taken])
                    taken += 1
                ready = index in sent and sent[index].done()
                if ready or taken == len(chunks) or ahead >= AHEAD_FILES * helpers:
                    # The next chunk in order is a worker's: wait for it (this process has
                    # nothing left to take, or has run far enough ahead).
                    if index in sent:
                        done_here[index] = sent.pop(index).result()
                    continue
                # Every worker is busy: lint the next chunk here.
                done_here[taken] = [linter.lint_path(t.path, t.display) for t in chunks[taken]]
                ahead += len(chunks[taken])
                mine.add(taken)
                taken += 1
            results = done_here.pop(index)
            if index in mine:
                ahead -= len(results)
            for result in results:
                yield _counted(result, progress)


def _counted(result: FileResult, progress: Progress | None) -> FileResult:
    if progress is not None:
        progress.advance()
    return result
