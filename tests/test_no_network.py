"""profilelint never touches the network: with sockets and name resolution blocked, every
fixture and every corpus file lints in every output format, and nothing tried to connect."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FIXTURES, TODAY, RunCli, corpus_dir

from profilelint.reporters import FORMATS


class NetworkUsed(AssertionError):
    """Raised by every blocked network function."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Block sockets and name resolution; yields the list of attempts (it must stay empty)."""
    attempts: list[str] = []

    def blocked(name: str):  # type: ignore[no-untyped-def]
        def refuse(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args!r}")
            raise NetworkUsed(f"profilelint called socket.{name}")

        return refuse

    class BlockedSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            attempts.append(f"socket{args!r}")
            raise NetworkUsed("profilelint opened a socket")

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    for name in (
        "create_connection",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "getnameinfo",
        "socketpair",
        "fromfd",
    ):
        monkeypatch.setattr(socket, name, blocked(name))
    yield attempts
    assert attempts == [], attempts


def _inputs() -> list[Path]:
    """Every fixture file, and every file of the corpus (its formats as they are loaded)."""
    corpus = corpus_dir()
    files = sorted(p for p in FIXTURES.rglob("*") if p.is_file())
    return files + sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix != ".md")


def test_the_block_works(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.com", 443)
    no_network.clear()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_input_in_every_format_lints_offline(
    run_cli: RunCli, no_network: list[str], fmt: str
) -> None:
    inputs = _inputs()
    result = run_cli(["--today", TODAY, "--format", fmt, "--jobs", "1", *inputs])
    assert result.code in (0, 1), result.err
    assert "internal error" not in result.err and "NetworkUsed" not in result.out
    if fmt == "json":
        files = json.loads(result.out)["files"]
        assert len(files) == len(inputs)
        crashes = [(f["path"], d["message"]) for f in files for d in f["diagnostics"]]
        assert not [c for c in crashes if "NetworkUsed" in c[1] or "INT001" in c[1]]
        assert not [d for f in files for d in f["diagnostics"] if d["code"] == "INT001"]


@pytest.mark.parametrize("cache", ["absent", "present"])
def test_the_language_model_loads_offline(
    no_network: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: str
) -> None:
    from profilelint import langmodel, text

    monkeypatch.setenv("PROFILELINT_CACHE_DIR", str(tmp_path))
    if cache == "present":
        langmodel.load_identifier(text.CANDIDATE_LANGUAGES)
    text._identifier.cache_clear()
    text.detect_language.cache_clear()
    try:
        # Built from the shipped model (absent) or mapped from the cache file (present).
        assert (
            text.detect_language("Ich entwickle Software für kleine Arztpraxen in Leipzig.") == "de"
        )
        assert list(tmp_path.glob("langid-*.bin"))
    finally:
        text._identifier.cache_clear()
        text.detect_language.cache_clear()
