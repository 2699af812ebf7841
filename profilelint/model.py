"""The Profile model: one shape for every input format.

Loaders turn a JSON Resume file, the project's own JSON, a saved page or a LinkedIn export into
a :class:`Profile`; rules read only this model.  Beside the values, ``Profile.knowledge`` says
what the source can tell: a field listed in ``knowledge.unknown`` was not visible in the source
(a LinkedIn export never carries a photo), and a list in ``knowledge.partial`` holds only the
first items.  Rules stay silent about what is unknown.

The model is serialised as the project's own JSON (``profilelint --show-profile``) with a
``"profilelint_schema": 1`` marker, and that JSON loads back into the same model.
"""

# No ``from __future__ import annotations`` here: Pydantic would compile and evaluate each
# field's annotation from its text when the models are built, at every start.

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer, model_validator
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 1

_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
# What résumés write instead of the end date of a current role, in the languages of our users.
_PRESENT_WORDS = frozenset(
    {
        *("present", "current", "now", "today", "ongoing", "to date", "till date", "till now"),
        *("in progress", "presente", "actualidad", "actualmente", "actual", "hoy", "en curso"),
        *("cursando", "heute", "aktuell", "bis heute", "derzeit", "laufend", "jetzt"),
        *("bis jetzt", "gegenwärtig", "nå", "i dag", "pågående", "pågår", "nu", "nåværende"),
        *("aujourd'hui", "présent", "en cours", "maintenant", "actuel", "actuellement"),
        *("à ce jour", "atual", "atualmente", "em curso", "em andamento", "até o momento"),
        *("oggi", "heden", "obecnie", "teraz", "do teraz", "w trakcie", "trwa"),
        *("至今", "现在", "目前", "現在"),
    }
)


# Default factories are plain functions: Pydantic inspects each factory's signature when it
# builds a model, and a builtin's (``list``, ``set``) is parsed from its text signature, which
# costs about 0.1 ms a field at every start.


def _no_items() -> list[Any]:
    return []


