"""Patterns for personal data in profile text: street addresses, birth dates, ID numbers, phones.

Sources: street-type words from postal addressing guides (USPS Publication 28 suffixes,
Correos, Deutsche Post, Posten Norge); national ID formats and check digits from the issuing
authorities (US SSA for SSNs, Spain's Ministerio del Interior for the DNI/NIE letter,
Skatteetaten for the Norwegian fødselsnummer, HMRC's NIM39110 for UK National Insurance
numbers, Poland's PESEL act, Brazil's Receita Federal for the CPF check digits).

The patterns are compiled when first used: most profiles have no text with a digit in it,
and the privacy rule then needs none of them.
"""

from __future__ import annotations

import datetime as dt
import re

from profilelint.api import LazyPattern

# A word of a street's name: a capitalised word, a number ("Avenida 9 de Julio") or a particle.
_NAME_WORD = (
    r"[A-ZÁÉÍÓÚÑÇÀÂÊÔÃÕÜ0-9][\w'ºª.-]*|d[eoa]s?|del|la|las|los|el|l['’]\w+|di|della|dei|y|e"
)

# Followed by the end of the address: a comma, the end of the text, or a postal code.
_ADDRESS_END = r"(?=\s*(?:$|[,;)\n]|\d{4,5}\b))"

STREET = LazyPattern(
    "|".join(
        [
            # "12 Main Street", "2712 Broadway St"; not "10 Wall Street Journal".
            r"(?<![\w$€£.,])\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){1,3}"
            r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?)"
            r"(?=\s*(?:$|[,;)\n]|(?:Apt|Suite|Unit|Flat)\b))",
            # "Calle Mayor 5", "C/ de Alcalá, 23", "Via Roma 10", "Rua Augusta 27".
            # The words between are names or particles: not "Rua Augusta desde 2018,".
            r"(?:\b(?:Calle|Avenida|Avda\.|Paseo|Plaza|Carrer|Rúa|Rua|Via|Viale|Piazza|Corso)"
            rf"|(?<!\w)C/)\s+(?:(?:{_NAME_WORD}),?\s+){{1,5}}?(?:n[º°o]\.?\s*)?"
            r"(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?(?=\s*(?:$|[,;)\n]|\d{5}\b|[º°ª]|-\s*\d))",
            # "ul. Marszałkowska 10, 00-590 Warszawa", "al. Jerozolimskie 65/79".
            r"(?<!\bet\s)\b(?:[Uu]l\.|[Aa]l\.|[Uu]lica|[Aa]leja)\s*(?:[A-ZĄĆĘŁŃÓŚŹŻ0-9][\w'.-]*\s+){1,3}"
            r"\d{1,4}[a-zA-Z]?(?:/\d{1,4})?(?=\s*(?:$|[,;)\n]|\d{2}-\d{3}\b))",
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

# Month names and abbreviations: English, Spanish, German, Norwegian, French, Italian, Portuguese,
# and Polish in the genitive that dates use ("12 marca 1990").
_MONTHS = (
    "january february march april may june july august september october november december "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre januar februar märz april mai juni juli august oktober dezember mars desember "
    "janvier février avril juin juillet août septembre octobre novembre décembre gennaio "
    "febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março "
    "maio junho julho setembro outubro novembro dezembro stycznia lutego marca kwietnia maja "
    "czerwca lipca sierpnia września października listopada grudnia"
).split()
_MONTH = "|".join(sorted({*_MONTHS, *(m[:3] for m in _MONTHS), "sept"}, key=len, reverse=True))
_DAY = r"\d{1,2}(?:st|nd|rd|th|\.|º)?"
_DATE = (
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})(?!\d)|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|{_DAY}\s*(?:de\s+)?(?:{_MONTH})\.?,?\s*(?:de\s+)?\d{{4}}"
    rf"|(?:{_MONTH})\.?\s+{_DAY},?\s+\d{{4}}|\d{{4}}\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)"
)
BIRTH_DATE = LazyPattern(
    r"(?:\bborn(?:\s+(?:on|in))?|\bdate\s+of\s+birth|\bD\.?O\.?B\b\.?|\bbirth\s*date"
    r"|\bbirthday|\bGeburtsdatum|\bgeboren(?:\s+am)?|\bgeb\.|\bfecha\s+de\s+nacimiento"
    r"|\bnacid[oa](?:\s+el)?|\bf\.\s*nac\.|\bfødt(?:\s+den)?|\bfødselsdato|\bnée?\s+le"
    r"|\bdate\s+de\s+naissance|\bdata\s+di\s+nascita|\bnat[oa]\s+il|\bdata\s+de\s+nascimento"
    r"|\burodzon[ya](?:\s+dnia)?|\bur\.|\bdata\s+urodzenia|\bnascid[oa](?:\s+em)?"
    r"|出生日期|出生年月|出生于|生年月日)"
    rf"[^\n.;]{{0,25}}?[:：]?\s*(?P<date>{_DATE})",
    re.IGNORECASE,
)

