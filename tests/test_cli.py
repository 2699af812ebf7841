"""The command line: exit codes, usage errors, options, discovery and the JSON contract."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, TODAY, CliResult, RunCli, run_subprocess

from profilelint.score import SCORE_VERSION

NAME_AND_EMPLOYER = FIXTURES / "name-and-employer.json"
STRONG = FIXTURES / "strong.json"
MIXED = FIXTURES / "mixed.json"
TEAM = FIXTURES / "team"
TITLE = {"basics": {"name": "Ana Pérez", "label": "Programmer"}}
ESC = "\x1b["


def write(path: Path, content: str | bytes | dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        text = content if isinstance(content, str) else json.dumps(content, indent=2)
        path.write_text(text, encoding="utf-8")
    return path


def as_json(result: CliResult) -> dict[str, Any]:
    return json.loads(result.out)


def codes_by_file(result: CliResult) -> dict[str, list[str]]:
    return {
        f["path"]: sorted(d["code"] for d in f["diagnostics"]) for f in as_json(result)["files"]
    }


def one_line_error(result: CliResult, *words: str) -> None:
    assert result.code == 2, (result.out, result.err)
    assert result.err.startswith("profilelint: error: "), result.err
    assert result.err.count("\n") == 1, result.err
    assert "Usage:" not in result.err and "Traceback" not in result.err
    for word in words:
        assert word in result.err, result.err


# --- the acceptance checks ----------------------------------------------------------------------


def _headline_position(path: Path) -> tuple[int, int]:
    """Line and column (code points) of the headline's text in the file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if '"label"' in line)
    line = lines[row]
    opening = line.index('"', line.index(":"))
    return row + 1, opening + 2  # the first character after the opening quote


def test_name_and_employer_exits_1_with_hdl002_at_the_headline(run_cli: RunCli) -> None:
    result = run_cli(["--today", TODAY, NAME_AND_EMPLOYER])
    assert result.code == 1
    line, column = _headline_position(NAME_AND_EMPLOYER)
    assert (line, column) == (4, 15)
    assert f"{NAME_AND_EMPLOYER}:{line}:{column}: HDL002 " in result.out
    data = as_json(run_cli(["--today", TODAY, "--format", "json", NAME_AND_EMPLOYER]))
    (hdl002,) = [d for d in data["files"][0]["diagnostics"] if d["code"] == "HDL002"]
    assert (hdl002["line"], hdl002["column"], hdl002["field"]) == (line, column, "headline")


def test_strong_fixture_exits_0(run_cli: RunCli) -> None:
    result = run_cli(["--today", TODAY, STRONG])
    assert result.code == 0, result.out
    assert "score" in result.out


def test_end_to_end_with_python_m() -> None:
    bad = run_subprocess(["--today", TODAY, NAME_AND_EMPLOYER])
    assert bad.code == 1 and "HDL002" in bad.out and bad.err == ""
    good = run_subprocess(["--today", TODAY, STRONG])
    assert good.code == 0 and good.err == ""


# --- exit codes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--select", "HDL", NAME_AND_EMPLOYER], 1),
        (["--select", "HDL", "--exit-zero", NAME_AND_EMPLOYER], 0),
        (["--select", "HDL", "--fail-on", "error", NAME_AND_EMPLOYER], 0),
        (["--select", "HDL", "--fail-on", "warning", NAME_AND_EMPLOYER], 1),
        (["--select", "HDL005", TEAM / "tomasz-wisniewski.json"], 0),
        (["--select", "HDL005", "--fail-on", "info", TEAM / "tomasz-wisniewski.json"], 1),
        (["--select", "HDL005", "--fail-on", "error", TEAM / "tomasz-wisniewski.json"], 0),
    ],
)
def test_exit_codes(run_cli: RunCli, args: list[str | Path], code: int) -> None:
    assert run_cli(["--today", TODAY, *args]).code == code


def test_min_score(run_cli: RunCli) -> None:
    base = ["--today", TODAY, "--select", "HDL", "--format", "json", STRONG]
    score = as_json(run_cli(base))["files"][0]["score"]
    assert isinstance(score, int)
    assert run_cli(["--min-score", str(score), *base]).code == 0
    if score < 100:
        assert run_cli(["--min-score", str(score + 1), *base]).code == 1
    low = as_json(run_cli(["--today", TODAY, "--format", "json", NAME_AND_EMPLOYER]))
    low_score = low["files"][0]["score"]
    result = run_cli(["--today", TODAY, "--exit-zero", "--min-score", "99", NAME_AND_EMPLOYER])
    assert low_score < 99 and result.code == 0


