"""Experience rules (checks/experience.py): tables of roles that must flag and must stay clean."""

from __future__ import annotations

from typing import Any

import pytest

from profilelint.testing import lint_json

SUMMARIES = {
    "en": "I build software that helps small clinics plan their week and keep patients informed.",
    "es": "Construyo software que ayuda a pequeñas clínicas a planificar la semana y a informar.",
    "de": "Ich baue Software, die kleinen Praxen hilft, ihre Woche zu planen und Patienten zu informieren.",
}
DESCRIBED = "Built the rostering service that plans shifts for the regional clinics."


def job(
    position: str | None = "Software Engineer",
    name: str | None = "Northwind Traders",
    start: str | None = "2019-01",
    end: str | None = None,
    summary: str | None = DESCRIBED,
    highlights: list[str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """One JSON Resume ``work[]`` item; None leaves the key out."""
    item = {"position": position, "name": name, "startDate": start, "endDate": end}
    item |= {"summary": summary, "highlights": highlights, **extra}
    return {key: value for key, value in item.items() if value is not None}


def resume(*work: dict[str, Any], language: str = "en", **extra: Any) -> dict[str, Any]:
    """A JSON Resume document with these roles."""
    return {
        "basics": {"name": "Ana Pérez", "summary": SUMMARIES[language]},
        "work": list(work),
        **extra,
    }


def native(positions: list[dict[str, Any]], **knowledge: list[str]) -> dict[str, Any]:
    """A profilelint JSON document with these positions and this knowledge."""
    return {
        "profilelint_schema": 1,
        "name": "Kari Nordmann",
        "positions": positions,
        "knowledge": knowledge,
    }


def found(document: dict[str, Any], code: str, **kwargs: Any) -> list[Any]:
    """The diagnostics of ``code`` alone."""
    return lint_json(document, select=[code], **kwargs).diagnostics


TWO_ROLES = (job(), job("Analyst", start="2016-01", end="2018-12"))

# --- EXP001 experience-missing, EXP002 single-position -------------------------------------


@pytest.mark.parametrize(
    ("document", "code", "field", "quoted"),
    [
        (resume(), "EXP001", "positions", "no roles"),
        ({"basics": {"name": "Ana Pérez"}}, "EXP001", "positions", "no roles"),
        (resume(job()), "EXP002", "positions[0]", '"Software Engineer at Northwind Traders"'),
        (resume(job("Ingeniera de datos", "Telefónica")), "EXP002", "positions[0]", "Telefónica"),
    ],
)
def test_missing_and_single_flag(
    document: dict[str, Any], code: str, field: str, quoted: str
) -> None:
    [diagnostic] = found(document, code)
    assert (diagnostic.field, diagnostic.severity) == (field, "warning")
    assert quoted in diagnostic.message


@pytest.mark.parametrize(
    "document",
    [
        resume(*TWO_ROLES),
        resume(
            job("Engineer"), job("Intern", start="2017-06", end="2018-12")
        ),  # one employer, two roles
        native([{"title": "Utvikler", "company": "Equinor"}], partial=["positions"]),
        native([], partial=["positions"]),
        native([], unknown=["positions"]),
    ],
)
def test_missing_and_single_stay_clean(document: dict[str, Any]) -> None:
    assert lint_json(document, select=["EXP001", "EXP002"]).codes() == []


# --- EXP003 position-undescribed, EXP004 position-incomplete ---------------------------------


@pytest.mark.parametrize(
    ("role", "code", "field", "quoted"),
    [
        (job(summary=None), "EXP003", "positions[0]", "Northwind Traders"),
        (job(summary="  ", highlights=[]), "EXP003", "positions[0]", "Software Engineer"),
        # what the company does is not what the person did
        (
            job(summary=None, description="Sales engagement platform"),
            "EXP003",
            "positions[0]",
            "Northwind",
        ),
        (
            job(position=None),
            "EXP004",
            "positions[0].title",
            '"Northwind Traders" has no job title',
        ),
        (job(position=""), "EXP004", "positions[0].title", "no job title"),
        (job(name=None), "EXP004", "positions[0].company", '"Software Engineer" has no employer'),
        (
            job(position=None, name=None),
            "EXP004",
            "positions[0]",
            "neither a title nor an employer",
        ),
    ],
)
def test_role_content_flags(role: dict[str, Any], code: str, field: str, quoted: str) -> None:
    [diagnostic] = found(resume(role, TWO_ROLES[1]), code)
    assert diagnostic.field == field
    assert quoted in diagnostic.message


@pytest.mark.parametrize(
    "role",
    [
        job(),
        job(summary=None, highlights=["Cut invoice errors by half"]),
        job("Ingeniera de software", "Telefónica", summary="Diseñé el sistema de facturación."),
        job("软件工程师", "华为", summary="负责支付系统的设计与开发。"),
        job("Geschäftsführerin", "Müller & Söhne GmbH", summary="Leitung von 40 Mitarbeitenden."),
    ],
)
def test_role_content_stays_clean(role: dict[str, Any]) -> None:
    assert lint_json(resume(role, TWO_ROLES[1]), select=["EXP003", "EXP004"]).codes() == []


def test_a_role_without_title_or_employer_is_named_by_its_number() -> None:
    role = job(position="", name="", summary="")
    [diagnostic] = found(resume(TWO_ROLES[1], role), "EXP003")
    assert diagnostic.message == "Role 2 has no description"


def test_unknown_role_fields_are_not_missing() -> None:
    document = native(
        [{"title": "Lead", "company": "Equinor"}, {"company": "Statkraft"}],
        unknown=["positions[0].description", "positions[1].title"],
    )
    assert lint_json(document, select=["EXP003", "EXP004"]).codes() == ["EXP003"]


# --- EXP005 position-dates-invalid ------------------------------------------------------------

INVALID_DATES = [
    (None, None, "positions[0].start", "has no start date"),
    ("Spring 2019", None, "positions[0].start", '"Spring 2019"'),
    ("September 2018", None, "positions[0].start", '"September 2018" of'),
    ("03/2019", None, "positions[0].start", "is not written as YYYY-MM"),
    ("2019-13", None, "positions[0].start", '"2019-13"'),
    (
        "2019-03",
        "2018",
        "positions[0].end",
        'End date "2018" of "Software Engineer at Northwind Traders" is before its start "2019-03"',
    ),
    ("2019-03", "2019-01", "positions[0].end", '"2019-01"'),
    ("2019-03-15", "2019-03-01", "positions[0].end", '"2019-03-01"'),
    ("2019-03", "Summer 2020", "positions[0].end", '"Summer 2020"'),
    (
        "2027-01",
        None,
        "positions[0].start",
        '"2027-01" of "Software Engineer at Northwind Traders" is after today (2026-11-25)',
    ),
    ("2026-12", "2027-02", "positions[0].start", "after today"),
]


@pytest.mark.parametrize(("start", "end", "field", "quoted"), INVALID_DATES)
def test_invalid_dates_flag(start: str | None, end: str | None, field: str, quoted: str) -> None:
    [diagnostic] = found(resume(job(start=start, end=end)), "EXP005")
    assert (diagnostic.field, diagnostic.severity) == (field, "error")
    assert quoted in diagnostic.message


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2019", "2019-03"),  # compared at the year both give
        ("2019-03", "2019"),
        ("2019-03-15", "2019-03"),
        ("2019-03-15", "2019-03-15"),
        ("2019-03", "Present"),
        ("2019-03", "current"),
        ("2019-03", None),
        ("2019-03", "Actualidad"),  # a "present" in another language, not a bad date
        ("2026", None),  # this year, at year precision
        ("2026-11", None),
        ("2026-11-25", None),
    ],
)
def test_valid_dates_stay_clean(start: str, end: str | None) -> None:
    assert found(resume(job(start=start, end=end)), "EXP005") == []


