"""The main column of LinkedIn's PDF: name, headline, location, summary, experience, education.

Sections are told apart by content and order, not by their heading words (which follow the
viewer's UI language, FORMATS.md 6.3): the section with 11.5 pt job titles is Experience, a
section of 12 pt prose before it is the Summary, the one after it is Education.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from profilelint.loaders.pdf_dates import (
    DATE_LINE,
    DURATION,
    EDUCATION_DATES,
    parse_date,
)
from profilelint.loaders.pdf_layout import Line
from profilelint.loaders.pdf_text import LOCATION_GAP, PAGE_TOP_LOCATION, close, prose, role

# Heading words seen per UI language (FORMATS.md 6.3), lower case; content decides when the
# words are unknown.
_HEADINGS = {
    "summary": {"summary", "resumo", "extracto", "résumé", "zusammenfassung", "сводка"}
    | {"общие сведения", "samenvatting", "sammanfattning", "riepilogo"},
    "experience": {"experience", "experiência", "experiencia", "expérience", "berufserfahrung"}
    | {"опыт работы", "досвід", "досвід роботи", "ervaring", "erfarenhet", "esperienza"},
    "education": {"education", "formação acadêmica", "educación", "formation", "ausbildung"}
    | {"образование", "освіта", "opleiding", "utbildning", "formazione"},
}
# The headline wraps at 14.4 pt; the location sits 15.4 under the headline's last line.
_LOCATION_STEP = 15.0
# "Degree,\xa0Field\xa0·\xa0(dates)": the dates after the last "·" (the degree may be empty).
_DEGREE_LINE = re.compile(r"^(?P<degree>.*?)[\s\xa0]*·[\s\xa0]*(?P<dates>\([^()]*\))\s*$", re.S)


@dataclass
class Section:
    """One main-column section: its heading line and the lines under it."""

    heading: Line
    lines: list[Line] = field(default_factory=list)
    kind: str = ""


@dataclass
class MainResult:
    """What the main column gave: model values, where each came from, and surprises."""

    values: dict[str, Any] = field(default_factory=dict)
    positions: list[dict[str, Any]] = field(default_factory=list)
    education: list[dict[str, Any]] = field(default_factory=list)
    places: dict[str, list[Line]] = field(default_factory=dict)
    surprises: list[Line] = field(default_factory=list)


def _classify(sections: list[Section]) -> None:
    """Name each section: the first one with 11.5 pt job titles is Experience whatever its
    heading; then heading words; then order and content (prose first is the Summary, a
    school-like section after Experience is Education).  A second section of job titles
    (a template change) stays unnamed: a layout surprise, not more roles."""
    shapes = [{role(line) for line in section.lines} for section in sections]
    experience = next((i for i, roles in enumerate(shapes) if "title" in roles), None)
    for index, section in enumerate(sections):
        word = " ".join(section.heading.text.lower().split())
        named = next((k for k, words in _HEADINGS.items() if word in words), "")
        roles = shapes[index]
        if index == experience:
            section.kind = "experience"
        elif "title" in roles or named == "experience":
            section.kind = ""
        elif named:
            section.kind = named
        elif index == 0 and roles == {"body"} and experience != 0:
            section.kind = "summary"
        elif experience is not None and index > experience and roles <= {"body", "small"}:
            section.kind = "education"


def _header(lines: list[Line], result: MainResult) -> None:
    """Name (26 pt), then the headline's 12 pt lines and the location as the last one."""
    names = [ln for ln in lines if role(ln) == "name"]
    rest = [ln for ln in lines if role(ln) != "name"]
    if names:
        result.values["name"] = " ".join(ln.text for ln in names)
        result.places["name"] = names
    location: list[Line] = []
    if len(rest) >= 2 and rest[-1].top - rest[-2].top > _LOCATION_STEP:
        location = [rest.pop()]
    if rest:
        result.values["headline"] = " ".join(ln.text for ln in rest)
        result.places["headline"] = rest
    if location:
        result.values["location"] = {"text": location[0].text}
        result.places["location"] = location
    if not (rest or location):
        result.values["headline"] = None


