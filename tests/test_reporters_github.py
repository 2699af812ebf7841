"""GitHub reporter: workflow-command grammar, GitHub's escaping, and the plain summary."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from profilelint.diagnostic import Diagnostic, FileResult
from profilelint.plugins import load_registry
from profilelint.reporters import Report, get_reporter
from profilelint.reporters.github import escape_data, escape_property
from profilelint.sanitize import visible
from profilelint.testing import lint_json

# A property value may not hold a raw ',', ':', CR or LF; '%' only starts an escape.
_ESCAPED = r"(?:[^%\r\n]|%25|%0D|%0A)"
_VALUE = r"(?:[^%,:\r\n]|%25|%0D|%0A|%3A|%2C)*"
_PROPERTY = rf"(?:file|line|col|endLine|endColumn|title)={_VALUE}"
COMMAND = re.compile(
    rf"^::(?P<level>error|warning|notice) (?P<props>{_PROPERTY}(?:,{_PROPERTY})*)::(?P<data>{_ESCAPED}*)$"
)

BUZZWORDS = {"basics": {"name": "Ana Pérez", "label": "Passionate guru building rota tools"}}


def render(*results: FileResult, quiet: bool = False) -> str:
    return get_reporter("github")(
        Report(results=list(results), registry=load_registry(), quiet=quiet)
    )


def unescape(value: str) -> str:
    table = {"%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ",", "%25": "%"}
    return re.sub(r"%(?:0D|0A|3A|2C|25)", lambda m: table[m.group()], value)


def commands(output: str) -> list[re.Match[str]]:
    """Every output line parsed: a command matching the grammar, or a plain summary line."""
    assert output.endswith("\n")
    parsed = []
    for line in output.split("\n")[:-1]:
        assert "\r" not in line
        if line.startswith("::"):
            match = COMMAND.match(line)
            assert match, f"not a well-formed workflow command: {line!r}"
            parsed.append(match)
        else:
            assert line.startswith("profilelint: "), line
    return parsed


def props(match: re.Match[str]) -> dict[str, str]:
    return {
        key: unescape(value)
        for key, value in (part.split("=", 1) for part in match.group("props").split(","))
    }


def test_annotations_from_the_linter() -> None:
    result = lint_json(BUZZWORDS, select=["HDL"], filename="team/ana.json")
    (first, second) = commands(render(result))
    assert first.group("level") == "warning"
    assert props(first) == {
        "file": "team/ana.json",
        "line": "4",
        "col": "15",
        "title": "HDL004 headline-buzzwords",
    }
    message = unescape(first.group("data"))
    assert message.splitlines()[0] == 'Headline uses the overused "Passionate"'
    assert message.splitlines()[1].startswith("help: ")
    assert props(second)["col"] == "26"


@pytest.mark.parametrize(
    ("severity", "level"), [("error", "error"), ("warning", "warning"), ("info", "notice")]
)
def test_levels(severity: str, level: str) -> None:
    result = lint_json(BUZZWORDS, select=["HDL"], filename="a.json")
    result.diagnostics = [dataclasses.replace(result.diagnostics[0], severity=severity)]
    (command,) = commands(render(result))
    assert command.group("level") == level


HOSTILE = [
    "100% sure",
    "line one\nline two",
    "carriage\rreturn",
    "windows\r\nbreak",
    "Ana\n::error file=x.json::injected",
    "%0A already escaped looking %25",
    "title: with, commas and: colons",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_profile_text_cannot_break_out_of_a_command(text: str) -> None:
    result = lint_json(BUZZWORDS, select=["HDL"], filename=f"team/{text}.json")
    diagnostic: Diagnostic = dataclasses.replace(result.diagnostics[0], message=f"Quoted: {text}")
    result.diagnostics = [diagnostic]
    result.person = text
    output = render(result, quiet=True)
    (command,) = commands(output)
    # escaped as the runner unescapes, after line breaks and controls were made visible
    assert unescape(command.group("data")) == visible(f"Quoted: {text}")
    assert props(command)["file"] == visible(f"team/{text}.json")
    # exactly one command: the annotation; nothing in the text started another
    assert sum(line.startswith("::") for line in output.split("\n")) == 1


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("%", "%25", "%25"),
        ("\r", "%0D", "%0D"),
        ("\n", "%0A", "%0A"),
        (":", ":", "%3A"),
        (",", ",", "%2C"),
        ("a%3Ab", "a%253Ab", "a%253Ab"),
        ("é 日本", "é 日本", "é 日本"),
    ],
)
def test_escaping_table(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_person_with_a_line_break_stays_on_one_summary_line() -> None:
    document = {"basics": {"name": "Ana\n::error::x", "label": "Passionate guru"}}
    output = render(lint_json(document, select=["HDL"], filename="ana.json"))
    commands(output)
    assert sum(line.startswith("::") for line in output.split("\n")) == 2


def test_summary_per_file_and_totals() -> None:
    bad = lint_json(BUZZWORDS, select=["HDL"], filename="team/ana.json")
    clean = lint_json(
        {"basics": {"name": "Wang Lihua", "label": "为小型诊所开发排班软件"}},
        select=["HDL"],
        filename="team/wang.json",
    )
    broken = lint_json("{not json", select=["HDL"], filename="team/broken.json")
    output = render(broken, bad, clean)
    summary = [line for line in output.splitlines() if not line.startswith("::")]
    assert summary[0] == "profilelint: team/broken.json: no score, 1 error, 0 warnings, 0 infos"
    assert re.fullmatch(
        r"profilelint: team/ana\.json \[Ana Pérez\]: score \d+/100 \(\w[\w-]*\), 0 errors, 2 warnings, 0 infos",
        summary[1],
    )
    assert summary[2].startswith("profilelint: team/wang.json [Wang Lihua]: score ")
    assert summary[3] == "profilelint: 3 files, 1 error, 2 warnings, 0 infos"
    assert len(summary) == 4


def test_summary_says_when_github_hides_annotations() -> None:
    labels = [f"Passionate guru {i}" for i in range(6)]
    results = [
        lint_json({"basics": {"name": "Ana", "label": label}}, select=["HDL"], filename=f"{i}.json")
        for i, label in enumerate(labels)
    ]
    output = render(*results)
    assert len(commands(output)) == 12
    assert output.splitlines()[-1].startswith("profilelint: GitHub shows only the first 10")
    assert "2 warnings" in output.splitlines()[-1]
    assert "GitHub shows only" not in render(*results[:5])


def test_file_without_line_has_no_line_property() -> None:
    result = lint_json(BUZZWORDS, select=["HDL"], filename="a.json")
    result.diagnostics = [dataclasses.replace(result.diagnostics[0], line=None, column=None)]
    (command,) = commands(render(result))
    assert set(props(command)) == {"file", "title"}


def test_github_is_the_default_format_on_github_actions(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from profilelint.cli import main

    target = str(Path(__file__).resolve().parent.parent / "fixtures" / "mixed.json")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    main(["--today", "2026-11-25", target])
    on_actions = capsys.readouterr().out
    assert on_actions.startswith("::")
    main(["--today", "2026-11-25", "--format", "text", target])
    assert not capsys.readouterr().out.startswith("::")
    monkeypatch.delenv("GITHUB_ACTIONS")
    main(["--today", "2026-11-25", target])
    assert not capsys.readouterr().out.startswith("::")