_YEAR = LazyPattern(r"(?:18|19|20)\d\d")

SSN = LazyPattern(r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])")
# Without dashes only after its name: "SSN: 123 45 6789".
SSN_LABELLED = LazyPattern(
    r"\b(?:SSN|social\s+security(?:\s+(?:number|no\.?|#))?)\s*[:#]?\s*"
    r"(?P<number>(?!000|666|9\d\d)\d{3}[\s-]?(?!00)\d{2}[\s-]?(?!0000)\d{4})(?![\d-])",
    re.IGNORECASE,
)
# Poland's PESEL has one check digit, too weak alone: only after its name.
PESEL = LazyPattern(r"\bPESEL\b\W{0,3}(?P<number>\d{11})(?!\d)", re.IGNORECASE)
# Brazil's CPF: "123.456.789-09", or eleven digits after its name.
CPF = LazyPattern(
    r"(?<![\d.])(?P<a>\d{3}\.\d{3}\.\d{3}-\d{2})(?![\d-])"
    r"|\bCPF\b\W{0,4}(?P<b>\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d-])",
    re.IGNORECASE,
)
DNI = LazyPattern(r"(?<![\w-])(?P<prefix>[XYZ]?)(?P<number>\d{7,8})-?(?P<letter>[A-Z])(?!\w)")
FODSELSNUMMER = LazyPattern(r"(?<![\d-])(\d{6})\s?(\d{5})(?![\d-])")
NI_NUMBER = LazyPattern(
    r"(?<!\w)(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?!\w)"
)

# A phone number needs a sign that it is one: a "+" prefix, an area code in parentheses,
# the US 3-3-4 shape, or a word such as "tel." before it.  Dates, versions, amounts and
# IP addresses have none of these.
PHONE = LazyPattern(
    r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,6}(?!\w)"
    r"|(?<![\w.,])(?<![\d.,]\s)00[1-9]\d{0,2}(?:[\s.-]\(?\d{1,4}\)?){2,6}(?!\w)"
    r"|(?<!\w)\((?!(?:19|20)\d\d\))\d{2,4}\)\s?\d{2,4}(?:[\s.-]\d{2,4}){1,3}(?!\w)"
    r"|(?<![\w.-])\d{3}[-.]\d{3}[-.]\d{4}(?![\w.-])"
    r"|(?:\b(?:tel|tél|tlf|telf|phone|mobile|mob|cell|móvil|movil|teléfono|telefono|telefon"
    r"|telefone|téléphone|telemóvel|telemovel|portable|handy|mobil|celular|komórka|whatsapp"
    r"|(?:call|ring)(?:\s+(?:me|meg|us|oss))?(?:\s+(?:at|on|p[aå]))?"
    r"|(?:text|reach)\s+(?:me|us)(?:\s+(?:at|on))?|llámame(?:\s+al)?)\b\.?"
    r"\s*[:：]?|电话[:：]?|手机[:：]?)\s*(?P<number>\(?\d[\d\s().-]{5,18}\d)",
    re.IGNORECASE,
)

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

EMAIL = LazyPattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# A postal code with its town, or a US state and ZIP: not a street ("0150 Oslo", "VA 23223").
_POSTAL_ONLY = LazyPattern(
    r"(?:\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b)|(?:^\s*(?:[A-Z]{1,2}-?)?\d{4,5}\s+[^\W\d_][\w .'-]*$)"
)
# A house number: one to four digits standing alone ("Via Roma 10", "67, Jaihind Nagar").
_HOUSE_NUMBER = LazyPattern(r"(?<![\w.])\d{1,4}[A-Za-z]?(?![\w.])")


def is_street_address(text: str) -> bool:
    """True when ``text`` looks like a street address: a street pattern or a house number.

    A city, a region, a country, a continent or words ("Available on request", "sans
    adresse fixe", "Bergen, Norway") are not; nor a postal code with its town.
    """
    if STREET.search(text):
        return True
    rest = _POSTAL_ONLY.sub(" ", text)
    return bool(_HOUSE_NUMBER.search(rest)) and bool(re.search(r"[^\W\d_]{2}", rest))


