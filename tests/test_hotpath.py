"""The per-profile shortcuts give what the plain computation gives.

- the JSON position map (one pattern match per value) maps every value and key where the
  token-by-token scanner it replaced did, in the same order;
- ``Profile.knows`` agrees with its definition over ``ancestors``;
- ``ctx.once`` computes once per profile and never answers for another profile;
- the text fields rules share are the same with the memo as without it;
- the placeholder prefilter never turns a field away that a marker pattern matches;
- the skill matcher's prefix search over sorted words agrees with the dict of prefixes;
- the engine's check of a yielded finding gives the full check's verdict and message;
- a JSON position from counted line breaks is the one the table of line starts gives;
- the skill matcher's text index (tokens, accent-free folding) is the one first written;
- the engine's walk of a field's texts finds what the plain recursive walk finds;
- the diagnostic's written-out constructor takes its fields, in order, with their defaults;
- buzzwords, names in a headline and shouting found on lower-cased or ASCII text are what the
  case-ignoring patterns find on the text itself.

Hypothesis runs derandomised, with a fixed number of examples.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from profilelint.checks import _skills_match as skills_match  # noqa: E402
from profilelint.checks import placeholders  # noqa: E402
from profilelint.checks._text_fields import all_fields, text_fields  # noqa: E402

from profilelint.api import Context, ProfileMemo  # noqa: E402
from profilelint.loaders.jsonsource import map_positions  # noqa: E402
from profilelint.model import Knowledge, Profile, ancestors  # noqa: E402
from profilelint.testing import make_settings  # noqa: E402

# Set on each test, not as a profile: loading a profile would change every other test's.
EXAMPLES = settings(derandomize=True, deadline=None, max_examples=150, database=None)

# --- the position map -----------------------------------------------------------------------

_TOKEN = re.compile(
    r'[ \t\n\r]*(?:("[^"\\]*(?:\\.[^"\\]*)*")|([{}\[\],:])|([^ \t\n\r{}\[\],:"]+))', re.S
)


def _reference_map(text: str) -> tuple[dict[str, tuple[int, int]], dict[str, int]]:
    """The scanner the position map replaced: one token at a time, keys read by json.loads."""
    values: dict[str, tuple[int, int]] = {}
    keys: dict[str, int] = {}
    stack: list[list[Any]] = []
    expect_key = False
    position = 0
    while (match := _TOKEN.match(text, position)) is not None:
        position = match.end()
        string, mark, _ = match.groups()
        start = match.start(match.lastindex or 1)
        if mark in (",", ":"):
            expect_key = mark == "," and bool(stack) and stack[-1][2]
            continue
        if mark in ("}", "]"):
            pointer_, opened = stack.pop()[:2]
            values[pointer_] = (opened, position)
            expect_key = False
            continue
        if string is not None and expect_key:
            stack[-1][4] = json.loads(string)
            stack[-1][5] = start
            expect_key = False
            continue
        if not stack:
            here = ""
        elif stack[-1][2]:
            here = f"{stack[-1][0]}/{stack[-1][4]}"
            keys[here] = stack[-1][5]
        else:
            here = f"{stack[-1][0]}/{stack[-1][3]}"
            stack[-1][3] += 1
        if mark in ("{", "["):
            stack.append([here, start, mark == "{", 0, None, None])
            expect_key = mark == "{"
        else:
            values[here] = (start, position)
    return values, keys


KEYS = st.one_of(
    st.sampled_from(["a", "b", "a/b", "", "ü", 'q"uote', "back\\slash", "x:y", "1", "{", "]"]),
    st.text(max_size=6),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
    st.sampled_from(['a "quoted" word', "tab\there", "line\nbreak", "[x]", "{y}", "a, b: c"]),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=20,
)


def _spellings(document: Any) -> list[str]:
    return [
        json.dumps(document),
        json.dumps(document, indent=2, ensure_ascii=False),
        json.dumps(document, separators=(",", ":")),
        json.dumps(document, indent="\t", separators=(" , ", " : ")),
    ]


@EXAMPLES
@given(DOCUMENTS)
def test_the_position_map_is_the_token_scanners(document: Any) -> None:
    for text in _spellings(document):
        values, keys = map_positions(text)
        expected_values, expected_keys = _reference_map(text)
        assert list(values.items()) == list(expected_values.items())
        assert list(keys.items()) == list(expected_keys.items())


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "a": {"b": [1, 2]}, "a/b": 3}',  # a repeated key, a key with a slash
        '{"": [], "k": {}, "\\u00fc\\n": "v\\"w"}',  # empty key and containers, escapes
        ' [ "x" , -1.5e3 , true , null ] ',
        '"only a string"',
    ],
)
def test_the_position_map_of_awkward_documents(text: str) -> None:
    assert map_positions(text) == _reference_map(text)
    values, _ = map_positions(text)
    assert values[""][1] == len(text.rstrip())


@EXAMPLES
@given(
    st.text(alphabet="ab\nü\r", max_size=40),
    st.lists(st.integers(0, 40), min_size=1, max_size=30),
)
def test_counted_positions_are_the_line_tables(text: str, offsets: list[int]) -> None:
    """Line breaks counted up to an offset, and then (past the budget) the table of line
    starts, give the line and column that the table alone gives."""
    import bisect

    from profilelint.loaders.jsonsource import JsonSource

    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    source = JsonSource(text=text)
    for offset in (min(o, len(text)) for o in offsets):
        index = bisect.bisect_right(starts, offset) - 1
        assert source.position(offset) == (index + 1, offset - starts[index] + 1)


# --- knowledge ------------------------------------------------------------------------------

PATH_PARTS = st.sampled_from(["positions", "title", "[0]", "[12]", "highlights", "contact", "a"])
PATHS = st.lists(PATH_PARTS, min_size=1, max_size=5).map(
    lambda parts: parts[0] + "".join(p if p.startswith("[") else f".{p}" for p in parts[1:])
)


@EXAMPLES
@given(PATHS, st.sets(st.one_of(PATHS, PATH_PARTS), max_size=4))
def test_knows_is_no_listed_ancestor(field: str, unknown: set[str]) -> None:
    profile = Profile(knowledge=Knowledge(unknown=unknown))
    assert profile.knows(field) == (not any(path in unknown for path in ancestors(field)))


# --- the per-profile memo -------------------------------------------------------------------


def test_once_computes_once_per_profile_and_never_answers_for_another() -> None:
    calls: list[str | None] = []

    def headline(profile: Profile) -> str | None:
        calls.append(profile.headline)
        return profile.headline

    first, second = Profile(headline="one"), Profile(headline="two")
    memo = ProfileMemo()
    contexts = [Context(options=None, today=make_settings().today, memo=memo) for _ in "ab"]
    assert [ctx.once(headline, first) for ctx in contexts] == ["one", "one"]
    assert calls == ["one"]
    # A memo handed a second profile recomputes (and holds one value per function).
    assert contexts[0].once(headline, second) == "two"
    assert contexts[1].once(headline, first) == "one"
    assert calls == ["one", "two", "one"]
    # A context made without a memo gets its own.
    lone = Context(options=None, today=make_settings().today)
    assert lone.once(headline, second) == "two" and lone.memo is not memo


FIELD_TEXT = st.one_of(st.none(), st.sampled_from(["", " ", "Ana", "TODO", "x\ny"]))


@EXAMPLES
@given(
    FIELD_TEXT,
    FIELD_TEXT,
    st.lists(st.sampled_from(["", "Led a team", "  "]), max_size=3),
    st.sets(st.sampled_from(["headline", "positions", "positions[0].highlights[1]"])),
)
def test_shared_text_fields_are_the_walk_of_the_profile(
    headline: str | None, summary: str | None, highlights: list[str], unknown: set[str]
) -> None:
    document = {
        "headline": headline,
        "summary": summary,
        "positions": [{"title": "Nurse", "highlights": highlights, "start": "spring 2019"}],
        "knowledge": {"unknown": unknown},
    }
    profile = Profile.model_validate(document)
    ctx = Context(options=None, today=make_settings().today)
    shared = list(text_fields(profile, ctx))
    assert shared == list(text_fields(profile, ctx))  # the second call reads the memo
    walked = [
        (path, text)
        for path, text in _plain_walk(profile)
        if text.strip() and profile.knows(path) and not path.startswith("knowledge")
    ]
    assert shared == walked
    assert [row[2:] for row in all_fields(profile)] == walked


def _plain_walk(value: Any, path: str = "") -> list[tuple[str, str]]:
    from pydantic import BaseModel

    from profilelint.api import PartialDate

    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, PartialDate):
        return [(path, value.text)] if value.year is None and value.text.strip() else []
    if isinstance(value, list):
        return [row for i, item in enumerate(value) for row in _plain_walk(item, f"{path}[{i}]")]
    if isinstance(value, BaseModel):
        return [
            row
            for name in type(value).model_fields
            for row in _plain_walk(getattr(value, name), f"{path}.{name}" if path else name)
        ]
    return []


# --- the placeholder prefilter --------------------------------------------------------------

MARKER_BITS = st.sampled_from(
    [
        *("lorem", "ipsum", "dolor", "sit", "amet", "LOREM IPSUM", "{{", "}}", "{", "}", "${"),
        *("%", "FNAME", "[", "]", "<", ">", "your", "Your", "name", "here", "HERE", "insert"),
        *("goes", "text", "--", "-", "TODO", "FIXME", "TBD", "*|", "|*", "xx", "XX", "XXX"),
        *("x", "X", "20", "19", "5", ".", "/", "公司", "【", "】", "姓名", "Company", "(", "_"),
        *("enter", "your-username", "yourname", "ſ", "K", "İ", "ı", " ", "\n", "'", '"'),
        *("\u212a", "HeRe", "YOUR", "Lorem", "DOLOR", "ＨＥＲＥ", "Ｘ", "x.", "9/", "٣-"),
    ]
)
FIELD_TEXTS = st.lists(MARKER_BITS, max_size=12).map("".join)


@EXAMPLES
@given(FIELD_TEXTS)
def test_the_placeholder_prefilter_never_turns_away_a_match(text: str) -> None:
    matched = placeholders._MARKERS.search(text) or placeholders._CAPITAL_MARKERS.search(text)
    if matched:
        assert placeholders.may_hold_marker(text)


_REFERENCE_SIGNS = re.compile(r"[{%\[<【]|[xX\d][-./]")
SIGN_TEXTS = st.lists(st.sampled_from([*"xX09٣-./{%[<【a ", "\x00", "ab", "2024"]), max_size=10)


@EXAMPLES
@given(SIGN_TEXTS.map("".join))
def test_the_placeholder_signs_are_the_pattern_first_used(text: str) -> None:
    """Brackets and "x", "X" or a digit before "-", "." or "/", as one pattern found them."""
    signs = any(c in text for c in "{%[<【") or placeholders._number_sign(text)
    assert signs == bool(_REFERENCE_SIGNS.search(text))


@EXAMPLES
@given(st.lists(FIELD_TEXTS, max_size=5))
def test_the_joined_prefilter_holds_a_marker_when_a_field_may(texts: list[str]) -> None:
    """No marker crosses the joining character: the joined text may hold one exactly when
    one of the fields may."""
    joined = placeholders.may_hold_marker("\x00".join(texts))
    assert joined == any(placeholders.may_hold_marker(t) for t in texts)


def test_the_placeholder_prefilter_lets_through_each_kind_of_marker() -> None:
    for text in [
        "Lorem ipsum", "{{name}}", "${title}", "%FIRSTNAME%", "[Your Name]", "<your title>",
        "insert text here", "---Enter Image URL---", "yourname.com", "TODO", "*|FNAME|*",
        "xxx-xxx-xxxx", "20XX", "XXX", "在XXX公司", "【姓名】", "<Company>",
    ]:  # fmt: skip
        assert placeholders.may_hold_marker(text), text
        assert placeholders.find_placeholders(text), text
    assert not placeholders.may_hold_marker("Nurse at the city hospital since 2019")


# --- the skill matcher's prefixes -----------------------------------------------------------

WORDS = st.text(alphabet="abcdeéfnorstuwzą", min_size=1, max_size=14)


@EXAMPLES
@given(st.lists(WORDS, max_size=8), WORDS.filter(lambda w: len(w) >= 5))
def test_prefix_search_is_the_dict_of_prefixes(unit_words: list[str], word: str) -> None:
    """For the words it is asked about: five letters or more (halves of compounds, and
    words of seven letters or more)."""
    evidence = skills_match.Evidence([[" ".join(unit_words)]])
    if not evidence:
        return
    prefixes: dict[str, int] = {}  # as the matcher kept them before: every prefix, longest word
    for plain in {skills_match._plain(w) for w in evidence.words(0) if w.isalpha()}:
        if len(plain) <= 40:
            for n in range(5, len(plain) + 1):
                prefixes[plain[:n]] = max(prefixes.get(plain[:n], 0), len(plain))
    plain = skills_match._plain(word)
    expected = prefixes.get(plain[: max(5, len(plain) - 3)], 0) >= len(plain) - 2
    assert skills_match._prefixed(plain, evidence.long_words(0)) == expected


SKILL_TEXT_BITS = st.sampled_from(
    [
        *("Node.js", "A/B", "P&L", "C++", "C#", "R&D", "-", "'", "’", "/", "&", ".", "+", "#"),
        *("led", "mentoring", "Kundenbetreuung", "Planificación", "zarządzałem", "ＡＢＣ", "ﬁ"),
        *("が", "用Python做", "é", "e\u0301", "ǅ", "Σ", "ß", "İ", "\u0651", "ö", "x", "7", "_"),
        *(" ", "  ", "\n", "\t", ",", "(", ")", "k8s", "UX/UI", "e-mail", "don't"),
    ]
)
SKILL_TEXTS = st.lists(SKILL_TEXT_BITS, max_size=10).map("".join)
_REFERENCE_TOKEN = re.compile(r"\w+(?:[.'’\-/&]\w+)*[+#]*")
_REFERENCE_JOINERS = re.compile(r"[-'’/&]")


def _reference_plain(text: str) -> str:
    """Accent-free case folding as the matcher first wrote it (marks deleted by translate)."""
    import unicodedata

    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    marks = {ord(c): None for c in set(decomposed) if unicodedata.combining(c)}
    return unicodedata.normalize("NFC", decomposed.translate(marks) if marks else decomposed)


@EXAMPLES
@given(SKILL_TEXTS)
def test_plain_text_is_the_translated_one(text: str) -> None:
    assert skills_match._plain_text(text) == _reference_plain(text)


@EXAMPLES
@given(SKILL_TEXTS)
def test_the_possessive_token_pattern_finds_the_greedy_ones(text: str) -> None:
    assert skills_match._TOKEN.findall(text) == _REFERENCE_TOKEN.findall(text)


@EXAMPLES
@given(st.lists(st.lists(st.one_of(st.none(), SKILL_TEXTS), max_size=4), max_size=4))
def test_evidence_indexes_the_words_it_indexed_before(units: list[list[str | None]]) -> None:
    """Each unit's words and stems as first computed (all at once, when the evidence was
    built): NFKC on every part, every token, and the pieces of the tokens with a joiner."""
    import unicodedata

    evidence = skills_match.Evidence(units)
    expected_units, expected_words, expected_stems = [], [], []
    for unit in units:
        parts = [unicodedata.normalize("NFKC", t) for t in unit if t and t.strip()]
        if not parts:
            continue
        expected_units.append("\n".join(parts))
        tokens = [t for part in parts for t in _REFERENCE_TOKEN.findall(part)]
        pieces = [
            p
            for t in tokens
            if _REFERENCE_JOINERS.search(t)
            for p in _REFERENCE_JOINERS.split(t)
            if p
        ]
        words = {t for t in tokens + pieces if len(t) > 1}
        expected_words.append(words)
        expected_stems.append(
            {skills_match.stem(t) for t in words} | {skills_match.skill_key(t) for t in words}
        )
    assert evidence.units == expected_units
    count = len(expected_units)
    assert [evidence.words(i) for i in range(count)] == expected_words
    assert [evidence.stems(i) for i in range(count)] == expected_stems
    # The whole profile's unit: every unit's words and stems.
    assert evidence.words(evidence.whole()) == set().union(*expected_words)
    assert evidence.stems(evidence.whole()) == set().union(*expected_stems)


def _reference_pieces(text: str) -> list[str]:
    depth, current, pieces = 0, "", []
    for char in text:
        depth += (char in "([") - (char in ")]")
        if depth == 0 and char in "|;,•·":
            pieces.append(current)
            current = ""
        else:
            current += char
    return [*pieces, current]


@EXAMPLES
@given(st.lists(st.sampled_from([*"|;,•·()[] /aZ", "Vue", "C++"]), max_size=10).map("".join))
def test_a_skill_without_separators_is_one_piece(text: str) -> None:
    from profilelint.checks import _skill_parts

    assert _skill_parts._pieces(text) == _reference_pieces(text)


# --- the headline's own names ---------------------------------------------------------------

NAME_BITS = st.sampled_from(
    [*"aAkK ", "Nurse", "nurse", "NURSE", "at", "Acme", "ACME", "İ", "ſ", "\u212a"]
)


@EXAMPLES
@given(
    st.lists(NAME_BITS, max_size=8).map("".join),
    st.sets(st.one_of(st.none(), st.lists(NAME_BITS, max_size=3).map("".join)), max_size=3),
)
def test_names_are_taken_out_of_a_headline_as_every_pattern_takes_them(
    headline: str, names: set[str | None]
) -> None:
    from profilelint.checks import headline as headline_rules

    expected = headline
    for name in sorted((n.strip() for n in names if n and n.strip()), key=len, reverse=True):
        expected = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", expected, flags=re.I)
    assert headline_rules._without_names(headline, names) == expected


@EXAMPLES
@given(st.text(alphabet="aZ é ßΣжЖ中ǅ1_-ıİ", max_size=12))
def test_a_latin_headline_is_one_whose_every_letter_is_latin(text: str) -> None:
    import unicodedata

    from profilelint.checks import headline as headline_rules

    expected = all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())
    assert headline_rules._is_latin(text) == expected


# --- the summary's subjects ----------------------------------------------------------------

SENTENCE_BITS = st.sampled_from(
    [
        *("Sam", "Taylor", "Sam's", "He", "she", "her", "they", "Their", "I", "my", "US", "we"),
        *("is", "leads", "Today", "and", "de", "Dr.", "Van", "Product", "(they/them)", "(", ")"),
        *(" ", " ", " ", ",", ";", ":", " - ", "–", "—", "'s", ".", "Al-Farsi", "Ahmed", "x"),
    ]
)


def _reference_third_person(masked: str, names: frozenset[str], they: bool) -> bool:
    from profilelint.checks import summary

    if summary._has_first_person(masked):
        return False
    pronouns = summary._THIRD_PERSON | summary._SINGULAR_THEY if they else summary._THIRD_PERSON
    masked = re.sub(r"\([^()]*\)", " ", masked)
    for clause in re.split(r"[,;:–—]|\s-\s|\(", masked):
        words = [
            t
            for t in summary._TOKEN.findall(clause)
            if t.lower().strip(".") not in summary._NAME_PARTICLES
        ]
        if words and words[0].lower() in summary._OPENERS:
            words = words[1:]
        if not words or not summary._is_reference(words[0], names, pronouns):
            continue
        rest = words[1:]
        while rest and rest[0][:1].isupper() and rest[0].casefold() in names:
            rest = rest[1:]
        if rest and rest[0][:1].islower():
            return True
    return False


@EXAMPLES
@given(st.lists(SENTENCE_BITS, max_size=14).map("".join), st.booleans())
def test_a_third_person_sentence_is_found_reading_only_its_first_words(
    masked: str, they: bool
) -> None:
    from profilelint.checks import summary

    names = summary.name_parts("Dr. Sam Taylor Ahmed Al-Farsi")
    expected = _reference_third_person(masked, names, they)
    assert summary.is_third_person(masked, names, they) == expected


def _reference_sentences(text: str) -> list[tuple[str, str]]:
    from profilelint.checks import summary

    masked = summary._QUOTED.sub(lambda m: " " * len(m.group()), text)
    found: list[tuple[str, str]] = []
    start = 0
    for match in summary._SENTENCE_END.finditer(masked):
        before = masked[start : match.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if match.group()[0] == "." and (last in summary._ABBREVIATIONS or len(last) == 1):
            continue
        found.append((text[start : match.end()], masked[start : match.end()]))
        start = match.end()
    found.append((text[start:], masked[start:]))
    return [(t.strip(), m) for t, m in found if summary._TOKEN.search(m)]


QUOTE_BITS = st.sampled_from([*'“”"«»„.!? \n', "Dr.", "Inc.", "a.", "Sam", "said", "…", ")"])


@EXAMPLES
@given(st.lists(st.one_of(QUOTE_BITS, SENTENCE_BITS), max_size=16).map("".join))
def test_sentences_are_cut_where_they_were_cut(text: str) -> None:
    from profilelint.checks import summary

    assert summary.sentences(text) == _reference_sentences(text)


# --- the experience rules' prefilters ------------------------------------------------------

PHRASE_BITS = st.sampled_from(
    [
        *("Responsible", "for", "INVOLVED", "in", "assisted", "with", "Helped", "out", "I was"),
        *("duties", "included", "responsibilities", "were", "worked", "on", "various", "tasks"),
        *("half", "the", "a", "third", "quarter", "fifth", "zero", "by", "two", "THIRDS", "-"),
        *(" ", "\n", ".", ";", "•", "and", "ſ", "ı", "İ", "\u212a", "Dutıes", "reſponsible"),
    ]
)


@EXAMPLES
@given(st.lists(PHRASE_BITS, max_size=10).map("".join))
def test_the_experience_prefilters_never_turn_away_a_match(text: str) -> None:
    from profilelint.checks import experience

    lowered = text.lower()
    if experience._WEAK_PHRASES.search(text):
        assert experience._may_hold(text, lowered, experience._WEAK_WORDS)
    if experience._FRACTION.search(text):
        assert experience._may_hold(text, lowered, experience._FRACTION_WORDS)


def test_a_skill_s_memoised_parts_are_a_new_list_each_time() -> None:
    from profilelint.checks import _skill_parts

    first = _skill_parts.parts("Vue | Nuxt, 3 years")
    assert first == ["Vue", "Nuxt"]
    first.append("changed")
    assert _skill_parts.parts("Vue | Nuxt, 3 years") == ["Vue", "Nuxt"]


# --- the JSON limits' shortcuts -------------------------------------------------------------


def _parse_error(text: str, **limits: int) -> str | None:
    from profilelint.loaders.base import LoadError
    from profilelint.loaders.jsonsource import JsonSource

    try:
        JsonSource.parse(text, **{"max_depth": 64, "max_items": 10_000, **limits})
    except LoadError as error:
        return f"{error.code} {error.message}"
    return None


def test_brackets_and_commas_inside_strings_do_not_count_against_the_limits() -> None:
    text = json.dumps({"a": "[[[{{{" * 20, "b": ",,,]]]}}}" * 20, "c": [[1, 2], {"d": 3}]})
    assert _parse_error(text, max_depth=3, max_items=8) is None
    assert _parse_error(text, max_depth=2) == "INP003 JSON nesting depth 3 is over the limit of 2"
    assert _parse_error(text, max_items=7) == "INP003 8 values, over the limit of 7"


@pytest.mark.parametrize("text", ['{"a": "\\udc00"}', '{"a": "\udc00"}', '{"\udc00": 1}'])
def test_a_lone_surrogate_is_found_escaped_or_not(text: str) -> None:
    assert _parse_error(text) == (
        "INP001 text holds \\udc00, half of a UTF-16 pair: not a character"
    )


# --- patterns compiled when first used ------------------------------------------------------


def test_a_lazy_pattern_answers_as_the_compiled_one_and_then_is_it() -> None:
    from profilelint.api import LazyPattern

    source, flags, text = r"(?P<word>[a-z]+)(\d)?", re.IGNORECASE, "Ab1 cd ef2, GH"
    lazy, compiled = LazyPattern(source, flags), re.compile(source, flags)
    assert "_compiled" not in vars(lazy)  # nothing compiled on creation
    assert lazy.search(text, 1).span() == compiled.search(text, 1).span()  # type: ignore[union-attr]
    assert lazy.search is not LazyPattern.search  # the compiled pattern's own method now
    assert lazy.compiled() is vars(lazy)["_compiled"]
    fresh = [LazyPattern(source, flags) for _ in range(6)]
    assert fresh[0].match(text).group("word") == "Ab"  # type: ignore[union-attr]
    assert fresh[1].fullmatch("xy") is not None and fresh[1].fullmatch("x y") is None
    assert [m.span() for m in fresh[2].finditer(text)] == [
        m.span() for m in compiled.finditer(text)
    ]
    assert fresh[3].findall(text) == compiled.findall(text)
    assert fresh[4].sub("-", text, count=2) == compiled.sub("-", text, count=2)
    assert fresh[5].split(text, 1) == compiled.split(text, 1)


def test_the_engine_shares_one_memo_per_profile_between_modules() -> None:
    """Two modules' rules asking for the same function get one computation per profile; the
    next profile (and the next file) computes its own."""
    import sys
    import types
    from collections.abc import Iterator
    from importlib.metadata import EntryPoint
    from pathlib import Path

    from profilelint.api import Finding, rule
    from profilelint.config import load_settings, validate_against
    from profilelint.engine import Linter
    from profilelint.plugins import GROUP, build_registry

    seen: list[str | None] = []

    def headline_of(profile: Profile) -> str | None:
        seen.append(profile.headline)
        return profile.headline

    modules = []
    for number in (1, 2):
        module = types.ModuleType(f"fake_memo_checks_{number}")

        @rule(f"FAM00{number}", f"fake-memo-{number}", severity="info", help="h")
        def check(profile: Profile, ctx: Context) -> Iterator[Finding]:
            yield Finding(f"headline {ctx.once(headline_of, profile)}", field="headline")

        module.check = check  # type: ignore[attr-defined]
        sys.modules[module.__name__] = module
        modules.append(EntryPoint(f"memo{number}", module.__name__, GROUP))
    try:
        registry = build_registry(modules)
        settings = validate_against(
            load_settings(config_file=None, overrides={}, cwd=Path("/nonexistent")), registry
        )
        linter = Linter(settings, registry)
        for headline in ("one", "two", "one"):
            data = json.dumps({"basics": {"name": "Ana", "label": headline}}).encode()
            result = linter.lint_bytes(data, "p.json")
            assert [d.message for d in result.diagnostics] == [f"headline {headline}"] * 2
        assert seen == ["one", "two", "one"]  # once per profile, never carried over
        assert not linter._memo._values  # nothing of the last profile is kept
    finally:
        for entry in modules:
            del sys.modules[entry.value]


# --- the engine's check of what a rule yields -----------------------------------------------


def _reference_check(finding: object) -> None:
    """The check before its shortcut for plain findings."""
    from profilelint.api import Finding

    if not isinstance(finding, Finding):
        raise TypeError(f"yielded {type(finding).__name__}, not a Finding")
    if not isinstance(finding.message, str) or not all(
        value is None or isinstance(value, str)
        for value in (finding.field, finding.quote, finding.help)
    ):
        raise TypeError("a Finding's message, field, quote and help must be text")
    if not all(isinstance(other, str) for other in finding.related):
        raise TypeError("a Finding's related fields must be model paths (text)")


class _Text(str):
    pass


TEXTISH = st.sampled_from([None, "", "x", _Text("y"), 1, b"z", ["a"]])
RELATED = st.sampled_from([(), ("a",), ("a", 1), [], ["b"], None, "ab", (_Text("c"),)])


@EXAMPLES
@given(TEXTISH, TEXTISH, TEXTISH, TEXTISH, RELATED, st.booleans())
def test_the_finding_check_shortcut_is_the_full_check(
    message: Any, field: Any, quote: Any, help_: Any, related: Any, subclass: bool
) -> None:
    from profilelint.api import Finding
    from profilelint.engine import _check_finding

    class _Subclass(Finding):
        pass

    finding = (_Subclass if subclass else Finding)(message, field, quote, help_, related)

    def outcome(check: Any, yielded: object) -> str | None:
        try:
            check(yielded)
        except Exception as error:
            return f"{type(error).__name__}: {error}"
        return None

    for yielded in (finding, "text", 3, None):
        assert outcome(_check_finding, yielded) == outcome(_reference_check, yielded)


# --- the JSON Resume reader's shortcuts -----------------------------------------------------


def test_no_birth_date_key_is_a_schema_key_of_basics() -> None:
    """The reader looks for a birth date only in a 'basics' holding a key the schema lacks."""
    from profilelint.loaders.jsonresume_keys import BIRTH_DATE_KEYS, KEYS

    assert not set(BIRTH_DATE_KEYS) & KEYS["basics"]


@EXAMPLES
@given(
    st.dictionaries(
        st.sampled_from(["name", "summary", "startDate", "endDate", "keywords", "x-tool"]),
        st.one_of(
            st.sampled_from(["", " ", "a", "2020-01", "Present"]),
            st.none(),
            st.lists(st.sampled_from(["", " ", "b"]), max_size=2),
            st.integers(2019, 2020),
        ),
    )
)
def test_blank_entries_and_dates_read_as_before(item: dict[str, Any]) -> None:
    """An entry is blank exactly when every value but a tool's is blank, and a role's dates
    read as the reader's date() reads them."""
    from profilelint.loaders import jsonresume
    from profilelint.loaders.jsonsource import JsonSource

    def plain_blank(value: Any) -> bool:
        if isinstance(value, str):
            return not value.strip()
        if isinstance(value, dict):
            return all(
                plain_blank(v) for k, v in value.items() if k not in jsonresume._TOOL_KEYS_ANYWHERE
            )
        if isinstance(value, list):
            return all(plain_blank(v) for v in value)
        return value is None

    assert jsonresume._is_blank(item) == plain_blank(item)
    source = JsonSource(text=json.dumps(item), document=item)
    reader = jsonresume._Reader(source)
    out, current = reader.read(item, "/work/0", "positions[0]", jsonresume._WORK)
    expected = jsonresume._Reader(JsonSource(text=source.text, document=item))
    start, _ = expected.date(item, "startDate", "/work/0", "positions[0].start")
    end, present = expected.date(item, "endDate", "/work/0", "positions[0].end")
    assert (out["start"], out["end"], current) == (start, end, present)
    assert reader.fields["positions[0].start"] == expected.fields["positions[0].start"]
    assert reader.fields["positions[0].end"] == expected.fields["positions[0].end"]


