"""A Profile written as JSON Resume 1.0.0 (``profilelint --show-profile FILE --to jsonresume``).

This is the inverse of the mapping in FORMATS.md section 0.  The document is valid against
the JSON Resume schema v1.0.0 (draft-04, no extra keys at the top level, ``format: date`` on
certificate dates) and v1.2.1, so every value that would break a format is left out or written
in the one shape both accept; each such change is recorded as a note.  Fields JSON Resume has
no place for (industry, connections, invitations, endorsements, what the source could tell,
the facts read from a local photo file) are not written.  A field the source could not tell
(``knowledge.unknown``) is omitted, never written as empty.

Pure: no I/O, no clock.  The choices (skill groups, where a free-text location goes, dates held
as text, URLs) are listed in the README under "Converting to JSON Resume" and pinned by
tests/test_convert.py.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from profilelint.model import PartialDate, Profile, parse_partial_date
from profilelint.text import shorten

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"

# The schema's iso8601 pattern: a year from 1000 to 2999, then optional month and day.
_YEAR_IN_TEXT = re.compile(r"(?<!\d)([12]\d{3})(?!\d)")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_BARE_HOST = re.compile(r"^[^\s/?#@:]+\.[^\s/?#@:.]{2,}(?::\d{1,5})?(?:[/?#]|$)")
_HOST_LABEL = re.compile(r"^[A-Za-z0-9_~](?:[A-Za-z0-9_~-]*[A-Za-z0-9_~])?$")
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\".]+(?:\.[^@\s<>()\[\],;:\".]+)+$")
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# RFC 3986 pchar minus the unreserved characters, which quote() never encodes.
_PATH_SAFE = "!$&'()*+,;=:@/%"
_QUERY_SAFE = _PATH_SAFE + "?"
# Notes go to a terminal: the profile is untrusted, so no escape sequence gets through.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass
class Conversion:
    """The JSON Resume document and one note per value changed or left out to keep it valid."""

    document: dict[str, Any]
    notes: list[str] = field(default_factory=list)


def web_url(text: str) -> str | None:
    """``text`` as an absolute http(s) URI per RFC 3986, or None when it is no web address."""
    value = text.strip()
    if value.startswith("//"):
        value = "https:" + value
    elif _BARE_HOST.match(value):  # "www.example.org/me", "example.org:8080": no scheme
        value = "https://" + value
    elif not _SCHEME.match(value):
        return None
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:  # an unclosed "[", a port that is no number
        return None
    if parts.scheme.lower() not in ("http", "https") or "@" in parts.netloc:
        return None
    host = _ascii_host(parts.hostname or "")
    if host is None:
        return None
    netloc = host if port is None else f"{host}:{port}"
    url = f"{parts.scheme.lower()}://{netloc}{_encode(parts.path, _PATH_SAFE)}"
    if parts.query:
        url += "?" + _encode(parts.query, _QUERY_SAFE)
    if parts.fragment:
        url += "#" + _encode(parts.fragment, _QUERY_SAFE)
    return url


def _encode(text: str, safe: str) -> str:
    return quote(_LONE_PERCENT.sub("%25", text), safe=safe)


def _ascii_host(host: str) -> str | None:
    """The host as RFC 3986 writes it (IPv6 in brackets, IDNA for non-ASCII), or None."""
    if not host:
        return None
    if ":" in host:
        try:
            return f"[{ipaddress.IPv6Address(host)}]"
        except ValueError:
            return None
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    labels = host.rstrip(".").split(".")
    return host if all(_HOST_LABEL.match(label) for label in labels) else None


def email_address(text: str) -> str | None:
    """``text`` as an e-mail address (``mailto:`` removed), or None when it is not one."""
    value = text.strip()
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:") :]
    return value if _EMAIL.match(value) else None


def _read(date: PartialDate) -> PartialDate:
    """A date built from text without being read (``PartialDate(text="2019-03")``), read."""
    if not date.is_date and date.known:
        return parse_partial_date(date.text.strip())
    return date


def iso_date(date: PartialDate) -> tuple[str | None, bool]:
    """The date as the schema's iso8601 text, and whether it was reduced to a year from text."""
    date = _read(date)
    if date.is_date and date.year is not None and 1000 <= date.year <= 2999:
        return date.iso(), False
    years = set(_YEAR_IN_TEXT.findall(date.text))
    if len(years) == 1:
        return years.pop(), True
    return None, False


def _quote(text: str) -> str:
    """A value to quote in a note on stderr: one line, no terminal control characters."""
    return shorten(_CONTROL.sub(" ", text))


