"""Outreach rules (NET): how the person invites others to connect (a LinkedIn export).

They judge only outgoing invitations sent in the recent window (``window-days`` before the
export's date; see ``_history``); incoming ones are never judged.  A recipient is a third
party: messages count and point at rows, and never name or quote them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from pydantic import ConfigDict

from profilelint.api import BaseModel, Context, Field, Finding, Profile, detect_language, rule

from . import _outreach_match as match
from ._outreach_match import count_notes, note_of, recent, rows_of


class Options(BaseModel):
    """Options of the outreach rules (``[tool.profilelint.checks.outreach]``)."""

    model_config = ConfigDict(extra="forbid")

    window_days: int = Field(90, ge=1, description="NET*: days of history judged.")
    min_without_note: int = Field(
        5, ge=1, description="NET001: this many invitations without a note are a habit."
    )
    share_without_note: float = Field(
        0.2, gt=0, le=1, description="NET001: or this share of them (from two invitations)."
    )
    min_repeats: int = Field(
        3, ge=2, description="NET002: one note sent to this many people is a template."
    )


@rule(
    "NET001",
    "invitation-without-note",
    severity="warning",
    help="Add a line to each invitation: how you know the person, or why you want to connect.",
)
def invitation_without_note(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Outgoing invitations sent in the recent window without a personal note: at least
    ``min-without-note`` (5) of them, or at least ``share-without-note`` (20 %) of the
    invitations sent, counted from two.  One diagnostic gives the count and the share,
    with each row as a related location.

    Why it matters
    An invitation without a note asks a stranger to decide from a name and a headline
    alone.  Many people decline such requests as a rule, because they cannot tell who you
    are or why you are asking; a declined invitation is a first impression you do not get
    back, and a habit of them reads as collecting contacts rather than building a network.

    Example
    Twelve of the forty invitations sent last quarter went out with no note.

    Better
    "Hi Ingrid, we sat on the same panel at the Bergen data meetup; I'd like to keep in
    touch about your work on open transit data."

    Options
    ``window-days`` (90), ``min-without-note`` (5), ``share-without-note`` (0.2).
    """
    span, in_window = recent(profile, ctx.options.window_days)
    if span is None or not in_window:
        return
    bare = [i for i in in_window if not note_of(profile, i)]
    share = len(bare) / len(in_window)
    options = ctx.options
    if len(bare) >= options.min_without_note or (
        len(bare) >= 2 and share >= options.share_without_note
    ):
        yield Finding(
            f"{len(bare)} of {len(in_window)} invitations sent {span.describe()} had no note "
            f"({share:.0%})",
            field="invitations_sent",
            related=rows_of(bare),
        )


