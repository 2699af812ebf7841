"""Identity and contact rules (BAS): the name, the place and the ways to reach the person."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

from pydantic import BaseModel, ConfigDict

from profilelint.api import Context, Finding, Profile, rule, shorten

from ._location_words import VAGUE

# LinkedIn appends a generated suffix to the public URL it gives a new member
# ("/in/jane-doe-3b2a1b123"): eight or more hexadecimal digits, letters among them.  A year or a
# number the member chose ("/in/jane-doe-1987") has no letters, a chosen word has no digits,
# and a chosen code usually has letters beyond "f" ("/in/jane-doe-iso27001").  Before 2013 the
# assigned URL had the form "/pub/jane-doe/1a/2b3/4c5".
_GENERATED_SUFFIX = re.compile(r"^(?=[a-f0-9]*[a-f])(?=[a-f0-9]*[0-9])[a-f0-9]{8,}$")
_PUB_GROUP = re.compile(r"^[a-f0-9]{1,3}$")
_LINKEDIN_HOST = re.compile(r"^(?:[a-z0-9-]+\.)*linkedin\.com$")


class Options(BaseModel):
    """The identity rules take no options (``[tool.profilelint.checks.identity]`` stays empty)."""

    model_config = ConfigDict(extra="forbid")


@rule(
    "BAS001",
    "name-missing",
    severity="error",
    help="Give your full name as people know you professionally.",
)
def name_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile has a name, and that it has letters (not "-" or "?").

    Why it matters
    Your name is how people find you, remember you and recommend you.  A profile without one
    cannot be searched for, cited or trusted, and no one connects to an anonymous page.

    Example
    A JSON Resume whose basics has a headline and a summary but no "name".

    Better
    "name": "Ana Pérez"

    Options
    None.
    """
    if not profile.knows("name"):
        return
    name = (profile.name or "").strip()
    if not name:
        yield Finding("The profile has no name", field="name")
    elif not any(ch.isalpha() for ch in name):
        yield Finding(f'Name "{_shorten(name)}" has no letters', field="name", quote=name)


@rule(
    "BAS002",
    "location-missing",
    severity="warning",
    help="Add at least your city or region and country.",
)
def location_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile says where the person is: a city, a region, a country or a postal code.

    Why it matters
    Recruiters and clients filter by location first; a profile without one drops out of
    most searches, and readers cannot tell whether you could work with them at all.  A city
    and a country are enough: a street address is never needed.

    Example
    A profile with a name, a headline and roles, but no location.

    Better
    "location": {"city": "Bergen", "countryCode": "NO"}

    Options
    None.
    """
    if not profile.knows("location"):
        return
    location = profile.location
    if location is None or (location.is_empty() and not (location.address or "").strip()):
        yield Finding("The profile gives no location", field="location")


def _location_words(profile: Profile) -> list[str]:
    location = profile.location
    if location is None:
        return []
    parts = (location.text, location.city, location.region, location.address)
    return [" ".join(p.split()).strip(" .,") for p in parts if p and p.strip()]


@rule(
    "BAS005",
    "location-vague",
    severity="info",
    help="Give a city or region and a country; say that you work remotely in the headline.",
)
def location_vague(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the location names a place a person can be: a location that is only a continent
    ("Europe", "Asia", "LATAM"), "Remote", "Worldwide" or "Anywhere", in several languages,
    with no city, region or country code, is too vague to be one.

    Why it matters
    Location filters match cities, regions and countries; "Remote" or "Europe" matches none
    of them, so the profile drops out of searches, and time zone and work permits stay
    unclear.  Working remotely is worth saying, in the headline or summary.

    Example
    "location": {"city": "Remote"}

    Better
    "location": {"city": "Lisbon", "countryCode": "PT"}, and "Remote-first backend engineer".

    Options
    None.
    """
    if not profile.knows("location") or profile.location is None:
        return
    parts = _location_words(profile)
    if (profile.location.country_code or "").strip() or (profile.location.postal_code or ""):
        return
    pieces = [piece.strip().casefold() for part in parts for piece in re.split(r"[,/|;]", part)]
    pieces = [piece for piece in pieces if piece]
    if pieces and all(piece in VAGUE for piece in pieces):
        yield Finding(
            f'Location "{shorten(", ".join(parts), 40)}" names no city, region or country',
            field="location",
            quote=parts[0],
        )


def _has_link(profile: Profile) -> bool:
    return any((link.url or "").strip() or (link.username or "").strip() for link in profile.links)


