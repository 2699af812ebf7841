"""LinkedIn's "Save to PDF": the corpus files, the fictional fixtures, rules on PDF input,
positions, the sniff and the walk.

The corpus PDFs are real people's own profiles: values are asserted by shape (counts, dates,
lengths), never their contact details.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, TODAY, corpus_dir, corpus_files

from profilelint.diagnostic import FileResult
from profilelint.engine import Linter
from profilelint.loaders import LoadResult, load_bytes, load_path, looks_like_profile
from profilelint.loaders.base import Limits
from profilelint.loaders.pdf import looks_like_pdf
from profilelint.loaders.pdf_dates import DATE_LINE, DURATION, parse_date
from profilelint.loaders.pdf_layout import Line, open_pdf, read_pdf
from profilelint.loaders.pdf_text import join_wrapped, prose
from profilelint.plugins import load_registry
from profilelint.testing import make_settings

PDFS = FIXTURES / "pdf"


def generator() -> Any:
    """The fixture generator (fixtures/pdf/make_pdfs.py) as a module."""
    sys.path.insert(0, str(PDFS))
    try:
        return importlib.import_module("make_pdfs"), importlib.import_module("profiles_pdf")
    finally:
        sys.path.remove(str(PDFS))


def lint(path: Path, select: list[str] | None = None) -> FileResult:
    """Lint one file with the default rules."""
    settings = make_settings(select=select, today=TODAY)
    return Linter(settings, load_registry()).lint_path(path)


def codes(result: FileResult) -> set[str]:
    """The codes a result reports."""
    return {d.code for d in result.diagnostics}


# --- the corpus: every file loads, asserted by shape -------------------------------------------

# file: (roles as (start, end or None when current), schools as (start, end), locations,
#        skills, languages, certificates, awards, publications, links, has summary)
CORPUS_TABLE: dict[str, tuple[list[tuple[str, str | None]], list[tuple[Any, Any]], int, tuple]] = {
    "karinabarinova_ru-ui-2022_mixed-languages.pdf": (
        [
            ("2022-07", None),
            ("2021-05", "2022-07"),
            ("2021-03", "2021-05"),
            ("2021-12", "2022-09"),
            ("2020-04", "2021-08"),
            ("2019-05", "2020-01"),
            ("2019-05", "2020-01"),
            ("2017-10", "2019-04"),
        ],
        [("2020", "2021"), ("2019", "2020"), ("2016", "2019"), ("2014", "2016")],
        3,
        (3, 6, 0, 0, 0, 1, False),
    ),
    "kets_fr-ui-2026_10-pages.pdf": (
        [
            ("2025-09", None),
            ("2024-09", "2025-09"),
            ("2023-06", "2024-08"),
            ("2022-06", "2023-06"),
            ("2020-11", "2021-11"),
            ("2019-11", "2021-06"),
            ("2019-05", "2019-11"),
            ("2017-11", "2018-12"),
            ("2016-10", "2017-11"),
        ],
        [("2024-09", "2025-09"), ("2021-12", "2023-06"), ("2013-09", "2015-06"), ("2011", "2013")],
        9,
        (3, 2, 2, 0, 0, 2, True),
    ),
    "maxvonb_de-ui-2025_fop23.pdf": (
        [("2020-06", "2020-09")],
        [("2024-03", "2028-07"), ("2022", "2023"), ("2018", "2022")],
        1,
        (3, 0, 0, 0, 0, 1, False),
    ),
    "pico_en-2025_owner-profile.pdf": (
        [
            ("2020-01", None),
            ("2013-01", "2020-01"),
            ("2011-01", "2013-01"),
            ("2007-09", "2011-01"),
            ("2004-04", "2007-09"),
            ("2013-04", None),
            ("2010-09", None),
            ("2007-02", None),
        ],
        [("1998", "2003"), ("1994", "1998"), (None, "2012")],
        2,
        (3, 0, 4, 0, 5, 4, True),
    ),
    "silasyudi_en-2023_5-pages-sidebar-overflow.pdf": (
        [
            ("2022-10", "2023-01"),
            ("2022-07", "2022-10"),
            ("2021-12", "2022-07"),
            ("2021-09", "2021-12"),
            ("2021-04", "2021-12"),
            ("2020-10", "2021-04"),
            ("2019-05", "2020-09"),
            ("2019-01", "2019-04"),
            ("2017-04", "2019-10"),
            ("2014-07", "2016-06"),
        ],
        [("2017", "2019"), ("2010", "2016")],
        10,
        (3, 2, 5, 3, 2, 1, True),
    ),
    "vidaurri_es-ui-2026_fop23.pdf": (
        [("2021-04", None), ("2016-11", "2021-03"), ("2011-11", "2016-10")],
        [("2021-03", "2025-11"), ("2000-10", "2005-12")],
        3,
        (3, 0, 5, 0, 0, 1, True),
    ),
}


def _iso(value: Any) -> str | None:
    return value.iso() if value is not None else None


def test_the_table_covers_every_corpus_pdf() -> None:
    folder = corpus_dir() / "linkedin-pdf"
    assert sorted(p.name for p in folder.glob("*.pdf")) == sorted(CORPUS_TABLE)


@pytest.mark.parametrize("path", corpus_files("linkedin-pdf", "*.pdf"), ids=lambda p: p.stem)
def test_corpus_pdf_loads(path: Path) -> None:
    roles, schools, located, counts = CORPUS_TABLE[path.name]
    result = load_path(path)
    profile = result.profile
    assert (result.format, result.problems) == ("linkedin-pdf", [])
    assert profile.name and 2 <= len(profile.name.split()) <= 4
    assert profile.headline and 20 <= len(profile.headline) <= 220
    assert profile.location and profile.location.text
    assert [(_iso(p.start), _iso(p.end)) for p in profile.positions] == roles
    for position in profile.positions:
        assert position.title and position.company and position.start.is_date
        assert position.current == (position.end is None)
    assert sum(1 for p in profile.positions if p.location) == located
    assert [(_iso(e.start), _iso(e.end)) for e in profile.education] == schools
    assert all(e.institution for e in profile.education)
    shape = (
        len(profile.skills),
        len(profile.languages),
        len(profile.certificates),
        len(profile.awards),
        len(profile.publications),
        len(profile.links),
        bool(profile.summary),
    )
    assert shape == counts
    # Contact from the link annotations: an e-mail, and the profile URL without its query.
    assert profile.contact.email and profile.contact.email.count("@") == 1
    linkedin = [link for link in profile.links if link.network == "LinkedIn"]
    assert len(linkedin) == 1 and "?" not in (linkedin[0].url or "")
    assert linkedin[0].url.startswith("https://www.linkedin.com/in/")
    # What the PDF never shows is unknown, and the top skills are a partial list.
    assert not profile.knows("photo") and not profile.knows("recommendations")
    assert not profile.complete("skills") and profile.knows("skills")


@pytest.mark.parametrize("path", corpus_files("linkedin-pdf", "*.pdf"), ids=lambda p: p.stem)
def test_corpus_pdf_text_is_clean(path: Path) -> None:
    profile = load_path(path).profile
    texts = [profile.headline or "", profile.summary or ""]
    texts += [p.title or "" for p in profile.positions] + [
        p.description or "" for p in profile.positions
    ]
    assert not any("\xa0" in text or ("Page " in text and " of " in text[-12:]) for text in texts)
    # Month names of every UI language resolve: no date is left as unread text.
    dates = [d for p in profile.positions for d in (p.start, p.end) if d is not None]
    assert all(d.is_date for d in dates)


def test_corpus_rules_never_report_what_a_pdf_cannot_show() -> None:
    for path in sorted((corpus_dir() / "linkedin-pdf").glob("*.pdf")):
        found = codes(lint(path))
        assert not found & {"PHO001", "SKL002", "SKL005", "REC001"}, path.name
        assert not {c for c in found if c.startswith("INP")}, path.name


# --- the fictional fixtures ----------------------------------------------------------------


def test_strong_fixture_values() -> None:
    profile = load_path(PDFS / "linkedin-strong.pdf").profile
    assert profile.name == "Ingrid Solheim-Aydın"
    assert (
        profile.headline.startswith("Helping regional hospitals") and "\n" not in profile.headline
    )
    assert profile.location.text == "Bergen, Vestland, Norway"
    assert profile.summary.count("\n\n") == 2
    assert [(p.title, p.company) for p in profile.positions] == [
        ("Lead Software Engineer", "Nordlys Helse Digital"),
        ("Software Engineer", "Nordlys Helse Digital"),
        (
            "Systems Developer",
            "Vestlandet Regional Health Authority, Department of Clinical Informatics and "
            "Patient Logistics",
        ),
        ("Junior Developer", "Fjord Analytics AS"),
    ]
    # The second role's location opens page 2 (top 46.8): still its location.
    assert [p.location for p in profile.positions] == [
        "Bergen, Vestland, Norway",
        "Bergen, Vestland, Norway",
        "Førde, Vestland, Norway",
        None,
    ]
    assert profile.positions[0].current and profile.positions[0].end is None
    assert profile.positions[0].description.splitlines()[1].startswith("- Cut the average")
    assert [(e.study_type, e.area, _iso(e.start), _iso(e.end)) for e in profile.education] == [
        ("Master of Science - MS", "Informatics", "2013", "2015"),
        (
            "Bachelor of Science - BS",
            "Computer Science with a specialisation in Operations Research",
            "2010-08",
            "2013-06",
        ),
    ]
    assert [s.name for s in profile.skills] == ["Scheduling Algorithms", "Python", "PostgreSQL"]
    assert [(lang.language, lang.fluency) for lang in profile.languages][1] == (
        "Turkish",
        "Full Professional",
    )
    assert [a.title for a in profile.awards] == ["Nordic Health-Tech Award for Patient Flow, 2021"]
    assert profile.contact.email == "ingrid.solheim@example.com"
    assert profile.contact.url == "https://ingrid.example.org/"
    assert profile.links[0].url == "https://www.linkedin.com/in/ingrid-solheim-aydin"
    assert profile.links[0].username == "ingrid-solheim-aydin"


FIXTURE_TABLE = [
    # file, name, UI-language headings understood: (roles, schools, summary?)
    ("linkedin-job-title.pdf", "Jürgen Weiß", 1, 1, False),
    ("linkedin-wall.pdf", "Rocío Navarro Téllez", 2, 1, True),
    ("linkedin-ru-ui.pdf", "Алёна Воронцова", 2, 1, False),
    ("linkedin-10-pages.pdf", "Aino Virtanen-Koskinen", 12, 1, True),
]


@pytest.mark.parametrize(("file", "name", "roles", "schools", "summary"), FIXTURE_TABLE)
def test_fixture_loads(file: str, name: str, roles: int, schools: int, summary: bool) -> None:
    result = load_path(PDFS / file)
    profile = result.profile
    assert (result.format, result.problems, profile.name) == ("linkedin-pdf", [], name)
    assert (len(profile.positions), len(profile.education), bool(profile.summary)) == (
        roles,
        schools,
        summary,
    )
    assert all(p.start.is_date and (p.current or p.end.is_date) for p in profile.positions)


def test_localized_dates_and_a_current_role_without_duration() -> None:
    german = load_path(PDFS / "linkedin-job-title.pdf").profile
    assert (_iso(german.positions[0].start), german.positions[0].current) == ("2019-03", True)
    assert (_iso(german.education[0].start), _iso(german.education[0].end)) == (
        "2014-10",
        "2018-09",
    )
    russian = load_path(PDFS / "linkedin-ru-ui.pdf").profile
    assert [(_iso(p.start), _iso(p.end)) for p in russian.positions] == [
        ("2024-07", None),
        ("2022-12", "2024-06"),
    ]
    assert [p.company for p in russian.positions] == ["Shyraq Fulfilment"] * 2
    spanish = load_path(PDFS / "linkedin-wall.pdf").profile
    assert [(_iso(p.start), _iso(p.end)) for p in spanish.positions] == [
        ("2020-06", None),
        ("2015-01", "2018-03"),
    ]


# --- rules on PDF input ----------------------------------------------------------------------

RULES_TABLE = [
    # file, must fire, must stay silent
    ("linkedin-job-title.pdf", {"HDL002", "SUM001", "EXP002", "EXP003"}, {"HDL001", "EXP001"}),
    (
        "linkedin-wall.pdf",
        {"SUM004", "SUM005", "SUM006", "EXP006", "EXP007"},
        {"HDL002", "SUM001", "SUM002", "EXP003"},
    ),
    ("linkedin-strong.pdf", set(), {"HDL001", "HDL002", "SUM001", "SUM002", "SUM006", "EXP003"}),
    ("linkedin-10-pages.pdf", set(), {"SUM006", "EXP003", "EXP006", "EXP009", "EXP010"}),
]
# What a PDF cannot show: a photo, skills beyond the top three, recommendations.
NEVER_ON_PDF = {"PHO001", "PHO002", "SKL002", "SKL005", "REC001"}


@pytest.mark.parametrize(("file", "fire", "silent"), RULES_TABLE)
def test_rules_on_pdf_input(file: str, fire: set[str], silent: set[str]) -> None:
    found = codes(lint(PDFS / file))
    assert fire <= found
    assert not found & (silent | NEVER_ON_PDF)


def test_strong_fixture_is_clean_of_headline_summary_and_experience_findings() -> None:
    found = codes(lint(PDFS / "linkedin-strong.pdf"))
    assert not {c for c in found if c[:3] in ("HDL", "SUM", "EXP", "INP")}


# --- positions -------------------------------------------------------------------------------


def _line_at(result: LoadResult, page: int, number: int) -> str:
    lines: list[Line] = [ln for lines in result.source.places.values() for ln in lines]
    return next(ln.text for ln in lines if (ln.page, ln.number) == (page, number))


def test_diagnostics_point_at_page_and_line() -> None:
    path = PDFS / "linkedin-job-title.pdf"
    loaded = load_path(path)
    found = {d.code: d for d in lint(path).diagnostics}
    assert _line_at(loaded, found["HDL002"].line, found["HDL002"].column) == "Senior Accountant"
    exp = found["EXP003"]
    assert exp.line == 1 and _line_at(loaded, exp.line, exp.column) == "Senior Accountant"
    # Sidebar lines come first on a page: the name's line number is past them.
    assert loaded.source.locate("name") == (1, 9)
    assert _line_at(loaded, 1, 9) == "Jürgen Weiß"
    assert _line_at(loaded, 1, 1) == "Kontakt"


def test_position_on_a_later_page_and_by_quote() -> None:
    loaded = load_path(PDFS / "linkedin-strong.pdf")
    page, number = loaded.source.locate("positions[1].location")
    assert page == 2 and _line_at(loaded, page, number) == "Bergen, Vestland, Norway"
    assert loaded.source.locate("positions[1].start")[0] == 1
    page, number = loaded.source.locate("summary", "I care about tools")
    assert _line_at(loaded, page, number).startswith("I care about tools")
    # A field the PDF has not got points at the name on page 1.
    assert loaded.source.locate("volunteer[0]") == loaded.source.locate("name")


# --- the sniff, the walk and the command line ------------------------------------------------


@pytest.mark.parametrize(
    ("file", "linkedin"),
    [
        ("linkedin-strong.pdf", True),
        ("linkedin-10-pages.pdf", True),
        ("not-linkedin-resume.pdf", False),
        ("linkedin-old-layout.pdf", False),
    ],
)
def test_sniff(file: str, linkedin: bool) -> None:
    assert looks_like_pdf(PDFS / file) is linkedin
    assert looks_like_profile(PDFS / file) is linkedin


def test_sniff_reads_only_the_ends_of_a_file(tmp_path: Path) -> None:
    data = (PDFS / "linkedin-strong.pdf").read_bytes()
    padded = tmp_path / "padded.pdf"
    # The Info dictionary near the end, behind 1 MB of other objects, is still seen.
    padded.write_bytes(data[:9] + b"%" + b"x" * 1_000_000 + b"\n" + data[9:])
    assert looks_like_pdf(padded)
    (tmp_path / "fake.pdf").write_bytes(b"not a pdf /Author (LinkedIn)")
    assert not looks_like_pdf(tmp_path / "fake.pdf")


def test_corpus_pdfs_are_sniffed() -> None:
    assert all(looks_like_pdf(p) for p in (corpus_dir() / "linkedin-pdf").glob("*.pdf"))


def test_walk_picks_linkedin_pdfs_and_skips_others(run_cli: Any) -> None:
    result = run_cli(["--format", "json", "--today", TODAY, PDFS])
    files = sorted(Path(f["path"]).name for f in json.loads(result.out)["files"])
    assert files == sorted(
        p.name
        for p in PDFS.glob("*.pdf")
        if p.name not in ("not-linkedin-resume.pdf", "linkedin-old-layout.pdf")
    )


def test_only_profiles_skips_other_pdfs(run_cli: Any) -> None:
    named = [PDFS / "linkedin-wall.pdf", PDFS / "not-linkedin-resume.pdf"]
    result = run_cli(["--only-profiles", "--format", "json", "--today", TODAY, *named])
    files = [Path(f["path"]).name for f in json.loads(result.out)["files"]]
    assert files == ["linkedin-wall.pdf"]


@pytest.mark.parametrize(
    ("file", "words"),
    [
        ("not-linkedin-resume.pdf", "not a LinkedIn profile (made by fpdf2"),
        ("linkedin-old-layout.pdf", "layout used until 2017"),
    ],
)
def test_named_pdf_that_is_not_linkedins_is_inp002(run_cli: Any, file: str, words: str) -> None:
    result = run_cli(["--today", TODAY, PDFS / file])
    assert result.code != 0 and "INP002" in result.out and words in result.out


def test_show_profile_prints_what_was_understood(run_cli: Any) -> None:
    result = run_cli(["--show-profile", PDFS / "linkedin-job-title.pdf"])
    shown = json.loads(result.out)
    assert shown["name"] == "Jürgen Weiß" and shown["headline"] == "Senior Accountant"
    assert shown["positions"][0]["company"] == "Müller & Söhne GmbH"
    assert "photo" in shown["knowledge"]["unknown"] and "skills" in shown["knowledge"]["partial"]


# --- a layout surprise inside a LinkedIn PDF ---------------------------------------------------


def test_layout_surprise_is_one_inp_finding_naming_the_page_and_the_rest_loads() -> None:
    make, people = generator()
    data = make.render(people.SURPRISE, None)
    loaded = load_bytes(data)
    assert [(p.code, p.line) for p in loaded.problems] == [("INP009", 1)]
    assert "page 1" in loaded.problems[0].message
    # Its column is the odd line's number on the page.
    lines = read_pdf(*open_pdf(data), Limits()).lines
    odd = next(ln for ln in lines if (ln.page, ln.number) == (1, loaded.problems[0].column))
    assert odd.text.startswith("Open to work") and odd.size == 14.0
    profile = loaded.profile
    assert profile.name == "Tomás Ó Briain" and len(profile.positions) == 2
    assert "Open to work" not in (profile.summary or "") + str(profile.positions)


# --- dates and text joining --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso", "known"),
    [
        ("2017", "2017", True),
        ("October 2022", "2022-10", True),
        ("setembro de 2024", "2024-09", True),
        ("abril de 2021", "2021-04", True),
        ("septembre 2025", "2025-09", True),
        ("août 2024", "2024-08", True),
        ("Juni 2020", "2020-06", True),
        ("März 2024", "2024-03", True),
        ("июля 2022", "2022-07", True),
        ("декабря 2021", "2021-12", True),
        ("lipca 2022", "lipca 2022", False),  # Polish is not in the table: unread, not wrong
    ],
)
def test_parse_date(text: str, iso: str, known: bool) -> None:
    date = parse_date(text)
    assert (date.iso(), date.known) == (iso, known)


@pytest.mark.parametrize(
    ("line", "matches"),
    [
        ("January 2020 - Present (5 years 6 months)", True),
        ("2013 - August 2014 (1 year)", True),
        ("2011 - 2011 (less than a year)", True),
        ("September 2018 - Present ", True),
        ("noviembre de 2016 - marzo de 2021 (4 años 5 meses)", True),
        ("мая 2021 - июля 2022 (1 год 3 месяца)", True),
        ("Kyiv, Ukraine", False),
        ("Built 14 dashboards - 2019 results", False),
    ],
)
def test_date_line(line: str, matches: bool) -> None:
    assert bool(DATE_LINE.match(line)) is matches


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("21 years 3 months", True),
        ("14 años 5 meses", True),
        ("1 год 9 месяцев", True),
        ("11 months", True),
        ("San Francisco, California", False),
    ],
)
def test_group_duration(text: str, matches: bool) -> None:
    assert bool(DURATION.match(text)) is matches


def _line(top: float, text: str, x1: float = 580.0, page: int = 1) -> Line:
    return Line(page, "main", top, 223.6, x1, 10.5, text, first_word=30.0)


def test_prose_keeps_paragraphs_and_typed_breaks_and_joins_wraps() -> None:
    lines = [
        _line(100, "A first line that runs to the right edge of the"),
        _line(118, "column and ends here.", x1=330),
        _line(136, "- a list item typed by the author"),
        _line(172, "After a blank line."),
        _line(47.9, "Continued on the next page.", page=2),
        _line(65.9 + 18, "A paragraph after a blank line atop a page.", page=3),
    ]
    assert prose(lines) == (
        "A first line that runs to the right edge of the column and ends here.\n"
        "- a list item typed by the author\n\n"
        "After a blank line. Continued on the next page.\n\n"
        "A paragraph after a blank line atop a page."
    )


@pytest.mark.parametrize(
    ("parts", "tight", "joined"),
    [
        (["SistematX, an Online Web-", "Based Tool"], False, "SistematX, an Online Web-Based Tool"),
        (["Angular 9 -", "Essencial"], False, "Angular 9 - Essencial"),
        (
            ["www.linkedin.com/in/ana-", "maria (LinkedIn)"],
            True,
            "www.linkedin.com/in/ana-maria (LinkedIn)",
        ),
        (["ana@clinic.example.or", "g"], True, "ana@clinic.example.org"),
    ],
)
def test_join_wrapped(parts: list[str], tight: bool, joined: str) -> None:
    assert join_wrapped(parts, tight) == joined


def _main_line(top: float, size: float, text: str) -> Line:
    return Line(1, "main", top, 223.56, 400.0, size, text, first_word=30.0)


def test_sections_by_content_and_order_whatever_their_headings() -> None:
    from profilelint.loaders.pdf_main import read_main

    nb = "\xa0"
    lines = [
        _main_line(48.1, 26.0, "Kari Nordmann"),
        _main_line(78.7, 12.0, "Planning rosters for small clinics"),
        _main_line(94.1, 12.0, "Tromsø, Norway"),
        _main_line(129.2, 15.75, "Oppsummering"),  # a heading word no table knows
        _main_line(157.2, 12.0, "I plan rosters."),
        _main_line(200.0, 15.75, "Erfaring"),
        _main_line(233.0, 12.0, "Nordlys Klinikk"),
        _main_line(249.4, 11.5, "Planner"),
        _main_line(264.6, 10.5, f"maaliskuu 2020{nb}-{nb}Present{nb}(6 vuotta)"),
        _main_line(320.0, 15.75, "Utdanning"),
        _main_line(348.0, 12.0, "Universitetet i Tromsø"),
        _main_line(366.6, 10.5, f"Bachelor,{nb}Helsefag{nb}·{nb}(2014{nb}-{nb}2017)"),
        _main_line(420.0, 15.75, "Frivillig arbeid"),  # a second section of job titles
        _main_line(453.0, 12.0, "Røde Kors"),
        _main_line(469.4, 11.5, "Volunteer"),
    ]
    result = read_main(lines)
    assert result.values["summary"] == "I plan rosters."
    assert [(p["title"], p["company"]) for p in result.positions] == [
        ("Planner", "Nordlys Klinikk")
    ]
    # Finnish months are not in the table: the date is kept unread, never guessed.
    assert result.positions[0]["start"].known is False and result.positions[0]["current"]
    assert [e["institution"] for e in result.education] == ["Universitetet i Tromsø"]
    assert [ln.text for ln in result.surprises] == ["Frivillig arbeid", "Røde Kors", "Volunteer"]


def test_pdfminer_is_imported_only_when_a_pdf_is_seen() -> None:
    import subprocess

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from profilelint.loaders import load_path, looks_like_profile\n"
        "load_path(Path(sys.argv[1]))\n"
        "looks_like_profile(Path(sys.argv[2]))\n"  # the sniff reads bytes, not pdfminer
        "print('pdfminer' in sys.modules)\n"
        "load_path(Path(sys.argv[2]))\n"
        "print('pdfminer' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, FIXTURES / "strong.json", PDFS / "linkedin-strong.pdf"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.split() == ["False", "True"]