@pytest.mark.parametrize("extra", [[], ["--exit-zero"], ["--fail-on", "error"]])
def test_input_errors_always_exit_1(run_cli: RunCli, tmp_path: Path, extra: list[str]) -> None:
    broken = write(tmp_path / "broken.json", "{not json")
    result = run_cli(["--today", TODAY, "--select", "HDL001", *extra, broken, STRONG])
    assert result.code == 1
    assert "INP001" in result.out


def test_missing_path_is_inp001_and_the_others_are_linted(run_cli: RunCli, tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    result = run_cli(["--today", TODAY, "--format", "json", missing, NAME_AND_EMPLOYER])
    assert result.code == 1
    files = codes_by_file(result)
    assert files[str(missing)] == ["INP001"]
    assert "HDL002" in files[str(NAME_AND_EMPLOYER)]


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"\xff\xfe", b'{"name": "x", "version": "1"}', b'{"basics": {"label": 4}}'],
    ids=["empty", "not-json", "not-utf8", "not-a-profile", "wrong-type"],
)
def test_input_errors_per_file(run_cli: RunCli, tmp_path: Path, content: bytes) -> None:
    bad = write(tmp_path / "bad.json", content)
    good = write(tmp_path / "good.json", TITLE)
    result = run_cli(["--today", TODAY, "--format", "json", "--exit-zero", bad, good])
    assert result.code == 1
    files = codes_by_file(result)
    assert any(code.startswith("INP") for code in files[str(bad)])
    assert "HDL002" in files[str(good)]


# --- usage errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--bogus", STRONG], ["--bogus"]),
        (["--format", "xml", STRONG], ["--format", "xml"]),
        (["--today", "2026-13-01", STRONG], ["today"]),
        (["--today", "yesterday", STRONG], ["today"]),
        (["--min-score", "101", STRONG], ["--min-score"]),
        (["--min-score", "abc", STRONG], ["--min-score"]),
        (["--fail-on", "fatal", STRONG], ["--fail-on"]),
        (["--color", "sometimes", STRONG], ["--color"]),
        (["--target", "cv", STRONG], ["--target"]),
        (["--select", "NOPE", STRONG], ["NOPE"]),
        (["--extend-select", "ZZZ", STRONG], ["ZZZ"]),
        (["--explain", "XYZ999"], ["XYZ999"]),
        ([], ["no path"]),
        (["--format"], ["--format"]),
    ],
)
def test_usage_errors_are_one_line(
    run_cli: RunCli, args: list[str | Path], words: list[str]
) -> None:
    one_line_error(run_cli(args), *words)