def _experience(section: Section, result: MainResult) -> None:
    """Employers, group durations and roles (title, date line, location, description)."""
    employer: list[Line] = []
    group = False
    current: dict[str, Any] | None = None
    lines_of: dict[str, list[Line]] = {}
    previous: Line | None = None

    def finish() -> None:
        """Store the role being read, with the lines each of its fields came from."""
        nonlocal current
        if current is None:
            return
        index = len(result.positions)
        description = lines_of.pop("description", [])
        if description:
            current["description"] = prose(description)
            lines_of["description"] = description
        result.positions.append(current)
        for name, where in lines_of.items():
            result.places[f"positions[{index}].{name}"] = where
        result.places[f"positions[{index}]"] = [ln for w in lines_of.values() for ln in w]
        current = None
        lines_of.clear()

    for line in section.lines:
        kind = role(line)
        if kind == "body":
            if previous is not None and role(previous) == "body" and current is None:
                employer.append(line)  # a wrapped employer name
            else:
                finish()
                employer, group = [line], False
        elif kind == "title":
            if current is not None and previous is not None and role(previous) == "title":
                current["title"] = f"{current['title']} {line.text}"
                lines_of["title"].append(line)
            else:
                finish()
                current = {"title": line.text, "company": " ".join(e.text for e in employer)}
                lines_of.update(title=[line], company=list(employer))
                if not employer:
                    result.surprises.append(line)
        elif kind == "small" and current is None:
            if employer and not group and DURATION.match(line.text):
                group = True  # the time spent at an employer with several roles
            else:
                result.surprises.append(line)
        elif kind == "small" and "start" not in lines_of and (match := DATE_LINE.match(line.text)):
            current["start"] = parse_date(match["start"])
            end = match["end"]
            if re.search(r"\d", end):
                current["end"] = parse_date(end)
            else:
                # The only END that is not a date is the current role's word ("Present").
                current["current"] = True
            lines_of["start"] = lines_of["end"] = [line]
        elif kind == "small" and "start" in lines_of:
            after_date = previous is not None and previous is lines_of["start"][0]
            if after_date and close(previous, line, LOCATION_GAP, PAGE_TOP_LOCATION):
                current["location"] = line.text
                lines_of["location"] = [line]
            else:
                lines_of.setdefault("description", []).append(line)
        else:
            result.surprises.append(line)
        previous = line
    finish()


def _education(section: Section, result: MainResult) -> None:
    """Schools (12 pt, wrapped names joined) and their "Degree, Field · (dates)" line."""
    entries: list[tuple[list[Line], list[Line]]] = []
    for line in section.lines:
        kind = role(line)
        if kind == "body" and (not entries or entries[-1][1]):
            entries.append(([line], []))
        elif kind == "body":
            entries[-1][0].append(line)  # a wrapped school name
        elif kind == "small" and entries:
            entries[-1][1].append(line)
        else:
            result.surprises.append(line)
    for school, detail in entries:
        index = len(result.education)
        entry: dict[str, Any] = {"institution": " ".join(ln.text for ln in school)}
        path = f"education[{index}]"
        result.places[f"{path}.institution"] = school
        result.places[path] = school + detail
        # Strip plain blanks only: no-break spaces separate the template's parts.
        raw = " ".join(ln.raw.strip(" \n") for ln in detail)
        degree = raw
        if parts := _DEGREE_LINE.match(raw):
            degree = parts["degree"]
            match = EDUCATION_DATES.search(parts["dates"].replace("\xa0", " "))
            if match:
                # One year alone, "(2012)", is read as the end: the year of the degree.
                first = parse_date(match["start"])
                entry["start"], entry["end"] = (
                    (first, parse_date(match["end"])) if match["end"] else (None, first)
                )
                result.places[f"{path}.start"] = result.places[f"{path}.end"] = detail
        # The template writes "Degree,\xa0Field": a comma with a no-break space.
        study, sep, area = degree.partition(",\xa0")
        study, area = (study, area) if sep else ("", study)
        if study.strip():
            entry["study_type"] = " ".join(study.split())
            result.places[f"{path}.study_type"] = detail
        if area.strip():
            entry["area"] = " ".join(area.split())
            result.places[f"{path}.area"] = detail
        result.education.append(entry)


def read_main(lines: list[Line]) -> MainResult:
    """Read the main column's lines (every page, in order)."""
    result = MainResult()
    header: list[Line] = []
    sections: list[Section] = []
    for line in lines:
        if role(line) == "heading":
            sections.append(Section(line))
        elif sections:
            sections[-1].lines.append(line)
        elif role(line) in ("name", "body"):
            header.append(line)
        else:
            result.surprises.append(line)
    _header(header, result)
    _classify(sections)
    for section in sections:
        result.places.setdefault(section.kind or "?", [section.heading])
        if section.kind == "summary":
            result.values["summary"] = prose(section.lines)
            result.places["summary"] = section.lines or [section.heading]
            result.surprises += [ln for ln in section.lines if role(ln) != "body"]
        elif section.kind == "experience":
            result.places["positions"] = [section.heading]
            _experience(section, result)
        elif section.kind == "education":
            result.places["education"] = [section.heading]
            _education(section, result)
        else:
            result.surprises += [section.heading, *section.lines]
    return result
