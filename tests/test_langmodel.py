"""The language model's local cache: same answers bit for bit, and never a failure of its own."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from profilelint import langmodel
from profilelint.text import CANDIDATE_LANGUAGES

TEXTS = [
    "I build billing tools that get small clinics paid a week sooner.",
    "Ich entwickle Abrechnungssoftware für kleine Arztpraxen in Leipzig.",
    "Jeg lager faktureringsverktøy for små legekontor i Bergen.",
    "Diseño herramientas de facturación para clínicas pequeñas.",
    "Tworzę narzędzia do fakturowania dla małych przychodni.",
    "Разрабатываю инструменты для небольших клиник.",
    "Software Engineer",
    "",
]


@pytest.fixture(scope="module")
def shipped() -> object:
    """The identifier built from py3langid's own compressed model, with no cache."""
    saved = os.environ.get("PROFILELINT_CACHE_DIR")
    os.environ["PROFILELINT_CACHE_DIR"] = ""
    try:
        return langmodel.load_identifier(CANDIDATE_LANGUAGES)
    finally:
        if saved is None:
            del os.environ["PROFILELINT_CACHE_DIR"]
        else:
            os.environ["PROFILELINT_CACHE_DIR"] = saved


def _same(a: object, b: object) -> bool:
    return all(np.array_equal(a._decide(t), b._decide(t)) for t in TEXTS)  # type: ignore[attr-defined]


def _refuse_shipped_model(monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import LanguageIdentifier

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the compressed model was read although a cache exists")

    monkeypatch.setattr(LanguageIdentifier, "from_model_file", classmethod(refuse))


def test_second_load_reads_the_cache_and_answers_identically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped: object
) -> None:
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(tmp_path))
    first = langmodel.load_identifier(CANDIDATE_LANGUAGES)
    (cached,) = tmp_path.glob("langid-*.npz")
    _refuse_shipped_model(monkeypatch)
    second = langmodel.load_identifier(CANDIDATE_LANGUAGES)
    assert second.nb_classes == shipped.nb_classes  # type: ignore[attr-defined]
    assert _same(first, shipped) and _same(second, shipped)
    assert cached.stat().st_size > 1_000_000


def test_a_damaged_cache_falls_back_to_the_shipped_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped: object
) -> None:
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(tmp_path))
    target = langmodel._cache_file(
        Path(__import__("py3langid").__file__).parent / "data" / "model.npz.xz",
        CANDIDATE_LANGUAGES,
    )
    assert target is not None
    target.write_bytes(b"PK\x03\x04 not really a model")
    assert _same(langmodel.load_identifier(CANDIDATE_LANGUAGES), shipped)
    # The damaged file was replaced by a good one.
    _refuse_shipped_model(monkeypatch)
    assert _same(langmodel.load_identifier(CANDIDATE_LANGUAGES), shipped)


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", "")
    assert langmodel.cache_dir() is None
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(tmp_path / "x"))
    assert langmodel.cache_dir() == tmp_path / "x"
    monkeypatch.delenv("PROFILELINT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert langmodel.cache_dir() == tmp_path / "xdg" / "profilelint"


def test_an_unwritable_cache_folder_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped: object
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(blocker / "cache"))
    assert _same(langmodel.load_identifier(CANDIDATE_LANGUAGES), shipped)
    assert not (blocker / "cache").exists()