def test_no_profile_in_an_empty_folder(run_cli: RunCli, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    write(empty / "package.json", {"name": "x", "version": "1.0.0"})
    one_line_error(run_cli([empty], cwd=tmp_path), "no profile")


def test_missing_config_file_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    one_line_error(run_cli(["--config", tmp_path / "missing.toml", STRONG]), "missing.toml")


def test_usage_error_in_a_subprocess_has_no_usage_block() -> None:
    result = run_subprocess(["--format", "xml", STRONG])
    one_line_error(result, "--format")


# --- stdin ---------------------------------------------------------------------------------------


def test_stdin_with_a_filename(run_cli: RunCli) -> None:
    data = NAME_AND_EMPLOYER.read_bytes()
    result = run_cli(
        ["--today", TODAY, "--select", "HDL", "--stdin-filename", "me/profile.json", "-"],
        stdin=data,
    )
    assert result.code == 1
    line, column = _headline_position(NAME_AND_EMPLOYER)
    assert f"me/profile.json:{line}:{column}: HDL002" in result.out


def test_stdin_without_a_filename_and_with_files(run_cli: RunCli) -> None:
    result = run_cli(
        ["--today", TODAY, "--select", "HDL", "--format", "json", "-", STRONG],
        stdin=json.dumps(TITLE),
    )
    files = codes_by_file(result)
    assert files["-"] == ["HDL002"]
    assert str(STRONG) in files


def test_stdin_in_a_subprocess() -> None:
    result = run_subprocess(
        ["--today", TODAY, "--select", "HDL", "--stdin-filename", "x.json", "-"],
        stdin=json.dumps(TITLE).encode(),
    )
    assert result.code == 1 and "x.json:" in result.out and "HDL002" in result.out


def test_stdin_not_json(run_cli: RunCli) -> None:
    result = run_cli(["--today", TODAY, "-"], stdin="hello")
    assert result.code == 1 and "INP002" in result.out


# --- output options ------------------------------------------------------------------------------


def test_text_report_shape(run_cli: RunCli) -> None:
    result = run_cli(["--today", TODAY, "--select", "HDL", NAME_AND_EMPLOYER])
    lines = result.out.splitlines()
    first = next(i for i, line in enumerate(lines) if ": HDL002 " in line)
    assert lines[first + 1].startswith("  help: ")
    assert any("score" in line and "/100" in line for line in lines)
    assert lines[-1].startswith("Found 1 problem")
    assert "1 file" in lines[-1]


def test_quiet_prints_only_diagnostics(run_cli: RunCli) -> None:
    result = run_cli(["--today", TODAY, "--select", "HDL", "--quiet", NAME_AND_EMPLOYER])
    assert result.code == 1
    lines = result.out.splitlines()
    assert len(lines) == 1 and ": HDL002 " in lines[0]
    clean = run_cli(["--today", TODAY, "--select", "HDL", "-q", STRONG])
    assert clean.code == 0 and clean.out == ""


def test_statistics(run_cli: RunCli) -> None:
    result = run_cli(["--today", TODAY, "--select", "HDL", "--statistics", TEAM])
    counts = [line.split() for line in result.out.splitlines() if line.strip()[:1].isdigit()]
    assert ["2", "HDL002", "headline-is-job-title"] in counts
    assert ["1", "HDL004", "headline-buzzwords"] in counts


def test_color_never_and_auto_without_a_terminal(run_cli: RunCli) -> None:
    for args in (["--color", "never"], []):
        result = run_cli(["--today", TODAY, *args, NAME_AND_EMPLOYER], env={"FORCE_COLOR": None})
        assert ESC not in result.out


@pytest.mark.parametrize(
    ("args", "env", "colored"),
    [
        pytest.param(["--color", "always"], {}, True, id="always"),
        pytest.param(
            ["--color", "always"],
            {"NO_COLOR": "1"},
            True,
            id="always-beats-no-color",
        ),
        pytest.param(["--color", "never"], {"FORCE_COLOR": "1"}, False, id="never-beats-force"),
        pytest.param([], {"FORCE_COLOR": "1"}, True, id="force-color"),
        pytest.param([], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False, id="no-color-wins"),
        pytest.param([], {}, False, id="auto-in-a-pipe"),
    ],
)
def test_color_in_a_subprocess(args: list[str], env: dict[str, str], colored: bool) -> None:
    result = run_subprocess(
        ["--today", TODAY, "--select", "HDL", *args, NAME_AND_EMPLOYER], env=env
    )
    assert result.code == 1
    assert (ESC in result.out) is colored


def test_json_is_never_colored() -> None:
    result = run_subprocess(["--today", TODAY, "--color", "always", "--format", "json", MIXED])
    assert ESC not in result.out
    json.loads(result.out)


def test_version_lists_check_modules(run_cli: RunCli) -> None:
    from profilelint import __version__

    result = run_cli(["--version"])
    assert result.code == 0
    assert result.out.startswith(f"profilelint {__version__}")
    assert "check modules:" in result.out and "headline" in result.out


@pytest.mark.parametrize("selector", ["HDL002", "headline-is-job-title", "hdl002"])
def test_explain(run_cli: RunCli, selector: str) -> None:
    result = run_cli(["--explain", selector])
    assert result.code == 0
    assert result.out.startswith("HDL002 headline-is-job-title")
    for section in ("What it checks", "Why it matters", "Example", "Better", "Options"):
        assert f"\n{section}\n" in result.out
    assert run_cli(["--explain", "HDL002"]).out == result.out


def test_explain_core_code(run_cli: RunCli) -> None:
    result = run_cli(["--explain", "INP006"])
    assert result.code == 0 and "unknown-key" in result.out


def test_list_rules(run_cli: RunCli) -> None:
    result = run_cli(["--list-rules"])
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == ["CODE", "NAME", "SEVERITY", "LANGUAGES", "MODULE"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert rows["HDL002"][:2] == ["HDL002", "headline-is-job-title"]
    assert rows["HDL002"][2] == "warning"
    assert rows["HDL004"][3] == "en"
    assert rows["HDL003"][-1] == "headline"
    assert list(rows) == sorted(rows)


def test_help_is_printed(run_cli: RunCli) -> None:
    result = run_cli(["--help"])
    assert result.code == 0 and "--select" in result.out


# --- discovery -----------------------------------------------------------------------------------


def test_directory_discovery_skips_non_profiles_hidden_and_saved_page_folders(
    run_cli: RunCli, tmp_path: Path
) -> None:
    root = tmp_path / "repo"
    write(root / "ana.json", TITLE)
    write(root / "sub" / "bo.json", TITLE)
    write(root / "package.json", {"name": "resume", "version": "1.0.0"})
    write(root / "tsconfig.json", {"compilerOptions": {}})
    write(root / ".hidden" / "c.json", TITLE)
    write(root / ".git" / "d.json", TITLE)
    write(root / "page_files" / "e.json", TITLE)
    write(root / "node_modules" / "f.json", TITLE)
    write(root / "notes.txt", json.dumps(TITLE))
    result = run_cli(["--today", TODAY, "--select", "HDL", "--format", "json", root], cwd=tmp_path)
    names = sorted(Path(f["path"]).relative_to(root).as_posix() for f in as_json(result)["files"])
    assert names == ["ana.json", "sub/bo.json"]


def test_team_fixture_folder_skips_package_json(run_cli: RunCli) -> None:
    result = run_cli(["--today", TODAY, "--format", "json", TEAM])
    names = sorted(Path(f["path"]).name for f in as_json(result)["files"])
    assert "package.json" not in names and len(names) == 6


def test_a_named_non_profile_is_inp002(run_cli: RunCli) -> None:
    result = run_cli(["--today", TODAY, "--format", "json", TEAM / "package.json"])
    assert result.code == 1
    assert codes_by_file(result) == {str(TEAM / "package.json"): ["INP002"]}


def test_output_is_deterministic_in_any_argument_order(run_cli: RunCli, tmp_path: Path) -> None:
    team = tmp_path / "team"
    shutil.copytree(TEAM, team)
    names = sorted(p.name for p in team.glob("*.json"))
    base = ["--today", TODAY]
    for fmt in ("text", "json"):
        forward = run_cli([*base, "--format", fmt, *names], cwd=team)
        backward = run_cli([*base, "--format", fmt, *reversed(names)], cwd=team)
        folder = run_cli([*base, "--format", fmt, "."], cwd=team)
        assert forward.out == backward.out
        assert forward.code == backward.code
        assert folder.code == forward.code
    twice = run_cli([*base, "--format", "json", *names, *names], cwd=team)
    assert twice.out == forward.out


def test_jobs_do_not_change_the_output(run_cli: RunCli, tmp_path: Path) -> None:
    for i in range(40):
        write(tmp_path / f"p{i:02d}.json", {"basics": {"name": f"P {i}", "label": "Programmer"}})
    one = run_cli(["--today", TODAY, "--format", "json", "--jobs", "1", tmp_path])
    two = run_cli(["--today", TODAY, "--format", "json", "--jobs", "2", tmp_path])
    assert one.out == two.out and one.code == two.code == 1


# --- the JSON contract ---------------------------------------------------------------------------

DIAGNOSTIC_KEYS = {
    "code", "name", "severity", "message", "help", "path", "member", "field", "line", "column",
    "related", "items",
}  # fmt: skip


def test_json_contract(run_cli: RunCli, tmp_path: Path) -> None:
    broken = write(tmp_path / "broken.json", "{")
    result = run_cli(
        ["--today", TODAY, "--format", "json", NAME_AND_EMPLOYER, STRONG, broken], cwd=tmp_path
    )
    assert result.code == 1
    data = as_json(result)
    assert list(data) == ["version", "score_version", "files", "summary"]
    assert data["version"] == 1 and data["score_version"] == SCORE_VERSION
    assert list(data["summary"]) == ["files", "errors", "warnings", "infos"]
    for file in data["files"]:
        assert set(file) == {"path", "person", "format", "score", "level", "diagnostics"}
        for diagnostic in file["diagnostics"]:
            assert set(diagnostic) - {"quote"} == DIAGNOSTIC_KEYS
            assert "quote" not in diagnostic
            assert diagnostic["severity"] in ("error", "warning", "info")
            assert diagnostic["path"] == file["path"]
            assert isinstance(diagnostic["related"], list)
            assert diagnostic["line"] is None or diagnostic["line"] >= 1
            assert diagnostic["column"] is None or diagnostic["column"] >= 1
            assert len(diagnostic["message"]) <= 160
    files = {f["path"]: f for f in data["files"]}
    failed = files[str(broken)]
    assert (failed["format"], failed["score"], failed["level"], failed["person"]) == (
        None,
        None,
        None,
        None,
    )
    assert [d["code"] for d in failed["diagnostics"]] == ["INP001"]
    loaded = files[str(NAME_AND_EMPLOYER)]
    assert loaded["format"] == "jsonresume" and loaded["person"] == "Mateus Conceição"
    assert isinstance(loaded["score"], int) and 0 <= loaded["score"] <= 100
    assert loaded["level"] in ("Beginner", "Intermediate", "Advanced", "Expert", "All-Star")
    every = [d for f in data["files"] for d in f["diagnostics"]]
    assert data["summary"] == {
        "files": 3,
        "errors": sum(d["severity"] == "error" for d in every),
        "warnings": sum(d["severity"] == "warning" for d in every),
        "infos": sum(d["severity"] == "info" for d in every),
    }
    assert [f["path"] for f in data["files"]] == sorted(f["path"] for f in data["files"])


def test_json_diagnostics_are_sorted_by_position(run_cli: RunCli) -> None:
    data = as_json(run_cli(["--today", TODAY, "--format", "json", TEAM / "tomasz-wisniewski.json"]))
    spots = [(d["line"] or 0, d["column"] or 0, d["code"]) for d in data["files"][0]["diagnostics"]]
    assert spots == sorted(spots)
