"""Skills rules (SKL): the keywords recruiters search for and readers skim.

Each JSON Resume keyword is one skill; its group's name is its category (a group without
keywords is a skill of its own).
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from profilelint.api import Context, Finding, Profile, rule, shorten

from . import _skill_parts as parts
from . import _skills_words as data
from ._skills_match import Evidence, profile_evidence, skill_key

QUOTE_LIMIT = 30
LIST_LIMIT = 5


class Options(BaseModel):
    """Options of the skills rules (``[tool.profilelint.checks.skills]``)."""

    model_config = ConfigDict(extra="forbid")

    min_skills: int = Field(5, ge=1, description="SKL002: the fewest skills a profile should list.")
    max_skills: int = Field(100, ge=1, description="SKL004: the most skills allowed.")


def _shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    return shorten(text, limit)


def _distinct(profile: Profile) -> dict[str, int]:
    """Each skill's key and the index of its first occurrence, in profile order."""
    first: dict[str, int] = {}
    for index, skill in enumerate(profile.skills):
        if skill.name.strip():
            first.setdefault(skill_key(skill.name), index)
    return first


def _named(profile: Profile) -> dict[str, tuple[int, str]]:
    """Each skill a written skill holds ("Vue | Nuxt" is two, "4 Jahre" none), by its key:
    the index of the written skill and the part's name, in profile order."""
    found: dict[str, tuple[int, str]] = {}
    for index, skill in enumerate(profile.skills):
        for part in parts.parts(skill.name):
            if parts.is_skill(part):
                found.setdefault(skill_key(part), (index, part))
    return found


@rule(
    "SKL001",
    "skills-missing",
    severity="warning",
    help="List the skills you want to be found for, starting with the ones you use most.",
)
def skills_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile lists at least one skill.

    Why it matters
    Recruiters filter searches by skill, and a profile without skills drops out of those
    searches however good its experience is.  The list also lets a reader see at a glance
    what you can do.

    Example
    A JSON Resume without a "skills" section, or with an empty one.

    Better
    "skills": [{"name": "Data engineering", "keywords": ["Python", "PostgreSQL", "Airflow"]}]

    Options
    None.
    """
    if profile.knows("skills") and not _distinct(profile):
        yield Finding("The profile lists no skills", field="skills")


@rule(
    "SKL002",
    "too-few-skills",
    severity="info",
    help="List at least five skills: the tools, methods and fields you work in.",
)
def too_few_skills(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That a profile with skills lists at least five different ones (a repeated skill counts
    once; "Vue | Nuxt" and "HTML/CSS" are two each; durations, counts and states such as
    "4 Jahre", "12 Projekte" or "derzeit im Einsatz" are none).  Only judged when the source
    shows the whole list.

    Why it matters
    A handful of skills gives search few ways to find you, and LinkedIn reports that members
    who list five or more skills are contacted far more often.

    Example
    "keywords": ["Excel", "Power BI"]

    Better
    "keywords": ["Excel", "Power BI", "SQL", "Route planning", "Demand forecasting"]

    Options
    min_skills (default 5): the fewest skills a profile should list.
    """
    count = len(ctx.once(_named, profile))
    minimum = ctx.options.min_skills
    if profile.complete("skills") and 0 < count < minimum:
        noun = "skill" if count == 1 else "skills"
        written = [p for s in profile.skills for p in parts.parts(s.name) if parts.is_skill(p)]
        if count < len(written):
            noun = "different " + noun
        yield Finding(f"The profile lists {count} {noun}, fewer than {minimum}", field="skills")


