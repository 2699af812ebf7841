"""SARIF reporter and fingerprints: valid SARIF 2.1.0, documented rules, stable fingerprints."""

from __future__ import annotations

import dataclasses
import json
import os
import posixpath
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from profilelint.diagnostic import Diagnostic, FileResult, Location, core_diagnostic
from profilelint.fingerprint import fingerprint, fingerprints, relative_path
from profilelint.plugins import load_registry
from profilelint.reporters import FORMATS, Report, get_reporter
from profilelint.testing import lint_json

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"

BUZZWORDS = {"basics": {"name": "Ana Pérez", "label": "Passionate guru building rota tools"}}
CLEAN = {"basics": {"name": "Wang Lihua", "label": "为小型诊所开发排班软件"}}


def report(*results: FileResult, root: str = ".") -> Report:
    return Report(results=list(results), registry=load_registry(), root=root)


def sarif(*results: FileResult, root: str = ".") -> dict[str, Any]:
    return json.loads(get_reporter("sarif")(report(*results, root=root)))


def mixed_results() -> list[FileResult]:
    """Rule findings, a core input error, a clean file, an export member with related rows."""
    bad = lint_json(BUZZWORDS, select=["HDL"], filename="team/Ana Pérez, #1.json")
    broken = lint_json("{not json", select=["HDL"], filename="team/broken.json")
    clean = lint_json(CLEAN, select=["HDL"], filename="team/wang.json")
    export = FileResult(
        path="exports/eirik.zip",
        format="linkedin-export",
        diagnostics=[
            dataclasses.replace(
                bad.diagnostics[0],
                path="exports/eirik.zip",
                member="Profile.csv",
                line=None,
                column=None,
                severity="info",
                related=(Location("positions[0]", 2, 1), Location("positions[3]", None, None)),
            )
        ],
    )
    return sorted([bad, broken, clean, export], key=lambda r: r.path)


def validator() -> Any:
    if not SCHEMA.is_file():
        if os.environ.get("PROFILELINT_REQUIRE_CORPUS") == "1":
            pytest.fail(f"the SARIF schema is missing at {SCHEMA} (PROFILELINT_REQUIRE_CORPUS=1)")
        pytest.skip(f"the SARIF schema is not present at {SCHEMA} (../shared is not checked out)")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )


def test_registered() -> None:
    assert {"sarif", "github", "gitlab", "junit", "json-lines"} <= set(FORMATS)


