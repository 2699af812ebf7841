"""Calibration of score version 2: pairs of fictional profiles where a careful reader prefers
the first; the score must agree on every pair.

Each pair changes one thing a reader notices (template text left in, roles without a word
on them, a misspelt key, a home address...), in English, Spanish, German, French,
Portuguese, Norwegian, Italian, Polish, Japanese and Chinese.  The people are invented.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from conftest import TODAY

from profilelint.score import SCORE_VERSION
from profilelint.testing import lint_json

Doc = dict[str, Any]


def base(language: str) -> Doc:
    """A sound profile in one language: headline, summary, three described roles, skills."""
    texts = {
        "en": (
            "Route planner helping city bus operators cut empty kilometres",
            "I plan bus networks for mid-sized cities. Since 2019 I have redesigned eleven "
            "networks, cutting empty running by a fifth and keeping every stop within 400 m "
            "of a route. I work with drivers, planners and councils, and I write the SQL and "
            "Python tools that make timetables quick to test.",
            ["Redesigned 4 city networks; empty kilometres fell 21%", "Built the timetable tests"],
        ),
        "es": (
            "Planificadora de rutas que ayuda a operadores de autobús a reducir kilómetros vacíos",
            "Planifico redes de autobús para ciudades medianas. Desde 2019 he rediseñado once "
            "redes, reduciendo un quinto los kilómetros en vacío. Trabajo con conductores y "
            "ayuntamientos, y escribo las herramientas en SQL y Python para probar horarios.",
            ["Rediseñé 4 redes urbanas; los kilómetros vacíos bajaron un 21 %", "Creé pruebas"],
        ),
        "de": (
            "Linienplanerin, die Busbetrieben hilft, Leerkilometer zu sparen",
            "Ich plane Busnetze für mittelgroße Städte. Seit 2019 habe ich elf Netze neu "
            "gestaltet und die Leerfahrten um ein Fünftel gesenkt. Ich arbeite mit Fahrern und "
            "Kommunen und schreibe die SQL- und Python-Werkzeuge für Fahrplantests.",
            ["Vier Stadtnetze neu geplant; 21 % weniger Leerkilometer", "Fahrplantests gebaut"],
        ),
        "fr": (
            "Planificatrice de lignes qui aide les réseaux de bus à réduire les kilomètres à vide",
            "Je planifie des réseaux de bus pour des villes moyennes. Depuis 2019 j'ai refondu "
            "onze réseaux et réduit d'un cinquième les kilomètres à vide. Je travaille avec les "
            "conducteurs et les mairies, et j'écris les outils SQL et Python des horaires.",
            ["Refonte de 4 réseaux urbains ; 21 % de kilomètres à vide en moins", "Tests écrits"],
        ),
        "pt": (
            "Planejadora de linhas que ajuda operadoras de ônibus a cortar quilômetros vazios",
            "Planejo redes de ônibus para cidades médias. Desde 2019 redesenhei onze redes e "
            "reduzi em um quinto os quilômetros vazios. Trabalho com motoristas e prefeituras e "
            "escrevo as ferramentas em SQL e Python que testam os horários.",
            ["Redesenhei 4 redes urbanas; 21% menos quilômetros vazios", "Criei testes"],
        ),
        "no": (
            "Ruteplanlegger som hjelper bussselskaper å kutte tomkjøring",
            "Jeg planlegger bussnett for mellomstore byer. Siden 2019 har jeg tegnet om elleve "
            "nett og kuttet tomkjøringen med en femtedel. Jeg jobber med sjåfører og kommuner, "
            "og skriver verktøyene i SQL og Python som tester rutetabellene.",
            ["Tegnet om 4 bynett; 21 % mindre tomkjøring", "Laget rutetester"],
        ),
        "it": (
            "Pianificatrice di linee che aiuta le aziende di autobus a ridurre i chilometri a vuoto",
            "Pianifico reti di autobus per città medie. Dal 2019 ho ridisegnato undici reti e "
            "ridotto di un quinto i chilometri a vuoto. Lavoro con autisti e comuni e scrivo "
            "gli strumenti in SQL e Python che provano gli orari.",
            ["Ridisegnate 4 reti urbane; chilometri a vuoto -21%", "Test degli orari"],
        ),
        "pl": (
            "Planistka tras, która pomaga przewoźnikom ograniczyć puste kilometry",
            "Planuję sieci autobusowe dla średnich miast. Od 2019 roku przebudowałam jedenaście "
            "sieci i ograniczyłam puste przebiegi o jedną piątą. Pracuję z kierowcami i gminami "
            "i piszę narzędzia w SQL i Pythonie do testowania rozkładów.",
            ["Przebudowałam 4 sieci miejskie; 21% mniej pustych kilometrów", "Testy rozkładów"],
        ),
        "ja": (
            "路線バスの空車走行を減らす路線計画者",
            "中規模都市のバス路線網を計画しています。2019年から11の路線網を再設計し、"
            "空車走行を2割削減しました。運転士や自治体と協力し、時刻表を検証するSQLと"
            "Pythonのツールも作っています。",
            ["4つの都市路線網を再設計し、空車走行を21%削減", "時刻表の検証ツールを作成"],
        ),
        "zh": (
            "帮助公交公司减少空驶里程的线路规划师",
            "我为中等城市规划公交线网。自2019年以来重新设计了11个线网，空驶里程减少了五分之一。"
            "我与司机和市政部门合作，并编写用于检验时刻表的SQL和Python工具。",
            ["重新设计4个城市线网，空驶里程减少21%", "编写时刻表检验工具"],
        ),
    }
    headline, summary, highlights = texts[language]
    return {
        "basics": {
            "name": "Ingrid Solberg Ramos",
            "label": headline,
            "image": "https://images.example.org/ingrid.jpg",
            "email": "ingrid@example.org",
            "summary": summary,
            "location": {"city": "Bergen", "countryCode": "NO"},
        },
        "work": [
            {
                "name": "Skyss",
                "position": "Route planner",
                "startDate": "2021-03",
                "highlights": highlights,
            },
            {
                "name": "Kolumbus",
                "position": "Transport analyst",
                "startDate": "2018-01",
                "endDate": "2021-02",
                "highlights": highlights[:1],
            },
            {
                "name": "Tide",
                "position": "Scheduler",
                "startDate": "2015-06",
                "endDate": "2017-12",
                "summary": highlights[1],
            },
        ],
        "education": [{"institution": "NTNU", "area": "Transport", "studyType": "MSc"}],
        "skills": [{"name": "Planning", "keywords": ["SQL", "Python", "Route planning"]}],
        "references": [{"name": "Ola Hansen", "reference": highlights[0]}],
    }


def changed(language: str, change: Callable[[Doc], None]) -> Doc:
    """The base profile of ``language`` with one change applied."""
    document = copy.deepcopy(base(language))
    change(document)
    return document


def _sample_text(d: Doc) -> None:
    d["work"][0]["highlights"] = ["Started the company"]
    d["work"][1]["highlights"] = ["Successfully won Techcrunch Disrupt"]
    d["references"] = [
        {
            "name": "Erlich Bachman",
            "reference": "It is my pleasure to recommend Richard, his performance working as a "
            "consultant for Main St. Company proved that he will be a valuable addition to any "
            "company.",
        }
    ]


def _undescribed(d: Doc) -> None:
    for role in d["work"]:
        role.pop("highlights", None)
        role.pop("summary", None)


def _misspelt(d: Doc) -> None:
    d["basics"]["lable"] = d["basics"].pop("label")
    d["basics"]["sumary"] = d["basics"].pop("summary")


def _title_headline(d: Doc) -> None:
    d["basics"]["label"] = "Route planner"


def _no_summary(d: Doc) -> None:
    del d["basics"]["summary"]


def _home_address(d: Doc) -> None:
    d["basics"]["location"]["address"] = "Storgata 5"
    d["basics"]["birthDate"] = "1988-04-12"


def _one_role(d: Doc) -> None:
    d["work"] = d["work"][:1]


def _no_photo(d: Doc) -> None:
    d["basics"]["image"] = "https://www.gravatar.com/avatar/00000000?d=mp"


def _vague_location(d: Doc) -> None:
    d["basics"]["location"] = {"city": "Europe"}


def _no_education(d: Doc) -> None:
    del d["education"]


def _empty_reference(d: Doc) -> None:
    d["references"] = [{"name": "Ola Hansen", "reference": "-"}]


def _dummy_links(d: Doc) -> None:
    d["basics"]["url"] = "null"
    for role in d["work"]:
        role["url"] = "-"


def _bad_dates(d: Doc) -> None:
    d["work"][1]["endDate"] = "2016-01"


def _no_skills(d: Doc) -> None:
    del d["skills"]


def _placeholder(d: Doc) -> None:
    d["work"][0]["name"] = "XXX公司"
    d["basics"]["label"] = "【职位名称】"


def _current_empty(d: Doc) -> None:
    d["work"][0].pop("highlights")


def _dated_projects_only(d: Doc) -> None:
    d["projects"] = [
        {
            "name": f"Netz {n}",
            "startDate": f"20{n + 15}-01",
            "description": "Neuplanung eines Stadtnetzes, 21 % weniger Leerkilometer.",
        }
        for n in range(3)
    ]
    del d["work"]


def _no_work_no_projects(d: Doc) -> None:
    del d["work"]


def _many_small_findings(d: Doc) -> None:
    # Eight roles with nothing but a title: one thing (undescribed roles), said once.
    d["work"] += [
        {"name": f"Café {n}", "position": "Barista", "startDate": "2005-01", "endDate": "2006-01"}
        for n in range(8)
    ]


def _nothing_but_name(d: Doc) -> None:
    d.clear()
    d["basics"] = {"name": "Ingrid Solberg Ramos"}


def _english_weak(d: Doc) -> None:
    # Weak phrasing that only the English rules read; the Spanish twin lacks a location.
    d["work"][0]["highlights"] = ["Responsible for timetables", "Involved in network redesign"]


def _spanish_no_location(d: Doc) -> None:
    d["work"][0]["highlights"] = ["Responsable de los horarios", "Participé en el rediseño"]
    del d["basics"]["location"]


PAIRS: list[tuple[str, Doc, Doc]] = [
    ("en: own text beats the JSON Resume sample", base("en"), changed("en", _sample_text)),
    ("es: texto propio frente al de la plantilla", base("es"), changed("es", _sample_text)),
    ("de: described roles beat bare titles", base("de"), changed("de", _undescribed)),
    ("fr: a spelt key beats a misspelt one", base("fr"), changed("fr", _misspelt)),
    ("en: a misspelt key does not beat a missing field", changed("en", _no_summary),
     changed("en", _misspelt)),
    ("pt: a headline that says something beats a title", base("pt"),
     changed("pt", _title_headline)),
    ("no: a summary beats none", base("no"), changed("no", _no_summary)),
    ("it: city and country beat a home address and birth date", base("it"),
     changed("it", _home_address)),
    ("pl: a career beats one role", base("pl"), changed("pl", _one_role)),
    ("ja: a real photo beats the default silhouette", base("ja"), changed("ja", _no_photo)),
    ("en: a city beats a continent", base("en"), changed("en", _vague_location)),
    ("es: education listed beats none", base("es"), changed("es", _no_education)),
    ("de: a real reference beats a dash", base("de"), changed("de", _empty_reference)),
    ("pt: real links beat 'null' and '-'", base("pt"), changed("pt", _dummy_links)),
    ("fr: dates that add up beat an end before its start", base("fr"),
     changed("fr", _bad_dates)),
    ("no: skills listed beat none", base("no"), changed("no", _no_skills)),
    ("zh: real names beat template placeholders", base("zh"), changed("zh", _placeholder)),
    ("it: the current role described beats it empty", base("it"), changed("it", _current_empty)),
    ("de: a freelancer's dated projects beat no experience at all",
     changed("de", _dated_projects_only), changed("de", _no_work_no_projects)),
    ("en: a rich profile with old cafe jobs beats a name alone",
     changed("en", _many_small_findings), changed("en", _nothing_but_name)),
    ("pl: a rich profile beats one with the sample text", base("pl"),
     changed("pl", _sample_text)),
    ("en/es: English-only rules do not favour the Spanish twin", changed("en", _english_weak),
     changed("es", _spanish_no_location)),
    ("ja: a profile beats the same with placeholders", base("ja"), changed("ja", _placeholder)),
]  # fmt: skip


def test_there_are_enough_pairs_in_enough_languages() -> None:
    assert SCORE_VERSION == 2
    assert len(PAIRS) >= 20
    assert len({label.split(":")[0] for label, _, _ in PAIRS}) >= 8


@pytest.mark.parametrize(("label", "better", "worse"), PAIRS, ids=[p[0] for p in PAIRS])
def test_the_score_prefers_what_a_careful_reader_prefers(
    label: str, better: Doc, worse: Doc
) -> None:
    first, second = lint_json(better, today=TODAY), lint_json(worse, today=TODAY)
    assert first.score is not None and second.score is not None
    assert first.score > second.score, (label, first.score, second.score, second.codes())
