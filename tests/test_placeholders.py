"""Placeholder rules (checks/placeholders.py): template leftovers in any field, and look-alikes."""

from __future__ import annotations

from typing import Any

import pytest

from profilelint.testing import lint_json


def lint(document: dict[str, Any]) -> Any:
    """Lint a JSON Resume fragment, given a ``basics`` section if it has none."""
    if "basics" not in document and "profilelint_schema" not in document:
        document = {"basics": {"name": "Ana Pérez"}, **document}
    return lint_json(document, select=["TXT"])


def summary(text: str) -> dict[str, Any]:
    return {"basics": {"name": "Ana Pérez", "summary": text}}


# --- must flag: (document, field, quoted marker) ---------------------------------------------

FLAGGED = [
    (
        summary("Lorem ipsum dolor sit amet, consectetur adipiscing elit."),
        "summary",
        "Lorem ipsum dolor sit amet",
    ),
    (summary("Ingeniera de datos. TODO: añadir logros"), "summary", "TODO"),
    (summary("Ich entwickle Software für Arztpraxen. FIXME"), "summary", "FIXME"),
    (summary("I help [target audience] grow. [Your Name] can help."), "summary", "[Your Name]"),
    (summary("Hola, soy [tu nombre] y trabajo en [Empresa]."), "summary", "[tu nombre]"),
    (summary("Hei, jeg heter [ditt navn]."), "summary", "[ditt navn]"),
    (summary("Hi {firstName}, thanks for connecting!"), "summary", "{firstName}"),
    (summary("Welcome {{name}}!"), "summary", "{{name}}"),
    (summary("Currently ${title} at Acme"), "summary", "${title}"),
    (summary("Dear *|FNAME|*,"), "summary", "*|FNAME|*"),
    (summary("Insert a short bio here."), "summary", "Insert a short bio here"),
    (summary("Call me on xxx-xxx-xxxx"), "summary", "xxx-xxx-xxxx"),
    ({"basics": {"name": "Ana Pérez", "label": "<your title>"}}, "headline", "<your title>"),
    ({"basics": {"name": "[Name]"}}, "name", "[Name]"),
    ({"basics": {"name": "Ana Pérez", "label": "Company Name"}}, "headline", "Company Name"),
    ({"basics": {"name": "Ana Pérez", "phone": "+34 6XX XXX XXX"}}, "contact.phone", "XXX"),
    ({"basics": {"name": "Ana Pérez", "email": "yourname@gmail.com"}}, "contact.email", "yourname"),
    (
        {
            "basics": {
                "name": "Ana Pérez",
                "profiles": [
                    {"network": "LinkedIn", "url": "https://www.linkedin.com/in/your-name"}
                ],
            }
        },
        "links[0].url",
        "your-name",
    ),
    ({"basics": {"name": "Ana Pérez", "location": {"city": "TBD"}}}, "location.city", "TBD"),
    ({"work": [{"name": "XXX", "position": "Analista"}]}, "positions[0].company", "XXX"),
    (
        {"work": [{"name": "Telefónica", "position": "Job Title"}]},
        "positions[0].title",
        "Job Title",
    ),
    (
        {"work": [{"name": "Telefónica", "summary": "Lorem ipsum"}]},
        "positions[0].description",
        "Lorem ipsum",
    ),
    (
        {"work": [{"name": "Telefónica", "highlights": ["Grew sales 30%", "TODO"]}]},
        "positions[0].highlights[1]",
        "TODO",
    ),
    ({"work": [{"name": "Telefónica", "startDate": "20XX"}]}, "positions[0].start", "20XX"),
    (
        {"education": [{"institution": "[School Name]"}]},
        "education[0].institution",
        "[School Name]",
    ),
    ({"education": [{"institution": "UiO", "endDate": "TBD"}]}, "education[0].end", "TBD"),
    (
        {"skills": [{"name": "Lenguajes", "keywords": ["Python", "{skill}"]}]},
        "skills[1].name",
        "{skill}",
    ),
    (
        {"projects": [{"name": "Ruta", "description": "Description goes here"}]},
        "projects[0].description",
        "Description goes here",
    ),
    (
        {"awards": [{"title": "Premio", "summary": "[Add details]"}]},
        "awards[0].summary",
        "[Add details]",
    ),
    (
        {"references": [{"name": "Jürgen Weiß", "reference": "Lorem ipsum dolor"}]},
        "recommendations[0].text",
        "Lorem ipsum dolor",
    ),
    (summary("Nazywam się [imię i nazwisko]."), "summary", "[imię i nazwisko]"),
    ({"work": [{"name": "Nazwa firmy"}]}, "positions[0].company", "Nazwa firmy"),
    ({"work": [{"name": "Nome da empresa"}]}, "positions[0].company", "Nome da empresa"),
    (summary("我是【姓名】，在【公司名称】工作。"), "summary", "【姓名】"),
    (summary("毕业于XX大学，曾任XX公司产品经理。"), "summary", "XX"),
    (
        {"basics": {"name": "Ana Pérez", "label": "<Job Title> at <Company Name>"}},
        "headline",
        "<Job Title>",
    ),
    (summary("Dear %FIRSTNAME%,"), "summary", "%FIRSTNAME%"),
    (summary("Hi {first_name}, I saw your post."), "summary", "{first_name}"),
    (
        {"basics": {"name": "Ana Pérez", "url": "https://linkedin.com/in/{username}"}},
        "contact.url",
        "{username}",
    ),
    (
        {"basics": {"name": "Ana Pérez", "url": "https://yournamehere.io"}},
        "contact.url",
        "yourname",
    ),
]


