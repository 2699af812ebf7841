"""Summary rules (checks/summary.py): tables of summaries that must flag and must stay clean."""

from __future__ import annotations

from typing import Any

import pytest

from profilelint.testing import lint_json

# A good first-person summary: over 40 words, no buzzwords, under 600 characters.
GOOD = (
    "I build scheduling software for small clinics in Bergen and Oslo. Over eight years I have "
    "shipped tools that cut waiting times by a third for 40 practices, and I now lead a team of "
    "five engineers working closely with nurses and doctors."
)


def document(summary: str | None, name: str = "Ana Pérez", **extra: Any) -> dict[str, Any]:
    """A JSON Resume document with this summary (``basics.summary``)."""
    basics: dict[str, Any] = {"name": name, **extra}
    if summary is not None:
        basics["summary"] = summary
    return {"basics": basics}


def lint(doc: dict[str, Any], select: str, **kwargs: Any) -> Any:
    return lint_json(doc, select=[select], **kwargs)


def sentences_of(words: int) -> str:
    """An English first-person text of about ``words`` words, one line, no buzzwords."""
    sentence = "I plan the weekly rota for a busy regional hospital ward. "
    return (sentence * (words // 10 + 1)).strip()


# --- SUM001 summary-missing -----------------------------------------------------------------


@pytest.mark.parametrize("summary", [None, "", " \n "])
def test_missing_summary_flags(summary: str | None) -> None:
    result = lint(document(summary), "SUM001")
    assert result.codes() == ["SUM001"]
    assert result.diagnostics[0].field == "summary"
    assert result.diagnostics[0].severity == "warning"


def test_present_summary_is_not_missing() -> None:
    assert lint(document(GOOD), "SUM").codes() == []


def test_unknown_summary_is_never_reported() -> None:
    doc = {"profilelint_schema": 1, "name": "Kari", "knowledge": {"unknown": ["summary"]}}
    assert lint(doc, "SUM").codes() == []


# --- SUM002 summary-too-short ---------------------------------------------------------------

SHORT = [
    ("Software developer. Open to new opportunities.", "6 words"),
    ("Desarrolladora de software en Madrid, especializada en pagos.", "8 words"),
    ("Softwareentwicklerin in Köln mit Schwerpunkt Gesundheitswesen.", "6 words"),
    ("我是一名软件工程师，专注于医疗排班系统。", "18 words"),  # CJK counted by characters
]


@pytest.mark.parametrize(("summary", "count"), SHORT)
def test_short_summary_flags(summary: str, count: str) -> None:
    result = lint(document(summary), "SUM002")
    assert result.codes() == ["SUM002"]
    diagnostic = result.diagnostics[0]
    assert diagnostic.field == "summary"
    assert count in diagnostic.message
    assert summary[:20] in diagnostic.message


LONG_ENOUGH = [
    GOOD,
    # 40+ characters of Chinese: each character counts as a word.
    "我为小型诊所开发排班软件，帮助他们更好地安排每周工作并及时通知患者。过去八年里，我带领团队为四十家诊所缩短了三分之一的等待时间。",
    "Ich entwickle seit acht Jahren Software für kleine Arztpraxen in Köln und Bonn. Unsere "
    "Terminplanung hat die Wartezeiten in vierzig Praxen um ein Drittel verkürzt, und heute "
    "leite ich ein Team aus fünf Entwicklerinnen und Entwicklern, die eng mit Pflegekräften "
    "zusammenarbeiten.",
]


@pytest.mark.parametrize("summary", LONG_ENOUGH)
def test_long_enough_summary_stays_clean(summary: str) -> None:
    assert lint(document(summary), "SUM002").codes() == []


def test_min_words_option() -> None:
    short = "Software developer. Open to new opportunities."
    config = {"checks": {"summary": {"min_words": 5}}}
    assert lint(document(short), "SUM002", config=config).codes() == []
    config = {"checks": {"summary": {"min_words": 100}}}
    result = lint(document(GOOD), "SUM002", config=config)
    assert result.codes() == ["SUM002"]
    assert "fewer than 100" in result.diagnostics[0].message


# --- SUM003 summary-too-long ----------------------------------------------------------------


def padded(length: int) -> str:
    """A summary of exactly ``length`` characters with paragraph breaks."""
    text = "\n\n".join([GOOD] * (length // len(GOOD) + 1))
    return text[:length].rstrip() + "x" * (length - len(text[:length].rstrip()))


def test_too_long_summary_flags() -> None:
    summary = padded(2601)
    result = lint(document(summary), "SUM003")
    assert result.codes() == ["SUM003"]
    diagnostic = result.diagnostics[0]
    assert diagnostic.severity == "error"
    assert "2601 characters" in diagnostic.message
    assert "limit of 2600" in diagnostic.message


def test_summary_at_the_limit_stays_clean() -> None:
    assert lint(document(padded(2600)), "SUM003").codes() == []


def test_resume_target_turns_length_limit_off() -> None:
    # Selecting the prefix keeps the preset's choice; naming SUM003 itself would re-enable it.
    config = {"target": "resume"}
    assert "SUM003" not in lint(document(padded(3000)), "SUM", config=config).codes()
    assert "SUM003" in lint(document(padded(3000)), "SUM").codes()


def test_max_length_option() -> None:
    config = {"checks": {"summary": {"max_length": 100}}}
    result = lint(document(GOOD), "SUM003", config=config)
    assert result.codes() == ["SUM003"]
    assert "limit of 100" in result.diagnostics[0].message


# --- SUM004 summary-third-person ------------------------------------------------------------

RICHARD = (
    "Richard hails from Tulsa. He has earned degrees from the University of Oklahoma and "
    "Stanford. (Go Sooners and Cardinal!) Before starting Pied Piper, he worked for Hooli as a "
    "part time software developer. While his work focuses on applied information theory, his "
    "non-work interests range widely. He could tell you about it, but THAT would NOT be a "
    "“length-limited” conversation!"
)

THIRD_PERSON = [
    ("Richard Hendriks", RICHARD, "Richard hails from Tulsa."),
    (
        "Marcus Johnson",
        "Marcus is a product leader with ten years in fintech. He has launched three payment "
        "products used by two million customers. Before fintech, he ran operations at a "
        "logistics start-up in Leeds.",
        "Marcus is a product leader with ten years in fintech.",
    ),
    (
        "Dr. Lena Vasquez",
        "Dr. Vasquez leads the storage team at Northwind. Her research covers consensus "
        "protocols and replication. She has published twelve papers and mentors engineers.",
        "Dr. Vasquez leads the storage team at Northwind.",
    ),
    (
        "Nguyễn Thị Lan",
        "Lan is a data engineer based in Hanoi. She builds pipelines for retail banks. Today she "
        "leads a team of six at a payments company.",
        "Lan is a data engineer based in Hanoi.",
    ),
    (
        "José Álvarez García",
        "Álvarez has spent fifteen years designing bridges across Latin America. His projects "
        "include the new crossing in Rosario. Álvarez teaches structural design in Córdoba.",
        "Álvarez has spent fifteen years designing bridges across Latin America.",
    ),
    (
        "Aisha Al-Rashid",
        "Aisha's work spans public health and data science. She advises ministries in the Gulf "
        "region on vaccination programmes.",
        "Aisha's work spans public health and data science.",
    ),
    (
        "Ahmed Al-Farsi",
        "Ahmed Al-Farsi is a civil engineer who designs water networks for cities across the "
        "Gulf region.",
        "Ahmed Al-Farsi is a civil engineer who designs water networks for cities across the "
        "Gulf region.",
    ),
    # Singular "they" in a bio that names the person and never says "I".
    (
        "Sam Taylor",
        "Sam Taylor (they/them) is a service designer based in Glasgow. They have spent nine "
        "years redesigning public services for councils. They currently lead design at a "
        "housing association.",
        "Sam Taylor (they/them) is a service designer based in Glasgow.",
    ),
    # A title before the surname, and a name without that title.
    (
        "Jane Smith",
        "Professor Smith leads the Marine Ecology group at the University of Bergen. Her "
        "research looks at warming seas. She supervises eight PhD students.",
        "Professor Smith leads the Marine Ecology group",
    ),
    (
        "Chinedu Okafor",
        "Engr. Okafor is a civil engineer with twelve years of experience delivering roads in "
        "Lagos. He is a registered member of COREN.",
        "Engr. Okafor is a civil engineer",
    ),
    (
        "María José de la Cruz",
        "De la Cruz is an architect who designs social housing in Seville. She founded her "
        "studio in 2012.",
        "De la Cruz is an architect",
    ),
]


@pytest.mark.parametrize(("name", "summary", "first"), THIRD_PERSON)
def test_third_person_summary_flags(name: str, summary: str, first: str) -> None:
    result = lint(document(summary, name=name), "SUM004")
    assert result.codes() == ["SUM004"]
    diagnostic = result.diagnostics[0]
    assert diagnostic.field == "summary"
    assert diagnostic.severity == "warning"
    assert first[:55] in diagnostic.message
    assert diagnostic.line is not None and diagnostic.column is not None


FIRST_PERSON = [
    ("Marcus Johnson", GOOD),
    # A quoted testimonial about the person inside a first-person summary.
    (
        "Marcus Johnson",
        "I design payment systems for banks. My last manager put it this way: “Marcus is the "
        "engineer you call when nothing works. He stays calm and he fixes it. He never blames "
        "anyone.” I now lead a team of six in Leeds.",
    ),
    (
        "Marcus Johnson",
        'I design payment systems for banks. A client once wrote: "Marcus saved our launch. He '
        'found the bug in a day." I now lead a team of six.',
    ),
    # Implied first person: fragments without a subject.
    (
        "Jane Developer",
        "Product designer with ten years in fintech. Led the redesign of a banking app used by "
        "two million people. Love hiking and maps.",
    ),
    # "They" means the clients here: not counted.
    (
        "Kari Nordmann",
        "I help founders ship faster. They get a working prototype in two weeks. They keep the "
        "code and the team that wrote it.",
    ),
    # A name that is also an English word, used as a word.
    (
        "Grant Young",
        "Grant writing is my specialty. I have raised four million dollars for charities. "
        "Young people's education is my cause.",
    ),
    # The company, not the person, in the third person.
    (
        "Ana Pérez",
        "I founded Acme in 2015. Acme builds scheduling software for clinics. It serves 400 "
        "clinics in Spain. I still write code every week.",
    ),
    # A testimonial without quotation marks is outweighed by the first-person sentences.
    (
        "Daniel Kim",
        "I'm a UX researcher. Here's what a former manager said about me: Daniel is the most "
        "thorough researcher I have worked with. He turns messy interviews into clear "
        "decisions. He is a joy to work with. I now lead research for a health-tech startup.",
    ),
    # No "I", but no name as a subject either: "they" are the clients.
    (
        "Kwame Mensah",
        "Product designer for fintech apps in Accra. Clients include two banks. They come back "
        "for the research. They stay for the prototypes.",
    ),
    # A name that is also a word, at the start of a first-person summary.
    (
        "Joy Okonkwo",
        "Joy is contagious in our team, and that's by design. I lead people operations at a "
        "Lagos fintech of 300 staff.",
    ),
    # Other people in a first-person story.
    (
        "Ana Pérez",
        "I mentor junior engineers at Northwind. My first mentee now leads her own team. I also "
        "run a reading group on distributed systems.",
    ),
]


@pytest.mark.parametrize(("name", "summary"), FIRST_PERSON)
def test_first_person_summary_stays_clean(name: str, summary: str) -> None:
    assert lint(document(summary, name=name), "SUM004").codes() == []


# Third-person summaries in other languages: SUM004 reads English only.
OTHER_LANGUAGES = [
    (
        "Ana Pérez",
        "Ana Pérez es ingeniera de software con diez años de experiencia en pagos. Ella dirige un "
        "equipo de seis personas en Madrid. Ana es apasionada, proactiva y orientada a "
        "resultados, con un historial comprobado de éxito.",
    ),
    (
        "Jürgen Müller",
        "Jürgen Müller ist Softwareentwickler mit zehn Jahren Erfahrung im Gesundheitswesen. Er "
        "leitet ein Team von sechs Entwicklern in Köln. Jürgen ist ein motivierter Teamplayer "
        "und ergebnisorientiert.",
    ),
    (
        "Kari Nordmann",
        "Kari Nordmann er utvikler med ti års erfaring fra helsesektoren. Hun leder et team på "
        "seks utviklere i Bergen. Kari er engasjert, resultatorientert og en god lagspiller.",
    ),
    (
        "李娜",
        "李娜是一名软件工程师，拥有十年医疗行业经验。她在北京带领一个六人团队。李娜积极主动，结果导向，是优秀的团队合作者。",
    ),
]


# English buzzwords borrowed into other languages: SUM005 reads English only.
OTHER_LANGUAGES += [
    (
        "Jürgen Müller",
        "Ich bin ein echter Team Player, Self-Starter und passionate Entwickler mit einem "
        "proven track record in der Softwareentwicklung für Krankenhäuser in Köln und Bonn.",
    ),
    (
        "Kari Nordmann",
        "Jeg er en passionate team player og self-starter med proven track record innen "
        "programvareutvikling for sykehus i Bergen og Oslo.",
    ),
]


@pytest.mark.parametrize(("name", "summary"), OTHER_LANGUAGES)
def test_non_english_summaries_get_no_english_rules(name: str, summary: str) -> None:
    codes = lint(document(summary, name=name), "SUM").codes()
    assert "SUM004" not in codes
    assert "SUM005" not in codes


# --- SUM005 summary-buzzwords ---------------------------------------------------------------

BUZZY = [
    (
        "Passionate, results-driven team player with a proven track record in retail banking. "
        "I have led three migrations to the cloud.",
        ["Passionate", "results-driven", "team player", "proven track record"],
    ),
    (
        "Highly motivated self-starter and detail-oriented analyst. I build forecasting models "
        "for hospitals in Bergen.",
        ["Highly motivated", "self-starter", "detail-oriented"],
    ),
]


@pytest.mark.parametrize(("summary", "words"), BUZZY)
def test_buzzword_summary_flags(summary: str, words: list[str]) -> None:
    result = lint(document(summary), "SUM005")
    assert result.codes() == ["SUM005"]
    diagnostic = result.diagnostics[0]
    assert diagnostic.field == "summary"
    for word in words:
        assert f'"{word}"' in diagnostic.message


CALM = [
    GOOD,
    # Two buzzwords are tolerated.
    "I am a passionate baker and a team player. I run two bakeries in Leeds and train six "
    "apprentices a year.",
    # "creative", "strategic" and "data-driven" as content, not self-praise.
    "I am a creative director at a strategic design studio. I lead data-driven campaigns for "
    "dynamic pricing at three airlines.",
]


@pytest.mark.parametrize("summary", CALM)
def test_calm_summary_stays_clean(summary: str) -> None:
    assert lint(document(summary), "SUM005").codes() == []


def test_extra_buzzwords_option() -> None:
    summary = (
        "Visionary and passionate founder, a true team player. I run a studio of nine people "
        "in Oslo and Bergen."
    )
    assert lint(document(summary), "SUM005").codes() == []
    config = {"checks": {"summary": {"extra_buzzwords": ["visionary"]}}}
    result = lint(document(summary), "SUM005", config=config)
    assert result.codes() == ["SUM005"]
    assert '"Visionary"' in result.diagnostics[0].message


def test_employer_name_is_not_a_buzzword() -> None:
    summary = (
        "I am a passionate artist and a team player. I animate characters at Rockstar Games in "
        "Edinburgh and teach at the Guru Academy."
    )
    doc = document(summary)
    doc["work"] = [{"name": "Guru Academy", "position": "Teacher"}]
    assert lint(doc, "SUM005").codes() == []


# --- SUM006 summary-wall-of-text ------------------------------------------------------------


def test_wall_of_text_flags() -> None:
    summary = sentences_of(130)
    assert len(summary) > 600 and "\n" not in summary
    result = lint(document(summary), "SUM006")
    assert result.codes() == ["SUM006"]
    diagnostic = result.diagnostics[0]
    assert diagnostic.severity == "info"
    assert f"{len(summary)} characters" in diagnostic.message


@pytest.mark.parametrize("separator", ["\n\n", "\n", "\r\n"])
def test_summary_with_line_breaks_stays_clean(separator: str) -> None:
    summary = sentences_of(60) + separator + sentences_of(60)
    assert lint(document(summary), "SUM006").codes() == []


def test_short_single_paragraph_stays_clean() -> None:
    summary = sentences_of(90)
    assert len(summary) <= 600
    assert lint(document(summary), "SUM006").codes() == []


def test_flattened_source_is_not_judged() -> None:
    doc = {
        "profilelint_schema": 1,
        "name": "Kari",
        "summary": sentences_of(130),
        "knowledge": {"flattened": ["summary"]},
    }
    assert lint(doc, "SUM006").codes() == []


def test_partial_summary_is_not_judged_short() -> None:
    doc = {
        "profilelint_schema": 1,
        "name": "Kari",
        "summary": "I build scheduling software for small clinics…",
        "knowledge": {"partial": ["summary"]},
    }
    assert lint(doc, "SUM002").codes() == []


def test_many_buzzwords_keep_the_message_short() -> None:
    summary = (
        "Passionate, highly motivated, results-driven self-starter and team player with a "
        "proven track record, extensive experience and excellent communication skills. I sell "
        "software to hospitals."
    )
    result = lint(document(summary), "SUM005")
    assert result.codes() == ["SUM005"]
    message = result.diagnostics[0].message
    assert len(message) <= 120
    assert message.startswith("Summary uses 8 overused words") and message.endswith("…")
