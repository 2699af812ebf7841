"""Profile → JSON Resume 1.0.0 (``--show-profile FILE --to jsonresume``).

Every document is validated against the JSON Resume schemas v1.0.0 and v1.2.1 with a format
checker that enforces ``uri`` (through rfc3986-validator), ``email`` and ``date``, and loaded
back with profilelint's JSON Resume loader: the known fields it can hold must come back equal,
except for the differences :func:`expected_after_round_trip` names.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import CORPUS, FIXTURES, RunCli, corpus_dir, corpus_files

from profilelint.convert import (
    SCHEMA_URL,
    convert_to_jsonresume,
    email_address,
    iso_date,
    to_jsonresume,
    web_url,
)
from profilelint.loaders import LoadError, LoadResult, load_bytes, load_path
from profilelint.loaders.photo import make_photo
from profilelint.model import (
    Award,
    Certificate,
    Contact,
    Education,
    Endorsement,
    Interest,
    Invitation,
    Knowledge,
    Language,
    Link,
    Location,
    PartialDate,
    Photo,
    PhotoFile,
    Position,
    Profile,
    Project,
    Publication,
    Recommendation,
    Skill,
    Volunteer,
)

SCHEMAS = CORPUS.parent / "schemas"
SUFFIXES = (".json", ".html", ".htm", ".xhtml", ".pdf", ".zip")
# Inputs that are not profiles, by design: they must give INP002 and are not converted.
NOT_PROFILES = {
    "team/package.json": "an npm manifest beside the team's profiles",
    "mftests_h-resume_work.json": "the microformats parser's expected output, not a profile",
    "mftests_mixed_h-resume_mixedroots.json": "the microformats parser's expected output",
    "scoutr_public-2024_profile-not-found.html": "LinkedIn's 'Profile Not Found' page",
    "scoutr_guest-homepage-2024.html": "LinkedIn's guest home page",
    "malburg_authwall-2026.html": "LinkedIn's sign-up wall",
    "pages/not-a-profile.html": "a fictional blog post with no person on it",
    "pdf/linkedin-old-layout.pdf": "a fictional PDF in the layout LinkedIn used until 2017",
    "pdf/not-linkedin-resume.pdf": "a fictional résumé PDF from another tool",
}
# Profile fields JSON Resume has no place for: never written, unknown once loaded back.
NOT_HELD = (
    "industry",
    "recommendations_given",
    "courses",
    "organizations",
    "connection_companies",
    "exported_on",
    "invitations_sent",
    "invitations_received",
    "endorsements_received",
    "endorsements_given",
    "connections",
    "knowledge",
)


@functools.cache
def _validators() -> list[jsonschema.protocols.Validator]:
    if not SCHEMAS.is_dir():
        corpus_dir()  # skips, or fails with PROFILELINT_REQUIRE_CORPUS=1, without ../shared
        pytest.skip(f"{SCHEMAS} not found")
    checker = jsonschema.FormatChecker()
    # Without rfc3986-validator (the test extra) jsonschema accepts any text as a "uri".
    assert {"uri", "email", "date"} <= set(checker.checkers), "install profilelint[test]"
    found = []
    for name, cls in (("1.0.0", jsonschema.Draft4Validator), ("1.2.1", jsonschema.Draft7Validator)):
        schema = json.loads((SCHEMAS / f"jsonresume-schema-{name}.json").read_text("utf-8"))
        cls.check_schema(schema)
        found.append(cls(schema, format_checker=checker))
    return found


def schema_errors(document: dict[str, Any]) -> list[str]:
    """Every way the document breaks either schema (empty when valid against both)."""
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for validator in _validators()
        for error in validator.iter_errors(document)
    ]


def reload(document: dict[str, Any], base_dir: Path | None = None) -> LoadResult:
    """The converted document as profilelint's JSON Resume loader reads it."""
    data = json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")
    loaded = load_bytes(data, base_dir=base_dir, name="converted.json")
    assert loaded.format == "jsonresume"
    assert [(p.code, p.message) for p in loaded.problems] == []
    return loaded


def D(text: str) -> PartialDate:
    """A date as a loader reads it from text."""
    return PartialDate.model_validate(text)


# --- the differences a round trip may make, each with its reason --------------------------------


def _reset_unknown(profile: Profile) -> None:
    """A field the source could not tell is not written: it comes back as its default."""
    items = []
    for path in sorted(profile.knowledge.unknown):
        *parents, leaf = path.replace("[", ".[").split(".")
        target: Any = profile
        for part in parents:
            target = target[int(part[1:-1])] if part.startswith("[") else getattr(target, part)
            if target is None:
                break
        else:
            if leaf.startswith("["):
                items.append((target, int(leaf[1:-1])))
            elif target is not None and leaf in type(target).model_fields:
                default = type(target).model_fields[leaf].get_default(call_default_factory=True)
                setattr(target, leaf, default)
    for target, index in sorted(items, key=lambda t: -t[1]):  # a whole unknown item is left out
        if index < len(target):
            del target[index]


