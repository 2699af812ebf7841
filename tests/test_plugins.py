"""Third-party check modules registered from a throw-away distribution on PYTHONPATH."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest
from conftest import TODAY, CliResult, run_subprocess

GOOD = '''
    """A third-party check module for the tests."""

    from profilelint.api import Finding, rule


    @rule("FAK001", "fake-headline-seen", severity="warning", help="Do something else.")
    def headline_seen(profile, ctx):
        """What it checks
        Nothing useful.

        Why it matters
        It does not.

        Example
        Any headline.

        Better
        None.

        Options
        None.
        """
        if profile.headline:
            yield Finding(f'fake plugin saw "{profile.headline}"', field="headline")


    @rule("HDL001", "fake-claims-a-builtin-code", severity="error", help="h")
    def steals(profile, ctx):
        yield Finding("must never be reported", field="headline")


    @rule("SUM999", "fake-reserved-prefix", severity="error", help="h")
    def reserved(profile, ctx):
        yield Finding("must never be reported", field="summary")
'''

DUPLICATE = """
    from profilelint.api import Finding, rule


    @rule("FAK001", "other-duplicate-code", severity="error", help="h")
    def duplicate(profile, ctx):
        yield Finding("the duplicate must never be reported", field="headline")
"""


def _distribution(root: Path, name: str, version: str, entry: str, module: str, code: str) -> None:
    info = root / f"{name}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        f"[profilelint.checks]\n{entry} = {module}\n", encoding="utf-8"
    )
    (root / f"{module}.py").write_text(textwrap.dedent(code), encoding="utf-8")


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("plugins")
    _distribution(root, "fakeplugin", "1.0", "fake", "fake_checks", GOOD)
    _distribution(root, "otherplugin", "2.0", "other", "other_checks", DUPLICATE)
    (root / "profile.json").write_text(
        json.dumps({"basics": {"name": "Ana", "label": "Programmer", "summary": "Hi."}}),
        encoding="utf-8",
    )
    return root


def run(plugin_path: Path, *args: str) -> CliResult:
    pythonpath = os.pathsep.join(filter(None, [str(plugin_path), os.environ.get("PYTHONPATH")]))
    return run_subprocess(list(args), cwd=plugin_path, env={"PYTHONPATH": pythonpath})


@pytest.fixture(scope="module")
def report(plugin_path: Path) -> tuple[int, dict[str, object]]:
    result = run(plugin_path, "--today", TODAY, "--format", "json", "profile.json")
    assert result.err == "", result.err
    return result.code, json.loads(result.out)


def _diagnostics(report: tuple[int, dict[str, object]]) -> list[dict[str, object]]:
    data = report[1]
    (file,) = data["files"]  # type: ignore[index]
    return file["diagnostics"]  # type: ignore[no-any-return]


def test_third_party_rule_reports(report: tuple[int, dict[str, object]]) -> None:
    fak = [d for d in _diagnostics(report) if d["code"] == "FAK001"]
    assert len(fak) == 1
    assert fak[0]["name"] == "fake-headline-seen"
    assert fak[0]["message"] == 'fake plugin saw "Programmer"'
    assert fak[0]["severity"] == "warning"
    assert fak[0]["line"] is not None


def test_duplicate_code_is_int002_naming_both(report: tuple[int, dict[str, object]]) -> None:
    int002 = [str(d["message"]) for d in _diagnostics(report) if d["code"] == "INT002"]
    duplicate = [m for m in int002 if "FAK001" in m]
    assert len(duplicate) == 1, int002
    assert "fakeplugin" in duplicate[0] and "otherplugin" in duplicate[0]
    # The first claimant (sorted by entry-point name) keeps the code.
    assert all("must never be reported" not in str(d["message"]) for d in _diagnostics(report))


def test_builtin_code_and_reserved_prefix_are_int002(
    report: tuple[int, dict[str, object]],
) -> None:
    int002 = [str(d["message"]) for d in _diagnostics(report) if d["code"] == "INT002"]
    assert any("HDL001" in m and "fakeplugin" in m for m in int002), int002
    assert any("SUM999" in m and "fakeplugin" in m and "reserved" in m for m in int002), int002
    assert len(int002) == 3
    hdl001 = [d for d in _diagnostics(report) if d["code"] == "HDL001"]
    assert hdl001 == []  # the profile has a headline: the built-in rule is untouched


def test_builtin_rules_still_run(report: tuple[int, dict[str, object]]) -> None:
    assert "HDL002" in {d["code"] for d in _diagnostics(report)}


def test_plugin_failures_exit_1_even_with_exit_zero(
    plugin_path: Path, report: tuple[int, dict[str, object]]
) -> None:
    assert report[0] == 1
    result = run(plugin_path, "--today", TODAY, "--exit-zero", "--select", "FAK", "profile.json")
    assert result.code == 1


def test_list_rules_and_version_show_the_plugin(plugin_path: Path) -> None:
    listed = run(plugin_path, "--list-rules")
    assert listed.code == 0
    rows = {line.split()[0]: line.split() for line in listed.out.splitlines()[1:]}
    assert rows["FAK001"][:3] == ["FAK001", "fake-headline-seen", "warning"]
    assert rows["FAK001"][-1] == "fake"
    assert "SUM999" not in rows and rows["HDL001"][1] == "headline-missing"
    version = run(plugin_path, "--version")
    assert version.code == 0
    assert "fakeplugin" in version.out and "otherplugin" in version.out
    modules = version.out.split("check modules:")[1]
    assert "fake" in modules and "headline" in modules


def test_explain_a_plugin_rule(plugin_path: Path) -> None:
    result = run(plugin_path, "--explain", "fake-headline-seen")
    assert result.code == 0
    assert result.out.startswith("FAK001 fake-headline-seen")
    assert "fakeplugin" in result.out


def test_plugin_rule_can_be_selected_and_ignored(plugin_path: Path) -> None:
    selected = run(
        plugin_path, "--today", TODAY, "--select", "FAK", "--format", "json", "profile.json"
    )
    codes = {d["code"] for d in json.loads(selected.out)["files"][0]["diagnostics"]}
    assert codes == {"FAK001", "INT002"}
    ignored = run(
        plugin_path,
        "--today",
        TODAY,
        "--ignore",
        "fake-headline-seen",
        "--format",
        "json",
        "profile.json",
    )
    codes = {d["code"] for d in json.loads(ignored.out)["files"][0]["diagnostics"]}
    assert "FAK001" not in codes and "INT002" in codes
