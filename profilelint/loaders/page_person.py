"""A schema.org Person (JSON-LD or microdata) and h-card / h-resume microformats on a page.

JSON-LD shapes met (FORMATS.md section 5): a Person alone, in ``@graph``, or as a
``ProfilePage.mainEntity``; ``image`` a string, an ImageObject ``contentUrl`` or ``{url}``;
``worksFor`` / ``alumniOf`` one object or a list, with dates on an ``OrganizationRole``
``member`` (LinkedIn), an ``EmployeeRole`` ``employee`` (microdata résumés) or the
organisation itself; LinkedIn's ``alumniOf`` holds past employers beside schools.
Microdata is read into the same shape, and a person split over two items is merged.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from profilelint.loaders.page_build import Find, is_masked, page_date
from profilelint.loaders.page_source import PageSource, squash
from profilelint.text import url_host

_SCHOOL_TYPES = frozenset(
    {"EducationalOrganization", "CollegeOrUniversity", "School", "HighSchool", "MiddleSchool"}
)
_BR = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]*>")
#: Classes that mark a microformat root (mf2, and the mf1 roots mf2 parsers read too).
MF_ROOTS = re.compile(r"class\s*=\s*[\"'][^\"']*\b(?:h-card|h-resume|vcard|hresume)\b", re.I)


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds}


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _one(value: Any) -> Any:
    values = _list(value)
    return values[0] if values else None


def _text(value: Any) -> str | None:
    value = _one(value)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return squash(value) if isinstance(value, str) and value.strip() else None


def _date(value: Any) -> Any:
    text = _text(value)
    return page_date(text) if text else None


def json_ld_people(root: Any, source: PageSource) -> list[tuple[dict[str, Any], int]]:
    """Every top-level Person in the page's JSON-LD, with the offset of its script."""
    people = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            document = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue  # a broken block is not the profile; the rest of the page may be
        offset = source.offset_of(script)
        for node in _list(document):
            if not isinstance(node, dict):
                continue
            for item in [node, *_list(node.get("@graph"))]:
                if not isinstance(item, dict):
                    continue
                if "ProfilePage" in _types(item) and isinstance(item.get("mainEntity"), dict):
                    item = item["mainEntity"]
                if "Person" in _types(item):
                    people.append((item, offset))
    return people


def microdata_people(root: Any, source: PageSource) -> list[tuple[dict[str, Any], int]]:
    """Top-level microdata Person items (not an article's author), merged into one."""
    items = [
        element
        for element in root.xpath("//*[@itemscope][contains(@itemtype, 'schema.org/Person')]")
        if element.get("itemprop") is None
    ]
    if not items:
        return []
    merged: dict[str, Any] = {"@type": "Person"}
    for element in items:
        for key, value in _microdata_item(element).items():
            if key not in merged:
                merged[key] = value
    return [(merged, source.offset_of(items[0]))]


def _microdata_item(element: Any, depth: int = 0) -> dict[str, Any]:
    found: dict[str, Any] = {"@type": (element.get("itemtype") or "").rsplit("/", 1)[-1]}
    if depth > 8:
        return found
    for prop in element.xpath(".//*[@itemprop]"):
        owner = next(prop.iterancestors(), None)
        while owner is not None and owner.get("itemscope") is None:
            owner = owner.getparent()
        if owner is not element:
            continue
        if prop.get("itemscope") is not None:
            value: Any = _microdata_item(prop, depth + 1)
        else:
            value = (
                prop.get("content")
                or prop.get("datetime")
                or (prop.get("href") if prop.tag in ("a", "link") else None)
                or (prop.get("src") if prop.tag == "img" else None)
                or squash(prop.text_content())
            )
        for name in (prop.get("itemprop") or "").split():
            found.setdefault(name, []).append(value)
    return {k: (v[0] if isinstance(v, list) and len(v) == 1 else v) for k, v in found.items()}


