"""Configuration: discovery, precedence, selectors, per-file ignores, severities and errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, CliResult, RunCli

from profilelint.config import DecisionEngine, Settings, load_settings, validate_against
from profilelint.plugins import load_registry

TITLE = {"basics": {"name": "Ana Pérez", "label": "Programmer"}}
LONG_TITLE = {"basics": {"name": "Ana Pérez", "label": "Senior Software Engineer " * 10}}


def write(path: Path, content: str | dict[str, Any]) -> Path:
    """Write text or a JSON document, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content, indent=2)
    path.write_text(text, encoding="utf-8")
    return path


def show_config(run_cli: RunCli, *args: str | Path, cwd: Path) -> dict[str, Any]:
    result = run_cli(["--show-config", *args], cwd=cwd)
    assert result.code == 0, result.err
    return json.loads(result.out)


def one_line_error(result: CliResult, *words: str) -> None:
    """Exit 2 with exactly one ``profilelint: error:`` line naming ``words``."""
    assert result.code == 2, (result.out, result.err)
    assert result.err.startswith("profilelint: error: ")
    assert result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err and "Usage:" not in result.err
    for word in words:
        assert word in result.err
    assert result.out == ""


# --- discovery -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("pyproject.toml", '[tool.profilelint]\nselect = ["HDL002"]\n'),
        ("profilelint.toml", 'select = ["HDL002"]\n'),
        (".profilelint.toml", 'select = ["HDL002"]\n'),
    ],
)
def test_config_found_from_cwd_upward(
    run_cli: RunCli, tmp_path: Path, name: str, content: str
) -> None:
    config = write(tmp_path / name, content)
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    shown = show_config(run_cli, cwd=deep)
    assert shown["config-file"] == str(config.resolve())
    assert shown["select"] == ["HDL002"]


def test_nearest_config_wins_and_pyproject_without_table_is_skipped(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "profilelint.toml", 'select = ["HDL001"]\n')
    near = write(tmp_path / "a" / "profilelint.toml", 'select = ["HDL003"]\n')
    write(tmp_path / "a" / "b" / "pyproject.toml", '[project]\nname = "x"\n')
    shown = show_config(run_cli, cwd=tmp_path / "a" / "b")
    assert shown["config-file"] == str(near.resolve())
    assert shown["select"] == ["HDL003"]


def test_dot_file_beats_plain_file_and_pyproject_in_one_folder(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "pyproject.toml", '[tool.profilelint]\nselect = ["HDL001"]\n')
    write(tmp_path / "profilelint.toml", 'select = ["HDL002"]\n')
    dot = write(tmp_path / ".profilelint.toml", 'select = ["HDL003"]\n')
    shown = show_config(run_cli, cwd=tmp_path)
    assert shown["config-file"] == str(dot.resolve())


def test_config_option_overrides_discovery(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "profilelint.toml", 'select = ["HDL001"]\n')
    other = write(tmp_path / "elsewhere" / "custom.toml", 'select = ["HDL004"]\n')
    shown = show_config(run_cli, "--config", other, cwd=tmp_path)
    assert shown["config-file"] == str(other.resolve())
    assert shown["select"] == ["HDL004"]


def test_config_option_with_pyproject_without_table_is_an_error(
    run_cli: RunCli, tmp_path: Path
) -> None:
    bare = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    one_line_error(run_cli(["--config", bare, "x.json"], cwd=tmp_path), "tool.profilelint")


def test_no_config_at_all(run_cli: RunCli, tmp_path: Path) -> None:
    shown = show_config(run_cli, cwd=tmp_path)
    assert shown["config-file"] is None
    assert shown["select"] == ["ALL"]
    assert shown["target"] == "linkedin"
    assert shown["fail-on"] == "warning"


def test_show_config_keys(run_cli: RunCli, tmp_path: Path) -> None:
    shown = show_config(run_cli, "--today", TODAY, cwd=tmp_path)
    assert set(shown) >= {
        "config-file", "target", "select", "extend-select", "ignore", "per-file-ignores",
        "severity", "fail-on", "min-score", "include", "exclude", "jobs", "today", "limits",
        "checks",
    }  # fmt: skip
    assert shown["today"] == TODAY


# --- precedence --------------------------------------------------------------------------------


def test_cli_beats_the_file(run_cli: RunCli, tmp_path: Path) -> None:
    write(
        tmp_path / "profilelint.toml",
        'target = "resume"\nfail-on = "error"\nselect = ["HDL001"]\nmin-score = 10\n'
        'today = "2020-01-01"\n',
    )
    shown = show_config(
        run_cli,
        "--target", "linkedin", "--fail-on", "info", "--select", "HDL002",
        "--min-score", "70", "--today", TODAY,
        cwd=tmp_path,
    )  # fmt: skip
    assert shown["target"] == "linkedin"
    assert shown["fail-on"] == "info"
    assert shown["select"] == ["HDL002"]
    assert shown["min-score"] == 70
    assert shown["today"] == TODAY