def _iso(date: PartialDate | None) -> PartialDate | None:
    """Dates are written as the schema's iso8601 text; text is its year, or left out."""
    text = iso_date(date)[0] if date is not None else None
    return None if text is None else D(text)


def _url(url: str | None) -> str | None:
    """URLs are written as absolute http(s) URIs (see test_web_urls), or left out."""
    return web_url(url) if url and url.strip() else None


def _empty(item: Any) -> bool:
    return not item.model_dump(exclude_defaults=True, exclude={"current"})


def expected_after_round_trip(profile: Profile, base_dir: Path | None) -> dict[str, Any]:
    """The profile as it must come back from JSON Resume, each difference with its reason."""
    p = profile.model_copy(deep=True)
    _reset_unknown(p)
    if p.photo is not None:  # a default silhouette is no photo; file facts are read again
        p.photo = None if p.photo.is_default else make_photo(p.photo.url, base_dir)
    p.contact.url = _url(p.contact.url)
    p.contact.email = email_address(p.contact.email) if p.contact.email else None
    if p.location is not None:  # the schema's location is an object: free text goes to city
        loc = p.location
        parts = (loc.address, loc.postal_code, loc.city, loc.region, loc.country_code)
        if loc.text is not None and all(v is None for v in parts):
            loc.city = loc.text
        loc.text = None
        p.location = None if _empty(loc) else loc
    for link in p.links:
        link.url = _url(link.url)
    for position in p.positions:  # no endDate means a current role
        position.url = _url(position.url)
        position.start = _iso(position.start)
        position.end = None if position.current else _iso(position.end)
        position.current = position.end is None
    for item in [*p.volunteer, *p.education, *p.projects]:
        item.url = _url(item.url)
        item.start, item.end = _iso(item.start), _iso(item.end)
    for education in p.education:
        education.description = None  # JSON Resume's education has no description
    for award in p.awards:
        award.date = _iso(award.date)
    for certificate in p.certificates:  # v1.0.0: format date, so only a full date is kept
        day = certificate.date is not None and len(iso_date(certificate.date)[0] or "") == 10
        certificate.date = _iso(certificate.date) if day else None
        certificate.url = _url(certificate.url)
    for publication in p.publications:
        publication.release_date = _iso(publication.release_date)
        publication.url = _url(publication.url)
    for recommendation in p.recommendations:
        recommendation.date = None  # references have a name and a text only
    p.skills = [s for s in p.skills if s.name.strip()]
    data = p.model_dump(mode="json", exclude=set(NOT_HELD))
    for key, value in data.items():  # an item with nothing JSON Resume holds is not written
        if isinstance(value, list) and key not in ("skills", "ignore"):
            data[key] = [
                v for v, item in zip(value, getattr(p, key), strict=True) if not _empty(item)
            ]
    return data


def assert_round_trip(profile: Profile, base_dir: Path | None = None) -> dict[str, Any]:
    """Convert, validate against both schemas, load back, compare; returns the document."""
    document = to_jsonresume(profile)
    assert schema_errors(document) == []
    again = reload(document, base_dir).profile
    assert again.model_dump(mode="json", exclude=set(NOT_HELD)) == expected_after_round_trip(
        profile, base_dir
    )
    assert to_jsonresume(again) == document  # a second conversion changes nothing
    return document


# --- a profile built by hand, every field filled ------------------------------------------------