def test_unresolved_dates_are_unknown_not_invalid() -> None:
    positions = [
        {"title": "Rådgiver", "company": "NAV", "start": {"text": "mars 2019", "known": False}},
        {
            "title": "Lead",
            "company": "Equinor",
            "start": "2019-05",
            "end": {"text": "desember 2018", "known": False},
        },
    ]
    assert found(native(positions), "EXP005") == []
    assert (
        found(
            native([{"title": "Lead", "company": "Equinor"}], unknown=["positions[0].start"]),
            "EXP005",
        )
        == []
    )


def test_today_option_moves_the_future() -> None:
    document = resume(job(start="2020-06"))
    assert found(document, "EXP005") == []
    [diagnostic] = found(document, "EXP005", today="2020-01-01")
    assert '"2020-06"' in diagnostic.message and "2020-01-01" in diagnostic.message
    assert found(resume(job(start="2020")), "EXP005", today="2020-01-01") == []


# --- EXP006 achievements-unquantified ---------------------------------------------------------

UNQUANTIFIED = [
    ["Developed and maintained a web application for tracking customer orders."],
    ["Since 2019 I have run the S3 storage migration and the 2FA roll-out.", "Built Web3 demos."],
    ["Led the payments team through the move to the new platform."],
    ["Joined the payments team in 2019.", "Moved it to the new platform in 2020-2021."],
    ["Integrated third-party payment APIs for the web shop."],
]


