"""The engine: knowledge, crash containment, languages, inline ignores, today and targets."""

from __future__ import annotations

import datetime as dt
import json
import sys
import types
from collections.abc import Iterator
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY

from profilelint.api import Context, Finding, Profile, Rule, rule
from profilelint.config import Settings, load_settings, validate_against
from profilelint.diagnostic import FileResult
from profilelint.engine import Linter
from profilelint.loaders import LoadResult, SourceMap, load_bytes
from profilelint.model import all_unknown_profile
from profilelint.plugins import GROUP, Registry, build_registry, load_registry
from profilelint.testing import lint_json, make_settings

REGISTRY = load_registry()
ALL_RULES = list(REGISTRY.rules.values())


def _all_selected(registry: Registry = REGISTRY) -> Settings:
    """Settings that select every rule by code, so default-off rules run too."""
    settings = load_settings(
        config_file=None,
        overrides={"today": TODAY, "select": sorted(registry.rules) or ["ALL"]},
        cwd=Path("/nonexistent"),
    )
    return validate_against(settings, registry)


# --- knowledge: the all-unknown meta-test -------------------------------------------------------


def test_the_registry_holds_the_builtin_headline_rules() -> None:
    assert {"HDL001", "HDL002", "HDL003", "HDL004", "HDL005", "HDL006"} <= set(REGISTRY.rules)
    assert REGISTRY.failures == []


@pytest.mark.parametrize("target", ["linkedin", "resume"])
def test_all_unknown_profile_gives_no_diagnostics(target: str) -> None:
    settings = _all_selected()
    settings.target = target
    loaded = LoadResult(profile=all_unknown_profile(), format="profilelint", source=SourceMap())
    result = Linter(settings, REGISTRY).lint_loaded(loaded, "unknown.json")
    assert result.diagnostics == []
    assert (result.score, result.level) == (None, None)


@pytest.mark.parametrize("checked", ALL_RULES, ids=lambda r: r.code)
@pytest.mark.parametrize("target", ["linkedin", "resume"])
def test_no_rule_finds_anything_on_an_all_unknown_profile(checked: Rule, target: str) -> None:
    """Stricter than the engine's filter: the rule itself yields nothing."""
    model = REGISTRY.modules[checked.module].options_model
    ctx = Context(
        options=model() if model else None, today=dt.date.fromisoformat(TODAY), target=target
    )
    assert list(checked.function(all_unknown_profile(), ctx)) == []


# --- fake check modules -------------------------------------------------------------------------


@pytest.fixture
def fake_module() -> Iterator[types.ModuleType]:
    """A throw-away check module ``fake_engine_checks`` importable by an entry point."""
    module = types.ModuleType("fake_engine_checks")

    @rule("FAK001", "fake-crash", severity="error", help="h")
    def crash(profile: Profile, ctx: Context) -> Iterator[Finding]:
        raise ValueError("boom")
        yield  # pragma: no cover

    @rule("FAK002", "fake-summary-english", severity="warning", help="h", languages={"en"})
    def english(profile: Profile, ctx: Context) -> Iterator[Finding]:
        if profile.summary:
            yield Finding("summary seen", field="summary")

    @rule("FAK003", "fake-today", severity="info", help="h")
    def today(profile: Profile, ctx: Context) -> Iterator[Finding]:
        yield Finding(f"today is {ctx.today.isoformat()}, target {ctx.target}", field="name")

    @rule("FAK004", "fake-photo", severity="warning", help="h")
    def photo(profile: Profile, ctx: Context) -> Iterator[Finding]:
        yield Finding("photo finding", field="photo")

    @rule("FAK005", "fake-off", severity="info", help="h", default_enabled=False)
    def off(profile: Profile, ctx: Context) -> Iterator[Finding]:
        yield Finding("off by default", field=None)

    for item in (crash, english, today, photo, off):
        setattr(module, item.name.replace("-", "_"), item)
    sys.modules[module.__name__] = module
    yield module
    del sys.modules[module.__name__]


def _registry_with_fake() -> Registry:
    entries = [*entry_points(group=GROUP), EntryPoint("fake", "fake_engine_checks", GROUP)]
    return build_registry(entries)


def _lint(registry: Registry, document: dict[str, Any], **overrides: Any) -> FileResult:
    settings = load_settings(
        config_file=None,
        overrides={"today": TODAY, **overrides},
        cwd=Path("/nonexistent"),
    )
    settings = validate_against(settings, registry)
    data = json.dumps(document, indent=2, ensure_ascii=False).encode()
    return Linter(settings, registry).lint_bytes(data, "p.json")