def test_select_replaces_and_extend_select_adds(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "profilelint.toml", 'select = ["HDL001"]\nextend-select = ["HDL004"]\n')
    replaced = show_config(run_cli, "--select", "HDL002", cwd=tmp_path)
    assert replaced["select"] == ["HDL002"]
    extended = show_config(run_cli, "--extend-select", "HDL003", cwd=tmp_path)
    assert extended["select"] == ["HDL001"]
    assert extended["extend-select"] == ["HDL004", "HDL003"]


def test_select_from_file_and_cli_end_to_end(run_cli: RunCli, tmp_path: Path) -> None:
    profile = write(tmp_path / "p.json", LONG_TITLE)
    write(tmp_path / "profilelint.toml", 'select = ["HDL003"]\n')
    base = ["--today", TODAY, "--format", "json", profile]

    def codes(result: CliResult) -> list[str]:
        files = json.loads(result.out)["files"]
        return sorted(d["code"] for f in files for d in f["diagnostics"])

    assert codes(run_cli(base, cwd=tmp_path)) == ["HDL003"]
    assert codes(run_cli(["--select", "HDL002", *base], cwd=tmp_path)) == ["HDL002"]
    assert codes(run_cli(["--extend-select", "HDL002", *base], cwd=tmp_path)) == [
        "HDL002",
        "HDL003",
    ]
    assert codes(run_cli(["--select", "HDL002,HDL003", *base], cwd=tmp_path)) == [
        "HDL002",
        "HDL003",
    ]


# --- the decision engine -----------------------------------------------------------------------


def decisions(**table: Any) -> DecisionEngine:
    settings = load_settings(
        config_file=None, overrides={"today": TODAY, **table}, cwd=Path("/nonexistent")
    )
    return DecisionEngine(validate_against(settings, load_registry()))


@pytest.mark.parametrize(
    ("table", "enabled"),
    [
        ({}, {"HDL001", "HDL002", "HDL003", "HDL004", "HDL005", "HDL006"}),
        ({"select": ["HDL"], "ignore": ["HDL00"]}, set()),
        ({"select": ["HDL", "HDL002"], "ignore": ["HDL00"]}, {"HDL002"}),
        (
            {"select": ["HDL00"], "ignore": ["HDL"]},
            {"HDL001", "HDL002", "HDL003", "HDL004", "HDL005", "HDL006"},
        ),
        ({"select": ["HDL"], "ignore": ["HDL"]}, set()),
        (
            {"select": ["ALL"], "ignore": ["HDL002"]},
            {"HDL001", "HDL003", "HDL004", "HDL005", "HDL006"},
        ),
        ({"select": ["HDL001"], "extend-select": ["HDL004"]}, {"HDL001", "HDL004"}),
        ({"select": ["headline-missing"]}, {"HDL001"}),
        ({"ignore": ["headline-is-job-title", "HDL00"], "extend-select": ["HDL005"]}, {"HDL005"}),
        (
            {"select": ["HDL"], "extend-ignore": ["HDL003"]},
            {"HDL001", "HDL002", "HDL004", "HDL005", "HDL006"},
        ),
    ],
)
def test_longest_selector_wins(table: dict[str, Any], enabled: set[str]) -> None:
    engine = decisions(**table)
    hdl = {f"HDL00{i}" for i in range(1, 7)}
    assert {code for code in hdl if engine.enabled(code)} == enabled


@pytest.mark.parametrize(
    ("severity", "expected"),
    [
        ({"HDL": "info"}, {"HDL002": "info", "HDL003": "info"}),
        ({"HDL": "info", "HDL003": "warning"}, {"HDL002": "info", "HDL003": "warning"}),
        ({"headline-is-job-title": "error"}, {"HDL002": "error", "HDL003": "error"}),
        ({"HDL00": "error", "HDL": "info"}, {"HDL002": "error", "HDL003": "error"}),
    ],
)
def test_severity_overrides(severity: dict[str, str], expected: dict[str, str]) -> None:
    engine = decisions(severity=severity)
    defaults = {"HDL002": "warning", "HDL003": "error"}
    assert {code: engine.severity(code, defaults[code]) for code in expected} == expected


def test_severity_override_changes_the_exit_code(run_cli: RunCli, tmp_path: Path) -> None:
    profile = write(tmp_path / "p.json", TITLE)
    write(tmp_path / "profilelint.toml", '[severity]\nheadline-is-job-title = "info"\n')
    args = ["--today", TODAY, "--select", "HDL002", profile]
    result = run_cli(args, cwd=tmp_path)
    assert result.code == 0 and "HDL002" in result.out
    assert run_cli(["--fail-on", "info", *args], cwd=tmp_path).code == 1