def digits(text: str) -> str:
    """The digits of ``text``."""
    return "".join(ch for ch in text if ch.isdigit())


def is_phone(text: str) -> bool:
    """True when a phone-shaped match has a plausible number of digits (7 to 15)."""
    return 7 <= len(digits(text)) <= 15


_AFTER_AMOUNT = LazyPattern(
    r"\s*(?:%|‰|€|\$|£|kr\b|(?:nok|sek|dkk|eur|usd|gbp|chf|mill|million|millones|mio)\b)",
    re.IGNORECASE,
)
_YEARS = LazyPattern(r"\(?(?:(?:19|20)\d\d\)?[\s.-]*)+")


# A round number in groups of thousands: "+12 500 000", "1.200.000".
_ROUND = LazyPattern(r"[+(]?\d{1,3}(?P<sep>[\s.,])\d{3}(?:(?P=sep)\d{3})*")
# US toll-free prefixes: a business line, not a person's number.
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
# Labels of numbers that are not personal data: "SKU 123-456-7890", "Order no. 12345678Z".
_NOT_PERSONAL_LABEL = LazyPattern(
    r"\b(?:sku|part|order|ref|reference|item|invoice|ticket|case|isbn|issn|doi|patent|grant"
    r"|model|serial|lot|batch|article|product|catalog|catalogue|tracking|ean|gtin|upc|iban"
    r"|pedido|factura|referencia|expediente|bestellnummer|artikel|auftrag|rechnung|ordre"
    r"|faktura|zamówienie|org\.?\s*nr|orgnr|nip|regon|krs|cif|vat)\b"
    r"[\s.:#-]*(?:(?:no|nr|n[º°o]|number|número|nummer|numer)\b\.?[\s.:#-]*)?$",
    re.IGNORECASE,
)


# Two-digit country calling codes (ITU-T E.164 assignments), and the first two digits of the
# three-digit ones; "1" (North America) and "7" (Russia, Kazakhstan) stand alone.
_COUNTRY_2 = frozenset(
    "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 "
    "63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split()
)
_COUNTRY_3 = frozenset(
    "21 22 23 24 25 26 29 35 37 38 42 50 59 67 68 69 80 85 87 88 96 97 99".split()
)


def has_country_code(number: str) -> bool:
    """False when a "+" number cannot start with a country code: "+2 345 678", "+35 436 234"."""
    first = re.match(r"\+(\d+)[\s.(-]", number)
    if not first or len(first.group(1)) >= 4:
        return True  # no "+", or the code is not set apart: nothing to judge
    code = first.group(1)
    if code[0] in "17":
        return code in ("1", "7")
    if len(code) == 2:
        return code in _COUNTRY_2
    return len(code) == 3 and code[:2] in _COUNTRY_3


def is_amount(text: str, match: re.Match[str]) -> bool:
    """True when a phone-shaped match is an amount ("+30 000 000 kr", "+12 500 000 users"),
    years ("2015-2019") or a US toll-free business line ("1-800-555-0199")."""
    number = (match.groupdict().get("number") or match.group()).strip()
    if _YEARS.fullmatch(number):
        return True
    if _ROUND.fullmatch(number) and number.endswith("000"):
        return True
    national = digits(number)
    if len(national) == 11 and national.startswith("1"):
        national = national[1:]
    if len(national) == 10 and national[:3] in _TOLL_FREE:
        return True
    return bool(_AFTER_AMOUNT.match(text, match.end()))


def is_labelled_not_personal(text: str, start: int) -> bool:
    """True when the number at ``start`` follows a label such as "SKU", "Order no." or "ISBN"."""
    return bool(_NOT_PERSONAL_LABEL.search(text[max(0, start - 40) : start]))


def birth_year_is_plausible(date: str, today_year: int) -> bool:
    """False when the date is too recent to be a working adult's birth (a company's, say)."""
    year = _YEAR.search(date)
    return year is None or today_year - int(year.group()) >= 14


def is_pesel(number: str) -> bool:
    """True for a Polish PESEL number with a valid date and check digit."""
    d = [int(c) for c in number]
    month, day = (d[2] * 10 + d[3]) % 20, d[4] * 10 + d[5]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return (10 - sum(w * x for w, x in zip(weights, d, strict=False)) % 10) % 10 == d[10]


def is_cpf(number: str) -> bool:
    """True for a Brazilian CPF number with valid check digits."""
    d = [int(c) for c in digits(number)]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for position in (9, 10):
        total = sum(x * (position + 1 - i) for i, x in enumerate(d[:position]))
        if total * 10 % 11 % 10 != d[position]:
            return False
    return True


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
