"""Word lists for the experience rules (data only, English, lower case)."""

from __future__ import annotations

# Duty phrases that describe a job instead of what the person did.  Sources: the "weak
# openers to avoid" of the candidate.so glossary entry "Action Verbs"
# (https://www.candidate.so/glossary/action-verbs: "Responsible for", "Assisted with", "Helped
# with", "Was involved in", "Worked on", "Duties included"), hireresume.ai's "Stop using
# 'Responsible for'" (https://hireresume.ai/blogs/stop-using-responsible-for-resume) and the
# accomplishment-statement advice university career services give (action + project +
# result).  "Worked on" alone is left out: "Worked on Magic Pocket" names the work.
#
# OPENING_PHRASES are weak where they open a sentence, a bullet, a line or a clause after
# "and", possibly after "I", "I was", "also", "mainly", ...: "a scheduler responsible for
# durability SLAs" or "a tool that helped with triage" are content, not duty-speak.
OPENING_PHRASES = (
    r"responsible\s+for",
    r"involved\s+in",
    r"assisted\s+(?:with|in)",
    r"helped\s+(?:out\s+)?with",
)
# "Involved in-house counsel early" is a verb, not duty-speak.
OPENING_END = r"(?!-\w)"

# Phrases weak wherever they stand.
ANYWHERE_PHRASES = (
    r"duties\s+(?:included|include|were|consisted\s+of)",
    r"responsibilities\s+(?:included|include|were|consisted\s+of)",
    r"worked\s+on\s+(?:various|a\s+variety\s+of|different|multiple|several)",
    r"various\s+(?:tasks|duties|responsibilities)",
)

# Words allowed between the start of a clause and an opening phrase.
OPENING_LEAD_INS = (
    r"i|i'm|i’m|i\s+am|i\s+was|was|were|am|is|been|being|also|mainly|primarily|directly|"
    r"actively|closely|fully|solely|jointly|personally|heavily|partly|partially"
)

# Number words that make a description concrete ("doubled sign-ups", "a team of twelve").
# "one" is left out: "one of the first" is not a metric.
NUMBER_WORDS = frozenset(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions dozen dozens
    doubled doubling tripled tripling quadrupled halved halving twice
    twofold threefold fourfold tenfold percent
    """.split()
)