_ASCII_TEXT = st.text(
    alphabet=st.sampled_from([*"aZ09'- _.,#*~\r\n\t\x00\x7f"]), max_size=40
) | st.text(alphabet=st.characters(max_codepoint=127), max_size=40)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text=_ASCII_TEXT)
def test_ascii_words_and_graphemes_are_the_unicode_patterns(text: str) -> None:
    """On ASCII text, ``re``'s patterns find the words, graphemes and emoji that the Unicode
    property patterns of ``regex`` find."""
    from profilelint import text as textmod

    patterns = textmod._patterns()
    assert textmod.words(text) == patterns["word"].findall(text)
    assert textmod.graphemes(text) == patterns["grapheme"].findall(text)
    assert textmod.count_emoji(text) == len(patterns["emoji"].findall(text))
    assert [m.group() for m in textmod._ASCII_WORD.finditer(text)] == patterns["word"].findall(text)


# --- the engine's text walk -----------------------------------------------------------------


def _reference_texts(value: Any) -> list[str]:
    """The walk the engine's first text walk made: every text in field order, a call a value."""
    from pydantic import BaseModel

    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _reference_texts(item)]
    if isinstance(value, BaseModel):
        return [
            text
            for name in type(value).model_fields
            for text in _reference_texts(getattr(value, name))
        ]
    return []


