"""The HTML team report in headless Chromium: every person and the chart render, no console output.

Chromium is Debian's ``chromium`` package, driven directly (no browser download, no driver).
The test skips when no such binary exists, unless ``PROFILELINT_REQUIRE_BROWSER=1`` (as in
``.ci/run``), where a missing browser fails.  The screenshot is kept as
``artifacts/team-report.png`` in the repository root.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest
from PIL import Image

from profilelint.cli import main
from profilelint.diagnostic import Diagnostic, FileResult
from profilelint.plugins import Registry
from profilelint.reporters import Report
from profilelint.reporters.html import render

ROOT = Path(__file__).resolve().parents[1]
TEAM = ROOT / "fixtures" / "team"
ARTIFACTS = ROOT / "artifacts"
WINDOW = (1280, 2000)
# Chromium prints every console message (log, error, uncaught exception, CSP violation) as
# "INFO:CONSOLE"; the report's script logs nothing, so any such line is a failure.
CONSOLE = re.compile(r":CONSOLE[:(]|Uncaught")


def chromium() -> str:
    """The Chromium binary, or a skip (a failure when PROFILELINT_REQUIRE_BROWSER=1)."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        return binary
    reason = "no chromium binary on PATH (Debian: apt-get install chromium)"
    if os.environ.get("PROFILELINT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"PROFILELINT_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


def run_chromium(page: Path, profile_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Open ``page`` headless with the network and background services off."""
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        f"--user-data-dir={profile_dir}",
        "--enable-logging=stderr",
        "--v=0",
        *args,
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"chromium failed ({done.returncode}):\n{done.stderr[-3000:]}"
    return done


def console_lines(stderr: str) -> list[str]:
    """Console messages and uncaught errors in Chromium's log."""
    return [line for line in stderr.splitlines() if CONSOLE.search(line)]


def team_names() -> list[str]:
    """The names in the team fixtures, read from the files (package.json has none)."""
    names = []
    for path in sorted(TEAM.glob("*.json")):
        basics = json.loads(path.read_text(encoding="utf-8")).get("basics")
        if isinstance(basics, dict) and basics.get("name"):
            names.append(basics["name"])
    return names


@pytest.fixture(scope="module")
def team_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML report of fixtures/team/, written by the command line from the repository root."""
    page = tmp_path_factory.mktemp("report") / "team-report.html"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        code = main(
            [
                *("--format", "json", "--output", f"html={page}"),
                *("--today", "2026-11-25", "--exit-zero", "fixtures/team"),
            ]
        )
    assert code == 0
    return page


def test_team_names_found() -> None:
    assert len(team_names()) >= 5


def test_every_person_and_the_chart_render(team_report: Path, tmp_path: Path) -> None:
    done = run_chromium(team_report, tmp_path / "chromium", "--dump-dom")
    dom = done.stdout
    assert console_lines(done.stderr) == []
    for name in team_names():
        assert f"<h3>{escape(name, quote=False)}</h3>" in dom, name
    chart = re.search(r'<svg class="chart" id="score-chart".*?</svg>', dom, re.S)
    assert chart is not None
    assert chart.group().count("<rect") == 10
    assert "Score distribution</title>" in chart.group()
    # The script ran: it shows the filters and fills in the status line.
    assert '<form class="filters" id="filters" aria-label' in dom
    assert re.search(r"Showing \d+ of \d+ findings for \d+ of \d+ people", dom)


def test_screenshot_is_kept(team_report: Path, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "team-report.png"
    shot.unlink(missing_ok=True)
    size = f"--window-size={WINDOW[0]},{WINDOW[1]}"
    done = run_chromium(
        team_report, tmp_path / "chromium", f"--screenshot={shot}", size, "--hide-scrollbars"
    )
    assert console_lines(done.stderr) == []
    with Image.open(shot) as image:
        assert image.size == WINDOW
        colors = image.convert("RGB").getcolors(maxcolors=1 << 16)
    assert colors is None or len(colors) > 50, "the screenshot looks blank"


def test_hostile_profile_text_cannot_run_script(tmp_path: Path) -> None:
    payload = "</script><script>console.log('injected')</script><img src=x onerror=alert(1)>"
    diagnostic = Diagnostic(
        code="HDL002",
        name="headline-is-job-title",
        severity="warning",
        message=f"Headline {payload!r} \u2028 only names a job title",
        help="Say what you do.",
        path="team/evil.json",
        line=1,
        column=1,
    )
    result = FileResult(
        path=f"team/{payload}.json",
        format="jsonresume",
        person=payload,
        score=50,
        level="Intermediate",
        diagnostics=[diagnostic],
    )
    page = tmp_path / "hostile.html"
    page.write_text(render(Report(results=[result], registry=Registry())), encoding="utf-8")
    done = run_chromium(page, tmp_path / "chromium", "--dump-dom")
    assert console_lines(done.stderr) == []
    assert done.stdout.count("<script") == 1
    assert "<img" not in done.stdout
    assert escape(payload, quote=False) in done.stdout


def test_filters_hide_findings_and_people(team_report: Path, tmp_path: Path) -> None:
    # Drive the filters from a second script, allowed by its own hash in the page's policy.
    text = team_report.read_text(encoding="utf-8")
    driver = (
        "(function () { var form = document.getElementById('filters');"
        " form.elements.rule.value = 'HDL002';"
        " form.querySelector('input[value=info]').checked = false;"
        " form.elements.matching.checked = true;"
        " form.dispatchEvent(new Event('change')); })();"
    )
    digest = base64.b64encode(hashlib.sha256(driver.encode()).digest()).decode()
    text = text.replace("script-src '", f"script-src 'sha256-{digest}' '", 1)
    text = text.replace("</body>", f"<script>{driver}</script></body>", 1)
    page = tmp_path / "driven.html"
    page.write_text(text, encoding="utf-8")
    done = run_chromium(page, tmp_path / "chromium", "--dump-dom")
    dom = done.stdout
    assert console_lines(done.stderr) == []
    findings = re.findall(
        r'<li class="finding [^"]*" data-severity="(\w+)" data-code="(\w+)"( hidden="")?', dom
    )
    assert findings, "no findings in the team report"
    shown = [(severity, code) for severity, code, hidden in findings if not hidden]
    expected = [(s, c) for s, c, _ in findings if c == "HDL002" and s != "info"]
    assert shown == expected and shown
    cards = re.findall(r'<li class="card[^"]*" id="person-\d+"( hidden="")?>', dom)
    people = sum(1 for hidden in cards if not hidden)
    assert 0 < people < len(cards)
    status = f"Showing {len(shown)} of {len(findings)} findings for {people} of {len(cards)} people"
    assert status in dom
