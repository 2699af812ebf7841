"""Education rules (checks/education.py): tables of education sections that flag and stay clean."""

from __future__ import annotations

from typing import Any

import pytest

from profilelint.testing import lint_json


def profile(
    education: list[dict[str, Any]] | None, name: str = "Lucía Fernández"
) -> dict[str, Any]:
    """A JSON Resume document with this education section (None: no section at all)."""
    document: dict[str, Any] = {"basics": {"name": name}}
    if education is not None:
        document["education"] = education
    return document


def school(start: str | None = None, end: str | None = None, **extra: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"institution": "Universidad de Sevilla", "area": "Informática", **extra}
    if start is not None:
        item["startDate"] = start
    if end is not None:
        item["endDate"] = end
    return item


# --- EDU001 education-missing ---------------------------------------------------------------


@pytest.mark.parametrize("education", [None, []])
def test_missing_education_flags(education: list[dict[str, Any]] | None) -> None:
    result = lint_json(profile(education), select=["EDU001"])
    assert result.codes() == ["EDU001"]
    assert result.diagnostics[0].field == "education"
    assert result.diagnostics[0].severity == "info"


@pytest.mark.parametrize(
    "education",
    [
        [school("2014-09", "2018-06")],
        [{"institution": "Norges teknisk-naturvitenskapelige universitet"}],
        [{"institution": "清华大学", "area": "计算机科学"}],
        [{"area": "Ausbildung zum Fachinformatiker"}],
    ],
)
def test_present_education_is_not_missing(education: list[dict[str, Any]]) -> None:
    assert lint_json(profile(education), select=["EDU001"]).codes() == []


def test_unknown_education_is_never_reported() -> None:
    document = {
        "profilelint_schema": 1,
        "name": "Kari Nordmann",
        "knowledge": {"unknown": ["education"]},
    }
    assert lint_json(document, select=["EDU"]).codes() == []


# --- EDU002 education-dates-invalid ---------------------------------------------------------

INVALID = [
    # (start, end, field, words the message must quote)
    ("2018-09", "2014-06", "education[0].end", ["2014-06", "2018-09"]),
    ("2018", "2017", "education[0].end", ["2017", "2018"]),
    ("2018-09-01", "2018-08-31", "education[0].end", ["2018-08-31"]),
    ("2019-03", "2019-02-28", "education[0].end", ["2019-02"]),  # compared at month precision
    ("2030-09", "2029-06", "education[0].end", ["2029-06"]),  # both future: still backwards
    ("Spring 2019", "2021", "education[0].start", ["Spring 2019"]),
    ("2015", "2019-13", "education[0].end", ["2019-13"]),
    ("2015", "Sommer 2019", "education[0].end", ["Sommer 2019", "YYYY-MM-DD"]),
    ("2019-00", "2020", "education[0].start", ["2019-00", "not a valid date"]),  # no month 0
    ("2019-02-30", "2020", "education[0].start", ["2019-02-30", "not a valid date"]),
    ("01/09/2015", "2019", "education[0].start", ["01/09/2015", "YYYY-MM-DD"]),
    ("2022", "Expected 2027", "education[0].end", ["Expected 2027"]),
]


@pytest.mark.parametrize(("start", "end", "field", "quoted"), INVALID)
def test_invalid_dates_flag(start: str, end: str, field: str, quoted: list[str]) -> None:
    result = lint_json(profile([school(start, end)]), select=["EDU002"])
    assert result.codes() == ["EDU002"]
    diagnostic = result.diagnostics[0]
    assert diagnostic.field == field
    assert diagnostic.severity == "error"
    assert "Universidad de Sevilla" in diagnostic.message
    assert all(q in diagnostic.message for q in quoted)
    assert diagnostic.line is not None


VALID = [
    ("2014-09", "2018-06"),
    ("2018", "2018-06"),  # same year at the shared precision
    ("2018-06", "2018"),
    ("2018-09-15", "2018-09"),
    ("2025-09", "2028-06"),  # a planned graduation, after today
    ("2027-09", "2030-06"),  # a programme that has not started yet
    (None, "2019"),
    ("2019", None),
    (None, None),
    (2015, 2019),  # years written as numbers
    # Still studying, in words the core does not read as "present" yet.
    ("2022", "obecnie"),
    ("2022", "laufend"),
    ("2022", "Cursando"),
    ("2022", "en curso"),
    ("2022", "Present"),
]


@pytest.mark.parametrize(("start", "end"), VALID)
def test_valid_dates_stay_clean(start: Any, end: Any) -> None:
    item = school()
    if start is not None:
        item["startDate"] = start
    if end is not None:
        item["endDate"] = end
    assert lint_json(profile([item]), select=["EDU002"]).codes() == []


def test_unresolvable_date_is_unknown_not_invalid() -> None:
    # A native profile keeps a localised month name a loader could not read as known=False.
    document = {
        "profilelint_schema": 1,
        "name": "Ørjan Kvåle",
        "education": [
            {
                "institution": "Universitetet i Bergen",
                "start": {"text": "aug. 2015", "known": False},
                "end": "2014",
            }
        ],
    }
    assert lint_json(document, select=["EDU002"]).codes() == []


def test_message_names_entry_without_institution_by_position() -> None:
    document = profile([school("2014", "2018"), {"startDate": "2019-09", "endDate": "2018-06"}])
    result = lint_json(document, select=["EDU002"])
    assert [d.field for d in result.diagnostics] == ["education[1].end"]
    assert "entry 2" in result.diagnostics[0].message


def test_each_bad_entry_is_reported() -> None:
    document = profile(
        [
            school("2018", "2016", institution="Technische Universität München"),
            school("2012", "2016", institution="北京大学"),
            school("2010", "2008", institution="جامعة القاهرة"),
        ]
    )
    result = lint_json(document, select=["EDU002"])
    assert [d.field for d in result.diagnostics] == ["education[0].end", "education[2].end"]
    assert "جامعة القاهرة" in result.diagnostics[1].message


def test_messages_are_short() -> None:
    long_name = "Escuela Técnica Superior de Ingenieros de Telecomunicación de la Universidad Politécnica de Madrid"
    result = lint_json(
        profile([school("Otoño de 2019", "2018", institution=long_name)]), select=["EDU"]
    )
    assert result.diagnostics
    assert all(len(d.message) <= 120 for d in result.diagnostics)
