"""Endorsement rules (checks/endorsements.py): tables of endorsements that flag and stay clean."""

from __future__ import annotations

from typing import Any

import pytest

from profilelint.testing import lint_json

EXPORTED = "2026-03-02"


def profile(
    skills: list[str],
    received: list[str] | None = None,
    given: list[str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A profilelint document: skills, endorsements received (skills) and given (days)."""
    return {
        "profilelint_schema": 1,
        "name": "Ingrid Solberg",
        "exported_on": EXPORTED,
        "headline": "Data engineer for Norwegian energy companies",
        "summary": "I build data pipelines in Python for energy traders in Bergen.",
        "positions": [
            {
                "title": "Datautvikler",
                "company": "Vestlandsnett",
                "description": "Flyttet 40 nattlige jobber til Apache Airflow; ledet prosjekter.",
            }
        ],
        "skills": [{"name": name} for name in skills],
        "languages": [{"language": "Norwegian"}],
        "endorsements_received": [
            {
                "skill": s,
                "other_party": "Sigrun Dalheim",
                "date": "2025-01-01",
                "status": "ACCEPTED",
            }
            for s in received or []
        ],
        "endorsements_given": [
            {"skill": "SQL", "other_party": "Per Holm", "date": day} for day in given or []
        ],
        **extra,
    }


def lint(document: dict[str, Any], rule: str, **kwargs: Any):
    return lint_json(document, select=[rule], today="2030-01-01", **kwargs)


# --- END001 -------------------------------------------------------------------------------
UNSUPPORTED_FLAG = [
    (["Python", "Kubernetes"], ["Kubernetes"] * 3 + ["Python"], '"Kubernetes" (3)'),
    (["Rust", "Kafka"], ["Rust", "Kafka", "Kafka"], '"Rust" (1), "Kafka" (2)'),
    (["Økonomistyring"], ["Økonomistyring"], '"Økonomistyring" (1)'),
    (["機械学習"], ["機械学習"], '"機械学習" (1)'),
]


@pytest.mark.parametrize(("skills", "received", "expected"), UNSUPPORTED_FLAG)
def test_endorsed_unsupported_skills_flag(
    skills: list[str], received: list[str], expected: str
) -> None:
    result = lint(profile(skills, received), "END001")
    assert result.codes() == ["END001"]
    assert expected in result.diagnostics[0].message
    assert "Sigrun" not in result.diagnostics[0].message


SUPPORTED_CLEAN = [
    (["Python"], ["Python"] * 5),  # the summary shows it
    (["Apache Airflow"], ["Apache Airflow"]),  # a role shows it
    (["Airflow"], ["airflow"]),
    (["Prosjektledelse"], ["Prosjektledelse"]),  # "ledet prosjekter"
    (["Norwegian"], ["Norwegian"]),  # a spoken language: its section is the evidence
    (["Kubernetes"], []),  # not endorsed: SKL005's business
    (["Kubernetes"], ["Kubernetes"]),  # listed below: hidden endorsement
]


@pytest.mark.parametrize(("skills", "received"), SUPPORTED_CLEAN)
def test_supported_or_unendorsed_skills_stay_clean(skills: list[str], received: list[str]) -> None:
    document = profile(skills, received)
    if skills == ["Kubernetes"] and received:
        document["endorsements_received"][0]["status"] = "REJECTED"
    assert lint(document, "END001").codes() == []


def test_an_endorsement_for_a_skill_no_longer_listed_is_not_judged() -> None:
    assert lint(profile(["Python"], ["Kubernetes"]), "END001").codes() == []


@pytest.mark.parametrize(
    "unknown", ["skills", "summary", "positions", "projects", "endorsements_received"]
)
def test_unknown_sources_are_never_judged(unknown: str) -> None:
    document = profile(["Kubernetes"], ["Kubernetes"], knowledge={"unknown": [unknown]})
    assert lint(document, "END001").codes() == []


def test_skl005_leaves_endorsed_skills_to_end001() -> None:
    result = lint_json(
        profile(["Kubernetes", "Terraform"], ["Kubernetes"]),
        select=["SKL005", "END001"],
        today="2030-01-01",
    )
    by_code = {d.code: d.message for d in result.diagnostics}
    assert "Kubernetes" in by_code["END001"]
    assert "Terraform" in by_code["SKL005"]
    assert "Kubernetes" not in by_code["SKL005"]


# --- END002 -------------------------------------------------------------------------------
BULK_FLAG = [
    (["2026-02-14"] * 11, ["11 endorsements given on 2026-02-14"]),
    (["2026-02-14"] * 12 + ["2026-01-10"] * 30, ["30 endorsements given on 2026-01-10", "12 "]),
    (["2026-03-02"] * 11, ["11 endorsements given on 2026-03-02"]),  # the export day counts
]


@pytest.mark.parametrize(("days", "expected"), BULK_FLAG)
def test_bulk_endorsements_flag(days: list[str], expected: list[str]) -> None:
    result = lint(profile([], given=days), "END002")
    assert result.codes() == ["END002"] * len(expected)
    messages = sorted(d.message for d in result.diagnostics)
    for text, message in zip(sorted(expected), messages, strict=False):
        assert message.startswith(text)
    assert all("Per" not in m for m in messages)


BULK_CLEAN = [
    [],
    ["2026-02-14"] * 10,  # ten is the limit
    ["2026-02-14"] * 6 + ["2026-02-15"] * 6,  # over two days
    ["2025-06-01"] * 40,  # outside the window
    ["2026-03-03"] * 40,  # after the export: not in its history
    [""] * 40,  # no readable dates
]


@pytest.mark.parametrize("days", BULK_CLEAN)
def test_spread_or_old_endorsements_stay_clean(days: list[str]) -> None:
    assert lint(profile([], given=days), "END002").codes() == []


def test_bulk_options() -> None:
    days = ["2025-06-01"] * 8
    config = {"checks": {"endorsements": {"window-days": 400, "max-per-day": 5}}}
    assert lint(profile([], given=days), "END002", config=config).codes() == ["END002"]
