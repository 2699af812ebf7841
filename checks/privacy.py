"""Privacy rules (PRV): personal data that does not belong in a public profile.

Messages never repeat the sensitive value: they name its kind and its last two characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from profilelint.api import Context, Finding, LazyPattern, Profile, rule

from . import _privacy_patterns as patterns
from ._text_fields import text_fields

# Fields scanned elsewhere (contact.phone, location.address), fields that are links or
# addresses by design, and recommendations, which others wrote.
_NOT_SCANNED = frozenset(
    {
        "name",
        "birth_date",
        "contact",
        "links",
        "photo",
        "recommendations",
        "location.address",
        "location.postal_code",
        "location.country_code",
        # An employer's or a school's address and phone number are not personal data.
        "positions.company",
        "positions.company_description",
        "positions.location",
        "education.institution",
        "awards.awarder",
        "certificates.issuer",
        "publications.publisher",
        "projects.entity",
        "positions.url",
        "education.url",
        "certificates.url",
        "publications.url",
        "projects.url",
        "volunteer.url",
    }
)


# What a person did: an address there is a building worked on or a client's, not a home.
_WORK_CONTENT = frozenset(
    {"positions", "volunteer", "projects", "awards", "publications", "education", "certificates"}
)


class Options(BaseModel):
    """Options of the privacy rules (``[tool.profilelint.checks.privacy]``)."""

    model_config = ConfigDict(extra="forbid")

    allow_phone: bool = Field(
        False, description="PRV001: accept a phone number (a résumé sent to employers)."
    )


def _tail(value: str, digits_only: bool = False) -> str:
    """The last two characters a message may show of a sensitive value."""
    kept = patterns.digits(value) if digits_only else "".join(value.split())
    return kept[-2:]


_DIGIT = re.compile(r"\d")


def _in_text(
    text: str, allow_phone: bool, today_year: int, streets: bool = True
) -> Iterator[tuple[str, str]]:
    """(description, matched text) for each kind of personal data in ``text``, once per kind."""
    if not _DIGIT.search(text):
        return  # every pattern below needs a digit (a house number, a date, a number)
    if streets and (match := patterns.STREET.search(text)):
        yield "a street address", match.group()
    for match in patterns.BIRTH_DATE.finditer(text):
        if patterns.birth_year_is_plausible(match["date"], today_year):
            yield "a birth date", match.group()
            break

    def numbers(pattern: LazyPattern, group: str | int = 0) -> Iterator[re.Match[str]]:
        for found in pattern.finditer(text):
            if not patterns.is_labelled_not_personal(text, found.start(group)):
                yield found

    for match in (*numbers(patterns.SSN), *numbers(patterns.SSN_LABELLED, "number")):
        yield f"a US social security number ending in {_tail(match.group(), True)}", match.group()
        break
    for match in numbers(patterns.DNI):
        if patterns.is_dni(match["prefix"], match["number"], match["letter"]):
            kind = "NIE" if match["prefix"] else "DNI"
            yield f"a Spanish {kind} number ending in {_tail(match.group())}", match.group()
            break
    for match in numbers(patterns.FODSELSNUMMER):
        if patterns.is_fodselsnummer(match.group(1), match.group(2)):
            yield f"a Norwegian national ID number ending in {_tail(match.group())}", match.group()
            break
    for match in numbers(patterns.NI_NUMBER):
        yield f"a UK National Insurance number ending in {_tail(match.group())}", match.group()
        break
    for match in patterns.PESEL.finditer(text):
        if patterns.is_pesel(match["number"]):
            yield f"a Polish PESEL number ending in {_tail(match['number'])}", match.group()
            break
    for match in numbers(patterns.CPF):
        number = match["a"] or match["b"]
        if patterns.is_cpf(number):
            yield f"a Brazilian CPF number ending in {_tail(number, True)}", match.group()
            break
    if not allow_phone:
        for match in numbers(patterns.PHONE):
            number = match["number"] or match.group()
            if (
                patterns.is_phone(number)
                and patterns.has_country_code(number)
                and not patterns.is_amount(text, match)
            ):
                yield f"a phone number ending in {_tail(number, True)}", match.group()
                break


@rule(
    "PRV001",
    "personal-data-exposed",
    severity="warning",
    help="Remove it: city and country and an e-mail address or profile link are enough.",
)
def personal_data_exposed(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Personal data that a public profile should not carry: a street address (the JSON Resume
    ``location.address`` field, or an address such as "12 Main Street", "Calle Mayor 5",
    "ul. Marszałkowska 10", "Hauptstraße 12" or "Storgata 5" in the headline, summary or
    location; an address in a role, project or award is a building or a client's, not a
    home; "France", "Bergen, Norway", "Available on request" or "Richmond, VA 23223" are
    not addresses: a street address needs a street or a house number), a birth date (a
    ``birthDate``-like field, or "born 12 March 1990", "DOB: 1990-03-12", "Geburtsdatum", "fecha de
    nacimiento", "født", "ur.", "出生年月" followed by a date; a birth year alone is not
    flagged, nor a date under 14 years ago: "founded" is meant), a national ID number (a US
    social security number, a Spanish DNI or NIE with a valid letter, a Norwegian
    fødselsnummer with valid check digits, a UK National Insurance number, a Polish PESEL
    after its name, a Brazilian CPF with valid check digits), and a phone number (the contact
    phone, or a number in text that is clearly one: "+47 ...", "0047 ...", "(555) ...",
    "555-123-4567", "tel. ...", "call ..."; a phone field saying "Upon request" holds none),
    and other people's phone numbers or e-mail addresses in references (their own fields or
    their text; never quoted).  Not flagged: numbers after a label such as
    "SKU", "Order no.", "ISBN" or "Org. nr.", round amounts ("+12 500 000 users"), a "+"
    number without a real country code ("+2 345 678"), and US toll-free business lines.
    Messages show only the last two characters of what was found.

    Why it matters
    A public profile is read by anyone, scraped by data brokers and kept in search caches.
    A home address, a birth date or an ID number helps identity thieves and stalkers and
    never helps a recruiter; a birth date also invites age discrimination.  A phone number
    in a public profile draws spam calls: recruiters can reach you through the platform.

    Example
    "phone": "+47 912 34 567", "location": {"address": "Storgata 5"}, and a summary
    ending "Born 12 March 1990 in Bergen".

    Better
    "location": {"city": "Bergen", "countryCode": "NO"}, an e-mail address, and no birth date.

    Options
    allow_phone (default false): accept a phone number, in the contact details and in text.
    The résumé preset sets it, since a résumé sent to an employer should carry one.
    """
    allow_phone = ctx.options.allow_phone
    phone = (profile.contact.phone or "").strip()
    # "Upon request", "on request" hold no number: nothing is exposed.
    if phone and patterns.is_phone(phone) and not allow_phone and profile.knows("contact.phone"):
        yield Finding(
            f"The profile shows a phone number ending in {_tail(phone, True)}",
            field="contact.phone",
        )
    location = profile.location
    address = (location.address or "").strip() if location else ""
    if address and patterns.is_street_address(address) and profile.knows("location.address"):
        yield Finding("The profile shows a street address", field="location.address")
    if (profile.birth_date or "").strip() and profile.knows("birth_date"):
        yield Finding("The profile shows a birth date", field="birth_date")
    yield from _third_parties(profile)
    fields = list(text_fields(profile, ctx, skip=_NOT_SCANNED))
    # Every pattern needs a digit: most profiles have none in these fields at all.
    if not _DIGIT.search("\x00".join(text for _, text in fields)):
        return
    for field, text in fields:
        streets = field.split("[")[0].split(".")[0] not in _WORK_CONTENT
        for what, found in _in_text(text, allow_phone, ctx.today.year, streets):
            yield Finding(f"{field} shows {what}", field=field, quote=found)


def _third_parties(profile: Profile) -> Iterator[Finding]:
    """Other people's phone numbers and e-mail addresses in references: never quoted."""
    if not profile.knows("recommendations"):
        return
    for index, rec in enumerate(profile.recommendations):
        contact = rec.contact
        kinds = []
        if contact and patterns.is_phone(contact.phone or ""):
            kinds.append("phone number")
        if contact and patterns.EMAIL.search(contact.email or ""):
            kinds.append("e-mail address")
        if kinds:
            yield Finding(
                f"Reference {index + 1} publishes its author's {' and '.join(kinds)}: "
                "another person's data",
                field=f"recommendations[{index}].contact",
                help="Remove it: give references' contact details on request, with consent.",
            )
        text = rec.text or ""
        in_text = [
            kind
            for kind, found in (
                (
                    "phone number",
                    any(patterns.is_phone(m.group()) for m in patterns.PHONE.finditer(text)),
                ),
                ("e-mail address", bool(patterns.EMAIL.search(text))),
            )
            if found
        ]
        if in_text:
            yield Finding(
                f"Reference {index + 1} holds a {' and '.join(in_text)} in its text: "
                "another person's data",
                field=f"recommendations[{index}].text",
                help="Remove it: give references' contact details on request, with consent.",
            )
