"""The documentation stays true: the README's rules table and every rule's documentation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from profilelint.api import DOC_SECTIONS
from profilelint.core_docs import CORE_DOCS
from profilelint.diagnostic import CORE_CODES
from profilelint.plugins import load_registry

ROOT = Path(__file__).resolve().parent.parent
RULES = list(load_registry().rules.values())


def expected_table() -> str:
    """The rules table as the README must show it."""
    lines = ["| code | name | severity | languages |", "|---|---|---|---|"]
    for rule in RULES:
        languages = ", ".join(sorted(rule.languages)) if rule.languages else "any"
        severity = rule.severity + ("" if rule.default_enabled else " (off by default)")
        lines.append(f"| {rule.code} | {rule.name} | {severity} | {languages} |")
    return "\n".join(lines)


def test_readme_rules_table_matches_the_registry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- rules-table.*?-->\n(.*?)\n<!-- end rules-table -->", readme, re.S)
    assert match, "README.md lost its rules-table markers"
    assert match.group(1) == expected_table(), "update README.md with:\n" + expected_table()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_has_full_documentation(rule) -> None:
    headings = [line.strip() for line in rule.doc.splitlines()]
    for section in DOC_SECTIONS:
        assert section in headings, f"{rule.code} documentation lacks '{section}'"
        body_start = headings.index(section) + 1
        assert body_start < len(headings) and headings[body_start], (
            f"{rule.code}: section '{section}' is empty"
        )
    assert rule.help and "\n" not in rule.help, f"{rule.code}: help must be one line"
    order = [headings.index(section) for section in DOC_SECTIONS]
    assert order == sorted(order), f"{rule.code}: sections out of order"


@pytest.mark.parametrize("code", sorted(CORE_CODES))
def test_every_core_code_has_full_documentation(code: str) -> None:
    headings = [line.strip() for line in CORE_DOCS[code].splitlines()]
    assert [h for h in headings if h in DOC_SECTIONS] == list(DOC_SECTIONS)


def test_check_modules_import_only_the_api() -> None:
    """Built-in checks are written as a plugin would be: against profilelint.api alone."""
    for path in sorted((ROOT / "checks").glob("*.py")):
        imports = re.findall(r"^\s*(?:from|import) (profilelint\S*)", path.read_text("utf-8"), re.M)
        assert set(imports) <= {"profilelint.api"}, (path.name, imports)


def test_the_core_never_imports_a_check_by_name() -> None:
    for path in sorted((ROOT / "profilelint").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(?:from|import) profilelint\.checks", text, re.M), path
