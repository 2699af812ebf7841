"""What one written skill holds: "Vue | Nuxt" is two skills, "4 Jahre" is none.

Sources: the level words of the CEFR and of LinkedIn's and JSON Resume themes' skill levels in
English, German, Spanish, Portuguese, French and Italian; the durations and counts people
write beside a keyword, seen in the review set ("4 Jahre", "12 Projekte", "3 years"); the
skills nearly every web developer lists (HTML, CSS, Git), among the Stack Overflow Developer
Survey 2023's most used technologies, which no role text is expected to name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from profilelint.api import LazyPattern

# Slashed names that are one thing, not two skills.
_ONE_THING = frozenset(
    "tcp/ip ci/cd ui/ux ux/ui a/b pl/sql i/o b2b/b2c os/2 r&d p&l t-sql n/a ar/vr vr/ar "
    "24/7 cd/ci".split()
)
_LABEL = re.compile(r"^[^:()]{2,40}:\s*(?=\S)")
_SEPARATORS = "|;,•·"
_SPACED_SLASH = re.compile(r"\s+/\s+")
_SLASH = re.compile(r"(?:(?<=[^\W\d_][^\W\d_])|(?<=[+#\d]))/(?=[^\W_])")

# Durations, counts and states written as if they were skills.
NOT_A_SKILL = LazyPattern(
    r"^(?:\d+(?:[.,]\d+)?\s*\+?\s*(?:years?|yrs?|months?|jahre?n?|monate?|años?|anos?|meses|"
    r"ans?|mois|anni|mesi|år|måneder|lat|projects?|projekte?|proyectos?|projetos?|projets?|"
    r"progetti|clients?|kunden|clientes)(?:\s+\w+){0,2}"
    r"|(?:derzeit|aktuell)\s+im\s+einsatz|currently\s+(?:in\s+use|using|learning)|in\s+progress"
    r"|en\s+curso|em\s+andamento|en\s+cours|in\s+corso|actualmente|atualmente)$",
    re.IGNORECASE,
)
LEVEL_WORDS = frozenset(
    """
    basic basics beginner elementary intermediate advanced expert proficient fluent native
    master mastery working knowledge familiar grundkenntnisse gut sehr fortgeschritten
    fortgeschrittene experte básico básica intermedio intermedia avanzado avanzada experto
    experta avançado avançada intermediário intermediária especialista débutant débutante
    intermédiaire avancé avancée expert experte base avanzato avanzata esperto esperta
    a1 a2 b1 b2 c1 c2
    ce ee community enterprise edition
    """.split()
)
_FROM_PARENTHESIS = re.compile(r"\s*[(\[].*")
# Listed by nearly every developer and never described in a role: not worth a finding.
UBIQUITOUS = frozenset("html html5 css css3 git github".split())


def parts(name: str) -> list[str]:
    """The skills a written skill holds: "Vue | Nuxt", "Webpack, Rollup" and "HTML/CSS" are
    two each; "SPA Frameworks: Vue, Angular" is Vue and Angular; parentheses stay whole."""
    return list(_parts(name))


# Pure, and asked of the same few thousand skill names in profile after profile: memoised,
# as the skill matcher's word functions are.
@lru_cache(maxsize=1 << 13)
def _parts(name: str) -> tuple[str, ...]:
    text = _LABEL.sub("", name.strip()) if "(" not in name.split(":")[0] else name.strip()
    found: list[str] = []
    for piece in _pieces(text):
        joined = _SPACED_SLASH.sub("/", piece.strip()).casefold()
        if "(" in piece or joined.split(" ")[0] in _ONE_THING:
            found.append(piece.strip().rstrip("."))
            continue
        for part in _SPACED_SLASH.split(piece):
            part = part.strip().rstrip(".")
            # "HTML/CSS" is two; "SAP FI/CO" and "UI/UX Design" are one name with a slash.
            if "/" in part and " " not in part and part.casefold() not in _ONE_THING:
                found += [p.strip() for p in _SLASH.split(part) if p.strip()]
            elif part:
                found.append(part)
    return tuple(p for p in found if not NOT_A_SKILL.match(p)) if len(found) > 1 else tuple(found)


def _pieces(text: str) -> list[str]:
    """``text`` split on the separators outside parentheses ("Vue | Nuxt (SSR, SSG)")."""
    if not any(char in text for char in _SEPARATORS):
        return [text]  # most skills are one name: nothing to split
    depth, current, pieces = 0, "", []
    for char in text:
        depth += (char in "([") - (char in ")]")
        if depth == 0 and char in _SEPARATORS:
            pieces.append(current)
            current = ""
        else:
            current += char
    pieces.append(current)
    return pieces


@lru_cache(maxsize=1 << 13)
def is_skill(text: str) -> bool:
    """False for a duration, a count or a state written where a skill goes ("3 years")."""
    return bool(text.strip()) and not NOT_A_SKILL.match(text.strip())


def without_level(name: str) -> str:
    """The name without a level (or edition) word before or after it: "Photoshop avanzado"
    -> "Photoshop", "Jenkins CE" -> "Jenkins"."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip("()") in LEVEL_WORDS:
        words.pop()
    while len(words) > 1 and words[0].casefold().strip("()") in LEVEL_WORDS:
        words.pop(0)
    return " ".join(words)


def is_ubiquitous(name: str) -> bool:
    """True for a skill almost every profile of its kind lists (HTML, CSS, Git)."""
    bare = _FROM_PARENTHESIS.sub("", name)  # "CSS (working knowledge)"
    return " ".join(bare.casefold().split()) in UBIQUITOUS