FULL = Profile(
    name="Åse Kristin Øvrebø-Nakamura",
    headline="Byggjer planleggingsverktøy for sjukehus | dataingeniør",
    photo=Photo(url="portretter/åse.jpg", file=PhotoFile(path="portretter/åse.jpg", width=600)),
    summary="Eg lagar verktøy som kortar ventetida.\n\n東京の病院とも協力しました。",
    contact=Contact(email="mailto:ase@eksempel.no", phone="+47 400 00 000", url="åse.eksempel.no"),
    location=Location(postal_code="5003", city="Bergen", region="Vestland", country_code="NO"),
    links=[Link(network="LinkedIn", username="ase-ovrebo", url="https://www.linkedin.com/in/ase")],
    industry="Helsetenester",
    positions=[
        Position(
            title="Dataingeniør",
            company="Fjordlys Helse",
            company_description="Planleggingsverktøy for sjukehus",
            url="https://fjordlys.example/om oss",
            location="Bergen",
            start=D("2021-03"),
            end=D("2024-01"),  # the source said current as well: current wins
            current=True,
            description="Leiar arbeidet med kapasitetsmodellen.",
            highlights=["Kortare ventetid: 18 %", "Tre sjukehus tok verktøyet i bruk"],
        ),
        Position(
            title="Analytikar",
            company="Nordavind Logistikk",
            start=D("Vår 2017"),  # text: written as its year
            end=D("2021-02-28"),
        ),
    ],
    volunteer=[
        Volunteer(
            organization="Kodeklubben Bergen",
            role="Rettleiar",
            url="http://kodeklubben.example",
            start=D("2019"),
            end=D("2022-06"),
            description="Lærte born å programmere.",
            highlights=["40 born kvar haust"],
        )
    ],
    education=[
        Education(
            institution="Universitetet i Bergen",
            url="https://uib.example/",
            area="Informatikk",
            study_type="Master",
            start=D("2014"),
            end=D("2016"),
            score="A",
            courses=["INF250 Visualisering"],
            description="Masteroppgåve om køteori",  # no place in JSON Resume
        )
    ],
    skills=[
        Skill(name="Python", category="Programmering", level="Ekspert"),
        Skill(name="SQL", category="Programmering", level="Ekspert"),
        Skill(name="dbt", category="Programmering", level="Middels"),
        Skill(name="Sjukehuslogistikk"),
        Skill(name="  "),  # a blank skill is no skill
    ],
    languages=[Language(language="Norsk", fluency="Morsmål"), Language(language="日本語")],
    interests=[Interest(name="Fjellturar", keywords=["Jotunheimen", "Hardangervidda"])],
    awards=[
        Award(
            title="Årets innovasjon",
            date=D("2022-11-03"),
            awarder="Helse Vest",
            summary="For kapasitetsmodellen.",
        )
    ],
    certificates=[
        Certificate(name="Skysertifikat", date=D("2023-05-17"), issuer="Skyen AS"),
        Certificate(name="Datatryggleik", date=D("2023-05"), url="not a url"),
    ],
    publications=[
        Publication(
            name="Køar i akuttmottaket",
            publisher="Tidsskrift for helseteknologi",
            release_date=D("2020-09"),
            url="https://tidsskrift.example/køar",
            summary="Ein modell for ventetid.",
        )
    ],
    projects=[
        Project(
            name="Sengeplan",
            description="Open kjeldekode for sengeplanlegging.",
            highlights=["Brukt ved tre sjukehus"],
            keywords=["Python", "køteori"],
            start=D("2022-01"),
            end=D("2023-12"),
            url="https://github.example/sengeplan",
            roles=["Vedlikehaldar"],
            entity="Fjordlys Helse",
            type="application",
        )
    ],
    recommendations=[
        Recommendation(
            author="Kari Nordmann",
            text="Åse gjer vanskelege tal forståelege.",
            date=D("2024-01-10"),
        )
    ],
    invitations_sent=[Invitation(other_party="Ola Innbydd", message="Hei Ola!", sent_at="2026")],
    invitations_received=[Invitation(other_party="Per Innbydar", message="Hei!")],
    endorsements_received=[Endorsement(skill="Python", other_party="Liv Stemmegjevar")],
    endorsements_given=[Endorsement(skill="SQL", other_party="Nils Mottakar")],
    connections=512,
    ignore=["HDL002"],
)

