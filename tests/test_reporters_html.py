"""``--format html``: the team report page's structure, order, offline-ness and escaping."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from profilelint.cli import main
from profilelint.diagnostic import Diagnostic, FileResult, core_diagnostic
from profilelint.plugins import Registry
from profilelint.reporters import FORMATS, Report
from profilelint.reporters.html import BUCKETS, bucket_counts, render
from profilelint.sanitize import visible

TEAM = Path(__file__).resolve().parents[1] / "fixtures" / "team"
SCRIPT_BREAKOUT = "</script><script>alert(1)</script>"
HOSTILE = [
    SCRIPT_BREAKOUT,
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "</style><style>body{display:none}</style>",
    "a\u2028b\u2029c <!-- x",
    "Smith & Sons <b>",
]


class Page(HTMLParser):
    """Collects tags, attributes and text per element for structural assertions."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script = ""
        self._in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script += data
        self.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())
        ]

    def with_class(self, name: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.tags if name in (a.get("class") or "").split()]


def diagnostic(code: str = "HDL002", severity: str = "warning", **kwargs: object) -> Diagnostic:
    fields: dict[str, object] = {
        "name": "headline-is-job-title",
        "message": 'Headline "Engineer" only names a job title',
        "help": "Say what you do and for whom.",
        "path": "team/a.json",
        "line": 4,
        "column": 15,
        **kwargs,
    }
    return Diagnostic(code=code, severity=severity, **fields)  # type: ignore[arg-type]


def person(path: str, name: str | None, score: int | None, *diagnostics: Diagnostic) -> FileResult:
    level = None if score is None else "Beginner" if score < 40 else "Advanced"
    return FileResult(path, "jsonresume", name, score, level, list(diagnostics))


def page(*results: FileResult, **extra: object) -> str:
    ordered = sorted(results, key=lambda r: r.path)
    return render(Report(results=ordered, registry=Registry(), extra=dict(extra)))


def parsed(text: str) -> Page:
    parser = Page()
    parser.feed(text)
    parser.close()
    return parser


TEAM_RESULTS = (
    person("team/c.json", "Carmen Ruiz", 80),
    person("team/b.json", "Eirik Haugland", 25, diagnostic(), diagnostic("HDL004", "error")),
    person("team/a.json", "王丽华", 80, diagnostic("HDL005", "info", line=None, column=None)),
    FileResult(
        "team/broken.json",
        diagnostics=[core_diagnostic("INP002", "not a profile format", "team/broken.json")],
    ),
)


def test_registered() -> None:
    assert FORMATS["html"] == "profilelint.reporters.html"


def test_cards_sorted_by_score_then_path() -> None:
    doc = parsed(page(*TEAM_RESULTS))
    headings = re.findall(r"<h3>(.*?)</h3>", page(*TEAM_RESULTS))
    assert headings == ["Eirik Haugland", "王丽华", "Carmen Ruiz"]
    assert [a["id"] for a in doc.with_class("card")] == ["person-1", "person-2", "person-3"]
    assert "level-beginner" in (doc.with_class("card")[0]["class"] or "")


def test_card_contents() -> None:
    text = page(*TEAM_RESULTS)
    card = text[text.index('id="person-1"') : text.index('id="person-2"')]
    assert '<span class="num">25</span>' in card
    assert '<p class="file mono">team/b.json</p>' in card
    assert '<span class="tag level">Beginner</span>' in card
    assert "1 error</span>" in card and "1 warning</span>" in card
    assert '<p class="message">Headline &quot;Engineer&quot; only names a job title</p>' in card
    assert '<p class="help">Say what you do and for whom.</p>' in card
    assert '<span class="mono">line 4:15</span>' in card
    assert card.count('<li class="finding') == 2
    no_line = text[text.index('id="person-2"') : text.index('id="person-3"')]
    assert 'class="mono">line' not in no_line and 'data-severity="info"' in no_line
    assert "No findings" in text[text.index('id="person-3"') :]


def test_totals_and_unreadable_files() -> None:
    text = page(*TEAM_RESULTS)
    values = re.findall(r'<span class="label">(.*?)</span><span class="value">(.*?)</span>', text)
    assert values == [
        ("Profiles", "3"),
        ("Average score", "62"),
        ("Errors", "2"),
        ("Warnings", "1"),
        ("Infos", "1"),
        ("Files not read", "1"),
    ]
    assert '<h2 id="unread-title">Files not read</h2>' in text
    assert "team/broken.json</span>: <code>INP002</code> not a profile format" in text
    assert text.count('<li class="card') == 3


