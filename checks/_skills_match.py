"""Finding a skill in free text: names with symbols, aliases, inflections and CJK.

A skill is *shown* by a text when the text names it (or an alias) as a whole word, or, for a
name of several words, when one text holds every word that is not a function word or a
generic noun ("design", "management"), in any inflection ("mentoring" / "mentored").
Matching leans towards "shown": a skill wrongly called unmentioned is the worse mistake.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from . import _skills_words as data

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_TOKEN = re.compile(r"\w+(?:[.'’\-]\w+)*[+#]*")
_SEPARATOR = re.compile(r"[\s\-.\u2010\u2011]+")
_BRITISH = re.compile(r"is(ation|ations|e|ed|es|ing|er|ers)$")
_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ship",
    "ings",
    "ing",
    "ers",
    "er",
    "ed",
    "es",
    "s",
)
_VERSION = re.compile(r"^(.*[^\W\d_].*?[^\W\d_]{2}.*?)\s*v?\d{1,2}(?:\.\d+)*$")


def skill_key(name: str) -> str:
    """The name case-folded without spaces, hyphens and dots: "Node.js" and "NodeJS" meet."""
    return _SEPARATOR.sub("", unicodedata.normalize("NFKC", name).casefold())


def _plain(text: str) -> str:
    """Case-folded, without accents: "Planificación" and "planificacion" meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def stem(word: str) -> str:
    """A crude stem shared by a word's inflections ("mentoring", "mentored" -> "mentor")."""
    word = _plain(word)
    if not word.isalpha() or _CJK.search(word):
        return word
    word = _BRITISH.sub(r"iz\1", word)
    for _ in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        else:
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


@lru_cache(maxsize=4096)
def _phrase(variant: str) -> re.Pattern[str]:
    """A pattern finding ``variant`` as a whole name, separators optional inside it."""
    pieces = [p for p in _SEPARATOR.split(variant.strip()) if p]
    parts = []
    for piece in pieces:
        # "NodeJS" also matches "Node.js", "PostgreSQL" "Postgre SQL", "HTML5" "HTML 5".
        chunks = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|\W|_|[^\W\d_]+", piece)
        parts.append(r"[\s.\-]?".join(re.escape(c) for c in chunks))
    body = r"[\s.\-]?".join(parts)
    if len(variant.strip()) == 1:
        # "C" and "R" only in capitals, and not in "C-level", "R&D" or "Objective-C".
        return re.compile(rf"(?<![\w\-&'’.]){body.upper()}(?![\w+#]|[&'’\-]\w)")
    head = r"(?<!\w)"
    if variant.strip().startswith("."):
        head = r"(?:(?<=\.)|(?<!\w))"  # ".NET" in "ASP.NET", never in "internet"
    elif _CJK.match(variant):
        head = ""
    tail = "" if _CJK.search(variant.strip()[-1:]) else r"(?![\w+#])"
    return re.compile(head + body + tail, re.IGNORECASE)


def variants(name: str) -> set[str]:
    """The name, its version-less form ("HTML 5" -> "HTML") and its aliases."""
    found = {name.strip()}
    version = _VERSION.match(name.strip())
    if version:
        found.add(version.group(1).strip())
    keys = {skill_key(v) for v in found}
    for group in data.ALIASES:
        if keys & {skill_key(alias) for alias in group}:
            found.update(group)
    return found


def _core_words(name: str) -> list[str]:
    """The words a text must hold to show a multi-word skill."""
    if _CJK.search(name) and not name.isascii():
        run = "".join(_CJK.findall(name))
        if len(run) >= 4 and len(run) % 2 == 0 and len(run) == len(name.strip()):
            halves = [run[i : i + 2] for i in range(0, len(run), 2)]
            core = [h for h in halves if h not in data.CJK_GENERIC]
            return core or halves
        return [name.strip()]
    tokens = [t for t in _TOKEN.findall(name) if _plain(t) not in data.STOP_WORDS]
    core = [t for t in tokens if _plain(t) not in data.GENERIC_WORDS]
    return core or tokens


class Evidence:
    """The texts a skill may be shown in, indexed once per profile.

    ``units`` groups the texts that describe one thing (a role's title, description and
    highlights; a project): the words of a multi-word skill must all appear in one unit.
    """

    def __init__(self, units: Iterable[Iterable[str | None]]) -> None:
        self.units: list[str] = []
        self.stems: list[set[str]] = []
        texts: list[str] = []
        for unit in units:
            parts = [unicodedata.normalize("NFKC", t) for t in unit if t and t.strip()]
            if not parts:
                continue
            texts += parts
            self.units.append("\n".join(parts))
            tokens = [t for part in parts for t in _TOKEN.findall(part)]
            pieces = [p for t in tokens for p in re.split(r"[-'’]", t) if p]
            # A lone letter ("R" in "R&D", "C" in "C-level") shows nothing by itself.
            words = [t for t in tokens + pieces if len(t) > 1]
            self.stems.append({stem(t) for t in words} | {skill_key(t) for t in words})
        # Fields are joined with a character no pattern crosses.
        self.joined = "\x00".join(texts)
        self.plain = _plain(self.joined)

    def __bool__(self) -> bool:
        return bool(self.units)

    def shows(self, name: str) -> bool:
        """True when some text names the skill, an alias, or every core word of it."""
        if any(_phrase(v).search(self.joined) for v in variants(name)):
            return True
        clues = data.EVIDENCE.get(_plain(name.strip()), ())
        if any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", self.plain) for c in clues):
            return True
        core = _core_words(name)
        if not core:
            return False
        if _CJK.search(core[0]):
            return any(all(word in unit for word in core) for unit in self.units)
        wanted = [(stem(w), skill_key(w)) for w in core]
        return any(all(s in stems or k in stems for s, k in wanted) for stems in self.stems)
