"""Headline rules (checks/headline.py): tables of headlines that must flag and must stay clean."""

from __future__ import annotations

from typing import Any

import pytest

from profilelint.testing import lint_json

# A longer summary tells the engine the profile's main language when the headline is short.
SUMMARIES = {
    "en": "I build software that helps small clinics plan their week and keep patients informed.",
    "es": "Construyo software que ayuda a pequeñas clínicas a planificar la semana y a informar.",
    "de": "Ich baue Software, die kleinen Praxen hilft, ihre Woche zu planen und Patienten zu informieren.",
    "no": "Jeg lager programvare som hjelper små klinikker med å planlegge uka og informere pasienter.",
    "zh": "我为小型诊所开发排班软件，帮助他们更好地安排每周工作并及时通知患者。",
    "pt": "Construo software que ajuda pequenas clínicas a planejar a semana e a informar os pacientes.",
    "fr": "Je construis des logiciels qui aident les petites cliniques à planifier leur semaine.",
    "nl": "Ik bouw software die kleine klinieken helpt hun week te plannen en patiënten te informeren.",
    "pl": "Tworzę oprogramowanie, które pomaga małym przychodniom planować tydzień i informować pacjentów.",
}


def profile(
    label: str | None,
    *,
    name: str = "Ana Pérez",
    work: list[dict[str, Any]] | None = None,
    language: str = "en",
) -> dict[str, Any]:
    """A JSON Resume document with this headline (``basics.label``)."""
    basics: dict[str, Any] = {"name": name, "summary": SUMMARIES[language]}
    if label is not None:
        basics["label"] = label
    return {"basics": basics, "work": work or []}


def codes(document: dict[str, Any], **kwargs: Any) -> list[str]:
    return lint_json(document, select=["HDL"], **kwargs).codes()


# --- HDL001 headline-missing ----------------------------------------------------------------


@pytest.mark.parametrize("label", [None, "", "   "])
def test_missing_headline_flags(label: str | None) -> None:
    result = lint_json(profile(label), select=["HDL001"])
    assert result.codes() == ["HDL001"]
    assert result.diagnostics[0].field == "headline"
    assert result.diagnostics[0].severity == "warning"


def test_present_headline_is_not_missing() -> None:
    assert codes(profile("Helping nonprofits raise more money at lower cost")) == []


def test_unknown_headline_is_never_reported() -> None:
    document = {
        "profilelint_schema": 1,
        "name": "Kari Nordmann",
        "knowledge": {"unknown": ["headline"]},
    }
    assert lint_json(document, select=["HDL"]).codes() == []


# --- HDL002 headline-is-job-title -----------------------------------------------------------

NORTHWIND = [{"name": "Northwind Traders", "position": "Software Engineer"}]

JOB_TITLE_ONLY = [
    ("Software Engineer at Northwind Traders", NORTHWIND, "en"),
    ("Software Engineer at Northwind Traders", [], "en"),  # employer not among the positions
    ("CEO @ Initech", [], "en"),
    ("Co-founder & CTO @Initech", [], "en"),
    ("Programmer", [], "en"),
    ("Senior Data Analyst", [], "en"),
    ("Passionate Marketing Manager", [], "en"),  # a buzzword adds nothing to the title
    ("Results-driven Sales Director at Contoso", [], "en"),
    ("Sr. Product Manager II", [], "en"),
    ("Head of Sales at Bank of America", [], "en"),
    ("Principal Engineer | Staff Engineer at the BBC", [], "en"),
    (
        "Ingeniera de software en Telefónica",
        [{"name": "Telefónica", "position": "Ingeniera"}],
        "es",
    ),
    ("Ingeniera de software en Telefónica", [], "es"),
    ("Softwareentwickler bei der Deutschen Bahn", [], "de"),
    ("Utvikler hos Equinor", [], "no"),
    ("Développeuse chez Capgemini", [], "en"),
    ("Engenheira de dados na Nubank", [], "en"),
    ("Bartender", [], "en"),
    ("Management Trainee", [], "en"),
    ("ACCA | CIMA | FCCA | Finance Business Partner", [], "en"),  # credentials and a title
    ("Engr. Civil Engineer (COREN) at Julius Berger", [], "en"),
    ("Desenvolvedora Front-end na iFood", [], "pt"),  # a brand in camel case
    ("Analista de Dados Sênior no Itaú", [], "pt"),
    ("Geschäftsführerin der Müller GmbH", [], "de"),
    ("Werkstudent bei Siemens", [], "de"),
    ("Chef de projet digital chez Orange", [], "fr"),
    ("Daglig leder i Kvåle AS", [], "no"),
    ("Sykepleier ved Haukeland universitetssjukehus", [], "no"),  # lower-case last word
    ("Seniorrådgiver i Statens vegvesen", [], "no"),
    ("Eigenaar van Bakkerij De Vries", [], "nl"),
    ("Programista Java w Allegro", [], "pl"),
    ("Starszy inżynier oprogramowania w Google", [], "pl"),
]


