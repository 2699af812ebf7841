"""Privacy rules (checks/privacy.py): personal data that flags, look-alikes that stay clean."""

from __future__ import annotations

from typing import Any

import pytest

from profilelint.testing import lint_json

PHONE_ALLOWED = {"checks": {"privacy": {"allow-phone": True}}}


def lint(document: dict[str, Any], config: dict[str, Any] | None = None) -> Any:
    """Lint a JSON Resume fragment, given a ``basics`` section if it has none."""
    if "basics" not in document:
        document = {"basics": {"name": "Ana Pérez"}, **document}
    return lint_json(document, select=["PRV"], config=config)


def summary(text: str) -> dict[str, Any]:
    return {"basics": {"name": "Ana Pérez", "summary": text}}


# --- must flag: (document, field, words the message must contain, the value it must hide) ----

FLAGGED = [
    (
        {"basics": {"name": "Ana Pérez", "phone": "+34 612 345 678"}},
        "contact.phone",
        "ending in 78",
        "612 345",
    ),
    (
        {"basics": {"name": "Ana", "location": {"address": "Calle Mayor 5", "city": "Madrid"}}},
        "location.address",
        "street address",
        "Mayor",
    ),
    (
        {"basics": {"name": "Ana", "location": "Calle Mayor 5, 28013 Madrid"}},
        "location.text",
        "street address",
        "Mayor",
    ),
    (
        summary("Visit our studio at 12 Main Street, Springfield."),
        "summary",
        "street address",
        "Main",
    ),
    (summary("Büro: Hauptstraße 12, 10115 Berlin"), "summary", "street address", "Haupt"),
    (summary("Kontor i Storgata 5, Oslo"), "summary", "street address", "Storgata"),
    (summary("Born 12 March 1990 in Bergen."), "summary", "birth date", "1990"),
    (summary("DOB: 1990-03-12"), "summary", "birth date", "1990"),
    (summary("Geburtsdatum: 12.03.1990, ledig"), "summary", "birth date", "1990"),
    (summary("Fecha de nacimiento: 12 de marzo de 1990"), "summary", "birth date", "1990"),
    (summary("Født 3. mars 1988 i Tromsø"), "summary", "birth date", "1988"),
    (summary("出生日期：1990年3月12日"), "summary", "birth date", "1990"),
    (summary("SSN 123-45-6789"), "summary", "social security number ending in 89", "123-45"),
    (summary("DNI: 12345678Z"), "summary", "Spanish DNI number ending in 8Z", "123456"),
    (summary("NIE X1234567L"), "summary", "Spanish NIE number ending in 7L", "123456"),
    (
        summary("Fødselsnummer 01010012356"),
        "summary",
        "Norwegian national ID number ending in 56",
        "010100",
    ),
    (
        summary("NI number AB 12 34 56 C"),
        "summary",
        "UK National Insurance number ending in 6C",
        "12 34",
    ),
    (summary("Llámame al +34 612 345 678"), "summary", "phone number ending in 78", "612 345"),
    (summary("Call (555) 123-4567 any time"), "summary", "phone number ending in 67", "123-4567"),
    (summary("Ring meg på tlf. 912 34 567"), "summary", "phone number ending in 67", "912 34"),
    (summary("Handy: 0171 2345678"), "summary", "phone number ending in 78", "2345678"),
    (
        {"work": [{"name": "Bouvet", "summary": "Reach me at 555-123-4567"}]},
        "positions[0].description",
        "phone number",
        "123-4567",
    ),
    (summary("Biuro: ul. Marszałkowska 10, 00-590 Warszawa."), "summary", "street", "Marsza"),
    (summary("Born on 5 June 2001 in Kraków."), "summary", "birth date", "2001"),
    (summary("Jan Kowalski, ur. 12.03.1990 w Krakowie."), "summary", "birth date", "1990"),
    (summary("出生年月：1990年3月，籍贯北京。"), "summary", "birth date", "1990"),
    (summary("SSN: 123 45 6789"), "summary", "social security number ending in 89", "123 45"),
    (summary("CPF: 529.982.247-25"), "summary", "Brazilian CPF number ending in 25", "529.982"),
    (summary("PESEL 44051401359"), "summary", "Polish PESEL number ending in 59", "440514"),
    (summary("Tél : 06 12 34 56 78"), "summary", "phone number ending in 78", "12 34 56"),
    (summary("Telemóvel: 912 345 678"), "summary", "phone number ending in 78", "345 678"),
    (summary("Call me at 0044 20 7946 0958"), "summary", "phone number ending in 58", "7946"),
    (
        {"basics": {"name": "Ana Pérez", "label": "Fontanera | Call 0171 2345678"}},
        "headline",
        "phone number ending in 78",
        "2345678",
    ),
]


@pytest.mark.parametrize(("document", "field", "expected", "hidden"), FLAGGED)
def test_personal_data_flags(
    document: dict[str, Any], field: str, expected: str, hidden: str
) -> None:
    result = lint(document)
    assert result.codes() == ["PRV001"]
    diagnostic = result.diagnostics[0]
    assert diagnostic.field == field
    assert diagnostic.severity == "warning"
    assert expected in diagnostic.message
    assert hidden not in diagnostic.message  # the sensitive value is masked
    assert diagnostic.line is not None


# --- must stay clean --------------------------------------------------------------------------

