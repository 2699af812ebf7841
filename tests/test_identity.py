"""Identity rules (checks/identity.py): tables of profiles that must flag and must stay clean."""

from __future__ import annotations

from typing import Any

import pytest

from profilelint.testing import lint_json

SUMMARY = (
    "I build scheduling software for small clinics in Bergen and Oslo. Over eight years I have "
    "shipped tools that cut waiting times by a third for 40 practices, and I now lead a team of "
    "five engineers working closely with nurses and doctors."
)
LOCATION = {"city": "Bergen", "countryCode": "NO"}
EMAIL = "kari@example.com"


def document(**basics: Any) -> dict[str, Any]:
    """A JSON Resume document whose basics hold a name, a summary and ``basics``."""
    body: dict[str, Any] = {"name": "Kari Nordmann", "summary": SUMMARY, **basics}
    return {"basics": {k: v for k, v in body.items() if v is not None}}


def native(**fields: Any) -> dict[str, Any]:
    """A profilelint JSON profile (its own format), where knowledge can be stated."""
    return {"profilelint_schema": 1, **fields}


def lint(doc: dict[str, Any], select: str) -> Any:
    return lint_json(doc, select=[select])


# --- BAS001 name-missing --------------------------------------------------------------------


@pytest.mark.parametrize("name", [None, "", "   "])
def test_missing_name_flags(name: str | None) -> None:
    result = lint(document(name=name, location=LOCATION, email=EMAIL), "BAS001")
    assert result.codes() == ["BAS001"]
    assert result.diagnostics[0].field == "name"
    assert result.diagnostics[0].severity == "error"


@pytest.mark.parametrize(
    "name", ["Kari Nordmann", "Ana Pérez", "李娜", "محمد الفارسي", "Jürgen Müller"]
)
def test_present_name_stays_clean(name: str) -> None:
    assert lint(document(name=name), "BAS001").codes() == []


@pytest.mark.parametrize("name", ["-", "?", "…"])
def test_name_without_letters_flags(name: str) -> None:
    result = lint(document(name=name), "BAS001")
    assert result.codes() == ["BAS001"]
    assert f'"{name}"' in result.diagnostics[0].message


@pytest.mark.parametrize("name", ["Madonna", "María José de la Cruz", "Jan van der Berg"])
def test_names_with_particles_or_one_word_stay_clean(name: str) -> None:
    assert lint(document(name=name), "BAS001").codes() == []


def test_unknown_name_is_never_reported() -> None:
    assert lint(native(knowledge={"unknown": ["name"]}), "BAS001").codes() == []


# --- BAS002 location-missing ----------------------------------------------------------------


@pytest.mark.parametrize("location", [None, {}, {"city": "", "countryCode": "  "}])
def test_missing_location_flags(location: dict[str, str] | None) -> None:
    result = lint(document(location=location), "BAS002")
    assert result.codes() == ["BAS002"]
    assert result.diagnostics[0].field == "location"
    assert result.diagnostics[0].severity == "warning"


@pytest.mark.parametrize(
    "location",
    [
        {"city": "Bergen"},
        {"countryCode": "DE"},
        {"region": "Bayern"},
        {"postalCode": "28013"},
        {"city": "北京", "countryCode": "CN"},
        {"city": "São Paulo", "region": "SP", "countryCode": "BR"},
    ],
)
def test_present_location_stays_clean(location: dict[str, str]) -> None:
    assert lint(document(location=location), "BAS002").codes() == []


def test_free_text_location_stays_clean() -> None:
    assert lint(native(name="Kari", location={"text": "Oslo, Norway"}), "BAS002").codes() == []


def test_unknown_location_is_never_reported() -> None:
    assert lint(native(name="Kari", knowledge={"unknown": ["location"]}), "BAS002").codes() == []


# --- BAS003 contact-missing -----------------------------------------------------------------

NO_CONTACT = [
    {},
    {"phone": "+47 555 12 345"},  # a phone alone is not counted
    {"email": "", "url": " ", "profiles": []},
    {"profiles": [{"network": "GitHub", "username": "", "url": ""}]},
]


@pytest.mark.parametrize("basics", NO_CONTACT)
def test_missing_contact_flags(basics: dict[str, Any]) -> None:
    result = lint(document(**basics), "BAS003")
    assert result.codes() == ["BAS003"]
    assert result.diagnostics[0].severity == "info"


CONTACT = [
    {"email": "kari@example.com"},
    {"url": "https://kari.example.no"},
    {"website": "https://kari.example.no"},  # the pre-1.0 name
    {"profiles": [{"network": "GitHub", "url": "https://github.com/kari"}]},
    {"profiles": [{"network": "Mastodon", "username": "kari"}]},
]


@pytest.mark.parametrize("basics", CONTACT)
def test_present_contact_stays_clean(basics: dict[str, Any]) -> None:
    assert lint(document(**basics), "BAS003").codes() == []


@pytest.mark.parametrize("unknown", ["contact.email", "contact", "links"])
def test_unknown_contact_is_never_reported(unknown: str) -> None:
    assert lint(native(name="Kari", knowledge={"unknown": [unknown]}), "BAS003").codes() == []


# --- BAS004 profile-url-default -------------------------------------------------------------