def _no_paths() -> set[str]:
    return set()


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class PartialDate(BaseModel):
    """A date known to the year, the month or the day, or text that is not a date.

    ``year`` is None when the text could not be read as a date (``"Spring 2019"``).
    ``known`` is False when the source wrote a date this program cannot resolve (a localised
    month name, say): such a date is neither valid nor invalid, and rules skip it.
    """

    model_config = ConfigDict(frozen=True)

    text: str = ""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    known: bool = True

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if isinstance(value, str):
            return dict(parse_partial_date(value).__dict__)  # a shared date's own stays as is
        if isinstance(value, dict) and value.get("year") is not None:
            # A date given as parts must be a real date; otherwise only its text is kept.
            try:
                dt.date(
                    int(value["year"]), int(value.get("month") or 1), int(value.get("day") or 1)
                )
            except (TypeError, ValueError):
                return {"text": str(value.get("text") or ""), "known": value.get("known", True)}
            except OverflowError:  # 1e999 or 10**30: no calendar has such a year
                raise PydanticCustomError(
                    "date_out_of_range", "a date's year, month or day is far out of range"
                ) from None
        return value

    @model_serializer(mode="plain")
    def _serialise(self) -> str | dict[str, Any]:
        if self.is_date:
            return self.iso()
        return {"text": self.text, "known": self.known}

    @property
    def is_date(self) -> bool:
        """True when the value is a real calendar date at its precision."""
        return self.known and self.year is not None

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        """How precisely the date was given."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        """The date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        if self.year is None:
            return self.text
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def first_day(self) -> dt.date:
        """The earliest day the value can mean."""
        assert self.year is not None
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest day the value can mean."""
        assert self.year is not None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def key(self, precision: Literal["year", "month", "day"]) -> tuple[int, ...]:
        """A tuple to compare two dates at a shared precision."""
        assert self.year is not None
        if precision == "year":
            return (self.year,)
        if precision == "month":
            return (self.year, self.month or 1)
        return (self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        return self.iso()


def coarser(a: PartialDate, b: PartialDate) -> Literal["year", "month", "day"]:
    """The precision both dates share."""
    order = ["year", "month", "day"]
    return order[min(order.index(a.precision), order.index(b.precision))]  # type: ignore[return-value]


def parse_partial_date(text: str) -> PartialDate:
    """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; anything else keeps its text, year None.

    A PartialDate is frozen, so one value serves every date with the same short text: the
    same few hundred months recur across profiles (a bounded cache; long texts are read anew).
    """
    if len(text) <= _CACHED_DATE_LENGTH:
        return _cached_date(text)
    return _read_partial_date(text)


# Longer than any ISO date with some white space around it.
_CACHED_DATE_LENGTH = 16


@lru_cache(maxsize=1 << 12)
def _cached_date(text: str) -> PartialDate:
    return _read_partial_date(text)


def _read_partial_date(text: str) -> PartialDate:
    match = _ISO_DATE.match(text)
    if not match:
        return PartialDate.model_construct(text=text, year=None, month=None, day=None, known=True)
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:  # "2019-13", "2019-02-30", and "2019-00": month 0 is no month
        return PartialDate.model_construct(text=text, year=None, month=None, day=None, known=True)
    return PartialDate.model_construct(text=text, year=year, month=month, day=day, known=True)


def is_present_word(text: str) -> bool:
    """True for the words résumés write instead of an end date of a current role."""
    return text.strip().lower() in _PRESENT_WORDS


class PhotoFile(_Strict):
    """What the loader read of a local photo file (never a remote one)."""

    path: str
    exists: bool = True
    width: int | None = None
    height: int | None = None
    format: str | None = None
    size_bytes: int | None = None
    error: str | None = None


class Photo(_Strict):
    url: str
    is_default: bool = False
    file: PhotoFile | None = None


class Contact(_Strict):
    email: str | None = None
    phone: str | None = None
    url: str | None = None


class Location(_Strict):
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country_code: str | None = None
    text: str | None = None

    def is_empty(self) -> bool:
        """True when no part of the location is filled in."""
        return not any(
            (v or "").strip()
            for v in (self.city, self.region, self.country_code, self.text, self.postal_code)
        )


class Link(_Strict):
    network: str | None = None
    username: str | None = None
    url: str | None = None


class Position(_Strict):
    title: str | None = None
    company: str | None = None
    company_description: str | None = None
    url: str | None = None
    location: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    current: bool = False
    description: str | None = None
    highlights: list[str] = Field(default_factory=_no_items)
    #: The tools and topics a role names (JSON Resume ``work[].keywords``).
    keywords: list[str] = Field(default_factory=_no_items)


class Volunteer(_Strict):
    organization: str | None = None
    role: str | None = None
    url: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    description: str | None = None
    highlights: list[str] = Field(default_factory=_no_items)


class Education(_Strict):
    institution: str | None = None
    url: str | None = None
    area: str | None = None
    study_type: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    score: str | None = None
    courses: list[str] = Field(default_factory=_no_items)
    description: str | None = None


class Skill(_Strict):
    name: str
    category: str | None = None
    level: str | None = None


class Language(_Strict):
    language: str | None = None
    fluency: str | None = None


class Interest(_Strict):
    name: str | None = None
    keywords: list[str] = Field(default_factory=_no_items)


class Award(_Strict):
    title: str | None = None
    date: PartialDate | None = None
    awarder: str | None = None
    summary: str | None = None


class Certificate(_Strict):
    name: str | None = None
    date: PartialDate | None = None
    issuer: str | None = None
    url: str | None = None


class Publication(_Strict):
    name: str | None = None
    publisher: str | None = None
    release_date: PartialDate | None = None
    url: str | None = None
    summary: str | None = None


class Project(_Strict):
    name: str | None = None
    description: str | None = None
    highlights: list[str] = Field(default_factory=_no_items)
    keywords: list[str] = Field(default_factory=_no_items)
    start: PartialDate | None = None
    end: PartialDate | None = None
    url: str | None = None
    roles: list[str] = Field(default_factory=_no_items)
    entity: str | None = None
    type: str | None = None


class Recommendation(_Strict):
    """A recommendation or reference; ``author`` is third-party data and never quoted."""

    author: str | None = None
    text: str | None = None
    date: PartialDate | None = None
    #: The author's own phone or e-mail, when a résumé lists them: third-party data.
    contact: Contact | None = None


class Invitation(_Strict):
    """A connection invitation; the other party's name is never quoted in a message.

    ``sent_at`` is an ISO date (``YYYY-MM-DD``) when the source gave a readable one.
    """

    other_party: str | None = None
    message: str | None = None
    sent_at: str | None = None


class Endorsement(_Strict):
    """An endorsement of a skill; the other party's name is never quoted in a message.

    ``date`` is an ISO date (``YYYY-MM-DD``) when the source gave a readable one.
    """

    skill: str
    other_party: str | None = None
    date: str | None = None
    status: str | None = None


def ancestors(path: str) -> list[str]:
    """``positions[1].title`` and the paths containing it: ``positions[1]``, ``positions``."""
    found = [path]
    cut = len(path)
    while True:
        cut = max(path.rfind(".", 0, cut), path.rfind("[", 0, cut))
        if cut <= 0:
            return found
        found.append(path[:cut])


# Rules ask whether a field is known ~200 times per profile, and diagnostics are located by
# field, about the same few hundred paths in every profile: their containing paths are worked
# out once (a bounded cache).
@lru_cache(maxsize=1 << 12)
def paths_of(path: str) -> tuple[str, ...]:
    """:func:`ancestors` of ``path`` as a tuple, cached (the same paths recur in every profile)."""
    return tuple(ancestors(path))


class Knowledge(_Strict):
    """What the source can tell.

    ``unknown``: model paths the source does not show, or whose value was unusable (rules
    stay silent about them and everything inside them).
    ``partial``: lists of which the source shows only the first items.
    ``flattened``: text fields whose line breaks the source removed.
    """

    unknown: set[str] = Field(default_factory=_no_paths)
    partial: set[str] = Field(default_factory=_no_paths)
    flattened: set[str] = Field(default_factory=_no_paths)

    @model_serializer(mode="plain")
    def _serialise(self) -> dict[str, list[str]]:
        return {
            "unknown": sorted(self.unknown),
            "partial": sorted(self.partial),
            "flattened": sorted(self.flattened),
        }


def _no_contact() -> Contact:
    return Contact()


def _all_known() -> Knowledge:
    return Knowledge()


class Profile(_Strict):
    """A professional profile, whatever format it came from."""

    name: str | None = None
    headline: str | None = None
    photo: Photo | None = None
    summary: str | None = None
    contact: Contact = Field(default_factory=_no_contact)
    #: A birth date the source publishes as a field of its own (JSON Resume extensions).
    birth_date: str | None = None
    location: Location | None = None
    links: list[Link] = Field(default_factory=_no_items)
    industry: str | None = None
    positions: list[Position] = Field(default_factory=_no_items)
    volunteer: list[Volunteer] = Field(default_factory=_no_items)
    education: list[Education] = Field(default_factory=_no_items)
    skills: list[Skill] = Field(default_factory=_no_items)
    languages: list[Language] = Field(default_factory=_no_items)
    interests: list[Interest] = Field(default_factory=_no_items)
    awards: list[Award] = Field(default_factory=_no_items)
    certificates: list[Certificate] = Field(default_factory=_no_items)
    publications: list[Publication] = Field(default_factory=_no_items)
    projects: list[Project] = Field(default_factory=_no_items)
    recommendations: list[Recommendation] = Field(default_factory=_no_items)
    #: Recommendations the person wrote for others (a LinkedIn export has them).
    recommendations_given: list[Recommendation] = Field(default_factory=_no_items)
    #: Courses taken outside a listed school (LinkedIn's Courses section).
    courses: list[str] = Field(default_factory=_no_items)
    #: Memberships in organisations (LinkedIn's Organizations section).
    organizations: list[Volunteer] = Field(default_factory=_no_items)
    invitations_sent: list[Invitation] = Field(default_factory=_no_items)
    invitations_received: list[Invitation] = Field(default_factory=_no_items)
    endorsements_received: list[Endorsement] = Field(default_factory=_no_items)
    endorsements_given: list[Endorsement] = Field(default_factory=_no_items)
    connections: int | None = None
    #: The companies the person's connections work at (distinct, as the source spells them).
    connection_companies: list[str] = Field(default_factory=_no_items)
    #: The day the source was made (a LinkedIn export's date); history rules count back from it.
    exported_on: PartialDate | None = None
    ignore: list[str] = Field(default_factory=_no_items)
    knowledge: Knowledge = Field(default_factory=_all_known)

    def knows(self, field: str) -> bool:
        """True when the source can tell this field (present or absent).

        ``field`` is a model path (``headline``, ``positions[1].title``); a field is unknown
        when it or any field containing it is listed in ``knowledge.unknown``.
        """
        unknown = self.knowledge.unknown
        if not unknown:
            return True  # most sources can tell everything: no path to split
        if "." in field or "[" in field:
            return unknown.isdisjoint(paths_of(field))
        return field not in unknown  # a top-level field (most questions) is its only path

    def complete(self, field: str) -> bool:
        """True when the source shows this list whole (and the field is known)."""
        return field not in self.knowledge.partial and self.knows(field)

    def to_native(self) -> dict[str, Any]:
        """The profile as the project's own JSON document."""
        data = self.model_dump(mode="json", exclude_defaults=True)
        data["knowledge"] = self.knowledge.model_dump(mode="json")
        return {"profilelint_schema": SCHEMA_VERSION, **data}


#: Every top-level field, the order used by ``--show-profile`` and the all-unknown meta-test.
PROFILE_FIELDS: tuple[str, ...] = tuple(
    name for name in Profile.model_fields if name not in ("knowledge", "ignore")
)


def all_unknown_profile() -> Profile:
    """A profile whose source can tell nothing: no rule may report anything on it."""
    return Profile(knowledge=Knowledge(unknown=set(PROFILE_FIELDS)))


def schema() -> dict[str, Any]:
    """The JSON Schema of the project's own JSON format."""
    body = Profile.model_json_schema(mode="serialization")
    body["properties"] = {
        "profilelint_schema": {"const": SCHEMA_VERSION},
        **body["properties"],
    }
    body["required"] = ["profilelint_schema"]
    body["title"] = "profilelint profile"
    return body
