"""The hostile-input suite (issue 11): what a contributor could send in a pull request.

Each case lints a hostile input beside a good profile and checks three things: the hostile
input gets its specific INP diagnostic (or loads as the profile it is), no traceback or
internal error appears, and the good profile is still reported.  Nothing may hang: every test
runs under a deadline of its own (``deadline``), not a timing assertion.  Limits are lowered
through configuration instead of writing gigabytes.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import FIXTURES, TODAY, RunCli

from profilelint.reporters import FORMATS
from profilelint.sanitize import has_control

GOOD = FIXTURES / "name-and-employer.json"
SECONDS = 20
MACHINE = ("json", "json-lines", "sarif", "gitlab")


class Overdue(BaseException):
    """Raised in a test that ran past its deadline (BaseException: nothing may contain it)."""


@pytest.fixture(autouse=True)
def deadline() -> Iterator[None]:
    """Fail any test of this module that takes more than SECONDS (a hang is a failure)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def overdue(signum: int, frame: object) -> None:
        raise Overdue(f"over {SECONDS} s: something hangs")

    previous = signal.signal(signal.SIGALRM, overdue)
    signal.setitimer(signal.ITIMER_REAL, SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def by_name(out: str) -> dict[str, list[tuple[str, str]]]:
    """``--format json`` output as file name → [(code, message)]."""
    return {
        Path(f["path"]).name: [(d["code"], d["message"]) for d in f["diagnostics"]]
        for f in json.loads(out)["files"]
    }


def lint(run_cli: RunCli, *args: str | Path) -> dict[str, list[tuple[str, str]]]:
    """Lint with the good profile alongside; returns the diagnostics per file name."""
    result = run_cli(["--today", TODAY, "--format", "json", *args, GOOD])
    assert "internal error" not in result.err and "Traceback" not in result.err, result.err
    files = by_name(result.out)
    assert "HDL002" in [c for c, _ in files[GOOD.name]], "the good profile was not reported"
    assert not [c for f in files.values() for c, _ in f if c.startswith("INT")], files
    return files


def _random_bytes(size: int) -> bytes:
    return random.Random(11).randbytes(size)


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02" + bytes(64)
DEEP = "[" * 100_000 + "]" * 100_000

# (case, file content, expected code of the bad file, words its message holds)
CONTENT_CASES: list[tuple[str, bytes, str, str]] = [
    ("empty", b"", "INP001", "empty"),
    ("white space", b" \n\t\r\n ", "INP001", "empty"),
    ("top-level array", b"[1, 2]", "INP002", "a JSON list"),
    ("top-level string", b'"Ana"', "INP002", "not a JSON document"),
    ("top-level number", b"42", "INP002", "not a JSON document"),
    ("top-level null", b"null", "INP002", "not a JSON document"),
    ("truncated", b'{"basics": {"name": "Ana", "label": "Dev', "INP001", "not well-formed"),
    ("100,000-deep nesting", DEEP.encode(), "INP003", "nesting depth 100000"),
    ("invalid UTF-8", b'{"basics": {"name": "\xff\xfe\xfa"}}', "INP001", "not UTF-8"),
    ("NUL bytes", b'{"basics":\x00 {"name": "A"}}', "INP001", "a NUL character"),
    ("raw NUL in a string", b'{"basics": {"name": "A\x00B"}}', "INP001", "a NUL character"),
    ("a PNG named .json", PNG, "INP001", "not UTF-8"),
    ("random bytes named .json", _random_bytes(4096), "INP001", "not UTF-8"),
    ("UTF-16 without a BOM", '{"basics": {}}'.encode("utf-16-le"), "INP001", "byte-order mark"),
    ("a lone surrogate escape", b'{"basics": {"name": "\\udc00"}}', "INP001", "half of a"),
    ("NaN", b'{"basics": {"name": NaN}}', "INP001", "NaN is not a JSON value"),
    ("a 5,000-digit number", b'{"basics": {"name": 1' + b"0" * 5000 + b"}}", "INP003", "too long"),
    ("a FRESH resume", b'{"meta": {"format": "FRESH@1.0"}, "info": {}}', "INP002", "FRESH"),
    ("a package.json", b'{"name": "x", "version": "1.0.0"}', "INP002", "no 'basics', 'work'"),
    (
        "huge year in profilelint JSON (1e999)",
        b'{"profilelint_schema": 1, "name": "A", "positions": [{"start": {"year": 1e999}}]}',
        "INP004",
        "far out of range",
    ),
    (
        "huge year in profilelint JSON (10**30)",
        b'{"profilelint_schema": 1, "name": "A", "positions": [{"start": {"year": 1'
        + b"0" * 30
        + b"}}]}",
        "INP004",
        "far out of range",
    ),
    (
        "a million small values (2 MB)",
        b'{"basics": {"name": "A"}, "x": [' + b",".join([b"0"] * 1_000_000) + b"]}",
        "INP003",
        "values, over the limit of 10,000",
    ),
]


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [case[1:] for case in CONTENT_CASES],
    ids=[case[0] for case in CONTENT_CASES],
)
def test_bad_content_is_its_files_diagnostic_only(
    run_cli: RunCli, tmp_path: Path, content: bytes, code: str, words: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    files = lint(run_cli, bad)
    assert [m for c, m in files["bad.json"] if c == code and words in m], files["bad.json"]
    assert {c for c, _ in files["bad.json"] if c.startswith("INP")} == {code}


WRONG_TYPES: list[tuple[str, object]] = [
    (
        "jsonresume",
        {
            "basics": {"name": ["A"], "label": 3, "location": "x", "profiles": {"a": 1}},
            "work": [1, "x", None, {"name": 5, "startDate": [], "highlights": "x"}],
            "education": {"a": 1},
            "skills": [{"name": {}, "keywords": [None]}],
            "languages": 7,
            "references": [[]],
        },
    ),
    (
        "profilelint",
        {
            "profilelint_schema": 1,
            "name": 5,
            "headline": [],
            "positions": [3, {"title": {}, "start": {"year": "x"}, "end": 1e308}],
            "skills": "x",
            "education": [{"school": None, "start": {"year": 10**19}}],
            "ignore": [1],
        },
    ),
]


@pytest.mark.parametrize(("kind", "document"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
def test_wrong_types_everywhere_load_with_inp004(
    run_cli: RunCli, tmp_path: Path, kind: str, document: object
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = run_cli(["--today", TODAY, "--format", "json", bad, GOOD])
    files = {Path(f["path"]).name: f for f in json.loads(result.out)["files"]}
    assert files["bad.json"]["format"] == kind
    codes = {d["code"] for d in files["bad.json"]["diagnostics"]}
    assert "INP004" in codes and not {c for c in codes if c.startswith("INT")}, codes
    assert files[GOOD.name]["score"] is not None


def test_utf16_with_a_bom_is_a_profile(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "utf16.json"
    bad.write_bytes(GOOD.read_text(encoding="utf-8").encode("utf-16"))
    files = lint(run_cli, bad)
    assert [c for c, _ in files["utf16.json"]] == [c for c, _ in files[GOOD.name]]


def _config(tmp_path: Path, text: str) -> Path:
    config = tmp_path / "profilelint.toml"
    config.write_text(text, encoding="utf-8")
    return config


def test_over_the_size_limit_is_inp003(run_cli: RunCli, tmp_path: Path) -> None:
    config = _config(tmp_path, "[limits]\nmax-file-size = 1000\n")
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"basics": {"name": "A", "summary": "x" * 2000}}), "utf-8")
    result = run_cli(["--config", config, "--format", "json", big])
    (diagnostic,) = json.loads(result.out)["files"][0]["diagnostics"]
    assert diagnostic["code"] == "INP003" and "over the limit of 1,000" in diagnostic["message"]


@pytest.mark.parametrize("depth", [500, 900])
@pytest.mark.parametrize("native", [False, True], ids=["jsonresume", "profilelint"])
def test_a_raised_max_depth_never_crashes_the_position_map(
    run_cli: RunCli, tmp_path: Path, depth: int, native: bool
) -> None:
    config = _config(tmp_path, "[limits]\nmax-depth = 100000\n")
    nested = "[" * depth + "]" * depth
    head = '"profilelint_schema": 1, "name": "A"' if native else '"basics": {"name": "A"}'
    deep = tmp_path / "deep.json"
    deep.write_text(f'{{{head}, "extra": {nested}}}', encoding="utf-8")
    result = run_cli(["--config", config, "--today", TODAY, "--format", "json", deep, GOOD])
    assert result.code == 1 and "internal error" not in result.err
    files = {Path(f["path"]).name: f for f in json.loads(result.out)["files"]}
    codes = [d["code"] for d in files["deep.json"]["diagnostics"]]
    # It loads (the extra key is positioned), or it is too deep for Python's recursion: INP003.
    assert files["deep.json"]["format"] is not None or codes == ["INP003"], codes
    assert not [c for c in codes if c.startswith("INT")]
    if native and files["deep.json"]["format"]:
        assert "INP006" in codes


def _zip(members: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# Other formats: each hostile case gives its loader's specific diagnostic (the loaders' own
# hostile suites, tests/test_hostile_{page,export,pdf}.py, go further).
OTHER_FORMATS: list[tuple[str, str, bytes, str, str]] = [
    (
        "HTML with scripts and a megabyte attribute",
        "page.html",
        b"<!DOCTYPE html><html><head><script>alert(1)</script></head><body>"
        + b'<h1 title="'
        + b"x" * 1_048_576
        + b'">Ana</h1><img src="http://x" onerror="y">'
        + b"<script>document.write('<h1>')</script></body></html>",
        "INP002",
        "no person on it",
    ),
    (
        "a ZIP bomb (ratio)",
        "bomb.zip",
        _zip({"Profile.csv": b"0" * 8_000_000}),
        "INP003",
        "max-ratio",
    ),
    (
        "a ZIP of many members",
        "many.zip",
        _zip({f"m{i}.csv": b"a" for i in range(2_000)}),
        "INP003",
        "2,000 members",
    ),
    (
        "random bytes named .zip",
        "random.zip",
        b"PK\x03\x04" + _random_bytes(2048),
        "INP001",
        "not a readable ZIP",
    ),
    (
        "random bytes named .pdf",
        "random.pdf",
        b"%PDF-1.7\n" + _random_bytes(2048),
        "INP001",
        "damaged PDF",
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "code", "words"),
    [case[1:] for case in OTHER_FORMATS],
    ids=[case[0] for case in OTHER_FORMATS],
)
def test_other_formats_give_their_specific_diagnostic(
    run_cli: RunCli, tmp_path: Path, name: str, content: bytes, code: str, words: str
) -> None:
    config = _config(tmp_path, "[limits]\nmax-members = 100\nmax-unpacked-size = 1000000\n")
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run_cli(["--config", config, "--today", TODAY, "--format", "json", bad, GOOD])
    assert "internal error" not in result.err, result.err
    files = {Path(f["path"]).name: f for f in json.loads(result.out)["files"]}
    found = [(d["code"], d["message"]) for d in files[name]["diagnostics"]]
    assert [c for c, _ in found] == [code] and words in found[0][1], found
    assert files[name]["format"] is None
    assert files[GOOD.name]["score"] is not None


# --- the file system ---------------------------------------------------------------------


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "profiles"
    folder.mkdir()
    shutil.copy(GOOD, folder / "good.json")
    return folder


def _walk(run_cli: RunCli, folder: Path) -> dict[str, list[tuple[str, str]]]:
    result = run_cli(["--today", TODAY, "--format", "json", folder])
    assert "internal error" not in result.err and "Traceback" not in result.err, result.err
    files = by_name(result.out)
    assert "HDL002" in [c for c, _ in files["good.json"]], "the good profile was not reported"
    return files


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_in_a_walk_is_never_opened(run_cli: RunCli, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    os.mkfifo(folder / "pipe.json")
    os.mkfifo(folder / "pipe.html")
    files = _walk(run_cli, folder)
    assert files["pipe.json"] == [("INP001", "not a regular file (a device, pipe or socket)")]
    assert "pipe.html" not in files  # a walk reports only what looks like a profile


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_named_on_the_command_line_is_never_opened(run_cli: RunCli, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.json")
    files = lint(run_cli, tmp_path / "pipe.json")
    assert [c for c, _ in files["pipe.json"]] == ["INP001"]


@pytest.mark.skipif(not Path("/dev/stdin").exists(), reason="no /dev/stdin here")
def test_a_symlink_to_standard_input_in_a_walk_is_never_read(
    run_cli: RunCli, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    (folder / "stdin.json").symlink_to("/dev/stdin")
    (folder / "zero.json").symlink_to("/dev/zero")
    files = _walk(run_cli, folder)
    assert files["zero.json"] == [("INP001", "not a regular file (a device, pipe or socket)")]
    if not stat.S_ISREG(os.stat("/dev/stdin").st_mode):
        assert [c for c, _ in files["stdin.json"]] == ["INP001"]


@pytest.mark.parametrize("named", [False, True], ids=["in a walk", "named"])
def test_a_symlink_loop_is_that_files_diagnostic(
    run_cli: RunCli, tmp_path: Path, named: bool
) -> None:
    folder = _folder(tmp_path)
    (folder / "self.json").symlink_to("self.json")
    (folder / "a.json").symlink_to("b.json")
    (folder / "b.json").symlink_to("a.json")
    args = [folder / "self.json", folder / "a.json", folder] if named else [folder]
    result = run_cli(["--today", TODAY, "--format", "json", *args])
    assert "internal error" not in result.err, result.err
    files = by_name(result.out)
    for name in ("self.json", "a.json", "b.json"):
        assert [c for c, _ in files[name]] == ["INP001"], files[name]
        assert "symbolic links" in files[name][0][1]
    assert "HDL002" in [c for c, _ in files["good.json"]]


def test_a_dangling_symlink_is_that_files_diagnostic(run_cli: RunCli, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "gone.json").symlink_to("nowhere.json")
    assert _walk(run_cli, folder)["gone.json"] == [("INP001", "no such file")]


@pytest.mark.parametrize(
    "order",
    [("link", "real"), ("real", "link"), ("folder",)],
    ids=["link first", "real first", "walk"],
)
def test_one_file_under_two_names_is_reported_once_under_its_real_name(
    run_cli: RunCli, tmp_path: Path, order: tuple[str, ...]
) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    shutil.copy(GOOD, folder / "mateus.json")
    (folder / "0-alias.json").symlink_to("mateus.json")  # sorts first in a walk
    names = {"link": folder / "0-alias.json", "real": folder / "mateus.json", "folder": folder}
    result = run_cli(["--today", TODAY, "--format", "json", *(names[o] for o in order)])
    paths = [f["path"] for f in json.loads(result.out)["files"]]
    assert [Path(p).name for p in paths] == ["mateus.json"]


def test_a_hard_link_is_one_file_too(run_cli: RunCli, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    os.link(folder / "good.json", folder / "another-name.json")
    files = _walk(run_cli, folder)
    assert sorted(files) == ["another-name.json"] or sorted(files) == ["good.json"]


HOSTILE_TEXT = (
    "Ana\x1b]0;pwned\x07 \x1b]52;c;ZXZpbA==\x07 \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\"
    " \x1b[2J\x1b[31m red\x00nul\x7fdel\x9bc1 \u202eevil\u202c \u2066iso\u2069 a\nb\rc\vd\fe"
    "\u2028f\u2029g\x85h"
)
EVIL_NAME = "evil\x1b[2J\n::error file=x.json::injected\u202e.json"


def _hostile_folder(tmp_path: Path) -> Path:
    folder = _folder(tmp_path)
    document = {
        "basics": {
            "name": HOSTILE_TEXT,
            "label": f"Engineer {HOSTILE_TEXT}",
            "summary": f"I build tools. {HOSTILE_TEXT}",
            f"key {HOSTILE_TEXT}": 1,
        },
        "work": [{"name": HOSTILE_TEXT, "position": "Guru\n::error::x", "startDate": "2019\n"}],
    }
    (folder / EVIL_NAME).write_text(json.dumps(document), encoding="utf-8")
    return folder


@pytest.mark.parametrize("color", ["never", "always"])
def test_the_text_report_carries_no_escape_and_one_line_per_diagnostic(
    run_cli: RunCli, tmp_path: Path, color: str
) -> None:
    folder = _hostile_folder(tmp_path)
    machine = run_cli(["--today", TODAY, "--format", "json", folder])
    count = sum(len(f["diagnostics"]) for f in json.loads(machine.out)["files"])
    text = run_cli(["--today", TODAY, "--color", color, "--quiet", folder]).out
    if color == "always":  # only colour and bold (SGR) sequences: ESC [ digits ; m
        assert re.sub(r"\x1b\[[0-9;]*m", "", text) != text
        text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    lines = text.split("\n")
    assert lines.pop() == ""
    assert len(lines) == count
    assert not [line for line in lines if has_control(line)]
    assert not [line for line in lines if line.startswith("::")]
    assert all(re.match(r"^\S.*: [A-Z]{3}\d{3} ", line) for line in lines), lines


def test_github_annotations_carry_no_escape(run_cli: RunCli, tmp_path: Path) -> None:
    out = run_cli(["--today", TODAY, "--format", "github", _hostile_folder(tmp_path)]).out
    lines = out.split("\n")
    assert lines.pop() == ""
    commands = [line for line in lines if line.startswith("::")]
    assert commands and all(re.match(r"^::(error|warning|notice) file=", c) for c in commands)
    assert not [line for line in lines if has_control(line)]
    assert not [line for line in lines if line.startswith("::error file=x.json")]


@pytest.mark.parametrize("fmt", ["markdown", "html", "junit"])
def test_team_reports_carry_no_terminal_escape(run_cli: RunCli, tmp_path: Path, fmt: str) -> None:
    out = run_cli(["--today", TODAY, "--format", fmt, _hostile_folder(tmp_path)]).out
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", out)
    if fmt == "junit":
        ET.fromstring(out.encode("utf-8"))


def test_machine_formats_keep_the_text_exact(run_cli: RunCli, tmp_path: Path) -> None:
    out = run_cli(["--today", TODAY, "--format", "json", _hostile_folder(tmp_path)]).out
    paths = [f["path"] for f in json.loads(out)["files"]]
    assert any(p.endswith(EVIL_NAME) for p in paths)
    people = [f["person"] for f in json.loads(out)["files"]]
    assert " ".join(HOSTILE_TEXT.split()) in people or HOSTILE_TEXT in people


def _non_utf8_folder(tmp_path: Path) -> Path:
    folder = _folder(tmp_path)
    shutil.copy(GOOD, os.fsencode(folder) + b"/caf\xe9-\xff.json")
    return folder


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names must be UTF-8 there")
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_file_name_that_is_not_utf8_is_written_as_valid_utf8(
    run_cli: RunCli, tmp_path: Path, fmt: str
) -> None:
    _non_utf8_folder(tmp_path)
    args = ["--today", TODAY, "--format", fmt, "--output", f"{fmt}=copy.{fmt}", "profiles"]
    result = run_cli(args, cwd=tmp_path)  # relative paths, as in a repository
    assert result.code == 1 and result.err == "", result.err
    written = (tmp_path / f"copy.{fmt}").read_bytes()
    assert written.decode("utf-8") == result.out  # valid UTF-8, and the same report
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(result.out)
    if fmt == "json":  # the exact name, through Python's surrogate escapes
        paths = {f["path"] for f in json.loads(result.out)["files"]}
        assert os.fsdecode(b"profiles/caf\xe9-\xff.json") in paths
    if fmt == "sarif":
        results = json.loads(result.out)["runs"][0]["results"]
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        assert "profiles/caf%E9-%FF.json" in uris
    if fmt == "text":
        assert "profiles/caf\\xe9-\\xff.json" in result.out


def test_sarif_on_a_folder_named_like_a_drive(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "C:").mkdir()
    shutil.copy(GOOD, tmp_path / "C:" / "a.json")
    result = run_cli(["--today", TODAY, "--format", "sarif", "C:"], cwd=tmp_path)
    assert result.err == "", result.err
    run = json.loads(result.out)["runs"][0]
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert uris == {"C%3A/a.json"}


# --- standard input, the current folder, privileges and configuration ------------------------


def _shell(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    return subprocess.run(
        ["sh", "-c", script], cwd=cwd, capture_output=True, text=True, env=env, timeout=SECONDS
    )


def test_closed_standard_input_is_an_input_error_and_the_others_are_linted(
    tmp_path: Path,
) -> None:
    python = sys.executable
    done = _shell(f"exec '{python}' -m profilelint --format json - '{GOOD}' <&-", tmp_path)
    assert "internal error" not in done.stderr, done.stderr
    files = by_name(done.stdout)
    assert files["-"] == [("INP001", "standard input is closed")]
    assert "HDL002" in [c for c, _ in files[GOOD.name]]


def test_a_vanished_current_folder_is_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "gone").mkdir()
    python = sys.executable
    done = _shell(f"cd gone && rmdir ../gone && exec '{python}' -m profilelint '{GOOD}'", tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("profilelint: error: the current folder no longer exists")
    assert done.stderr.count("\n") == 1 and "internal" not in done.stderr


def _unprivileged(
    action: Callable[[], int], cwd: Path, *, uid: int = 65534, gid: int = 65534
) -> tuple[int, str, str]:
    """Run ``action`` in a forked child as another user (when root) or as ourselves."""
    from profilelint.cli import main

    main(["--format", "json", "--quiet", str(GOOD)])  # import everything while we can read it
    out_file = tempfile.TemporaryFile()  # noqa: SIM115 (closed when the test ends)
    err_file = tempfile.TemporaryFile()  # noqa: SIM115
    pid = os.fork()
    if pid == 0:  # the child
        code = 3
        try:
            os.chdir(cwd)
            os.dup2(out_file.fileno(), 1)
            os.dup2(err_file.fileno(), 2)
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(gid)
                os.setuid(uid)
            code = action()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    out_file.seek(0)
    err_file.seek(0)
    return os.waitstatus_to_exitcode(status), out_file.read().decode(), err_file.read().decode()


needs_posix_users = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(os, "geteuid"), reason="needs fork and POSIX users"
)


@needs_posix_users
def test_an_unreadable_file_is_inp001_even_for_root(tmp_path: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="profilelint-unreadable-"))
    try:
        folder.chmod(0o755)
        shutil.copy(GOOD, folder / "good.json")
        secret = folder / "secret.json"
        shutil.copy(GOOD, secret)
        secret.chmod(0)
        from profilelint.cli import main

        args = ["--today", TODAY, "--format", "json", str(folder)]
        _, out, err = _unprivileged(lambda: main(args), folder)
        assert "internal error" not in err, err
        files = by_name(out)
        assert files["secret.json"] == [("INP001", "permission denied")]
        assert "HDL002" in [c for c, _ in files["good.json"]]
    finally:
        shutil.rmtree(folder)


@needs_posix_users
def test_an_unsearchable_current_folder_is_one_line_error() -> None:
    folder = Path(tempfile.mkdtemp(prefix="profilelint-unsearchable-"))
    try:
        shutil.copy(GOOD, folder / "good.json")
        folder.chmod(0)
        from profilelint.cli import main

        code, out, err = _unprivileged(lambda: main([str(GOOD)]), folder)
        assert code == 2, (out, err)
        assert err.startswith("profilelint: error: the current folder cannot be searched")
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder)


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('[per-file-ignores]\n"" = ["HDL"]\n', "'per-file-ignores' has an empty glob"),
        ('[per-file-ignores]\n" " = ["HDL"]\n', "'per-file-ignores' has an empty glob"),
        ("jobs = 100000\n", "'jobs' must be a whole number from 1 to 256"),
        ("jobs = 0\n", "'jobs' must be a whole number from 1 to 256"),
    ],
)
def test_configuration_errors_are_one_line(
    run_cli: RunCli, tmp_path: Path, config: str, message: str
) -> None:
    result = run_cli(["--config", _config(tmp_path, config), GOOD])
    assert result.code == 2 and message in result.err and "internal" not in result.err
    assert result.err.count("\n") == 1


def test_jobs_at_the_bound_is_accepted(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(["--config", _config(tmp_path, "jobs = 256\n"), "--today", TODAY, GOOD])
    assert result.code == 1 and "HDL002" in result.out


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names must be UTF-8 there")
def test_show_config_in_a_folder_that_is_not_utf8(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path) + b"/caf\xe9"
    os.mkdir(folder)
    with open(folder + b"/profilelint.toml", "w", encoding="utf-8") as handle:
        handle.write("jobs = 2\n")
    done = subprocess.run(
        [sys.executable, "-m", "profilelint", "--show-config"],
        cwd=folder,
        capture_output=True,
        timeout=SECONDS,
    )
    shown = json.loads(done.stdout.decode("utf-8"))  # valid UTF-8 and valid JSON
    assert shown["config-file"] == os.fsdecode(folder + b"/profilelint.toml")


BAD_URLS = ["https://a[b", "http://example.org:port/", "//[::1", "https://]x[", "mailto:[x"]


@pytest.mark.parametrize("url", BAD_URLS)
def test_urls_the_parser_refuses_crash_no_rule(run_cli: RunCli, tmp_path: Path, url: str) -> None:
    """Every field that can hold a link holds text urlsplit refuses: no rule may crash."""
    document = {
        "basics": {
            "name": "Ana Ruiz",
            "image": url,
            "url": url,
            "profiles": [{"network": "LinkedIn", "url": url}, {"network": "GitHub", "url": url}],
        },
        "work": [{"name": "Contoso", "position": "Engineer", "url": url, "startDate": "2020"}],
        "education": [{"institution": "Uni", "url": url}],
        "projects": [{"name": "Tool", "url": url}],
        "certificates": [{"name": "Cert", "url": url}],
        "publications": [{"name": "Paper", "url": url}],
    }
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    page = tmp_path / "bad.html"
    person = {"@context": "https://schema.org", "@type": "Person", "name": "Ana Ruiz"}
    person |= {"url": url, "sameAs": [url], "image": url}
    page.write_text(
        f'<html><head><script type="application/ld+json">{json.dumps(person)}</script>'
        "</head><body></body></html>",
        encoding="utf-8",
    )
    files = lint(run_cli, bad, page)
    assert files["bad.json"] and "bad.html" in files
