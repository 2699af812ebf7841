"""Shared text utilities: language detection, word and emoji counting, shared word lists.

Everything here is a pure function of its input, deterministic and local: nothing opens a
network connection.  Importing this module is cheap; the language model (py3langid's, read
without numpy from a memory-mapped cache: ``profilelint.langmodel``) and the ``regex`` module
are loaded the first time they are needed.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from urllib.parse import SplitResult

__all__ = [
    "ACRONYMS",
    "BUZZWORDS",
    "CANDIDATE_LANGUAGES",
    "LazyPattern",
    "count_emoji",
    "count_words",
    "detect_language",
    "find_buzzwords",
    "graphemes",
    "is_all_caps_shouting",
    "main_language",
    "split_url",
    "url_host",
    "words",
]

# ---------------------------------------------------------------------------------------------
# Language detection

#: The languages the detector may answer.  Restricting py3langid's 140 classes to the languages
#: professional profiles are commonly written in removes look-alike classes that won short
#: headlines in our evaluation (Wu Chinese for Mandarin, Extremaduran and Catalan for Spanish).
#: Catalan and Tagalog are left out on purpose: Catalan text then comes out as Spanish and
#: Filipino profiles are overwhelmingly written in English, so neither can pass for English.
CANDIDATE_LANGUAGES: tuple[str, ...] = (
    "en", "es", "pt", "fr", "de", "it", "nl", "sv", "no", "da", "fi", "pl", "cs", "sk",
    "ro", "hu", "tr", "id", "ms", "ru", "uk", "el", "he", "ar", "hi", "vi", "th",
    "zh", "ja", "ko",
)  # fmt: skip

#: Below this many words or letters a text is too short to tell its language.
MIN_WORDS = 4
MIN_LETTERS = 20
#: Below this probability (of the restricted model) the answer is too unsure to act on.
MIN_CONFIDENCE = 0.5

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+|[@#]\w+")


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's classifier limited to CANDIDATE_LANGUAGES, from the memory-mapped cache."""
    from profilelint.langmodel import load_identifier

    return load_identifier(CANDIDATE_LANGUAGES)


@functools.lru_cache(maxsize=1)
def _cjk_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Any CJK character, a Han one, a kana: compiled when a text first holds non-ASCII
    (the ranges reach past the Basic Multilingual Plane, which costs ``re`` milliseconds)."""
    return (
        re.compile(f"[{_HAN}{_KANA}{_HANGUL}]"),
        re.compile(f"[{_HAN}]"),
        re.compile(f"[{_KANA}]"),
    )


def _cjk_language(text: str) -> str | None:
    """zh, ja or ko when Chinese, Japanese or Korean characters dominate the text."""
    # Most texts hold no CJK character at all (every ASCII text): one scan tells, and fewer
    # than two CJK characters never decide.
    if text.isascii():
        return None
    any_cjk, han_char, kana_char = _cjk_patterns()
    found = any_cjk.findall(text)
    cjk = len(found)
    if cjk < 2:
        return None
    joined = "".join(found)
    han = len(han_char.findall(joined))
    kana = len(kana_char.findall(joined))
    hangul = cjk - han - kana
    # One CJK character carries about as much as a short Latin word: weigh it as three letters.
    other_letters = sum(map(str.isalpha, text)) - sum(map(str.isalpha, joined))
    if cjk * 3 < other_letters:
        return None
    if hangul >= max(han, kana):
        return "ko"
    if kana:
        return "ja"
    return "zh"


def _at_least(items: Iterator[Any], count: int) -> bool:
    """True when ``items`` yields at least ``count`` items (it is not read further)."""
    return next(itertools.islice(items, count - 1, None), _NONE) is not _NONE


_NONE = object()


@functools.lru_cache(maxsize=512)
def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when unsure.

    Chinese, Japanese and Korean are told apart by their scripts.  Any other text needs at
    least ``MIN_WORDS`` words and ``MIN_LETTERS`` letters (URLs, e-mail addresses, @handles and
    #hashtags are ignored) and a confident answer from py3langid's model, restricted to
    ``CANDIDATE_LANGUAGES``; otherwise the answer is None and callers fall back to the profile's
    main language.  Norwegian comes out as ``"no"``.
    """
    cjk = _cjk_language(text)
    if cjk:
        return cjk
    cleaned = _NOISE.sub(" ", text)
    word = _ASCII_WORD if cleaned.isascii() else _patterns()["word"]
    if not _at_least(filter(str.isalpha, cleaned), MIN_LETTERS) or not _at_least(
        word.finditer(cleaned), MIN_WORDS
    ):
        return None
    language, confidence = _identifier().classify(cleaned)
    if confidence < MIN_CONFIDENCE:
        return None
    return "no" if language in ("nb", "nn") else language


