"""JSON Resume (v1.0.0 and later, with the pre-1.0 names) into a Profile.

Field mapping: ../FORMATS.md section 0.  A value of the wrong type is dropped with INP004 and
its field becomes unknown; a key the schema does not define but that is close to one it does
(``lable``) gives INP006 with a suggestion, and the field it probably meant becomes unknown
instead of being reported missing.  Other extra keys are allowed, as the schema allows them.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from profilelint.loaders.base import LoadResult, Problem
from profilelint.loaders.jsonsource import JsonSource, pointer
from profilelint.loaders.photo import make_photo
from profilelint.model import (
    Award,
    Certificate,
    Contact,
    Education,
    Interest,
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
    is_present_word,
    parse_partial_date,
)

# Keys each object defines in resume-schema v1.0.0 to v1.2.1 (jsonresume/resume-schema
# schema.json), plus the pre-1.0 names its CHANGELOG lists (company, website, picture, gpa).
KEYS: dict[str, frozenset[str]] = {
    "": frozenset(
        "$schema basics work volunteer education awards certificates publications skills "
        "languages interests references projects meta".split()
    ),
    "basics": frozenset("name label image email phone url summary location profiles".split())
    | {"picture", "website"},
    "location": frozenset("address postalCode city countryCode region".split()),
    "profiles": frozenset("network username url".split()),
    "work": frozenset(
        "name location description position url startDate endDate summary highlights".split()
    )
    | {"company", "website", "keywords"},
    "volunteer": frozenset("organization position url startDate endDate summary highlights".split())
    | {"website"},
    "education": frozenset("institution url area studyType startDate endDate score courses".split())
    | {"gpa", "website"},
    "awards": frozenset("title date awarder summary".split()),
    "certificates": frozenset("name date url issuer".split()),
    "publications": frozenset("name publisher releaseDate url summary".split()) | {"website"},
    "skills": frozenset("name level keywords".split()),
    "languages": frozenset("language fluency".split()),
    "interests": frozenset("name keywords".split()),
    "references": frozenset("name reference".split()),
    "projects": frozenset(
        "name description highlights keywords startDate endDate url roles entity type".split()
    ),
}

# Which model field a schema key fills, per object, for the keys a typo can hide.
TARGETS: dict[str, dict[str, str]] = {
    "": {
        "basics": "name",
        "work": "positions",
        "education": "education",
        "skills": "skills",
        "references": "recommendations",
        "volunteer": "volunteer",
        "projects": "projects",
        "languages": "languages",
        "awards": "awards",
        "certificates": "certificates",
        "publications": "publications",
        "interests": "interests",
    },
    "basics": {
        "name": "name",
        "label": "headline",
        "image": "photo",
        "summary": "summary",
        "email": "contact.email",
        "phone": "contact.phone",
        "url": "contact.url",
        "location": "location",
        "profiles": "links",
    },
    "work": {
        "position": "title",
        "name": "company",
        "summary": "description",
        "highlights": "highlights",
        "startDate": "start",
        "endDate": "end",
    },
    "education": {"institution": "institution", "startDate": "start", "endDate": "end"},
}

# Names people write for a JSON Resume key, taken from LinkedIn's and other résumé formats'
# vocabulary; too far from the real key for a spelling suggestion to find it.
ALIASES: dict[str, dict[str, str]] = {
    "basics": {
        "headline": "label",
        "title": "label",
        "tagline": "label",
        "photo": "image",
        "avatar": "image",
        "about": "summary",
        "bio": "summary",
        "phoneNumber": "phone",
        "social": "profiles",
    },
    "work": {
        "title": "position",
        "role": "position",
        "jobTitle": "position",
        "employer": "name",
        "organization": "name",
        "start": "startDate",
        "end": "endDate",
        "achievements": "highlights",
    },
    "education": {
        "school": "institution",
        "university": "institution",
        "degree": "studyType",
        "major": "area",
        "start": "startDate",
        "end": "endDate",
    },
    "skills": {"skills": "keywords", "items": "keywords"},
    "": {"experience": "work", "skill": "skills", "recommendations": "references"},
}

_NUMBER_OK = frozenset({"score", "gpa", "postalCode", "phone", "countryCode"})


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if value is None:
        return "null"
    return "text"


class _Reader:
    def __init__(self, source: JsonSource) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.unknown: set[str] = set()
        self.partial: set[str] = set()

    def _at_value(self, ptr: str) -> tuple[int | None, int | None]:
        start = self.source.values.get(ptr, (None, None))[0]
        return self.source.position(start) if start is not None else (None, None)

    def invalid(self, model_path: str, ptr: str, message: str) -> None:
        line, column = self._at_value(ptr)
        self.problems.append(Problem("INP004", message, model_path, line, column))
        self.unknown.add(model_path)

    def dropped_item(self, list_path: str, ptr: str, message: str) -> None:
        """An unusable list item is left out, and the list is known to be incomplete."""
        line, column = self._at_value(ptr)
        self.problems.append(Problem("INP004", message, list_path, line, column))
        self.partial.add(list_path)

    def check_keys(self, obj: dict[str, Any], kind: str, ptr: str, model_prefix: str) -> None:
        known = KEYS[kind]
        targets = TARGETS.get(kind, {})
        for key in obj:
            if key in known:
                continue
            folded = {k.lower(): k for k in known}
            guess = (
                ALIASES.get(kind, {}).get(key)
                or folded.get(key.lower())
                or next(iter(difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.75)), None)
            )
            if guess is None or guess in obj:
                continue
            start = self.source.keys.get(pointer_join(ptr, key))
            line, column = self.source.position(start) if start is not None else (None, None)
            where = f"in {kind}" if kind else "at the top level"
            target = targets.get(guess)
            field = f"{model_prefix}{target}" if target else (model_prefix.rstrip(".") or None)
            self.problems.append(
                Problem(
                    "INP006",
                    f"unknown key '{key}' {where}; did you mean '{guess}'?",
                    field,
                    line,
                    column,
                )
            )
            if target:
                self.unknown.add(f"{model_prefix}{target}")

    def text(self, obj: dict[str, Any], key: str, ptr: str, model_path: str) -> str | None:
        item_ptr = pointer_join(ptr, key)
        self.source.bind(model_path, item_ptr)
        value = obj.get(key)
        if value is None or isinstance(value, str):
            return value
        if key in _NUMBER_OK and isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        self.invalid(model_path, item_ptr, f"'{key}' should be text, not {_kind(value)}")
        return None

    def first_text(
        self, obj: dict[str, Any], keys: tuple[str, ...], ptr: str, model_path: str
    ) -> str | None:
        for key in keys:
            if key in obj:
                return self.text(obj, key, ptr, model_path)
        self.source.bind(model_path, pointer_join(ptr, keys[0]))
        return None

    def texts(self, obj: dict[str, Any], key: str, ptr: str, model_path: str) -> list[str]:
        list_ptr = pointer_join(ptr, key)
        self.source.bind(model_path, list_ptr)
        value = obj.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list):
            self.invalid(model_path, list_ptr, f"'{key}' should be a list, not {_kind(value)}")
            return []
        found: list[str] = []
        for index, item in enumerate(value):
            if isinstance(item, str):
                self.source.bind(f"{model_path}[{len(found)}]", pointer_join(list_ptr, index))
                found.append(item)
            else:
                self.dropped_item(
                    model_path,
                    pointer_join(list_ptr, index),
                    f"item {index} of '{key}' should be text, not {_kind(item)}",
                )
        return found

    def date(
        self, obj: dict[str, Any], key: str, ptr: str, model_path: str
    ) -> tuple[PartialDate | None, bool]:
        """A date and whether the text said the role is current ("Present")."""
        item_ptr = pointer_join(ptr, key)
        self.source.bind(model_path, item_ptr)
        value = obj.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None, False
        if not isinstance(value, str):
            self.invalid(model_path, item_ptr, f"'{key}' should be a date, not {_kind(value)}")
            return None, False
        if is_present_word(value):
            return None, True
        return parse_partial_date(value), False

    def objects(
        self, obj: dict[str, Any], key: str, ptr: str, model_path: str
    ) -> list[tuple[str, str, dict[str, Any]]]:
        """The objects of a list, each with its JSON Pointer and model path."""
        list_ptr = pointer_join(ptr, key)
        self.source.bind(model_path, list_ptr)
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.invalid(model_path, list_ptr, f"'{key}' should be a list, not {_kind(value)}")
            return []
        found: list[tuple[str, str, dict[str, Any]]] = []
        for index, item in enumerate(value):
            item_ptr = pointer_join(list_ptr, index)
            item_path = f"{model_path}[{len(found)}]"
            if isinstance(item, dict):
                self.source.bind(item_path, item_ptr)
                self.check_keys(item, key, item_ptr, item_path + ".")
                found.append((item_ptr, item_path, item))
            else:
                self.dropped_item(
                    model_path,
                    item_ptr,
                    f"item {index} of '{key}' should be an object, not {_kind(item)}",
                )
        return found

    def object(
        self, obj: dict[str, Any], key: str, ptr: str, model_path: str
    ) -> dict[str, Any] | None:
        item_ptr = pointer_join(ptr, key)
        value = obj.get(key)
        if value is None or isinstance(value, dict):
            return value
        self.invalid(model_path, item_ptr, f"'{key}' should be an object, not {_kind(value)}")
        return None


def pointer_join(base: str, key: str | int) -> str:
    """``base`` extended by one key or index."""
    return base + pointer(key)


def _fold_skill_groups(r: _Reader) -> None:
    """Problems found in skill groups are about the skills list (each keyword is a skill)."""
    for problem in r.problems:
        if problem.field and problem.field.startswith("_skill_groups"):
            problem.field = "skills"
    for paths in (r.unknown, r.partial):
        groups = {p for p in paths if p.startswith("_skill_groups")}
        paths -= groups
        if "_skill_groups" in groups and paths is r.unknown:
            r.unknown.add("skills")  # "skills" itself was not a list
        elif groups:
            r.partial.add("skills")  # a group or a keyword was dropped


def _location_text(location: dict[str, Any]) -> str | None:
    parts = [location.get(k) for k in ("city", "region", "countryCode")]
    text = ", ".join(p for p in parts if isinstance(p, str) and p.strip())
    return text or None


def load_jsonresume(source: JsonSource, base_dir: Path | None = None) -> LoadResult:
    """Map a parsed JSON Resume document into a Profile."""
    doc: dict[str, Any] = source.document
    r = _Reader(source)
    r.check_keys(doc, "", "", "")
    source.bind("name", "/basics/name")
    source.bind("contact", "/basics")
    basics = r.object(doc, "basics", "", "name")
    if basics is None:
        if "basics" in doc and doc["basics"] is not None:  # unusable: nothing in it is known
            r.unknown |= {"name", "headline", "photo", "summary", "contact", "location", "links"}
        basics = {}
    r.check_keys(basics, "basics", "/basics", "")
    b = "/basics"

    photo_url = r.first_text(basics, ("image", "picture"), b, "photo")
    location = None
    raw_location = basics.get("location")
    source.bind("location", pointer_join(b, "location"))
    if isinstance(raw_location, str):
        location = Location(text=raw_location)
    elif isinstance(raw_location, dict):
        lp = pointer_join(b, "location")
        r.check_keys(raw_location, "location", lp, "location.")
        location = Location(
            address=r.text(raw_location, "address", lp, "location.address"),
            postal_code=r.text(raw_location, "postalCode", lp, "location.postal_code"),
            city=r.text(raw_location, "city", lp, "location.city"),
            region=r.text(raw_location, "region", lp, "location.region"),
            country_code=r.text(raw_location, "countryCode", lp, "location.country_code"),
        )
    elif raw_location is not None:
        r.invalid("location", pointer_join(b, "location"), "'location' should be an object")

    links = [
        Link(
            network=r.text(item, "network", ptr, f"{path}.network"),
            username=r.text(item, "username", ptr, f"{path}.username"),
            url=r.text(item, "url", ptr, f"{path}.url"),
        )
        for ptr, path, item in r.objects(basics, "profiles", b, "links")
    ]

    positions = []
    for ptr, path, item in r.objects(doc, "work", "", "positions"):
        start, _ = r.date(item, "startDate", ptr, f"{path}.start")
        end, current = r.date(item, "endDate", ptr, f"{path}.end")
        raw_loc = item.get("location")
        source.bind(f"{path}.location", pointer_join(ptr, "location"))
        positions.append(
            Position(
                title=r.text(item, "position", ptr, f"{path}.title"),
                company=r.first_text(item, ("name", "company"), ptr, f"{path}.company"),
                company_description=r.text(item, "description", ptr, f"{path}.company_description"),
                url=r.first_text(item, ("url", "website"), ptr, f"{path}.url"),
                location=_location_text(raw_loc)
                if isinstance(raw_loc, dict)
                else (raw_loc if isinstance(raw_loc, str) else None),
                start=start,
                end=end,
                current=current or end is None,
                description=r.text(item, "summary", ptr, f"{path}.description"),
                highlights=r.texts(item, "highlights", ptr, f"{path}.highlights"),
            )
        )

    volunteer = []
    for ptr, path, item in r.objects(doc, "volunteer", "", "volunteer"):
        start, _ = r.date(item, "startDate", ptr, f"{path}.start")
        end, _ = r.date(item, "endDate", ptr, f"{path}.end")
        volunteer.append(
            Volunteer(
                organization=r.text(item, "organization", ptr, f"{path}.organization"),
                role=r.text(item, "position", ptr, f"{path}.role"),
                url=r.first_text(item, ("url", "website"), ptr, f"{path}.url"),
                start=start,
                end=end,
                description=r.text(item, "summary", ptr, f"{path}.description"),
                highlights=r.texts(item, "highlights", ptr, f"{path}.highlights"),
            )
        )

    education = []
    for ptr, path, item in r.objects(doc, "education", "", "education"):
        start, _ = r.date(item, "startDate", ptr, f"{path}.start")
        end, _ = r.date(item, "endDate", ptr, f"{path}.end")
        education.append(
            Education(
                institution=r.text(item, "institution", ptr, f"{path}.institution"),
                url=r.first_text(item, ("url", "website"), ptr, f"{path}.url"),
                area=r.text(item, "area", ptr, f"{path}.area"),
                study_type=r.text(item, "studyType", ptr, f"{path}.study_type"),
                start=start,
                end=end,
                score=r.first_text(item, ("score", "gpa"), ptr, f"{path}.score"),
                courses=r.texts(item, "courses", ptr, f"{path}.courses"),
            )
        )

    skills: list[Skill] = []
    source.bind("skills", "/skills")
    for ptr, path, item in r.objects(doc, "skills", "", "_skill_groups"):
        group = r.text(item, "name", ptr, f"{path}.name")
        level = r.text(item, "level", ptr, f"{path}.level")
        keywords = r.texts(item, "keywords", ptr, f"{path}.keywords")
        if keywords:
            for index, keyword in enumerate(keywords):
                source.bind(f"skills[{len(skills)}]", pointer_join(ptr, "keywords") + f"/{index}")
                skills.append(Skill(name=keyword, category=group, level=level))
        elif group and group.strip():
            source.bind(f"skills[{len(skills)}]", pointer_join(ptr, "name"))
            skills.append(Skill(name=group, level=level))

    def simple(key: str, model_path: str, build: Any) -> list[Any]:
        return [build(ptr, path, item) for ptr, path, item in r.objects(doc, key, "", model_path)]

    languages = simple(
        "languages",
        "languages",
        lambda p, m, i: Language(
            language=r.text(i, "language", p, f"{m}.language"),
            fluency=r.text(i, "fluency", p, f"{m}.fluency"),
        ),
    )
    interests = simple(
        "interests",
        "interests",
        lambda p, m, i: Interest(
            name=r.text(i, "name", p, f"{m}.name"),
            keywords=r.texts(i, "keywords", p, f"{m}.keywords"),
        ),
    )
    awards = simple(
        "awards",
        "awards",
        lambda p, m, i: Award(
            title=r.text(i, "title", p, f"{m}.title"),
            date=r.date(i, "date", p, f"{m}.date")[0],
            awarder=r.text(i, "awarder", p, f"{m}.awarder"),
            summary=r.text(i, "summary", p, f"{m}.summary"),
        ),
    )
    certificates = simple(
        "certificates",
        "certificates",
        lambda p, m, i: Certificate(
            name=r.text(i, "name", p, f"{m}.name"),
            date=r.date(i, "date", p, f"{m}.date")[0],
            issuer=r.text(i, "issuer", p, f"{m}.issuer"),
            url=r.text(i, "url", p, f"{m}.url"),
        ),
    )
    publications = simple(
        "publications",
        "publications",
        lambda p, m, i: Publication(
            name=r.text(i, "name", p, f"{m}.name"),
            publisher=r.text(i, "publisher", p, f"{m}.publisher"),
            release_date=r.date(i, "releaseDate", p, f"{m}.release_date")[0],
            url=r.first_text(i, ("url", "website"), p, f"{m}.url"),
            summary=r.text(i, "summary", p, f"{m}.summary"),
        ),
    )
    projects = simple(
        "projects",
        "projects",
        lambda p, m, i: Project(
            name=r.text(i, "name", p, f"{m}.name"),
            description=r.text(i, "description", p, f"{m}.description"),
            highlights=r.texts(i, "highlights", p, f"{m}.highlights"),
            keywords=r.texts(i, "keywords", p, f"{m}.keywords"),
            start=r.date(i, "startDate", p, f"{m}.start")[0],
            end=r.date(i, "endDate", p, f"{m}.end")[0],
            url=r.text(i, "url", p, f"{m}.url"),
            roles=r.texts(i, "roles", p, f"{m}.roles"),
            entity=r.text(i, "entity", p, f"{m}.entity"),
            type=r.text(i, "type", p, f"{m}.type"),
        ),
    )
    recommendations = simple(
        "references",
        "recommendations",
        lambda p, m, i: Recommendation(
            author=r.text(i, "name", p, f"{m}.author"),
            text=r.text(i, "reference", p, f"{m}.text"),
        ),
    )

    _fold_skill_groups(r)
    ignore: list[str] = []
    meta = doc.get("meta")
    if isinstance(meta, dict) and isinstance(meta.get("profilelint"), dict):
        ignore = r.texts(meta["profilelint"], "ignore", "/meta/profilelint", "ignore")

    profile = Profile(
        name=r.text(basics, "name", b, "name"),
        headline=r.text(basics, "label", b, "headline"),
        photo=make_photo(photo_url, base_dir),
        summary=r.text(basics, "summary", b, "summary"),
        contact=Contact(
            email=r.text(basics, "email", b, "contact.email"),
            phone=r.text(basics, "phone", b, "contact.phone"),
            url=r.first_text(basics, ("url", "website"), b, "contact.url"),
        ),
        location=location,
        links=links,
        positions=positions,
        volunteer=volunteer,
        education=education,
        skills=skills,
        languages=languages,
        interests=interests,
        awards=awards,
        certificates=certificates,
        publications=publications,
        projects=projects,
        recommendations=recommendations,
        ignore=ignore,
        knowledge=Knowledge(
            unknown={
                "industry",
                "invitations_sent",
                "invitations_received",
                "endorsements_received",
                "endorsements_given",
                "connections",
                # LinkedIn keeps these; JSON Resume has no place for them.
                "connection_companies",
                "recommendations_given",
                "organizations",
                "courses",
                *r.unknown,
            },
            partial=r.partial,
        ),
    )
    return LoadResult(profile=profile, format="jsonresume", source=source, problems=r.problems)
