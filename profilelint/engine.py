"""The engine: runs every enabled rule on a loaded profile and stamps its findings.

The engine, not the rule, decides code, name and severity, applies select/ignore,
per-file and inline ignores, drops findings about fields the source cannot tell, applies each
rule's ``languages`` gate, contains crashes (INT001), and computes the score.
"""

from __future__ import annotations

import dataclasses
import functools
import operator
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from profilelint import score as scoring
from profilelint.api import Context, Finding, ProfileMemo, Rule
from profilelint.config import DecisionEngine, Settings
from profilelint.diagnostic import (
    CORE_CODES,
    UNHIDEABLE,
    Diagnostic,
    FileResult,
    Location,
    core_diagnostic,
    help_for,
)
from profilelint.loaders import LoadError, LoadResult, load_bytes, load_path
from profilelint.model import Profile
from profilelint.plugins import Registry
from profilelint.text import detect_language, main_language

_SEGMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
#: Messages are meant to stay under ~120 characters; a longer one is cut there.
MAX_MESSAGE = 120


def _cut(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


_TEXT_OR_NONE = (str, type(None))


def _check_finding(finding: object) -> None:
    """A rule must yield Findings with text where text belongs; anything else is its bug."""
    # Nearly every finding is a Finding of plain text without related fields: passed at once.
    if (
        type(finding) is Finding
        and type(finding.message) is str
        and type(finding.field) in _TEXT_OR_NONE
        and type(finding.quote) in _TEXT_OR_NONE
        and type(finding.help) in _TEXT_OR_NONE
        and type(finding.related) is tuple
        and not finding.related
    ):
        return
    if not isinstance(finding, Finding):
        raise TypeError(f"yielded {type(finding).__name__}, not a Finding")
    if not isinstance(finding.message, str) or not all(
        value is None or isinstance(value, str)
        for value in (finding.field, finding.quote, finding.help)
    ):
        raise TypeError("a Finding's message, field, quote and help must be text")
    if not all(isinstance(other, str) for other in finding.related):
        raise TypeError("a Finding's related fields must be model paths (text)")


def value_at(profile: Profile, path: str) -> Any:
    """The value at a model path such as ``positions[1].description`` (None if absent)."""
    value: Any = profile
    for name, index in _SEGMENT.findall(path):
        if name:
            value = getattr(value, name, None)
        elif isinstance(value, list) and int(index) < len(value):
            value = value[int(index)]
        else:
            return None
        if value is None:
            return None
    return value


def _texts(value: Any, found: list[str] | None = None) -> list[str]:
    """Every text inside ``value``, in model order."""
    if found is None:
        found = []
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, list):
        for item in value:
            if type(item) is str:
                found.append(item)
            else:
                _texts(item, found)
    elif isinstance(value, BaseModel):
        _model_texts(value, found)
    return found


def _model_texts(model: BaseModel, found: list[str]) -> None:
    # A model's values are read in one call, and most are text, nothing, a flag or a list of
    # texts (a role's highlights): handled here, without a call each.
    for item in _field_values(type(model))(model):
        kind = type(item)
        if kind is str:
            found.append(item)
        elif item is None or kind is bool:
            continue
        elif kind is list:
            for entry in item:
                if type(entry) is str:
                    found.append(entry)
                else:
                    _texts(entry, found)
        else:
            _texts(item, found)


@functools.lru_cache(maxsize=64)
def _field_values(model: type[BaseModel]) -> Callable[[BaseModel], tuple[Any, ...]]:
    """A function giving a model's values in field order (as one tuple, however many)."""
    names = tuple(model.model_fields)
    if len(names) == 1:
        (name,) = names
        return lambda value: (getattr(value, name),)
    return operator.attrgetter(*names) if names else lambda value: ()