FULL_DOCUMENT = {
    "$schema": SCHEMA_URL,
    "basics": {
        "name": "Åse Kristin Øvrebø-Nakamura",
        "label": "Byggjer planleggingsverktøy for sjukehus | dataingeniør",
        "image": "portretter/åse.jpg",
        "email": "ase@eksempel.no",
        "phone": "+47 400 00 000",
        "url": "https://xn--se-xia.eksempel.no",
        "summary": "Eg lagar verktøy som kortar ventetida.\n\n東京の病院とも協力しました。",
        "location": {
            "postalCode": "5003",
            "city": "Bergen",
            "region": "Vestland",
            "countryCode": "NO",
        },
        "profiles": [
            {
                "network": "LinkedIn",
                "username": "ase-ovrebo",
                "url": "https://www.linkedin.com/in/ase",
            }
        ],
    },
    "work": [
        {
            "name": "Fjordlys Helse",
            "position": "Dataingeniør",
            "description": "Planleggingsverktøy for sjukehus",
            "url": "https://fjordlys.example/om%20oss",
            "location": "Bergen",
            "startDate": "2021-03",
            "summary": "Leiar arbeidet med kapasitetsmodellen.",
            "highlights": ["Kortare ventetid: 18 %", "Tre sjukehus tok verktøyet i bruk"],
        },
        {
            "name": "Nordavind Logistikk",
            "position": "Analytikar",
            "startDate": "2017",
            "endDate": "2021-02-28",
        },
    ],
    "volunteer": [
        {
            "organization": "Kodeklubben Bergen",
            "position": "Rettleiar",
            "url": "http://kodeklubben.example",
            "startDate": "2019",
            "endDate": "2022-06",
            "summary": "Lærte born å programmere.",
            "highlights": ["40 born kvar haust"],
        }
    ],
    "education": [
        {
            "institution": "Universitetet i Bergen",
            "url": "https://uib.example/",
            "area": "Informatikk",
            "studyType": "Master",
            "startDate": "2014",
            "endDate": "2016",
            "score": "A",
            "courses": ["INF250 Visualisering"],
        }
    ],
    "skills": [
        {"name": "Programmering", "level": "Ekspert", "keywords": ["Python", "SQL"]},
        {"name": "Programmering", "level": "Middels", "keywords": ["dbt"]},
        {"name": "Sjukehuslogistikk"},
    ],
    "languages": [{"language": "Norsk", "fluency": "Morsmål"}, {"language": "日本語"}],
    "interests": [{"name": "Fjellturar", "keywords": ["Jotunheimen", "Hardangervidda"]}],
    "awards": [
        {
            "title": "Årets innovasjon",
            "date": "2022-11-03",
            "awarder": "Helse Vest",
            "summary": "For kapasitetsmodellen.",
        }
    ],
    "certificates": [
        {"name": "Skysertifikat", "date": "2023-05-17", "issuer": "Skyen AS"},
        {"name": "Datatryggleik"},
    ],
    "publications": [
        {
            "name": "Køar i akuttmottaket",
            "publisher": "Tidsskrift for helseteknologi",
            "releaseDate": "2020-09",
            "url": "https://tidsskrift.example/k%C3%B8ar",
            "summary": "Ein modell for ventetid.",
        }
    ],
    "projects": [
        {
            "name": "Sengeplan",
            "description": "Open kjeldekode for sengeplanlegging.",
            "highlights": ["Brukt ved tre sjukehus"],
            "keywords": ["Python", "køteori"],
            "startDate": "2022-01",
            "endDate": "2023-12",
            "url": "https://github.example/sengeplan",
            "roles": ["Vedlikehaldar"],
            "entity": "Fjordlys Helse",
            "type": "application",
        }
    ],
    "references": [{"name": "Kari Nordmann", "reference": "Åse gjer vanskelege tal forståelege."}],
    "meta": {"profilelint": {"ignore": ["HDL002"]}},
}


def test_a_full_profile_is_written_field_by_field() -> None:
    conversion = convert_to_jsonresume(FULL)
    assert conversion.document == FULL_DOCUMENT
    assert conversion.notes == [
        "positions[1].start: 'Vår 2017' written as its year 2017",
        "certificates[1].date: '2023-05' is not a full date, which JSON Resume "
        "1.0.0 wants for a certificate; left out",
        "certificates[1].url: 'not a url' is not a web address; left out",
    ]


def test_a_full_profile_survives_the_round_trip() -> None:
    assert_round_trip(FULL)


def test_what_json_resume_cannot_hold_is_not_written() -> None:
    text = json.dumps(to_jsonresume(FULL), ensure_ascii=False)
    for absent in (
        "Helsetenester",  # industry
        "Innbydd",  # an invitation's other party
        "Innbydar",
        "Hei Ola",  # an invitation's note
        "Stemmegjevar",  # endorsers and the endorsed
        "Mottakar",
        "512",  # connections
        "600",  # photo file facts
        "Masteroppgåve",  # an education's description
        "2024-01-10",  # a recommendation's date
        '2024-01"',  # the end of a current role
    ):
        assert absent not in text, absent


