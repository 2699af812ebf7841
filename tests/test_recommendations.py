"""Recommendation rules (checks/recommendations.py): tables of references that flag and stay clean."""

from __future__ import annotations

from typing import Any

import pytest

from profilelint.testing import lint_json


def profile(references: list[dict[str, Any]] | None) -> dict[str, Any]:
    """A JSON Resume document with this ``references`` section (None: no section at all)."""
    document: dict[str, Any] = {"basics": {"name": "Mei Chen"}}
    if references is not None:
        document["references"] = references
    return document


MISSING = [
    # A reference is its text: a named referee with none, "-" or "on request" is no reference.
    [{"name": "Jürgen Weiß"}],
    [{"name": "Håkon Berg", "reference": "Available upon request"}],
    [{"name": "Andrés Cárdenas", "reference": "-"}],
    [
        {
            "name": "Erlich Bachman",
            "reference": "It is my pleasure to recommend Richard, his "
            "performance working as a consultant for Main St. Company proved that he will be a "
            "valuable addition to any company.",
        }
    ],
    [{"name": "Lena Voss", "reference": "[Ihr Empfehlungstext]"}],
    None,
    [],
    [{"name": "", "reference": ""}],
    [{"reference": "References available upon request."}],
    [{"reference": "Referencias disponibles a petición"}],
    [{"reference": "Referenzen auf Anfrage"}],
    [{"reference": "Referanser oppgis på forespørsel"}],
    [{"reference": "Referencje dostępne na życzenie"}],
    [{"reference": "Referências disponíveis mediante solicitação"}],
    [{"reference": "Références disponibles sur simple demande"}],
    [{"reference": "Referenzen werden auf Nachfrage gerne zur Verfügung gestellt."}],
    [{"name": "Available upon request"}],  # the stand-in in the name field
    [{"name": "N/A"}],
    [{"name": "-", "reference": "-"}],
]


@pytest.mark.parametrize("references", MISSING)
def test_missing_recommendations_flag(references: list[dict[str, Any]] | None) -> None:
    result = lint_json(profile(references), select=["REC"])
    assert result.codes() == ["REC001"]
    assert result.diagnostics[0].field == "recommendations"
    assert result.diagnostics[0].severity == "info"


PRESENT = [
    [{"name": "Fatima Al-Zahra", "reference": "Mei rebuilt our billing system in three months."}],
    [{"reference": "Mei es la mejor ingeniera con la que he trabajado."}],
    [{"reference": ""}, {"name": "王伟", "reference": "她是一位非常出色的工程师。"}],
    # A real recommendation may mention a request in passing.
    [{"reference": "Ana answered every client request on time; on request she trained our hires."}],
    [{"name": "N/A", "reference": "Ana is great at building teams and shipping on time."}],
]


@pytest.mark.parametrize("references", PRESENT)
def test_present_recommendations_stay_clean(references: list[dict[str, Any]]) -> None:
    assert lint_json(profile(references), select=["REC"]).codes() == []


def test_unknown_recommendations_are_never_reported() -> None:
    document = {
        "profilelint_schema": 1,
        "name": "Kari Nordmann",
        "knowledge": {"unknown": ["recommendations"]},
    }
    assert lint_json(document, select=["REC"]).codes() == []


def test_author_never_appears_in_any_message() -> None:
    references = [{"name": "Fatima Al-Zahra", "reference": "References available upon request"}]
    result = lint_json(profile(references), select=["REC", "TXT", "PRV"])
    assert all("Fatima" not in d.message for d in result.diagnostics)
