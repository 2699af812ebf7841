"""Word lists for the outreach rules (NET): LinkedIn's stock invitation texts, and what a
personal note mentions.

Stock texts, each with where it is recorded (the text LinkedIn pre-filled, or sends when
"Connect" is clicked without adding a note):
- "I'd like to add you to my professional network on LinkedIn." — writespeaksell.com,
  "How to Write a LinkedIn Invitation"; executivecareerbrand.com (2011); careersherpa.net;
  recruitingblogs.com, "LinkedIn Etiquette: Using the Standard Invitation Request?";
  alumnifutures.com (2013); maribrandsforyou.com (with "– [your name]" appended).
- "I'd like to add you to my professional network." — scottmonty.com (2013).
- "I'd like to add you to my LinkedIn network." — careerealism.com (2011).

Only English texts are listed: the texts LinkedIn ships in its other interface languages
could not be confirmed from a source, and a guessed translation would flag real notes.
NET002's second test (one text sent to three or more people) catches a stock text in any
language all the same.
"""

from __future__ import annotations

STOCK_TEXTS: dict[str, tuple[str, ...]] = {
    "en": (
        "I'd like to add you to my professional network on LinkedIn.",
        "I'd like to add you to my professional network.",
        "I'd like to add you to my LinkedIn network.",
    ),
}

#: Words left after a stock text that are only a sign-off ("- Joe Blow"): at most this many.
SIGN_OFF_WORDS = 4

#: English words and phrases that point at something the two people share or the sender
#: has read or seen: a note with one of them is not impersonal (our own list).
SHARED_CONTEXT = (
    "met",
    "meet",
    "meeting",
    "talk",
    "talked",
    "spoke",
    "speaking",
    "chatted",
    "conversation",
    "presentation",
    "panel",
    "keynote",
    "conference",
    "meetup",
    "workshop",
    "webinar",
    "podcast",
    "event",
    "summit",
    "hackathon",
    "your post",
    "your article",
    "your paper",
    "your book",
    "your blog",
    "your work",
    "your project",
    "your team",
    "your talk",
    "your comment",
    "your thread",
    "your research",
    "your newsletter",
    "read your",
    "saw your",
    "enjoyed your",
    "loved your",
    "mutual",
    "in common",
    "we both",
    "both of us",
    "worked together",
    "studied together",
    "work together",
    "colleague",
    "colleagues",
    "classmate",
    "classmates",
    "alumni",
    "alumnus",
    "alumna",
    "introduced",
    "introduction",
    "referred",
    "recommended",
    "same team",
    "same class",
    "same school",
)

#: Names a mail-merge placeholder stands for, in the angle brackets a plain-text note may
#: keep in lower case ("<name>", "<firstname>"): the placeholder rule skips lower-case
#: angle brackets as possible HTML, which an invitation note is not.
ANGLE_NAMES = (
    "name",
    "first name",
    "firstname",
    "first_name",
    "last name",
    "lastname",
    "full name",
    "company",
    "company name",
    "title",
    "job title",
    "school",
    "city",
    "navn",
    "fornavn",
    "firma",
    "vorname",
    "nachname",
    "nombre",
    "empresa",
    "nom",
    "prénom",
    "entreprise",
    "nome",
    "imię",
)
