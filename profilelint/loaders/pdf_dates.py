"""Dates in LinkedIn's PDF: ``START - END (DURATION)`` in the viewer's UI language.

Facts from FORMATS.md 6.4 (measured on 34 files): the parts are separated by no-break spaces;
START and END are a year or "<month> <year>" with a localized month ("setembro de 2024",
"abril de 2021", "septembre 2025", "Juni 2020", Russian in the genitive "июля 2022"); the end
of a current role is "Present" in English in every locale seen; the duration is localized and
absent on current roles in files from 2019.  Month names come from the CLDR month names of
each language (format and genitive forms); a month of a language not in the table leaves the
date unresolved (``known=False``), never wrong.
"""

from __future__ import annotations

import re

from profilelint.model import PartialDate

# CLDR "format wide" month names per language, January first (Russian and Ukrainian in the
# genitive case that LinkedIn prints, with the nominative as well).
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        *("january", "february", "march", "april", "may", "june", "july"),
        *("august", "september", "october", "november", "december"),
    ),
    "pt": (
        *("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho"),
        *("agosto", "setembro", "outubro", "novembro", "dezembro"),
    ),
    "es": (
        *("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio"),
        *("agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    ),
    "fr": (
        *("janvier", "février", "mars", "avril", "mai", "juin", "juillet"),
        *("août", "septembre", "octobre", "novembre", "décembre"),
    ),
    "de": (
        *("januar", "februar", "märz", "april", "mai", "juni", "juli"),
        *("august", "september", "oktober", "november", "dezember"),
    ),
    "it": (
        *("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio"),
        *("agosto", "settembre", "ottobre", "novembre", "dicembre"),
    ),
    "nl": (
        *("januari", "februari", "maart", "april", "mei", "juni", "juli"),
        *("augustus", "september", "oktober", "november", "december"),
    ),
    "ru": (
        *("января", "февраля", "марта", "апреля", "мая", "июня", "июля"),
        *("августа", "сентября", "октября", "ноября", "декабря"),
    ),
    "ru-nominative": (
        *("январь", "февраль", "март", "апрель", "май", "июнь", "июль"),
        *("август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    ),
    "uk": (
        *("січня", "лютого", "березня", "квітня", "травня", "червня", "липня"),
        *("серпня", "вересня", "жовтня", "листопада", "грудня"),
    ),
}

MONTHS: dict[str, int] = {
    name: number for names in _MONTHS.values() for number, name in enumerate(names, 1)
}
# German UI files may write "Maerz" in fonts without umlauts; "sept." style abbreviations are
# not used by the template.
MONTHS.setdefault("maerz", 3)

_PART = r"(?:[^\W\d_]+\.?(?: de)? )?\d{4}"
#: The role date line after NBSP → space (FORMATS.md 6.4; matched all 247 lines measured).
DATE_LINE = re.compile(
    rf"^(?P<start>{_PART}) - (?P<end>{_PART}|[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)"
    r"(?: \((?P<duration>[^()]*)\))?\s*$"
)
#: Education dates closing the degree line: "(2017 - 2019)", "(2012)", "(März 2024 - Juli 2028)".
EDUCATION_DATES = re.compile(rf"\((?P<start>{_PART})(?: - (?P<end>{_PART}))?\)\s*$")
#: A group duration under an employer: "21 years 3 months", "14 años 5 meses", "1 год 9 месяцев".
DURATION = re.compile(r"^(?:\d+ [^\W\d_]+(?: \d+ [^\W\d_]+)?|[^\W\d_]+(?: [^\W\d_]+){1,3})$")


def parse_date(text: str) -> PartialDate:
    """A START or END part: "2017", "October 2022", "abril de 2021", "июля 2022"."""
    text = " ".join(text.split())
    words = text.split(" ")
    year = int(words[-1])
    if len(words) == 1:
        return PartialDate(text=text, year=year)
    month = MONTHS.get(words[0].lower().rstrip("."))
    if month is None:
        return PartialDate(text=text, known=False)
    return PartialDate(text=text, year=year, month=month)
