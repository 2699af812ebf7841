"""Hostile and odd inputs: each gives a per-file diagnostic or a one-line error, never a crash
that hides the other files.  Each case here was once a bug."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterator
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

import pytest
from conftest import FIXTURES, TODAY, RunCli

from profilelint.api import BaseModel, Context, Finding, Profile, rule
from profilelint.engine import Linter
from profilelint.loaders import load_bytes
from profilelint.plugins import GROUP, build_registry
from profilelint.testing import lint_json, make_settings

STRONG = FIXTURES / "strong.json"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ('{"basics": {"name": "\\ud800 Ana", "label": "x"}}', "INP001", "UTF-16"),
        ('{"basics": {"name": NaN}}', "INP001", "NaN is not a JSON value"),
        ('{"basics": {"name": "A"}, "n": ' + "1" * 5000 + "}", "INP003", "too long"),
        ('{"profilelint_schema": true, "name": "A"}', "INP002", "not supported"),
    ],
)
def test_bad_json_is_one_diagnostic_for_that_file_only(
    run_cli: RunCli, tmp_path: Path, text: str, code: str, words: str
) -> None:
    bad = _write(tmp_path / "bad.json", text)
    result = run_cli(["--today", TODAY, "--format", "json", bad, STRONG])
    assert result.code == 1, result.err
    files = {Path(f["path"]).name: f for f in json.loads(result.out)["files"]}
    assert [(d["code"], words in d["message"]) for d in files["bad.json"]["diagnostics"]] == [
        (code, True)
    ]
    assert files["strong.json"]["score"] is not None


def test_a_device_is_not_read(run_cli: RunCli) -> None:
    result = run_cli(["--format", "json", "/dev/zero"])
    diagnostics = json.loads(result.out)["files"][0]["diagnostics"]
    assert [d["code"] for d in diagnostics] == ["INP001"]


def test_standard_input_is_read_only_up_to_the_limit(run_cli: RunCli) -> None:
    result = run_cli(["--format", "json", "-"], stdin=b" " * (5 * 1024 * 1024 + 10))
    diagnostics = json.loads(result.out)["files"][0]["diagnostics"]
    assert [d["code"] for d in diagnostics] == ["INP003"]


def test_stdin_filename_alone_reads_standard_input(run_cli: RunCli) -> None:
    result = run_cli(["--stdin-filename", str(STRONG)], stdin=STRONG.read_bytes())
    assert result.code == 0 and f"{STRONG} (Ingrid" in result.out


def test_show_profile_reads_standard_input(run_cli: RunCli) -> None:
    result = run_cli(["--show-profile", "-"], stdin=STRONG.read_bytes())
    assert json.loads(result.out)["name"] == "Ingrid Solberg-Nakamura"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("tsconfig.json", '{"compilerOptions": {} // a comment\n}\n'),
        ("empty.json", ""),
        ("package.json", '{"name": "x", "version": "1.0.0"}'),
        ("page.html", "<html><body>hello</body></html>"),
    ],
)
def test_only_profiles_never_fails_on_other_files(
    run_cli: RunCli, tmp_path: Path, name: str, text: str
) -> None:
    other = _write(tmp_path / name, text)
    alone = run_cli(["--only-profiles", other])
    assert (alone.code, alone.out, alone.err) == (0, "", "")
    result = run_cli(["--only-profiles", "--today", TODAY, other, STRONG])
    assert result.code == 0 and name not in result.out and "strong.json" in result.out


def test_unusable_basics_make_its_fields_unknown_not_missing() -> None:
    result = lint_json({"basics": [], "work": []}, select=["HDL", "SUM", "PHO", "BAS", "INP"])
    assert result.codes() == ["INP004"]


@pytest.mark.parametrize(
    "skills", ["Python", [{"name": "Python", "keywords": [1]}], [{"name": "Python"}, 3]]
)
def test_unusable_skills_are_not_judged_as_missing_or_too_few(skills: object) -> None:
    result = lint_json({"basics": {"name": "A"}, "skills": skills}, select=["SKL001", "SKL002"])
    assert result.codes() == ["INP004"]  # input errors are always reported
    result = lint_json({"basics": {"name": "A"}, "skills": skills}, select=["INP"])
    assert {d.field for d in result.diagnostics} == {"skills"}


def test_a_long_run_of_letters_does_not_explode_the_skill_matcher() -> None:
    from profilelint.checks._skills_match import Evidence

    evidence = Evidence([["a" * 5000 + " Kubernetes"]])
    assert max(len(word) for word in evidence.long_words(0)) <= 40


def test_native_dropped_item_keeps_the_positions_of_the_others() -> None:
    document = {
        "profilelint_schema": 1,
        "name": "Ana",
        "positions": [5, {"title": "Dev", "company": "Acme"}],
    }
    text = json.dumps(document, indent=2)
    result = lint_json(text, select=["EXP003", "INP"])
    found = {d.code: d for d in result.diagnostics}
    assert found["INP004"].field == "positions"
    lines = text.split("\n")
    dev = next(i for i, line in enumerate(lines) if '"Dev"' in line)
    assert found["EXP003"].field == "positions[0]"
    assert found["EXP003"].line == dev  # the line of the kept item's opening brace


def test_native_date_parts_must_be_a_real_date() -> None:
    document = {
        "profilelint_schema": 1,
        "name": "Ana",
        "positions": [
            {"title": "Dev", "company": "Acme", "start": {"text": "x", "year": 2020, "month": 13}}
        ],
    }
    result = lint_json(document, select=["EXP", "EXP008"])
    assert "INT001" not in result.codes()
    assert "EXP005" in result.codes()


def test_escaped_keys_are_located() -> None:
    result = load_bytes(b'{"profilelint_schema": 1, "name": "A",\n "\\u00b2": 1}')
    assert [(p.code, p.line, p.column) for p in result.problems] == [("INP006", 2, 2)]


def test_inline_ignore_covers_loader_findings() -> None:
    document = {
        "basics": {"name": "A", "lable": "x"},
        "meta": {"profilelint": {"ignore": ["INP006"]}},
    }
    assert lint_json(document, select=["INP"]).codes() == []


@pytest.fixture
def faulty_module() -> Iterator[str]:
    module = types.ModuleType("faulty_checks")

    @rule("FLT001", "yields-text", severity="info", help="h")
    def text(profile: Profile, ctx: Context) -> Iterator[Finding]:
        yield "not a finding"  # type: ignore[misc]

    @rule("FLT002", "bad-quote", severity="info", help="h")
    def quote(profile: Profile, ctx: Context) -> Iterator[Finding]:
        yield Finding("x", field="name", quote=5)  # type: ignore[arg-type]

    module.text, module.quote = text, quote
    sys.modules[module.__name__] = module
    yield module.__name__
    del sys.modules[module.__name__]


@pytest.fixture
def optionless_module() -> Iterator[str]:
    module = types.ModuleType("optionless_checks")

    class Options(BaseModel):
        threshold: int  # no default: cannot be built without configuration

    @rule("OPT001", "needs-options", severity="info", help="h")
    def needs(profile: Profile, ctx: Context) -> Iterator[Finding]:
        yield Finding("x", field="name")

    module.Options, module.needs = Options, needs
    sys.modules[module.__name__] = module
    yield module.__name__
    del sys.modules[module.__name__]


def test_a_faulty_plugin_rule_is_int001_and_the_others_still_run(faulty_module: str) -> None:
    registry = build_registry(
        [*entry_points(group=GROUP), EntryPoint("faulty", faulty_module, GROUP)]
    )
    settings = make_settings(registry=registry, today=TODAY)
    result = Linter(settings, registry).lint_path(FIXTURES / "name-and-employer.json")
    crashed = [d.message for d in result.diagnostics if d.code == "INT001"]
    assert len(crashed) == 2 and any("FLT001" in m for m in crashed)
    assert all("\n" not in m and len(m) <= 120 for m in crashed)
    assert "HDL002" in result.codes()


def test_plugin_options_without_defaults_are_int002(optionless_module: str) -> None:
    registry = build_registry(
        [*entry_points(group=GROUP), EntryPoint("optionless", optionless_module, GROUP)]
    )
    settings = make_settings(registry=registry, today=TODAY)
    result = Linter(settings, registry).lint_path(FIXTURES / "name-and-employer.json")
    assert "INT002" in result.codes() and "OPT001" not in result.codes()
    assert "HDL002" in result.codes()
    configured = make_settings(
        registry=registry, today=TODAY, config={"checks": {"optionless": {"threshold": 3}}}
    )
    assert "OPT001" in Linter(configured, registry).lint_path(STRONG).codes()


def test_include_globs_match_from_the_configuration_root(run_cli: RunCli, tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    _write(tmp_path / "profilelint.toml", 'include = ["team/*.prof"]\n')
    _write(team / "ana.prof", STRONG.read_text(encoding="utf-8"))
    for cwd, target in ((tmp_path, "."), (team, "."), (Path("/"), str(tmp_path))):
        config = ["--config", str(tmp_path / "profilelint.toml")]
        result = run_cli([*config, "--today", TODAY, target], cwd=cwd)
        assert "ana.prof" in result.out, (cwd, result)


def test_baseline_outside_a_repository_works_from_any_folder(
    run_cli: RunCli, tmp_path: Path
) -> None:
    team = tmp_path / "team"
    team.mkdir()
    _write(team / "p.json", (FIXTURES / "name-and-employer.json").read_text(encoding="utf-8"))
    baseline = tmp_path / "baseline.json"
    written = run_cli(["--write-baseline", baseline, "team"], cwd=tmp_path)
    assert written.code == 1
    for cwd, target in ((tmp_path, "team"), (team, ".")):
        result = run_cli(["--baseline", baseline, target], cwd=cwd)
        assert result.code == 0, (cwd, result.out)


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("\ufeff[tool.profilelint]\nignore = []\n", 0, ""),
        ("tool = 5\n", 0, ""),
        ("[tool]\nprofilelint = 5\n", 2, "must be a table"),
    ],
)
def test_pyproject_edge_cases(
    run_cli: RunCli, tmp_path: Path, text: str, code: int, words: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    result = run_cli(["--today", TODAY, STRONG], cwd=tmp_path)
    assert result.code == code, result.err
    assert words in result.err


def test_severity_of_an_input_error_cannot_be_lowered(run_cli: RunCli, tmp_path: Path) -> None:
    _write(tmp_path / "profilelint.toml", '[severity]\nINP001 = "info"\n')
    result = run_cli(["missing.json"], cwd=tmp_path)
    assert result.code == 1 and "profilelint: warning: severity of INP001" in result.err


def test_a_name_with_a_line_break_keeps_the_score_on_one_line(run_cli: RunCli) -> None:
    document = json.loads(STRONG.read_text(encoding="utf-8"))
    document["basics"]["name"] = "Ingrid\nSolberg"
    document["basics"]["image"] = ""
    result = run_cli(["--today", TODAY, "-"], stdin=json.dumps(document))
    score_lines = [line for line in result.out.splitlines() if "score" in line]
    assert score_lines == ["- (Ingrid Solberg): " + score_lines[0].split("): ", 1)[1]]
