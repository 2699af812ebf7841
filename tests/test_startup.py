"""Start-up and exit: a run loads only what its input, its format and its options need.

Each case runs the real command in a child process, from a folder with no configuration file,
and checks, among the modules loaded when it exits, those that only other inputs, other formats
or other options need.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TODAY

# An English profile whose every text is short enough to need no language detection.
PROFILE = {
    "basics": {
        "name": "Olivia Brennan",
        "label": "I build billing tools that get small clinics paid a week sooner",
        "location": {"city": "Leeds", "countryCode": "GB"},
    },
    "work": [{"name": "Contoso", "position": "Billing engineer", "startDate": "2020-01"}],
}

#: Parsers of the other inputs, the imaging library and the language model's stack.
HEAVY = ("bs4", "lxml", "mf2py", "html5lib", "pdfminer", "PIL", "numpy", "py3langid")
#: Modules of profilelint that a JSON profile's text report never needs.
UNNEEDED = (
    "profilelint.baseline",  # --baseline and --write-baseline
    "profilelint.convert",  # --show-profile --to jsonresume
    "profilelint.core_docs",  # --explain of a core code
    "profilelint.langmodel",  # language detection
    "profilelint.loaders.page",
    "profilelint.loaders.pdf",
    "profilelint.loaders.export",
    "profilelint.loaders.native",
    "multiprocessing",  # workers, only for many files
    "concurrent.futures",
    # Plugin discovery reads a distribution's name without parsing METADATA as an e-mail.
    "email.feedparser",
)
OTHER_REPORTERS = (
    "json",
    "jsonlines",
    "sarif",
    "github",
    "gitlab",
    "junit",
    "markdown",
    "html",
)


# The command as ``python -m profilelint`` runs it; at exit, the names of every module loaded
# (sys.modules, which also holds what importlib.import_module loaded: ``-X importtime`` does
# not list those) go to the file named by the first argument.
RUN = """
import atexit, runpy, sys
out = sys.argv[1]
atexit.register(lambda: open(out, "w", encoding="utf-8").write("\\n".join(sorted(sys.modules))))
sys.argv = ["profilelint", *sys.argv[2:]]
runpy.run_module("profilelint", run_name="__main__", alter_sys=True)
"""


def imported(args: list[str], cwd: Path) -> tuple[int, set[str]]:
    """The exit code and every module a ``profilelint`` process imported."""
    listing = cwd / "modules.txt"
    listing.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(listing), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=120,
    )
    assert listing.exists(), done.stderr
    return done.returncode, set(listing.read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("imports")
    (root / "one.json").write_text(json.dumps(PROFILE, indent=2), encoding="utf-8")
    return root


def _tops(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.mark.parametrize(("fmt", "reporter"), [("text", "text"), ("json", "json")])
def test_a_json_profile_loads_only_its_loader_and_reporter(
    folder: Path, fmt: str, reporter: str
) -> None:
    code, modules = imported(["--today", TODAY, "--format", fmt, "one.json"], folder)
    assert code == 1  # the profile has findings: the run went all the way
    assert {"profilelint.loaders.jsonresume", f"profilelint.reporters.{reporter}"} <= modules
    assert _tops(modules).isdisjoint(HEAVY), sorted(_tops(modules) & set(HEAVY))
    assert modules.isdisjoint(UNNEEDED), sorted(modules & set(UNNEEDED))
    others = {f"profilelint.reporters.{name}" for name in OTHER_REPORTERS} - {
        f"profilelint.reporters.{reporter}"
    }
    assert modules.isdisjoint(others), sorted(modules & others)


def test_help_loads_neither_pydantic_nor_the_rules(folder: Path) -> None:
    code, modules = imported(["--help"], folder)
    assert code == 0
    assert "click" in modules
    assert "pydantic" not in _tops(modules)
    assert not any(name.startswith("profilelint.checks") for name in modules)
    assert "profilelint.model" not in modules


@pytest.mark.parametrize("args", [["--version"], ["--list-rules"], ["--explain", "HDL002"]])
def test_rule_listings_load_the_rules_but_no_loader(folder: Path, args: list[str]) -> None:
    code, modules = imported(args, folder)
    assert code == 0
    assert "profilelint.checks.headline" in modules
    unused = {"profilelint.engine", "profilelint.runner", "profilelint.loaders.json", "tomllib"}
    assert modules.isdisjoint(unused), sorted(modules & unused)


def test_a_caller_keeps_its_garbage_collector(folder: Path) -> None:
    """main(argv) runs inside someone else's process: the collector is left as it was."""
    from profilelint.cli import main

    frozen = gc.get_freeze_count()
    cwd = Path.cwd()
    try:
        os.chdir(folder)
        assert main(["--quiet", "--today", TODAY, "one.json"]) == 1
    finally:
        os.chdir(cwd)
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


