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
    Contact,
    PartialDate,
    Profile,
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
        self.fields = source.fields

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
        if obj.keys() <= known:
            return
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
        item_ptr = f"{ptr}/{key}"
        self.fields[model_path] = item_ptr
        value = obj.get(key)
        if value is None or isinstance(value, str):
            return value
        return self._not_text(key, value, item_ptr, model_path)

    def _not_text(self, key: str, value: Any, item_ptr: str, model_path: str) -> str | None:
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
        self.fields[model_path] = f"{ptr}/{keys[0]}"
        return None

    def texts(self, obj: dict[str, Any], key: str, ptr: str, model_path: str) -> list[str]:
        list_ptr = f"{ptr}/{key}"
        fields = self.fields
        fields[model_path] = list_ptr
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
                fields[f"{model_path}[{len(found)}]"] = f"{list_ptr}/{index}"
                found.append(item)
            else:
                self.dropped_item(
                    model_path,
                    f"{list_ptr}/{index}",
                    f"item {index} of '{key}' should be text, not {_kind(item)}",
                )
        return found

    def date(
        self, obj: dict[str, Any], key: str, ptr: str, model_path: str
    ) -> tuple[PartialDate | None, bool]:
        """A date and whether the text said the role is current ("Present")."""
        item_ptr = f"{ptr}/{key}"
        self.fields[model_path] = item_ptr
        value = obj.get(key)
        if isinstance(value, str):
            if value[:1].isdigit():  # no word for "present" starts with a digit
                return parse_partial_date(value), False
        elif isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None, False
        if not isinstance(value, str):
            self.invalid(model_path, item_ptr, f"'{key}' should be a date, not {_kind(value)}")
            return None, False
        if is_present_word(value):
            return None, True
        return parse_partial_date(value), False

    def read(
        self, item: dict[str, Any], ptr: str, path: str, spec: Spec
    ) -> tuple[dict[str, Any], bool]:
        """The model fields ``spec`` reads from one object, in its order (the order of the
        problems), and whether its "end" said the role is current."""
        out: dict[str, Any] = {}
        current = False
        fields = self.fields
        for op, name, suffix, keys in spec:
            model_path = path + suffix
            if op == TEXT:
                key = keys[0]
                item_ptr = f"{ptr}/{key}"
                fields[model_path] = item_ptr
                value = item.get(key)
                out[name] = (
                    value
                    if value is None or isinstance(value, str)
                    else self._not_text(key, value, item_ptr, model_path)
                )
            elif op == FIRST:
                out[name] = self.first_text(item, keys, ptr, model_path)
            elif op == TEXTS:
                out[name] = self.texts(item, keys[0], ptr, model_path)
            elif op == KEYWORDS:
                key = "keywords" if item.get("keywords") else _keywords_key(item)
                out[name] = self.texts(item, key, ptr, model_path)
            else:
                key = keys[0]
                value = item.get(key)
                if isinstance(value, str) and value[:1].isdigit():
                    # Most dates, read as date() reads them, without the call.
                    fields[model_path] = f"{ptr}/{key}"
                    out[name], present = parse_partial_date(value), False
                else:
                    out[name], present = self.date(item, key, ptr, model_path)
                if op == END:
                    current = present
        return out, current

    def objects(
        self, obj: dict[str, Any], key: str, ptr: str, model_path: str
    ) -> list[tuple[str, str, dict[str, Any]]]:
        """The objects of a list, each with its JSON Pointer and model path."""
        list_ptr = f"{ptr}/{key}"
        fields = self.fields
        fields[model_path] = list_ptr
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.invalid(model_path, list_ptr, f"'{key}' should be a list, not {_kind(value)}")
            return []
        found: list[tuple[str, str, dict[str, Any]]] = []
        read = _READ_KEYS.get(key, ())
        known = KEYS[key]
        for index, item in enumerate(value):
            item_ptr = f"{list_ptr}/{index}"
            if isinstance(item, dict):
                if _is_blank(item):
                    continue  # an entry a template left with every field empty: not an entry
                item_path = f"{model_path}[{len(found)}]"
                fields[item_path] = item_ptr
                if not item.keys() <= known:
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
        value = obj.get(key)
        if value is None or isinstance(value, dict):
            return value
        self.invalid(model_path, f"{ptr}/{key}", f"'{key}' should be an object, not {_kind(value)}")
        return None


#: How :meth:`_Reader.read` reads a field: (what, model field, "." + model field, keys);
#: END is a date whose text may say the role is current ("Present").
Spec = tuple[tuple[int, str, str, tuple[str, ...]], ...]
TEXT, FIRST, TEXTS, KEYWORDS, DATE, END = range(6)


def _spec(*fields: tuple[int, str, str | tuple[str, ...]]) -> Spec:
    return tuple(
        (op, name, f".{name}", (keys,) if isinstance(keys, str) else keys)
        for op, name, keys in fields
    )


