"""Finding a skill in free text: names with symbols, aliases, inflections and CJK.

A skill is *shown* by a text when the text names it (or an alias) as a whole word, or, for a
name of several words, when one text holds every word that is not a function word or a
generic noun ("design", "management"), in any inflection ("mentoring" / "mentored").
Matching leans towards "shown": a skill wrongly called unmentioned is the worse mistake.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from profilelint.api import LazyPattern, Profile

from . import _skills_words as data

_CJK_RANGES = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK = LazyPattern(rf"[{_CJK_RANGES}]")  # a wide class: slow to compile, so when first used
# A letter or digit that is not CJK: Chinese text writes "用Python做" without spaces, so a
# Latin name ends where the CJK characters begin.
_LATIN_WORD = rf"[^\W{_CJK_RANGES}]"
# "A/B", "P&L", "TCP/IP" and "Node.js" are one token each.  Possessive: a token never gives
# back what it took (nothing after it can fail), and the engine keeps no backtracking points.
_TOKEN = re.compile(r"\w++(?:[.'’\-/&]\w++)*+[+#]*+")
_SEPARATOR = re.compile(r"[\s\-.\u2010\u2011]+")
_JOINERS = re.compile(r"[-'’/&]")
_PARENTHESES = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*")
_BRITISH = re.compile(r"is(ation|ations|e|ed|es|ing|er|ers)$")
_SUFFIXES = (
    "adas",
    "ados",
    "idas",
    "idos",
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
    "ado",
    "ada",
    "ido",
    "ida",
    "es",
    "os",
    "as",
    "s",
)
# The pieces of a name a pattern lets separators fall between: "NodeJS" is "Node", "JS".
_CHUNK = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|\W|_|[^\W\d_]+")
_JS_SUFFIX = re.compile(r"(?<=\w)\.js$", re.IGNORECASE)
_VERSION = re.compile(r"^(.*[^\W\d_].*?[^\W\d_]{2}.*?)\s*v?\d{1,2}(?:\.\d+)*$")


def _has_cjk(text: str) -> bool:
    """True when ``text`` holds a Chinese, Japanese or Korean character (never ASCII text)."""
    return not text.isascii() and _CJK.search(text) is not None


# The word functions below are pure and called with the same few thousand words over and over
# (every profile's skills against every text): each is memoised.
_WORDS = 1 << 13


@lru_cache(maxsize=_WORDS)
def skill_key(name: str) -> str:
    """The name case-folded without spaces, hyphens, dots and slashes.

    "Node.js" and "NodeJS" meet, and so do "A/B testing" and "AB testing"; the parts of a
    slashed pair are sorted first, so "UX/UI" and "UI/UX" meet too.
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = " ".join("/".join(sorted(w.split("/"))) if "/" in w else w for w in text.split())
    return _SEPARATOR.sub("", text).replace("/", "")


def _plain_text(text: str) -> str:
    """Case-folded, without accents: "Planificación" and "planificacion" meet."""
    if text.isascii():
        return text.lower()  # no accents to take off, and ASCII case-folds to lower case
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # The combining marks are looked up once per distinct character, then deleted in one go
    # (a character class: str.translate looks each character of a long text up in a dict).
    marks = "".join(sorted(c for c in set(decomposed) if unicodedata.combining(c)))
    return unicodedata.normalize("NFC", _marks(marks).sub("", decomposed) if marks else decomposed)


@lru_cache(maxsize=256)
def _marks(marks: str) -> re.Pattern[str]:
    """A pattern matching any of ``marks`` (a text's few distinct combining marks)."""
    return re.compile("[" + "".join(re.escape(c) for c in marks) + "]")


# Words recur across profiles; a whole profile's text does not, so only words are memoised.
_plain = lru_cache(maxsize=_WORDS)(_plain_text)


@lru_cache(maxsize=_WORDS)
def stem(word: str) -> str:
    """A crude stem shared by a word's inflections ("mentoring", "mentored" -> "mentor")."""
    word = _plain(word)
    if not word.isalpha() or _has_cjk(word):
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
    if word.endswith("iz") and len(word) >= 6:
        word = word[:-2]  # "dockeriz(ed)" -> "docker", "optimiz(ation)" -> "optim"
    elif word.endswith("at") and len(word) >= 6:
        word = word[:-2]  # "translat(ed)" and "transl(ation)" meet
    return word


@lru_cache(maxsize=_WORDS)
def _stem_and_key(word: str) -> tuple[str, str]:
    """A text word's stem and key, what a unit's ``stems`` holds for it (one lookup, not two)."""
    return stem(word), skill_key(word)