PROFILE = {
    "basics": {
        "name": "Ana Pérez",
        "label": "Programmer",
        "summary": "I build scheduling software for small dental clinics in Spain and Portugal.",
    }
}


def test_a_crashing_rule_is_int001_and_the_others_still_run(
    fake_module: types.ModuleType,
) -> None:
    registry = _registry_with_fake()
    assert "FAK001" in registry.rules and registry.failures == []
    result = _lint(registry, PROFILE)
    crashes = [d for d in result.diagnostics if d.code == "INT001"]
    assert len(crashes) == 1
    assert "FAK001" in crashes[0].message and "fake-crash" in crashes[0].message
    assert "boom" in crashes[0].message
    assert crashes[0].severity == "error"
    assert {"FAK002", "FAK003", "HDL002"} <= set(result.codes())


def test_int001_cannot_be_ignored(fake_module: types.ModuleType) -> None:
    result = _lint(_registry_with_fake(), PROFILE, ignore=["INT", "INT001"])
    assert "INT001" in result.codes()
    # Ignoring the rule itself means it does not run, so nothing crashes.
    assert "INT001" not in _lint(_registry_with_fake(), PROFILE, ignore=["FAK001"]).codes()


def test_a_module_that_fails_to_import_is_int002_in_every_file() -> None:
    entries = [*entry_points(group=GROUP), EntryPoint("broken", "no_such_module_xyz", GROUP)]
    registry = build_registry(entries)
    assert len(registry.failures) == 1 and "'broken'" in registry.failures[0]
    result = _lint(registry, PROFILE)
    assert [d.code for d in result.diagnostics if d.code.startswith("INT")] == ["INT002"]
    assert "HDL002" in result.codes()


@pytest.mark.parametrize(
    ("summary", "reported"),
    [
        ("I build scheduling software for small dental clinics in Spain and Portugal.", True),
        (
            "Construyo software de citas para pequeñas clínicas dentales en España y Portugal.",
            False,
        ),
        (
            "Ich entwickle Terminsoftware für kleine Zahnarztpraxen in Deutschland und Österreich.",
            False,
        ),
        ("我为西班牙和葡萄牙的小型牙科诊所开发预约软件，帮助他们更好地安排工作。", False),
    ],
)
def test_languages_gate(fake_module: types.ModuleType, summary: str, reported: bool) -> None:
    document = {"basics": {"name": "Ana", "label": "x", "summary": summary}}
    result = _lint(_registry_with_fake(), document, select=["FAK002"])
    assert ("FAK002" in result.codes()) is reported


def test_findings_about_unknown_fields_are_dropped(fake_module: types.ModuleType) -> None:
    registry = _registry_with_fake()
    known = _lint(registry, PROFILE, select=["FAK004"])
    assert known.codes() == ["FAK004"]
    unknown = {"profilelint_schema": 1, "name": "Ana", "knowledge": {"unknown": ["photo"]}}
    assert _lint(registry, unknown, select=["FAK004"]).codes() == []


def test_today_and_target_reach_the_rules(fake_module: types.ModuleType) -> None:
    registry = _registry_with_fake()
    result = _lint(registry, PROFILE, select=["FAK003"], today="2031-02-03")
    assert [d.message for d in result.diagnostics] == ["today is 2031-02-03, target linkedin"]
    result = _lint(registry, PROFILE, select=["FAK003"], target="resume")
    assert [d.message for d in result.diagnostics] == [f"today is {TODAY}, target resume"]


def test_default_off_rule_runs_only_when_named(fake_module: types.ModuleType) -> None:
    registry = _registry_with_fake()
    assert "FAK005" not in _lint(registry, PROFILE).codes()
    assert "FAK005" not in _lint(registry, PROFILE, select=["ALL"]).codes()
    assert "FAK005" in _lint(registry, PROFILE, select=["FAK005"]).codes()
    assert "FAK005" in _lint(registry, PROFILE, **{"extend-select": ["fake-off"]}).codes()


def test_date_rules_follow_today() -> None:
    """Every rule reading ctx.today must give the same result for the same ``today``."""
    document = {
        "basics": {"name": "Ana", "label": "x"},
        "work": [{"name": "Acme", "position": "Dev", "startDate": "2030-01", "summary": "x"}],
    }
    before = lint_json(document, today="2025-01-01")
    after = lint_json(document, today="2031-01-01")
    if before.codes() == after.codes():
        pytest.skip("no installed rule depends on today for a start date in the future yet")
    assert lint_json(document, today="2025-01-01").codes() == before.codes()


