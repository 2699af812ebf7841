"""The single-pass shortcuts give what the plain computation gives.

- the language gates (one CJK scan, letters and words counted only as far as the thresholds)
  decide as the character-by-character counts they replaced;
- the language scorer's feature counts, gathered per distinct state, are the counts of the
  state-by-state walk, in the same order.

Hypothesis runs derandomised, with a fixed number of examples.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from profilelint import text as textmod  # noqa: E402

EXAMPLES = settings(derandomize=True, deadline=None, max_examples=300, database=None)

# Texts that mix the scripts the gates tell apart, with noise the detector removes.
_PIECES = st.sampled_from(
    [
        "I build billing tools",
        "für kleine Praxen",
        "软件工程师",
        "ソフトウェア",
        "カタカナ・ひらがな",
        "소프트웨어 엔지니어",
        "Разрабатываю",
        "https://example.org/a",
        "ana@example.org",
        "#hashtag",
        "@handle",
        "🚀",
        "ⅻ",
        "123",
        " ",
        "\n",
        "-",
        "'",
        "々〆",
        "\u3400\U00020000",
    ]
)
TEXTS = st.one_of(
    st.lists(_PIECES, max_size=12).map(" ".join),
    st.text(max_size=80),
)


def _reference_cjk(text: str) -> str | None:
    """The CJK gate as it was: three scans and a character-by-character count."""
    han = len(re.findall(f"[{textmod._HAN}]", text))
    kana = len(re.findall(f"[{textmod._KANA}]", text))
    hangul = len(re.findall(f"[{textmod._HANGUL}]", text))
    cjk = han + kana + hangul
    other_letters = sum(1 for ch in textmod._cjk_patterns()[0].sub("", text) if ch.isalpha())
    if cjk < 2 or cjk * 3 < other_letters:
        return None
    if hangul >= max(han, kana):
        return "ko"
    if kana:
        return "ja"
    return "zh"


def _reference_gate(text: str) -> bool:
    """Whether a text got past the length gates before the model, counted in full."""
    cleaned = textmod._NOISE.sub(" ", text)
    letters = sum(1 for ch in cleaned if ch.isalpha())
    return not (letters < textmod.MIN_LETTERS or len(textmod.words(cleaned)) < textmod.MIN_WORDS)


@EXAMPLES
@given(TEXTS)
def test_the_cjk_gate_decides_as_the_full_counts(text: str) -> None:
    assert textmod._cjk_language(text) == _reference_cjk(text)


@EXAMPLES
@given(TEXTS)
def test_the_length_gates_decide_as_the_full_counts(text: str) -> None:
    cleaned = textmod._NOISE.sub(" ", text)
    passed = textmod._at_least(
        filter(str.isalpha, cleaned), textmod.MIN_LETTERS
    ) and textmod._at_least(textmod._patterns()["word"].finditer(cleaned), textmod.MIN_WORDS)
    assert passed == _reference_gate(text)


def test_at_least_stops_at_the_count() -> None:
    taken: list[int] = []

    def counting() -> object:
        for item in range(100):
            taken.append(item)
            yield item

    assert textmod._at_least(counting(), 5) and taken == [0, 1, 2, 3, 4]  # type: ignore[arg-type]
    assert not textmod._at_least(iter([1, 2]), 3)
    assert textmod._at_least(iter([None, None]), 2)  # a None item counts like any other


@pytest.fixture(scope="module")
def py3langid_tables() -> object:
    """py3langid's own classifier (numpy), restricted to the candidate languages."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    source = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    source.set_languages(list(textmod.CANDIDATE_LANGUAGES))
    return source


@EXAMPLES
@given(text=TEXTS)
def test_the_scorer_counts_features_as_the_walk_does(text: str, py3langid_tables: object) -> None:
    import numpy as np
    from py3langid.langid import visit_counts

    from profilelint import langmodel

    source: Any = py3langid_tables
    identifier = textmod._identifier()
    data = langmodel._encode(text)
    # py3langid's own walk; a feature is told apart by its row of weights (the cache
    # numbers features its own way), scaled as the cache scales them.
    expected = visit_counts(source.tk_nextmove, source._rowbase, source.tk_output, data) or {}
    weights = -np.asarray(source.nb_ptc, dtype=np.float64) * identifier._scale
    rows = {f: weights[f].astype("<u4").tobytes() for f in expected}
    width, at, buffer = identifier._width, identifier._rows_at, identifier._buffer
    found = [
        (bytes(buffer[at + f * width : at + (f + 1) * width]), count)
        for f, count in identifier._feature_counts(data).items()
    ]
    assert found == [(rows[f], count) for f, count in expected.items()]


# --- skill evidence: the whole-profile unit ------------------------------------------------

_SKILL_WORDS = st.sampled_from(
    [
        "Kundenbetreuung",
        "Betreuung",
        "Kunden",
        "Prosjektledelse",
        "ledet",
        "prosjekter",
        "finansowa",
        "finansowe",
        "mentoring",
        "mentored",
        "Python",
        "API",
        "design",
        "designed",
        "Postgres",
        "UX/UI",
        "R&D",
        "zarządzanie",
        "zarządzałem",
        "analysis",
        "analyst",
        "Photoshop",
        "photos",
    ]
)


@EXAMPLES
@given(
    st.lists(st.lists(_SKILL_WORDS, min_size=1, max_size=5).map(" ".join), max_size=5),
    _SKILL_WORDS,
)
def test_the_whole_profile_unit_holds_what_any_unit_holds(units: list[str], word: str) -> None:
    from profilelint.checks._skills_match import Evidence

    evidence = Evidence([[text] for text in units])
    whole = evidence.whole()
    held = [evidence._holds(index, word) for index in range(len(evidence.units))]
    assert evidence._holds(whole, word) or not any(held)
    assert evidence.whole() == whole  # built once


# --- experience: a metric --------------------------------------------------------------------


def _reference_metric(text: str) -> bool:
    from profilelint.checks import _experience_words as data
    from profilelint.checks import experience

    if "%" in text or experience._CURRENCY.search(text) or experience._MULTIPLE.search(text):
        return True
    if experience._FRACTION.search(text):
        return True
    for match in experience._NUMBER.finditer(text):
        if not (experience._YEAR.fullmatch(match.group(1)) and not match.group(2)):
            return True
    return any(word in data.NUMBER_WORDS for word in experience._WORD.findall(text.lower()))


_METRIC_PIECES = st.sampled_from(
    ["Cut costs", "by a third", "x2", "×3", "$5", "€ 1", "2019", "2019+", "40%", "12k", "٣",
     "ten", "zero", "S3", "2FA", "v1.2", "-", ".", " "]
)  # fmt: skip


@EXAMPLES
@given(st.one_of(st.lists(_METRIC_PIECES, max_size=8).map("".join), st.text(max_size=40)))
def test_a_metric_is_found_as_without_the_digit_test(text: str) -> None:
    from profilelint.checks import experience

    assert experience._has_metric(text) == _reference_metric(text)