def test_chart_buckets_and_accessible_labels() -> None:
    scores = [0, 9, 10, 39, 40, 89, 90, 100, None]
    results = [person(f"p{i}.json", f"P{i}", s) for i, s in enumerate(scores)]
    assert len(BUCKETS) == 10
    assert bucket_counts(results) == [2, 1, 0, 1, 1, 0, 0, 0, 1, 2]
    text = page(*results)
    svg = text[text.index("<svg") : text.index("</svg>")]
    assert 'role="img" aria-labelledby="chart-title chart-desc"' in svg
    assert "0–9: 2 profiles; 10–19: 1 profile; 20–29: 0 profiles;" in svg
    assert svg.count("<rect") == 10
    assert "<title>Scores 90–100 (All-Star): 2 profiles</title>" in svg


def test_filters_hidden_without_javascript_and_everything_shown() -> None:
    doc = parsed(page(*TEAM_RESULTS))
    form = doc.find("form", id="filters")
    assert len(form) == 1 and "hidden" in form[0]
    assert [a["value"] for a in doc.find("input", name="severity")] == ["error", "warning", "info"]
    assert all("checked" in a for a in doc.find("input", name="severity"))
    assert [a["value"] for a in doc.find("option")] == ["", "HDL002", "HDL004", "HDL005"]
    # Nothing else starts hidden: without JavaScript every card and finding is visible.
    hidden = [a for _, a in doc.tags if "hidden" in a]
    assert {a.get("id") or a.get("class") for a in hidden} == {"filters", "filtered-note"}


def test_self_contained_and_only_its_own_script_may_run() -> None:
    text = page(*TEAM_RESULTS)
    doc = parsed(text)
    assert len(doc.find("script")) == 1
    assert not [a for _, a in doc.tags if "src" in a]
    assert {a["href"] for a in doc.find("a")} == {"#person-1", "#person-2", "#person-3"}
    assert not [a for t, a in doc.tags if "href" in a and t != "a"]
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg\")", text)
    assert "@import" not in text and "url(" not in text
    csp = doc.find("meta", **{"http-equiv": "Content-Security-Policy"})[0]["content"] or ""
    assert "default-src 'none'" in csp
    digest = hashlib.sha256(doc.script.encode("utf-8")).digest()
    assert f"script-src 'sha256-{base64.b64encode(digest).decode()}'" in csp


@pytest.mark.parametrize("hostile", HOSTILE)
def test_profile_text_is_escaped_everywhere(hostile: str) -> None:
    bad = diagnostic(
        code="HDL002",
        name=f"name{hostile}",
        message=f"Headline {hostile}",
        help=f"help {hostile}",
        path=f"team/{hostile}.json",
    )
    result = FileResult(f"team/{hostile}.json", "jsonresume", hostile, 50, hostile, [bad])
    text = page(result, title=hostile, generated=hostile)
    doc = parsed(text)
    assert text.count("<script") == 1 and text.count("</script>") == 1
    assert text.count("<style") == 1 and text.count("</style>") == 1
    assert not doc.find("img") and not doc.find("b")
    assert not [a for _, a in doc.tags if any(k.startswith("on") for k in a)]
    assert hostile not in text
    # name, file, message, help, level, title (twice) and the generation time, all escaped
    # (after controls, bidi overrides and separators were made visible)
    assert text.count(escape(visible(hostile))) >= 8
    assert "<\u2028" not in doc.script and "\u2028" not in doc.script


def test_deterministic_without_a_clock() -> None:
    first, second = page(*TEAM_RESULTS), page(*TEAM_RESULTS)
    assert first == second
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}", first)
    assert "generated 2026-11-25 10:00" in page(*TEAM_RESULTS, generated="2026-11-25 10:00")


def test_team_folder_through_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--format", "html", "--today", "2026-11-25", "--exit-zero", str(TEAM)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    out = captured.out
    for path in sorted(TEAM.glob("*.json")):
        basics = json.loads(path.read_text(encoding="utf-8")).get("basics")
        if isinstance(basics, dict):
            assert f"<h3>{escape(basics['name'])}</h3>" in out
    assert "package.json" not in out
    scores = [int(s) for s in re.findall(r'<span class="num">(\d+)</span>', out)]
    assert scores == sorted(scores) and len(scores) >= 5
