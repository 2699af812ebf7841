"""Outreach rules (checks/outreach.py): tables of invitation histories that flag and stay clean.

Profiles are written as profilelint JSON with ``exported_on``: the window counts back from
that day, never from the clock (``today`` is far away on purpose).
"""

from __future__ import annotations

from typing import Any

import pytest
from export_kit import FIXTURE_FOLDER, lint_path

from profilelint.testing import lint_json

EXPORTED = "2026-03-02"
IN_WINDOW = "2026-02-10"
OLD = "2025-11-01"  # 121 days before the export: outside the default window


def invitation(note: str | None, to: str = "Ola Nordmann", day: str = IN_WINDOW) -> dict[str, Any]:
    """One outgoing invitation."""
    return {"other_party": to, "message": note, "sent_at": day}


def profile(sent: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    """A profilelint document with these outgoing invitations."""
    return {
        "profilelint_schema": 1,
        "name": "Ingrid Solberg",
        "exported_on": EXPORTED,
        "positions": [{"title": "Data Engineer", "company": "Fjordkraft Analytics AS"}],
        "education": [{"institution": "Universitetet i Bergen"}],
        "location": {"text": "Bergen, Norway"},
        "invitations_sent": sent,
        **extra,
    }


def codes(document: dict[str, Any], rule: str, **kwargs: Any) -> list[str]:
    return lint_json(document, select=[rule], today="2030-01-01", **kwargs).codes()


PERSONAL = [
    "Hi Ola, thanks for the chat after your talk on grid data. I'd like to stay in touch.",
    "Hei Ola! Takk for praten på fagdagen i Bergen – la oss holde kontakten.",
    "Great meeting you at the Bergen data meetup 🎉 let's keep in touch!",
    "Hola Ola, fue un placer conocerte en la conferencia de Madrid.",
    "I saw that you joined Fjordkraft Analytics, where I work on the meter pipeline.",
]

# --- NET001 -------------------------------------------------------------------------------
NO_NOTE_FLAG = [
    ([None] * 5, "5 of 5"),
    ([None] * 5 + PERSONAL * 4, "5 of 25 invitations"),  # five is a habit, whatever the share
    ([None, "", *PERSONAL[:3]], "2 of 5"),  # 40 %
    ([None, "  "] + PERSONAL * 1 + PERSONAL[:3], "2 of 10"),  # 20 %
]


@pytest.mark.parametrize(("notes", "expected"), NO_NOTE_FLAG)
def test_invitations_without_note_flag(notes: list[str | None], expected: str) -> None:
    result = lint_json(
        profile([invitation(n) for n in notes]), select=["NET001"], today="2030-01-01"
    )
    assert result.codes() == ["NET001"]
    diagnostic = result.diagnostics[0]
    assert expected in diagnostic.message
    assert "90 days up to 2026-03-02" in diagnostic.message
    bare = sum(1 for n in notes if not (n or "").strip())
    assert len(diagnostic.related) == bare
    assert "Ola" not in diagnostic.message


NO_NOTE_CLEAN = [
    [],
    PERSONAL,
    [None] + PERSONAL * 2,  # one slip in eleven
    [None, None] + PERSONAL * 2,  # two in twelve: under 20 %
]


@pytest.mark.parametrize("notes", NO_NOTE_CLEAN)
def test_invitations_with_notes_stay_clean(notes: list[str | None]) -> None:
    assert codes(profile([invitation(n) for n in notes]), "NET001") == []


def test_the_window_counts_back_from_the_export_not_the_clock() -> None:
    old = [invitation(None, day=OLD) for _ in range(8)]
    assert codes(profile(old), "NET001") == []
    assert codes(profile(old), "NET001", config={"checks": {"outreach": {"window-days": 200}}}) == [
        "NET001"
    ]
    # Without an export date the newest record ends the window.
    document = profile(old)
    del document["exported_on"]
    assert codes(document, "NET001") == ["NET001"]


def test_options_change_the_thresholds() -> None:
    sent = [invitation(None)] * 3 + [invitation(PERSONAL[0])] * 20
    assert codes(profile(sent), "NET001") == []
    config = {"checks": {"outreach": {"min-without-note": 3}}}
    assert codes(profile(sent), "NET001", config=config) == ["NET001"]


def test_incoming_invitations_are_never_judged() -> None:
    received = [{"other_party": "Per Holm", "message": None, "sent_at": IN_WINDOW}] * 9
    received += [{"other_party": "Eva", "message": "Hi {firstName}", "sent_at": IN_WINDOW}]
    document = profile([], invitations_received=received)
    assert codes(document, "NET") == []


def test_unknown_invitations_are_never_reported() -> None:
    document = profile([invitation(None)] * 9, knowledge={"unknown": ["invitations_sent"]})
    assert codes(document, "NET") == []


# --- NET002 -------------------------------------------------------------------------------
STOCK_FLAG = [
    "I'd like to add you to my professional network on LinkedIn.",
    "I’d like to add you to my professional network on LinkedIn.\n\n- Ingrid Solberg",
    "i'd like to add you to my professional network",
    "I'd like to add you to my LinkedIn network.",
]


@pytest.mark.parametrize("note", STOCK_FLAG)
def test_stock_text_flags(note: str) -> None:
    result = lint_json(profile([invitation(note)]), select=["NET002"], today="2030-01-01")
    assert result.codes() == ["NET002"]
    assert "stock text" in result.diagnostics[0].message


TEMPLATE_FLAG = [
    [
        ("Hi Emil, I came across your profile and would love to connect.", "Emil Sæther"),
        ("Hi Sofia, I came across your profile and would love to connect.", "Sofia Rossi"),
        ("Hi Yuki, I came across your profile and would love to connect!", "Yuki Tanaka"),
    ],
    [
        ("Hallo Jürgen, ich würde mich gerne mit Ihnen vernetzen.", "Jürgen Weiß"),
        ("Hallo Anna, ich würde mich gerne mit Ihnen vernetzen.", "Anna Schmidt"),
        ("Hallo Kai, ich würde mich gerne mit Ihnen vernetzen.", "Kai Lehmann"),
    ],
    [("Let's connect!", name) for name in ("Ana Lima", "Bo Ek", "Cy Twombly")],
]


@pytest.mark.parametrize("rows", TEMPLATE_FLAG)
def test_one_text_to_many_flags(rows: list[tuple[str, str]]) -> None:
    sent = [invitation(note, to=to) for note, to in rows]
    result = lint_json(profile(sent), select=["NET002"], today="2030-01-01")
    assert result.codes() == ["NET002"]
    message = result.diagnostics[0].message
    assert "One note went to 3 people" in message
    for _, to in rows:  # the recipients are never named
        assert all(part not in message for part in to.split())


STOCK_CLEAN = [
    [PERSONAL[0]],
    PERSONAL,
    # A note that starts like the stock text but says more is the person's own.
    ["I'd like to add you to my professional network: we met at the Bergen meetup last week."],
    # Two people with one text is not yet a template.
    ["Let's connect!", "Let's connect!"],
]


@pytest.mark.parametrize("notes", STOCK_CLEAN)
def test_own_notes_stay_clean(notes: list[str]) -> None:
    names = ["Ola Nordmann", "Kari Hansen", "Lukas Meyer", "Ana Lima", "Ravi Menon"]
    sent = [invitation(n, to=names[i]) for i, n in enumerate(notes)]
    assert codes(profile(sent), "NET002") == []


def test_old_stock_texts_are_outside_the_window() -> None:
    assert codes(profile([invitation(STOCK_FLAG[0], day=OLD)]), "NET002") == []


# --- NET003 -------------------------------------------------------------------------------
IMPERSONAL = [
    "Hello, I am expanding my network and would be glad to connect.",
    "Let's connect and grow together professionally? I share content on leadership.",
    "Looking to connect with professionals in the energy industry.",
]


@pytest.mark.parametrize("note", IMPERSONAL)
def test_impersonal_english_notes_flag(note: str) -> None:
    result = lint_json(profile([invitation(note)]), select=["NET003"], today="2030-01-01")
    assert result.codes() == ["NET003"]
    assert result.diagnostics[0].severity == "info"
    assert "Ola" not in result.diagnostics[0].message


PERSONAL_CLEAN = [
    *[(note, "Ola Nordmann") for note in PERSONAL],
    ("Nice to e-mail with you about the Universitetet i Bergen alumni evening.", "Kim Larsen"),
    ("We both worked on meter data in Bergen, would love to compare notes.", "Kim Larsen"),
    ("Your post on grid batteries was the clearest I have read this year.", "Kim Larsen"),
    # Mentions the recipient's company, known from Connections.csv.
    (
        "Hello, I follow what Statkraft does with hydrogen and would be glad to connect.",
        "Kim Larsen",
    ),
    # Cannot be judged: the recipient is unknown, or the note is not English.
    ("Hello, I am expanding my network and would be glad to connect.", ""),
    ("Hallo, ich erweitere mein Netzwerk und würde mich freuen, mich zu vernetzen.", "Kim Larsen"),
    ("Hei, jeg utvider nettverket mitt og vil gjerne koble meg på.", "Kim Larsen"),
]


@pytest.mark.parametrize(("note", "to"), PERSONAL_CLEAN)
def test_personal_or_unjudgeable_notes_stay_clean(note: str, to: str) -> None:
    document = profile([invitation(note, to=to)], connection_companies=["Statkraft AS"])
    assert codes(document, "NET003") == []


def test_templates_are_not_judged_twice() -> None:
    rows = [f"Hello {n}, I am expanding my network." for n in ("Ana", "Bo", "Cy")]
    sent = [
        invitation(note, to=to)
        for note, to in zip(rows, ("Ana Lima", "Bo Ek", "Cy Ro"), strict=False)
    ]
    result = lint_json(profile(sent), select=["NET002", "NET003"], today="2030-01-01")
    assert result.codes() == ["NET002"]


# --- NET005 -------------------------------------------------------------------------------
PLACEHOLDER_FLAG = [
    ("Hi {firstName}, I help data teams ship faster.", "{firstName}"),
    ("Hello [Name], great to connect.", "[Name]"),
    ("Hello <name>, great to see your work here.", "<name>"),
    ("Hei <navn>, hyggelig å se arbeidet ditt.", "<navn>"),
    ("Hallo [Vorname], schön, Sie kennenzulernen.", "[Vorname]"),
    ("Hola {{nombre}}, encantada de conectar.", "{{nombre}}"),
]


@pytest.mark.parametrize(("note", "marker"), PLACEHOLDER_FLAG)
def test_placeholders_flag(note: str, marker: str) -> None:
    result = lint_json(profile([invitation(note)]), select=["NET005"], today="2030-01-01")
    assert result.codes() == ["NET005"]
    diagnostic = result.diagnostics[0]
    assert marker in diagnostic.message
    assert diagnostic.severity == "error"
    assert diagnostic.field == "invitations_sent[0].message"


PLACEHOLDER_CLEAN = [
    *PERSONAL,
    "Hi Ola, loved your talk <3 let's stay in touch",
    "Hi Ola, thanks for the tip (and the link) about Airflow [docs].",
]


@pytest.mark.parametrize("note", PLACEHOLDER_CLEAN)
def test_filled_notes_stay_clean(note: str) -> None:
    assert codes(profile([invitation(note)]), "NET005") == []


def test_old_placeholders_are_outside_the_window() -> None:
    assert codes(profile([invitation("Hi [Name]", day=OLD)]), "NET005") == []


def test_the_fixture_export_reports_only_its_recent_outgoing_faults() -> None:
    """The fixture's old history (2024) and its incoming invitations hold more of every
    fault; none of them is reported."""
    found = [(d.code, d.message) for d in lint_path(FIXTURE_FOLDER, select=["NET"]).diagnostics]
    window = "in the 90 days up to 2026-03-02"
    assert found == [
        ("NET001", f"6 of 18 invitations sent {window} had no note (33%)"),
        ("NET002", f"2 invitation notes {window} are LinkedIn's stock text"),
        (
            "NET002",
            f'One note went to 3 people {window}: "Hi …, I came across your profile and would '
            'love t…"',
        ),
        ("NET005", 'Invitation note sent 2026-02-18 holds the placeholder "{firstName}"'),
        ("NET005", 'Invitation note sent 2026-01-22 holds the placeholder "<name>"'),
        ("NET003", f"1 invitation note {window} names neither the person nor anything you share"),
    ]
