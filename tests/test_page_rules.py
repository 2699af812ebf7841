"""Rules on saved pages: they fire at the element or JSON-LD value they are about, and stay
silent about what a page cannot show."""

from __future__ import annotations

from pathlib import Path

import pytest

from profilelint.testing import lint_json
from tests.conftest import CORPUS, FIXTURES, corpus_dir

PAGES = FIXTURES / "pages"
RULES = ["HDL", "SUM", "EXP", "PHO", "SKL", "EDU", "INP"]


def _lint(path: Path) -> list[tuple[str, int | None, int | None]]:
    result = lint_json(path.read_text(encoding="utf-8"), select=RULES, filename=str(path))
    return [(d.code, d.line, d.column) for d in result.diagnostics]


def _at(path: Path, marker: str, nth: int = 0) -> tuple[int, int]:
    """Line and column of the ``nth`` occurrence of ``marker`` in the page."""
    text = path.read_text(encoding="utf-8")
    offset = -1
    for _ in range(nth + 1):
        offset = text.index(marker, offset + 1)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


# page, code, where it points (a marker in the page)
MUST_FLAG = [
    ("linkedin-public-no-photo.html", "PHO001", "https://static.licdn.com/aero-v1/sc/h/9c8"),
    ("linkedin-public-no-photo.html", "HDL002", "Software Engineer</h2>"),
    ("linkedin-public-no-photo.html", "EXP005", '<span class="date-range">'),
    ("linkedin-public-no-photo.html", "SUM001", '<h1 class="top-card-layout__title">'),
    ("linkedin-public-photo.html", "INP007", "EXP006,SUM002"),
    ("linkedin-public-photo.html", "EXP007", "Responsible for the booking app."),
    ("linkedin-public-photo.html", "EXP003", '<li class="experience-group-position">\n'),
    ("linkedin-signed-in.html", "SUM004", "She leads the data team"),
    ("linkedin-signed-in.html", "EXP007", "Responsible for various tasks."),
    ("linkedin-restricted.html", "INP005", '<h1 class="top-card-layout__title">'),
    ("personal-jsonld.html", "SUM002", "I design timber bridges"),
    ("personal-hcard.html", "SUM004", "Mei-Ling makes stoneware."),
]


@pytest.mark.parametrize(("page", "code", "marker"), MUST_FLAG)
def test_rules_fire_at_the_element_they_are_about(page: str, code: str, marker: str) -> None:
    path = PAGES / page
    found = [(line, column) for c, line, column in _lint(path) if c == code]
    nth = 1 if code == "EXP003" else 0  # the second role of the group is undescribed
    assert _at(path, marker, nth) in found, found


# page, codes that must stay silent because the page cannot tell
MUST_STAY_SILENT = [
    # A public page never shows skills; the photo is a real one.
    ("linkedin-public-photo.html", {"SKL001", "SKL002", "PHO001", "PHO002", "SUM002", "EXP006"}),
    # Masked name and headline, sections hidden: nothing about them is judged.
    ("linkedin-restricted.html", {"HDL001", "HDL002", "SUM001", "EDU001", "PHO001", "SKL001"}),
    # "Show all 12 skills": two shown is not "too few skills"; "Show all 5 experiences".
    ("linkedin-signed-in.html", {"SKL002", "PHO001", "HDL001", "EXP002"}),
    # An h-card tells no roles, schools or skills: none is missing.
    ("personal-hcard.html", {"EXP001", "EDU001", "SKL001", "PHO001"}),
    # worksFor names today's employer only; no description in JSON-LD is no verdict.
    ("personal-jsonld.html", {"EXP002", "EXP003", "PHO001", "PHO005"}),
]


@pytest.mark.parametrize(("page", "silent"), MUST_STAY_SILENT)
def test_rules_stay_silent_where_the_page_cannot_tell(page: str, silent: set[str]) -> None:
    codes = {code for code, _, _ in _lint(PAGES / page)}
    assert not codes & silent, codes & silent


CORPUS_SILENT = [
    # Public pages show no skills and hide contact details.
    ("linkedin-html/scoutr_public-2024_eduardo-alvarez-nowak.html", {"SKL001", "PHO001"}),
    # Trimmed synthetic page: no photo element, no skills section, one plain role line.
    ("linkedin-html/cortex_signed-in-title-count-prefix_synthetic.html", {"PHO001", "EXP005"}),
    # "Show all 30 skills" and a real top-card photo.
    ("linkedin-html/scoutr_signed-in-2024_eduardo-alvarez-nowak.html", {"SKL002", "PHO001"}),
]


@pytest.mark.parametrize(("page", "silent"), CORPUS_SILENT)
def test_rules_stay_silent_on_corpus_pages_where_they_cannot_tell(
    page: str, silent: set[str]
) -> None:
    corpus_dir()
    codes = {code for code, _, _ in _lint(CORPUS / page)}
    assert not codes & silent, codes & silent


def test_an_undescribed_corpus_role_is_flagged_at_its_list_item() -> None:
    corpus_dir()
    path = CORPUS / "linkedin-html/scoutr_signed-in-2024_eduardo-alvarez-nowak.html"
    found = [(line, column) for code, line, column in _lint(path) if code == "EXP003"]
    assert len(found) == 1
    line, column = found[0]
    text = path.read_text(encoding="utf-8").split("\n")[line - 1]
    assert text[column - 1 :].startswith("<li")


def test_an_inline_ignore_in_a_page_hides_its_rule() -> None:
    path = PAGES / "linkedin-public-photo.html"
    text = path.read_text(encoding="utf-8")
    hidden = {code for code, _, _ in _lint(path)}
    shown = lint_json(
        text.replace("<!-- profilelint: ignore=EXP006,SUM002 -->", ""),
        select=RULES,
        filename="page.html",
    ).codes()
    assert "SUM002" in shown and "SUM002" not in hidden and "INP007" in hidden


def test_positions_on_a_minified_page_point_at_the_right_element() -> None:
    """One line, many <li>: the column comes from the element's rank among its namesakes."""
    text = (PAGES / "linkedin-signed-in.html").read_text(encoding="utf-8").replace("\n", "")
    result = lint_json(text, select=["EXP003", "EXP007"], filename="page.html")
    spots = {d.code: (d.line, d.column) for d in result.diagnostics}
    assert spots["EXP003"] == (1, text.index('<li class="pvs-list__paged-list-item">') + 1)
    assert spots["EXP007"] == (1, text.index("Responsible for various tasks.") + 1)


def test_a_microdata_role_without_dates_is_not_an_undated_role(tmp_path: Path) -> None:
    """A <time> beside an itemscope is not the item's date: the role's start is unknown."""
    page = tmp_path / "about.html"
    page.write_text(
        '<html><body><main itemscope itemtype="http://schema.org/Person">'
        '<h1 itemprop="name">Siobhán Ní Bhriain</h1><p>Volunteer for the '
        '<span itemprop="worksFor" itemscope itemtype="http://schema.org/Organization">'
        '<span itemprop="name">Cumann na Leabharlann</span></span>, <time>2011</time></p>'
        "</main></body></html>",
        encoding="utf-8",
    )
    codes = [code for code, _, _ in _lint(page)]
    assert "EXP005" not in codes
    dated = page.read_text(encoding="utf-8").replace(
        '<span itemprop="name">Cumann',
        '<meta itemprop="startDate" content="2011-13"><span itemprop="name">Cumann',
    )
    page.write_text(dated, encoding="utf-8")
    assert "EXP005" in [code for code, _, _ in _lint(page)]