@pytest.mark.parametrize(("label", "work", "language"), JOB_TITLE_ONLY)
def test_job_title_headline_flags(label: str, work: list[dict[str, Any]], language: str) -> None:
    result = lint_json(profile(label, work=work, language=language), select=["HDL002"])
    assert result.codes() == ["HDL002"]
    diagnostic = result.diagnostics[0]
    assert diagnostic.field == "headline"
    assert label in diagnostic.message
    assert diagnostic.line is not None and diagnostic.column is not None


def test_a_headline_of_only_buzzwords_is_not_called_a_job_title() -> None:
    result = lint_json(
        {"basics": {"name": "Kofi Mensah", "label": "Passionate  guru"}}, select=["HDL"]
    )
    assert result.codes() == ["HDL004", "HDL004"]


DESCRIPTIVE = [
    ("Product designer for healthcare", [], "en"),  # the market served
    ("Helping nonprofits raise more money at lower cost | Fundraising strategist", [], "en"),
    ("Founder @ Initech | Building scheduling software for dental clinics", [], "en"),
    ("I help B2B teams turn churn data into revenue", [], "en"),
    ("Marketing manager for craft breweries", [], "en"),
    ("Teaching kids to code in Nairobi", [], "en"),
    ("Registered nurse caring for premature babies", [], "en"),
    ("Ayudo a clínicas dentales a llenar su agenda", [], "es"),
    ("Ingeniera de software: apps de pago para mercados de barrio", [], "es"),
    ("Ich entwickle Software für Arztpraxen in Köln", [], "de"),
    ("Jeg hjelper kommuner med bedre digitale tjenester", [], "no"),
    ("Utvikler som lager apper for sykehus", [], "no"),
    # The people served, after "for", are not a job title even when they are one themselves.
    ("Web designer for therapists", [], "en"),
    ("Bookkeeper for electricians and plumbers", [], "en"),
    ("Technical recruiter for engineers", [], "en"),
    ("Software developer for banks", [], "en"),
    ("Recruiterin für Softwareentwickler", [], "de"),
    ("I Help Startups Grow Revenue", [], "en"),  # "I" is not the Norwegian "i"
    ("Data Scientist, Fraud Detection", [], "en"),  # a specialty
    ("PhD candidate in marine biology at UiB", [], "en"),
    ("Electrician serving Leeds homeowners", [], "en"),
    ("Founder at Lumen Labs | Helping dentists fill their chairs", [], "en"),
    ("Jeg hjelper bedrifter i Bergen med regnskap", [], "no"),
    ("PhD-stipendiat i marinbiologi ved UiB", [], "no"),
    ("Utvikler i Bouvet | Jeg lager apper for sykehus", [], "no"),
    ("Kierownik projektu | Pomagam firmom wdrażać ERP", [], "pl"),
    ("Doctorante en biologie marine à l'Université de Bretagne", [], "fr"),
    ("Ik help webshops met betere productfoto's", [], "nl"),
    ("帮助中小企业搭建数据分析平台", [], "zh"),
    ("软件工程师", [], "zh"),  # a script the word lists do not cover: not judged
    ("Программист", [], "en"),
]


