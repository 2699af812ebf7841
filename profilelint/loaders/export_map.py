"""Mapping the export's CSV tables into the Profile model (FORMATS.md section 0).

Each file is optional: a field whose file is absent is unknown, never empty.  ``Address``,
``Birth Date`` and ``Zip Code`` are never read; the photo and the contact details the
profile shows are not in the export, so they are always unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from profilelint.loaders.base import Problem
from profilelint.loaders.export_csv import Row, Table
from profilelint.loaders.export_dates import event_day, parse_export_date
from profilelint.loaders.export_source import ExportSource, Spot
from profilelint.model import (
    Award,
    Certificate,
    Education,
    Endorsement,
    Invitation,
    Knowledge,
    Language,
    Link,
    Location,
    PartialDate,
    Position,
    Profile,
    Project,
    Publication,
    Recommendation,
    Skill,
    Volunteer,
)

#: Each file the loader reads: the columns that identify its header line, and the model
#: fields it tells (unknown when the file is absent).
FILES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "profile": (
        ("First Name", "Headline", "Summary"),
        ("name", "headline", "summary", "location", "industry", "links"),
    ),
    "profilesummary": (("Profile Summary",), ()),
    "positions": (("Company Name", "Title", "Started On"), ("positions",)),
    "education": (("School Name", "Degree Name"), ("education",)),
    "skills": (("Name",), ("skills",)),
    "languages": (("Name", "Proficiency"), ("languages",)),
    "certifications": (("Name", "Authority", "License Number"), ("certificates",)),
    "projects": (("Title", "Description", "Url"), ("projects",)),
    "honors": (("Title", "Issued On", "Issue Date"), ("awards",)),
    "courses": (("Name", "Number"), ("courses",)),
    "publications": (("Name", "Published On", "Publisher"), ("publications",)),
    "organizations": (("Name", "Position", "Started On"), ("organizations",)),
    "volunteering": (("Company Name", "Role", "Cause"), ("volunteer",)),
    "recommendationsreceived": (("Text", "Creation Date"), ("recommendations",)),
    "recommendationsgiven": (("Text", "Creation Date"), ("recommendations_given",)),
    "invitations": (("From", "To", "Direction"), ("invitations_sent", "invitations_received")),
    "endorsementreceivedinfo": (("Skill Name", "Endorsement Date"), ("endorsements_received",)),
    "endorsementgiveninfo": (("Skill Name", "Endorsement Date"), ("endorsements_given",)),
    "connections": (("First Name", "Connected On"), ("connections", "connection_companies")),
}
#: What the export never shows: the photo, the contact details visible on the profile
#: (Email Addresses.csv lists the account's addresses, not what the profile shows), and the
#: birth date, which Profile.csv holds but profilelint never loads (private data).
ALWAYS_UNKNOWN = ("photo", "contact", "interests", "birth_date")
#: LinkedIn flattens line breaks in these texts to double spaces (FORMATS.md section 2).
_FLATTENED_COLUMNS = ("summary",)
_WEBSITE = re.compile(
    r"\[?\s*(?:(?P<kind>[A-Z_ ]+):)?(?P<url>(?:https?://)?[^\s,\[\]]+\.[^\s,\[\]]+)"
)


@dataclass
class _Build:
    source: ExportSource
    unreadable: list[tuple[Row, str, str]] = field(default_factory=list)
    newest: PartialDate | None = None

    def bind(self, path: str, row: Row, *columns: str) -> None:
        """Bind ``path`` to the cell of the first of ``columns`` (the record with none)."""
        if not columns:
            self.source.bind(path, Spot(row.member, row.line))
            return
        spot = row.column(*columns)
        line, column = spot if spot else (row.line, 1)
        self.source.bind(path, Spot(row.member, line, column, row.get(*columns) or None))

    def date(self, row: Row, *columns: str) -> PartialDate | None:
        """A profile date (None when empty; unknown, and noted, when unreadable)."""
        text = row.get(*columns)
        if not text:
            return None
        date = parse_export_date(text)
        if date is None:
            self.unreadable.append((row, columns[0], text))
            return PartialDate.model_construct(
                text=text, year=None, month=None, day=None, known=False
            )
        return date if date.year is not None else None

    def day(self, row: Row, *columns: str) -> str | None:
        """An event's ISO day; the newest one read is remembered for the export's date."""
        text = row.get(*columns)
        day, readable = event_day(text)
        if not readable:
            self.unreadable.append((row, columns[0], text))
        if day is not None:
            date = parse_export_date(day)
            if date is not None and (
                self.newest is None or date.key("day") > self.newest.key("day")
            ):
                self.newest = date
        return day


def _person(row: Row, first: str, last: str) -> str | None:
    name = " ".join(p for p in (row.get(first), row.get(last)) if p)
    return name or None


def _links(text: str) -> list[Link]:
    """``[PORTFOLIO:https://…]`` (2019+) or ``COMPANY:http://…, PERSONAL:…`` (2018)."""
    links = []
    for match in _WEBSITE.finditer(text):
        kind = (match.group("kind") or "").strip().title() or None
        links.append(Link(network=kind, url=match.group("url")))
    return links


def _map_profile(rows: list[Row], b: _Build, p: Profile) -> None:
    if not rows:
        return
    row = rows[0]
    p.name = _person(row, "First Name", "Last Name")
    b.bind("name", row, "First Name")
    p.headline = row.get("Headline") or None
    b.bind("headline", row, "Headline")
    p.summary = row.get("Summary") or None
    b.bind("summary", row, "Summary")
    p.industry = row.get("Industry") or None
    b.bind("industry", row, "Industry")
    place = row.get("Geo Location", "Location")
    p.location = Location(text=place) if place else None
    b.bind("location", row, "Geo Location", "Location")
    p.links = _links(row.get("Websites"))
    twitter = row.get("Twitter Handles").strip("[]")
    p.links += [
        Link(network="Twitter", username=h.strip().lstrip("@"))
        for h in twitter.split(",")
        if h.strip()
    ]
    b.bind("links", row, "Websites")


def _map_list(
    rows: list[Row], b: _Build, path: str, make: Callable[[Row, _Build], object | None]
) -> list:
    items = []
    for row in rows:
        item = make(row, b)
        if item is None:
            continue
        b.bind(f"{path}[{len(items)}]", row)
        items.append(item)
    return items


def _position(row: Row, b: _Build) -> Position | None:
    if not (row.get("Company Name") or row.get("Title")):
        return None
    end = b.date(row, "Finished On")
    return Position(
        company=row.get("Company Name") or None,
        title=row.get("Title") or None,
        description=row.get("Description") or None,
        location=row.get("Location") or None,
        start=b.date(row, "Started On"),
        end=end,
        current=end is None,
    )


def _education(row: Row, b: _Build) -> Education | None:
    notes = [t for t in (row.get("Notes"), row.get("Activities")) if t]
    return Education(
        institution=row.get("School Name") or None,
        study_type=row.get("Degree Name") or None,
        start=b.date(row, "Start Date"),
        end=b.date(row, "End Date"),
        description="\n".join(notes) or None,
    )


def _recommendation(row: Row, b: _Build) -> Recommendation | None:
    status = row.get("Status").upper()
    if status and status != "VISIBLE":
        return None  # hidden or pending: not on the profile
    day = b.day(row, "Creation Date")
    return Recommendation(
        author=_person(row, "First Name", "Last Name"),
        text=row.get("Text") or None,
        date=parse_export_date(day) if day else None,
    )


def _endorsement(first: str, last: str) -> Callable[[Row, _Build], Endorsement | None]:
    def make(row: Row, b: _Build) -> Endorsement | None:
        skill = row.get("Skill Name")
        if not skill:
            return None
        return Endorsement(
            skill=skill,
            other_party=_person(row, first, last),
            date=b.day(row, "Endorsement Date"),
            status=row.get("Endorsement Status") or None,
        )

    return make


def _membership(organization: str, role: str) -> Callable[[Row, _Build], Volunteer | None]:
    """An organisation membership (Organizations.csv) or volunteering (Volunteering.csv)."""

    def make(row: Row, b: _Build) -> Volunteer | None:
        return Volunteer(
            organization=row.get(organization, "Organization") or None,
            role=row.get(role) or None,
            description=row.get("Description") or None,
            start=b.date(row, "Started On"),
            end=b.date(row, "Finished On"),
        )

    return make


_SIMPLE: dict[str, tuple[str, Callable[[Row, _Build], object | None]]] = {
    "positions": ("positions", _position),
    "education": ("education", _education),
    "skills": ("skills", lambda r, b: Skill(name=r.get("Name")) if r.get("Name") else None),
    "languages": (
        "languages",
        lambda r, b: Language(language=r.get("Name") or None, fluency=r.get("Proficiency") or None),
    ),
    "certifications": (
        "certificates",
        lambda r, b: Certificate(
            name=r.get("Name") or None,
            issuer=r.get("Authority") or None,
            url=r.get("Url") or None,
            date=b.date(r, "Started On"),
        ),
    ),
    "projects": (
        "projects",
        lambda r, b: Project(
            name=r.get("Title") or None,
            description=r.get("Description") or None,
            url=r.get("Url") or None,
            start=b.date(r, "Started On", "Start Date"),
            end=b.date(r, "Finished On", "End Date"),
        ),
    ),
    "honors": (
        "awards",
        lambda r, b: Award(
            title=r.get("Title") or None,
            summary=r.get("Description") or None,
            awarder=r.get("Issuer") or None,
            date=b.date(r, "Issued On", "Issue Date"),
        ),
    ),
    "publications": (
        "publications",
        lambda r, b: Publication(
            name=r.get("Name") or None,
            publisher=r.get("Publisher") or None,
            url=r.get("Url") or None,
            summary=r.get("Description") or None,
            release_date=b.date(r, "Published On"),
        ),
    ),
    "organizations": ("organizations", _membership("Name", "Position")),
    "volunteering": ("volunteer", _membership("Company Name", "Role")),
    "recommendationsreceived": ("recommendations", _recommendation),
    "recommendationsgiven": ("recommendations_given", _recommendation),
    "endorsementreceivedinfo": (
        "endorsements_received",
        _endorsement("Endorser First Name", "Endorser Last Name"),
    ),
    "endorsementgiveninfo": (
        "endorsements_given",
        _endorsement("Endorsee First Name", "Endorsee Last Name"),
    ),
}


def _map_invitations(rows: list[Row], b: _Build, p: Profile) -> None:
    for row in rows:
        direction = row.get("Direction").upper()
        outgoing = direction == "OUTGOING"
        if not outgoing and direction != "INCOMING":
            continue
        invitation = Invitation(
            other_party=row.get("To" if outgoing else "From") or None,
            message=row.get("Message") or None,
            sent_at=b.day(row, "Sent At"),
        )
        target = p.invitations_sent if outgoing else p.invitations_received
        path = f"{'invitations_sent' if outgoing else 'invitations_received'}[{len(target)}]"
        b.bind(path, row)
        b.bind(f"{path}.message", row, "Message")
        target.append(invitation)


def _map_connections(rows: list[Row], b: _Build, p: Profile) -> None:
    p.connections = len(rows)
    companies: dict[str, str] = {}
    for row in rows:
        b.day(row, "Connected On")
        company = row.get("Company")
        if company:
            companies.setdefault(company.casefold(), company)
    p.connection_companies = sorted(companies.values(), key=str.casefold)


def build_profile(
    tables: dict[str, Table], export_date: PartialDate | None
) -> tuple[Profile, ExportSource, list[Problem]]:
    """The profile, its source map and the loader's complaints, from the tables read."""
    build = _Build(ExportSource())
    profile = Profile()
    unknown = set(ALWAYS_UNKNOWN)
    for key, (_, fields) in FILES.items():
        table = tables.get(key)
        if table is None:
            unknown.update(fields)
            continue
        for name in fields:
            build.source.bind(name, Spot(table.member, table.header_line))
    _map_profile(tables["profile"].rows if "profile" in tables else [], build, profile)
    summary = tables.get("profilesummary")
    if summary and summary.rows and not profile.summary:
        # The About text sits in Profile.csv since 2024; some exports also fill this file.
        row = summary.rows[0]
        profile.summary = row.get("Profile Summary") or None
        build.bind("summary", row, "Profile Summary")
        unknown.discard("summary")
    for key, (path, make) in _SIMPLE.items():
        if key in tables:
            setattr(profile, path, _map_list(tables[key].rows, build, path, make))
    if "courses" in tables:
        profile.courses = [r.get("Name") for r in tables["courses"].rows if r.get("Name")]
    if "invitations" in tables:
        _map_invitations(tables["invitations"].rows, build, profile)
    if "connections" in tables:
        _map_connections(tables["connections"].rows, build, profile)
    profile.exported_on = export_date or build.newest
    # LinkedIn writes line breaks as double spaces; a text that kept its breaks is whole.
    texts = {f: getattr(profile, f, None) for f in _FLATTENED_COLUMNS}
    texts |= {f"positions[{i}].description": p.description for i, p in enumerate(profile.positions)}
    flattened = {f for f, text in texts.items() if text and "\n" not in text}
    profile.knowledge = Knowledge(unknown=unknown, flattened=flattened)
    problems = []
    if build.unreadable:
        row, column, text = build.unreadable[0]
        spot = row.column(column)
        line, col = spot if spot else (row.line, 1)
        more = len(build.unreadable) - 1
        problems.append(
            Problem(
                "INP008",
                f"date {text[:40]!r} in column '{column}' is no date format LinkedIn writes"
                + (f" ({more} more such dates)" if more else "")
                + ": it is treated as unknown",
                line=line,
                column=col,
                member=row.member,
            )
        )
    return profile, build.source, problems