@lru_cache(maxsize=4096)
def _phrase(variant: str) -> re.Pattern[str]:
    """A pattern finding ``variant`` as a whole name, separators optional inside it."""
    pieces = [p for p in _SEPARATOR.split(variant.strip()) if p]
    parts = []
    for piece in pieces:
        # "NodeJS" also matches "Node.js", "PostgreSQL" "Postgre SQL", "HTML5" "HTML 5".
        chunks = _CHUNK.findall(piece)
        parts.append(r"[\s.\-]?".join(re.escape(c) for c in chunks))
    body = r"[\s.\-]?".join(parts)
    if len(variant.strip()) == 1:
        # "C" and "R" only in capitals, and not in "C-level", "R&D" or "Objective-C"; "R's"
        # is R.
        return re.compile(
            rf"(?<![\w\-&'’.]){body.upper()}(?!{_LATIN_WORD}|[+#]|[&\-]\w|['’](?!s\b)\w)"
        )
    head = rf"(?<!{_LATIN_WORD})"
    if variant.strip().startswith("."):
        head = rf"(?:(?<=\.)|{head})"  # ".NET" in "ASP.NET", never in "internet"
    elif _CJK.match(variant):
        head = ""
    tail = "" if _CJK.search(variant.strip()[-1:]) else rf"(?!{_LATIN_WORD}|[+#])"
    return re.compile(head + body + tail, re.IGNORECASE)


@lru_cache(maxsize=1024)
def _clue(text: str) -> re.Pattern[str]:
    """A pattern finding a clue of a skill (see ``data.EVIDENCE``) as a whole word."""
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")


@lru_cache(maxsize=_WORDS)
def forms(name: str) -> tuple[str, ...]:
    """The name, and for "Python (pandas)" or "Electronic Health Records (EHR)" the name
    without the parentheses and, if it is one term, what they hold."""
    found = [name.strip()]
    outer = _PARENTHESES.sub(" ", name).strip()
    if outer and outer != found[0]:
        found.append(outer)
        inner = [i.strip() for i in _PARENTHESES.findall(name)]
        found += [i for i in inner if i and "," not in i and len(i) > 1]
    return tuple(found)


def _alias_groups() -> dict[str, list[tuple[str, ...]]]:
    """Each alias's key, with the groups it belongs to."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for group in data.ALIASES:
        for key in dict.fromkeys(skill_key(alias) for alias in group):
            groups.setdefault(key, []).append(group)
    return groups


_ALIAS_GROUPS = _alias_groups()


@lru_cache(maxsize=_WORDS)
def variants(name: str) -> frozenset[str]:
    """The name, its version-less form ("HTML 5" -> "HTML") and its aliases."""
    found = {name.strip()}
    version = _VERSION.match(name.strip())
    if version:
        found.add(version.group(1).strip())
    for key in {skill_key(v) for v in found}:
        for group in _ALIAS_GROUPS.get(key, ()):
            found.update(group)
    return frozenset(found)


@lru_cache(maxsize=_WORDS)
def _core_words(name: str) -> tuple[str, ...]:
    """The words a text must hold to show a multi-word skill."""
    if _CJK.search(name) and not name.isascii():
        run = "".join(_CJK.findall(name))
        if len(run) >= 4 and len(run) % 2 == 0 and len(run) == len(name.strip()):
            halves = tuple(run[i : i + 2] for i in range(0, len(run), 2))
            core = tuple(h for h in halves if h not in data.CJK_GENERIC)
            return core or halves
        return (name.strip(),)
    tokens = tuple(t for t in _TOKEN.findall(name) if _plain(t) not in _STOP_WORDS)
    core = tuple(
        t for t in tokens if _plain(t) not in _GENERIC_WORDS and stem(t) not in _GENERIC_STEMS
    )
    return core or tokens


_STOP_WORDS = frozenset(_plain(w) for w in data.STOP_WORDS)
_GENERIC_WORDS = frozenset(_plain(w) for w in data.GENERIC_WORDS)
_GENERIC_STEMS = frozenset(stem(w) for w in data.GENERIC_WORDS if len(w) > 5)
# A long word is shown by a word sharing all but its last three letters (at least five):
# "finansowa" by "finansowe", "zarządzanie" by "zarządzałem", "analysis" by "analyst".
_PREFIX_FROM = 7


#: Longer "words" (a run of letters with no space) are not matched by prefix.
_LONGEST_WORD = 40


@lru_cache(maxsize=_WORDS)
def _prefix_form(word: str) -> str:
    """The word as a prefix may show it: accent-free, if alphabetic, not CJK, and of five
    to forty letters; else ""."""
    if not word.isalpha() or _has_cjk(word):
        return ""
    plain = _plain(word)
    return plain if 5 <= len(plain) <= _LONGEST_WORD else ""


def _prefixed(word: str, words: list[str]) -> bool:
    """True when a word of about the same length (two letters shorter at most) shares all
    but the last three letters of ``word``: "finansowe" for "finansowa", not "photos" for
    "photoshop".  ``words`` is a unit's words, sorted (see ``Evidence.long_words``)."""
    key = word[: max(5, len(word) - 3)]
    shortest = len(word) - 2
    index = bisect.bisect_left(words, key)
    while index < len(words) and words[index].startswith(key):
        if len(words[index]) >= shortest:
            return True
        index += 1
    return False