@pytest.mark.parametrize(("label", "work", "language"), DESCRIPTIVE)
def test_descriptive_headline_stays_clean(
    label: str, work: list[dict[str, Any]], language: str
) -> None:
    assert codes(profile(label, work=work, language=language)) == []


# --- HDL003 headline-too-long ---------------------------------------------------------------

LONG = "Helping regional hospitals plan rosters " + "and more " * 22  # 238 characters


def test_long_headline_flags_with_default_limit() -> None:
    result = lint_json(profile(LONG.strip()), select=["HDL003"])
    assert result.codes() == ["HDL003"]
    assert result.diagnostics[0].severity == "error"
    assert "220" in result.diagnostics[0].message


@pytest.mark.parametrize(
    ("label", "config", "expected"),
    [
        ("Helping regional hospitals plan rosters" + " well" * 36, None, []),  # 219 characters
        ("Ayudo a hospitales regionales a planificar turnos" + " y más" * 30, None, ["HDL003"]),
        ("Helping regional hospitals plan rosters", {"max_length": 20}, ["HDL003"]),
        (LONG.strip(), {"max_length": 300}, []),
    ],
)
def test_length_limit_option(
    label: str, config: dict[str, Any] | None, expected: list[str]
) -> None:
    settings = {"checks": {"headline": config}} if config else None
    assert lint_json(profile(label), select=["HDL003"], config=settings).codes() == expected


# --- HDL004 headline-buzzwords --------------------------------------------------------------

BUZZY = [
    ("Passionate, results-driven marketing professional", ["Passionate", "results-driven"]),
    ("Highly motivated team player helping clinics grow", ["Highly motivated", "team player"]),
    ("SEO guru with a proven track record for online shops", ["guru", "proven track record"]),
    (
        "Detail oriented self starter building tools for accountants",
        ["Detail oriented", "self starter"],
    ),
]


@pytest.mark.parametrize(("label", "quoted"), BUZZY)
def test_buzzwords_flag(label: str, quoted: list[str]) -> None:
    result = lint_json(profile(label), select=["HDL004"])
    assert result.codes() == ["HDL004"] * len(quoted)
    assert [d.message.split('"')[1] for d in result.diagnostics] == quoted


@pytest.mark.parametrize(
    ("label", "work", "language"),
    [
        ("Creative Director helping museums tell stories online", [], "en"),
        ("Leadership coach for first-time engineering managers", [], "en"),
        ("Head of strategic partnerships for European airlines", [], "en"),
        ("Expert witness in construction and engineering disputes", [], "en"),
        ("Producer at Rockstar Games", [{"name": "Rockstar Games", "position": "Producer"}], "en"),
        # Non-English headlines: the rule reads English only.
        (
            "Ingeniera apasionada por la ciberseguridad, team player y mentora de programadoras",
            [],
            "es",
        ),
        ("Motivierter Teamplayer, der Software für Arztpraxen baut", [], "de"),
        ("Motivert utvikler som lager apper for sykehus og klinikker", [], "no"),
        ("热情的软件工程师，团队合作者", [], "zh"),
    ],
)
def test_buzzwords_stay_clean(label: str, work: list[dict[str, Any]], language: str) -> None:
    assert lint_json(profile(label, work=work, language=language), select=["HDL004"]).codes() == []


def test_extra_buzzwords_option() -> None:
    label = "Visionary founder building tools for dentists"
    config = {"checks": {"headline": {"extra_buzzwords": ["visionary"]}}}
    assert lint_json(profile(label), select=["HDL004"]).codes() == []
    assert lint_json(profile(label), select=["HDL004"], config=config).codes() == ["HDL004"]


# --- HDL005 headline-shouting ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "quoted"),
    [
        ("GROWTH HACKER for consumer apps", ["GROWTH", "HACKER"]),
        ("Helping SMEs SELL MORE ONLINE", ["SELL", "MORE", "ONLINE"]),
        ("🚀🚀🚀 Growth marketer for consumer apps", ["🚀"]),
        ("Designer 👩‍🎨 | Runner 🏃 | Cook 🍳 | building apps for bakeries", ["👩‍🎨"]),
        ("Engineer | Speaker | Author | Coach | Investor | Runner", ["|"]),
        ("Utvikler · Foredragsholder · Forfatter · Mentor · Investor · Løper", ["·"]),
        ("JEG HJELPER KOMMUNER", ["HJELPER", "KOMMUNER"]),  # "JEG" is too short to shout
    ],
)
def test_shouting_flags(label: str, quoted: list[str]) -> None:
    result = lint_json(profile(label), select=["HDL005"])
    assert result.codes() == ["HDL005"]
    assert result.diagnostics[0].severity == "info"
    assert all(q in result.diagnostics[0].message for q in quoted)


