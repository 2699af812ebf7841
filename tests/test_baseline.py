"""--write-baseline / --baseline: only findings that are new are reported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from profilelint.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "profiles"
    shutil.copytree(FIXTURES, folder)
    (tmp_path / ".git").mkdir()  # the repository root that fingerprints are relative to
    monkeypatch.chdir(tmp_path)
    return folder


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["--format", "json", "--today", "2026-11-25", *args])
    return code, json.loads(capsys.readouterr().out)


def _codes(report: dict) -> list[tuple[str, str]]:
    return sorted((f["path"], d["code"]) for f in report["files"] for d in f["diagnostics"])


def test_baseline_hides_recorded_findings_and_shows_new_ones(
    team: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, before = _json(capsys, "--write-baseline", "baseline.json", "profiles")
    assert code == 1 and _codes(before), "the fixtures must have findings to record"
    recorded = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    assert recorded["version"] == 1
    assert len(recorded["fingerprints"]) == len(_codes(before))

    code, after = _json(capsys, "--baseline", "baseline.json", "profiles")
    assert (code, _codes(after)) == (0, [])

    mixed = team / "mixed.json"
    text = mixed.read_text(encoding="utf-8")
    # Move every line down: fingerprints do not depend on lines.
    mixed.write_text("\n\n" + text, encoding="utf-8")
    code, moved = _json(capsys, "--baseline", "baseline.json", "profiles")
    assert (code, _codes(moved)) == (0, [])

    mixed.write_text(text.replace('"Passionate Marketing Manager"', '"Marketing Manager"'))
    code, changed = _json(capsys, "--baseline", "baseline.json", "profiles")
    assert code == 1
    assert ("profiles/mixed.json", "HDL002") in _codes(changed)
    assert ("profiles/mixed.json", "HDL004") not in _codes(changed)


def test_input_errors_are_never_hidden_by_a_baseline(
    team: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = team / "broken.json"
    broken.write_text('{"basics": ', encoding="utf-8")
    _json(capsys, "--write-baseline", "baseline.json", "profiles")
    code, report = _json(capsys, "--baseline", "baseline.json", "profiles")
    assert code == 1
    assert ("profiles/broken.json", "INP001") in _codes(report)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "does not exist"),
        ("not json", "not readable JSON"),
        ('{"version": 2, "fingerprints": []}', "not a profilelint baseline"),
        ('{"version": 1, "fingerprints": [1]}', "not a profilelint baseline"),
    ],
)
def test_a_bad_baseline_is_one_line_and_exit_2(
    team: Path, capsys: pytest.CaptureFixture[str], content: str | None, expected: str
) -> None:
    if content is not None:
        Path("baseline.json").write_text(content, encoding="utf-8")
    code = main(["--baseline", "baseline.json", "profiles"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("profilelint: error: ") and expected in err
    assert err.count("\n") == 1