def main_language(texts: Iterable[str], min_length: int = 40) -> str | None:
    """The language of a profile as a whole, detected on the concatenation of its texts.

    Texts shorter than ``min_length`` characters (names, titles, keyword lists) are left out
    when longer ones exist, since they tell little and are often written in English anyway.
    """
    kept = [t.strip() for t in texts if t and t.strip()]
    longer = [t for t in kept if len(t) >= min_length]
    return detect_language("\n".join(longer or kept)) if kept else None


# ---------------------------------------------------------------------------------------------
# Words, graphemes and emoji


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    import regex

    cjk = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
    letter = rf"[\p{{L}}\p{{M}}\p{{N}}--[{cjk}]]"
    return {
        # A CJK character is a word of its own; elsewhere letters, marks and digits joined by
        # inner apostrophes or hyphens ("don't", "results-driven", "B2B") make one word.
        "word": regex.compile(rf"[{cjk}]|{letter}+(?:['’\-‐‑]{letter}+)*", regex.VERSION1),
        "grapheme": regex.compile(r"\X"),
        "emoji": regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}"),
    }


# The same patterns on ASCII text, where ``re`` needs no Unicode properties: letters, marks and
# digits are [A-Za-z0-9], no character is CJK or pictographic, and every character is a
# grapheme of its own but CR LF.  Most profiles are ASCII, and need not import ``regex``.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*")
_ASCII_GRAPHEME = re.compile(r"\r\n|[\s\S]")

_TEXT_SYMBOLS = frozenset("©®™")


def words(text: str) -> list[str]:
    """The word tokens of ``text``; each Chinese, Japanese or Korean character is one token."""
    if not text:
        return []
    if text.isascii():
        return _ASCII_WORD.findall(text)
    return _patterns()["word"].findall(text)


def count_words(text: str) -> int:
    """How many words ``text`` has, counting each CJK ideograph, kana or hangul syllable."""
    return len(words(text))


def graphemes(text: str) -> list[str]:
    """The user-perceived characters of ``text`` (extended grapheme clusters)."""
    if not text:
        return []
    if text.isascii():
        return _ASCII_GRAPHEME.findall(text)
    return _patterns()["grapheme"].findall(text)


def count_emoji(text: str) -> int:
    """How many emoji ``text`` shows: a family, a flag or a skin-toned hand counts once."""
    if not text or text.isascii():
        return 0
    emoji = _patterns()["emoji"]
    if not emoji.search(text):
        return 0  # most texts: no pictograph at all, so no cluster to count
    # ©, ® and ™ are pictographic code points but read as text unless asked to be emoji.
    return sum(
        1 for cluster in graphemes(text) if cluster not in _TEXT_SYMBOLS and emoji.search(cluster)
    )


# ---------------------------------------------------------------------------------------------
# Buzzwords

