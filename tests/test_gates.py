"""--fail-on, --min-score and --exit-zero decide the exit code the same way in every format,
and --jobs uses worker processes only when there are enough files to pay for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from profilelint.cli import main
from profilelint.reporters import FORMATS
from profilelint.runner import FILES_PER_WORKER, workers_for

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MIXED = str(FIXTURES / "mixed.json")  # warnings and infos, no error; score 40-59
STRONG = str(FIXTURES / "strong.json")  # infos at most; score 90+

GATES = [
    ([MIXED], 1),
    (["--fail-on", "error", MIXED], 0),
    (["--fail-on", "info", STRONG], 0),
    (["--fail-on", "error", "--min-score", "60", MIXED], 1),
    (["--fail-on", "error", "--min-score", "40", MIXED], 0),
    (["--min-score", "95", STRONG], 0),
    (["--exit-zero", MIXED], 0),
    (["--exit-zero", MIXED, str(FIXTURES / "missing.json")], 1),
]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize(("args", "expected"), GATES)
def test_gates_are_the_same_in_every_format(
    fmt: str, args: list[str], expected: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--today", "2026-11-25", "--format", fmt, *args])
    capsys.readouterr()
    assert code == expected


@pytest.mark.parametrize(
    ("files", "jobs", "workers"),
    [
        (1, 8, 0),
        (FILES_PER_WORKER, 2, 0),
        (2 * FILES_PER_WORKER, 2, 2),
        (1000, 2, 2),
        (1000, 1, 0),
        (5 * FILES_PER_WORKER, 8, 5),
    ],
)
def test_workers_only_when_they_pay(files: int, jobs: int, workers: int) -> None:
    assert workers_for(files, jobs) == workers