@pytest.mark.parametrize(("document", "field", "marker"), FLAGGED)
def test_placeholders_flag(document: dict[str, Any], field: str, marker: str) -> None:
    result = lint(document)
    assert result.codes() == ["TXT001"]
    diagnostic = result.diagnostics[0]
    assert diagnostic.field == field
    assert diagnostic.severity == "error"
    assert f'"{marker}' in diagnostic.message
    assert diagnostic.line is not None


# --- must stay clean --------------------------------------------------------------------------

CLEAN_SUMMARIES = [
    "Todo el equipo de ventas trabajó conmigo para duplicar los ingresos.",  # Spanish "all"
    "Fiz de tudo um pouco e todo projeto teve resultados.",  # Portuguese
    "LÍDER DE TODO EL EQUIPO COMERCIAL",  # Spanish in capitals
    "TODO O BRASIL É NOSSO MERCADO",
    "Ponente en el XXX Congreso Nacional de Ingeniería Civil.",  # Roman numeral 30
    "Worked on the Super Bowl XXX broadcast.",
    "Historia de los siglos XX-XXI, 2019-2021.",
    "We sold XXL and XXXL sizes; revenue grew 12.5% from 2019-2021.",
    "Born in Lorem, I studied with Dolores Ipsum.",  # names, not the filler text
    "Helping teams adopt TDD and TBDD practices.",  # TBD inside a word
    "Fixed SEO by adding <title> and <meta> tags; see [my blog](https://ana.dev).",
    "Shape your career here at Acme Corp.",  # a slogan, not an instruction
    "Kontakt: ana@example.com",  # example.com is a legitimate sample address
    "Jeg har jobbet med alt fra salg til økonomi.",
    "我负责整个团队的数据平台建设。",
    'Used JSON like {"status": "ok"} and Python f-strings.',
    "Grew revenue 40% year over year for 3 years.",
    # Code: in backticks, API paths, JSX, Python, Windows variables, XML.
    'Wrote `fn main() { println!("{}", x) }` and JSX like {props.title}.',
    "Teach JS: template literals like `${user.name}` are neat.",
    "Example:\n```\nconst s = `${user.name}`;\nreturn {id};\n```\nDone.",
    "Built a REST API with routes like /users/{userId}/orders/{orderId}.",
    "Wrote Python like '{name}'.format(name=x).",
    "Windows admin: set %PATH% and %USERPROFILE% variables.",
    "XML like <Name>Ana</Name> in SOAP APIs.",
    "Product lead for the XXX-Series routers at Cisco.",
    "我们卖XXL尺码。",
    "Designer who replaced lorem ipsum text with real copy for 40 clients.",
    "Check ana.dev/your-site-audit for a free audit.",
    "Built a linter that finds TODO and FIXME comments in code.",
]


@pytest.mark.parametrize("text", CLEAN_SUMMARIES)
def test_look_alikes_stay_clean(text: str) -> None:
    assert lint(summary(text)).codes() == []


@pytest.mark.parametrize(
    "document",
    [
        {
            "basics": {"name": "John Doe", "email": "john.doe@example.com"}
        },  # real people are called Doe
        {"basics": {"name": "Jane Doe", "label": "Helping clinics plan rosters"}},
        {"basics": {"name": "Lorem Nguyen"}},
        {"basics": {"name": "Xavier Todo"}},  # Catalan surname
        {"basics": {"name": "Ana Pérez", "url": "https://example.com"}},
        {"work": [{"name": "XXXLutz", "position": "Einkäuferin"}]},  # a furniture retailer
        {"work": [{"name": "Telefónica", "position": "Title Examiner"}]},
        {"skills": [{"name": "Sizes", "keywords": ["XXL", "XS"]}]},
        # Things named after a marker: the classic to-do app, filler-text tools and firms.
        {"projects": [{"name": "TODO app", "description": "A TODO list app in React."}]},
        {"projects": [{"name": "Lorem ipsum generator", "description": "Lorem ipsum text."}]},
        {"work": [{"name": "Lorem Ipsum Ltd", "position": "Analyst"}]},
        {"basics": {"name": "Marta Lorem", "summary": "Diseñadora gráfica en Lisboa."}},
    ],
)
def test_documents_stay_clean(document: dict[str, Any]) -> None:
    assert lint(document).codes() == []


def test_each_field_is_reported_once_naming_its_markers() -> None:
    result = lint(summary("TODO: write this. [Your Name] TODO {firstName}"))
    assert result.codes() == ["TXT001"]
    message = result.diagnostics[0].message
    assert '"TODO"' in message and '"[Your Name]"' in message and '"{firstName}"' in message
    assert message.count('"TODO"') == 1


def test_several_fields_are_reported_separately() -> None:
    document = {
        "basics": {"name": "Ana Pérez", "label": "[Your title]", "summary": "Lorem ipsum"},
        "work": [{"name": "Company Name", "position": "Ingeniera"}],
    }
    fields = [d.field for d in lint(document).diagnostics]
    assert sorted(fields) == ["headline", "positions[0].company", "summary"]


def test_recommendation_author_is_never_quoted() -> None:
    document = {"references": [{"name": "[Name]", "reference": "Insert recommendation here"}]}
    result = lint(document)
    assert [d.field for d in result.diagnostics] == ["recommendations[0].text"]


def test_unknown_fields_are_never_reported() -> None:
    document = {
        "profilelint_schema": 1,
        "name": "Kari Nordmann",
        "summary": "Lorem ipsum",
        "knowledge": {"unknown": ["summary"]},
    }
    assert lint(document).codes() == []


def test_messages_are_short() -> None:
    text = "[Insert a very long instruction about what to write here] " * 3 + "{a} {b} {c} {d}"
    result = lint(summary(text))
    assert result.diagnostics
    assert all(len(d.message) <= 120 for d in result.diagnostics)