# --- plugin discovery reads a distribution's name without the e-mail parser -----------------

METADATA = [
    "Metadata-Version: 2.4\nName: profilelint\nVersion: 0.1.0\n\nLong description.\n",
    "Metadata-Version: 2.1\nname: lower-case-key\n",
    "Name:   padded  \nVersion: 1\n",
    "Metadata-Version: 2.1\nSummary: first\nName: after-summary\n",
    "Name: first\nName: second\n",
    # Left to the e-mail parser: folded, CRLF, non-ASCII, odd lines, no name at all.
    "Metadata-Version: 2.1\nName: folded\n  name\n",
    "Metadata-Version: 2.1\r\nName: crlf\r\n",
    "Metadata-Version: 2.1\rName: cr-only\nName: other\n",
    "Metadata-Version: 2.1\nName: caf\u00e9\n",
    "From someone\nName: after-a-from-line\n",
    "Metadata-Version: 2.1\n\nName: in-the-body\n",
    "Metadata-Version: 2.1\nName:\nVersion: 1\n",
    "Version: 1\n",
    "",
]


@pytest.mark.parametrize("text", METADATA)
def test_distribution_name_is_the_one_the_email_parser_reads(text: str) -> None:
    import email

    from profilelint.plugins import _header_name

    fast = _header_name(text)
    assert fast is None or fast == email.message_from_string(text)["Name"]


def test_plain_metadata_names_are_read_without_the_parser() -> None:
    from profilelint.plugins import _header_name

    assert [_header_name(text) for text in METADATA[:5]] == [
        "profilelint",
        "lower-case-key",
        "padded  ",
        "after-summary",
        "first",
    ]
    assert {_header_name(text) for text in METADATA[5:]} == {None}


# --- the end of a run: output flushed, exit code kept ------------------------------------------


@pytest.mark.parametrize(
    ("redirect", "code", "error"),
    [
        ("", 1, ""),  # findings: exit 1, nothing on stderr
        # started with standard output closed
        (">&-", 2, "profilelint: error: standard output is closed"),
        # the report cannot be written
        (">/dev/full", 2, "error: cannot write to standard output: No space left on device"),
    ],
)
def test_the_command_ends_with_its_exit_code(
    folder: Path, redirect: str, code: int, error: str
) -> None:
    if "full" in redirect and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    command = [sys.executable, "-m", "profilelint", "--today", TODAY, "one.json"]
    shell = ["sh", "-c", f'exec "$0" "$@" {redirect or ">/dev/null"}', *command]
    done = subprocess.run(shell, stderr=subprocess.PIPE, text=True, cwd=folder, timeout=120)
    assert done.returncode == code, done.stderr
    assert error in done.stderr
    assert "Traceback" not in done.stderr


def test_a_full_report_reaches_a_pipe(folder: Path) -> None:
    """The buffered report is written out before the process ends."""
    done = subprocess.run(
        [sys.executable, "-m", "profilelint", "--today", TODAY, "--format", "json", "one.json"],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=120,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["summary"]["files"] == 1