def _alternatives(word: str) -> list[str]:
    """A slashed pair stands for either part: "UX/UI" is shown by "UX", "TCP/IP" by "TCP"."""
    parts = [p for p in word.split("/") if len(p) > 1]
    return parts if "/" in word and len(parts) == len(word.split("/")) else [word]


@lru_cache(maxsize=_WORDS)
def _first_chunk(variant: str) -> str:
    """The first chunk of a variant's pattern, case-folded ("" for none)."""
    pieces = [p for p in _SEPARATOR.split(variant.strip()) if p]
    chunks = _CHUNK.findall(pieces[0]) if pieces else []
    return chunks[0].casefold() if chunks else ""


class Evidence:
    """The texts a skill may be shown in, indexed once per profile.

    ``units`` groups the texts that describe one thing (a role's title, description and
    highlights; a project): the words of a multi-word skill must all appear in one unit.
    A unit's words are indexed when a skill first needs them: most skills are found by
    name in the joined texts, and many profiles list none.
    """

    def __init__(self, units: Iterable[Iterable[str | None]]) -> None:
        self.units: list[str] = []
        texts: list[str] = []
        for unit in units:
            # NFKC leaves ASCII text as it is: only other text needs normalising.
            parts = [
                t if t.isascii() else unicodedata.normalize("NFKC", t)
                for t in unit
                if t and t.strip()
            ]
            if not parts:
                continue
            texts += parts
            self.units.append("\n".join(parts))
        # One more "unit" at the end, made of every text: see ``whole``.
        count = len(self.units) + 1
        # Each unit's words, the stems and keys of those, and the long ones sorted (see
        # ``long_words``), once asked for.
        self._words: list[set[str] | None] = [None] * count
        self._stems: list[set[str] | None] = [None] * count
        self._long_words: list[list[str] | None] = [None] * count
        # Fields are joined with a character no pattern crosses.
        self.joined = "\x00".join(texts)
        self.folded = self.joined.casefold()
        self._plain_joined: str | None = None

    @property
    def plain(self) -> str:
        """The joined texts case-folded and without accents."""
        if self._plain_joined is None:
            self._plain_joined = _plain_text(self.joined)
        return self._plain_joined

    def words(self, index: int) -> set[str]:
        """Unit ``index``'s distinct words: its tokens and the pieces of those with a joiner
        ("e-mail" is also "mail"), but lone letters."""
        found = self._words[index]
        if found is None:
            # The unit's parts joined by a line break (a unit) or a NUL (the whole): no token
            # holds either, so one search over the joined text finds each part's tokens.
            text = self.units[index] if index < len(self.units) else self.joined
            tokens = _TOKEN.findall(text)
            found = set(tokens)
            # Only a text with a hyphen, an apostrophe, a slash or "&" has tokens to split.
            if _JOINERS.search(text):
                for token in tokens:
                    if _JOINERS.search(token):
                        found.update(_JOINERS.split(token))
            # A lone letter ("R" in "R&D", "C" in "C-level") shows nothing by itself.
            found = self._words[index] = {t for t in found if len(t) > 1}
        return found

    def stems(self, index: int) -> set[str]:
        """The stems and keys of unit ``index``'s words."""
        found = self._stems[index]
        if found is None:
            # Each distinct word once: a long text repeats its words, and stemming is the cost.
            found = self._stems[index] = set().union(*map(_stem_and_key, self.words(index)))
        return found

    def long_words(self, index: int) -> list[str]:
        """Unit ``index``'s words a prefix may show (see ``_prefixed``), sorted: alphabetic,
        not CJK, accent-free, of five to forty letters."""
        found = self._long_words[index]
        if found is None:
            found = sorted({w for w in map(_prefix_form, self.words(index)) if w})
            self._long_words[index] = found
        return found

    def __bool__(self) -> bool:
        return bool(self.units)

    def whole(self) -> int:
        """The index of a unit made of every unit's words (for a test before the units').

        Whatever a unit holds, this one holds too: a word it does not hold is in no unit.
        """
        return len(self.units)

    def shows(self, name: str) -> bool:
        """True when some text names the skill (or, for "Python (pandas)", what stands
        outside or inside the parentheses), an alias, or every core word of it."""
        return any(self._shows(form) for form in forms(name))

    def _may_hold(self, variant: str) -> bool:
        """A cheap test before the pattern: the variant's first piece is in the text at all."""
        first = _first_chunk(variant)
        return not first or first in self.folded

    def _shows(self, name: str) -> bool:
        if any(_phrase(v).search(self.joined) for v in variants(name) if self._may_hold(v)):
            return True
        if _JS_SUFFIX.search(name):
            # "Next.js" is often written "Next": only a capitalised word counts.
            bare = _JS_SUFFIX.sub("", name.strip())
            # Written in lower case ("express.js"), the name still needs a capital in text.
            for form in {bare, bare[:1].upper() + bare[1:]}:
                if re.search(rf"(?<!{_LATIN_WORD}){re.escape(form)}(?!{_LATIN_WORD})", self.joined):
                    return True
        clues = data.EVIDENCE.get(_plain(name.strip()), ())
        # A clue is matched as written: only a text that holds it needs its pattern.
        if any(c in self.plain and _clue(c).search(self.plain) for c in clues):
            return True
        core = _core_words(name)
        if not core:
            return False
        if _has_cjk(core[0]):
            return any(all(word in unit for word in core) for unit in self.units)
        # One unit must hold every core word: first, whether every unit together holds them.
        whole = self.whole()
        if not all(self._holds(whole, word) for word in core):
            return False
        return any(
            all(self._holds(index, word) for word in core) for index in range(len(self.units))
        )

    def _holds(self, index: int, word: str) -> bool:
        """True when unit ``index`` holds ``word``, one part of a slashed pair, an
        inflection of it, or, for a long compound, each of its halves."""
        keys, long_parts = _word_forms(word)
        if not keys.isdisjoint(self.stems(index)):
            return True
        for plain in long_parts:
            if _prefixed(plain, self.long_words(index)):
                return True
            if len(plain) >= 9 and self._compound(plain, index):
                return True
        return False

    def _compound(self, word: str, index: int) -> bool:
        """True when the unit holds both halves of a compound such as "Kundenbetreuung"
        ("Betreuung von Kunden") or "Prosjektledelse" ("ledet prosjekter"), a generic half
        ("ledelse", "management") aside."""
        stems, words = self.stems(index), self.long_words(index)

        def held(half: str, half_stem: str) -> bool:
            return half_stem in stems or (len(half) >= 5 and _prefixed(half, words))

        return any(
            held(left, left_stem) and (right_generic or held(right, right_stem))
            for left, left_stem, right, right_generic, right_stem in _halves(word)
        )


