"""Hostile and broken HTML: each gives one clear INP diagnostic or a correct profile, never a
traceback or a hang."""

from __future__ import annotations

import random
import socket
import time

import pytest

from profilelint.testing import lint_json
from tests.conftest import FIXTURES

SIGNED_IN = (FIXTURES / "pages" / "linkedin-signed-in.html").read_text(encoding="utf-8")
HCARD = (FIXTURES / "pages" / "personal-hcard.html").read_text(encoding="utf-8")
CARD = '<section class="pv-top-card"><h1 class="text-heading-xlarge">Ana Ruiz</h1>'


def _codes(text: str | bytes, filename: str = "page.html") -> list[str]:
    data = text if isinstance(text, str) else text.decode("utf-8", "surrogateescape")
    result = lint_json(data, select=["INP", "HDL", "SUM", "PHO", "EXP"], filename=filename)
    codes = result.codes()
    # INT is never selectable away: a loader or rule crash is a failure of every test here.
    assert not [c for c in codes if c.startswith("INT")], result.diagnostics
    return codes


def _inp(codes: list[str]) -> list[str]:
    return [c for c in codes if c.startswith("INP")]


@pytest.mark.parametrize(
    ("name", "page", "expected"),
    [
        ("unclosed tags", CARD + "<div><span><p><li>About me", []),
        ("only a doctype", "<!DOCTYPE html>", ["INP002"]),
        ("a lone bracket", "<", ["INP002"]),
        ("a comment only", "<!-- nothing here -->", ["INP002"]),
        ("a NUL inside", CARD.replace("Ana", "A\x00na") + "</section>", []),
        ("control characters", CARD + "\x01\x02\x7f</section>", []),
        # Found by the fuzzer: a control character after a <p>, <li> or <br> (its tail).
        ("a control after a line break", CARD + "<p>x<br>Ask me\x0b about</p></section>", []),
        ("a control and a NUL", CARD + "<p>x<br>Ask me\x0b\x00 about</p></section>", []),
        ("a control after a paragraph", CARD + "<p>About</p>me\x1b\x08 too</section>", []),
        ("a control in an attribute", CARD.replace('class="pv', 'title="\x07" class="pv'), []),
        (
            "a broken JSON-LD block",
            '<script type="application/ld+json">{"@type": "Pers',
            ["INP002"],
        ),
        (
            "JSON-LD nested a thousand deep",
            '<script type="application/ld+json">' + "[" * 1000 + "]" * 1000 + "</script>",
            ["INP002"],
        ),
        ("scripts everywhere", "<script>document.write('<h1>x</h1>')</script>" * 500, ["INP002"]),
        (
            "an endless class list",
            f'<div class="{"h-card " * 20000}"><span class="p-name">Ana Ruiz</span></div>',
            [],
        ),
    ],
)
def test_broken_pages_give_an_inp_diagnostic_or_a_profile(
    name: str, page: str, expected: list[str]
) -> None:
    assert _inp(_codes(page)) == expected


def test_a_megabyte_attribute_loads() -> None:
    page = CARD + f'<img class="pv-top-card-profile-picture__image" src="{"x" * 1_000_000}">'
    assert _inp(_codes(page + "</section>")) == []


def test_deep_nesting_loads_or_says_why() -> None:
    page = CARD + "<div>" * 5000 + "deep" + "</div>" * 5000 + "</section>"
    assert _inp(_codes(page)) in ([], ["INP002"])


def test_binary_junk_after_a_bracket_is_an_input_error() -> None:
    junk = bytes(random.Random(7).randrange(256) for _ in range(20_000))
    result = lint_json("x", filename="page.html")  # warm the registry
    assert result is not None
    from profilelint.engine import Linter
    from profilelint.plugins import load_registry
    from profilelint.testing import make_settings

    linted = Linter(make_settings(), load_registry()).lint_bytes(b"<" + junk, "page.html")
    assert [d.code for d in linted.diagnostics] == ["INP001"]


@pytest.mark.parametrize("seed", range(12))
def test_random_cuts_of_a_real_layout_never_crash(seed: int) -> None:
    rng = random.Random(seed)
    start = rng.randrange(len(SIGNED_IN) // 2)
    page = SIGNED_IN[:start] + SIGNED_IN[start + rng.randrange(1, 400) :]
    codes = _inp(_codes(page))
    assert not {"INP001", "INP003"} & set(codes)
    assert all(c.startswith("INP00") for c in codes)


def test_a_page_over_the_size_limit_is_inp003_before_parsing() -> None:
    page = CARD + "<p>" + "word " * 1_200_000 + "</p>"
    started = time.process_time()
    assert _codes(page) == ["INP003"]
    assert time.process_time() - started < 1.0


def test_a_page_with_microformats_opens_no_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a page loader opened a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = HCARD.replace('src="https://static.example.org/mei-ling.jpg"', 'src="/a.jpg"')
    assert "INP001" not in _codes(page)


def test_a_huge_generated_page_loads_in_bounded_time() -> None:
    items = "".join(
        f'<li><span aria-hidden="true">Role {i}</span><span aria-hidden="true">Jan 2020 - '
        f"Dec 2020</span></li>"
        for i in range(3000)
    )
    page = f'{CARD}</section><section><div id="experience"></div><ul>{items}</ul></section>'
    from profilelint.loaders import load_bytes

    started = time.process_time()
    loaded = load_bytes(page.encode("utf-8"))
    assert time.process_time() - started < 5  # about 1 s on a loaded two-core machine
    assert len(loaded.profile.positions) == 3000


def test_a_fresh_process_reading_microformats_opens_no_socket() -> None:
    """In a new process (nothing imported yet), a page with an h-card loads with sockets
    refused, and neither requests nor urllib3 (which probes IPv6 with a socket) is imported."""
    import subprocess
    import sys

    script = (
        "import socket, sys\n"
        "def refuse(*a, **k):\n"
        "    raise SystemExit('a socket was opened')\n"
        "class Refused(socket.socket):  # a class: modules subclass socket.socket\n"
        "    __init__ = refuse\n"
        "socket.socket = Refused\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from profilelint.testing import lint_json\n"
        "page = sys.stdin.read()\n"
        "result = lint_json(page, select=['INP', 'SUM'], filename='card.html')\n"
        "assert result.format == 'personal-page', result.diagnostics\n"
        "assert 'requests' not in sys.modules and 'urllib3' not in sys.modules\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input=HCARD, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
