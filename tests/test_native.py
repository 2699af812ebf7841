"""The project's own JSON: --show-profile, --schema, the round trip, and native INP handling."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import FIXTURES, TODAY, RunCli, corpus_dir, corpus_files

from profilelint.diagnostic import FileResult
from profilelint.engine import Linter
from profilelint.loaders import load_bytes
from profilelint.model import SCHEMA_VERSION, Profile, all_unknown_profile
from profilelint.plugins import load_registry
from profilelint.testing import lint_json, make_settings

FIXTURE_FILES = sorted(FIXTURES.glob("*.json")) + sorted(
    p for p in (FIXTURES / "team").glob("*.json") if p.name != "package.json"
)


def _lint_path(path: Path) -> FileResult:
    return Linter(make_settings(today=TODAY), load_registry()).lint_path(path)


def _lint_text(text: str, base: Path | None = None) -> FileResult:
    linter = Linter(make_settings(today=TODAY), load_registry())
    return linter.lint_bytes(text.encode("utf-8"), "native.json", base_dir=base)


def _findings(result: FileResult) -> list[tuple[str, str | None, str, str]]:
    # The keys a JSON Resume file has beyond its schema are said once (INP006 info) and are
    # not part of the model, so its native form has none.
    return sorted(
        (d.code, d.field, d.message, d.severity)
        for d in result.diagnostics
        if not (d.code == "INP006" and d.severity == "info")
    )


@pytest.fixture(scope="module")
def schema_document() -> dict[str, Any]:
    import contextlib
    import io

    from profilelint.cli import main

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["--schema"]) == 0
    return json.loads(buffer.getvalue())


def _round_trip(path: Path, run_cli: RunCli, schema_document: dict[str, Any]) -> None:
    shown = run_cli(["--show-profile", path, "--today", TODAY])
    assert shown.code == 0, shown.err
    native = json.loads(shown.out)
    assert native["profilelint_schema"] == 1
    assert next(iter(native)) == "profilelint_schema"
    jsonschema.validate(native, schema_document)
    original = _lint_path(path)
    again = _lint_text(shown.out, base=path.parent)
    assert again.format == "profilelint"
    assert _findings(again) == _findings(original)
    assert again.score == original.score
    assert again.person == original.person


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
def test_fixture_round_trip(path: Path, run_cli: RunCli, schema_document: dict[str, Any]) -> None:
    _round_trip(path, run_cli, schema_document)


@pytest.mark.parametrize("path", corpus_files("jsonresume"), ids=lambda p: p.name)
def test_corpus_round_trip(path: Path, run_cli: RunCli, schema_document: dict[str, Any]) -> None:
    corpus_dir()
    _round_trip(path, run_cli, schema_document)


def test_show_profile_is_loaded_back_to_the_same_model() -> None:
    result = load_bytes((FIXTURES / "mixed.json").read_bytes())
    native = result.profile.to_native()
    again = load_bytes(json.dumps(native).encode())
    assert again.profile == result.profile
    assert [p for p in again.problems if p.severity != "info"] == []  # ignored keys


def test_schema_is_a_json_schema_with_the_marker(schema_document: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema_document)
    assert schema_document["required"] == ["profilelint_schema"]
    assert schema_document["properties"]["profilelint_schema"] == {"const": SCHEMA_VERSION}
    for field in ("headline", "positions", "endorsements_received", "connections", "industry"):
        assert field in schema_document["properties"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"profilelint_schema": 1, "headline": 3}, schema_document)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"headline": "x"}, schema_document)


def test_all_unknown_profile_validates(schema_document: dict[str, Any]) -> None:
    jsonschema.validate(all_unknown_profile().to_native(), schema_document)


def test_show_profile_of_a_broken_file_is_one_line(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = run_cli(["--show-profile", bad])
    assert result.code == 2
    assert result.err.startswith("profilelint: error:") and result.err.count("\n") == 1
    assert "INP001" in result.err


# --- native loading ----------------------------------------------------------------------------


def test_native_document_loads_with_its_knowledge() -> None:
    document = {
        "profilelint_schema": 1,
        "name": "Kari Nordmann",
        "headline": "Helping Norwegian farms sell direct",
        "positions": [{"title": "Founder", "company": "Gardsbutikk", "start": "2020-04"}],
        "knowledge": {"unknown": ["photo"], "partial": ["skills"]},
    }
    result = load_bytes(json.dumps(document).encode())
    assert result.format == "profilelint"
    profile = result.profile
    assert isinstance(profile, Profile)
    assert profile.positions[0].start is not None and profile.positions[0].start.month == 4
    assert not profile.knows("photo")
    assert profile.knows("skills") and not profile.complete("skills")


def test_native_unknown_key_suggests() -> None:
    text = json.dumps({"profilelint_schema": 1, "name": "Kari", "headlin": "Programmer"}, indent=2)
    result = lint_json(text)
    found = [d for d in result.diagnostics if d.code == "INP006"]
    assert len(found) == 1
    assert "did you mean 'headline'" in found[0].message
    lines = text.split("\n")
    assert (found[0].line, found[0].column) == (4, lines[3].index('"headlin"') + 1)
    assert "HDL001" not in result.codes()


def test_native_wrong_type_is_inp004_and_the_rest_loads() -> None:
    text = json.dumps(
        {
            "profilelint_schema": 1,
            "name": "Kari",
            "headline": "Programmer",
            "connections": "many",
        },
        indent=2,
    )
    result = lint_json(text)
    found = [d for d in result.diagnostics if d.code == "INP004"]
    assert [d.field for d in found] == ["connections"]
    lines = text.split("\n")
    assert (found[0].line, found[0].column) == (5, lines[4].index('"many"') + 1)
    assert "HDL002" in result.codes()
    assert result.format == "profilelint"


def test_native_wrong_type_inside_a_list() -> None:
    document = {
        "profilelint_schema": 1,
        "name": "Kari",
        "headline": "Programmer",
        "positions": [{"title": 5, "company": "Acme"}],
    }
    result = lint_json(document)
    assert [d.field for d in result.diagnostics if d.code == "INP004"] == ["positions[0].title"]
    assert "HDL002" in result.codes()


@pytest.mark.parametrize("version", [2, 0, "1"])
def test_native_unsupported_schema_version_is_inp002(version: object) -> None:
    result = lint_json({"profilelint_schema": version, "name": "Kari"})
    assert result.codes() == ["INP002"]


def test_native_headline_unknown_is_silent() -> None:
    result = lint_json(
        {"profilelint_schema": 1, "name": "Kari", "knowledge": {"unknown": ["headline"]}},
        select=["HDL"],
    )
    assert result.codes() == []