ROLE_TEXT = st.one_of(st.none(), st.sampled_from(["", " ", "Led a team", "Nurse", "ü"]))
ROLES = st.fixed_dictionaries(
    {},
    optional={
        "title": ROLE_TEXT,
        "company": ROLE_TEXT,
        "description": ROLE_TEXT,
        "start": st.sampled_from(["2019-03", "spring 2019", "2020"]),
        "end": st.sampled_from(["2021", "present"]),
        "current": st.booleans(),
        "highlights": st.lists(st.sampled_from(["", "Cut costs", "x"]), max_size=3),
        "keywords": st.lists(st.sampled_from(["SQL", "Go"]), max_size=2),
    },
)


@EXAMPLES
@given(
    ROLE_TEXT,
    st.lists(ROLES, max_size=3),
    st.lists(st.fixed_dictionaries({"name": st.sampled_from(["Python", "Excel"])}), max_size=2),
    st.sampled_from(["", "positions", "positions[0]", "skills", "summary", "location", "contact"]),
)
def test_the_engine_text_walk_is_the_plain_walk(
    summary: str | None, roles: list[dict[str, Any]], skills: list[dict[str, Any]], field: str
) -> None:
    from profilelint.engine import _texts, value_at

    profile = Profile.model_validate(
        {
            "summary": summary,
            "positions": roles,
            "skills": skills,
            "location": {"city": "Oslo"},
            "connections": 3,
        }
    )
    value = value_at(profile, field) if field else profile
    assert _texts(value) == _reference_texts(value)


