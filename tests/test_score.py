"""The score: completeness facts, unknown facts, deductions after configuration, levels."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, TODAY

from profilelint.diagnostic import Diagnostic
from profilelint.engine import Linter
from profilelint.model import (
    Education,
    Knowledge,
    Location,
    Photo,
    Position,
    Profile,
    Recommendation,
    Skill,
    all_unknown_profile,
)
from profilelint.plugins import load_registry
from profilelint.score import (
    DEDUCTIONS,
    FACTS,
    LEVELS,
    SCORE_VERSION,
    completeness,
    level_of,
    score,
)
from profilelint.testing import lint_json, make_settings


def test_weights_sum_to_100_and_version() -> None:
    assert sum(fact.weight for fact in FACTS) == 100
    assert SCORE_VERSION == 2
    assert DEDUCTIONS == {"error": 10, "warning": 5, "info": 1}


@pytest.mark.parametrize(
    ("value", "level"),
    [
        (0, "Beginner"),
        (39, "Beginner"),
        (40, "Intermediate"),
        (59, "Intermediate"),
        (60, "Advanced"),
        (79, "Advanced"),
        (80, "Expert"),
        (89, "Expert"),
        (90, "All-Star"),
        (100, "All-Star"),
    ],
)
def test_levels_at_thresholds(value: int, level: str) -> None:
    assert level_of(value) == level
    assert [name for _, name in LEVELS] == [
        "All-Star",
        "Expert",
        "Advanced",
        "Intermediate",
        "Beginner",
    ]


def full_profile(**changes: Any) -> Profile:
    values: dict[str, Any] = {
        "name": "Ana",
        "photo": Photo(url="https://example.org/a.jpg"),
        "headline": "Helping clinics plan",
        "summary": "I build rostering tools.",
        "positions": [
            Position(title="Dev", company="A", current=True, description="I build."),
            Position(title="Dev", company="B", current=False),
        ],
        "education": [Education(institution="UV")],
        "skills": [Skill(name="SQL")],
        "location": Location(city="Oslo"),
        "recommendations": [Recommendation(text="Great.")],
    }
    values.update(changes)
    return Profile(**values)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, 100),
        ({"photo": None}, 85),
        ({"photo": Photo(url="x", is_default=True)}, 85),
        ({"headline": "   "}, 85),
        ({"summary": None}, 85),
        ({"skills": []}, 90),
        ({"location": Location()}, 95),
        ({"recommendations": []}, 95),
        ({"education": []}, 90),
        ({"positions": []}, 75),
        ({"positions": [Position(title="Dev", current=True)]}, 75),
        ({"positions": [Position(title="Dev", current=True, highlights=["Did X"])]}, 90),
    ],
)
def test_completeness_facts(changes: dict[str, Any], expected: int) -> None:
    assert completeness(full_profile(**changes)) == expected


def test_unknown_facts_leave_the_denominator() -> None:
    # No photo and no recommendations: 80 of 100.  Unknown, they leave the denominator: 80/80.
    missing = full_profile(photo=None, recommendations=[])
    assert completeness(missing) == 80
    unknown = full_profile(
        photo=None,
        recommendations=[],
        knowledge=Knowledge(unknown={"photo", "recommendations"}),
    )
    assert completeness(unknown) == 100
    # Unknown skills and no summary: 85 of 90.
    partly = full_profile(summary=None, skills=[], knowledge=Knowledge(unknown={"skills"}))
    assert completeness(partly) == round(100 * 75 / 90)


def test_a_partial_list_that_shows_nothing_leaves_the_denominator() -> None:
    profile = full_profile(skills=[], knowledge=Knowledge(partial={"skills"}))
    assert completeness(profile) == 100
    profile = full_profile(knowledge=Knowledge(partial={"skills"}))
    assert completeness(profile) == 100


def test_all_unknown_has_no_score() -> None:
    assert score(all_unknown_profile(), []) == (None, None)


@pytest.mark.parametrize(
    ("known", "scored"),
    [
        ({"photo"}, False),  # a page showing a name and a photo: 15 of 100 known
        ({"photo", "headline", "summary"}, False),  # 45
        ({"photo", "headline", "summary", "location"}, True),  # 50: half is enough
        ({"positions", "education", "skills", "location", "recommendations"}, True),  # 55
    ],
)
def test_a_source_that_tells_less_than_half_is_not_scored(known: set[str], scored: bool) -> None:
    unknown = {fact.field for fact in FACTS} - known
    profile = full_profile(knowledge=Knowledge(unknown=unknown))
    value, level = score(profile, [])
    assert (value is not None, level is not None) == (scored, scored)
    if scored:
        assert value == 100


def _diagnostic(code: str, severity: str) -> Diagnostic:
    return Diagnostic(code, "n", severity, "m", "h", "p")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ([], 100),
        ([("HDL002", "info")], 99),
        ([("HDL002", "warning")], 95),
        ([("HDL002", "error")], 90),
        ([("HDL002", "error"), ("EXP003", "warning"), ("SKL003", "info")], 84),
        # One rule: the first counts in full, each further one a quarter, at most twice.
        ([("EXP003", "warning")] * 2, 94),
        ([("EXP003", "warning")] * 5, 90),
        ([("EXP003", "warning")] * 40, 90),
        ([("HDL002", "error")] * 11, 80),
        # Eleven different rules are eleven problems.
        ([(f"X{i:03}", "error") for i in range(11)], 0),
    ],
)
def test_deductions(found: list[tuple[str, str]], expected: int) -> None:
    diagnostics = [_diagnostic(code, severity) for code, severity in found]
    assert score(full_profile(), diagnostics) == (expected, level_of(expected))


def test_template_text_costs_an_error_whatever_its_severity() -> None:
    assert score(full_profile(), [_diagnostic("TXT001", "info")])[0] == 90


def test_a_missing_fact_is_charged_once() -> None:
    # No headline: completeness loses 15; HDL001 saying so deducts nothing more.
    profile = full_profile(headline=None)
    assert score(profile, [_diagnostic("HDL001", "warning")])[0] == completeness(profile) == 85
    # HDL001 on a profile that has the fact (another format's reading) still deducts.
    assert score(full_profile(), [_diagnostic("HDL001", "warning")])[0] == 95


def test_rules_bound_to_a_language_deduct_nothing() -> None:
    diagnostics = [_diagnostic("EXP007", "info"), _diagnostic("SUM005", "warning")]
    assert score(full_profile(), diagnostics, language_bound=frozenset({"EXP007", "SUM005"})) == (
        100,
        "All-Star",
    )


def test_a_misspelt_key_does_not_raise_the_score() -> None:
    written = lint_json({"basics": {"name": "Ana", "lable": "Helping clinics plan rosters"}})
    missing = lint_json({"basics": {"name": "Ana"}})
    assert written.score is not None and missing.score is not None
    assert written.score <= missing.score


def test_input_and_internal_diagnostics_do_not_deduct() -> None:
    diagnostics = [_diagnostic(c, "error") for c in ("INP004", "INT001", "INP006")]
    assert score(full_profile(), diagnostics) == (100, "All-Star")


TITLE = {"basics": {"name": "Ana", "label": "Programmer"}}


def test_ignored_rules_do_not_deduct() -> None:
    reported = lint_json(TITLE, select=["HDL"])
    ignored = lint_json(TITLE, select=["HDL"], config={"ignore": ["HDL002"]})
    assert reported.codes() == ["HDL002"] and ignored.codes() == []
    assert reported.score is not None and ignored.score is not None
    assert ignored.score - reported.score == DEDUCTIONS["warning"]


def test_inline_ignored_rules_do_not_deduct() -> None:
    document = {**TITLE, "meta": {"profilelint": {"ignore": ["HDL002"]}}}
    assert (
        lint_json(document, select=["HDL"]).score
        == lint_json(TITLE, select=["HDL"], config={"ignore": ["HDL002"]}).score
    )


def test_severity_override_changes_the_deduction() -> None:
    warning = lint_json(TITLE, select=["HDL"])
    info = lint_json(TITLE, select=["HDL"], config={"severity": {"HDL002": "info"}})
    assert info.score is not None and warning.score is not None
    assert info.score - warning.score == DEDUCTIONS["warning"] - DEDUCTIONS["info"]


def _fixture_score(name: str) -> int:
    settings = make_settings(today=TODAY)
    result = Linter(settings, load_registry()).lint_path(FIXTURES / name)
    assert result.score is not None
    return result.score


def test_fixture_scores() -> None:
    assert _fixture_score("name-and-employer.json") <= 40
    assert _fixture_score("strong.json") >= 90


@pytest.mark.parametrize(
    ("name", "label", "company", "title"),
    [
        (
            "Mateus Conceição",
            "Software Engineer at Northwind Traders",
            "Northwind Traders",
            "Software Engineer",
        ),
        ("Ingrid Bjørnstad", "Utvikler hos Equinor", "Equinor", "Utvikler"),
        ("王伟", "软件工程师", "华为", "软件工程师"),
        ("María José Núñez", "", "Telefónica", "Ingeniera de software"),
    ],
)
def test_a_name_and_employer_profile_scores_40_or_less(
    name: str, label: str, company: str, title: str
) -> None:
    document = {
        "basics": {"name": name, "label": label},
        "work": [{"name": company, "position": title, "startDate": "2021-03"}],
    }
    result = lint_json(document, today=TODAY)
    assert result.score is not None and result.score <= 40, result.diagnostics


@pytest.mark.parametrize("target", ["linkedin", "resume"])
def test_a_complete_specific_profile_scores_90_or_more_with_no_warning(target: str) -> None:
    settings = make_settings(today=TODAY, config={"target": target})
    result = Linter(settings, load_registry()).lint_path(FIXTURES / "strong.json")
    assert [d.code for d in result.diagnostics if d.severity != "info"] == []
    assert result.score is not None and result.score >= 90