# --- tables of the value rules -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("https://example.org/me", "https://example.org/me"),
        ("HTTP://Example.ORG/Me", "http://example.org/Me"),
        ("  https://example.org  ", "https://example.org"),
        ("www.linkedin.com/in/ola-nordmann", "https://www.linkedin.com/in/ola-nordmann"),
        ("linkedin.com/in/ola", "https://linkedin.com/in/ola"),
        ("example.org:8080/cv", "https://example.org:8080/cv"),
        ("//cdn.example.org/a.png", "https://cdn.example.org/a.png"),
        ("https://example.org/my page", "https://example.org/my%20page"),
        (
            "https://example.org/søk?q=blåbær#del 2",
            "https://example.org/s%C3%B8k?q=bl%C3%A5b%C3%A6r#del%202",
        ),
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("https://例え.jp/パス", "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9"),
        ("https://example.org/100%", "https://example.org/100%25"),
        ("https://example.org/a%20b", "https://example.org/a%20b"),
        ("https://example.org/a[1]", "https://example.org/a%5B1%5D"),
        ("https://[2001:db8::1]:8443/x", "https://[2001:db8::1]:8443/x"),
        ("https://192.0.2.7/x", "https://192.0.2.7/x"),
        ("", None),
        ("n/a", None),
        ("my website", None),
        ("see example.org", None),
        ("example dot org", None),
        ("https://", None),
        ("https://exa mple.org", None),
        ("https://example.org:99999/", None),
        ("https://example.org:port/", None),
        ("https://[not-ipv6]/", None),
        ("https://linkedin.com@evil.example/", None),
        ("javascript:alert(1)", None),
        ("mailto:ola@example.org", None),
        ("ftp://files.example.org/cv.pdf", None),
        ("file:///home/ola/cv.pdf", None),
        ("/relative/path", None),
        ("Ola Nordmann", None),
    ],
)
def test_web_urls(written: str, expected: str | None) -> None:
    assert web_url(written) == expected
    if expected is not None:  # what is written passes the schema's "uri" format
        assert schema_errors({"basics": {"url": expected}}) == []


def test_an_invalid_uri_fails_the_schema_check() -> None:
    # The format checker is real: the schema check alone rejects these.
    for bad in ("not a uri", "https://example.org/a b", "www.example.org"):
        assert schema_errors({"basics": {"url": bad}}) != [], bad


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("ola@example.org", "ola@example.org"),
        (" mailto:Ola.Nordmann+cv@example.co.uk ", "Ola.Nordmann+cv@example.co.uk"),
        ("åse@eksempel.no", "åse@eksempel.no"),
        ("ola(at)example.org", None),
        ("ola@example", None),
        ("ola@@example.org", None),
        ("Ola <ola@example.org>", None),
        ("ola @example.org", None),
        ("", None),
    ],
)
def test_email_addresses(written: str, expected: str | None) -> None:
    assert email_address(written) == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (D("2019"), ("2019", False)),
        (PartialDate(text="2019-03"), ("2019-03", False)),  # ISO text never parsed: read now
        (D("2019-03"), ("2019-03", False)),
        (D("2019-03-07"), ("2019-03-07", False)),
        (PartialDate(year=2019, month=3), ("2019-03", False)),
        (D("Spring 2019"), ("2019", True)),
        (PartialDate(text="März 2020", known=False), ("2020", True)),
        (D("2019年3月"), ("2019", True)),
        (D("2019 – 2020"), (None, False)),
        (D("last summer"), (None, False)),
        (D("0999"), (None, False)),  # the schema's years are 1000-2999
        (D("3001-01"), (None, False)),
        (D("12345"), (None, False)),
        (D(""), (None, False)),
    ],
)
def test_dates(date: PartialDate, expected: tuple[str | None, bool]) -> None:
    assert iso_date(date) == expected


@pytest.mark.parametrize(
    ("skills", "groups"),
    [
        ([], []),
        ([Skill(name="Python")], [{"name": "Python"}]),
        ([Skill(name="Python", level="Expert")], [{"name": "Python", "level": "Expert"}]),
        (
            [Skill(name="Go", category="Språk"), Skill(name="Rust", category="Språk")],
            [{"name": "Språk", "keywords": ["Go", "Rust"]}],
        ),
        (  # the order of the skills is kept: a category that comes back starts a new group
            [
                Skill(name="Go", category="Språk"),
                Skill(name="Docker"),
                Skill(name="Rust", category="Språk"),
            ],
            [
                {"name": "Språk", "keywords": ["Go"]},
                {"name": "Docker"},
                {"name": "Språk", "keywords": ["Rust"]},
            ],
        ),
        (
            [Skill(name="Go", category="", level="A"), Skill(name="C", category="", level="B")],
            [
                {"name": "", "level": "A", "keywords": ["Go"]},
                {"name": "", "level": "B", "keywords": ["C"]},
            ],
        ),
        ([Skill(name=""), Skill(name=" ")], []),
    ],
)
def test_skill_groups(skills: list[Skill], groups: list[dict[str, Any]]) -> None:
    profile = Profile(skills=skills)
    assert to_jsonresume(profile).get("skills", []) == groups
    assert_round_trip(profile)