# --- the diagnostic's written-out constructor -----------------------------------------------


def test_the_diagnostic_constructor_takes_its_fields() -> None:
    """Diagnostic.__init__'s parameters are the fields, in order, with the fields' defaults."""
    import dataclasses
    import inspect

    from profilelint.diagnostic import Diagnostic

    parameters = list(inspect.signature(Diagnostic.__init__).parameters.values())[1:]
    assert [(p.name, p.default) for p in parameters] == [
        (f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default)
        for f in dataclasses.fields(Diagnostic)
    ]
    assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in parameters)
    values = [f"v{i}" for i in range(len(parameters))]
    made = Diagnostic(*values)
    assert [getattr(made, f.name) for f in dataclasses.fields(Diagnostic)] == values
    assert dataclasses.replace(made, path="p") == Diagnostic(*values[:5], "p", *values[6:])
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.code = "X"  # type: ignore[misc]


# --- buzzwords on lower-cased text ------------------------------------------------------------


def _reference_buzzwords(text: str, extra: tuple[str, ...] = ()) -> list[str]:
    """``find_buzzwords`` as first written: the case-ignoring pattern over the text itself."""
    from profilelint import text as textmod

    if not text:
        return []
    names = [m.span() for m in textmod._NAME_EXCEPTIONS.finditer(text)]
    found: dict[str, str] = {}
    for match in textmod._buzzword_pattern(tuple(sorted(extra))).finditer(text):
        if any(start <= match.start() < end for start, end in names):
            continue
        found.setdefault(textmod._normalise(match.group()).replace(" ", ""), match.group())
    return list(found.values())


