"""Assemble a Profile from the lines of a LinkedIn PDF, with what the PDF cannot tell."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from profilelint.loaders.pdf_layout import Line, PdfText
from profilelint.loaders.pdf_main import read_main
from profilelint.loaders.pdf_side import read_side
from profilelint.model import Knowledge, Profile

#: What the PDF never shows (FORMATS.md 6.2): unknown, never missing.
UNKNOWN = (
    *("photo", "industry", "connections", "volunteer", "projects", "interests"),
    *("recommendations", "endorsements_received", "endorsements_given"),
    *("invitations_sent", "invitations_received"),
)
#: Per item: certifications, honours and publications are titles only; roles and schools
#: carry no URL and no company description.
_ITEM_UNKNOWN = {
    "certificates": ("date", "issuer", "url"),
    "awards": ("date", "awarder", "summary"),
    "publications": ("publisher", "release_date", "url", "summary"),
    "positions": ("url", "company_description"),
    "education": ("url", "score", "courses", "description"),
}


def build_profile(text: PdfText) -> tuple[Profile, dict[str, list[Line]], list[Line]]:
    """The profile, the lines each model path came from, and the lines nothing explained."""
    side = read_side([ln for ln in text.lines if ln.column == "side"], text.links)
    main = read_main([ln for ln in text.lines if ln.column == "main"])
    data: dict[str, Any] = {
        "contact": {
            key: side.values[key] for key in ("email", "phone", "url") if key in side.values
        },
        "links": side.lists.get("links", []),
        "skills": side.lists.get("skills", []),
        "languages": side.lists.get("languages", []),
        "certificates": side.lists.get("certificates", []),
        "awards": side.lists.get("awards", []),
        "publications": side.lists.get("publications", []),
        "positions": main.positions,
        "education": main.education,
    }
    for key in ("name", "headline", "summary"):
        if main.values.get(key):
            data[key] = main.values[key]
    location = dict(main.values.get("location") or {})
    if side.values.get("address"):
        location["address"] = side.values["address"]
    if location:
        data["location"] = location
    unknown = set(UNKNOWN)
    for kind, fields in _ITEM_UNKNOWN.items():
        unknown |= {f"{kind}[{i}].{name}" for i in range(len(data[kind])) for name in fields}
    # Only the top three skills are printed; the list is partial even when it holds fewer.
    knowledge = Knowledge(unknown=unknown, partial={"skills"})
    try:
        profile = Profile.model_validate({**data, "knowledge": knowledge})
    except ValidationError:  # a value of an unexpected shape: keep what validates
        profile = Profile(knowledge=knowledge)
    places = {**side.places, **main.places}
    return profile, places, side.surprises + main.surprises
