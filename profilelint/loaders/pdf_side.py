"""The sidebar of LinkedIn's PDF: contact, top skills, languages, certifications, honours,
publications and patents, in that order (FORMATS.md 6.2-6.3).

Contact is always first; the others are named by their heading words, which stay English in
every localized file seen except Top Skills, so an unknown heading right after Contact is
Top Skills.  Contact is split by content: its lines are 12.6 apart whether wrapped or not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from profilelint.loaders.pdf_layout import Line, LinkTarget
from profilelint.loaders.pdf_text import SIDE_ITEM_GAP, gap, join_wrapped, role
from profilelint.text import split_url

_HEADINGS = {
    "skills": {"top skills", "principais competências", "aptitudes principales"}
    | {"principales compétences", "top-kenntnisse", "основные навыки", "främsta kompetenser"}
    | {"belangrijkste vaardigheden", "competenze principali", "najważniejsze umiejętności"},
    "languages": {"languages", "idiomas", "langues", "sprachen", "языки", "talen", "lingue"},
    "certificates": {"certifications", "certificações", "certificaciones", "zertifizierungen"},
    "awards": {"honors-awards", "honors & awards", "prêmios", "premios", "auszeichnungen"},
    "publications": {"publications", "publicações", "publicaciones", "veröffentlichungen"},
    "patents": {"patents", "patentes", "brevets", "patente"},
}
# Contact URLs end with a tag; phones with "(Mobile)", "(Home)" or "(Work)".
_URL_TAG = re.compile(r"\s*\((LinkedIn|Personal|Company|Portfolio|Blog|Other|RSS Feed)\)\s*$")
_PHONE_TAG = re.compile(r"\s*\((Mobile|Home|Work|Other)\)\s*$")
# Proficiency labels stay English in every UI language seen (FORMATS.md 6.3).
_LANGUAGE = re.compile(
    r"^(?P<name>.*?)\s*(?:\((?P<level>Native or Bilingual|Full Professional|Professional Working"
    r"|Limited Working|Elementary)\))?$"
)


@dataclass
class SideResult:
    """What the sidebar gave: model values, where each came from, and surprises."""

    values: dict[str, Any] = field(default_factory=dict)
    lists: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    places: dict[str, list[Line]] = field(default_factory=dict)
    surprises: list[Line] = field(default_factory=list)


def _items(lines: list[Line]) -> list[list[Line]]:
    """Group a section's lines into items: wrapped lines are 12.6 apart, items 17.6."""
    items: list[list[Line]] = []
    for line in lines:
        distance = gap(items[-1][-1], line) if items else None
        if items and distance is not None and distance < SIDE_ITEM_GAP:
            items[-1].append(line)
        else:
            items.append([line])
    return items


def clean_url(uri: str) -> str:
    """A link target without its query and fragment (LinkedIn adds tracking parameters)."""
    parts = split_url(uri.strip())
    if parts is None:  # not a URL the parser accepts: keep it as written, without a query
        return uri.strip().split("?")[0].split("#")[0]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _link_for(lines: list[Line], links: list[LinkTarget]) -> str | None:
    """The target of the link annotation on one of these lines (matched by page and top)."""
    for line in lines:
        for link in links:
            if link.page == line.page and abs(link.top - line.top) < 4:
                return link.uri
    return None


def _contact(lines: list[Line], links: list[LinkTarget], result: SideResult) -> None:
    """Contact: address, phone, e-mail (10.5 pt, split by content), then tagged URLs (11 pt)."""
    plain = [ln for ln in lines if role(ln) == "item"]
    urls = [ln for ln in lines if role(ln) == "url"]
    at = next((i for i, ln in enumerate(plain) if "@" in ln.text), None)
    before = plain if at is None else plain[:at]
    if at is not None:
        mail = plain[at:]
        uri = _link_for(mail, links)
        text = join_wrapped([ln.text for ln in mail], tight=True)
        if uri and uri.lower().startswith("mailto:"):
            text = uri[7:].split("?")[0]
        result.values["email"] = text
        result.places["contact.email"] = mail
    phones = [ln for ln in before if _PHONE_TAG.search(ln.text)]
    if phones:
        result.values["phone"] = _PHONE_TAG.sub("", phones[0].text)
        result.places["contact.phone"] = phones[:1]
    address = [ln for ln in before if ln not in phones]
    if address:
        result.values["address"] = join_wrapped([ln.text for ln in address])
        result.places["location.address"] = address
    item: list[Line] = []
    links_found: list[dict[str, Any]] = []
    for line in urls:
        item.append(line)
        tag = _URL_TAG.search(line.text)
        if not tag:
            continue
        text = _URL_TAG.sub("", join_wrapped([ln.text for ln in item], tight=True))
        uri = _link_for(item, links)
        url = clean_url(uri) if uri else ("https://" + text if "://" not in text else text)
        entry: dict[str, Any] = {"network": tag[1], "url": url}
        if tag[1] == "LinkedIn":
            slug = (split_url(url) or urlsplit("")).path.rstrip("/").rsplit("/", 1)[-1]
            entry["username"] = slug or None
        result.places[f"links[{len(links_found)}]"] = list(item)
        links_found.append(entry)
        if tag[1] in ("Personal", "Portfolio", "Blog") and "url" not in result.values:
            result.values["url"] = url
            result.places["contact.url"] = list(item)
        item = []
    result.surprises += item
    result.lists["links"] = links_found


def _named(section: list[Line], index: int) -> str:
    """The model list a sidebar section fills, from its heading word or its place."""
    word = " ".join(section[0].text.lower().split())
    kind = next((k for k, words in _HEADINGS.items() if word in words), "")
    if not kind and index == 1:
        kind = "skills"  # Top Skills follows Contact; its heading is the one localized
    return kind


def read_side(lines: list[Line], links: list[LinkTarget]) -> SideResult:
    """Read the sidebar's lines (every page, in order)."""
    result = SideResult()
    sections: list[list[Line]] = []
    for line in lines:
        if role(line) == "heading":
            sections.append([line])
        elif sections:
            sections[-1].append(line)
        else:
            result.surprises.append(line)
    for index, section in enumerate(sections):
        heading, body = section[0], section[1:]
        if index == 0:
            result.places["contact"] = [heading]
            _contact(body, links, result)
            continue
        kind = _named(section, index)
        if not kind:
            result.surprises.append(heading)
            continue
        result.places[kind] = [heading]
        entries: list[dict[str, Any]] = []
        for item in _items(body):
            text = join_wrapped([ln.text for ln in item])
            path = f"{kind}[{len(entries)}]"
            if kind == "languages":
                match = _LANGUAGE.match(text)
                assert match is not None  # the pattern matches any text
                entry = {"language": match["name"] or text, "fluency": match["level"]}
            else:
                key = {"skills": "name", "awards": "title"}.get(kind, "name")
                entry = {key: text}
            result.places[path] = item
            entries.append(entry)
        result.lists[kind] = entries
    return result
