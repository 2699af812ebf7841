"""Everything a check module may import: the model, the rule decorator, and text utilities.

A check module groups the rules of one area.  Each rule is a small generator registered with
its metadata::

    from profilelint.api import Context, Finding, Profile, rule

    @rule("HDL001", "headline-missing", severity="warning",
          help="Write a headline that says what you do and for whom.")
    def headline_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
        '''What it checks ... Why it matters ... Example ... Better ... Options ...'''
        if profile.knows("headline") and not (profile.headline or "").strip():
            yield Finding("The profile has no headline", field="headline")

A module may define ``Options``, a Pydantic model of its options; the user sets them under
``[tool.profilelint.checks.<module>]`` and a rule reads them as ``ctx.options``.  The engine,
not the rule, stamps code and severity and applies the configuration.  The module is
registered under the entry-point group ``profilelint.checks``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, Field

from profilelint.model import (
    Education,
    Link,
    PartialDate,
    Photo,
    Position,
    Profile,
    Skill,
    coarser,
)
from profilelint.text import (
    ACRONYMS,
    BUZZWORDS,
    LazyPattern,
    count_emoji,
    count_words,
    detect_language,
    find_buzzwords,
    graphemes,
    is_all_caps_shouting,
    main_language,
    shorten,
    split_url,
    url_host,
    words,
)

__all__ = [
    "ACRONYMS",
    "BUZZWORDS",
    "CODE_PATTERN",
    "SEVERITIES",
    "BaseModel",
    "Context",
    "Education",
    "Field",
    "Finding",
    "LazyPattern",
    "Link",
    "PartialDate",
    "Photo",
    "Position",
    "Profile",
    "ProfileMemo",
    "Rule",
    "Severity",
    "Skill",
    "coarser",
    "count_emoji",
    "count_words",
    "detect_language",
    "find_buzzwords",
    "graphemes",
    "is_all_caps_shouting",
    "main_language",
    "rule",
    "shorten",
    "split_url",
    "url_host",
    "words",
]

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
CODE_PATTERN = re.compile(r"^[A-Z]{3}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
DOC_SECTIONS = ("What it checks", "Why it matters", "Example", "Better", "Options")


@dataclass(frozen=True)
class Finding:
    """What a rule found: a message quoting the fault, and the model field it is about.

    ``field`` is a model path with 0-based indices (``positions[1].description``); None means
    the profile as a whole.  ``quote`` is the exact text at fault, used to point at it in the
    file.  ``help`` overrides the rule's help line.  ``related`` lists further model paths
    (the rows of an aggregated finding).  ``items`` is the whole list a message names only in
    part ("… and 12 more"); the JSON output gives it in full.
    """

    message: str
    field: str | None = None
    quote: str | None = None
    help: str | None = None
    related: tuple[str, ...] = ()
    items: tuple[str, ...] = ()


T = TypeVar("T")


class ProfileMemo:
    """What the rules of one profile's lint work out once and share (see ``Context.once``).

    The engine hands one to every rule's context and empties it before and after each
    profile.  Each value is also held with the profile it was computed from, so a memo used
    for another profile never answers from the first: it recomputes, and it holds at most one
    value per function.
    """

    __slots__ = ("_values",)

    def __init__(self) -> None:
        self._values: dict[Callable[[Any], Any], tuple[object, Any]] = {}

    def get(self, compute: Callable[[Profile], T], profile: Profile) -> T:
        """``compute(profile)``, computed at most once per profile."""
        held = self._values.get(compute)
        if held is not None and held[0] is profile:
            return held[1]  # type: ignore[no-any-return]
        value = compute(profile)
        self._values[compute] = (profile, value)
        return value

    def clear(self) -> None:
        """Forget every value (the engine does, before and after each profile)."""
        self._values.clear()


@dataclass(frozen=True)
class Context:
    """What a rule may know besides the profile."""

    options: Any
    today: dt.date
    target: str = "linkedin"
    module_options: dict[str, Any] = field(default_factory=dict)
    memo: ProfileMemo = field(default_factory=ProfileMemo, compare=False, repr=False)

    def once(self, compute: Callable[[Profile], T], profile: Profile) -> T:
        """``compute(profile)``, worked out once per profile and shared by every rule.

        For work several rules repeat on the same profile (every text field with its path,
        say): the first rule that asks computes it, the others get the same value.  The value
        must not be changed by those who receive it, and ``compute`` must be a function
        defined once (a module-level function), not a new lambda on each call.
        """
        # The memo's lookup inline: most calls find the value, and this saves them a call.
        held = self.memo._values.get(compute)
        if held is not None and held[0] is profile:
            return held[1]  # type: ignore[no-any-return]
        return self.memo.get(compute, profile)


RuleFunction = Callable[[Profile, Context], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    """A rule's identity and metadata; the engine calls ``function``."""

    code: str
    name: str
    severity: Severity
    function: RuleFunction
    help: str
    languages: frozenset[str] | None = None
    default_enabled: bool = True
    doc: str = ""
    module: str = ""
    plugin: str = ""

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.doc.strip().splitlines()[0] if self.doc.strip() else self.name


def rule(
    code: str,
    name: str,
    *,
    severity: Severity,
    help: str,
    languages: set[str] | frozenset[str] | None = None,
    default_enabled: bool = True,
    doc: str | None = None,
) -> Callable[[RuleFunction], Rule]:
    """Register a rule function with its code, name, default severity and help line.

    ``languages`` (e.g. ``{"en"}``) limits the rule to fields written in those languages.
    ``default_enabled=False`` leaves the rule off until a selector names it.  The documentation
    is ``doc`` or the function's docstring.
    """
    if not CODE_PATTERN.match(code):
        raise ValueError(f"rule code {code!r} is not 3 upper-case letters and 3 digits")
    if not NAME_PATTERN.match(name):
        raise ValueError(f"rule name {name!r} is not kebab-case")
    if severity not in SEVERITIES:
        raise ValueError(f"rule {code}: severity {severity!r} is not one of {SEVERITIES}")

    def register(function: RuleFunction) -> Rule:
        import inspect

        text = doc if doc is not None else inspect.getdoc(function) or ""
        return Rule(
            code=code,
            name=name,
            severity=severity,
            function=function,
            help=help,
            languages=frozenset(languages) if languages else None,
            default_enabled=default_enabled,
            doc=text,
            module=function.__module__,
        )

    return register