DEFAULT_URLS = [
    ("https://www.linkedin.com/in/jane-doe-3b2a1b123", "3b2a1b123"),
    ("https://www.linkedin.com/in/jane-doe-3b2a1b123/", "3b2a1b123"),
    ("https://no.linkedin.com/in/kari-nordmann-4a5b6c7d8?originalSubdomain=no", "4a5b6c7d8"),
    ("HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE-3B2A1B123", "3B2A1B123"),
    ("linkedin.com/in/jane-doe-a1b2c3d4", "a1b2c3d4"),
    ("www.linkedin.com/in/li-na-12ab34cd5/en", "12ab34cd5"),
    ("https://es.linkedin.com/in/jos%C3%A9-p%C3%A9rez-garc%C3%ADa-9f8e7d6c5", "9f8e7d6c5"),
    ("https://de.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-0a1b2c3d4e5/#top", "0a1b2c3d4e5"),
    ("https://www.linkedin.com/in/jan-van-der-berg-0a1b2c3d4", "0a1b2c3d4"),
    ("https://www.linkedin.com/in/jane-doe-3b2a1b123?utm_source=share", "3b2a1b123"),
    ("https://www.linkedin.com/pub/jane-doe/1a/2b3/4c5", "1a/2b3/4c5"),  # the pre-2013 form
]


@pytest.mark.parametrize(("url", "suffix"), DEFAULT_URLS)
def test_default_url_in_profiles_flags(url: str, suffix: str) -> None:
    profiles = [
        {"network": "GitHub", "url": "https://github.com/kari"},
        {"network": "LinkedIn", "url": url},
    ]
    result = lint(document(profiles=profiles), "BAS004")
    assert result.codes() == ["BAS004"]
    diagnostic = result.diagnostics[0]
    assert diagnostic.field == "links[1].url"
    assert f'"{suffix}"' in diagnostic.message
    assert diagnostic.severity == "info"
    assert diagnostic.line is not None


def test_default_url_as_website_flags() -> None:
    result = lint(document(url="https://www.linkedin.com/in/ana-perez-5c6d7e8f9"), "BAS004")
    assert result.codes() == ["BAS004"]
    assert result.diagnostics[0].field == "contact.url"
    assert "5c6d7e8f9" in result.diagnostics[0].message


def test_default_user_name_without_url_flags() -> None:
    profiles = [{"network": "LinkedIn", "username": "ana-perez-5c6d7e8f9"}]
    result = lint(document(profiles=profiles), "BAS004")
    assert result.codes() == ["BAS004"]
    assert result.diagnostics[0].field == "links[0].username"


CHOSEN_URLS = [
    "https://www.linkedin.com/in/jane-doe-1987",  # a number the member chose
    "https://www.linkedin.com/in/jane-doe-12345678",  # digits only: not the generated form
    "https://www.linkedin.com/in/jane-doe",
    "https://www.linkedin.com/in/jane-doe/",
    "https://www.linkedin.com/in/janedoe",
    "https://www.linkedin.com/in/jane-doe-designer",  # a word: no digits
    "https://www.linkedin.com/in/mohammed-al-farsi",
    "https://no.linkedin.com/in/kari-nordmann-phd",
    "https://www.linkedin.com/in/jd2019abc",  # no hyphen: nothing was appended
    "https://www.linkedin.com/in/jane-doe-ab12",  # too short for the generated suffix
    "https://www.linkedin.com/in/jane-doe-iso27001",  # a chosen code: not hexadecimal
    "https://www.linkedin.com/in/amy-chen-ux-designer-sf2019",
    "https://www.linkedin.com/pub/dir/jane/doe",  # a directory search, not a profile
    "https://www.linkedin.com/company/acme-3b2a1b123",  # a company page, not a person's
    "https://github.com/jane-doe-3b2a1b123",
    "https://notlinkedin.com/in/jane-doe-3b2a1b123",
    "https://www.linkedin.com.evil.example/in/jane-doe-3b2a1b123",
]


@pytest.mark.parametrize("url", CHOSEN_URLS)
def test_chosen_url_stays_clean(url: str) -> None:
    profiles = [{"network": "LinkedIn", "url": url}]
    assert lint(document(profiles=profiles, url=url), "BAS004").codes() == []


def test_unknown_links_are_never_judged() -> None:
    doc = native(
        name="Kari",
        links=[{"network": "LinkedIn", "url": "https://www.linkedin.com/in/kari-4a5b6c7d8"}],
        knowledge={"unknown": ["links"]},
    )
    assert lint(doc, "BAS004").codes() == []


def test_complete_profile_is_clean() -> None:
    doc = document(
        email=EMAIL,
        location=LOCATION,
        profiles=[{"network": "LinkedIn", "url": "https://www.linkedin.com/in/kari-nordmann"}],
    )
    assert lint(doc, "BAS").codes() == []


def test_user_name_given_as_a_url_flags() -> None:
    profiles = [
        {"network": "LinkedIn", "username": "https://www.linkedin.com/in/ana-perez-5c6d7e8f9/"}
    ]
    result = lint(document(profiles=profiles), "BAS004")
    assert result.codes() == ["BAS004"]
    assert '"/in/ana-perez-5c6d7e8f9"' in result.diagnostics[0].message


def test_user_name_given_as_a_path_flags() -> None:
    profiles = [{"network": "LinkedIn", "username": "in/ana-perez-5c6d7e8f9"}]
    result = lint(document(profiles=profiles), "BAS004")
    assert result.codes() == ["BAS004"]
    assert '"5c6d7e8f9"' in result.diagnostics[0].message
