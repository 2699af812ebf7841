"""Precision on real profiles: each false positive of the review set, as an invented profile of
the same shape, stays clean; each class it belongs to still flags what it should.

The review set (about forty public JSON Resume files and other vocabularies, kept outside the
repository) is described in the README; no real person's data is used here.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest

from profilelint.diagnostic import FileResult
from profilelint.testing import lint_json


def person(**basics: Any) -> dict[str, Any]:
    """A JSON Resume with the given basics, a named person and one described role."""
    return {
        "basics": {"name": "Kari Vik", **basics},
        "work": [{"name": "Ruter", "position": "Planner", "startDate": "2020-01", "summary": "x"}],
    }


def found(result: FileResult, code: str) -> list[str]:
    """The messages ``code`` gave."""
    return [d.message for d in result.diagnostics if d.code == code]


# --- PRV001: addresses, phones, birth dates, other people's contact details ---------------------


@pytest.mark.parametrize(
    "address",
    [
        "France",
        "kein fester Wohnsitz",
        "sans adresse fixe",
        "Available on request",
        "Upon request",
        "Worldwide",
        "Asia",
        "Bergen, Norway",
        "Niterói, Rio de Janeiro, Brasil",
        "Richmond, VA 23223",
        "0150 Oslo",
        "Pune, India",
    ],
)
def test_a_place_that_is_not_a_street_is_no_street_address(address: str) -> None:
    result = lint_json(person(location={"address": address, "city": "Oslo"}), select=["PRV"])
    assert found(result, "PRV001") == []


@pytest.mark.parametrize(
    "address",
    [
        "Via Roma 7",
        "67, Gandhi Nagar, Police Line",
        "12 Elm Street",
        "Calle Luna 3, 4º B",
        "Storgata 5",
    ],
)
def test_a_street_address_is_flagged(address: str) -> None:
    result = lint_json(person(location={"address": address, "city": "Oslo"}), select=["PRV"])
    assert found(result, "PRV001") == ["The profile shows a street address"]


@pytest.mark.parametrize("phone", ["Upon request", "on request", "a petición", "auf Anfrage", "-"])
def test_a_phone_field_without_a_number_is_not_a_phone(phone: str) -> None:
    assert found(lint_json(person(phone=phone), select=["PRV"]), "PRV001") == []


def test_a_phone_number_is_flagged_with_its_last_digits() -> None:
    result = lint_json(person(phone="+47 912 34 567"), select=["PRV"])
    assert found(result, "PRV001") == ["The profile shows a phone number ending in 67"]


@pytest.mark.parametrize("key", ["birthDate", "Date of Birth", "fechaNacimiento", "dob"])
def test_a_published_birth_date_is_flagged(key: str) -> None:
    result = lint_json(person(**{key: "1990-03-12"}), select=["PRV", "INP"])
    assert found(result, "PRV001") == ["The profile shows a birth date"]
    assert found(result, "INP006") == []  # read, not ignored


@pytest.mark.parametrize(
    "reference",
    [
        {"name": "Mahmoud Haddad", "phone": "(804) 555-0142", "email": "m.haddad@example.org"},
        {"name": "Lucía Gómez", "contact": ["Teléfono: +34 611 22 33 44", "Email: lg@example.es"]},
        {"name": "Jürgen Weiß", "reference": "Ruf mich an: +49 171 2345678, er ist großartig."},
    ],
)
def test_other_peoples_contact_details_in_references_are_flagged(reference: dict[str, Any]) -> None:
    result = lint_json({**person(), "references": [reference]}, select=["PRV"])
    messages = found(result, "PRV001")
    assert len(messages) == 1 and "another person's data" in messages[0]
    assert not any(secret in messages[0] for secret in ("0142", "44", "678", "@", "Haddad"))


def test_a_reference_without_contact_details_stays_clean() -> None:
    reference = {"name": "王伟", "reference": "她三个月内重建了我们的计费系统。"}
    assert found(lint_json({**person(), "references": [reference]}, select=["PRV"]), "PRV001") == []


# --- TXT001: sample text, dummy links, dash-wrapped blanks, a line pasted into every role -------

SAMPLE_ROLE = {"name": "Reyca", "position": "Diseñador web", "startDate": "2021-11"}


@pytest.mark.parametrize(
    ("document", "source"),
    [
        (
            {
                **person(),
                "work": [{**SAMPLE_ROLE, "highlights": ["Started the company"]}],
                "interests": [{"name": "Wildlife", "keywords": ["Ferrets", "Unicorns"]}],
            },
            "the JSON Resume sample résumé",
        ),
        (
            {
                **person(),
                "references": [
                    {
                        "name": "E. B.",
                        "reference": "It is my pleasure to recommend Richard, his performance "
                        "working as a consultant for Main St. Company proved that he will be a "
                        "valuable addition to any company.",
                    }
                ],
            },
            "the JSON Resume sample résumé",
        ),
        (
            {
                **person(),
                "skills": [
                    {"name": "TypeScript", "keywords": ["Desarrollo Web", "JavaScript Superset"]},
                    {"name": "Tailwind", "keywords": ["CSS Framework", "Diseño Responsive"]},
                ],
            },
            "the minimalist-portfolio-json sample",
        ),
        (
            {
                "basics": {"name": "Samantha Jones"},
                "projects": [{"name": "Nacho Tracker", "description": "Eine App für Nachos."}],
            },
            "the react-jsonresume-theme demo résumé",
        ),
        (
            person(profiles=[{"network": "Twitter", "username": "AlbertEinstein"}]),
            "the al-folio sample site",
        ),
    ],
)
def test_sample_text_of_a_known_starting_point_is_flagged(
    document: dict[str, Any], source: str
) -> None:
    messages = found(lint_json(document, select=["TXT"]), "TXT001")
    assert len(messages) == 1 and messages[0].startswith(f"Sample text of {source}")


@pytest.mark.parametrize(
    "document",
    [
        {**person(), "projects": [{"name": "Cat Chat", "description": "Chat for cat shelters."}]},
        {**person(), "interests": [{"name": "Wildlife", "keywords": ["Ferrets"]}]},
        person(name="Jane Doe"),
        person(url="https://example.com"),
        person(url="https://ana.dev"),
    ],
)
def test_one_short_sample_value_or_a_real_name_stays_clean(document: dict[str, Any]) -> None:
    assert found(lint_json(document, select=["TXT"]), "TXT001") == []


@pytest.mark.parametrize(
    "url", ["null", "-", "/", "#", "https://", "https://johndoe.com", "https://institution.com/"]
)
def test_a_link_field_without_a_link_is_flagged(url: str) -> None:
    messages = found(lint_json(person(url=url), select=["TXT"]), "TXT001")
    assert messages == [f'contact.url holds no link: "{url}"']


@pytest.mark.parametrize(
    ("basics", "quoted"),
    [
        ({"label": "---Enter your title---"}, "---Enter your title---"),
        ({"name": "Dr. Jane Doe"}, "Dr. Jane Doe"),
        ({"label": "Add more"}, "Add more"),
    ],
)
def test_template_blanks_and_titled_sample_names_are_flagged(
    basics: dict[str, str], quoted: str
) -> None:
    messages = found(lint_json(person(**basics), select=["TXT"]), "TXT001")
    assert len(messages) == 1 and f'"{quoted}"' in messages[0]


def test_one_line_pasted_into_every_role_is_one_finding() -> None:
    roles = [
        {
            "name": f"Firma {n}",
            "position": "Berater",
            "highlights": ["Kunden betreut", f"Projekt {n}"],
        }
        for n in range(3)
    ]
    result = lint_json({"basics": {"name": "Lena Roth"}, "work": roles}, select=["TXT"])
    diagnostics = [d for d in result.diagnostics if d.code == "TXT001"]
    assert [d.message for d in diagnostics] == ['The same line "Kunden betreut" is in every role']
    assert len(diagnostics[0].related) == 2
    other = [{**r, "highlights": [f"Projekt {n} geleitet"]} for n, r in enumerate(roles)]
    assert (
        found(lint_json({"basics": {"name": "L"}, "work": other}, select=["TXT"]), "TXT001") == []
    )


# --- Skills: several skills in one keyword, none in a duration; SKL005 matches forms -------------


def skilled(skills: list[str], **extra: Any) -> dict[str, Any]:
    """A profile with one role (``extra`` its further keys) and these skill keywords."""
    document = {
        "basics": {"name": "Ana", "label": "Frontend developer", "summary": "I build web shops."},
        "work": [{"name": "Posten", "position": "Developer", "startDate": "2020-01", **extra}],
        "skills": [{"name": "Web", "keywords": skills}],
    }
    return document


@pytest.mark.parametrize(
    ("keywords", "expected"),
    [
        (["Vue | Nuxt", "Webpack, Rollup", "HTML/CSS"], []),
        (["Python", "4 Jahre", "12 Projekte", "derzeit im Einsatz"], ["The profile lists 1 skill, fewer than 5"]),
        (["Python", "3 years", "5 años", "SQL"], ["The profile lists 2 skills, fewer than 5"]),
    ],
)  # fmt: skip
def test_skills_are_counted_as_written_parts_without_durations(
    keywords: list[str], expected: list[str]
) -> None:
    assert found(lint_json(skilled(keywords), select=["SKL002"]), "SKL002") == expected


def test_durations_do_not_count_towards_the_skill_limit() -> None:
    config = {"checks": {"skills": {"max-skills": 2}}}
    result = lint_json(skilled(["Python", "SQL", "3 years"]), select=["SKL004"], config=config)
    assert found(result, "SKL004") == []


@pytest.mark.parametrize(
    ("skill", "highlight"),
    [
        ("Rollup.js", "Moved the build from Webpack to Rollup."),
        ("express.js", "Wrote the API in Node.js and Express."),
        ("Photoshop avanzado", "Retoqué 300 fotos de producto en Photoshop."),
        ("C/C++", "Wrote the firmware in C++."),
        ("Python", "用Python做了数据分析工具。"),
        ("React", "Reactで管理画面を開発しました。"),
        ("Jenkins CE", "Set up the Jenkins pipelines."),
        ("Cortes de cabello", "Cortes de pelo según la raza."),
    ],
)
def test_a_skill_shown_in_another_form_is_not_unsupported(skill: str, highlight: str) -> None:
    result = lint_json(skilled([skill], highlights=[highlight]), select=["SKL005"])
    assert found(result, "SKL005") == []


def test_role_keywords_and_project_technologies_show_skills() -> None:
    document = skilled(["Kubernetes", "Docker"], keywords=["Kubernetes"])
    document["projects"] = [{"name": "Shop", "description": "A shop.", "technologies": ["Docker"]}]
    assert found(lint_json(document, select=["SKL005"]), "SKL005") == []


def test_html_css_and_git_are_not_reported_but_others_are() -> None:
    result = lint_json(skilled(["HTML", "CSS", "Git", "Elixir"]), select=["SKL005"])
    assert found(result, "SKL005") == ['Skill mentioned nowhere else in the profile: "Elixir"']


def test_an_endorsed_skill_is_left_to_end001() -> None:
    document = {
        "profilelint_schema": 1,
        "name": "Ana",
        "summary": "I build web shops.",
        "headline": "Frontend developer",
        "positions": [{"title": "Developer", "company": "Posten", "description": "Shops."}],
        "skills": [{"name": "Kubernetes"}, {"name": "Elixir"}],
        "endorsements_received": [{"skill": "Kubernetes"}],
    }
    assert found(lint_json(document, select=["SKL005"]), "SKL005") == [
        'Skill mentioned nowhere else in the profile: "Elixir"'
    ]


def test_a_list_cut_in_the_message_is_whole_in_items() -> None:
    names = [f"Tool{n}" for n in range(8)]
    result = lint_json(skilled(names), select=["SKL005"])
    diagnostic = next(d for d in result.diagnostics if d.code == "SKL005")
    assert diagnostic.message.endswith("and 3 more")
    assert diagnostic.to_json()["items"] == names


def test_skill_matching_is_linear_in_a_long_summary() -> None:
    # A summary of a few MB: the check must finish well inside the subprocess's timeout.
    script = textwrap.dedent(
        """
        from profilelint.testing import lint_json
        words = "planned routes for buses with data tools and python sql".split()
        summary = " ".join(words[i % len(words)] + str(i % 97) for i in range(600_000))
        doc = {"basics": {"name": "A", "summary": summary},
               "skills": [{"name": "S", "keywords": ["Kubernetes", "Node.js", "Rollup.js", "C",
                                                     "Project management", "Photoshop"]}]}
        print(len(summary) > 3_000_000, lint_json(doc, select=["SKL005"]).codes())
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert run.stdout.strip() == "True ['SKL005']"