@pytest.mark.parametrize(
    "label",
    [
        "AWS and SQL consultant for NASA and IBM teams",
        "CEO @ Initech | B2B SaaS for HR teams",
        "Helping NGOs measure IMPACT",  # one loud word is emphasis, not shouting
        "Growth marketer for consumer apps 🚀🇳🇴",
        "Engineer | Speaker | Author | Coach",
        "UX/UI designer for B2B/B2C products",
        "Ingeniera de software 👩‍💻 en Telefónica",
        "软件工程师 | 产品经理",
        "CCNA, CCNP certified network engineer for hospitals",  # certifications
        "MBBS, MRCP | Cardiology registrar",
        "NIHR ACF in OBGYN",
        "PRINCE2 and MSP practitioner running NHS change programmes",
    ],
)
def test_shouting_stays_clean(label: str) -> None:
    assert lint_json(profile(label), select=["HDL005"]).codes() == []


# --- HDL006 headline-seeking ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "language"),
    [
        ("Seeking new opportunities in finance", "en"),
        ("Open to work | Data analyst", "en"),
        ("#OpenToWork - supply chain planner", "en"),
        ("Looking for my next role in product management", "en"),
        ("Currently unemployed, formerly logistics coordinator", "en"),
        ("Open to work | Ingeniera de software", "es"),  # used as-is in every language
        ("Buscando nuevas oportunidades como ingeniera de datos", "es"),
        ("Auf der Suche nach einer neuen Herausforderung im Vertrieb", "de"),
        ("Ser etter ny jobb som utvikler", "no"),
        ("Open to new challenges", "en"),
        ("Between roles | Product leader", "en"),
        ("Available immediately | React developer", "en"),
        ("Laid off from Meta, looking for my next role", "en"),
        ("Szukam pracy jako programista", "pl"),
        ("Otwarta na nowe możliwości | analityczka danych", "pl"),
    ],
)
def test_seeking_flags(label: str, language: str) -> None:
    result = lint_json(profile(label, language=language), select=["HDL006"])
    assert result.codes() == ["HDL006"]


@pytest.mark.parametrize(
    ("label", "language"),
    [
        ("Looking for Java developers in Berlin? Let's talk", "en"),  # a recruiter
        ("Helping job seekers write better CVs", "en"),
        ("Supply chain planner open to relocation", "en"),
        ("Open for freelance projects in brand design", "en"),  # offering, not asking
        ("Seeking to make finance accessible for everyone", "en"),
        ("Ayudo a clínicas dentales a llenar su agenda", "es"),
        ("Ich entwickle Software für Arztpraxen in Köln", "de"),
        ("Jeg hjelper kommuner med bedre digitale tjenester", "no"),
        ("正在寻找新的工作机会的软件工程师", "zh"),  # not covered: no Chinese phrases listed
    ],
)
def test_seeking_stays_clean(label: str, language: str) -> None:
    assert lint_json(profile(label, language=language), select=["HDL006"]).codes() == []


# --- The whole module -----------------------------------------------------------------------


def test_strong_profile_is_clean_on_every_headline_rule() -> None:
    document = profile(
        "Helping Norwegian municipalities build better digital services | Service designer",
        name="Ørjan Kvåle",
        work=[{"name": "Bouvet", "position": "Service Designer"}],
    )
    assert codes(document) == []


def test_messages_are_short() -> None:
    label = "PASSIONATE GROWTH HACKER | " + "Engineer | " * 30
    result = lint_json(profile(label), select=["HDL"])
    assert result.diagnostics
    assert all(len(d.message) <= 120 for d in result.diagnostics)