# Self-descriptions LinkedIn reported as the most overused in member profiles.  LinkedIn
# published the lists on its blog and in press releases; the originals are gone, so each year
# cites a page that reprints that year's list:
#   2010 global: http://edit-this-blog.blogspot.com/2010/12/linkedins-list-of-resume-cliches.html
#   2011 Australia: https://stagecdn.smartcompany.com.au/?p=23528
#   2013 global: https://40pluscareerguru.blogspot.com/2014/01/words-thou-shalt-not-use-on-thy.html
#   2014 global: https://www.thealpinereview.com/articles/the-rhetoric-of-employability
#   2016 global: https://it.blastingnews.com/lavoro/2017/02/linkedin-meno-parole-d-ordine-e-piu-soft-skills-001432495.html
#            and https://avvenire.it/economia/pagine/linkedin-ecco-come-migliorare-il-proprio-profilo
#   2017 Ireland: https://www.siliconrepublic.com/careers/linkedin-profile-buzzwords-2017
# Only words that are praise on their own are listed bare.  Words from those lists that are
# ordinary content in a headline are matched only in a self-praising form (below): "creative"
# (Creative Director), "strategic" (strategic partnerships), "expert" (expert witness),
# "leadership" (leadership coach), "responsible" (Responsible AI), "patient" (patient care),
# "analytical" (analytical chemist), "organizational" (organizational psychologist),
# "dynamic" (dynamic pricing), "driven" (data-driven), "certified" (Certified Public
# Accountant), "specialized" and "skilled" (they usually introduce the specialty, which is the
# point of a headline), "effective" (cost-effective), "communication skills" and "problem
# solving" (taught as subjects), "wide range" (not a self-description).
_LINKEDIN_LISTED = (
    "passionate",
    "motivated",
    "self-motivated",
    "results-oriented",
    "results-driven",  # the 2010 "results-oriented" in its now more common form
    "results-focused",
    "extensive experience",
    "proven track record",
    "track record",
    "team player",
    "fast-paced",
    "problem solver",
    "excellent communication skills",
)

# Common career advice rather than LinkedIn's lists, e.g. "You are not a ninja"
# (http://blog.careerbeacon.com/you-are-not-a-ninja-six-words-never-to-use-to-describe-yourself/),
# https://justinseeley.com/2013/11/12/dont-call-yourself-a-ninja/ and
# https://t37.net/we-don-t-need-another-rock-star-jedi.html; the résumé clichés
# self-starter, go-getter, detail-oriented, hard-working, outside the box and synergy appear in
# most style guides for CVs.
_COMMON_ADVICE = (
    "self-starter",
    "go-getter",
    "detail-oriented",
    "hard-working",
    "think outside the box",
    "outside the box",
    "out-of-the-box thinker",
    "synergy",
    "synergies",
    "guru",
    "ninja",
    "rock star",
    "thought leader",
)

# Adjectives from LinkedIn's lists that are praise only when they describe the writer: after an
# intensifier ("highly creative") or right before a word for a person ("strategic thinker").
_PRAISE_ADJECTIVES = (
    "creative",
    "dynamic",
    "driven",
    "innovative",
    "strategic",
    "effective",
    "analytical",
    "entrepreneurial",
    "experienced",
    "dedicated",
    "focused",
    "skilled",
    "successful",
    "organized",
    "organised",
    "motivated",
)
_INTENSIFIERS = ("highly", "extremely", "very")
_SELF_NOUNS = ("professional", "individual", "person", "thinker", "self-starter")

#: Overused self-descriptions, lower case; a space or hyphen in an entry matches either.
BUZZWORDS: tuple[str, ...] = (
    _LINKEDIN_LISTED
    + _COMMON_ADVICE
    + tuple(f"{i} {a}" for i in _INTENSIFIERS for a in _PRAISE_ADJECTIVES)
    + tuple(f"{a} {n}" for a in _PRAISE_ADJECTIVES for n in _SELF_NOUNS)
)

# Employers whose names contain a buzzword: a match inside them is a name, not self-praise.
_NAME_EXCEPTIONS = re.compile(r"rock\s?star\s+(?:games|energy)|ninja\s+theory", re.IGNORECASE)


def _normalise(phrase: str) -> str:
    return re.sub(r"[\s\-‐‑]+", " ", phrase.strip().lower())


_PHRASE_GAP = r"[\s\-‐‑]*"  # "results driven", "results-driven" and "resultsdriven" are one phrase


def _buzzword_phrases(extra: tuple[str, ...]) -> list[str]:
    return sorted({_normalise(p) for p in BUZZWORDS + extra if p.strip()}, key=len, reverse=True)