# Each list's objects, field by field in the order the problems are reported.
_WORK = _spec(
    (DATE, "start", "startDate"),
    (END, "end", "endDate"),
    (TEXT, "title", "position"),
    (FIRST, "company", ("name", "company")),
    (TEXT, "company_description", "description"),
    (FIRST, "url", ("url", "website")),
    (TEXT, "description", "summary"),
    (TEXTS, "highlights", "highlights"),
    (KEYWORDS, "keywords", ()),
)
_VOLUNTEER = _spec(
    (DATE, "start", "startDate"),
    (DATE, "end", "endDate"),
    (TEXT, "organization", "organization"),
    (TEXT, "role", "position"),
    (FIRST, "url", ("url", "website")),
    (TEXT, "description", "summary"),
    (TEXTS, "highlights", "highlights"),
)
_EDUCATION = _spec(
    (DATE, "start", "startDate"),
    (DATE, "end", "endDate"),
    (TEXT, "institution", "institution"),
    (FIRST, "url", ("url", "website")),
    (TEXT, "area", "area"),
    (TEXT, "study_type", "studyType"),
    (FIRST, "score", ("score", "gpa")),
    (TEXTS, "courses", "courses"),
)
_LINKS = _spec((TEXT, "network", "network"), (TEXT, "username", "username"), (TEXT, "url", "url"))
_SKILL_GROUP = _spec(
    (TEXT, "name", "name"), (TEXT, "level", "level"), (TEXTS, "keywords", "keywords")
)
_LANGUAGES = _spec((TEXT, "language", "language"), (TEXT, "fluency", "fluency"))
_INTERESTS = _spec((TEXT, "name", "name"), (TEXTS, "keywords", "keywords"))
_AWARDS = _spec(
    (TEXT, "title", "title"),
    (DATE, "date", "date"),
    (TEXT, "awarder", "awarder"),
    (TEXT, "summary", "summary"),
)
_CERTIFICATES = _spec(
    (TEXT, "name", "name"),
    (DATE, "date", "date"),
    (TEXT, "issuer", "issuer"),
    (TEXT, "url", "url"),
)
_PUBLICATIONS = _spec(
    (TEXT, "name", "name"),
    (TEXT, "publisher", "publisher"),
    (DATE, "release_date", "releaseDate"),
    (FIRST, "url", ("url", "website")),
    (TEXT, "summary", "summary"),
)
_PROJECTS = _spec(
    (TEXT, "name", "name"),
    (TEXT, "description", "description"),
    (TEXTS, "highlights", "highlights"),
    (KEYWORDS, "keywords", ()),
    (DATE, "start", "startDate"),
    (DATE, "end", "endDate"),
    (TEXT, "url", "url"),
    (TEXTS, "roles", "roles"),
    (TEXT, "entity", "entity"),
    (TEXT, "type", "type"),
)
_REFERENCES = _spec((TEXT, "author", "name"), (TEXT, "text", "reference"))
_LOCATION = _spec(
    (TEXT, "address", "address"),
    (TEXT, "postal_code", "postalCode"),
    (TEXT, "city", "city"),
    (TEXT, "region", "region"),
    (TEXT, "country_code", "countryCode"),
)
# Keys a list's objects may hold beside the schema's, read as something else (not ignored).
_READ_KEYS = {"references": REFERENCE_CONTACT_KEYS, "work": KEYWORD_KEYS, "projects": KEYWORD_KEYS}


def _is_blank(value: Any) -> bool:
    """True for a value with no content: empty text, null, and lists or objects of those."""
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, dict):
        # Loops, not all() over a generator: most entries are not blank, at their first text,
        # which is told without a call.
        for key, item in value.items():
            if key in _TOOL_KEYS_ANYWHERE:
                continue
            if isinstance(item, str):
                if item.strip():
                    return False
            elif not _is_blank(item):
                return False
        return True
    if isinstance(value, list):
        return all(_is_blank(item) for item in value)
    return value is None


