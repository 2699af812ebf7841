"""Fuzz profilelint's loaders: any bytes must give a profile or an INP diagnostic, never a crash.

    python bench/fuzz.py --loader json --minutes 10      # JSON Resume / profilelint JSON
    python bench/fuzz.py --loader page --minutes 10      # saved pages (HTML)
    python bench/fuzz.py --loader export --minutes 10    # LinkedIn export ZIPs
    python bench/fuzz.py --loader pdf --minutes 10       # LinkedIn "Save to PDF"
    python bench/fuzz.py --loader json --engine random   # without atheris

Each input goes through :func:`profilelint.loaders.load_bytes` and the whole engine
(``Linter.lint_bytes``, every check), then through the text and JSON reporters.  A finding is
an exception that escapes, an ``INT001`` diagnostic (a loader or a rule crashed), a text
report that holds a control character, or an input that takes longer than ``--timeout``
seconds.  Each distinct finding (by exception type and innermost profilelint frame) is
printed once and its input saved under ``--out`` (default ``bench/fuzz-findings/``, ignored
by git), so one bug does not stop the run.

Seeds are the project's fixtures and the shared corpus (``../shared/corpus``) of the
loader's file type, plus a few synthetic inputs.  Engines: ``atheris`` (coverage-guided
libFuzzer, used when it is installed; a custom mutator mixes structure-aware JSON edits with
libFuzzer's byte mutations) or ``random`` (structure-aware and byte mutations, seeded, no
coverage).  The run is one process: the machine it was written on is shared.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import json
import random
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
#: File types per loader: the seeds it starts from, and the name the input is linted under.
LOADERS: dict[str, tuple[str, ...]] = {
    "json": (".json",),
    "page": (".html", ".htm", ".xhtml"),
    "export": (".zip",),
    "pdf": (".pdf",),
}
MAX_SEED = 1024 * 1024
_HOSTILE_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    10**30,
    1e308,
    -1e308,
    1.5,
    "",
    " ",
    "\x1b]0;title\x07",
    "\u202eevil",
    "a\nb\r\u2028c",
    "\x00",
    "\ud800",
    "x" * 5000,
    "2019-13-45",
    "1e999",
    "9999-12-31",
    [],
    {},
    [None],
    {"year": 1e300},
    {"": ""},
]


def seeds(loader: str) -> list[bytes]:
    """Fixture and corpus files of the loader's type, and synthetic inputs."""
    suffixes = LOADERS[loader]
    found: list[bytes] = []
    for folder in (ROOT / "fixtures", ROOT / "tests", CORPUS):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                wanted = path.suffix.lower() in suffixes and path.is_file()
                if wanted and path.stat().st_size <= MAX_SEED:
                    found.append(path.read_bytes())
    if loader == "json":
        found += [
            b"{}",
            b"[]",
            b'{"basics": {"name": "A"}}',
            b'{"profilelint_schema": 1, "name": "A", "positions": [{"start": {"year": 2020}}]}',
        ]
    if loader == "page":
        found += [b"<html><body><h1>A</h1><script>x</script></body></html>"]
    if loader == "pdf":
        found += [b"%PDF-1.4\n%%EOF\n"]
    if loader == "export":
        found += [b"PK\x05\x06" + b"\x00" * 18]
        found += [_zip_of(folder) for folder in _export_folders()]
    return found


def _export_folders() -> list[Path]:
    """Unzipped exports (folders of CSV files) in the fixtures and the corpus."""
    folders = {
        p.parent
        for root in (ROOT / "fixtures", CORPUS)
        if root.is_dir()
        for p in root.rglob("*.csv")
    }
    return sorted(folders)