@functools.lru_cache(maxsize=64)
def _buzzword_pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    bodies = [
        _PHRASE_GAP.join(re.escape(part) for part in p.split(" ")) for p in _buzzword_phrases(extra)
    ]
    return re.compile(r"(?<![\w\-‐‑])(?:" + "|".join(bodies) + r")(?![\w\-‐‑])", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _lower_buzzword_pattern(extra: tuple[str, ...]) -> re.Pattern[str] | None:
    """``_buzzword_pattern`` for lower-cased text, case-sensitive and grouped by first letter.

    Ignoring case, the engine tries every phrase at every word start with a case-folding
    compare; on lower-cased text a plain pattern rejects a phrase on its first letter, and the
    grouping tries only the phrases starting with the text's letter, in their original order
    (a phrase starting with another letter cannot match there).  None if a phrase is not
    ASCII starting with a letter or digit, where the equivalence is not worked out.
    """
    phrases = _buzzword_phrases(extra)
    if not all(p.isascii() and p[:1].isalnum() for p in phrases):
        return None
    groups: dict[str, list[str]] = {}
    for p in phrases:
        parts = p.split(" ")
        rest = [re.escape(parts[0][1:])] + [re.escape(part) for part in parts[1:]]
        groups.setdefault(p[0], []).append(_PHRASE_GAP.join(rest))
    branches = [re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items()]
    return re.compile(r"(?<![\w\-‐‑])(?:" + "|".join(branches) + r")(?![\w\-‐‑])")


def find_buzzwords(text: str, extra: Iterable[str] = ()) -> list[str]:
    """The buzzwords in ``text`` as written there, in order of appearance, without repeats.

    Matches whole words and phrases, case-insensitively; spaces and hyphens are
    interchangeable ("results driven" is "results-driven").  ``extra`` adds phrases (from the
    user's configuration) to ``BUZZWORDS``.
    """
    if not text:
        return []
    key = tuple(sorted(extra)) if extra else ()
    # Ignoring case, an ASCII letter matches exactly the characters that lower-case to it,
    # and ı and ſ (which stay themselves but match i and s); İ lower-cases to two characters,
    # which the length tells.  Elsewhere the lower-cased text matches at the same places.
    lowered = text.lower()
    pattern = _lower_buzzword_pattern(key)
    if (
        pattern is None
        or len(lowered) != len(text)
        or (not text.isascii() and ("ı" in text or "ſ" in text))
    ):
        pattern, lowered = _buzzword_pattern(key), text
    names: list[tuple[int, int]] | None = None  # sought only once a phrase is found
    found: dict[str, str] = {}
    for match in pattern.finditer(lowered):
        if names is None:
            names = [m.span() for m in _NAME_EXCEPTIONS.finditer(text)]
        start, end = match.span()
        if any(name_start <= start < name_end for name_start, name_end in names):
            continue
        written = text[start:end]
        found.setdefault(_normalise(written).replace(" ", ""), written)
    return list(found.values())


# ---------------------------------------------------------------------------------------------
# Acronyms and shouting

# Grouped by kind; more than one group may hold an entry.
_ACRONYM_TEXT = """
    CEO CTO CFO COO CMO CIO CISO CPO CRO CDO CHRO CSO EVP SVP AVP VP GM MD HR HRBP PM PMO
    PHD MBA MSC BSC BA BS MS MA JD LLM DDS RN NP PA CPA CFA ACCA CIMA PMP CISSP CISA CSM
    UX UI UXR AI ML NLP API SDK SAAS PAAS IAAS IT QA QC SRE GIS ERP CRM SEO SEM SEA PPC
    AWS GCP SQL HTML CSS JSON XML REST PHP IOS AR VR XR IOT RPA BI ETL CI CD CSV PDF
    B2B B2C D2C DTC NGO NPO OKR KPI ROI SMB SME SMES GTM PLG ABM SDR BDR AE RFP SLA CX EX PR
    SAFE ITIL TOGAF GDPR HIPAA SOX ISO IFRS GAAP ESG CSR DEI STEM AML KYC FP&A M&A PE VC LP
    GP IPO SPAC SOC NOC SIEM OSINT DFIR OWASP CNC CAD CAM BIM HVAC PLC SCADA EHS HSE QHSE
    GMP CRA ICU ER EMT OB GYN ENT CNA LPN
    USA US UK EU UAE UN NATO NASA ESA NHS WHO UNICEF UNHCR OECD IMF
    APAC EMEA LATAM DACH MENA ANZ NORAM CEE
    MIT UCLA NYU LSE INSEAD HEC ESADE IESE NTNU KTH ETH EPFL TU RWTH UNAM USP
    IBM SAP HSBC KPMG EY PWC BCG BNP ING ABB BMW BASF LVMH AT&T IKEA SNCF
    CCNA CCNP CCIE CISM CRISC OSCP CKAD COBIT MCSE RHCE CIPD CIPS FCCA ICAN ICAEW ICAI SAICA
    COREN NEBOSH IOSH CSCS MBBS MRCP MRCS FRCS FRCP MRCGP NCLEX USMLE PLAB NIHR OBGYN LLB
"""
#: Acronyms and initialisms normally written in capitals (upper case): job titles, degrees
#: and certifications, technology, business, regions, institutions and employers.
ACRONYMS: frozenset[str] = frozenset(_ACRONYM_TEXT.split())


def _is_latin_without_vowel(letters: list[str]) -> bool:
    """True for Latin letters with no vowel among them (accents ignored: "Å" is a vowel)."""
    base = unicodedata.normalize("NFKD", "".join(letters)).upper()
    base = "".join(ch for ch in base if not unicodedata.combining(ch))
    return all("A" <= ch <= "Z" for ch in base) and not any(ch in "AEIOUY" for ch in base)


def is_all_caps_shouting(word: str) -> bool:
    """True for a word of four or more letters written in capitals that is no known acronym.

    "MANAGER" and "PASSIONATE" shout; "NASA", "SaaS", "GraphQL" and "B2B" do not.  A plural
    or possessive of an acronym ("KPIs", "NASA'S") counts as the acronym, and so do words no
    one could pronounce as a word (no vowel: "MBBS", "MRCP") and codes with digits ("PRINCE2").
    """
    if word.isascii() and not word.isupper():
        return False  # ASCII: no letter, or a lower-case one (most words); the same answer
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 4 or not all(ch.isupper() for ch in letters):
        return False
    if any(ch.isdigit() for ch in word) or _is_latin_without_vowel(letters):
        return False
    upper = word.upper().strip("'’")
    if upper in ACRONYMS:
        return False
    return re.sub(r"['’]?S$", "", upper) not in ACRONYMS


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis, to quote in a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_url(text: str) -> SplitResult | None:
    """``urlsplit(text)``, or None for text the URL parser refuses ("https://a[b")."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (a port that is no number raises only when read)
    except ValueError:
        return None
    return parts


def url_host(text: str) -> str:
    """The lower-case host name of a URL, or "" when it has none or is not a URL."""
    parts = split_url(text)
    return (parts.hostname or "").lower() if parts else ""


# ---------------------------------------------------------------------------------------------
# Patterns compiled when first used


class LazyPattern:
    """A regular expression compiled the first time it is used, not when its module loads.

    A check module declares its long patterns (word lists joined into alternations, wide
    character classes) at module level, as usual; a run that never needs one (a field
    prefilter turned every text away, or ``--list-rules``) never pays for compiling it.  The
    first call compiles the pattern and puts the compiled pattern's own methods in its place,
    so later calls cost what a compiled pattern's calls cost.
    """

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(self.pattern, self.flags)
            for name in self._METHODS:
                self.__dict__[name] = getattr(compiled, name)
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.search``."""
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.match``."""
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """As ``re.Pattern.fullmatch``."""
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """As ``re.Pattern.finditer``."""
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """As ``re.Pattern.findall``."""
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        """As ``re.Pattern.sub``."""
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        """As ``re.Pattern.split``."""
        return self.compiled().split(string, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"
