"""profilelint.text: language detection, words, emoji, buzzwords and acronyms."""

from __future__ import annotations

import subprocess
import sys

import pytest

from profilelint.text import (
    ACRONYMS,
    BUZZWORDS,
    count_emoji,
    count_words,
    detect_language,
    find_buzzwords,
    graphemes,
    is_all_caps_shouting,
    main_language,
    words,
)

# Realistic headlines and summary sentences, with the language they are written in.
LANGUAGE_TABLE = [
    ("en", "Helping nonprofits raise more money at lower cost"),
    ("en", "I help B2B teams turn churn data into revenue"),
    ("en", "Software engineer building payment systems for small shops"),
    ("en", "Passionate, results-driven marketing leader with a proven track record"),
    ("en", "Nurse educator teaching new graduates to work safely on busy wards"),
    ("en", "I design accessible websites for public libraries and museums across the Midwest."),
    ("en", "Data analyst at Contoso | SQL, Python and dashboards for retail teams"),
    ("en", "Open to work: supply chain planner looking for roles in Rotterdam"),
    ("en", "Software Engineer at Northwind Traders"),
    ("en", "Founder @ Initech | Building scheduling software for dental clinics"),
    ("en", "Teaching kids to code in Nairobi"),
    ("en", "Product designer in São Paulo building tools for street vendors"),
    ("en", "Marketing manager for craft breweries"),
    ("es", "Ingeniera de software en Telefónica, especializada en redes móviles"),
    ("es", "Ayudo a pequeñas empresas a vender más en línea con campañas sencillas"),
    ("es", "Responsable de marketing en una startup de Madrid"),
    ("es", "Abogada laboralista: defiendo a trabajadores despedidos sin causa justa"),
    ("es", "Abierta a nuevas oportunidades laborales"),
    ("de", "Ich helfe mittelständischen Unternehmen, ihre Lieferketten zu digitalisieren"),
    ("de", "Softwareentwickler bei der Deutschen Bahn, zuständig für Fahrplandaten"),
    ("de", "Product Manager bei SAP für Cloud-Lösungen"),
    ("fr", "J'aide les PME à recruter des développeurs sans passer par des agences"),
    ("fr", "Développeuse chez Capgemini à Lyon"),
    ("fr", "Consultante en ressources humaines pour les associations et les fondations"),
    ("no", "Jeg hjelper kommuner med å lage bedre digitale tjenester for innbyggerne"),
    ("no", "Rådgiver innen bærekraft for norske rederier og havbruksselskaper"),
    ("no", "Utvikler hos Equinor i Stavanger"),
    ("nl", "Ik help webwinkels om meer klanten te bereiken met slimme advertenties"),
    ("nl", "Projectleider bij de gemeente Utrecht voor duurzame woningbouw"),
    ("pt", "Ajudo clínicas a reduzir faltas de pacientes com lembretes automáticos"),
    ("pt", "Engenheira de dados na Nubank, construindo pipelines para o time de crédito"),
    ("it", "Aiuto le piccole imprese a gestire la contabilità senza stress"),
    ("it", "Sviluppatore web a Milano, creo siti per ristoranti e negozi locali"),
    ("sv", "Jag hjälper skolor att använda digitala verktyg i undervisningen"),
    ("sv", "Systemutvecklare på Spotify som bygger rekommendationer för podcasts"),
    ("zh", "帮助中小企业搭建数据分析平台，提升运营效率"),
    ("zh", "软件工程师，专注于为物流公司开发调度系统"),
    ("zh", "产品经理"),
    ("ja", "中小企業向けにクラウド会計システムを導入するエンジニアです"),
    ("ko", "스타트업을 위한 데이터 분석 컨설턴트입니다"),
]


@pytest.mark.parametrize(("expected", "text"), LANGUAGE_TABLE)
def test_detect_language_table(expected: str, text: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(("expected", "text"), [r for r in LANGUAGE_TABLE if r[0] != "en"])
def test_non_english_never_comes_out_english(expected: str, text: str) -> None:
    assert detect_language(text) != "en"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Programmer",
        "Senior Data Analyst",
        "CEO @ Initech",
        "Ingeniera en Telefónica",
        "Python · Go · AWS",
        "https://example.com/a-very-long-path-with-many-words-in-it",
        "🚀🚀🚀",
    ],
)
def test_detect_language_is_none_when_too_short(text: str) -> None:
    assert detect_language(text) is None


def test_detect_language_is_deterministic_and_cached() -> None:
    text = "Jeg hjelper kommuner med å lage bedre digitale tjenester"
    assert {detect_language(text) for _ in range(3)} == {"no"}
    assert detect_language.cache_info().hits > 0


@pytest.mark.parametrize(
    ("expected", "texts"),
    [
        ("en", ["Programmer", "I build billing systems for veterinary clinics in Ohio and Texas."]),
        (
            "es",
            ["Ingeniera", "Desarrollo aplicaciones móviles para bancos y cooperativas de ahorro."],
        ),
        ("de", ["Entwickler", "Ich baue Buchhaltungssoftware für Handwerksbetriebe in Bayern."]),
        (None, ["Programmer", "CTO"]),
        (None, []),
    ],
)
def test_main_language(expected: str | None, texts: list[str]) -> None:
    assert main_language(texts) == expected