# --- inline ignores -----------------------------------------------------------------------------


def _with_ignores(ignores: list[str]) -> dict[str, Any]:
    return {
        "basics": {"name": "Ana", "label": "Programmer"},
        "meta": {"profilelint": {"ignore": ignores}},
    }


@pytest.mark.parametrize("selector", ["HDL002", "HDL", "HDL00", "headline-is-job-title"])
def test_inline_ignore_suppresses(selector: str) -> None:
    result = lint_json(_with_ignores([selector]), select=["HDL", "INP"])
    assert result.codes() == []


@pytest.mark.parametrize(
    ("selector", "words"),
    [
        ("HDL004", "suppressed nothing"),
        ("headline-buzzwords", "suppressed nothing"),
        ("XYZ999", "is not a rule"),
    ],
)
def test_unused_inline_ignore_is_inp007(selector: str, words: str) -> None:
    document = _with_ignores(["HDL002", selector])
    text = json.dumps(document, indent=2)
    result = lint_json(text, select=["HDL", "INP"])
    assert result.codes() == ["INP007"]
    (diagnostic,) = result.diagnostics
    assert f"'{selector}'" in diagnostic.message and words in diagnostic.message
    assert diagnostic.severity == "info"
    assert diagnostic.field == "ignore[1]"
    lines = text.split("\n")
    row = next(i for i, line in enumerate(lines) if f'"{selector}"' in line)
    assert (diagnostic.line, diagnostic.column) == (row + 1, lines[row].index(f'"{selector}"') + 1)


def test_inp007_can_be_ignored_by_configuration() -> None:
    result = lint_json(
        _with_ignores(["HDL004"]), select=["HDL", "INP"], config={"ignore": ["INP007"]}
    )
    assert result.codes() == ["HDL002"]


def test_native_inline_ignore() -> None:
    document = {
        "profilelint_schema": 1,
        "name": "Ana",
        "headline": "Programmer",
        "ignore": ["HDL002"],
    }
    assert lint_json(document, select=["HDL"]).codes() == []


# --- target presets -----------------------------------------------------------------------------

LONG = {
    "basics": {
        "name": "Ana",
        "label": "Helping small dental clinics fill their calendars " + "and keep patients " * 12,
    }
}
TITLE = {"basics": {"name": "Ana", "label": "Programmer"}}


def test_linkedin_target_severities() -> None:
    assert [(d.code, d.severity) for d in lint_json(LONG, select=["HDL003"]).diagnostics] == [
        ("HDL003", "error")
    ]
    assert [(d.code, d.severity) for d in lint_json(TITLE, select=["HDL002"]).diagnostics] == [
        ("HDL002", "warning")
    ]


def test_resume_target_lowers_hdl_and_turns_hdl003_off() -> None:
    resume = {"target": "resume"}
    assert "HDL003" not in lint_json(LONG, select=["HDL"], config=resume).codes()
    result = lint_json(TITLE, select=["HDL"], config=resume)
    assert [(d.code, d.severity) for d in result.diagnostics] == [("HDL002", "info")]


@pytest.mark.parametrize(
    "config",
    [{"select": ["HDL003"]}, {"extend-select": ["HDL003"]}, {"select": ["headline-too-long"]}],
)
def test_explicit_selection_re_enables_a_preset_ignored_rule(config: dict[str, Any]) -> None:
    result = lint_json(LONG, config={"target": "resume", **config})
    assert "HDL003" in result.codes()


def test_a_prefix_selection_does_not_re_enable_a_preset_ignored_rule() -> None:
    assert "HDL003" not in lint_json(LONG, config={"target": "resume", "select": ["HDL"]}).codes()


def test_explicit_severity_beats_the_preset() -> None:
    result = lint_json(
        TITLE, select=["HDL002"], config={"target": "resume", "severity": {"HDL002": "error"}}
    )
    assert [(d.code, d.severity) for d in result.diagnostics] == [("HDL002", "error")]


def test_result_path_and_person() -> None:
    result = Linter(make_settings(select=["HDL"]), REGISTRY).lint_loaded(
        load_bytes(json.dumps(PROFILE).encode()), "some/where.json"
    )
    assert result.path == "some/where.json"
    assert result.person == "Ana Pérez"
    assert all(d.path == "some/where.json" for d in result.diagnostics)
