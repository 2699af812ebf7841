"""Output guard for performance work: the report is byte-identical to the committed hashes.

Every fixture, every corpus file and the first of bench/run.py's generated profiles (an unzipped export folder counts as one input, and so
does each file inside it) is linted with ``--today 2026-11-25 --format json``; the SHA-256 of
each file's JSON entry, and of the whole document and the text report, is compared with
``tests/output_hashes.json``.  Only hashes are committed, never the outputs (corpus files
are real people's profiles; their names are hashed too).

After a change that is *meant* to change the output, rewrite the table and review the diff:

    .venv/bin/python tests/test_output_identical.py --update
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from conftest import CORPUS, FIXTURES, TODAY, corpus_dir  # noqa: E402

TABLE = REPO / "tests" / "output_hashes.json"
#: How many of bench/run.py's generated profiles the guard lints.
GENERATED = 300


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _inputs(root: Path) -> list[str]:
    """Every file under ``root`` and every export folder, as paths relative to the repository."""
    from profilelint.loaders.export import is_export_folder

    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        here = Path(folder)
        if here != root and is_export_folder(here):
            found.append(here)
        found.extend(here / name for name in sorted(files))
    return [os.path.relpath(path, REPO) for path in sorted(found)]


def _lint(inputs: list[str], output: str, cwd: Path = REPO) -> str:
    env = {**os.environ, "PROFILELINT_CACHE_DIR": ""}
    for key in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS", "CI"):
        env.pop(key, None)
    done = subprocess.run(
        [sys.executable, "-m", "profilelint", "--today", TODAY, "--format", output,
         "--color", "never", "--jobs", "1", "--", *inputs],
        capture_output=True, cwd=cwd, env=env, timeout=600,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr.decode("utf-8", "replace")
    return done.stdout.decode("utf-8", "surrogateescape")


def hashes(group: str, root: Path, cwd: Path = REPO) -> dict[str, str]:
    """The hash of each input's JSON entry, of the whole JSON document and of the text report."""
    inputs = [os.path.relpath(REPO / path, cwd) for path in _inputs(root)]
    document = _lint(inputs, "json", cwd)
    table = {f"{group}: whole json": _digest(document)}
    table[f"{group}: whole text"] = _digest(_lint(inputs, "text", cwd))
    for entry in json.loads(document)["files"]:
        text = json.dumps(entry, indent=2, ensure_ascii=False)
        table[_key(group, entry["path"])] = _digest(text)
    return table


def _key(group: str, path: str) -> str:
    """A corpus file is named by its folder and a hash of its name (names can be people's)."""
    if group != "corpus":
        return path
    relative = Path(os.path.relpath(REPO / path, CORPUS))
    return f"{relative.parts[0]}/{_digest(relative.as_posix())[:16]}"


def _committed(group: str) -> dict[str, str]:
    table: dict[str, dict[str, str]] = json.loads(TABLE.read_text(encoding="utf-8"))
    return table[group]


def _generated(folder: Path) -> Path:
    """The benchmark's first GENERATED profiles (seeded: the same files on every machine)."""
    sys.path.insert(0, str(REPO / "bench"))
    from run import write_inputs

    write_inputs(folder, GENERATED)
    shutil.rmtree(folder / "yaml")
    return folder / "json"


def _compare(group: str, root: Path, cwd: Path = REPO) -> None:
    expected = _committed(group)
    actual = hashes(group, root, cwd)
    assert sorted(actual) == sorted(expected), "inputs changed: rerun with --update"
    changed = sorted(key for key in expected if actual[key] != expected[key])
    assert changed == [], f"output changed for {changed}"


def test_fixtures_output_identical() -> None:
    """Every fixture's report is the committed one."""
    _compare("fixtures", FIXTURES)


def test_corpus_output_identical() -> None:
    """Every corpus file's report is the committed one."""
    _compare("corpus", corpus_dir())


def test_generated_output_identical(tmp_path: Path) -> None:
    """bench/run.py's generated profiles (the throughput inputs) report as committed."""
    _compare("generated", _generated(tmp_path), tmp_path)


def main(argv: list[str]) -> int:
    """``--update``: rewrite the hash table from the current output."""
    if argv != ["--update"]:
        print(__doc__)
        return 2
    if not CORPUS.is_dir():
        print(f"{CORPUS} is needed to write the table", file=sys.stderr)
        return 2
    table = {"fixtures": hashes("fixtures", FIXTURES), "corpus": hashes("corpus", CORPUS)}
    with tempfile.TemporaryDirectory() as tmp:
        table["generated"] = hashes("generated", _generated(Path(tmp)), Path(tmp))
    TABLE.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {TABLE} ({sum(map(len, table.values()))} hashes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def test_diagnostic_json_spells_every_field() -> None:
    """Diagnostic.to_json is written out by hand (speed): it names every field but the quote."""
    import dataclasses

    from profilelint.diagnostic import Diagnostic, Location

    diagnostic = Diagnostic(
        "TXT001", "placeholder-text", "error", "m", "h", "p.json", "m.csv", "summary", 3, 4,
        (Location("headline", 1, 2),), "q", ("a", "b"),
    )  # fmt: skip
    data = diagnostic.to_json()
    names = [f.name for f in dataclasses.fields(Diagnostic) if f.name != "quote"]
    assert list(data) == names
    assert data["related"] == [dataclasses.asdict(r) for r in diagnostic.related]
    assert data["items"] == ["a", "b"] and data["column"] == 4
