"""Patterns for personal data in profile text: street addresses, birth dates, ID numbers, phones.

Sources: street-type words from postal addressing guides (USPS Publication 28 suffixes,
Correos, Deutsche Post, Posten Norge); national ID formats and check digits from the issuing
authorities (US SSA for SSNs, Spain's Ministerio del Interior for the DNI/NIE letter,
Skatteetaten for the Norwegian fødselsnummer, HMRC's NIM39110 for UK National Insurance
numbers).
"""

from __future__ import annotations

import datetime as dt
import re

# Followed by the end of the address: a comma, the end of the text, or a postal code.
_ADDRESS_END = r"(?=\s*(?:$|[,;)\n]|\d{4,5}\b))"

STREET = re.compile(
    "|".join(
        [
            # "12 Main Street", "2712 Broadway St"; not "10 Wall Street Journal".
            r"(?<![\w$€£.,])\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){1,3}"
            r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?)"
            r"(?=\s*(?:$|[,;)\n]|(?:Apt|Suite|Unit|Flat)\b))",
            # "Calle Mayor 5", "C/ de Alcalá, 23", "Via Roma 10", "Rua Augusta 27".
            r"(?:\b(?:Calle|Avenida|Avda\.|Paseo|Plaza|Carrer|Rúa|Rua|Via|Viale|Piazza|Corso)"
            r"|(?<!\w)C/)\s+(?:[\w'ºª.-]+\s+){0,4}?[\w'ºª.-]+,?\s+(?:n[º°o]\.?\s*)?\d{1,4}[A-Za-z]?"
            r"(?=\s*(?:$|[,;)\n]|\d{5}\b|[º°ª]|-\s*\d))",
            # "Hauptstraße 12", "Storgata 5", "Karl Johans gate 5", "Lindenweg 3a".
            r"\b[A-ZÄÖÜÆØÅ][\wäöüßæøå-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|gata|"
            r"gate|veien|vegen|vei)\s+\d{1,3}[a-zA-Z]?" + _ADDRESS_END,
            r"\b[A-ZÆØÅ][\wæøå]+s\s+(?:gate|vei|plass)\s+\d{1,3}[a-zA-Z]?" + _ADDRESS_END,
            # "12 rue de la Paix", "3 avenue Foch".
            r"(?<![\w.,])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|chemin|allée|"
            r"impasse|quai)\s+(?:d[eu]s?\s+|de\s+la\s+|l['’]\s*)?[A-ZÀ-Ý][\w'’-]+",
        ]
    )
)

# Month names and abbreviations: English, Spanish, German, Norwegian, French, Italian, Portuguese.
_MONTHS = (
    "january february march april may june july august september october november december "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre januar februar märz april mai juni juli august oktober dezember mars desember "
    "janvier février avril juin juillet août septembre octobre novembre décembre gennaio "
    "febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março "
    "maio junho julho setembro outubro novembro dezembro"
).split()
_MONTH = "|".join(sorted({*_MONTHS, *(m[:3] for m in _MONTHS), "sept"}, key=len, reverse=True))
_DAY = r"\d{1,2}(?:st|nd|rd|th|\.|º)?"
_DATE = (
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})(?!\d)|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|{_DAY}\s*(?:de\s+)?(?:{_MONTH})\.?,?\s*(?:de\s+)?\d{{4}}"
    rf"|(?:{_MONTH})\.?\s+{_DAY},?\s+\d{{4}}|\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
)
BIRTH_DATE = re.compile(
    r"(?:\bborn(?:\s+(?:on|in))?|\bdate\s+of\s+birth|\bD\.?O\.?B\b\.?|\bbirth\s*date"
    r"|\bbirthday|\bGeburtsdatum|\bgeboren(?:\s+am)?|\bgeb\.|\bfecha\s+de\s+nacimiento"
    r"|\bnacid[oa](?:\s+el)?|\bf\.\s*nac\.|\bfødt(?:\s+den)?|\bfødselsdato|\bnée?\s+le"
    r"|\bdate\s+de\s+naissance|\bdata\s+di\s+nascita|\bnat[oa]\s+il|\bdata\s+de\s+nascimento"
    r"|出生日期|生年月日)"
    rf"[^\n.;]{{0,25}}?[:：]?\s*(?P<date>{_DATE})",
    re.IGNORECASE,
)

