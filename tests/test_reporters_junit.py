"""JUnit reporter: parsed back with an XML parser; suites, cases, outcomes and escaping."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

import pytest

from profilelint.diagnostic import FileResult
from profilelint.plugins import load_registry
from profilelint.reporters import Report, get_reporter
from profilelint.testing import lint_json

BUZZWORDS = {
    "basics": {"name": "Tomasz Wiśniewski", "label": "Passionate guru building rota tools"}
}
CLEAN = {"basics": {"name": "Wang Lihua", "label": "为小型诊所开发排班软件"}}


def parse(*results: FileResult) -> ET.Element:
    text = get_reporter("junit")(Report(results=list(results), registry=load_registry()))
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(text.encode("utf-8"))


def test_one_suite_per_file_with_counts() -> None:
    broken = lint_json("{not json", select=["HDL"], filename="team/broken.json")
    bad = lint_json(BUZZWORDS, select=["HDL"], filename="team/tomasz.json")
    clean = lint_json(CLEAN, select=["HDL"], filename="team/wang.json")
    root = parse(broken, bad, clean)
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("4", "2", "1")
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [
        "team/broken.json",
        "team/tomasz.json",
        "team/wang.json",
    ]
    counts = [(s.get("tests"), s.get("failures"), s.get("errors")) for s in suites]
    assert counts == [("1", "0", "1"), ("2", "2", "0"), ("1", "0", "0")]
    for suite in suites:
        assert len(suite.findall("testcase")) == int(suite.get("tests", "0"))


def test_testcases_and_failures() -> None:
    bad = lint_json(BUZZWORDS, select=["HDL"], filename="team/tomasz.json")
    suite = parse(bad).find("testsuite")
    assert suite is not None
    properties = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert properties["person"] == "Tomasz Wiśniewski"
    assert properties["score"] == str(bad.score)
    case = suite.findall("testcase")[0]
    assert case.get("classname") == "team/tomasz.json"
    assert case.get("name") == "HDL004 headline"
    assert case.get("line") == "4"
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("message") == 'Headline uses the overused "Passionate"'
    assert failure.get("type") == "warning"
    assert "team/tomasz.json:4:15: HDL004 headline-buzzwords" in (failure.text or "")
    assert "help: " in (failure.text or "")


def test_input_error_is_an_error_element() -> None:
    broken = lint_json("{not json", select=["HDL"], filename="team/broken.json")
    case = parse(broken).find("testsuite/testcase")
    assert case is not None and case.get("name") == "INP001"
    error = case.find("error")
    assert error is not None and error.get("type") == "error"
    assert case.find("failure") is None


def test_clean_file_has_one_passing_case() -> None:
    suite = parse(lint_json(CLEAN, select=["HDL"], filename="team/wang.json")).find("testsuite")
    assert suite is not None
    (case,) = suite.findall("testcase")
    assert case.get("name") == "profilelint" and list(case) == []


def test_info_passes_with_its_message() -> None:
    result = lint_json(BUZZWORDS, select=["HDL"])
    result.diagnostics = [dataclasses.replace(result.diagnostics[0], severity="info")]
    root = parse(result)
    assert root.get("failures") == "0" and root.get("errors") == "0"
    case = root.find("testsuite/testcase")
    assert case is not None and case.find("failure") is None
    assert "overused" in (case.findtext("system-out") or "")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("nul\x00byte", "nul\\u0000byte"),
        ("bell\x07 and escape\x1b[31m", "bell\\u0007 and escape\\u001b[31m"),
        ("lone \ud800 surrogate", "lone \\ud800 surrogate"),
        ("non-character \uffff", "non-character \\uffff"),
        ('<b>&amp; ]]> "quotes"', '<b>&amp; ]]> "quotes"'),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("日本語 émoji 🙂", "日本語 émoji 🙂"),
    ],
)
def test_text_that_xml_forbids_or_must_escape(raw: str, shown: str) -> None:
    result = lint_json(BUZZWORDS, select=["HDL"], filename="team/a.json")
    result.diagnostics = [dataclasses.replace(result.diagnostics[0], message=raw)]
    result.person = raw
    root = parse(result)
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == shown
    assert shown in (failure.text or "")
    assert {p.get("name"): p.get("value") for p in root.iter("property")}["person"] == shown