# --- Headlines, locations, experience -----------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("ABOGADA LABORALISTA", "Abogada"),
        ("Engenheira de Dados - Analista de Sistemas", "Engenheira de dados"),
        ("Asesora fiscal", "Asesora"),
        ("ソフトウェアエンジニア", "ソフトウェアエンジニア"),
        ("Sykepleier", "Sykepleier"),
    ],
)
def test_a_headline_that_is_only_a_title_is_flagged(headline: str, title: str) -> None:
    document = person(label=headline)
    document["work"][0]["position"] = title
    assert len(found(lint_json(document, select=["HDL002"]), "HDL002")) == 1


@pytest.mark.parametrize(
    "headline",
    [
        "Abogada laboralista para pymes de hostelería",
        "Ayudo a clínicas a cobrar a tiempo",
        "帮助公交公司减少空驶里程",
    ],
)
def test_a_headline_that_says_what_and_for_whom_stays_clean(headline: str) -> None:
    assert found(lint_json(person(label=headline), select=["HDL002"]), "HDL002") == []


@pytest.mark.parametrize(
    "location", [{"city": "Remote"}, {"region": "Europe"}, {"city": "Worldwide"}, {"city": "Asia"}]
)
def test_a_continent_or_remote_is_too_vague(location: dict[str, str]) -> None:
    assert len(found(lint_json(person(location=location), select=["BAS"]), "BAS005")) == 1