class PersonReader:
    """Reads a schema.org Person into :class:`Find` values."""

    def __init__(
        self, source: PageSource, masked: list[str], *, linkedin: bool, base_dir: Path | None
    ) -> None:
        self.source = source
        self.masked = masked
        self.linkedin = linkedin
        self.base_dir = base_dir

    def spot(self, value: Any, start: int) -> dict[str, int]:
        """Where a value is written, or the Person's start when it cannot be found."""
        found = self.source.find_value(value, start) if value is not None else None
        return {"": found if found is not None else start}

    def keep(self, path: str, text: str | None) -> str | None:
        """``text`` unless it is masked (then the path is unknown)."""
        if text and is_masked(text):
            self.masked.append(path)
            return None
        return text

    def read(self, person: dict[str, Any], start: int) -> dict[str, Find]:
        """The fields a Person gives; those it does not give are left to other sources."""
        finds: dict[str, Find] = {}
        name = self.keep("name", _text(person.get("name")))
        if name:
            finds["name"] = Find(name, self.spot(name, start))
        if not self.linkedin:  # LinkedIn's jobTitle lists role titles, not the headline
            title = _text(person.get("jobTitle"))
            if title:
                finds["headline"] = Find(title, self.spot(title, start))
        about = _one(person.get("description"))
        if isinstance(about, str) and about.strip():
            text = squash(_TAG.sub("", _BR.sub("\n", about)).replace("\n", "\x00")).replace(
                "\x00", "\n"
            )
            text = "\n".join(line.strip() for line in text.split("\n")).strip()
            if self.keep("summary", text):
                finds["summary"] = Find(text, self.spot(about.split("<")[0][:40], start))
        self.read_location(person, start, finds)
        image = _one(person.get("image"))
        url = image.get("contentUrl") or image.get("url") if isinstance(image, dict) else image
        if isinstance(url, str) and url.strip():
            from profilelint.loaders.photo import make_photo

            photo = make_photo(url, None if self.linkedin else self.base_dir)
            if photo is not None:
                finds["photo"] = Find(photo.model_dump(exclude_none=True), self.spot(url, start))
        self.read_work(person, start, finds)
        skills = [_text(s) for s in _list(person.get("knowsAbout"))]
        if skills and not self.linkedin:
            finds["skills"] = Find([{"name": s} for s in skills if s], self.spot(skills[0], start))
        languages = []
        for entry in _list(person.get("knowsLanguage")):
            language = _text(entry)
            if language:
                fluency = entry.get("proficiency") if isinstance(entry, dict) else None
                languages.append({"language": language, "fluency": _text(fluency)})
        if "knowsLanguage" in person:
            finds["languages"] = Find(languages, self.spot(None, start))
        credentials = []
        for entry in _list(person.get("hasCredential")):
            if isinstance(entry, dict) and _text(entry.get("name")):
                credentials.append(
                    {
                        "name": _text(entry.get("name")),
                        "issuer": _text(entry.get("issuer") or entry.get("recognizedBy")),
                        "date": _date(entry.get("dateIssued") or entry.get("dateCreated")),
                    }
                )
        if credentials:
            finds["certificates"] = Find(credentials, self.spot(credentials[0]["name"], start))
        awards = [{"title": _text(a)} for a in _list(person.get("awards") or person.get("award"))]
        if "awards" in person or "award" in person:
            finds["awards"] = Find([a for a in awards if a["title"]], self.spot(None, start))
        self.read_contact(person, start, finds)
        return finds

    def read_location(self, person: dict[str, Any], start: int, finds: dict[str, Find]) -> None:
        """``address``: a text or a PostalAddress (a street address is never loaded)."""
        address = _one(person.get("address") or person.get("homeLocation"))
        if isinstance(address, dict):
            country = _text(address.get("addressCountry"))
            location = {
                "city": _text(address.get("addressLocality")),
                "region": _text(address.get("addressRegion")),
                "country_code": country if country and len(country) == 2 else None,
                "text": country if country and len(country) != 2 else None,
            }
            location = {k: v for k, v in location.items() if v}
            if location:
                first = next(iter(location.values()))
                finds["location"] = Find(location, self.spot(first, start))
        elif isinstance(address, str) and address.strip():
            finds["location"] = Find({"text": squash(address)}, self.spot(address, start))

    def read_work(self, person: dict[str, Any], start: int, finds: dict[str, Find]) -> None:
        """Positions from ``worksFor`` and non-school ``alumniOf``; schools into education."""
        titles = [_text(t) for t in _list(person.get("jobTitle"))]
        current = [o for o in _list(person.get("worksFor")) if isinstance(o, dict)]
        past = [o for o in _list(person.get("alumniOf")) if isinstance(o, dict)]
        positions, schools, unknown = [], [], set()
        spots: dict[str, int] = {"": start}
        for index, org in enumerate(current + past):
            role = org.get("member") or org.get("employee") or {}
            role = _one(role) if isinstance(_one(role), dict) else {}
            name = _text(org.get("name"))
            is_school = bool(_SCHOOL_TYPES & _types(org)) or "degree" in org
            if index >= len(current) and is_school:
                schools.append(
                    {
                        "institution": name,
                        "study_type": _text(org.get("degree") or role.get("roleName")),
                        "start": _date(role.get("startDate") or org.get("startDate")),
                        "end": _date(role.get("endDate") or org.get("endDate")),
                    }
                )
                continue
            title = _text(role.get("roleName") or org.get("jobTitle"))
            if (
                title is None
                and self.linkedin
                and len(titles) == len(current)
                and index < len(current)
            ):
                title = titles[index]
            end = _date(role.get("endDate") or org.get("endDate"))
            path = f"[{len(positions)}]"
            positions.append(
                {
                    "title": title,
                    "company": name,
                    "url": _text(org.get("url")),
                    "location": _text(org.get("location")),
                    "start": _date(role.get("startDate") or org.get("startDate")),
                    "end": end,
                    "current": index < len(current) and end is None,
                    "description": _text(role.get("description") or org.get("description")),
                }
            )
            if title is None:
                unknown.add(f"{path}.title")  # the JSON-LD names the employer, not the role
            if positions[-1]["description"] is None:
                unknown.add(f"{path}.description")  # rarely written in JSON-LD at all
            if positions[-1]["start"] is None:
                # Dates shown beside the item (a <time> outside the itemscope) are not the
                # item's: the source cannot tell when the role began.
                unknown.add(f"{path}.start")
            spots[path] = self.spot(name, start)[""]
        if positions:
            # A personal page's worksFor names today's employers: earlier ones may be missing.
            finds["positions"] = Find(
                positions,
                spots,
                unknown=unknown,
                partial=not self.linkedin and len(positions) == len(current),
            )
        if schools:
            finds["education"] = Find(schools, {"": start})

    def read_contact(self, person: dict[str, Any], start: int, finds: dict[str, Find]) -> None:
        """E-mail, telephone and links (a LinkedIn page hides contact details: unknown)."""
        links = []
        for url in [*_list(person.get("url")), *_list(person.get("sameAs"))]:
            if isinstance(url, str) and url.startswith(("http://", "https://")):
                host = url_host(url).removeprefix("www.")
                network = "LinkedIn" if host.endswith("linkedin.com") else host or None
                links.append({"network": network, "url": url})
        if links:
            finds["links"] = Find(links, {"": start})
        if self.linkedin:
            return
        email = _text(person.get("email"))
        phone = _text(person.get("telephone"))
        site = next((u for u in _list(person.get("url")) if isinstance(u, str)), None)
        contact = {
            "email": email.removeprefix("mailto:") if email else None,
            "phone": phone,
            "url": site,
        }
        if any(contact.values()):
            finds["contact"] = Find(contact, {"": start})
