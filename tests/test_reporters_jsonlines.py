"""JSON-lines reporter: one diagnostic per line, the JSON contract's keys plus a fingerprint."""

from __future__ import annotations

import dataclasses
import json

from profilelint.diagnostic import FileResult
from profilelint.fingerprint import fingerprints
from profilelint.plugins import load_registry
from profilelint.reporters import Report, get_reporter
from profilelint.testing import lint_json

BUZZWORDS = {"basics": {"name": "Layla Al-Haddad", "label": "Passionate guru building rota tools"}}
CONTRACT = {
    "code",
    "name",
    "severity",
    "message",
    "help",
    "path",
    "member",
    "field",
    "line",
    "column",
    "related",
    "items",
}


def render(*results: FileResult) -> str:
    return get_reporter("json-lines")(Report(results=list(results), registry=load_registry()))


def test_one_object_per_diagnostic() -> None:
    bad = lint_json(BUZZWORDS, select=["HDL"], filename="team/layla.json")
    broken = lint_json("{not json", select=["HDL"], filename="team/broken.json")
    output = render(broken, bad)
    lines = output.splitlines()
    assert output.endswith("\n") and len(lines) == 3
    records = [json.loads(line) for line in lines]
    for record in records:
        assert set(record) == CONTRACT | {"fingerprint"}
    assert [r["code"] for r in records] == ["INP001", "HDL004", "HDL004"]
    assert records[1]["path"] == "team/layla.json"
    assert records[1]["line"] == 4 and records[1]["column"] == 15
    diagnostics = broken.diagnostics + bad.diagnostics
    assert [r["fingerprint"] for r in records] == fingerprints(diagnostics, ".")
    assert [{k: v for k, v in r.items() if k != "fingerprint"} for r in records] == [
        d.to_json() for d in diagnostics
    ]


def test_clean_files_write_nothing() -> None:
    clean = lint_json(
        {"basics": {"name": "Wang Lihua", "label": "为小型诊所开发排班软件"}}, select=["HDL"]
    )
    assert render(clean) == ""


def test_line_breaks_in_text_stay_inside_one_line() -> None:
    result = lint_json(BUZZWORDS, select=["HDL"])
    text = "a\nb\rc\u2028d\u2029e\x85f"
    result.diagnostics = [dataclasses.replace(result.diagnostics[0], message=text)]
    output = render(result)
    assert len(output.splitlines()) == 1
    assert json.loads(output)["message"] == text
