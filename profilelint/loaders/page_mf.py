"""h-card and h-resume microformats (mf2, and the older mf1 classes) on a personal page.

Parsed with mf2py, a maintained parser that implements the mf2 spec and its backward-compatible
reading of mf1 classes (``vcard fn title vevent dtstart``), held to the official microformats
test pages in the corpus.  It is imported only when a page carries microformat classes, and is
given the page's text (never a URL), so it fetches nothing.

mf2py imports ``requests`` for the one thing it is never asked to do here, fetching a URL, and
``requests`` imports urllib3, which opens a socket when imported (to probe for IPv6).  So,
unless the process already uses ``requests``, mf2py is imported beside a stand-in that refuses
every call, and the real ``requests`` is never loaded.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

from profilelint.loaders.page_build import Find, page_date
from profilelint.loaders.page_source import PageSource, squash


def _never_fetch(*args: object, **kwargs: object) -> None:
    raise RuntimeError("profilelint never fetches anything")


def _import_mf2py() -> types.ModuleType:
    """mf2py, imported without the real ``requests`` when the process has not loaded it."""
    if "mf2py" in sys.modules or "requests" in sys.modules:
        import mf2py

        return mf2py
    stand_in = types.ModuleType("requests", "profilelint's stand-in: mf2py never fetches here")
    stand_in.get = _never_fetch  # type: ignore[attr-defined]
    sys.modules["requests"] = stand_in
    try:
        import mf2py
    finally:  # only mf2py keeps the stand-in; anything importing requests later gets the real one
        if sys.modules.get("requests") is stand_in:
            del sys.modules["requests"]
    return mf2py


def parse_mf2(text: str) -> dict[str, Any]:
    """The mf2 JSON of a page's text (no base URL: nothing is resolved or fetched)."""
    import warnings

    from bs4 import BeautifulSoup

    mf2py = _import_mf2py()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = BeautifulSoup(text, "html.parser")
        return mf2py.parse(doc=doc, metaformats=False)


def _value(values: Any) -> str | None:
    for value in values or []:
        if isinstance(value, dict):
            value = value.get("value") or value.get("html")
        if isinstance(value, str) and value.strip():
            return squash(value)
    return None


def _props(item: dict[str, Any]) -> dict[str, Any]:
    props = item.get("properties")
    return props if isinstance(props, dict) else {}


def _embedded(values: Any) -> list[dict[str, Any]]:
    return [v for v in values or [] if isinstance(v, dict) and "properties" in v]


def _roots(items: list[dict[str, Any]], kind: str, depth: int = 0) -> list[dict[str, Any]]:
    found = []
    for item in items:
        if not isinstance(item, dict):
            continue
        if kind in item.get("type", []):
            found.append(item)
        elif depth < 4:
            found.extend(_roots(item.get("children", []), kind, depth + 1))
    return found


class MicroformatReader:
    """Reads the first h-resume (else h-card) of a page into :class:`Find` values."""

    def __init__(self, source: PageSource, base_dir: Path | None) -> None:
        self.source = source
        self.base_dir = base_dir

    def spot(self, value: str | None) -> dict[str, int]:
        """Where a value's text first appears in the page (or the page's start)."""
        found = self.source.find_value(value, 0) if value else None
        return {"": found if found is not None else 0}

    def read(self, parsed: dict[str, Any]) -> dict[str, Find]:
        """The fields of the page's résumé or card."""
        items = parsed.get("items", [])
        resume = next(iter(_roots(items, "h-resume")), None)
        cards = [c for c in _roots(items, "h-card") if _value(_props(c).get("name"))]
        finds: dict[str, Find] = {}
        if resume is not None:
            props = _props(resume)
            contact = next(iter(_embedded(props.get("contact"))), None)
            card = _props(contact) if contact else {}
            self.text(finds, "name", props.get("name") or card.get("name"))
            self.text(finds, "headline", card.get("job-title") or card.get("title"))
            self.text(finds, "summary", props.get("summary"))
            self.card_details(card, finds)
            finds["positions"] = self.events(props.get("experience"), "positions")
            finds["education"] = self.events(props.get("education"), "education")
            skills = [_value([s]) for s in props.get("skill", [])]
            if skills:
                finds["skills"] = Find([{"name": s} for s in skills if s], self.spot(skills[0]))
        elif cards:
            card = _props(cards[0])
            self.text(finds, "name", card.get("name"))
            self.text(finds, "headline", card.get("job-title") or card.get("title"))
            self.text(finds, "summary", card.get("note"))
            self.card_details(card, finds)
        return finds

    def text(self, finds: dict[str, Find], field: str, values: Any) -> None:
        """A text field from a property's first value."""
        value = _value(values)
        if value:
            finds[field] = Find(value, self.spot(value))

    def card_details(self, card: dict[str, Any], finds: dict[str, Find]) -> None:
        """Photo, locality and contact details of an h-card."""
        photo = _value(card.get("photo"))
        if photo:
            from profilelint.loaders.photo import make_photo

            made = make_photo(photo, self.base_dir)
            if made is not None:
                finds["photo"] = Find(made.model_dump(exclude_none=True), self.spot(photo))
        adr = next(iter(_embedded(card.get("adr"))), None)
        place = _props(adr) if adr else card
        location = {
            "city": _value(place.get("locality")),
            "region": _value(place.get("region")),
            "text": _value(place.get("country-name")),
        }
        location = {k: v for k, v in location.items() if v}
        if location:
            finds["location"] = Find(location, self.spot(next(iter(location.values()))))
        email = _value(card.get("email"))
        contact = {
            "email": email.removeprefix("mailto:") if email else None,
            "phone": _value(card.get("tel")),
            "url": _value(card.get("url")),
        }
        if any(contact.values()):
            finds["contact"] = Find(contact)

    def events(self, values: Any, field: str) -> Find:
        """Experience or education entries (``h-event h-card`` on one element)."""
        entries = []
        spots: dict[str, int] = {}
        unknown: set[str] = set()
        for event in _embedded(values):
            props = _props(event)
            org = _value(props.get("org")) or _value(props.get("name"))
            start = _value(props.get("start"))
            end = _value(props.get("end"))
            dates = {
                "start": page_date(start) if start else None,
                "end": page_date(end) if end else None,
            }
            if field == "positions":
                title = _value(props.get("job-title") or props.get("title") or props.get("role"))
                entries.append(
                    {"title": title, "company": org, "url": _value(props.get("url")), **dates}
                )
                entries[-1]["current"] = bool(start) and not end
                described = _value(props.get("description") or props.get("summary"))
                if described and described != org:
                    entries[-1]["description"] = described
                else:
                    unknown.add(f"[{len(entries) - 1}].description")
            else:
                entries.append({"institution": org, **dates})
            spots[f"[{len(entries) - 1}]"] = self.spot(org)[""]
        return Find(entries, spots, unknown=unknown) if values else Find(None)