@pytest.mark.parametrize(
    "results",
    [mixed_results(), [lint_json(CLEAN, select=["HDL"])]],
    ids=["findings", "clean"],
)
def test_valid_against_the_schema(results: list[FileResult]) -> None:
    errors = sorted(validator().iter_errors(sarif(*results)), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_run_shape() -> None:
    log = sarif(*mixed_results())
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")
    driver = run["tool"]["driver"]
    assert driver["name"] == "profilelint"
    assert driver["version"] and driver["informationUri"].startswith("https://")


def test_every_result_points_at_its_documented_rule() -> None:
    run = sarif(*mixed_results())["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted({r["ruleId"] for r in run["results"]})
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    by_id = {r["id"]: r for r in rules}
    buzz = by_id["HDL004"]
    assert buzz["name"] == "headline-buzzwords"
    assert buzz["defaultConfiguration"]["level"] == "warning"
    assert "overused" in buzz["shortDescription"]["text"]
    assert "Why it matters" not in buzz["fullDescription"]["text"]
    for section in ("What it checks", "Why it matters", "Example", "Better", "Options"):
        assert f"### {section}" in buzz["help"]["markdown"]
        assert section in buzz["help"]["text"]
    assert load_registry().rules["HDL004"].help in buzz["help"]["text"]
    core = by_id["INP001"]
    assert core["name"] == "file-unreadable"
    assert core["defaultConfiguration"]["level"] == "error"
    assert "readable UTF-8" in core["help"]["text"]


def test_results_locations_and_levels() -> None:
    run = sarif(*mixed_results())["runs"][0]
    by_uri: dict[str, list[dict[str, Any]]] = {}
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]
        by_uri.setdefault(location["artifactLocation"]["uri"], []).append(result)
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    # repository-relative, posix, percent-encoded (space, comma, é, #)
    assert set(by_uri) == {
        "exports/eirik.zip",
        "team/Ana%20P%C3%A9rez%2C%20%231.json",
        "team/broken.json",
    }
    first = by_uri["team/Ana%20P%C3%A9rez%2C%20%231.json"][0]
    assert first["level"] == "warning"
    assert first["message"]["text"] == 'Headline uses the overused "Passionate"'
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 4,
        "startColumn": 15,
    }
    assert first["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "headline"
    (zipped,) = by_uri["exports/eirik.zip"]
    assert zipped["level"] == "note"
    assert "region" not in zipped["locations"][0]["physicalLocation"]
    assert zipped["properties"]["member"] == "Profile.csv"
    assert [r["logicalLocations"][0]["fullyQualifiedName"] for r in zipped["relatedLocations"]] == [
        "positions[0]",
        "positions[3]",
    ]
    (broken,) = by_uri["team/broken.json"]
    assert "logicalLocations" not in broken["locations"][0]


def test_uris_relative_to_the_given_root(tmp_path: Path) -> None:
    inside = lint_json(BUZZWORDS, select=["HDL"], filename=str(tmp_path / "team" / "ana.json"))
    outside = lint_json(BUZZWORDS, select=["HDL"], filename="/elsewhere/ana.json")
    run = sarif(inside, outside, root=str(tmp_path))["runs"][0]
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
    assert {"uri": "team/ana.json", "uriBaseId": "%SRCROOT%"} in locations
    assert {"uri": "file:///elsewhere/ana.json"} in locations


def test_partial_fingerprints_are_the_shared_fingerprints() -> None:
    results = mixed_results()
    run = sarif(*results)["runs"][0]
    expected = fingerprints([d for r in results for d in r.diagnostics], ".")
    assert [r["partialFingerprints"]["profilelint/v1"] for r in run["results"]] == expected


# --- fingerprints -------------------------------------------------------------------------


def buzz(document: dict[str, Any], filename: str = "team/ana.json") -> list[Diagnostic]:
    return lint_json(document, select=["HDL"], filename=filename).diagnostics


def test_fingerprint_ignores_line_moves() -> None:
    before = buzz({"basics": {"name": "Ana", "label": "Passionate guru"}})
    moved = buzz(
        {
            "meta": {"note": "a key above the headline"},
            "work": [],
            "basics": {"email": "ana@example.org", "name": "Ana", "label": "Passionate guru"},
        }
    )
    assert [d.line for d in before] != [d.line for d in moved]
    assert fingerprints(before) == fingerprints(moved)
    assert len(set(fingerprints(before))) == 2


@pytest.mark.parametrize(
    "change",
    [
        {"code": "HDL999"},
        {"path": "team/bo.json"},
        {"member": "Profile.csv"},
        {"field": "summary"},
        {"quote": "Motivated"},
    ],
)
def test_fingerprint_changes_with_each_identifying_part(change: dict[str, str]) -> None:
    (diagnostic,) = buzz({"basics": {"name": "Ana", "label": "Passionate builder"}})
    assert fingerprint(dataclasses.replace(diagnostic, **change)) != fingerprint(diagnostic)


def test_fingerprint_ignores_position_severity_and_help() -> None:
    (diagnostic,) = buzz({"basics": {"name": "Ana", "label": "Passionate builder"}})
    other = dataclasses.replace(diagnostic, line=99, column=3, severity="error", help="other")
    assert fingerprint(other) == fingerprint(diagnostic)
    value = fingerprint(diagnostic)
    assert len(value) == 64 and int(value, 16) >= 0


def test_fingerprint_uses_the_message_without_a_quote() -> None:
    one = core_diagnostic("INP004", "work[0].startDate is not a date", "a.json", field="work[0]")
    two = dataclasses.replace(one, message="work[0].endDate is not a date")
    assert fingerprint(one) != fingerprint(two)


def test_fingerprint_path_normalisation(tmp_path: Path) -> None:
    (diagnostic,) = buzz({"basics": {"name": "Ana", "label": "Passionate builder"}})
    spellings = ["team/ana.json", "./team/ana.json", "team//x/../ana.json", "team\\ana.json"]
    assert len({fingerprint(dataclasses.replace(diagnostic, path=p)) for p in spellings}) == 1
    absolute = dataclasses.replace(diagnostic, path=str(tmp_path / "team" / "ana.json"))
    assert fingerprint(absolute, root=tmp_path) == fingerprint(diagnostic)
    assert (
        relative_path(str(tmp_path / "a.json"), tmp_path / "team")
        == (tmp_path / "a.json").as_posix()
    )
    assert relative_path("-") == "-"


def test_fingerprint_folds_whitespace_and_normalisation() -> None:
    (diagnostic,) = buzz({"basics": {"name": "Ana", "label": "Passionate builder"}})
    one = dataclasses.replace(diagnostic, quote="team  player")
    two = dataclasses.replace(diagnostic, quote="team\nplayer")
    assert fingerprint(one) == fingerprint(two)
    nfc = dataclasses.replace(diagnostic, quote="Pérez")
    nfd = dataclasses.replace(diagnostic, quote="Pe\u0301rez")
    assert fingerprint(nfc) == fingerprint(nfd)


def test_repeated_findings_get_distinct_stable_fingerprints() -> None:
    (diagnostic,) = buzz({"basics": {"name": "Ana", "label": "Passionate builder"}})
    twice = [diagnostic, dataclasses.replace(diagnostic, column=40)]
    first, second = fingerprints(twice)
    assert first == fingerprint(diagnostic) and second != first
    assert fingerprints(twice) == [first, second]


def test_doc_sections_and_short_description() -> None:
    from profilelint.reporters.sarif import _first_sentence, doc_sections

    doc = (
        "What it checks\nWhether a role, e.g. an internship,\nis described. More.\n\n"
        'Why it matters\nReaders skim.\n\nExample\n"Intern"\n\nBetter\n"Intern who shipped X"\n\n'
        "Options\nNone.\n"
    )
    sections = doc_sections(doc)
    assert list(sections) == ["What it checks", "Why it matters", "Example", "Better", "Options"]
    assert sections["Why it matters"] == "Readers skim."
    assert (
        _first_sentence(sections["What it checks"])
        == "Whether a role, e.g. an internship, is described."
    )


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _lint_file(path: Path) -> FileResult:
    from profilelint.engine import Linter
    from profilelint.testing import make_settings

    return Linter(make_settings(), load_registry()).lint_path(path, str(path))


def test_pdf_positions_are_pages_in_properties_not_a_text_region() -> None:
    result = _lint_file(FIXTURES / "pdf" / "linkedin-job-title.pdf")
    assert result.format == "linkedin-pdf" and result.diagnostics
    for diagnostic, sarif_result in zip(
        result.diagnostics, sarif(result)["runs"][0]["results"], strict=True
    ):
        (location,) = sarif_result["locations"]
        assert "region" not in location["physicalLocation"]
        assert sarif_result["properties"]["page"] == diagnostic.line
        assert sarif_result["properties"]["lineOnPage"] == diagnostic.column


def test_export_members_are_files_of_a_folder_but_not_of_a_zip() -> None:
    base = FIXTURES / "export" / "Basic_LinkedInDataExport_03-02-2026"
    folder, archive = _lint_file(base), _lint_file(base.with_suffix(".zip"))
    in_folder = sarif(folder)["runs"][0]["results"]
    in_zip = sarif(archive)["runs"][0]["results"]
    assert len(in_folder) == len(in_zip) > 0
    for a, b, diagnostic in zip(in_folder, in_zip, folder.diagnostics, strict=True):
        physical_a, physical_b = (
            a["locations"][0]["physicalLocation"],
            b["locations"][0]["physicalLocation"],
        )
        assert physical_a["artifactLocation"]["uri"].endswith(f"/{diagnostic.member}")
        assert physical_a["region"]["startLine"] == diagnostic.line
        assert physical_b["artifactLocation"]["uri"].endswith(".zip")
        assert "region" not in physical_b
        assert (b["properties"]["member"], b["properties"]["line"]) == (
            diagnostic.member,
            diagnostic.line,
        )


def _relative_path_uncached(path: str, root: str | Path | None = None) -> str:
    """relative_path as it was before its lexical answers were cached: the definition."""
    if path in ("", "-"):
        return path
    posix = path.replace("\\", "/") if PureWindowsPath(path).drive == "" else path
    if root is not None:
        absolute = Path(os.path.abspath(posix))
        base = Path(os.path.abspath(root))
        try:
            return absolute.relative_to(base).as_posix()
        except ValueError:
            try:
                real = Path(os.path.realpath(absolute))
                return real.relative_to(os.path.realpath(base)).as_posix()
            except ValueError:
                return absolute.as_posix()
    return str(PurePosixPath(posixpath.normpath(posix)))


_SEGMENTS = st.sampled_from(["a", "b", ".", "..", "", "C:", "x\\y", "é", "\udce9", "team"])
_PATHS = st.lists(_SEGMENTS, max_size=4).map("/".join) | st.lists(_SEGMENTS, max_size=4).map(
    lambda parts: "/" + "/".join(parts)
)


@given(_PATHS, st.none() | _PATHS | _PATHS.map(Path))
def test_cached_relative_paths_are_the_uncached_ones(path: str, root: str | Path | None) -> None:
    if isinstance(root, str) and not root:
        root = "."
    for _ in range(2):  # the second answer comes from the cache
        assert relative_path(path, root) == _relative_path_uncached(path, root)


def test_a_cached_relative_path_follows_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "team").mkdir()
    monkeypatch.chdir(tmp_path)
    assert relative_path("team/a.json", "..") == f"{tmp_path.name}/team/a.json"
    monkeypatch.chdir(tmp_path / "team")
    assert relative_path("team/a.json", "..") == "team/team/a.json"