class _Languages:
    """Per-profile language lookups, computed only when an English-only rule finds something."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._main: str | None = None
        self._main_done = False
        # Several findings are often about one field: its language is detected once.
        self._fields: dict[str | None, str | None] = {}

    def main(self) -> str | None:
        if not self._main_done:
            p = self.profile
            texts = [p.summary or "", p.headline or ""]
            for pos in p.positions:
                texts += [pos.description or "", *pos.highlights]
            self._main = main_language(t for t in texts if t)
            self._main_done = True
        return self._main

    def of(self, field: str | None) -> str | None:
        if field in self._fields:
            return self._fields[field]
        text = " ".join(_texts(value_at(self.profile, field))) if field else ""
        found = (detect_language(text) if text.strip() else None) or self.main()
        self._fields[field] = found
        return found


class Linter:
    """Lints inputs with one registry and one configuration."""

    def __init__(self, settings: Settings, registry: Registry) -> None:
        self.settings = settings
        self.registry = registry
        self.decisions = DecisionEngine(settings)
        self.options: dict[str, Any] = dict(settings.options)
        self.disabled: set[str] = set()
        failures = list(registry.failures)
        for name, module in registry.modules.items():
            model = module.options_model
            if name in self.options or model is None:
                continue
            try:
                self.options[name] = model()
            except Exception as error:  # a plugin whose options have no defaults
                reason = " ".join(str(error).split())
                failures.append(f"options of check module '{name}' have no defaults: {reason}")
                self.disabled.add(name)
        self.plugin_failures = [core_diagnostic("INT002", _cut(f), "") for f in failures]
        self._language_bound = frozenset(r.code for r in registry.rules.values() if r.languages)
        # The rules a file runs, each with its context, depend on its path only through
        # per-file-ignores: worked out once per distinct list of those, not once per file.
        self._enabled: dict[tuple[str, ...], list[tuple[Rule, Context]]] = {}
        # One context per check module for the run (options, today and target do not change);
        # their shared memo is emptied for each profile.
        self._memo = ProfileMemo()
        self._contexts: dict[str, Context] = {}

    def _rules_for(self, path: str) -> list[tuple[Rule, Context]]:
        """The enabled rules for the file at ``path``, in registry order, with their contexts."""
        key = tuple(self.decisions.file_ignores(path))
        rules = self._enabled.get(key)
        if rules is None:
            rules = [
                (rule, self._context(rule.module))
                for rule in self.registry.rules.values()
                if rule.module not in self.disabled
                and self.decisions.enabled(
                    rule.code, default_enabled=rule.default_enabled, path=path
                )
            ]
            self._enabled[key] = rules
        return rules

    def _context(self, module: str) -> Context:
        """The context of ``module``'s rules, made once for the run."""
        ctx = self._contexts.get(module)
        if ctx is None:
            ctx = self._contexts[module] = Context(
                options=self.options.get(module),
                today=self.settings.today,
                target=self.settings.target,
                memo=self._memo,
            )
        return ctx

    # --- entry points -------------------------------------------------------------------
    def lint_path(self, path: Path, display: str | None = None) -> FileResult:
        """Load and lint one file."""
        shown = display or str(path)
        try:
            loaded = load_path(path, self.settings.limits)
        except LoadError as error:
            return self._failed(shown, error.diagnostic(shown))
        except Exception as error:  # a loader bug must not hide the other files
            return self._failed(shown, self._crash(shown, "the loader", error))
        return self.lint_loaded(loaded, shown)

    def lint_bytes(self, data: bytes, display: str, base_dir: Path | None = None) -> FileResult:
        """Load and lint a file's bytes (standard input)."""
        try:
            loaded = load_bytes(data, self.settings.limits, base_dir=base_dir)
        except LoadError as error:
            return self._failed(display, error.diagnostic(display))
        except Exception as error:
            return self._failed(display, self._crash(display, "the loader", error))
        return self.lint_loaded(loaded, display)

    def lint_loaded(self, loaded: LoadResult, path: str) -> FileResult:
        """Run every enabled rule on a loaded profile."""
        profile = loaded.profile
        diagnostics: list[Diagnostic] = [
            self._stamp_core(
                problem.code,
                problem.message,
                path,
                problem.field,
                problem.line,
                problem.column,
                member=problem.member,
                related=tuple(Location(*spot) for spot in problem.related),
                severity=problem.severity,
            )
            for problem in loaded.problems
        ]
        languages = _Languages(profile)
        raw: list[tuple[Rule, Finding]] = []
        # The memo every rule's context shares: what one rule works out for this profile (its
        # text fields, say) the others reuse.  Emptied before and after: each profile starts
        # afresh, and nothing of it is kept once it is linted.
        self._memo.clear()
        for rule, ctx in self._rules_for(path):
            try:
                findings = list(rule.function(profile, ctx))
                if not findings:
                    continue  # most rules find nothing in a profile
                for finding in findings:
                    _check_finding(finding)
            except Exception as error:
                diagnostics.append(self._crash(path, f"rule {rule.code} ({rule.name})", error))
                continue
            for finding in findings:
                if finding.field is not None and not profile.knows(finding.field):
                    continue
                if (
                    rule.languages
                    and (lang := languages.of(finding.field)) is not None
                    and (lang not in rule.languages)
                ):
                    continue
                raw.append((rule, finding))
        self._memo.clear()
        kept = self._apply_inline_ignores(raw, profile, loaded, path, diagnostics)
        diagnostics.extend(self._stamp(rule, finding, loaded, path) for rule, finding in kept)
        diagnostics = [d for d in diagnostics if self._reported(d, path)]
        diagnostics.extend(self._plugin_failures_at(path))
        diagnostics.sort(key=Diagnostic.sort_key)
        value, level = scoring.score(profile, diagnostics, language_bound=self._language_bound)
        return FileResult(
            path=path,
            format=loaded.format,
            person=profile.name.strip() if profile.name and profile.name.strip() else None,
            score=value,
            level=level,
            diagnostics=diagnostics,
        )

    # --- helpers ------------------------------------------------------------------------
    def _failed(self, path: str, diagnostic: Diagnostic) -> FileResult:
        extra = self._plugin_failures_at(path)
        return FileResult(path=path, diagnostics=[diagnostic, *extra])

    def _plugin_failures_at(self, path: str) -> list[Diagnostic]:
        """INT002 for every plugin that failed to load, reported on this file."""
        return [dataclasses.replace(d, path=path) for d in self.plugin_failures]

    def _crash(self, path: str, what: str, error: Exception) -> Diagnostic:
        text = " ".join(f"{what} crashed: {type(error).__name__}: {error}".split())
        return core_diagnostic("INT001", _cut(text), path)

    def _reported(self, diagnostic: Diagnostic, path: str) -> bool:
        if diagnostic.code in UNHIDEABLE:
            return True
        if diagnostic.code in CORE_CODES:
            return self.decisions.enabled(diagnostic.code, path=path)
        return True

    def _stamp_core(
        self,
        code: str,
        message: str,
        path: str,
        field: str | None,
        line: int | None,
        column: int | None,
        *,
        member: str | None = None,
        related: tuple[Location, ...] = (),
        severity: str | None = None,
    ) -> Diagnostic:
        name, default, _ = CORE_CODES[code]
        default = severity or default
        help_line = help_for(code, message)
        return Diagnostic(
            code=code,
            name=name,
            severity=self.decisions.severity(code, default)  # type: ignore[arg-type]
            if code not in UNHIDEABLE
            else default,
            message=_cut(message),
            help=help_line,
            path=path,
            member=member,
            field=field,
            line=line,
            column=column,
            related=related,
        )

    def _stamp(self, rule: Rule, finding: Finding, loaded: LoadResult, path: str) -> Diagnostic:
        source = loaded.source
        position = source.locate(finding.field, finding.quote)
        line, column = position if position else (None, None)
        related = []
        for other in finding.related:
            spot = source.locate(other)
            related.append(Location(other, *(spot or (None, None))))
        return Diagnostic(
            code=rule.code,
            name=rule.name,
            severity=self.decisions.severity(rule.code, rule.severity),  # type: ignore[arg-type]
            message=_cut(finding.message),
            help=finding.help or rule.help,
            path=path,
            member=source.member(finding.field),
            field=finding.field,
            line=line,
            column=column,
            related=tuple(related),
            quote=finding.quote,
            items=tuple(finding.items),
        )

    def _apply_inline_ignores(
        self,
        raw: list[tuple[Rule, Finding]],
        profile: Profile,
        loaded: LoadResult,
        path: str,
        diagnostics: list[Diagnostic],
    ) -> list[tuple[Rule, Finding]]:
        if not profile.ignore:
            return raw
        selectors = [self.registry.resolve(s.strip()) for s in profile.ignore]
        used = [False] * len(selectors)
        # The loader's own hideable findings (an unknown key, say) obey inline ignores too.
        for diagnostic in list(diagnostics):
            if diagnostic.code in UNHIDEABLE:
                continue
            matched = [i for i, s in enumerate(selectors) if diagnostic.code.startswith(s)]
            for index in matched:
                used[index] = True
            if matched:
                diagnostics.remove(diagnostic)
        kept = []
        for rule, finding in raw:
            matched = [i for i, s in enumerate(selectors) if rule.code.startswith(s)]
            for index in matched:
                used[index] = True
            if not matched:
                kept.append((rule, finding))
        for index, selector in enumerate(selectors):
            if used[index]:
                continue
            field = f"ignore[{index}]"
            spot = loaded.source.locate(field)
            line, column = spot if spot else (None, None)
            member = loaded.source.member(field)
            what = "is not a rule" if not self.registry.is_known(selector) else "suppressed nothing"
            diagnostics.append(
                self._stamp_core(
                    "INP007",
                    f"inline ignore '{profile.ignore[index]}' {what}",
                    path,
                    field,
                    line,
                    column,
                    member=member,
                )
            )
        return kept