@pytest.mark.parametrize("texts", UNQUANTIFIED)
def test_unquantified_flags(texts: list[str]) -> None:
    document = resume(
        job(summary=texts[0], highlights=texts[1:]),
        job("Analyst", summary=texts[0], start="2016-01", end="2018-12"),
    )
    [diagnostic] = found(document, "EXP006")
    assert (diagnostic.field, diagnostic.severity) == ("positions", "info")
    assert texts[0][:30] in diagnostic.message and "2 described roles" in diagnostic.message


@pytest.mark.parametrize(
    "text",
    [
        "Cut infrastructure costs by 30% in a year.",
        "Cut infrastructure costs by 30 percent.",
        "Managed a $2M marketing budget.",
        "Managed a budget of €400k across Europe.",
        "Grew weekly active users 3x after the redesign.",
        "Hired 15+ engineers for the Berlin office.",
        "Served 10M users with a team of 5.",
        "Led a team of twelve nurses on the night shift.",
        "Doubled trial sign-ups with a new onboarding flow.",
        "Halved the time to close the books each month.",
        # Review fixes: multiples written "x2", fractions and "zero" are results too.
        "Improved conversion x2 with a shorter sign-up form.",
        "Cut support costs by a third.",
        "Delivered the same output at half the cost.",
        "Migrated the ledger with zero downtime.",
    ],
)
def test_quantified_stays_clean(text: str) -> None:
    document = resume(
        job(summary="Led the payments team through a platform move.", highlights=[text]),
        job("Analyst", start="2016-01", end="2018-12"),
    )
    assert found(document, "EXP006") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Desarrollé y mantuve la aplicación web de pedidos de los clientes de la empresa."),
        ("de", "Entwicklung und Betrieb der Webanwendung für Kundenaufträge und Lagerbestände."),
    ],
)
def test_unquantified_is_english_only(language: str, text: str) -> None:
    document = resume(
        job(summary=text),
        job("Analista", summary=text, start="2016-01", end="2018-12"),
        language=language,
    )
    assert found(document, "EXP006") == []


def test_unquantified_needs_a_described_role() -> None:
    assert (
        found(
            resume(job(summary=None), job(summary=None, start="2016-01", end="2018-12")), "EXP006"
        )
        == []
    )


# --- EXP007 weak-phrasing ----------------------------------------------------------------------

WEAK = [
    (
        "Responsible for the payroll of the Oslo office.",
        None,
        "positions[0].description",
        "Responsible for",
    ),
    (
        "Kept the books. I was responsible for month-end reporting.",
        None,
        "positions[0].description",
        "responsible for",
    ),
    (
        None,
        ["- Helped with the migration to a new billing system"],
        "positions[0].highlights[0]",
        "Helped with",
    ),
    (
        None,
        ["Shipped the app.", "Assisted with onboarding new staff"],
        "positions[0].highlights[1]",
        "Assisted with",
    ),
    (
        "My duties included answering phones and filing reports.",
        None,
        "positions[0].description",
        "duties included",
    ),
    (
        "Worked on various projects for enterprise clients.",
        None,
        "positions[0].description",
        "Worked on various",
    ),
    (
        "Was involved in the redesign of the checkout for the web shop.",
        None,
        "positions[0].description",
        "involved in",
    ),
]


@pytest.mark.parametrize(("summary", "highlights", "field", "phrase"), WEAK)
def test_weak_phrasing_flags(
    summary: str | None, highlights: list[str] | None, field: str, phrase: str
) -> None:
    [diagnostic] = found(
        resume(job(summary=summary, highlights=highlights), TWO_ROLES[1]), "EXP007"
    )
    assert (diagnostic.field, diagnostic.severity) == (field, "info")
    assert f'"{phrase}"' in diagnostic.message
    assert '"Software Engineer at Northwind Traders"' in diagnostic.message


