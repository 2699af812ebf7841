"""``--format junit``: JUnit XML, for CI systems that show test reports (GitLab, Jenkins, ...).

``<testsuites name="profilelint">`` holds one ``<testsuite>`` per file (``name`` = the path
as given), with ``tests``, ``failures``, ``errors`` and ``skipped`` counts and the score,
level and person as ``<properties>``.  Each diagnostic is one ``<testcase>``
(``classname`` = the path, ``name`` = ``CODE field``, ``file`` and ``line`` when known):

- an input or internal error (``INP001``-``INP004``, ``INT*``: the file could not be judged)
  is an ``<error>``;
- any other error or warning is a ``<failure>``;
- an info passes, with its message in ``<system-out>``.

``message`` is the diagnostic's message, ``type`` its severity; the element's text repeats
the location, the field and the help.  A file with no diagnostics gets one passing test case
named ``profilelint``.  Characters XML 1.0 forbids (control characters, lone surrogates,
U+FFFE/U+FFFF) are written as visible ``\\uXXXX`` escapes, so the report always parses; so are
DEL, C1 controls, bidi controls and line separators, which a CI page would otherwise obey.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from profilelint.diagnostic import UNHIDEABLE, Diagnostic, FileResult
from profilelint.reporters import Report
from profilelint.sanitize import BIDI_CONTROLS, SEPARATORS

# What XML 1.0 forbids, and what a CI page showing the report should not obey: DEL, C1
# controls, bidi controls and line separators (see profilelint.sanitize).
_FORBIDDEN = re.compile(
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}{SEPARATORS}\ud800-\udfff\ufffe\uffff]"
)


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot carry replaced by ``\\uXXXX``."""
    return _FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _element(parent: ET.Element, tag: str, **attributes: str | None) -> ET.Element:
    clean = {key: xml_text(value) for key, value in attributes.items() if value is not None}
    return ET.SubElement(parent, tag, clean)


def _details(d: Diagnostic) -> str:
    where = d.path + (f"[{d.member}]" if d.member else "")
    if d.line is not None:
        where += f":{d.line}" + (f":{d.column}" if d.column is not None else "")
    lines = [f"{where}: {d.code} {d.name}: {d.message}"]
    if d.field:
        lines.append(f"field: {d.field}")
    lines.append(f"help: {d.help}")
    return xml_text("\n".join(lines))


def _outcome(d: Diagnostic) -> str | None:
    if d.code in UNHIDEABLE:
        return "error"
    if d.severity in ("error", "warning"):
        return "failure"
    return None


def _suite(parent: ET.Element, result: FileResult) -> tuple[int, int, int]:
    outcomes = [_outcome(d) for d in result.diagnostics]
    tests = max(1, len(result.diagnostics))
    failures, errors = outcomes.count("failure"), outcomes.count("error")
    suite = _element(
        parent,
        "testsuite",
        name=result.path,
        tests=str(tests),
        failures=str(failures),
        errors=str(errors),
        skipped="0",
    )
    properties = _element(suite, "properties")
    for key, value in (("person", result.person), ("score", result.score), ("level", result.level)):
        if value is not None:
            _element(properties, "property", name=key, value=str(value))
    if not result.diagnostics:
        _element(suite, "testcase", classname=result.path, name="profilelint", file=result.path)
    for d, outcome in zip(result.diagnostics, outcomes, strict=True):
        case = _element(
            suite,
            "testcase",
            classname=result.path,
            name=f"{d.code} {d.field}" if d.field else d.code,
            file=d.path,
            line=None if d.line is None else str(d.line),
        )
        if outcome is None:
            _element(case, "system-out").text = _details(d)
        else:
            _element(case, outcome, message=d.message, type=d.severity).text = _details(d)
    return tests, failures, errors


def render(report: Report) -> str:
    """The run as a JUnit XML document."""
    root = ET.Element("testsuites", {"name": "profilelint"})
    totals = [0, 0, 0]
    for result in report.results:
        for i, count in enumerate(_suite(root, result)):
            totals[i] += count
    root.set("tests", str(totals[0]))
    root.set("failures", str(totals[1]))
    root.set("errors", str(totals[2]))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