@pytest.mark.parametrize(
    ("location", "written", "notes"),
    [
        (Location(text="Tromsø, Noreg"), {"city": "Tromsø, Noreg"}, []),
        (
            Location(city="Tromsø", country_code="NO", text="Tromsø, Noreg"),
            {"city": "Tromsø", "countryCode": "NO"},
            ["location: the text 'Tromsø, Noreg' beside its parts; left out"],
        ),
        (
            Location(address="Storgata 1", city="Oslo"),
            {"address": "Storgata 1", "city": "Oslo"},
            [],
        ),
        (Location(), None, []),
    ],
)
def test_locations(location: Location, written: dict[str, str] | None, notes: list[str]) -> None:
    profile = Profile(name="Sámi Áile", location=location)
    conversion = convert_to_jsonresume(profile)
    assert conversion.document["basics"].get("location") == written
    assert conversion.notes == notes
    assert_round_trip(profile)


@pytest.mark.parametrize(
    ("position", "written", "notes"),
    [
        (Position(company="A", start="2020-01", current=True), {"startDate": "2020-01"}, []),
        (
            Position(company="A", start="2020", end="2022-05"),
            {"startDate": "2020", "endDate": "2022-05"},
            [],
        ),
        (
            Position(company="A", start="2020", end=D("Fall 2022")),
            {"startDate": "2020", "endDate": "2022"},
            ["positions[0].end: 'Fall 2022' written as its year 2022"],
        ),
        (
            Position(company="A", end=D("bis gestern")),
            {},
            [
                "positions[0].end: 'bis gestern' is not a date; left out",
                "positions[0]: without its end date the role reads as current",
            ],
        ),
        (
            Position(company="A", current=False),
            {},
            [
                "positions[0]: a past role whose end date is not known reads as current in JSON Resume"
            ],
        ),
    ],
)
def test_role_dates(position: Position, written: dict[str, str], notes: list[str]) -> None:
    profile = Profile(positions=[position])
    conversion = convert_to_jsonresume(profile)
    work = conversion.document["work"][0]
    assert {k: v for k, v in work.items() if k.endswith("Date")} == written
    assert conversion.notes == notes
    assert_round_trip(profile)


@pytest.mark.parametrize(
    ("photo", "image"),
    [
        (Photo(url="https://media.example/ola.jpg"), "https://media.example/ola.jpg"),
        (
            Photo(url="profile.jpeg", file=PhotoFile(path="profile.jpeg", exists=False)),
            "profile.jpeg",
        ),
        (Photo(url="https://static.licdn.com/sc/h/ghost-person", is_default=True), None),
        (None, None),
    ],
)
def test_photos(photo: Photo | None, image: str | None) -> None:
    profile = Profile(name="Ola", photo=photo)
    assert to_jsonresume(profile)["basics"].get("image") == image
    assert_round_trip(profile)


def test_unknown_fields_are_left_out_never_written_empty() -> None:
    unknown = {
        "headline",
        "photo",
        "contact.email",
        "location.city",
        "positions[0].start",
        "positions[1]",
        "education[0].courses",
        "skills",
        "summary",
    }
    profile = FULL.model_copy(update={"knowledge": Knowledge(unknown=unknown)})
    document = to_jsonresume(profile)
    assert {"label", "image", "email", "summary"}.isdisjoint(document["basics"])
    assert "city" not in document["basics"]["location"]
    assert "startDate" not in document["work"][0]
    assert [w["name"] for w in document["work"]] == ["Fjordlys Helse"]
    assert "courses" not in document["education"][0]
    assert "skills" not in document
    assert_round_trip(profile)


def test_a_profile_that_knows_nothing_is_an_empty_resume() -> None:
    from profilelint.model import all_unknown_profile

    assert to_jsonresume(all_unknown_profile()) == {"$schema": SCHEMA_URL}
    assert to_jsonresume(
        FULL.model_copy(update={"knowledge": all_unknown_profile().knowledge})
    ) == {
        "$schema": SCHEMA_URL,
        "meta": {"profilelint": {"ignore": ["HDL002"]}},
    }


def test_inline_ignores_come_back_as_inline_ignores() -> None:
    profile = Profile(name="Ola", ignore=["HDL002", "SUM"])
    loaded = reload(to_jsonresume(profile))
    assert loaded.profile.ignore == ["HDL002", "SUM"]
    assert loaded.source.locate("ignore[1]", "SUM") is not None


# --- every fixture and corpus input ------------------------------------------------------------


def _inputs(root: Path, folders: tuple[str, ...] | None = None) -> list[Path]:
    """Every file a loader reads and every export folder, walked as discovery walks.

    Hidden folders and a browser's ``*_files/`` are skipped; a folder holding CSV files is one
    input (an export), never descended into.  Unlike discovery, nothing is sniffed: a file
    that does not look like a profile is still an input.
    """
    if not root.is_dir():
        return []
    found: list[Path] = []
    for top in [root] if folders is None else [root / f for f in folders]:
        for current, dirs, files in os.walk(top):
            here = Path(current)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not d.endswith("_files"))
            exports = [d for d in dirs if any((here / d).glob("*.csv"))]
            found.extend(here / d for d in exports)
            dirs[:] = [d for d in dirs if d not in exports]
            found.extend(
                here / name
                for name in sorted(files)
                if not name.startswith(".") and name.lower().endswith(SUFFIXES)
            )
    return sorted(found)