@rule(
    "BAS003",
    "contact-missing",
    severity="info",
    help="Add an e-mail address, a website or a profile link so people can reach you.",
)
def contact_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile gives at least one way to reach the person or see more of their work: an
    e-mail address, a website, or a link to a profile elsewhere (GitHub, LinkedIn, a
    portfolio).  A phone number alone does not count: it is not meant for a first contact
    (and a public profile should not show one).  If the source cannot tell any of these, the
    rule stays silent.

    Why it matters
    A reader who likes what they see needs a next step.  Without an address or a link, the
    interest ends on the page, and the person who wanted to hire you moves on to someone they
    can reach.

    Example
    A résumé with a name, a location and roles, and no "email", "url" or "profiles".

    Better
    "email": "ana.perez@example.com", "profiles": [{"network": "GitHub", "url": "…"}]

    Options
    None.
    """
    fields = ("contact.email", "contact.url", "links")
    if not all(profile.knows(f) for f in fields):
        return
    if (profile.contact.email or "").strip() or (profile.contact.url or "").strip():
        return
    if not _has_link(profile):
        yield Finding(
            "The profile gives no e-mail address, website or profile link", field="contact"
        )


def _shorten(text: str, limit: int = 60) -> str:
    return shorten(text, limit)


def generated_slug_suffix(url: str) -> tuple[str, str] | None:
    """The profile's path and its generated suffix, when ``url`` is a default LinkedIn URL.

    ``https://no.linkedin.com/in/jane-doe-3b2a1b123/?trk=x`` gives
    ``("in/jane-doe-3b2a1b123", "3b2a1b123")`` and the old
    ``linkedin.com/pub/jane-doe/1a/2b3/4c5`` gives ``("pub/jane-doe/1a/2b3/4c5", "1a/2b3/4c5")``;
    a URL without a generated suffix, or not on LinkedIn, gives None.
    """
    text = url.strip()
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if not _LINKEDIN_HOST.match(host):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) >= 5 and segments[0].lower() == "pub":
        groups = segments[2:5]
        if all(_PUB_GROUP.match(g.lower()) for g in groups):
            suffix = "/".join(groups)
            return f"pub/{unquote(segments[1])}/{suffix}", suffix
        return None
    if len(segments) < 2 or segments[0].lower() != "in":
        return None
    return _slug_suffix(segments[1])


def _slug_suffix(raw_slug: str) -> tuple[str, str] | None:
    slug = unquote(raw_slug)
    pieces = slug.split("-")
    if len(pieces) < 2 or not _GENERATED_SUFFIX.match(pieces[-1].lower()):
        return None
    return f"in/{slug}", pieces[-1]


def _linkedin_urls(profile: Profile) -> Iterator[tuple[str, str]]:
    """(field, text) of every LinkedIn URL or user name the profile gives."""
    if profile.knows("contact.url") and profile.contact.url:
        yield "contact.url", profile.contact.url
    if not profile.knows("links"):
        return
    for index, link in enumerate(profile.links):
        if link.url and "linkedin." in link.url.lower():
            yield f"links[{index}].url", link.url
        elif (link.network or "").strip().lower() == "linkedin" and link.username:
            yield f"links[{index}].username", link.username


@rule(
    "BAS004",
    "profile-url-default",
    severity="info",
    help="Claim a custom public URL in LinkedIn's profile settings, e.g. /in/jane-doe.",
)
def profile_url_default(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Whether a LinkedIn profile URL (the website or a profile link) still ends in the suffix
    LinkedIn generated: a final part of eight or more hexadecimal characters mixing letters
    and digits, as in "/in/jane-doe-3b2a1b123", or the old assigned form
    "/pub/jane-doe/1a/2b3/4c5".  Country sub-domains ("no.linkedin.com"), a trailing slash, a
    query string and capitals are all understood.  A number you chose ("/in/jane-doe-1987"),
    a word ("/in/jane-doe-design") or a code ("/in/jane-doe-iso27001") is not flagged.

    Why it matters
    A clean URL is easy to say, type and print on a card, and shows you have looked after
    your profile.  The generated suffix looks unfinished and is impossible to remember.

    Example
    https://www.linkedin.com/in/jane-doe-3b2a1b123

    Better
    https://www.linkedin.com/in/jane-doe

    Options
    None.
    """
    for field, text in _linkedin_urls(profile):
        name = text.strip()
        if field.endswith(".username") and "/" not in name:
            found = _slug_suffix(name)
        elif field.endswith(".username") and re.match(r"(?i)^/?(?:in|pub)/", name):
            found = generated_slug_suffix("linkedin.com/" + name.lstrip("/"))  # "in/jane-doe-…"
        else:
            found = generated_slug_suffix(name)
        if found:
            path, suffix = found
            yield Finding(
                f'LinkedIn URL "/{_shorten(path)}" still ends in the generated "{suffix}"',
                field=field,
                quote=suffix if suffix in text else None,
            )