def test_weak_phrasing_is_one_finding_per_field_quoting_all_phrases() -> None:
    text = "Responsible for the website. Helped with events and trade fairs. Responsible for social media."
    [diagnostic] = found(resume(job(summary=text), TWO_ROLES[1]), "EXP007")
    assert '"Responsible for", "Helped with"' in diagnostic.message
    assert diagnostic.column is not None
    text = "Responsible for warehouse operations and helped with the WMS rollout."
    [diagnostic] = found(resume(job(summary=text), TWO_ROLES[1]), "EXP007")
    assert '"Responsible for", "helped with"' in diagnostic.message
    assert diagnostic.column is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Owned the cross-zone repair scheduler responsible for durability SLAs.", "en"),
        ("Built a triage tool that helped with the support backlog for three teams.", "en"),
        ("Worked on Magic Pocket, the exabyte-scale storage system.", "en"),
        ("Cut the month-end close from ten days to four.", "en"),
        ("Involved in-house counsel early in every supplier negotiation.", "en"),
        (
            "Responsable de la nómina de la oficina de Madrid y de las relaciones con los bancos.",
            "es",
        ),
        (
            "Verantwortlich für die Lohnbuchhaltung des Münchner Büros und die Bankbeziehungen.",
            "de",
        ),
    ],
)
def test_weak_phrasing_stays_clean(text: str, language: str) -> None:
    assert found(resume(job(summary=text), TWO_ROLES[1], language=language), "EXP007") == []


# --- EXP008 employment-gap (off by default) -----------------------------------------------------

GAPS = [
    (
        [("2015-01", "2018-03"), ("2019-10", None)],
        "positions[1].start",
        "2018-04 to 2019-09 (18 months)",
    ),
    ([("2016", "2019"), ("2022-03", "2024-01")], "positions[1].start", "2020 to 2021 (24 months)"),
    (
        [("2010-01", "2011-06"), ("2010-03", "2010-05"), ("2013-01", "2014-01")],
        "positions[2].start",
        "2011-07 to 2012-12",
    ),
    (
        [("2010-01-15", "2011-02-10"), ("2012-06-01", None)],
        "positions[1].start",
        "2011-03 to 2012-05 (15 months)",
    ),
    # A current role ending in a word the loader does not know still runs to today.
    ([("2012-01", "2018-12"), ("2022-01", "nadal")], "positions[1].start", "2019-01 to 2021-12"),
    ([("2012-01", "2018-12"), ("2022-01", "til dato")], "positions[1].start", "(36 months)"),
]


@pytest.mark.parametrize(("dates", "field", "quoted"), GAPS)
def test_gap_flags(dates: list[tuple[str, str | None]], field: str, quoted: str) -> None:
    document = resume(*(job(start=start, end=end) for start, end in dates))
    [diagnostic] = found(document, "EXP008")
    assert (diagnostic.field, diagnostic.severity) == (field, "info")
    assert quoted in diagnostic.message


@pytest.mark.parametrize(
    "dates",
    [
        [("2015", "2019"), ("2021-03", None)],  # a year-only end: only 2020 is surely uncovered
        [("2015-01", "2018-03"), ("2019-04", None)],  # exactly 12 months
        [("2010-01", "2020-12"), ("2012-01", "2013-01"), ("2021-01", None)],  # concurrent roles
        [("2015-01", "2017-01"), ("2016-06", None)],  # overlap, current role runs to today
        [("2015-01", "2017-01"), ("2018-01", "2020-01")],  # nothing after the last end counts
        [("2017-01", "2018-01"), ("2015-01", "2016-06")],  # order in the file does not matter
    ],
)
def test_gap_stays_clean(dates: list[tuple[str, str | None]]) -> None:
    assert found(resume(*(job(start=start, end=end) for start, end in dates)), "EXP008") == []


STUDY_GAP = resume(
    job(start="2012-01", end="2015-06"),
    job(start="2018-01"),
    education=[
        {"institution": "Universidad de Chile", "startDate": "2015-09", "endDate": "2017-12"}
    ],
)


