"""Helpers for testing rules, ours and plugins': a document in, diagnostics out.

from profilelint.testing import lint_json
result = lint_json({"basics": {"name": "Ana", "label": "Programmer"}}, select=["HDL"])
assert result.codes() == ["HDL002"]
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from profilelint.config import Settings, load_settings, validate_against
from profilelint.diagnostic import FileResult
from profilelint.engine import Linter
from profilelint.plugins import Registry, load_registry


def make_settings(
    *,
    select: list[str] | None = None,
    config: dict[str, Any] | None = None,
    today: str = "2026-11-25",
    registry: Registry | None = None,
) -> Settings:
    """Settings from a configuration table (TOML keys), ignoring any file on disk."""
    table: dict[str, Any] = {"today": today, **(config or {})}
    if select is not None:
        table["select"] = select
    settings = load_settings(config_file=None, overrides=table, cwd=Path("/nonexistent"))
    return validate_against(settings, registry or load_registry())


def lint_json(
    document: dict[str, Any] | str,
    *,
    select: list[str] | None = None,
    config: dict[str, Any] | None = None,
    today: str = "2026-11-25",
    filename: str = "profile.json",
) -> FileResult:
    """Lint a JSON document (a dict, or JSON text) as if read from ``filename``."""
    text = document if isinstance(document, str) else json.dumps(document, indent=2)
    settings = make_settings(select=select, config=config, today=today)
    return Linter(settings, load_registry()).lint_bytes(text.encode("utf-8"), filename)


__all__ = ["lint_json", "make_settings"]
