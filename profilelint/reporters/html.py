"""``--format html``: the team report, one self-contained page that works offline.

Totals, the score distribution as an inline SVG histogram, then a card per person (lowest score
first) with every finding, and filters by severity and rule.  The style sheet and the script
(``templates/report.css`` and ``report.js``) are inlined; a Content-Security-Policy allows
nothing else, so the page fetches nothing and only its own script runs.  Without JavaScript the
filters stay hidden and everything is shown.

Every piece of profile text goes through :func:`escape` (:func:`html.escape` after
:func:`profilelint.sanitize.visible`), in text and in attributes; the
page embeds no data as JSON.  The output depends only on the results (no clock, no random ids):
a generation time appears only when the caller passes ``extra["generated"]``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from html import escape as _escape_html
from importlib.resources import files

from profilelint import __version__
from profilelint.diagnostic import Diagnostic, FileResult
from profilelint.reporters import Report, summary_counts
from profilelint.reporters.markdown import (
    average_score,
    failed_to_load,
    location,
    person_label,
    plural,
    ranked,
)
from profilelint.sanitize import visible
from profilelint.score import LEVELS, SCORE_VERSION, level_of

SEVERITIES = ("error", "warning", "info")
#: Histogram buckets: 0-9, 10-19, ..., 80-89, 90-100.
BUCKETS: tuple[tuple[int, int], ...] = (
    *((low, low + 9) for low in range(0, 90, 10)),
    (90, 100),
)


def escape(text: str) -> str:
    """Text for HTML: controls, bidi overrides and lone surrogates made visible, then escaped."""
    return _escape_html(visible(text))


def _template(name: str) -> str:
    return files("profilelint.reporters").joinpath("templates", name).read_text(encoding="utf-8")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _level_class(level: str | None) -> str:
    return f" level-{_slug(level)}" if level else ""


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def bucket_counts(results: list[FileResult]) -> list[int]:
    """How many scored profiles fall in each of :data:`BUCKETS`."""
    counts = [0] * len(BUCKETS)
    for result in results:
        if result.score is not None:
            counts[min(result.score // 10, len(BUCKETS) - 1)] += 1
    return counts


def _chart(results: list[FileResult]) -> str:
    counts = bucket_counts(results)
    width, height, left, right, top, bottom = 600, 240, 34, 6, 16, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    step = 1 if max(counts) <= 5 else -(-max(counts) // 5)
    y_max = max(step, -(-max(counts) // step) * step)
    slot = plot_w / len(BUCKETS)
    described = "; ".join(
        f"{low}–{high}: {plural(count, 'profile')}"
        for (low, high), count in zip(BUCKETS, counts, strict=True)
    )
    parts = [
        f'<svg class="chart" id="score-chart" viewBox="0 0 {width} {height}" role="img" '
        'aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">',
        '<title id="chart-title">Score distribution</title>',
        f'<desc id="chart-desc">Profiles per 10-point score range: {escape(described)}.</desc>',
    ]
    for tick in range(0, y_max + 1, step):
        y = top + plot_h - plot_h * tick / y_max
        parts.append(
            f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>'
        )
    for index, ((low, high), count) in enumerate(zip(BUCKETS, counts, strict=True)):
        x = left + slot * index + slot * 0.15
        bar_h = plot_h * count / y_max
        y = top + plot_h - bar_h
        center = x + slot * 0.35
        level = level_of(low)
        parts.append(
            f'<g class="bar level-{_slug(level)}"><title>Scores {low}–{high} ({escape(level)}): '
            f"{plural(count, 'profile')}</title>"
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{bar_h:.1f}" '
            f'rx="3"/>'
            + (
                f'<text class="count" x="{center:.1f}" y="{y - 5:.1f}" '
                f'text-anchor="middle">{count}</text>'
                if count
                else ""
            )
            + f'<text x="{center:.1f}" y="{top + plot_h + 18}" text-anchor="middle">'
            f"{low}–{high}</text></g>"
        )
    base = top + plot_h
    parts.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{base}" y2="{base}"/>')
    parts.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" text-anchor="middle">Score</text>'
    )
    parts.append("</svg>")
    legend = "".join(
        f'<li class="level-{_slug(name)}"><span class="swatch"></span>'
        f"{escape(name)} ({threshold}+)</li>"
        for threshold, name in sorted(LEVELS)
    )
    return "".join(parts) + f'<ul class="legend" aria-label="Levels">{legend}</ul>'


def _stats(results: list[FileResult]) -> str:
    totals = summary_counts(results)
    people = ranked(results)
    average = average_score(people)
    tiles = [
        ("profiles", "Profiles", str(len(people))),
        ("average", "Average score", "–" if average is None else str(average)),
        ("errors", "Errors", str(totals["errors"])),
        ("warnings", "Warnings", str(totals["warnings"])),
        ("infos", "Infos", str(totals["infos"])),
    ]
    if len(results) > len(people):
        tiles.append(("unread", "Files not read", str(len(results) - len(people))))
    return (
        '<ul class="stats" aria-label="Totals">'
        + "".join(
            f'<li class="stat {key}"><span class="label">{label}</span>'
            f'<span class="value">{value}</span></li>'
            for key, label, value in tiles
        )
        + "</ul>"
    )


def _filters(people: list[FileResult]) -> str:
    diagnostics = [d for r in people for d in r.diagnostics]
    by_severity = Counter(d.severity for d in diagnostics)
    names = {d.code: d.name for d in diagnostics}
    by_code = Counter(d.code for d in diagnostics)
    boxes = "".join(
        f'<label><input type="checkbox" name="severity" value="{s}" checked> '
        f"{s.capitalize()} ({by_severity.get(s, 0)})</label>"
        for s in SEVERITIES
    )
    options = "".join(
        f'<option value="{escape(code)}">{escape(code)} {escape(names[code])} '
        f"({by_code[code]})</option>"
        for code in sorted(by_code)
    )
    return (
        '<form class="filters" id="filters" hidden aria-label="Filter findings">'
        f"<fieldset><legend>Severity</legend>{boxes}</fieldset>"
        '<label>Rule <select name="rule"><option value="">All rules</option>'
        f"{options}</select></label>"
        '<label><input type="checkbox" name="matching"> Only people with matching findings'
        "</label>"
        '<button type="reset">Reset</button>'
        '<output id="filter-status" aria-live="polite"></output>'
        "</form>"
    )


def _finding(d: Diagnostic) -> str:
    where = location(d)
    return (
        f'<li class="finding {escape(d.severity)}" data-severity="{escape(d.severity)}" '
        f'data-code="{escape(d.code)}">'
        f'<span class="sev">{escape(d.severity)}</span><div class="what">'
        f'<p class="message">{escape(d.message)}</p>'
        f'<p class="help">{escape(d.help)}</p></div>'
        f'<p class="rule"><code>{escape(d.code)}</code> {escape(d.name)}'
        + (f'<br><span class="mono">line {escape(where)}</span>' if where else "")
        + "</p></li>"
    )


def _ranking(people: list[FileResult]) -> str:
    rows = "".join(
        f'<tr class="{_level_class(r.level).strip()}"><td><a href="#person-{i}">'
        f"{escape(person_label(r))}</a></td>"
        f'<td class="n"><span class="dot"></span>{"–" if r.score is None else r.score}</td>'
        f"<td>{escape(r.level or '–')}</td>"
        + "".join(f'<td class="n {s}">{r.count(s) or ""}</td>' for s in SEVERITIES)
        + "</tr>"
        for i, r in enumerate(people, start=1)
    )
    return (
        '<table class="ranking"><thead><tr><th scope="col">Person</th>'
        '<th scope="col" class="n">Score</th><th scope="col">Level</th>'
        '<th scope="col" class="n" title="Errors">E</th>'
        '<th scope="col" class="n" title="Warnings">W</th>'
        '<th scope="col" class="n" title="Infos">I</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def _card(result: FileResult, index: int) -> str:
    score = "–" if result.score is None else str(result.score)
    tags = [f'<span class="tag level">{escape(result.level or "Not scored")}</span>']
    tags += [
        f'<span class="tag {s}">{plural(result.count(s), s)}</span>'
        for s in SEVERITIES
        if result.count(s)
    ]
    if not result.diagnostics:
        tags.append('<span class="tag none">No findings</span>')
    body = (
        '<ul class="findings">'
        + "".join(_finding(d) for d in result.diagnostics)
        + '</ul><p class="filtered-note" hidden>The filters hide this person’s findings.</p>'
        if result.diagnostics
        else '<p class="clean">Nothing to improve that the rules can see.</p>'
    )
    return (
        f'<li class="card{_level_class(result.level)}" id="person-{index}">'
        '<div class="card-head">'
        f'<div class="score" aria-label="Score {score} of 100"><span class="num">{score}</span>'
        '<span class="of">/100</span></div>'
        f'<div class="who"><h3>{escape(person_label(result))}</h3>'
        f'<p class="file mono">{escape(result.path)}</p></div>'
        f'<div class="tags">{"".join(tags)}</div>'
        f"</div>{body}</li>"
    )


def _unreadable(results: list[FileResult]) -> str:
    failed = [r for r in results if failed_to_load(r)]
    if not failed:
        return ""
    items = "".join(
        f'<li><span class="mono">{escape(r.path)}</span>: '
        + "; ".join(f"<code>{escape(d.code)}</code> {escape(d.message)}" for d in r.diagnostics)
        + "</li>"
        for r in failed
    )
    return (
        '<section class="panel unread" aria-labelledby="unread-title">'
        f'<h2 id="unread-title">Files not read</h2><ul>{items}</ul></section>'
    )


def render(report: Report) -> str:
    """The team report as one HTML page."""
    results = report.results
    people = ranked(results)
    title = str(report.extra.get("title") or "Team report")
    generated = report.extra.get("generated")
    script = _template("report.js")
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src '{_script_hash(script)}'; base-uri 'none'; form-action 'none'"
    )
    subtitle = plural(len(people), "profile") + ", lowest score first"
    if generated:
        subtitle += f" · generated {generated}"
    cards = "".join(_card(r, i) for i, r in enumerate(people, start=1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="generator" content="profilelint">'
        f"<title>{escape(title)} · profilelint</title>"
        f"<style>\n{_template('report.css')}</style></head>\n<body>"
        '<header class="top"><div class="wrap"><p class="eyebrow">profilelint</p>'
        f'<h1>{escape(title)}</h1><p class="sub">{escape(subtitle)}</p></div></header>\n'
        f'<main class="wrap">{_stats(results)}'
        '<div class="overview"><section class="panel" aria-labelledby="chart-heading">'
        f'<h2 id="chart-heading">Score distribution</h2>{_chart(people)}</section>'
        '<section class="panel" aria-labelledby="ranking-heading">'
        f'<h2 id="ranking-heading">Ranking</h2>{_ranking(people)}</section></div>\n'
        '<section aria-labelledby="people-heading"><div class="section-head">'
        '<h2 id="people-heading">People<span class="hint">lowest score first</span></h2></div>'
        f'{_filters(people)}<ol class="cards">{cards}</ol></section>\n'
        f"{_unreadable(results)}</main>\n"
        f'<footer class="wrap">profilelint {escape(__version__)} · score version '
        f"{SCORE_VERSION}</footer>\n"
        f"<script>{script}</script>\n</body></html>\n"
    )
