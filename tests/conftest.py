"""Shared helpers for the core tests: paths, the shared corpus, and running the command line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
CORPUS = REPO.parent / "shared" / "corpus"
TODAY = "2026-11-25"
SKIP_MESSAGE = (
    "../shared/corpus not found: the shared test corpus is only in the development checkout"
)


@dataclass(frozen=True)
class CliResult:
    """What one run of the command line produced."""

    code: int
    out: str
    err: str


def corpus_dir() -> Path:
    """The shared corpus folder, or skip (fail with PROFILELINT_REQUIRE_CORPUS=1) without it."""
    if CORPUS.is_dir():
        return CORPUS
    if os.environ.get("PROFILELINT_REQUIRE_CORPUS") == "1":
        pytest.fail(f"{CORPUS} not found and PROFILELINT_REQUIRE_CORPUS=1 is set")
    pytest.skip(SKIP_MESSAGE)


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared test corpus (``../shared/corpus``)."""
    return corpus_dir()


def corpus_files(folder: str, pattern: str = "*.json") -> list[Path]:
    """Corpus files for parametrisation (empty when the corpus is absent: the test then skips)."""
    return sorted((CORPUS / folder).glob(pattern)) if CORPUS.is_dir() else []


RunCli = Callable[..., CliResult]


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> RunCli:
    """Run ``profilelint.cli.main`` in this process; returns exit code, stdout and stderr."""
    from profilelint.cli import main

    def run(
        args: Sequence[str | Path],
        stdin: bytes | str | None = None,
        cwd: Path | None = None,
        env: Mapping[str, str | None] | None = None,
    ) -> CliResult:
        capsys.readouterr()
        with monkeypatch.context() as patch:
            if cwd is not None:
                patch.chdir(cwd)
            for key, value in (env or {}).items():
                if value is None:
                    patch.delenv(key, raising=False)
                else:
                    patch.setenv(key, value)
            if stdin is not None:
                data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
                patch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
            code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_subprocess(
    args: Sequence[str | Path],
    *,
    stdin: bytes | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> CliResult:
    """Run ``python -m profilelint`` in a child process (true end to end)."""
    full_env = {**os.environ, **(env or {})}
    for key in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS"):
        if env is None or key not in env:
            full_env.pop(key, None)
    done = subprocess.run(
        [sys.executable, "-m", "profilelint", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=full_env,
        timeout=120,
    )
    return CliResult(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No colour or CI variables from the caller's environment leak into a test."""
    for key in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS"):
        monkeypatch.delenv(key, raising=False)
    yield
