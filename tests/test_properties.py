"""Property tests (hypothesis): no input makes profilelint crash or corrupt its reports.

- any JSON value, any byte string and any profile-shaped document with random types give
  diagnostics or an INP diagnostic, never an exception and never INT001;
- every machine format of the result parses (JSON, JSON lines, SARIF, GitLab, JUnit XML);
- the text report holds no control character and exactly one line per diagnostic, whatever
  the profile text and the file name hold.

The ``ci`` profile (the default here; ``HYPOTHESIS_PROFILE=dev`` runs more examples) is
derandomised, so a run is reproducible, has no deadline (the machine may be loaded) and a
bounded number of examples, so the suite stays fast.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from typing import Any

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from profilelint.diagnostic import FileResult  # noqa: E402
from profilelint.engine import Linter  # noqa: E402
from profilelint.plugins import load_registry  # noqa: E402
from profilelint.reporters import Report, get_reporter  # noqa: E402
from profilelint.sanitize import has_control  # noqa: E402
from profilelint.testing import make_settings  # noqa: E402

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
settings.register_profile("dev", parent=settings.get_profile("ci"), max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REGISTRY = load_registry()
LINTER = Linter(make_settings(registry=REGISTRY), REGISTRY)

# Text with what hostile input holds: controls, escapes, bidi overrides, separators.
HOSTILE_CHARS = st.sampled_from(
    [
        *("\x00", "\x07", "\x1b", "\x1b[2J", "\x1b]0;t\x07", "\n", "\r", "\v", "\f", "\x7f"),
        *("\x85", "\x9b", "\u202e", "\u2066", "\u2028", "\u2029", "::error file=a::b", "%0A"),
        "<script>",
    ]
)
TEXT = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(st.text(max_size=8), HOSTILE_CHARS), max_size=6).map("".join),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=False),  # inf is written as 1e999 below
    TEXT,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(TEXT, children, max_size=4)
    ),
    max_leaves=20,
)
DATES = st.one_of(
    JSON_VALUES,
    st.sampled_from(["2020", "2020-02", "2020-02-30", "Present", "1e999", "0000-01"]),
    st.fixed_dictionaries(
        {"year": st.one_of(st.integers(), st.floats(allow_nan=False), TEXT)},
        optional={"month": JSON_VALUES, "day": JSON_VALUES, "text": JSON_VALUES},
    ),
)
RESUME = st.fixed_dictionaries(
    {
        "basics": st.one_of(
            JSON_VALUES,
            st.fixed_dictionaries(
                {},
                optional={
                    k: JSON_VALUES
                    for k in (
                        "name",
                        "label",
                        "image",
                        "email",
                        "url",
                        "summary",
                        "location",
                        "profiles",
                    )
                },
            ),
        )
    },
    optional={
        "work": st.lists(
            st.one_of(
                JSON_VALUES,
                st.fixed_dictionaries(
                    {},
                    optional={
                        "name": JSON_VALUES,
                        "position": JSON_VALUES,
                        "startDate": DATES,
                        "endDate": DATES,
                        "summary": JSON_VALUES,
                        "highlights": JSON_VALUES,
                    },
                ),
            ),
            max_size=3,
        ),
        "education": JSON_VALUES,
        "skills": JSON_VALUES,
        "languages": JSON_VALUES,
        "references": JSON_VALUES,
        "meta": JSON_VALUES,
    },
)
NATIVE = st.fixed_dictionaries(
    {"profilelint_schema": st.just(1)},
    optional={
        "name": JSON_VALUES,
        "headline": JSON_VALUES,
        "summary": JSON_VALUES,
        "positions": st.lists(
            st.one_of(
                JSON_VALUES,
                st.fixed_dictionaries(
                    {},
                    optional={
                        "title": JSON_VALUES,
                        "company": JSON_VALUES,
                        "start": DATES,
                        "end": DATES,
                        "description": JSON_VALUES,
                    },
                ),
            ),
            max_size=3,
        ),
        "skills": JSON_VALUES,
        "education": JSON_VALUES,
        "ignore": JSON_VALUES,
        "photo": JSON_VALUES,
    },
)
# File names as a walk reports them, including bytes that are not UTF-8 (surrogate escapes).
NAMES = st.one_of(
    st.just("profile.json"),
    TEXT.map(lambda t: f"team/{t}.json"),
    st.binary(min_size=1, max_size=12).map(lambda b: os.fsdecode(b"x" + b.replace(b"/", b"_"))),
)


def _dump(value: Any) -> bytes:
    text = json.dumps(value, ensure_ascii=False, allow_nan=True).replace("Infinity", "1e999")
    return text.encode("utf-8", "surrogatepass")


def _lint(data: bytes, name: str) -> FileResult:
    result = LINTER.lint_bytes(data, name)
    crashes = [d.message for d in result.diagnostics if d.code.startswith("INT")]
    assert not crashes, crashes
    return result


def _check_reports(result: FileResult) -> None:
    report = Report(results=[result], registry=REGISTRY)
    for fmt in ("json", "sarif", "gitlab"):
        json.loads(get_reporter(fmt)(report).encode("utf-8"))
    for line in get_reporter("json-lines")(report).encode("utf-8").splitlines():
        json.loads(line)
    ET.fromstring(get_reporter("junit")(report).encode("utf-8"))
    quiet = Report(results=[result], registry=REGISTRY, quiet=True)
    text = get_reporter("text")(quiet)
    text.encode("utf-8")  # valid UTF-8 for any file name
    lines = text.split("\n")
    assert lines.pop() == ""
    assert len(lines) == len(result.diagnostics)
    assert not [line for line in lines if has_control(line)]
    loud = get_reporter("text")(report)
    assert not has_control(loud.replace("\n", ""))
    github = get_reporter("github")(report)
    assert not [line for line in github.split("\n") if has_control(line)]


@given(JSON_VALUES, NAMES)
def test_any_json_value(value: Any, name: str) -> None:
    _check_reports(_lint(_dump(value), name))


@given(st.binary(max_size=300))
def test_any_bytes(data: bytes) -> None:
    _check_reports(_lint(data, "bytes.json"))


@given(st.one_of(RESUME, NATIVE), NAMES)
def test_any_profile_shaped_document(document: dict[str, Any], name: str) -> None:
    result = _lint(_dump(document), name)
    if result.format is not None:  # loaded: each unusable value is an INP diagnostic
        assert result.format in ("jsonresume", "profilelint")
    _check_reports(result)