def test_importing_text_does_not_load_the_model() -> None:
    code = "import sys, profilelint.text; print('numpy' in sys.modules, 'py3langid' in sys.modules)"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.split() == ["False", "False"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Don't stop", ["Don't", "stop"]),
        ("results-driven B2B SaaS", ["results-driven", "B2B", "SaaS"]),
        ("José Ñúñez-García", ["José", "Ñúñez-García"]),
        ("Zoë’s café", ["Zoë’s", "café"]),
        ("Björn Ødegård | Utvikler", ["Björn", "Ødegård", "Utvikler"]),
        ("软件工程师", ["软", "件", "工", "程", "师"]),
        ("Engineer - Acme", ["Engineer", "Acme"]),
        ("नमस्ते दुनिया", ["नमस्ते", "दुनिया"]),
        ("", []),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Software engineer at Acme", 4),
        ("软件工程师", 5),
        ("Product manager 产品经理", 6),
        ("ソフトウェア開発", 8),
        ("데이터 분석가", 6),
        ("", 0),
    ],
)
def test_count_words(text: str, expected: int) -> None:
    assert count_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("👨‍👩‍👧‍👦", 1),  # a family is one emoji
        ("🇳🇴🇪🇸", 2),  # two flags
        ("👍🏽", 1),  # a skin tone does not add one
        ("❤️ and ☕", 2),
        ("🚀🚀🚀 growth", 3),
        ("Microsoft® Certified™ ©2024", 0),
        ("Plain text", 0),
    ],
)
def test_count_emoji(text: str, expected: int) -> None:
    assert count_emoji(text) == expected


def test_graphemes_keep_clusters_whole() -> None:
    assert graphemes("e\u0301👨‍👩‍👧🇳🇴") == ["e\u0301", "👨‍👩‍👧", "🇳🇴"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Passionate marketer", ["Passionate"]),
        ("Results driven, RESULTS-DRIVEN and results-driven", ["Results driven"]),
        (
            "Highly motivated self-starter and team player",
            ["Highly motivated", "self-starter", "team player"],
        ),
        ("Proven track record in B2B sales", ["Proven track record"]),
        ("SEO guru and CSS ninja", ["guru", "ninja"]),
        (
            "Detail oriented, hard working go getter",
            ["Detail oriented", "hard working", "go getter"],
        ),
        ("I think outside the box", ["think outside the box"]),
        (
            "Strategic thinker | Creative professional",
            ["Strategic thinker", "Creative professional"],
        ),
        ("Self-motivated analyst", ["Self-motivated"]),
        ("Rock star recruiter", ["Rock star"]),
        ("Apasionado, team player", ["team player"]),
    ],
)
def test_find_buzzwords_flags(text: str, expected: list[str]) -> None:
    assert find_buzzwords(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Creative Director at a design studio",
        "Leadership coach for first-time managers",
        "Head of strategic partnerships",
        "Expert witness in construction disputes",
        "Responsible AI researcher",
        "Patient care coordinator",
        "Analytical chemist",
        "Organizational psychologist",
        "Dynamic pricing for airlines",
        "Data-driven product manager",
        "Certified Public Accountant",
        "Cost-effective cloud migrations",
        "Teaching communication skills to engineers",
        "Producer at Rockstar Games",
        "Compassionate care for older adults",  # contains "passionate" inside a word
        "Motivational speaker",
        "Ingeniera de software en Telefónica",
        "软件工程师",
        "",
    ],
)
def test_find_buzzwords_stays_clean(text: str) -> None:
    assert find_buzzwords(text) == []


def test_find_buzzwords_extra() -> None:
    assert find_buzzwords("Visionary founder, thought-leader", ["visionary"]) == [
        "Visionary",
        "thought-leader",
    ]
    assert find_buzzwords("Visionary founder") == []


def test_buzzwords_are_lower_case_and_unique() -> None:
    assert all(b == b.lower() for b in BUZZWORDS)
    assert len(BUZZWORDS) == len(set(BUZZWORDS))


@pytest.mark.parametrize(
    ("word", "shouting"),
    [
        ("MANAGER", True),
        ("PASSIONATE", True),
        ("SALES", True),
        ("NASA", False),
        ("SaaS", False),
        ("SAAS", False),
        ("AWS", False),
        ("CEO", False),
        ("KPIs", False),
        ("KPIS", False),
        ("B2B", False),
        ("IKEA", False),
        ("LATAM", False),
        ("Manager", False),
        ("ÅPEN", True),
        ("RHYTHM", True),  # "Y" is a vowel
        ("СТРОЙ", True),  # the vowel test reads Latin letters only
        ("CCNA", False),  # certifications are written in capitals
        ("MBBS", False),  # no vowel: cannot be a shouted word
        ("MRCP", False),
        ("PRINCE2", False),  # a code with a digit
        ("", False),
    ],
)
def test_is_all_caps_shouting(word: str, shouting: bool) -> None:
    assert is_all_caps_shouting(word) is shouting


def test_acronyms_are_upper_case() -> None:
    assert all(a == a.upper() for a in ACRONYMS)
    assert {"AWS", "SQL", "CEO", "PHD", "B2B", "SAAS"} <= ACRONYMS