@rule(
    "NET002",
    "invitation-stock-text",
    severity="warning",
    help="Write each note yourself, for the person you invite; a stock text says nothing.",
)
def invitation_stock_text(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Notes of outgoing invitations in the recent window that are LinkedIn's stock text
    ("I'd like to add you to my professional network on LinkedIn", with or without a
    name after it; the sourced list is in ``checks/_outreach_words.py``), and one text
    sent, names aside, to ``min-repeats`` (3) or more people.  One diagnostic per text.

    Why it matters
    The stock sentence is what LinkedIn writes when you write nothing: recipients know it
    at a glance, and to them it is the same as no note.  A template pasted to dozens of
    people with only the name changed is recognised just as fast, and tells each of them
    they are one of many.

    Example
    The note "Hi Ola, I came across your profile and would love to connect." sent to 40
    people.

    Better
    A sentence that could only go to this person: where you met, what of theirs you
    read, who introduced you.

    Options
    ``window-days`` (90), ``min-repeats`` (3).
    """
    span, in_window = recent(profile, ctx.options.window_days)
    if span is None:
        return
    noted = [i for i in in_window if note_of(profile, i)]
    stock = [i for i in noted if match.is_stock(note_of(profile, i))]
    if stock:
        yield Finding(
            f"{count_notes(len(stock))} {span.describe()} "
            + ("is" if len(stock) == 1 else "are")
            + " LinkedIn's stock text",
            field=f"invitations_sent[{stock[0]}].message",
            related=rows_of(stock[1:], ".message"),
        )
    groups: dict[str, list[int]] = defaultdict(list)
    for index in noted:
        if index in stock:
            continue
        invitation = profile.invitations_sent[index]
        groups[match.template_key(note_of(profile, index), invitation.other_party)].append(index)
    for rows in groups.values():
        if len(rows) >= ctx.options.min_repeats:
            first = profile.invitations_sent[rows[0]]
            quote = match.template_quote(note_of(profile, rows[0]), first.other_party)
            yield Finding(
                f'One note went to {len(rows)} people {span.describe()}: "{quote}"',
                field=f"invitations_sent[{rows[0]}].message",
                related=rows_of(rows[1:], ".message"),
            )


@rule(
    "NET003",
    "invitation-impersonal",
    severity="info",
    languages={"en"},
    help="Say in the note how you know the person or what you share: a place, a team, a talk.",
)
def invitation_impersonal(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    English notes of outgoing invitations in the recent window that name neither the
    recipient nor anything the two may share: an organisation, school or place from the
    profile or from Connections.csv, or a context such as a meeting, a talk, a post or a
    colleague.  Notes without a known recipient, in another language, or already
    reported as stock text, template or placeholder are not judged.

    Why it matters
    A note is there to tell a stranger why you, and why them.  "Let's connect!" or "I'm
    growing my network" answers neither, and is declined like an empty invitation; a
    name and one shared fact make the same request easy to accept.

    Example
    "Hello, I am expanding my network and would be glad to connect."

    Better
    "Hi Priya, we were both at Northwind's logistics day in Leeds; I'd like to hear how
    your routing pilot went."

    Options
    ``window-days`` (90).
    """
    span, in_window = recent(profile, ctx.options.window_days)
    if span is None:
        return
    noted = [i for i in in_window if note_of(profile, i)]
    skipped = match.judged_elsewhere(profile, noted, ctx.options.min_repeats)
    terms = match.shared_terms(profile)
    found = []
    for index in noted:
        invitation = profile.invitations_sent[index]
        note = note_of(profile, index)
        if index in skipped or not match.name_tokens(invitation.other_party):
            continue
        if detect_language(note) != "en":
            continue  # what this rule cannot read, it does not judge
        if not match.names_person(note, invitation.other_party) and not match.names_shared(
            note, terms
        ):
            found.append(index)
    if found:
        yield Finding(
            f"{count_notes(len(found))} {span.describe()} "
            + ("names" if len(found) == 1 else "name")
            + " neither the person nor anything you share",
            field=f"invitations_sent[{found[0]}].message",
            related=rows_of(found[1:], ".message"),
        )


@rule(
    "NET005",
    "template-placeholder",
    severity="error",
    help="Fill in the placeholder before sending; check the notes your tool or template wrote.",
)
def template_placeholder(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Notes of outgoing invitations in the recent window that still hold a mail-merge or
    template placeholder: ``{firstName}``, ``{{name}}``, ``[Name]``, ``[Vorname]``,
    ``<name>``, ``<navn>`` and the like.  One diagnostic per note, pointing at the
    placeholder.

    Why it matters
    A placeholder in a sent note shows the recipient, in their own inbox, that they were
    a row in a mass mailing.  It is the one outreach mistake that cannot be mistaken for
    anything else, and it reflects on everything else the note says.

    Example
    "Hi {firstName}, I help companies like yours grow."

    Better
    "Hi Lars, your talk on heat pumps at the Trondheim energy fair made me rethink our
    pilot; could we connect?"

    Options
    ``window-days`` (90).
    """
    span, in_window = recent(profile, ctx.options.window_days)
    if span is None:
        return
    for index in in_window:
        note = note_of(profile, index)
        markers = match.placeholders_in(note)
        if markers:
            yield Finding(
                f"Invitation note sent {profile.invitations_sent[index].sent_at} holds the "
                f'placeholder "{markers[0][:30]}"',
                field=f"invitations_sent[{index}].message",
                quote=markers[0],
            )