def _zip_of(folder: Path) -> bytes:
    """A folder's CSV files as a ZIP archive, as LinkedIn sends an export."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.glob("*.csv")):
            archive.writestr(path.name, path.read_bytes())
    return buffer.getvalue()


def _mutate_json(value: Any, rng: random.Random) -> Any:
    """``value`` with one node replaced, removed or wrapped at random."""
    if isinstance(value, dict) and value and rng.random() < 0.8:
        key = rng.choice(list(value))
        choice = rng.random()
        if choice < 0.15:
            del value[key]
        elif choice < 0.25:
            value[key + rng.choice(["x", "\n", "\x1b[2J"])] = copy.deepcopy(value[key])
        else:
            value[key] = _mutate_json(value[key], rng)
        return value
    if isinstance(value, list) and value and rng.random() < 0.8:
        index = rng.randrange(len(value))
        if rng.random() < 0.15:
            value.insert(index, copy.deepcopy(value[index]))
        else:
            value[index] = _mutate_json(value[index], rng)
        return value
    choice = rng.random()
    if choice < 0.6:
        return copy.deepcopy(rng.choice(_HOSTILE_VALUES))
    if choice < 0.7:
        return [value]
    if choice < 0.8:
        return {"text": value, "year": rng.choice([1, 0, -5, 10**20, 2020, "2020"])}
    if isinstance(value, str) and value:
        cut = rng.randrange(len(value))
        return (
            value[:cut] + rng.choice(["\x1b", "\n", "\u2029", "%0A::error::", "\x7f"]) + value[cut:]
        )
    return value


def _mutate_bytes(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    """``data`` with a few bytes flipped, inserted, deleted or spliced from another seed."""
    buffer = bytearray(data or b"{")
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        where = rng.randrange(len(buffer) + 1)
        if choice < 0.3 and buffer:
            buffer[min(where, len(buffer) - 1)] = rng.randrange(256)
        elif choice < 0.5:
            buffer[where:where] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif choice < 0.7 and buffer:
            del buffer[where : where + rng.randint(1, 64)]
        elif pool:
            other = rng.choice(pool)
            start = rng.randrange(len(other) + 1)
            buffer[where:where] = other[start : start + rng.randint(1, 256)]
    return bytes(buffer)


def mutate(data: bytes, rng: random.Random, pool: list[bytes], max_size: int) -> bytes:
    """One mutation: structure-aware when ``data`` is JSON, else byte-level."""
    if rng.random() < 0.6:
        try:
            document = json.loads(data)
        except (ValueError, RecursionError):
            document = None
        if document is not None or data.strip() == b"null":
            for _ in range(rng.randint(1, 3)):
                document = _mutate_json(document, rng)
            try:
                text = json.dumps(
                    document, ensure_ascii=rng.random() < 0.3, indent=rng.choice([None, 2])
                )
            except (ValueError, RecursionError):
                return _mutate_bytes(data, rng, pool)[:max_size]
            return text.encode("utf-8", "surrogatepass")[:max_size]
    return _mutate_bytes(data, rng, pool)[:max_size]


class Target:
    """Lints one input and records what went wrong, once per distinct cause."""

    def __init__(self, loader: str, out: Path, timeout: float) -> None:
        from profilelint.engine import Linter
        from profilelint.plugins import load_registry
        from profilelint.reporters import Report, get_reporter
        from profilelint.sanitize import has_control
        from profilelint.testing import make_settings

        registry = load_registry()
        self.registry = registry
        self.linter = Linter(make_settings(registry=registry), registry)
        self.report_class = Report
        self.text = get_reporter("text")
        self.json = get_reporter("json")
        self.has_control = has_control
        self.name = "fuzz" + LOADERS[loader][0]
        self.out = out
        self.timeout = timeout
        self.seen: set[str] = set()
        self.runs = 0
        # Warm up (language models, word lists) so the first input is not timed as slow.
        self.linter.lint_bytes(b'{"basics": {"name": "A", "summary": "I build tools."}}', "w.json")
        #: libFuzzer owns SIGALRM under atheris and reports slow inputs itself.
        self.alarm = True

    def _record(self, data: bytes, signature: str, detail: str) -> None:
        if signature in self.seen:
            return
        self.seen.add(signature)
        self.out.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(data).hexdigest()[:16]
        saved = self.out / f"finding-{digest}{Path(self.name).suffix}"
        saved.write_bytes(data)
        print(f"FINDING {signature}\n  input: {saved}\n  {detail}", flush=True)

    def __call__(self, data: bytes) -> None:
        self.runs += 1
        if self.alarm:
            signal.setitimer(signal.ITIMER_REAL, self.timeout)
        try:
            result = self.linter.lint_bytes(data, self.name)
            report = self.report_class(results=[result], registry=self.registry)
            text = self.text(report)
            json.loads(self.json(report))
        except _Slow:  # a BaseException, so the engine does not contain it
            self._record(data, "slow", f"over {self.timeout} s")
            return
        except Exception as error:
            frames = [
                f for f in traceback.extract_tb(error.__traceback__) if "profilelint" in f.filename
            ]
            where = (
                f"{frames[-1].filename.split('profilelint')[-1]}:{frames[-1].lineno}"
                if frames
                else "?"
            )
            self._record(data, f"{type(error).__name__} at {where}", repr(error)[:300])
            return
        finally:
            if self.alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
        for d in result.diagnostics:
            if d.code == "INT001":
                self._record(data, f"INT001 {d.message[:60]}", d.message)
        lines = [line for line in text.split("\n") if line]
        if any(self.has_control(line) for line in lines):
            self._record(data, "control character in the text report", repr(text[:300]))


class _Slow(BaseException):
    """Raised by the alarm when one input takes too long."""


def _alarm(signum: int, frame: object) -> None:
    raise _Slow


def run_random(target: Target, pool: list[bytes], minutes: float, seed: int, max_size: int) -> None:
    """Mutate seeds at random until the time is up."""
    rng = random.Random(seed)
    deadline = time.monotonic() + minutes * 60
    queue = list(pool) or [b"{}"]
    for data in queue:
        target(data)
    while time.monotonic() < deadline:
        data = rng.choice(queue)
        for _ in range(rng.randint(1, 3)):
            data = mutate(data, rng, pool, max_size)
        target(data)
        if len(queue) < 2000 and rng.random() < 0.05:
            queue.append(data)  # keep some mutants to mutate further


def run_atheris(
    target_factory: Callable[[], Target],
    pool: list[bytes],
    minutes: float,
    seed: int,
    max_size: int,
) -> Target:
    """Coverage-guided fuzzing with atheris (libFuzzer) from a folder of seeds."""
    import atheris

    with atheris.instrument_imports(include=["profilelint"]):
        target = target_factory()
    target.alarm = False
    rng = random.Random(seed)
    target.out.mkdir(parents=True, exist_ok=True)
    seed_dir = Path(tempfile.mkdtemp(prefix="profilelint-fuzz-seeds-"))
    for index, data in enumerate(pool):
        (seed_dir / f"seed-{index}").write_bytes(data[:max_size])

    def custom_mutator(data: bytes, size: int, _seed: int) -> bytes:
        if rng.random() < 0.5:
            return mutate(data, rng, pool, size)
        return atheris.Mutate(data, size)

    args = [
        sys.argv[0],
        f"-max_total_time={int(minutes * 60)}",
        f"-max_len={max_size}",
        f"-seed={seed}",
        f"-timeout={max(1, int(target.timeout))}",
        "-print_final_stats=1",
        f"-artifact_prefix={target.out}/",
        str(seed_dir),
    ]
    atheris.Setup(args, target, custom_mutator=custom_mutator)
    with contextlib.suppress(SystemExit):
        atheris.Fuzz()
    return target


def main(argv: list[str] | None = None) -> int:
    """Parse the options and fuzz until the time is up; exit 1 when something was found."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loader", choices=sorted(LOADERS), default="json")
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--engine", choices=["auto", "atheris", "random"], default="auto")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-size", type=int, default=64 * 1024)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per input")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "fuzz-findings")
    options = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    pool = seeds(options.loader)
    engine = options.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "random"
    print(f"fuzzing {options.loader} with {engine}: {len(pool)} seeds, {options.minutes} min")
    started = time.monotonic()
    factory = lambda: Target(options.loader, options.out, options.timeout)  # noqa: E731
    if engine == "atheris":
        target = run_atheris(factory, pool, options.minutes, options.seed, options.max_size)
    else:
        signal.signal(signal.SIGALRM, _alarm)  # libFuzzer owns SIGALRM under atheris
        target = factory()
        run_random(target, pool, options.minutes, options.seed, options.max_size)
    elapsed = time.monotonic() - started
    print(f"done: {target.runs:,} inputs in {elapsed / 60:.1f} min, {len(target.seen)} finding(s)")
    for signature in sorted(target.seen):
        print(f"  {signature}")
    return 1 if target.seen else 0


if __name__ == "__main__":
    raise SystemExit(main())