@pytest.mark.parametrize(
    "document",
    [
        # Found a start-up between jobs and listed it as a project.
        resume(
            job(start="2014-01", end="2019-06"),
            job(start="2022-01"),
            projects=[{"name": "Kitly", "startDate": "2019-07", "endDate": "2021-12"}],
        ),
        # "obecnie" (Polish "currently"): the role runs to today and covers the years after.
        resume(job(start="2012-01", end="obecnie"), job(start="2015-01", end="2016-01")),
        resume(job(start="2016-01", end="至今"), job(start="2012-01", end="2015-06")),
    ],
)
def test_gap_covered_by_projects_and_localised_present(document: dict[str, Any]) -> None:
    assert found(document, "EXP008") == []


def test_an_open_ended_side_project_does_not_cover_gaps() -> None:
    document = resume(
        job(start="2014-01", end="2016-06"),
        job(start="2020-01"),
        projects=[{"name": "Blog", "startDate": "2015-01"}],
    )
    [diagnostic] = found(document, "EXP008")
    assert "2016-07 to 2019-12" in diagnostic.message


def test_gap_covered_by_education_unless_turned_off() -> None:
    assert found(STUDY_GAP, "EXP008") == []
    config = {"checks": {"experience": {"education_covers_gaps": False}}}
    [diagnostic] = found(STUDY_GAP, "EXP008", config=config)
    assert "2015-07 to 2017-12 (30 months)" in diagnostic.message


def test_gap_is_off_by_default_and_has_an_option() -> None:
    document = resume(job(start="2015-01", end="2018-03"), job(start="2018-12"))
    assert "EXP008" not in lint_json(document).codes()
    assert found(document, "EXP008") == []
    config = {"checks": {"experience": {"max_gap_months": 6}}}
    [diagnostic] = found(document, "EXP008", config=config)
    assert "2018-04 to 2018-11 (8 months)" in diagnostic.message


@pytest.mark.parametrize(
    "document",
    [
        native(
            [
                {"title": "A", "company": "B", "start": "2010-01", "end": "2011-01"},
                {"title": "A", "company": "C", "start": "2015-01"},
            ],
            partial=["positions"],
        ),
        resume(
            job(start="2010-01", end="2011-01"), job(start=None), job(start="2015-01")
        ),  # a role without dates may fill it
        resume(job(start="2010-01", end="2011-01"), job(start="2015-01", end="Spring 2016")),
        resume(
            job(start="2010-01", end="2011-01"),
            job(start="2015-01", end="2013-01"),
            job(start="2016-01"),
        ),
    ],
)
def test_gap_stays_silent_when_dates_cannot_tell(document: dict[str, Any]) -> None:
    assert found(document, "EXP008") == []


# --- EXP009 description-too-long, EXP010 title-too-long ----------------------------------------


@pytest.mark.parametrize(
    ("role", "code", "field", "quoted"),
    [
        (
            job(summary="x" * 1990 + " and the end."),
            "EXP009",
            "positions[0].description",
            "2,003 characters, over the limit of 2,000",
        ),
        (
            job(position="Senior Engineer " * 7 + "Lead"),
            "EXP010",
            "positions[0].title",
            "116 characters, over the limit of 100",
        ),
    ],
)
def test_too_long_flags(role: dict[str, Any], code: str, field: str, quoted: str) -> None:
    [diagnostic] = found(resume(role, TWO_ROLES[1]), code)
    assert (diagnostic.field, diagnostic.severity) == (field, "error")
    assert quoted in diagnostic.message and '"…' in diagnostic.message
    resume_target = lint_json(
        resume(role, TWO_ROLES[1]), select=["EXP"], config={"target": "resume"}
    )
    assert code not in resume_target.codes()


@pytest.mark.parametrize(
    "role",
    [
        job(summary="Built things. " * 142 + "Done."),
        job(position="x" * 100),
        job("软件工程师" * 20, "华为"),
    ],
)
def test_long_but_within_limits_stays_clean(role: dict[str, Any]) -> None:
    assert lint_json(resume(role, TWO_ROLES[1]), select=["EXP009", "EXP010"]).codes() == []


def test_length_options() -> None:
    config = {"checks": {"experience": {"max_description_length": 50, "max_title_length": 10}}}
    codes = lint_json(
        resume(job(), TWO_ROLES[1]), select=["EXP009", "EXP010"], config=config
    ).codes()
    assert codes == ["EXP009", "EXP009", "EXP010"]  # "Analyst" fits in 10 characters


def test_all_unknown_profile_is_silent() -> None:
    document = native([], unknown=["positions", "education", "volunteer"])
    assert lint_json(document, select=["EXP"]).codes() == []
