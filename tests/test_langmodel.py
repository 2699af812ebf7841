"""The language model's memory-mapped cache: py3langid's answers without numpy, and never a
failure of its own (absent, damaged, foreign or unwritable caches fall back to the shipped model).
"""

from __future__ import annotations

import json
import math
import os
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, run_subprocess
from hypothesis import given, settings
from hypothesis import strategies as st

from profilelint import langmodel
from profilelint.text import CANDIDATE_LANGUAGES

TEXTS = [
    "I build billing tools that get small clinics paid a week sooner.",
    "Ich entwickle Abrechnungssoftware für kleine Arztpraxen in Leipzig.",
    "Jeg lager faktureringsverktøy for små legekontor i Bergen.",
    "Diseño herramientas de facturación para clínicas pequeñas.",
    "Tworzę narzędzia do fakturowania dla małych przychodni.",
    "Разрабатываю инструменты для небольших клиник.",
    "J'aide les PME à recruter des développeurs sans passer par des agences.",
    "Küçük kliniklere yardım ediyorum ve faturalama araçları geliştiriyorum.",
    "SOFTWARE ENGINEER AT A SMALL BANK",
    "Software Engineer",
    "🚀🚀🚀 !!!",
    "",
]


@pytest.fixture(scope="module")
def reference() -> object:
    """py3langid's own classifier (numpy), restricted to the same languages."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CANDIDATE_LANGUAGES))
    return identifier


def _same_as_py3langid(identifier: langmodel.Identifier, reference: object) -> bool:
    for text in TEXTS:
        language, confidence = identifier.classify(text)
        expected, expected_confidence = reference.classify(text)  # type: ignore[attr-defined]
        if language != expected or abs(confidence - expected_confidence) > 1e-4:
            return False
    return True


def _refuse_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the shipped model was read although a good cache exists")

    monkeypatch.setattr(langmodel, "build_model", refuse)


def _cache_path() -> Path:
    model = langmodel.shipped_model()
    assert model is not None
    key = langmodel.model_key(model, CANDIDATE_LANGUAGES)
    assert key is not None
    path = langmodel._cache_file(key)
    assert path is not None
    return path


def test_the_first_load_writes_the_cache_and_the_second_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: object
) -> None:
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(tmp_path))
    old = tmp_path / "langid-57b449cbf8bbe536.npz"  # an earlier release's cache (46 MB)
    old.write_bytes(b"PK")
    earlier = tmp_path / "langid-6d3cc88004027189.bin"  # the layout before this one
    earlier.write_bytes(b"profilelint-lid\n" + (langmodel.CACHE_FORMAT - 1).to_bytes(4, "little"))
    foreign = tmp_path / "langid-0000000000000000.bin"  # not ours: left alone
    foreign.write_bytes(b"something else entirely")
    first = langmodel.load_identifier(CANDIDATE_LANGUAGES)
    assert not old.exists() and not earlier.exists()  # removed once the new cache is written
    assert foreign.exists()
    foreign.unlink()
    (cached,) = tmp_path.glob("langid-*.bin")
    assert cached == _cache_path() and cached.stat().st_size > 1_000_000
    _refuse_building(monkeypatch)
    second = langmodel.load_identifier(CANDIDATE_LANGUAGES)
    assert second.classes == reference.nb_classes  # type: ignore[attr-defined]
    assert _same_as_py3langid(first, reference) and _same_as_py3langid(second, reference)
    assert not list(tmp_path.glob("*.tmp"))


def test_the_labels_and_scores_are_py3langids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: object
) -> None:
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(tmp_path))
    identifier = langmodel.load_identifier(CANDIDATE_LANGUAGES)
    assert identifier.classify(TEXTS[0])[0] == "en"
    assert identifier.classify(TEXTS[1])[0] == "de"
    assert identifier.classify(TEXTS[2])[0] == "no"
    # No feature at all: every language equally likely, the first label, as py3langid answers.
    language, confidence = identifier.classify("")
    assert language == reference.classify("")[0] == "ar"  # type: ignore[attr-defined]
    assert confidence == pytest.approx(1 / len(CANDIDATE_LANGUAGES))


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "empty", "bit-flipped header", "other languages"],
)
def test_a_damaged_or_foreign_cache_falls_back_and_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: object, damage: str
) -> None:
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(tmp_path))
    langmodel.load_identifier(CANDIDATE_LANGUAGES)
    target = _cache_path()
    good = target.read_bytes()
    if damage == "garbage":
        target.write_bytes(b"PK\x03\x04 not really a model")
    elif damage == "truncated":
        target.write_bytes(good[: len(good) // 2])
    elif damage == "empty":
        target.write_bytes(b"")
    elif damage == "bit-flipped header":
        target.write_bytes(good[:20] + bytes([good[20] ^ 0xFF]) + good[21:])
    else:  # a valid model file, but built for another key (other languages)
        other = langmodel.model_key(langmodel.shipped_model(), ("en", "de"))  # type: ignore[arg-type]
        assert other is not None
        target.write_bytes(good.replace(good[64:80], other.encode()[:16], 1))
    with pytest.raises(ValueError):
        langmodel.Identifier(
            target.read_bytes(),
            langmodel.model_key(
                langmodel.shipped_model(),  # type: ignore[arg-type]
                CANDIDATE_LANGUAGES,
            )
            or "",
        )
    assert _same_as_py3langid(langmodel.load_identifier(CANDIDATE_LANGUAGES), reference)
    assert target.read_bytes() == good  # the damaged file was replaced by a good one
    _refuse_building(monkeypatch)
    assert _same_as_py3langid(langmodel.load_identifier(CANDIDATE_LANGUAGES), reference)


def test_a_cache_with_damaged_tables_is_rebuilt_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: object
) -> None:
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(tmp_path))
    langmodel.load_identifier(CANDIDATE_LANGUAGES)
    target = _cache_path()
    good = target.read_bytes()
    # The header is sound, but the transitions (the middle of the file) lead nowhere.
    target.write_bytes(good[:2_000_000] + b"\xff" * 28_000_000 + good[30_000_000:])
    identifier = langmodel.load_identifier(CANDIDATE_LANGUAGES)  # accepted: the header is fine
    assert _same_as_py3langid(identifier, reference)
    assert target.read_bytes() == good


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: object
) -> None:
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", "")
    assert langmodel.cache_dir() is None
    assert _same_as_py3langid(langmodel.load_identifier(CANDIDATE_LANGUAGES), reference)
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(tmp_path / "x"))
    assert langmodel.cache_dir() == tmp_path / "x"
    monkeypatch.delenv("PROFILELINT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert langmodel.cache_dir() == tmp_path / "xdg" / "profilelint"


def test_an_unwritable_cache_folder_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: object
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(blocker / "cache"))
    assert _same_as_py3langid(langmodel.load_identifier(CANDIDATE_LANGUAGES), reference)
    assert not (blocker / "cache").exists()


def test_a_read_only_disk_is_no_error_and_an_existing_cache_still_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: object
) -> None:
    import tempfile

    def read_only(*args: object, **kwargs: object) -> None:
        raise PermissionError(30, "Read-only file system")

    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(tmp_path))
    with monkeypatch.context() as patch:
        patch.setattr(tempfile, "mkstemp", read_only)
        assert _same_as_py3langid(langmodel.load_identifier(CANDIDATE_LANGUAGES), reference)
    assert not list(tmp_path.iterdir())
    langmodel.load_identifier(CANDIDATE_LANGUAGES)  # writable again: the cache is written
    _cache_path().chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        monkeypatch.setattr(tempfile, "mkstemp", read_only)
        _refuse_building(monkeypatch)
        assert _same_as_py3langid(langmodel.load_identifier(CANDIDATE_LANGUAGES), reference)
    finally:
        tmp_path.chmod(0o755)


def test_a_cached_run_imports_neither_numpy_nor_py3langid(tmp_path: Path) -> None:
    env = {**os.environ, "PROFILELINT_CACHE_DIR": str(tmp_path)}
    code = (
        "import sys\n"
        "from profilelint.text import detect_language\n"
        f"print(detect_language({TEXTS[1]!r}), 'numpy' in sys.modules, 'py3langid' in sys.modules)"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs[0][0] == "de" and runs[1] == ["de", "False", "False"]


SUMMARIES = {
    # SUM005 (English only) finds the same English buzzwords in every one of them.
    "en": "I am a passionate, results-driven team player with a proven track record in payroll. "
    "I keep the books of three restaurants accurate and on time.",
    "de": "Ich bin kein passionate, results-driven team player mit proven track record, sondern "
    "halte seit neun Jahren die Lohnabrechnung von drei Restaurants fehlerfrei und pünktlich.",
    "es": "No soy un passionate, results-driven team player con un proven track record: llevo "
    "nueve años haciendo las nóminas de tres restaurantes sin errores y siempre a tiempo.",
    "fr": "Je ne suis pas un passionate, results-driven team player au proven track record : "
    "depuis neuf ans, je tiens la paie de trois restaurants sans erreur et dans les délais.",
    "pl": "Nie jestem passionate, results-driven team player z proven track record, tylko od "
    "dziewięciu lat prowadzę płace trzech restauracji bez błędów i zawsze na czas.",
    "no": "Jeg er ikke en passionate, results-driven team player med proven track record, men har "
    "i ni år hatt ansvaret for lønnen i tre restauranter, uten feil og alltid i tide.",
}


@pytest.mark.parametrize("cache", ["absent", "present", "corrupt", "off"])
def test_an_english_only_rule_fires_on_english_and_leaves_other_languages_alone(
    tmp_path: Path, cache: str
) -> None:
    folder = tmp_path / "cache"
    if cache in ("present", "corrupt"):
        env = {**os.environ, "PROFILELINT_CACHE_DIR": str(folder)}
        subprocess.run(
            [sys.executable, "-c", "from profilelint.text import _identifier; _identifier()"],
            env=env,
            check=True,
        )
        (cached,) = folder.glob("langid-*.bin")
        if cache == "corrupt":
            cached.write_bytes(cached.read_bytes()[:4096])
    files = []
    for language, summary in SUMMARIES.items():
        path = tmp_path / f"{language}.json"
        document = {"basics": {"name": "Ana Lima", "label": "Payroll", "summary": summary}}
        path.write_text(json.dumps(document), encoding="utf-8")
        files.append(path)
    setting = "" if cache == "off" else str(folder)
    result = run_subprocess(
        ["--today", TODAY, "--format", "json", "--select", "SUM005", *files],
        env={"PROFILELINT_CACHE_DIR": setting},
    )
    assert result.code in (0, 1), result.err
    fired = {
        Path(f["path"]).stem
        for f in json.loads(result.out)["files"]
        if any(d["code"] == "SUM005" for d in f["diagnostics"])
    }
    assert fired == {"en"}
    if cache != "off":
        (cached,) = folder.glob("langid-*.bin")
        assert cached.stat().st_size > 1_000_000


def _scorer_on_py3langids_tables(source: Any) -> Callable[[str], tuple[str, float]]:
    """The scorer as it was before the cache numbered states itself: py3langid's own walk
    and feature numbers, the same exact integer sums in the same order, the same floats."""
    import numpy as np
    from py3langid.langid import visit_counts

    ptc = -np.asarray(source.nb_ptc, dtype=np.float64)
    bits = next(b for b in range(25) if np.array_equal(ptc * (1 << b), np.rint(ptc * (1 << b))))
    lanes = (ptc * (1 << bits)).astype("<u4")
    n = len(source.nb_classes)
    unpack = struct.Struct(f"<{n}I").unpack
    first: dict[str, int] = {}
    aliases = [(first.setdefault(c, i), i) for i, c in enumerate(source.nb_classes) if c in first]

    def classify(text: str) -> tuple[str, float]:
        data = langmodel._encode(text)
        counts = visit_counts(source.tk_nextmove, source._rowbase, source.tk_output, data)
        if not counts:
            return source.nb_classes[0], 1.0 / n
        by_count: dict[int, int] = {}
        for feature, count in counts.items():
            row = int.from_bytes(lanes[feature].tobytes(), "little")
            by_count[count] = by_count.get(count, 0) + row
        scores = np.asarray(source.nb_pc, dtype=np.float64).tolist()
        for count, total in by_count.items():
            weight = langmodel._weight(count) / float(1 << bits)
            values = unpack(total.to_bytes(4 * n, "little"))
            scores = [s - weight * lane for s, lane in zip(scores, values, strict=True)]
        factor = 1.0 / math.sqrt(len(data) or 1)
        top = max(scores) * factor
        probabilities = [math.exp(s * factor - top) for s in scores]
        norm = math.fsum(probabilities)
        probabilities = [p / norm for p in probabilities]
        for one, again in aliases:
            probabilities[one] += probabilities[again]
            probabilities[again] = 0.0
        best = max(range(n), key=probabilities.__getitem__)
        return source.nb_classes[best], probabilities[best]

    return classify


_WORDS = st.sampled_from(
    [*" ".join(TEXTS).split(), "the", "and", "ünd", "çà", "ß", "日本語", "🚀", "\n", "-", "ǅ"]
)


@pytest.fixture(scope="module")
def mapped(tmp_path_factory: pytest.TempPathFactory) -> langmodel.Identifier:
    """The classifier read from a cache file this module wrote."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PROFILELINT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        langmodel.load_identifier(CANDIDATE_LANGUAGES)  # written
        return langmodel.load_identifier(CANDIDATE_LANGUAGES)  # mapped


@pytest.fixture(scope="module")
def unnumbered(reference: object) -> Callable[[str], tuple[str, float]]:
    return _scorer_on_py3langids_tables(reference)


@settings(derandomize=True, deadline=None, max_examples=400, database=None)
@given(
    texts=st.lists(
        st.one_of(st.lists(_WORDS, max_size=40).map(" ".join), st.text(max_size=120)),
        min_size=1,
        max_size=4,
    )
)
def test_the_scorer_answers_as_on_py3langids_own_tables(
    texts: list[str],
    mapped: langmodel.Identifier,
    unnumbered: Callable[[str], tuple[str, float]],
) -> None:
    """The cache's numbering of states and features changes nothing, to the last bit; nor
    does the memory of recent features' weights (several texts in a row, one repeated)."""
    for text in [*texts, texts[0]]:
        assert mapped.classify(text) == unnumbered(text)