CLEAN_SUMMARIES = [
    "Published 10 Wall Street Journal articles on fintech.",
    "Trabajé en Plaza Mayor 3 años como jefa de tienda.",
    "Spring 2019 to autumn 2021 at Equinor in Stavanger.",
    "Born in Madrid; raised in Sevilla.",  # a birthplace is not a birth date
    "Born and raised in Bergen, 10 years at Equinor since 2014.",
    "Geboren in Köln, seit 2015 in München.",
    "Led the 12.03.1990 archive migration; version 3.10.4; server 192.168.0.1.",
    "Økte salget med +30 000 000 kr i 2022.",
    "Revenue grew +20% in 2021 and 2022.",
    "Mobile: 2015-2019, Web: 2019-2024.",
    "ISBN 978-3-16-148410-0",
    "Order 12345678A shipped.",  # 8 digits and a letter, but not a valid DNI letter
    "Case number 01010012345 closed.",  # 11 digits without valid check digits
    "Ingeniera de datos en Madrid. Teléfono de empresa disponible en la web.",
    "我在北京工作了十年，负责数据平台。",
    "Worked at Google Drive and 3 Abbey Road Studios sessions.",
    "Gestora na Rua Augusta desde 2018, em Lisboa.",  # a street named, no house number
    "Ascendí al Top 10, luego al Puesto 1, en ventas.",  # Spanish "al", not Polish "al."
    "Kowalski et al. Nature 12, 2019, pp. 3-10.",
    "Nordlys was born on 5 June 2015 in a garage.",  # a company's birth, not a person's
    "Fecha de nacimiento de la empresa: 12/03/2015.",
    "Grew the user base +12 500 000 in two years.",  # amounts, not phones
    "Mobile: 12 000 000 downloads across iOS and Android.",
    "Onboarded +2 345 678 users in 2023.",  # "+2" is no country code
    "Managed SKU 123-456-7890 catalogue for IKEA.",  # labelled identifiers
    "Order no. 12345678Z shipped to 40 stores.",
    "Customer line 1-800-555-0199 served 2M callers.",  # a toll-free business line
    "Built IBAN validation (e.g. DE89 3704 0044 0532 0130 00) for SEPA payments.",
    "Processo 529.982.247-26 arquivado.",  # CPF-shaped, invalid check digits
    "Patent US 10,123,456 B2; ISO 27001:2013; DOI 10.1038/s41586-020-2649-2.",
    "Hybrid: office on Floor 3, Building 12, Oslo Science Park.",
    "Fifteen years on Wall Street; consultant at a Harley Street clinic.",
]


@pytest.mark.parametrize("text", CLEAN_SUMMARIES)
def test_look_alikes_stay_clean(text: str) -> None:
    assert lint(summary(text)).codes() == []


@pytest.mark.parametrize(
    "document",
    [
        {
            "basics": {
                "name": "Ana Pérez",
                "email": "ana@example.com",
                "location": {"city": "Madrid", "countryCode": "ES"},
            }
        },
        {
            "basics": {
                "name": "Ana Pérez",
                "phone": "",
                "location": {"address": "  ", "city": "Oslo"},
            }
        },
        # An employer's address and switchboard are public business data, not personal data.
        {
            "work": [
                {
                    "name": "Telefónica, Ronda de la Comunicación s/n",
                    "location": "Calle Mayor 5, Madrid",
                }
            ]
        },
        {"basics": {"name": "Ana Pérez", "url": "https://ana.dev/+34-612-345-678"}},
        # An address in a role or project is a building worked on, not a home.
        {"work": [{"name": "Skanska", "highlights": ["Renovated 12 Queen Street, Auckland"]}]},
        {"projects": [{"name": "Storgata 5", "description": "Ombygging av Storgata 5, Oslo"}]},
        # Recommendations are others' words; the rule does not read them.
    ],
)
def test_documents_stay_clean(document: dict[str, Any]) -> None:
    assert lint(document).codes() == []


# --- the allow_phone option (the résumé preset sets it) ----------------------------------------


@pytest.mark.parametrize(
    "document",
    [
        {"basics": {"name": "Ana Pérez", "phone": "+34 612 345 678"}},
        summary("Llámame al +34 612 345 678"),
    ],
)
def test_allow_phone_accepts_phone_numbers(document: dict[str, Any]) -> None:
    assert lint(document).codes() == ["PRV001"]
    assert lint(document, PHONE_ALLOWED).codes() == []


def test_allow_phone_keeps_other_personal_data() -> None:
    document = {
        "basics": {
            "name": "Ana Pérez",
            "phone": "+34 612 345 678",
            "location": {"address": "Calle Mayor 5"},
            "summary": "Fecha de nacimiento: 12/03/1990",
        }
    }
    result = lint(document, PHONE_ALLOWED)
    assert [d.field for d in result.diagnostics] == ["location.address", "summary"]


def test_unknown_fields_are_never_reported() -> None:
    document = {
        "profilelint_schema": 1,
        "name": "Kari Nordmann",
        "contact": {"phone": "+47 912 34 567"},
        "knowledge": {"unknown": ["contact"]},
    }
    assert lint_json(document, select=["PRV"]).codes() == []


def test_one_finding_per_kind_per_field() -> None:
    result = lint(summary("+34 612 345 678 o +34 699 999 999. Nacida el 12/03/1990."))
    messages = sorted(d.message for d in result.diagnostics)
    assert len(messages) == 2
    assert any("birth date" in m for m in messages) and any("phone" in m for m in messages)