@lru_cache(maxsize=_WORDS)
def _word_forms(word: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """What shows ``word`` in a unit: the stems and keys of its parts (a slashed pair's
    halves, its synonyms), and those parts, accent-free, long enough to be matched by
    prefix (seven letters or more)."""
    keys: set[str] = set()
    long_parts: list[str] = []
    for part in [*_alternatives(word), *data.WORD_SYNONYMS.get(_plain(word), ())]:
        keys.update((stem(part), skill_key(part)))
        plain = _plain(part)
        if plain.isalpha() and len(plain) >= _PREFIX_FROM:
            long_parts.append(plain)
    return frozenset(keys), tuple(long_parts)


# Long words only, and each holds a tuple per cut: a smaller bound than the other word caches.
@lru_cache(maxsize=1 << 12)
def _halves(word: str) -> tuple[tuple[str, str, str, bool, str], ...]:
    """The ways to cut a compound in two (each half four letters or more) whose first half is
    not a generic word: (first half, its stem, second half, whether it is generic, its stem)."""
    return tuple(
        (word[:cut], stem(word[:cut]), word[cut:], word[cut:] in _GENERIC_WORDS, stem(word[cut:]))
        for cut in range(4, len(word) - 4)
        if word[:cut] not in _GENERIC_WORDS
    )


def profile_evidence(profile: Profile) -> Evidence:
    """Every text that can show a skill in use, grouped by the role or item it describes."""
    units: list[list[str | None]] = [[profile.headline], [profile.summary]]
    for position in profile.positions:
        described = [position.title, position.company_description, position.description]
        units.append([*described, *position.highlights, ", ".join(position.keywords)])
    for project in profile.projects:
        named = [project.name, project.description, ", ".join(project.keywords)]
        units.append([*named, *project.highlights, *project.roles])
    for work in profile.volunteer:
        units.append([work.role, work.description, *work.highlights])
    for school in profile.education:
        units.append([school.area, school.description, *school.courses])
    units += [[c.name] for c in profile.certificates]
    units += [[a.title, a.summary] for a in profile.awards]
    units += [[p.name, p.summary] for p in profile.publications]
    return Evidence(units)