def test_lower_casing_keeps_what_the_buzzword_pattern_matches() -> None:
    """Over every code point but ı, ſ and those lower-casing to more than one: a character
    matches an ASCII character, ignoring case, exactly when its lower case is that
    character's, and is in the buzzword pattern's classes exactly when its lower case is."""
    everything = "".join(
        chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and chr(c) not in "ıſ"
    )
    everything = "".join(c for c in everything if len(c.lower()) == 1)
    lowered = everything.lower()
    # Every ASCII character: buzzword phrases, and the names HDL002 looks for, are ASCII.
    for char in map(chr, range(128)):
        ignoring = re.finditer(re.escape(char), everything, re.IGNORECASE)
        plain = re.finditer(re.escape(char.lower()), lowered)
        assert [m.start() for m in ignoring] == [m.start() for m in plain], char
    for cls in (r"[\w\-‐‑]", r"[\s\-‐‑]"):
        ignoring_class = [m.start() for m in re.finditer(cls, everything, re.IGNORECASE)]
        assert ignoring_class == [m.start() for m in re.finditer(cls, lowered)], cls


_BUZZ_PIECES = st.sampled_from(
    [
        "passionate",
        "Results-Driven",
        "RESULTS DRIVEN",
        "resultsdriven",
        "highly",
        "creative",
        "Rock Star",
        "rockstar games",
        "Ninja Theory",
        "ninja",
        "team player",
        "self‑starter",
        "data-driven",
        "very",
        "every",
        "strategic thinker",
        "think outside the box",
        " ",
        "-",
        "‐",
        "\n",
        ",",
        ".",
        "_",
        "x",
        "é",
        "ı",
        "İ",
        "ſ",
        "K",
        "ß",
        "ﬁ",
        "Σ",
        "paſſionate",
        "hıghly creative",
        "HİGHLY CREATIVE",
        "trac\u212a record",
    ]
)
_BUZZ_TEXT = st.lists(_BUZZ_PIECES, max_size=12).map("".join) | st.text(max_size=30)