SSN = re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])")
DNI = re.compile(r"(?<![\w-])(?P<prefix>[XYZ]?)(?P<number>\d{7,8})-?(?P<letter>[A-Z])(?!\w)")
FODSELSNUMMER = re.compile(r"(?<![\d-])(\d{6})\s?(\d{5})(?![\d-])")
NI_NUMBER = re.compile(
    r"(?<!\w)(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?!\w)"
)

# A phone number needs a sign that it is one: a "+" prefix, an area code in parentheses,
# the US 3-3-4 shape, or a word such as "tel." before it.  Dates, versions, amounts and
# IP addresses have none of these.
PHONE = re.compile(
    r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,6}(?!\w)"
    r"|(?<!\w)\((?!(?:19|20)\d\d\))\d{2,4}\)\s?\d{2,4}(?:[\s.-]\d{2,4}){1,3}(?!\w)"
    r"|(?<![\w.-])\d{3}[-.]\d{3}[-.]\d{4}(?![\w.-])"
    r"|(?:\b(?:tel|tlf|telf|phone|mobile|mob|cell|móvil|movil|teléfono|telefono|telefon|handy"
    r"|mobil|celular)\b\.?:?|电话[:：]?|手机[:：]?)\s*(?P<number>\(?\d[\d\s().-]{5,18}\d)",
    re.IGNORECASE,
)

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def digits(text: str) -> str:
    """The digits of ``text``."""
    return "".join(ch for ch in text if ch.isdigit())


def is_phone(text: str) -> bool:
    """True when a phone-shaped match has a plausible number of digits (7 to 15)."""
    return 7 <= len(digits(text)) <= 15


_AFTER_AMOUNT = re.compile(
    r"\s*(?:%|‰|€|\$|£|kr\b|(?:nok|sek|dkk|eur|usd|gbp|chf|mill|million|millones|mio)\b)",
    re.IGNORECASE,
)
_YEARS = re.compile(r"\(?(?:(?:19|20)\d\d\)?[\s.-]*)+")


def is_amount(text: str, match: re.Match[str]) -> bool:
    """True when a phone-shaped match is an amount ("+30 000 000 kr") or years ("2015-2019")."""
    number = match.groupdict().get("number") or ""
    if number and _YEARS.fullmatch(number.strip()):
        return True
    return bool(_AFTER_AMOUNT.match(text, match.end()))


def is_dni(prefix: str, number: str, letter: str) -> bool:
    """True for a Spanish DNI (8 digits) or NIE (X/Y/Z and 7 digits) with a valid letter."""
    if prefix:
        if len(number) != 7:
            return False
        number = str("XYZ".index(prefix)) + number
    elif len(number) != 8:
        return False
    return _DNI_LETTERS[int(number) % 23] == letter


def is_fodselsnummer(first: str, last: str) -> bool:
    """True for a Norwegian national identity number (or D-number) with valid check digits."""
    d = [int(c) for c in first + last]
    day, month = int(first[:2]), int(first[2:4])
    if day > 40:
        day -= 40  # a D-number
    if month > 40:
        month -= 40  # a test number of the tax administration's synthetic range
    try:
        dt.date(2000, month, day)
    except ValueError:
        return False
    checks = ((3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
    for position, weights in enumerate(checks):
        rest = 11 - sum(w * x for w, x in zip(weights, d, strict=False)) % 11
        rest = 0 if rest == 11 else rest
        if rest == 10 or rest != d[9 + position]:
            return False
    return True