CORPUS_FOLDERS = (
    "jsonresume",
    "linkedin-html",
    "personal-pages",
    "linkedin-export",
    "linkedin-pdf",
)
FIXTURE_INPUTS = _inputs(FIXTURES)
CORPUS_INPUTS = _inputs(CORPUS, CORPUS_FOLDERS)


def _name(path: Path) -> str:
    for root in (FIXTURES, CORPUS):
        if path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    return path.name


def _load(path: Path) -> LoadResult | None:
    """The loaded input; None for a known non-profile (any other load error fails the test)."""
    name = _name(path)
    reason = NOT_PROFILES.get(name) or NOT_PROFILES.get(path.name)
    try:
        loaded = load_path(path)
    except LoadError as error:
        if reason is not None and error.code == "INP002":
            return None
        raise
    assert reason is None, f"{name} loaded, but is listed as not a profile: {reason}"
    return loaded


def _check_input(path: Path) -> None:
    loaded = _load(path)
    if loaded is None:
        return
    base = path if path.is_dir() else path.parent
    document = assert_round_trip(loaded.profile, base)
    assert document["$schema"] == SCHEMA_URL


@pytest.mark.parametrize("path", FIXTURE_INPUTS, ids=_name)
def test_every_fixture_converts_validates_and_comes_back(path: Path) -> None:
    _check_input(path)


@pytest.mark.parametrize("path", CORPUS_INPUTS, ids=_name)
def test_every_corpus_input_converts_validates_and_comes_back(path: Path) -> None:
    _check_input(path)


def test_the_corpus_inputs_are_all_found() -> None:
    corpus = corpus_dir()
    assert len(corpus_files("jsonresume")) >= 7
    names = {_name(p) for p in CORPUS_INPUTS}
    for expected in (
        "linkedin-export/silkyrich-fictional-2026_sample_export.zip",
        "linkedin-export/hirefrank-mock-2024",
        "linkedin-pdf/pico_en-2025_owner-profile.pdf",
        "personal-pages/jnrowe_contact_h-card.html",
        "linkedin-html/peregrine_public-profile-style_synthetic.html",
    ):
        assert expected in names
    folders = [p for p in (corpus / "linkedin-export").iterdir() if p.is_dir()]
    assert len(folders) >= 4
    assert set(folders) <= set(CORPUS_INPUTS)


# --- the command line --------------------------------------------------------------------------

STRONG = FIXTURES / "strong.json"


def test_to_jsonresume_prints_the_conversion(run_cli: RunCli) -> None:
    result = run_cli(["--show-profile", STRONG, "--to", "jsonresume"])
    assert (result.code, result.err) == (0, "")
    expected = to_jsonresume(load_path(STRONG).profile)
    assert result.out == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"


def test_to_profilelint_is_the_default_output_byte_for_byte(run_cli: RunCli) -> None:
    default = run_cli(["--show-profile", STRONG])
    chosen = run_cli(["--show-profile", STRONG, "--to", "profilelint"])
    assert default.code == chosen.code == 0
    assert chosen.out == default.out
    assert (
        default.out
        == json.dumps(load_path(STRONG).profile.to_native(), indent=2, ensure_ascii=False) + "\n"
    )


def test_to_reads_standard_input(run_cli: RunCli) -> None:
    result = run_cli(["--show-profile", "-", "--to", "jsonresume"], stdin=STRONG.read_bytes())
    assert result.code == 0
    assert json.loads(result.out)["basics"]["name"] == "Ingrid Solberg-Nakamura"