@pytest.mark.parametrize(
    "location",
    [
        {"city": "Bergen", "region": "Vestland"},
        {"city": "Remote", "countryCode": "PT"},
        {"city": "Ås"},
    ],
)
def test_a_place_stays_clean(location: dict[str, str]) -> None:
    assert found(lint_json(person(location=location), select=["BAS"]), "BAS005") == []


def test_old_undescribed_roles_are_one_finding_with_related_places() -> None:
    old = [
        {"name": n, "position": p, "startDate": "2006-01", "endDate": "2008-01"}
        for n, p in (("Café Sol", "Barista"), ("Telenor", "Call centre agent"), ("Elkjøp", "Lager"))
    ]
    recent = {"name": "Equinor", "position": "Engineer", "startDate": "2019-01"}
    result = lint_json({"basics": {"name": "Per"}, "work": [recent, *old]}, select=["EXP003"])
    diagnostics = [d for d in result.diagnostics if d.code == "EXP003"]
    assert diagnostics[0].message == 'Role "Engineer at Equinor" has no description'
    assert diagnostics[1].message.startswith("3 roles that ended over 10 years ago have no")
    assert len(diagnostics[1].related) == 2 and "group them" in diagnostics[1].help


def test_a_freelancer_with_dated_described_projects_has_roles() -> None:
    projects = [{"name": "DreamNet", "startDate": "2024-06", "description": "Kubernetes-Setup."}]
    assert found(lint_json({"basics": {"name": "R"}, "projects": projects}), "EXP001") == []
    undated = [{"name": "DreamNet", "description": "Kubernetes-Setup."}]
    assert found(lint_json({"basics": {"name": "R"}, "projects": undated}), "EXP001") == [
        "The profile lists no roles"
    ]


def test_a_site_root_photo_path_is_not_a_missing_file() -> None:
    assert found(lint_json(person(image="/me.webp"), select=["PHO"]), "PHO005") == []