@rule(
    "SKL003",
    "duplicate-skill",
    severity="warning",
    help="Remove the repeated skill; keep one spelling.",
)
def duplicate_skill(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Whether a skill is listed twice in one group, ignoring case, spaces, hyphens, dots and
    slashes ("E-mail marketing" and "email marketing", "Node.js" and "NodeJS", "UX/UI" and
    "UI/UX").  Symbols count, so C, C++ and C# are different skills.  The same keyword in
    two different JSON Resume groups is a choice of categories, not a repetition.

    Why it matters
    A repeated skill looks careless, wastes one of a limited number of places, and splits
    endorsements between two entries.

    Example
    "keywords": ["Lean", "Six Sigma", "lean"]

    Better
    "keywords": ["Lean", "Six Sigma"]

    Options
    None.
    """
    if not profile.knows("skills"):
        return
    seen: dict[tuple[str, str], int] = {}
    for index, skill in enumerate(profile.skills):
        if not skill.name.strip():
            continue
        group = skill_key(skill.category) if skill.category else ""
        key = (group, skill_key(skill.name))
        if key not in seen:
            seen[key] = index
            continue
        first = profile.skills[seen[key]].name
        shown, earlier = _shorten(skill.name), _shorten(first)
        message = (
            f'Skill "{shown}" is listed twice'
            if skill.name.strip() == first.strip()
            else f'Skill "{shown}" repeats "{earlier}"'
        )
        yield Finding(
            message,
            field=f"skills[{index}]",
            quote=skill.name,
            related=(f"skills[{seen[key]}]",),
        )


@rule(
    "SKL004",
    "too-many-skills",
    severity="error",
    help="Keep the skills that matter most; LinkedIn allows at most 100.",
)
def too_many_skills(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile lists no more skills than the platform allows (100 on LinkedIn).

    Why it matters
    Skills over the limit cannot be added, and a list that long buries the skills you want
    to be known for; readers only see the first few.

    Example
    A list of 140 keywords copied from job ads.

    Better
    The 20 to 50 skills you actually use, the strongest first.

    Options
    max_skills (default 100): the most skills allowed.
    """
    limit = ctx.options.max_skills
    # A duration or a state written as a keyword ("3 years") is no skill and does not count.
    count = sum(1 for skill in profile.skills if parts.is_skill(skill.name))
    if profile.knows("skills") and count > limit:
        yield Finding(
            f"The profile lists {count} skills, over the limit of {limit}", field="skills"
        )


def _shown(evidence: Evidence, name: str) -> bool:
    """The skill, its name without a level word, or either part of "C/C++", is in a text."""
    if evidence.shows(name):
        return True
    bare = parts.without_level(name)
    if bare != name and evidence.shows(bare):
        return True
    halves = [h for h in name.split("/") if h.strip()] if "/" in name else []
    return len(halves) == 2 and any(evidence.shows(h) for h in halves)


def _spoken_language(profile: Profile, index: int) -> bool:
    """True for a spoken language listed as a skill ("Spanish", or any skill in a group
    called "Languages"): roles rarely show one, and the languages section is its place."""
    skill = profile.skills[index]
    if (skill.category or "").strip().casefold() in data.LANGUAGE_GROUPS:
        return True
    name = skill.name.split("(")[0].strip().casefold()
    listed = {(lang.language or "").strip().casefold() for lang in profile.languages}
    return name in listed or all(word in data.LANGUAGE_NAMES for word in name.split())


@rule(
    "SKL005",
    "skills-unsupported",
    severity="info",
    help="Mention each skill where you used it: in a role, a project or your summary.",
)
def skills_unsupported(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Skills that appear nowhere else in the profile: not in the headline, the summary, a
    role's title, description or highlights, a project, volunteering, education,
    certificates, awards or publications.  A skill counts as mentioned under a common alias
    (JS for JavaScript, k8s for Kubernetes, Postgres for PostgreSQL), in another inflection
    ("mentored" for Mentoring, "finansowe" for "Finansowa"), or, for a name of several words,
    when one text holds all its words but generic ones ("API design" is shown by "designed
    the public API", "Adobe Photoshop" by "Photoshop").  Either part of a slashed pair shows
    it ("UX" shows "UX/UI"), and so does the name without its parentheses ("Python (pandas)")
    or what they hold ("EHR" shows "Electronic Health Records (EHR)").  Spoken languages
    ("Spanish", or any skill in a group called "Languages") are not judged: the languages
    section is their evidence.  A keyword written as "Vue | Nuxt", "Webpack, Rollup" or
    "HTML/CSS" is judged skill by skill; a level word ("Photoshop avanzado") or an edition
    ("Jenkins CE") is not needed in the text, nor a ".js" ending; a role's keywords and a
    project's technologies count as mentions.  HTML, CSS, Git and GitHub, which nearly every
    web profile lists and no role describes, are left out, and so are skills others endorsed
    (END001 judges those).  One diagnostic lists them all.  Not judged when the source
    does not show the whole profile.

    Why it matters
    A bare list of skills is a claim; a role or project that uses the skill is evidence.
    Readers and recruiters trust, and search engines rank, skills that the experience backs.

    Example
    Skills "Kafka" and "Rust" with no role or project that mentions either.

    Better
    A highlight such as "Moved order events from polling to Kafka, cutting lag from 5 min to
    2 s", or drop the skill.

    Options
    None.
    """
    sources = ("skills", "headline", "summary", "positions", "projects")
    if not all(profile.complete(field) for field in sources):
        return
    evidence = ctx.once(profile_evidence, profile)  # built once, for END001 and SKL005
    if not evidence:
        return
    # END001 judges the skills others endorsed: no second report here.
    endorsed = {skill_key(e.skill) for e in profile.endorsements_received}
    missing = [
        (index, part)
        for key, (index, part) in ctx.once(_named, profile).items()
        if key not in endorsed
        and not parts.is_ubiquitous(part)
        and not _spoken_language(profile, index)
        and not _shown(evidence, part)
    ]
    if not missing:
        return
    names = [f'"{_shorten(part)}"' for _, part in missing]
    shown = names[:LIST_LIMIT]
    rest = len(names) - len(shown)
    listed = ", ".join(shown) + (f" and {rest} more" if rest else "")
    noun = "Skill" if len(names) == 1 else "Skills"
    yield Finding(
        f"{noun} mentioned nowhere else in the profile: {listed}",
        field="skills",
        related=tuple(dict.fromkeys(f"skills[{i}]" for i, _ in missing)),
        items=tuple(part for _, part in missing),
    )