@pytest.mark.parametrize("glob", ["team/*.json", "team/ana.json", "ana.json", "**/ana.json"])
def test_per_file_ignores(run_cli: RunCli, tmp_path: Path, glob: str) -> None:
    ana = write(tmp_path / "team" / "ana.json", TITLE)
    other = write(tmp_path / "other" / "bo.json", TITLE)
    write(
        tmp_path / "profilelint.toml",
        f'select = ["HDL"]\n[per-file-ignores]\n"{glob}" = ["headline-is-job-title"]\n',
    )
    result = run_cli(["--today", TODAY, "--format", "json", ana, other], cwd=tmp_path)
    files = {
        Path(f["path"]).name: [d["code"] for d in f["diagnostics"]]
        for f in json.loads(result.out)["files"]
    }
    assert files == {"ana.json": [], "bo.json": ["HDL002"]}


def test_per_file_ignores_resolve_against_the_config_folder(
    run_cli: RunCli, tmp_path: Path
) -> None:
    ana = write(tmp_path / "team" / "ana.json", TITLE)
    write(tmp_path / "profilelint.toml", '[per-file-ignores]\n"team/*.json" = ["HDL002"]\n')
    result = run_cli(["--today", TODAY, "--select", "HDL", "ana.json"], cwd=ana.parent)
    assert "HDL002" not in result.out and result.code == 0


def test_module_options(run_cli: RunCli, tmp_path: Path) -> None:
    profile = write(tmp_path / "p.json", {"basics": {"name": "A", "label": "Helping clinics plan"}})
    write(tmp_path / "profilelint.toml", "[checks.headline]\nmax-length = 10\n")
    result = run_cli(["--today", TODAY, "--select", "HDL003", profile], cwd=tmp_path)
    assert result.code == 1 and "HDL003" in result.out
    assert show_config(run_cli, cwd=tmp_path)["checks"] == {"headline": {"max-length": 10}}


# --- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('selct = ["HDL"]\n', ["selct"]),
        ("[limits]\nmax-size = 3\n", ["limits.max-size"]),
        ('target = "cv"\n', ["target"]),
        ('fail-on = "never"\n', ["fail-on"]),
        ("min-score = 200\n", ["min-score"]),
        ('min-score = "50"\n', ["min-score"]),
        ('[severity]\nHDL002 = "fatal"\n', ["HDL002", "fatal"]),
        ('select = "HDL" \nignore = 3\n', ["ignore"]),
        ('today = "tomorrow"\n', ["today"]),
        ("jobs = 0\n", ["jobs"]),
        ("[checks.headline]\nmax-lenght = 10\n", ["max-lenght", "headline"]),
        ('[checks.headline]\nmax-length = "long"\n', ["max-length"]),
        ('select = ["NOPE"]\n', ["NOPE"]),
        ("select = [\n", ["TOML"]),
        ("target = 'resume\n", ["TOML"]),
    ],
)
def test_configuration_errors_are_one_line(
    run_cli: RunCli, tmp_path: Path, content: str, words: list[str]
) -> None:
    profile = write(tmp_path / "p.json", TITLE)
    write(tmp_path / "profilelint.toml", content)
    one_line_error(run_cli(["--today", TODAY, profile], cwd=tmp_path), *words)


def test_config_file_that_is_not_utf8(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "profilelint.toml").write_bytes(b'select = ["\xff"]\n')
    one_line_error(run_cli(["x.json"], cwd=tmp_path), "profilelint.toml")


def test_missing_config_file(run_cli: RunCli, tmp_path: Path) -> None:
    one_line_error(run_cli(["--config", tmp_path / "nope.toml", "x.json"]), "nope.toml")


@pytest.mark.parametrize("where", ["cli", "file"])
def test_unknown_code_in_ignore_warns_and_runs(run_cli: RunCli, tmp_path: Path, where: str) -> None:
    profile = write(tmp_path / "p.json", TITLE)
    args = ["--today", TODAY, "--select", "HDL", profile]
    if where == "cli":
        args = ["--ignore", "ZZZ999", *args]
    else:
        write(tmp_path / "profilelint.toml", 'ignore = ["ZZZ999"]\n')
    result = run_cli(args, cwd=tmp_path)
    assert result.code == 1 and "HDL002" in result.out
    assert result.err.startswith("profilelint: warning:") and "ZZZ999" in result.err


def test_unknown_code_in_ignore_does_not_stop_the_run(run_cli: RunCli, tmp_path: Path) -> None:
    profile = write(tmp_path / "p.json", TITLE)
    result = run_cli(["--ignore", "ZZZ999", "--today", TODAY, "--select", "HDL", profile])
    assert result.code == 1 and "HDL002" in result.out


def test_options_for_an_unknown_module_warn(run_cli: RunCli, tmp_path: Path) -> None:
    profile = write(tmp_path / "p.json", TITLE)
    write(tmp_path / "profilelint.toml", "[checks.nosuchmodule]\nx = 1\n")
    result = run_cli(["--today", TODAY, "--select", "HDL", profile], cwd=tmp_path)
    assert result.code == 1
    assert "profilelint: warning:" in result.err and "nosuchmodule" in result.err


def test_settings_defaults() -> None:
    settings = Settings()
    assert settings.target == "linkedin" and settings.fail_on == "warning"
    assert settings.select is None and settings.min_score is None