def test_what_is_left_out_is_said_on_stderr(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "cv.json"
    cv = {
        "basics": {"name": "Ola", "url": "min heimeside"},
        "work": [{"name": "A", "startDate": "Vår 2019"}],
    }
    path.write_text(json.dumps(cv), encoding="utf-8")
    result = run_cli(["--show-profile", path, "--to", "jsonresume"])
    assert result.code == 0
    assert result.err.splitlines() == [
        f"profilelint: warning: {path}: contact.url: 'min heimeside' is not a web address; left out",
        f"profilelint: warning: {path}: positions[0].start: 'Vår 2019' written as its year 2019",
    ]
    assert json.loads(result.out)["work"] == [{"name": "A", "startDate": "2019"}]


@pytest.mark.parametrize(
    "args",
    [
        ["--to", "jsonresume", str(STRONG)],
        ["--to", "profilelint"],
        ["--to", "jsonresume", "--list-rules"],
    ],
)
def test_to_without_show_profile_is_a_usage_error(run_cli: RunCli, args: list[str]) -> None:
    result = run_cli(args)
    assert (result.code, result.out) == (2, "")
    assert result.err == "profilelint: error: --to works only with --show-profile FILE\n"


def test_an_unknown_target_format_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli(["--show-profile", STRONG, "--to", "yaml"])
    assert result.code == 2
    assert len(result.err.splitlines()) == 1
    assert "'yaml' is not one of 'profilelint', 'jsonresume'" in result.err


def test_a_file_that_does_not_load_is_one_line(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"basics": ', encoding="utf-8")
    result = run_cli(["--show-profile", bad, "--to", "jsonresume"])
    assert (result.code, result.out) == (2, "")
    assert len(result.err.splitlines()) == 1
    assert result.err.startswith(f"profilelint: error: {bad}: INP")


def test_a_note_carries_no_terminal_control_characters() -> None:
    profile = Profile(contact=Contact(url="\x1b[31mmy\nsite\x1b[0m"), positions=[Position()])
    notes = convert_to_jsonresume(profile).notes
    assert notes[0] == "contact.url: '[31mmy site [0m' is not a web address; left out"
    assert all(c.isprintable() for note in notes for c in note)


def test_whatever_web_url_returns_passes_the_uri_format() -> None:
    import random

    pieces = [*"aZ09-._~:/?#[]@!$&'()*+,;=% \t\"<>\\^`{|}", "ø", "例", "\u200b", "\x1b", "💡"]
    pieces += ["www.", "https://", "//", ".com", ":80", "%zz", "%41", "xn--"]
    rng = random.Random(8)
    kept = 0
    for _ in range(3000):
        text = rng.choice(["https://", "http://", "www.", ""]) + "".join(
            rng.choice(pieces) for _ in range(rng.randint(1, 10))
        )
        url = web_url(text)
        if url is not None:
            kept += 1
            assert schema_errors({"basics": {"url": url}}) == [], (text, url)
    assert kept > 100  # the check saw many written URLs, not only rejections


# Profiles shaped like what the other loaders give: the round trip holds for them too.
LIKE_AN_EXPORT = Profile(
    name="Bjørn Ødegård",
    headline="Logistikkplanleggar",
    summary="Planlegg ruter for ferjer.",
    location=Location(text="Ålesund, Møre og Romsdal, Noreg"),
    industry="Transport",
    positions=[
        Position(title="Planleggar", company="Fjordferje AS", start=D("2022-04"), current=True),
        Position(title="Analytikar", company="Havn AS", start=None, end=D("2022-03")),
    ],
    skills=[Skill(name="Ruteplanlegging"), Skill(name="Excel")],
    recommendations=[Recommendation(author="Liv Tilrår", text="Svært påliteleg.", date=D("2023"))],
    invitations_sent=[Invitation(other_party="Ola Innbydd", message="Hei!")],
    endorsements_given=[Endorsement(skill="Excel", other_party="Per Mottakar", date="2026-01-02")],
    connections=230,
    knowledge=Knowledge(unknown={"photo", "positions[1].start", "contact"}, partial={"skills"}),
)
LIKE_A_PAGE = Profile(
    name="Maryam Haddad مريم حداد",
    headline="مهندسة بيانات | Data engineer",
    photo=Photo(url="https://static.licdn.com/sc/h/1c5u578iilxfi4m4dvc4q810q", is_default=True),
    contact=Contact(url="www.haddad.example/عن"),
    links=[Link(network="LinkedIn", url="www.linkedin.com/in/maryam-haddad")],
    positions=[
        Position(
            title="Data engineer",
            company="Nakhla Analytics",
            location="عمّان",
            start=D("Jan 2021"),
            end=D("Present"),
            current=True,
        ),
        Position(title="Analyst", company="Ward", start=D("2018"), end=D("2020 (2 yrs)")),
    ],
    education=[Education(institution="الجامعة الأردنية", end=D("2017"), description="GPA 3.8")],
    certificates=[Certificate(name="Cloud", date=D("Mar 2022"), url="https://cert.example/1 2")],
    knowledge=Knowledge(unknown={"skills", "summary"}, partial={"positions"}),
)


@pytest.mark.parametrize("profile", [LIKE_AN_EXPORT, LIKE_A_PAGE], ids=["export", "page"])
def test_profiles_like_the_other_loaders_give_survive_the_round_trip(profile: Profile) -> None:
    document = assert_round_trip(profile)
    text = json.dumps(document, ensure_ascii=False)
    for absent in ("Transport", "Innbydd", "Mottakar", "230", "licdn"):
        assert absent not in text
