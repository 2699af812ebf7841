"""Benchmark: lint many profiles, serially and in parallel, and report time and memory.

    python bench/bench_lint.py            # 1,000 profiles
    python bench/bench_lint.py --files 200

Targets (checked by a person reading the figures, not by a timed test):
- 1,000 profiles lint in under 60 s with --jobs 1 on a 2-core machine;
- the default --jobs is not slower than --jobs 1;
- peak memory of one linting process stays under 300 MB.
The profiles are the bundled fixtures, copied with varied names, so that caches do not help.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "fixtures").glob("*.json")) + sorted(
    (ROOT / "fixtures/team").glob("*.json")
)


def make_corpus(folder: Path, count: int) -> None:
    """Write ``count`` profiles derived from the fixtures into ``folder``."""
    profiles = [
        json.loads(p.read_text(encoding="utf-8")) for p in SOURCES if p.name != "package.json"
    ]
    shutil.copy(ROOT / "fixtures/strong-photo.jpg", folder / "strong-photo.jpg")
    for index in range(count):
        document = json.loads(json.dumps(profiles[index % len(profiles)]))
        basics = document.setdefault("basics", {})
        basics["name"] = f"{basics.get('name', 'Person')} {index}"
        (folder / f"profile-{index:05d}.json").write_text(
            json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8"
        )


def timed(args: list[str]) -> tuple[float, int, str]:
    """Wall time, exit code and stdout of one profilelint run."""
    start = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "profilelint", *args], capture_output=True, text=True
    )
    return time.perf_counter() - start, run.returncode, run.stdout


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_corpus(folder, options.files)
        args = ["--format", "json", "--today", "2026-11-25", "--exit-zero", str(folder)]
        serial_time, serial_code, serial_out = timed(["--jobs", "1", *args])
        parallel_time, parallel_code, parallel_out = timed(args)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        one_time, _, _ = timed([*args[:-1], str(folder / "profile-00000.json")])
    print(f"profiles:                 {options.files}")
    print(f"--jobs 1:                 {serial_time:.2f} s (exit {serial_code})")
    print(f"--jobs default:           {parallel_time:.2f} s (exit {parallel_code})")
    print(f"one profile (start-up):   {one_time:.2f} s")
    print(f"per profile, --jobs 1:    {1000 * serial_time / options.files:.1f} ms")
    print(f"peak RSS of a run:        {peak_mb:.0f} MB")
    print(f"identical JSON output:    {serial_out == parallel_out}")


if __name__ == "__main__":
    main()