_TOOL_KEYS_ANYWHERE = TOOL_KEYS["*"]


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
    """Map a parsed JSON Resume document into a Profile.

    The values are read into plain data and the Profile is validated once, as a whole.
    """
    doc: dict[str, Any] = source.document
    r = _Reader(source)
    fields = r.fields
    r.check_keys(doc, "", "", "")
    fields["name"] = "/basics/name"
    fields["contact"] = "/basics"
    basics = r.object(doc, "basics", "", "name")
    if basics is None:
        if "basics" in doc and doc["basics"] is not None:  # unusable: nothing in it is known
            r.unknown |= {"name", "headline", "photo", "summary", "contact", "location", "links"}
        basics = {}
    r.check_keys(basics, "basics", "/basics", "", BIRTH_DATE_KEYS)
    b = "/basics"

    photo_url = r.first_text(basics, ("image", "picture"), b, "photo")
    location: dict[str, Any] | None = None
    raw_location = basics.get("location")
    fields["location"] = "/basics/location"
    if isinstance(raw_location, str):
        location = {"text": raw_location}
    elif isinstance(raw_location, dict):
        lp = "/basics/location"
        r.check_keys(raw_location, "location", lp, "location.")
        location = r.read(raw_location, lp, "location", _LOCATION)[0]
    elif raw_location is not None:
        r.invalid("location", "/basics/location", "'location' should be an object")

    links = [
        r.read(item, ptr, path, _LINKS)[0]
        for ptr, path, item in r.objects(basics, "profiles", b, "links")
    ]

    positions = []
    for ptr, path, item in r.objects(doc, "work", "", "positions"):
        fields[f"{path}.location"] = f"{ptr}/location"
        position, current = r.read(item, ptr, path, _WORK)
        raw_loc = item.get("location")
        position["location"] = (
            _location_text(raw_loc)
            if isinstance(raw_loc, dict)
            else (raw_loc if isinstance(raw_loc, str) else None)
        )
        position["current"] = current or position["end"] is None
        positions.append(position)

    volunteer = []
    for ptr, path, item in r.objects(doc, "volunteer", "", "volunteer"):
        volunteer.append(r.read(item, ptr, path, _VOLUNTEER)[0])

    education = []
    for ptr, path, item in r.objects(doc, "education", "", "education"):
        education.append(r.read(item, ptr, path, _EDUCATION)[0])

    skills: list[dict[str, Any]] = []
    fields["skills"] = "/skills"
    for ptr, path, item in r.objects(doc, "skills", "", "_skill_groups"):
        group_fields = r.read(item, ptr, path, _SKILL_GROUP)[0]
        group, level, keywords = (
            group_fields["name"],
            group_fields["level"],
            group_fields["keywords"],
        )
        if keywords:
            for index, keyword in enumerate(keywords):
                fields[f"skills[{len(skills)}]"] = f"{ptr}/keywords/{index}"
                skills.append({"name": keyword, "category": group, "level": level})
        elif group and group.strip():
            fields[f"skills[{len(skills)}]"] = f"{ptr}/name"
            skills.append({"name": group, "level": level})

    def simple(key: str, model_path: str, spec: Spec) -> list[dict[str, Any]]:
        return [
            r.read(item, ptr, path, spec)[0]
            for ptr, path, item in r.objects(doc, key, "", model_path)
        ]

    languages = simple("languages", "languages", _LANGUAGES)
    interests = simple("interests", "interests", _INTERESTS)
    awards = simple("awards", "awards", _AWARDS)
    certificates = simple("certificates", "certificates", _CERTIFICATES)
    publications = simple("publications", "publications", _PUBLICATIONS)
    projects = simple("projects", "projects", _PROJECTS)
    recommendations = []
    for ptr, path, item in r.objects(doc, "references", "", "recommendations"):
        recommendation = r.read(item, ptr, path, _REFERENCES)[0]
        recommendation["contact"] = _reference_contact(source, item, ptr, path)
        recommendations.append(recommendation)

    _fold_skill_groups(r)
    ignore: list[str] = []
    meta = doc.get("meta")
    if isinstance(meta, dict) and isinstance(meta.get("profilelint"), dict):
        ignore = r.texts(meta["profilelint"], "ignore", "/meta/profilelint", "ignore")

    birth_key = None
    if not basics.keys() <= KEYS["basics"]:  # a birth date is a key the schema does not define
        birth_key = next((k for k in BIRTH_DATE_KEYS if isinstance(basics.get(k), str)), None)
    if birth_key:
        fields["birth_date"] = f"/basics/{birth_key}"
    data = {
        "birth_date": basics.get(birth_key) if birth_key else None,
        "name": r.text(basics, "name", b, "name"),
        "headline": r.text(basics, "label", b, "headline"),
        "photo": make_photo(photo_url, base_dir),
        "summary": r.text(basics, "summary", b, "summary"),
        "contact": {
            "email": r.text(basics, "email", b, "contact.email"),
            "phone": r.text(basics, "phone", b, "contact.phone"),
            "url": r.first_text(basics, ("url", "website"), b, "contact.url"),
        },
        "location": location,
        "links": links,
        "positions": positions,
        "volunteer": volunteer,
        "education": education,
        "skills": skills,
        "languages": languages,
        "interests": interests,
        "awards": awards,
        "certificates": certificates,
        "publications": publications,
        "projects": projects,
        "recommendations": recommendations,
        "ignore": ignore,
        "knowledge": {"unknown": {*_NOT_IN_JSON_RESUME, *r.unknown}, "partial": r.partial},
    }
    # Every value was read as the type its field takes (text, lists of text, dates read by
    # parse_partial_date): validation checks them all again in one pass, in C.
    profile = Profile.model_validate(data)
    return LoadResult(profile=profile, format="jsonresume", source=source, problems=r.problems)


# What a JSON Resume file never tells.
_NOT_IN_JSON_RESUME = frozenset(
    {
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
    }
)
