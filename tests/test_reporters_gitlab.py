"""GitLab Code Quality reporter: keys, severities, paths and the shared fingerprints."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from profilelint.diagnostic import FileResult, core_diagnostic
from profilelint.fingerprint import fingerprints
from profilelint.plugins import load_registry
from profilelint.reporters import Report, get_reporter
from profilelint.testing import lint_json

BUZZWORDS = {"basics": {"name": "Chiamaka Obi", "label": "Passionate guru building rota tools"}}
KEYS = {"description", "check_name", "fingerprint", "severity", "location"}


def render(*results: FileResult, root: str = ".") -> list[dict[str, Any]]:
    text = get_reporter("gitlab")(
        Report(results=list(results), registry=load_registry(), root=root)
    )
    return json.loads(text)


def test_issue_keys_and_values() -> None:
    result = lint_json(BUZZWORDS, select=["HDL"], filename="team/chiamaka.json")
    issues = render(result)
    assert len(issues) == 2
    for issue in issues:
        assert set(issue) == KEYS
        assert set(issue["location"]) == {"path", "lines"}
        assert issue["location"]["path"] == "team/chiamaka.json"
        assert isinstance(issue["location"]["lines"]["begin"], int)
        assert len(issue["fingerprint"]) == 64
    assert issues[0]["check_name"] == "HDL004"
    assert issues[0]["description"] == 'HDL004: Headline uses the overused "Passionate"'
    assert issues[0]["location"]["lines"]["begin"] == 4
    assert issues[0]["severity"] == "minor"


def test_same_fingerprints_as_sarif_and_unique() -> None:
    result = lint_json(BUZZWORDS, select=["HDL"], filename="team/chiamaka.json")
    result.diagnostics.append(result.diagnostics[0])  # a repeated finding
    issues = render(result)
    expected = fingerprints(result.diagnostics, ".")
    assert [i["fingerprint"] for i in issues] == expected
    assert len(set(expected)) == 3
    sarif = json.loads(get_reporter("sarif")(Report(results=[result], registry=load_registry())))
    assert [
        r["partialFingerprints"]["profilelint/v1"] for r in sarif["runs"][0]["results"]
    ] == expected


@pytest.mark.parametrize(
    ("code", "severity", "expected"),
    [
        ("HDL004", "info", "info"),
        ("HDL004", "warning", "minor"),
        ("HDL004", "error", "major"),
        ("INP001", "error", "critical"),
        ("INT001", "error", "critical"),
        ("INP005", "info", "info"),
    ],
)
def test_severity_mapping(code: str, severity: str, expected: str) -> None:
    result = lint_json(BUZZWORDS, select=["HDL"], filename="a.json")
    result.diagnostics = [dataclasses.replace(result.diagnostics[0], code=code, severity=severity)]
    (issue,) = render(result)
    assert issue["severity"] == expected


def test_unreadable_file_and_missing_line() -> None:
    broken = lint_json("{not json", select=["HDL"], filename="team/broken.json")
    lineless = FileResult(
        path="exports/eirik",
        diagnostics=[
            core_diagnostic("INP006", "unknown key 'Foo'", "exports/eirik", member="Profile.csv")
        ],
    )
    issues = render(lineless, broken)
    assert issues[0]["location"] == {"path": "exports/eirik/Profile.csv", "lines": {"begin": 1}}
    assert issues[0]["severity"] == "minor"
    assert issues[1]["check_name"] == "INP001" and issues[1]["severity"] == "critical"


def test_paths_relative_to_the_root(tmp_path: Path) -> None:
    result = lint_json(BUZZWORDS, select=["HDL"], filename=str(tmp_path / "team" / "c.json"))
    assert {i["location"]["path"] for i in render(result, root=str(tmp_path))} == {"team/c.json"}


def test_clean_run_is_an_empty_list() -> None:
    clean = lint_json(
        {"basics": {"name": "Wang Lihua", "label": "为小型诊所开发排班软件"}}, select=["HDL"]
    )
    assert render(clean) == []