@EXAMPLES
@given(text=_BUZZ_TEXT, extra=st.sampled_from([(), ("visionary",), ("Ünique", "x-y")]))
def test_find_buzzwords_is_the_case_ignoring_pattern(text: str, extra: tuple[str, ...]) -> None:
    """The buzzwords found on lower-cased text are the ones the case-ignoring pattern finds."""
    from profilelint.text import find_buzzwords

    assert find_buzzwords(text, extra) == _reference_buzzwords(text, extra)


def _reference_shouting(word: str) -> bool:
    """``is_all_caps_shouting`` as first written, letter by letter for every word."""
    from profilelint import text as textmod

    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 4 or not all(ch.isupper() for ch in letters):
        return False
    if any(ch.isdigit() for ch in word) or textmod._is_latin_without_vowel(letters):
        return False
    upper = word.upper().strip("'’")
    if upper in textmod.ACRONYMS:
        return False
    return re.sub(r"['’]?S$", "", upper) not in textmod.ACRONYMS


_WORDISH = st.text(alphabet=st.sampled_from([*"AEIOSmbrk2'’-Ⓐⓐªǅé"]), max_size=9)


@EXAMPLES
@given(word=_WORDISH | st.text(alphabet=st.characters(max_codepoint=127), max_size=9))
def test_shouting_is_the_letter_by_letter_check(word: str) -> None:
    from profilelint.text import is_all_caps_shouting

    assert is_all_caps_shouting(word) == _reference_shouting(word)


_HEADLINE_PIECES = st.sampled_from(
    [*"  ,|-_", "Acme", "ACME", "acme", "ſims", "sıms", "SIMS", "İkea", "ikea", "K", "Café", "ß"]
)


@EXAMPLES
@given(
    headline=st.lists(_HEADLINE_PIECES, max_size=10).map("".join) | st.text(max_size=20),
    names=st.sets(st.sampled_from(["Acme", "Sims", "Ikea", "Café", "Acme Corp", "a", "k", ""])),
)
def test_names_are_removed_as_by_the_pattern_per_name(headline: str, names: set[str]) -> None:
    """The headline without names is the one the case-ignoring pattern per name leaves."""
    from profilelint.checks import headline as headline_check

    expected = headline
    for name in sorted((n.strip() for n in names if n and n.strip()), key=len, reverse=True):
        expected = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", expected, flags=re.I)
    assert headline_check._without_names(headline, set(names)) == expected
