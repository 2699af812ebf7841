"""Benchmark: lint a LinkedIn PDF end to end (a fresh ``profilelint`` process) and report times.

    python bench/bench_pdf.py                 # the 10-page corpus PDF, else the 10-page fixture
    python bench/bench_pdf.py --runs 9 FILE.pdf

Target (checked by a person reading the figures, not by a timed test): a 10-page PDF lints in
under 1 s end to end.  Each figure is the median of the runs: wall time, and the CPU time of
the child process (steadier than wall time on a shared machine).  For comparison the same is
measured for a JSON profile (the cost of starting Python and the rules) and, in process, for
importing pdfminer.six and for loading the PDF alone.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_PDF = ROOT.parent / "shared/corpus/linkedin-pdf/kets_fr-ui-2026_10-pages.pdf"
FIXTURE_PDF = ROOT / "fixtures/pdf/linkedin-10-pages.pdf"


def run(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def median(args: list[str], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds over ``runs`` runs."""
    figures = [run(args) for _ in range(runs)]
    return statistics.median(f[0] for f in figures), statistics.median(f[1] for f in figures)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    pdf = options.pdf or (CORPUS_PDF if CORPUS_PDF.is_file() else FIXTURE_PDF)
    rows = [
        ("python -c pass", ["-c", "pass"]),
        ("import pdfminer (layout, pages)", ["-c", _IMPORTS]),
        ("load the PDF in process", ["-c", _LOAD.format(path=str(pdf))]),
        ("load py3langid's model (the engine, for any text)", ["-c", _LANGID]),
        ("profilelint strong.json", ["-m", "profilelint", str(ROOT / "fixtures/strong.json")]),
        (f"profilelint {pdf.name}", ["-m", "profilelint", str(pdf)]),
        (
            f"profilelint --format json {pdf.name}",
            ["-m", "profilelint", "--format", "json", str(pdf)],
        ),
    ]
    print(f"{options.runs} runs each, median; the machine may be shared (see CPU s)")
    print(f"{'command':<52} {'wall s':>7} {'CPU s':>7}")
    for label, args in rows:
        wall, cpu = median(args, options.runs)
        print(f"{label:<52} {wall:7.3f} {cpu:7.3f}")


_IMPORTS = (
    "import pdfminer.converter, pdfminer.layout, pdfminer.pdfinterp, pdfminer.pdfpage, "
    "pdfminer.pdfdocument"
)
_LANGID = "from profilelint.text import _identifier; _identifier()"
_LOAD = (
    "from pathlib import Path; from profilelint.loaders import load_path; load_path(Path({path!r}))"
)


if __name__ == "__main__":
    main()
