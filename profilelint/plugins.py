"""Discovery of check modules through the entry-point group ``profilelint.checks``.

Built-in checks are registered exactly like third-party ones.  Entry points are sorted by name
and value so that the order, and so the output, never depends on installation order.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import re
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType

from pydantic import BaseModel

from profilelint.api import Rule
from profilelint.diagnostic import CORE_CODES

GROUP = "profilelint.checks"
OWN_DISTRIBUTION = "profilelint"
#: Code prefixes only the built-in checks may use.
RESERVED_PREFIXES = frozenset("BAS HDL SUM EXP PHO SKL EDU REC NET END TXT PRV INP INT".split())
# A header name, as the e-mail parser reads one: printable ASCII but the colon and space.
_HEADER_KEY = re.compile(r"[\041-\071\073-\176]+")


@dataclass(frozen=True)
class CheckModule:
    """One registered check module: its entry-point name, distribution and options model."""

    name: str
    distribution: str
    options_model: type[BaseModel] | None
    rules: tuple[Rule, ...]


@dataclass
class Registry:
    """Every rule available to this run, and the plugin failures found while loading them."""

    modules: dict[str, CheckModule] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def by_name(self) -> dict[str, str]:
        """Rule name to code."""
        return {r.name: code for code, r in self.rules.items()}

    def resolve(self, selector: str) -> str:
        """A code or prefix for a rule name; anything else unchanged."""
        return self.by_name().get(selector, selector)

    def is_known(self, selector: str) -> bool:
        """True when a selector (code, prefix, name or ALL) matches some rule."""
        if selector == "ALL" or selector in self.by_name():
            return True
        codes = list(self.rules) + list(CORE_CODES)
        return any(code.startswith(selector) for code in codes)


def _distribution(entry: EntryPoint) -> str:
    dist = getattr(entry, "dist", None)
    if dist is None:
        return "?"
    # ``dist.name`` parses the whole METADATA (or an egg's PKG-INFO) as an e-mail message, on
    # every call; the name is one of its first headers, read here from the header lines.
    text = dist.read_text("METADATA") or dist.read_text("PKG-INFO")
    return _header_name(text) or dist.name


def _header_name(text: str | None) -> str | None:
    """The ``Name`` header of a METADATA text, or None where the e-mail parser must decide.

    Only headers on one line each, with plain ASCII names and values, are read here; folded
    or unusual headers, a missing Name or a missing file are left to ``Distribution.name``.
    """
    if not text:
        return None
    lines = text.split("\n")
    for index, line in enumerate(lines):
        key, colon, value = line.partition(":")
        if not colon or not _HEADER_KEY.fullmatch(key) or not line.isascii() or "\r" in line:
            return None  # a continuation line, the end of the headers or an odd line
        if key.lower() == "name":
            following = lines[index + 1] if index + 1 < len(lines) else ""
            name = value.lstrip(" \t")
            if following[:1] in (" ", "\t") or not name or not name.isprintable():
                return None
            return name
    return None


def _rules_of(module: ModuleType) -> list[Rule]:
    return sorted(
        (value for value in vars(module).values() if isinstance(value, Rule)),
        key=lambda r: r.code,
    )


def build_registry(entries: list[EntryPoint]) -> Registry:
    """Load the given entry points into a registry, recording every conflict."""
    registry = Registry()
    owners: dict[str, str] = {}
    names: dict[str, str] = {}  # rule name -> code, as Registry.by_name() would give
    names_of: dict[int, str] = {}  # one read per distribution, not per entry point

    def distribution(entry: EntryPoint) -> str:
        dist = getattr(entry, "dist", None)
        if id(dist) not in names_of:
            names_of[id(dist)] = _distribution(entry)
        return names_of[id(dist)]

    ordered = sorted(
        ((entry, distribution(entry)) for entry in entries),
        key=lambda pair: (pair[1] != OWN_DISTRIBUTION, pair[0].name, pair[0].value),
    )
    for entry, dist in ordered:
        label = f"'{entry.name}' ({dist})"
        if entry.name in registry.modules:
            registry.failures.append(
                f"check module name '{entry.name}' is claimed by "
                f"{registry.modules[entry.name].distribution} and {dist}; {dist}'s is not loaded"
            )
            continue
        try:
            loaded = entry.load()
            module = (
                loaded
                if isinstance(loaded, ModuleType)
                else importlib.import_module(entry.value.split(":")[0])
            )
        except Exception as error:  # a broken plugin must not stop the run
            registry.failures.append(
                " ".join(f"plugin {label} failed to load: {type(error).__name__}: {error}".split())
            )
            continue
        options = getattr(module, "Options", None)
        if not (isinstance(options, type) and issubclass(options, BaseModel)):
            options = None
        accepted: list[Rule] = []
        for rule in _rules_of(module):
            builtin = dist == OWN_DISTRIBUTION
            if not builtin and rule.code[:3] in RESERVED_PREFIXES:
                taken = f" (claimed by {owners[rule.code]})" if rule.code in owners else ""
                registry.failures.append(
                    f"{label} uses {rule.code}{taken}: {rule.code[:3]} is reserved for profilelint"
                )
                continue
            if rule.code in owners or rule.code in CORE_CODES:
                owner = owners.get(rule.code, OWN_DISTRIBUTION + " core")
                registry.failures.append(
                    f"{rule.code} is claimed by {owner} and {label}; the second is not loaded"
                )
                continue
            named = names.get(rule.name)
            if named is not None:
                registry.failures.append(
                    f"rule name '{rule.name}' is claimed by {named} and {rule.code} of {label}; "
                    f"{rule.code} is not loaded"
                )
                continue
            bound = dataclasses.replace(rule, module=entry.name, plugin=dist)
            owners[rule.code] = label
            names[rule.name] = rule.code
            registry.rules[rule.code] = bound
            accepted.append(bound)
        registry.modules[entry.name] = CheckModule(
            name=entry.name, distribution=dist, options_model=options, rules=tuple(accepted)
        )
    registry.rules = dict(sorted(registry.rules.items()))
    return registry


@functools.cache
def load_registry() -> Registry:
    """The registry of every installed check module (cached for the process)."""
    return build_registry(list(entry_points(group=GROUP)))
