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
from profilelint.loaders.jsonresume_keys import (
    ALIASES,
    BIRTH_DATE_KEYS,
    KEYS,
    KEYWORD_KEYS,
    REFERENCE_CONTACT_KEYS,
    TARGETS,
    TOOL_KEYS,
)
from profilelint.loaders.jsonsource import JsonSource
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
        # One problem per list and per ignored key: the first place, the others related.
        self._grouped: dict[tuple[str, str], Problem] = {}
        self._first_message: dict[tuple[str, str], str] = {}

    def _at_value(self, ptr: str) -> tuple[int | None, int | None]:
        """Where a finding on the value at ``ptr`` points, as rules' findings do: a text or
        number at its first character, a list or an object at its key."""
        start = self.source.values.get(ptr, (None, None))[0]
        if start is None:
            return None, None
        if self.source.text[start] in "{[" and ptr in self.source.keys:
            return self.source.position(self.source.keys[ptr])
        return self.source.position(start)

    def invalid(self, model_path: str, ptr: str, message: str) -> None:
        line, column = self._at_value(ptr)
        self.problems.append(Problem("INP004", message, model_path, line, column))
        self.unknown.add(model_path)

    def _grouped_problem(
        self,
        key: tuple[str, str],
        code: str,
        message: str,
        field: str | None,
        spot: Any,
        severity: str | None = None,
    ) -> None:
        """One problem for ``key``; a repeat adds its place to the first one's related."""
        line, column = spot
        first = self._grouped.get(key)
        if first is None:
            problem = Problem(code, message, field, line, column, severity=severity)
            self._grouped[key] = problem
            self.problems.append(problem)
        else:
            first.related = (*first.related, (field, line, column))

    def dropped_item(self, list_path: str, ptr: str, message: str) -> None:
        """An unusable list item is left out, and the list is known to be incomplete.

        Every wrong item of one list is one INP004: the first, with the others related.
        """
        key = (list_path, "INP004")
        self._first_message.setdefault(key, message)
        self._grouped_problem(key, "INP004", message, list_path, self._at_value(ptr))
        first = self._grouped[key]
        if first.related:
            name = list_path.rsplit(".", 1)[-1].split("[")[0]
            first.message = (
                f"{len(first.related) + 1} items of '{name}' are unusable "
                f"(first: {self._first_message[key]})"
            )
        self.partial.add(list_path)

    def check_keys(
        self,
        obj: dict[str, Any],
        kind: str,
        ptr: str,
        model_prefix: str,
        read: tuple[str, ...] = (),
    ) -> None:
        """INP006 for each key ``kind`` does not define; ``read`` names extra keys used."""
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
            start = self.source.keys.get(pointer_join(ptr, key))
            line, column = self.source.position(start) if start is not None else (None, None)
            where = f"in {kind}" if kind else "at the top level"
            if guess is None:
                if key in TOOL_KEYS.get(kind, ()) or key in TOOL_KEYS["*"] or key in read:
                    continue
                self._grouped_problem(
                    (kind, key),
                    "INP006",
                    f"profilelint ignores '{key}' {where}: the format defines no such key",
                    model_prefix.rstrip(".") or None,
                    (line, column),
                    severity="info",
                )
                continue
            if guess in obj:
                continue
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
            if not kind and guess == "basics":  # nothing the person wrote there is known
                self.unknown |= set(TARGETS["basics"].values())

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
                if _is_blank(item):
                    continue  # an entry a template left with every field empty: not an entry
                self.source.bind(item_path, item_ptr)
                read = {"references": REFERENCE_CONTACT_KEYS, "work": KEYWORD_KEYS}.get(
                    key, KEYWORD_KEYS if key == "projects" else ()
                )
                self.check_keys(item, key, item_ptr, item_path + ".", read)
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


def _is_blank(value: Any) -> bool:
    """True for a value with no content: empty text, null, and lists or objects of those."""
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return all(_is_blank(v) for v in value)
    if isinstance(value, dict):
        return all(_is_blank(v) for k, v in value.items() if k not in TOOL_KEYS["*"])
    return value is None


def pointer_join(base: str, key: str | int) -> str:
    """``base`` extended by one key or index (as :func:`pointer` spells it)."""
    return f"{base}/{key}"


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


def _keywords_key(item: dict[str, Any]) -> str:
    """The key holding a role's or project's tools: "keywords", or a tool's own name for it
    (the first one with something in it)."""
    keys = [k for k in ("keywords", *KEYWORD_KEYS) if k in item]
    return next((k for k in keys if item[k]), keys[0] if keys else "keywords")


def _strings(value: Any) -> list[str]:
    """The text values in ``value``: a string, a list of them, or an object's values."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [t for v in value for t in _strings(v)]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _strings(v)]
    return []


def _reference_contact(
    source: JsonSource, item: dict[str, Any], ptr: str, model_path: str
) -> Contact | None:
    """A reference's own phone and e-mail, as some résumés list them beside the text."""
    present = [k for k in REFERENCE_CONTACT_KEYS if _strings(item.get(k))]
    if not present:
        return None
    source.bind(f"{model_path}.contact", pointer_join(ptr, present[0]))
    texts = [t for k in present for t in _strings(item[k])]
    phones = [t for t in texts if any(ch.isdigit() for ch in t)]
    emails = [t for t in texts if "@" in t]
    return Contact(phone=" ".join(phones) or None, email=" ".join(emails) or None)


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
    r.check_keys(basics, "basics", "/basics", "", BIRTH_DATE_KEYS)
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
                keywords=r.texts(item, _keywords_key(item), ptr, f"{path}.keywords"),
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
            keywords=r.texts(i, _keywords_key(i), p, f"{m}.keywords"),
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
            contact=_reference_contact(source, i, p, m),
        ),
    )

    _fold_skill_groups(r)
    ignore: list[str] = []
    meta = doc.get("meta")
    if isinstance(meta, dict) and isinstance(meta.get("profilelint"), dict):
        ignore = r.texts(meta["profilelint"], "ignore", "/meta/profilelint", "ignore")

    birth_key = next((k for k in BIRTH_DATE_KEYS if isinstance(basics.get(k), str)), None)
    if birth_key:
        source.bind("birth_date", pointer_join(b, birth_key))
    profile = Profile(
        birth_date=basics.get(birth_key) if birth_key else None,
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