class _Writer:
    """Writes the fields of one profile, skipping what its source could not tell."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.notes: list[str] = []

    def known(self, path: str) -> bool:
        return self.profile.knows(path)

    def put(self, out: dict[str, Any], key: str, path: str, value: Any, kind: str = "text") -> None:
        """Set ``out[key]`` from a model value of the given kind, when known and writable."""
        if value is None or not self.known(path):
            return
        if kind == "texts":
            items = [v for i, v in enumerate(value) if self.known(f"{path}[{i}]")]
            if items:
                out[key] = items
            return
        if kind == "text":
            out[key] = value
        elif kind in ("url", "email") and not value.strip():
            return  # a blank address is no address: nothing to write, nothing to note
        elif kind == "url":
            url = web_url(value)
            if url is None:
                self.notes.append(f"{path}: '{_quote(value)}' is not a web address; left out")
            else:
                out[key] = url
        elif kind == "email":
            email = email_address(value)
            if email is None:
                self.notes.append(f"{path}: '{_quote(value)}' is not an e-mail address; left out")
            else:
                out[key] = email
        elif kind in ("date", "day"):
            self.put_date(out, key, path, value, full_day=kind == "day")
        else:  # pragma: no cover - a programming error in a table below
            raise ValueError(kind)

    def put_date(
        self, out: dict[str, Any], key: str, path: str, date: PartialDate, *, full_day: bool
    ) -> None:
        text, from_text = iso_date(date)
        if text is not None and full_day and (from_text or _read(date).precision != "day"):
            self.notes.append(
                f"{path}: '{_quote(_read(date).iso())}' is not a full date, which JSON Resume "
                "1.0.0 wants for a certificate; left out"
            )
        elif text is None:
            self.notes.append(f"{path}: '{_quote(date.text)}' is not a date; left out")
        else:
            if from_text:
                self.notes.append(f"{path}: '{_quote(date.text)}' written as its year {text}")
            out[key] = text

    def items(
        self, field_name: str, table: Iterable[tuple[str, str, str]], extra: Callable[..., None]
    ) -> list[dict[str, Any]]:
        """One JSON object per list item, from ``(json key, model attribute, kind)`` rows."""
        if not self.known(field_name):
            return []
        rows = tuple(table)
        found = []
        for index, item in enumerate(getattr(self.profile, field_name)):
            path = f"{field_name}[{index}]"
            if not self.known(path):
                continue
            out: dict[str, Any] = {}
            for key, attr, kind in rows:
                self.put(out, key, f"{path}.{attr}", getattr(item, attr), kind)
            extra(out, path, item)
            if out:
                found.append(out)
        return found


def _no_extra(out: dict[str, Any], path: str, item: Any) -> None:
    """Nothing beyond the table for this kind of item."""


_WORK = (
    ("name", "company", "text"),
    ("position", "title", "text"),
    ("description", "company_description", "text"),
    ("url", "url", "url"),
    ("location", "location", "text"),
    ("startDate", "start", "date"),
    ("summary", "description", "text"),
    ("highlights", "highlights", "texts"),
    ("keywords", "keywords", "texts"),
)
_VOLUNTEER = (
    ("organization", "organization", "text"),
    ("position", "role", "text"),
    ("url", "url", "url"),
    ("startDate", "start", "date"),
    ("endDate", "end", "date"),
    ("summary", "description", "text"),
    ("highlights", "highlights", "texts"),
)
_EDUCATION = (
    ("institution", "institution", "text"),
    ("url", "url", "url"),
    ("area", "area", "text"),
    ("studyType", "study_type", "text"),
    ("startDate", "start", "date"),
    ("endDate", "end", "date"),
    ("score", "score", "text"),
    ("courses", "courses", "texts"),
)
_AWARDS = (
    ("title", "title", "text"),
    ("date", "date", "date"),
    ("awarder", "awarder", "text"),
    ("summary", "summary", "text"),
)
_CERTIFICATES = (
    ("name", "name", "text"),
    ("date", "date", "day"),
    ("issuer", "issuer", "text"),
    ("url", "url", "url"),
)
_PUBLICATIONS = (
    ("name", "name", "text"),
    ("publisher", "publisher", "text"),
    ("releaseDate", "release_date", "date"),
    ("url", "url", "url"),
    ("summary", "summary", "text"),
)
_PROJECTS = (
    ("name", "name", "text"),
    ("description", "description", "text"),
    ("highlights", "highlights", "texts"),
    ("keywords", "keywords", "texts"),
    ("startDate", "start", "date"),
    ("endDate", "end", "date"),
    ("url", "url", "url"),
    ("roles", "roles", "texts"),
    ("entity", "entity", "text"),
    ("type", "type", "text"),
)
_LINKS = (("network", "network", "text"), ("username", "username", "text"), ("url", "url", "url"))
# JSON Resume key: (Profile field, rows), in the schema's order after skills.
_SIMPLE: dict[str, tuple[str, tuple[tuple[str, str, str], ...]]] = {
    "languages": ("languages", (("language", "language", "text"), ("fluency", "fluency", "text"))),
    "interests": ("interests", (("name", "name", "text"), ("keywords", "keywords", "texts"))),
    "awards": ("awards", _AWARDS),
    "certificates": ("certificates", _CERTIFICATES),
    "publications": ("publications", _PUBLICATIONS),
    "projects": ("projects", _PROJECTS),
    "references": ("recommendations", (("name", "author", "text"), ("reference", "text", "text"))),
}


def _basics(w: _Writer) -> dict[str, Any]:
    p = w.profile
    out: dict[str, Any] = {}
    w.put(out, "name", "name", p.name)
    w.put(out, "label", "headline", p.headline)
    # A platform's default silhouette stands for no photo.
    if p.photo is not None and not p.photo.is_default and w.known("photo"):
        w.put(out, "image", "photo.url", p.photo.url)
    w.put(out, "email", "contact.email", p.contact.email, "email")
    w.put(out, "phone", "contact.phone", p.contact.phone)
    w.put(out, "url", "contact.url", p.contact.url, "url")
    w.put(out, "summary", "summary", p.summary)
    if p.location is not None and w.known("location"):
        location: dict[str, Any] = {}
        loc = p.location
        for key, attr in (
            ("address", "address"),
            ("postalCode", "postal_code"),
            ("city", "city"),
            ("region", "region"),
            ("countryCode", "country_code"),
        ):
            w.put(location, key, f"location.{attr}", getattr(loc, attr))
        if loc.text is not None and w.known("location.text"):
            if location:
                w.notes.append(
                    f"location: the text '{_quote(loc.text)}' beside its parts; left out"
                )
            else:
                location["city"] = loc.text
        if location:
            out["location"] = location
    profiles = w.items("links", _LINKS, _no_extra)
    if profiles:
        out["profiles"] = profiles
    return out


def _work_end(w: _Writer) -> Callable[[dict[str, Any], str, Any], None]:
    def extra(out: dict[str, Any], path: str, position: Any) -> None:
        if position.current:
            return  # a current role has no endDate, whatever end the source gave
        if position.end is None or not w.known(f"{path}.end"):
            w.notes.append(
                f"{path}: a past role whose end date is not known reads as current in JSON Resume"
            )
            return
        w.put(out, "endDate", f"{path}.end", position.end, "date")
        if "endDate" not in out:
            w.notes.append(f"{path}: without its end date the role reads as current")
            return
        rest = {key: out.pop(key) for key in list(out) if key in ("summary", "highlights")}
        out.update(rest)  # endDate right after startDate, as résumés read

    return extra


def _skills(w: _Writer) -> list[dict[str, Any]]:
    """Runs of skills with the same category and level as one group each (see module doc)."""
    if not w.known("skills"):
        return []
    groups: list[dict[str, Any]] = []
    last: tuple[str | None, str | None] | None = None
    for index, skill in enumerate(w.profile.skills):
        if not w.known(f"skills[{index}]") or not skill.name.strip():
            continue
        level = skill.level if w.known(f"skills[{index}].level") else None
        category = skill.category if w.known(f"skills[{index}].category") else None
        if category is None:
            groups.append(_skill_group(skill.name, level))
            last = None
            continue
        if last == (category, level):
            groups[-1]["keywords"].append(skill.name)
        else:
            groups.append({**_skill_group(category, level), "keywords": [skill.name]})
            last = (category, level)
    return groups


def _skill_group(name: str, level: str | None) -> dict[str, Any]:
    return {"name": name} if level is None else {"name": name, "level": level}


def convert_to_jsonresume(profile: Profile) -> Conversion:
    """The profile as a JSON Resume 1.0.0 document, with notes on what had to change."""
    w = _Writer(profile)
    doc: dict[str, Any] = {"$schema": SCHEMA_URL}
    basics = _basics(w)
    if basics:
        doc["basics"] = basics
    sections: dict[str, list[dict[str, Any]]] = {
        "work": w.items("positions", _WORK, _work_end(w)),
        "volunteer": w.items("volunteer", _VOLUNTEER, _no_extra),
        "education": w.items("education", _EDUCATION, _no_extra),
        "skills": _skills(w),
    }
    for key, (field_name, rows) in _SIMPLE.items():
        sections[key] = w.items(field_name, rows, _no_extra)
    doc.update({key: items for key, items in sections.items() if items})
    if profile.ignore:
        doc["meta"] = {"profilelint": {"ignore": list(profile.ignore)}}
    return Conversion(document=doc, notes=w.notes)


def to_jsonresume(profile: Profile) -> dict[str, Any]:
    """The profile as a JSON Resume 1.0.0 document (see :func:`convert_to_jsonresume`)."""
    return convert_to_jsonresume(profile).document
