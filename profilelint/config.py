"""Configuration: files, presets, command-line overrides, and the decisions they imply.

Sources, weakest first: the target's preset (``profilelint/presets/<target>.toml``), the
configuration file (``[tool.profilelint]`` in ``pyproject.toml``, or ``profilelint.toml`` /
``.profilelint.toml`` with the same keys at top level, found from the current directory
upward, or ``--config FILE``), then command-line options.  One :class:`DecisionEngine` owns
select/ignore and severity: the longest matching selector wins, as in flake8 and ruff.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from profilelint.diagnostic import SEVERITY_RANK, UNHIDEABLE
from profilelint.loaders.base import Limits

if TYPE_CHECKING:
    from profilelint.plugins import Registry

CONFIG_FILES = (".profilelint.toml", "profilelint.toml", "pyproject.toml")
TARGETS = ("linkedin", "resume")
#: The most worker processes a run may start (the same bound as ``--jobs``).
MAX_JOBS = 256
KEYS = frozenset(
    {
        "target",
        "select",
        "extend-select",
        "ignore",
        "extend-ignore",
        "per-file-ignores",
        "severity",
        "fail-on",
        "min-score",
        "include",
        "exclude",
        "extend-exclude",
        "jobs",
        "today",
        "limits",
        "checks",
    }
)
LIMIT_KEYS = {
    "max-file-size": "max_file_size",
    "max-depth": "max_depth",
    "max-items": "max_items",
    "max-members": "max_members",
    "max-unpacked-size": "max_unpacked_size",
    "max-ratio": "max_ratio",
    "max-field-size": "max_field_size",
    "max-pages": "max_pages",
}
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__")
#: The severity levels, strongest first (``profilelint.api.SEVERITIES``; read here without
#: the rule API, so that the command line can start before Pydantic is loaded).
SEVERITIES = tuple(sorted(SEVERITY_RANK, key=SEVERITY_RANK.__getitem__, reverse=True))
PRESETS = Path(__file__).with_name("presets")


class ConfigError(Exception):
    """A configuration problem: reported on one line, exit code 2."""


@dataclass
class Settings:
    """Everything configuration decides for a run."""

    target: str = "linkedin"
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    preset_ignore: list[str] = field(default_factory=list)
    preset_severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "warning"
    min_score: int | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    jobs: int | None = None
    today: dt.date = field(default_factory=dt.date.today)
    limits: Limits = field(default_factory=Limits)
    checks: dict[str, dict[str, Any]] = field(default_factory=dict)
    preset_checks: dict[str, dict[str, Any]] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def root(self) -> Path:
        """The folder relative globs are resolved against."""
        return self.source.parent if self.source else Path.cwd()

    def show(self) -> dict[str, Any]:
        """The resolved settings, as ``--show-config`` prints them."""
        return {
            "config-file": str(self.source) if self.source else None,
            "target": self.target,
            "select": self.select if self.select is not None else ["ALL"],
            "extend-select": self.extend_select,
            "ignore": self.ignore,
            "preset-ignore": self.preset_ignore,
            "per-file-ignores": self.per_file_ignores,
            "severity": {**self.preset_severity, **self.severity},
            "fail-on": self.fail_on,
            "min-score": self.min_score,
            "include": self.include,
            "exclude": self.exclude,
            "jobs": self.jobs,
            "today": self.today.isoformat(),
            "limits": {k: getattr(self.limits, v) for k, v in LIMIT_KEYS.items()},
            "checks": self.checks,
        }


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration file from ``start`` upward, with its profilelint table."""
    for folder in [start, *start.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            table = read_config(candidate)
            if table is not None:
                return candidate, table
    return None


def read_config(path: Path) -> dict[str, Any] | None:
    """The profilelint table of a file (None for a pyproject.toml without one)."""
    import tomllib  # only a run with a configuration file (or a preset) parses TOML

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "profilelint" not in tool:
            return None
        if not isinstance(tool["profilelint"], dict):
            raise ConfigError(f"{path}: [tool.profilelint] must be a table")
        return tool["profilelint"]
    return data


def _codes(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of codes, prefixes or rule names")
    return [v.strip() for v in value if v.strip()]


def _preset(target: str) -> dict[str, Any]:
    import tomllib

    try:
        text = (PRESETS / f"{target}.toml").read_text("utf-8")
    except OSError:  # not installed as files (a zip, say): the package's loader reads it
        from importlib import resources

        preset = resources.files("profilelint").joinpath(f"presets/{target}.toml")
        text = preset.read_text("utf-8")
    return tomllib.loads(text)


def _severity_map(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'severity' must be a table of code = level")
    for code, level in value.items():
        if level not in SEVERITIES:
            raise ConfigError(
                f"{where}: severity of {code} is {level!r}; use one of {', '.join(SEVERITIES)}"
            )
    return dict(value)


def _today(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{where}: 'today' must be a date like 2026-01-31") from None


def apply_table(settings: Settings, table: dict[str, Any], where: str) -> Settings:
    """Settings updated by one configuration table (file keys, kebab-case)."""
    unknown = sorted(set(table) - KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key '{unknown[0]}'")
    s = replace(settings)
    if "target" in table:
        if table["target"] not in TARGETS:
            raise ConfigError(f"{where}: target must be one of {', '.join(TARGETS)}")
        s.target = table["target"]
    if "select" in table:
        s.select = _codes(table["select"], "select", where)
    s.extend_select = s.extend_select + _codes(
        table.get("extend-select", []), "extend-select", where
    )
    s.ignore = s.ignore + _codes(table.get("ignore", []), "ignore", where)
    s.ignore = s.ignore + _codes(table.get("extend-ignore", []), "extend-ignore", where)
    if "per-file-ignores" in table:
        pfi = table["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise ConfigError(f"{where}: 'per-file-ignores' must be a table of glob = [codes]")
        if any(not glob.strip() for glob in pfi):
            raise ConfigError(f"{where}: 'per-file-ignores' has an empty glob; name the files")
        s.per_file_ignores = {
            **s.per_file_ignores,
            **{g: _codes(c, f"per-file-ignores.{g}", where) for g, c in pfi.items()},
        }
    if "severity" in table:
        s.severity = {**s.severity, **_severity_map(table["severity"], where)}
    if "fail-on" in table:
        if table["fail-on"] not in SEVERITIES:
            raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(SEVERITIES)}")
        s.fail_on = table["fail-on"]
    if "min-score" in table:
        score = table["min-score"]
        if not isinstance(score, int) or isinstance(score, bool) or not 0 <= score <= 100:
            raise ConfigError(f"{where}: 'min-score' must be a whole number from 0 to 100")
        s.min_score = score
    for key in ("include", "exclude", "extend-exclude"):
        if key in table:
            globs = table[key]
            if not isinstance(globs, list) or not all(isinstance(g, str) for g in globs):
                raise ConfigError(f"{where}: '{key}' must be a list of globs")
            if key == "include":
                s.include = list(globs)
            elif key == "exclude":
                s.exclude = list(globs)
            else:
                s.exclude = s.exclude + list(globs)
    if "jobs" in table:
        jobs = table["jobs"]
        if not isinstance(jobs, int) or isinstance(jobs, bool) or not 1 <= jobs <= MAX_JOBS:
            raise ConfigError(f"{where}: 'jobs' must be a whole number from 1 to {MAX_JOBS}")
        s.jobs = jobs
    if "today" in table:
        s.today = _today(table["today"], where)
    if "limits" in table:
        limits = table["limits"]
        if not isinstance(limits, dict):
            raise ConfigError(f"{where}: 'limits' must be a table")
        for key, value in limits.items():
            if key not in LIMIT_KEYS:
                raise ConfigError(f"{where}: unknown key 'limits.{key}'")
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"{where}: 'limits.{key}' must be a positive whole number")
        s.limits = replace(s.limits, **{LIMIT_KEYS[k]: v for k, v in limits.items()})
    if "checks" in table:
        checks = table["checks"]
        if not isinstance(checks, dict) or not all(isinstance(v, dict) for v in checks.values()):
            raise ConfigError(f"{where}: 'checks' must hold one table per check module")
        s.checks = {**s.checks, **checks}
    return s


def load_settings(
    *, config_file: Path | None, overrides: dict[str, Any], cwd: Path | None = None
) -> Settings:
    """Settings from the preset, the configuration file and command-line overrides."""
    settings = Settings()
    found: tuple[Path, dict[str, Any]] | None
    if config_file is not None:
        table = read_config(config_file)
        if table is None:
            raise ConfigError(f"{config_file}: no [tool.profilelint] table")
        found = (config_file, table)
    else:
        found = find_config(cwd or Path.cwd())
    if found is not None:
        settings.source = found[0].resolve()
        settings = apply_table(settings, found[1], str(found[0]))
    cli_select = overrides.pop("select", None)
    settings = apply_table(settings, overrides, "command line")
    if cli_select is not None:
        settings.select = _codes(cli_select, "select", "command line")
    preset = _preset(settings.target)
    settings.preset_ignore = list(preset.get("preset-ignore", []))
    settings.preset_severity = dict(preset.get("severity", {}))
    settings.preset_checks = dict(preset.get("checks", {}))
    return settings


def validate_against(settings: Settings, registry: Registry) -> Settings:
    """Resolve rule names to codes, check selectors and module options against the rules."""
    from pydantic import ValidationError

    s = replace(settings, warnings=list(settings.warnings))

    def resolve(selectors: list[str], key: str, strict: bool) -> list[str]:
        resolved = []
        for selector in selectors:
            if not registry.is_known(selector):
                message = f"unknown rule code or name '{selector}' in {key}"
                if strict:
                    raise ConfigError(message)
                s.warnings.append(message)
            resolved.append(registry.resolve(selector))
        return resolved

    if s.select is not None:
        s.select = resolve(s.select, "select", True)
    s.extend_select = resolve(s.extend_select, "extend-select", True)
    s.ignore = resolve(s.ignore, "ignore", False)
    s.per_file_ignores = {
        glob: resolve(codes, f"per-file-ignores '{glob}'", False)
        for glob, codes in s.per_file_ignores.items()
    }
    for code in s.severity:
        if code in UNHIDEABLE or any(hard.startswith(code) for hard in UNHIDEABLE):
            s.warnings.append(
                f"severity of {code} is not used: input and internal errors stay errors"
            )
    s.severity = dict(
        zip(resolve(list(s.severity), "severity", False), s.severity.values(), strict=True)
    )
    options: dict[str, Any] = {}
    for module in sorted(set(s.checks) | set(s.preset_checks)):
        check = registry.modules.get(module)
        if check is None:
            if module in s.checks:
                s.warnings.append(f"options for unknown check module '{module}' are not used")
            continue
        model = check.options_model
        values = {
            key.replace("-", "_"): value
            for table in (s.preset_checks.get(module, {}), s.checks.get(module, {}))
            for key, value in table.items()
        }
        if model is None:
            if values:
                raise ConfigError(f"check module '{module}' takes no options")
            continue
        extra = sorted(set(values) - set(model.model_fields))
        if extra:
            known = ", ".join(k.replace("_", "-") for k in model.model_fields) or "none"
            raise ConfigError(
                f"unknown option '{extra[0].replace('_', '-')}' for check module '{module}' "
                f"(options: {known})"
            )
        try:
            options[module] = model.model_validate(values)
        except ValidationError as error:
            first = error.errors()[0]
            name = ".".join(str(p) for p in first["loc"]).replace("_", "-")
            raise ConfigError(f"checks.{module}.{name}: {first['msg']}") from None
    s.options = options
    return s


def _longest(code: str, selectors: list[str]) -> int | None:
    lengths = [0 if s == "ALL" else len(s) for s in selectors if s == "ALL" or code.startswith(s)]
    return max(lengths) if lengths else None


class DecisionEngine:
    """Decides, for each code and file, whether it is reported and at which severity."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.explicit = (settings.select or []) + settings.extend_select
        self.select = (settings.select if settings.select is not None else ["ALL"]) + (
            settings.extend_select
        )
        self.severities = {**settings.preset_severity, **settings.severity}
        self._file_ignores: dict[str, list[str]] = {}

    def enabled(self, code: str, *, default_enabled: bool = True, path: str = "") -> bool:
        """True when ``code`` is reported for the file at ``path``."""
        chosen = _longest(code, self.select)
        if chosen is None:
            return False
        ignored = _longest(code, self.settings.ignore + self.file_ignores(path))
        if ignored is not None and ignored >= chosen:
            return False
        named = _longest(code, [s for s in self.explicit if s != "ALL"])
        if not default_enabled and named is None:
            return False
        preset = _longest(code, self.settings.preset_ignore)
        return not (preset is not None and (named is None or preset > named))

    def file_ignores(self, path: str) -> list[str]:
        """The codes per-file-ignores lists for ``path`` (worked out once per path)."""
        if not self.settings.per_file_ignores or not path:
            return []
        if path not in self._file_ignores:
            self._file_ignores[path] = self._match_file_ignores(path)
        return self._file_ignores[path]

    def _match_file_ignores(self, path: str) -> list[str]:
        candidate = Path(path)
        try:
            real = Path(os.path.realpath(candidate))  # never raises, unlike Path.resolve()
            relative = real.relative_to(os.path.realpath(self.settings.root)).as_posix()
        except ValueError:
            relative = candidate.as_posix()
        codes: list[str] = []
        for glob, listed in self.settings.per_file_ignores.items():
            if (
                fnmatch.fnmatch(relative, glob)
                or PurePosixPath(relative).match(glob)
                or fnmatch.fnmatch(candidate.name, glob)
            ):
                codes.extend(listed)
        return codes

    def severity(self, code: str, default: str) -> str:
        """The configured severity of ``code`` (longest prefix wins)."""
        best: tuple[int, str] | None = None
        for selector, level in self.severities.items():
            if code.startswith(selector) and (best is None or len(selector) > best[0]):
                best = (len(selector), level)
        return best[1] if best else default
