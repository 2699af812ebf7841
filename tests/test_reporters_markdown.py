"""``--format markdown``: the team summary's structure, order and escaping."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from profilelint.cli import main
from profilelint.diagnostic import Diagnostic, FileResult, core_diagnostic
from profilelint.plugins import Registry
from profilelint.reporters import FORMATS, Report
from profilelint.reporters.markdown import escape_markdown, render

TEAM = Path(__file__).resolve().parents[1] / "fixtures" / "team"
HOSTILE = [
    "Ana | Pérez",
    "<script>alert(1)</script>",
    "Smith & Sons",
    "`rm -rf`",
    "first line\nsecond line\r\nthird\u2028fourth",
    "**bold** _em_ ~~strike~~",
    "[click](https://example.com) ![img](x.png)",
    "@security-team #1 $x^2$",
    "back\\slash",
    "<details><summary>x</summary>",
]


def diagnostic(
    code: str = "HDL002",
    severity: str = "warning",
    message: str = 'Headline "Engineer" only names a job title',
    line: int | None = 4,
    path: str = "team/a.json",
) -> Diagnostic:
    return Diagnostic(
        code=code,
        name="headline-is-job-title",
        severity=severity,  # type: ignore[arg-type]
        message=message,
        help="Say what you do and for whom.",
        path=path,
        line=line,
        column=15 if line else None,
    )


def person(path: str, name: str | None, score: int, *diagnostics: Diagnostic) -> FileResult:
    level = "Beginner" if score < 40 else "Advanced" if score < 80 else "All-Star"
    return FileResult(
        path=path,
        format="jsonresume",
        person=name,
        score=score,
        level=level,
        diagnostics=list(diagnostics),
    )


def markdown(*results: FileResult) -> str:
    return render(Report(results=sorted(results, key=lambda r: r.path), registry=Registry()))


def table_rows(text: str) -> list[list[str]]:
    """The cells of the people table's body rows."""
    lines = text.splitlines()
    start = lines.index("| Person | Score | Level | Errors | Warnings |") + 2
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_registered() -> None:
    assert FORMATS["markdown"] == "profilelint.reporters.markdown"


def test_heading_totals_and_table_sorted_by_score_then_path() -> None:
    text = markdown(
        person("team/c.json", "Carmen Ruiz", 80),
        person("team/b.json", "Eirik Haugland", 25, diagnostic(), diagnostic(severity="error")),
        person("team/a.json", "王丽华", 80, diagnostic(severity="info")),
    )
    assert text.startswith("## profilelint team report\n")
    assert "**3 profiles** · average score **62**/100 · 1 error · 1 warning · 1 info" in text
    assert table_rows(text) == [
        ["Eirik Haugland", "25", "Beginner", "1", "1"],
        ["王丽华", "80", "All-Star", "0", "0"],
        ["Carmen Ruiz", "80", "All-Star", "0", "0"],
    ]


def test_file_name_stands_in_for_a_missing_name() -> None:
    rows = table_rows(markdown(person("team/x/anonymous.json", None, 50)))
    assert rows[0][0] == "anonymous.json"


def test_files_that_failed_to_load_are_listed_with_their_code() -> None:
    broken = FileResult(
        path="team/broken.json",
        diagnostics=[core_diagnostic("INP001", "cannot read the file", "team/broken.json")],
    )
    text = markdown(person("team/a.json", "Ana", 70), broken)
    assert [row[0] for row in table_rows(text)] == ["Ana"]
    assert "### Files not read" in text
    assert "- team/broken.json: INP001 cannot read the file" in text
    assert "1 file not read" in text


def test_findings_in_one_collapsible_block_per_person_with_findings() -> None:
    text = markdown(
        person("team/a.json", "Ana", 90),
        person("team/b.json", "Bo", 40, diagnostic(line=7), diagnostic(code="HDL004", line=None)),
    )
    assert text.count("<details>") == text.count("</details>") == 1
    block = text[text.index("<details>") : text.index("</details>")]
    assert "<summary><strong>Bo</strong> · 40/100 Advanced · 2 warnings" in block
    assert "<code>team/b.json</code></summary>" in block
    # A blank line after <summary> lets GitHub render the table inside the block.
    assert "</summary>\n\n| Line | Code | Severity | Message |" in block
    assert '| 7:15 | HDL002 headline-is-job-title | warning | Headline "Engineer" only' in block
    assert "| – | HDL004 headline-is-job-title | warning |" in block


def test_nothing_to_report() -> None:
    text = markdown(person("team/a.json", "Ana", 100))
    assert "<details>" not in text
    assert "### Findings" not in text


@pytest.mark.parametrize("hostile", HOSTILE)
def test_profile_text_cannot_break_the_table_or_inject_markup(hostile: str) -> None:
    text = markdown(
        person(
            f"team/{hostile}.json",
            hostile,
            30,
            diagnostic(message=f"Headline {hostile}", path=f"team/{hostile}.json"),
        )
    )
    rows = table_rows(text)
    assert len(rows) == 1 and len(rows[0]) == 5
    flat = re.sub(r"[\r\n\u2028]+", " ", hostile)
    assert unescape(rows[0][0]) == flat
    finding_rows = [line for line in text.splitlines() if line.startswith("| 4:15 |")]
    assert len(finding_rows) == 1 and finding_rows[0].count("|") == 5
    # Name, path and message appear only escaped: in the table, the summary and the finding.
    assert text.count(escape_markdown(flat)) >= 4
    if escape_markdown(flat) != flat:
        assert flat not in text
    for later in re.split(r"[\r\n\u2028]+", hostile)[1:]:
        assert not any(line.startswith(later) for line in text.splitlines())


@pytest.mark.parametrize("hostile", HOSTILE)
def test_escape_keeps_the_text(hostile: str) -> None:
    escaped = escape_markdown(hostile)
    assert "\n" not in escaped and "\r" not in escaped and "|" not in escaped
    assert unescape(escaped) == re.sub(r"[\r\n\u2028]+", " ", hostile)


def test_team_folder_through_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--format", "markdown", "--today", "2026-11-25", "--exit-zero", str(TEAM)])
    out = capsys.readouterr().out
    assert code == 0
    names = []
    for path in sorted(TEAM.glob("*.json")):
        basics = json.loads(path.read_text(encoding="utf-8")).get("basics")
        if isinstance(basics, dict):
            names.append(basics["name"])
    rows = table_rows(out)
    assert sorted(unescape(row[0]) for row in rows) == sorted(names)
    scores = [int(row[1]) for row in rows]
    assert scores == sorted(scores)
