"""Reports written while the run goes on: the same bytes as a whole report, memory kept flat.

``--format json`` and ``text`` write each file's part as soon as it and the files before it
are linted; ``--jobs N`` runs N - 1 workers beside this process and hands results back in
chunks, in the order of the targets.
"""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY, RunCli
from hypothesis import given
from hypothesis import strategies as st

from profilelint import runner
from profilelint.config import load_settings
from profilelint.diagnostic import Diagnostic, FileResult, Location
from profilelint.discovery import Target
from profilelint.plugins import load_registry
from profilelint.reporters import Report
from profilelint.reporters import json as json_reporter
from profilelint.reporters import text as text_reporter
from profilelint.sanitize import escape_surrogates
from profilelint.score import SCORE_VERSION


def write(path: Path, document: dict[str, object]) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def _diagnostic(path: str, message: str, severity: str = "warning", **extra: object) -> Diagnostic:
    return Diagnostic(
        code="HDL002",
        name="generic-headline",
        severity=severity,  # type: ignore[arg-type]
        message=message,
        help="Say what you do.",
        path=path,
        **extra,  # type: ignore[arg-type]
    )


RESULTS = [
    FileResult(path="a.json", format="jsonresume", person="Zoë Ångström", score=71, level="Good"),
    FileResult(
        path="b.json",
        format="jsonresume",
        person="李娜",
        score=40,
        level="Basic",
        diagnostics=[
            _diagnostic("b.json", "headline 'Ingeniera\u2028de software'", field="basics.label"),
            _diagnostic(
                "b.json",
                "a lone surrogate \udcff stays escaped",
                "error",
                line=3,
                column=7,
                related=(Location("work[0]", 4, 5), Location(None, None, None)),
                items=("x", "y"),
            ),
        ],
    ),
    FileResult(path="c/Basic_LinkedInDataExport", format="linkedin-export"),
]


def _report(results: list[FileResult], **options: object) -> Report:
    return Report(results=results, registry=load_registry(), **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_streamed_json_is_the_whole_document_dumped_at_once(count: int) -> None:
    results = RESULTS[:count]
    document = {
        "version": json_reporter.OUTPUT_VERSION,
        "score_version": SCORE_VERSION,
        "files": [r.to_json() for r in results],
        "summary": {
            "files": count,
            "errors": sum(r.count("error") for r in results),
            "warnings": sum(r.count("warning") for r in results),
            "infos": sum(r.count("info") for r in results),
        },
    }
    expected = json.dumps(document, indent=2, ensure_ascii=False).replace("\udcff", "\\udcff")
    assert json_reporter.render(_report(results)) == expected + "\n"
    assert json.loads(json_reporter.render(_report(results)))["summary"]["files"] == count


def _lazily(results: list[FileResult], written: list[str], seen: list[int]) -> Iterator[FileResult]:
    for result in results:
        seen.append(len(written))  # how much was written before this result was asked for
        yield result


@pytest.mark.parametrize("reporter", [json_reporter, text_reporter])
def test_each_file_is_written_before_the_next_is_asked_for(reporter: object) -> None:
    written: list[str] = []
    seen: list[int] = []
    reporter.stream(_report([]), _lazily(RESULTS[:2], written, seen), written.append)  # type: ignore[attr-defined]
    # The second result is requested only after the first one's text went out.
    assert seen[1] > seen[0]
    first = "".join(written[: seen[1]])
    assert "a.json" in first and "b.json" not in first
    assert "".join(written) == reporter.render(_report(RESULTS[:2]))  # type: ignore[attr-defined]


def test_streamed_text_keeps_statistics_and_totals() -> None:
    out = text_reporter.render(_report(RESULTS, statistics=True))
    assert out.splitlines()[-2:] == [
        "    2  HDL002  generic-headline",
        "Found 2 problems (1 error, 1 warning, 0 infos) in 3 files.",
    ]
    assert text_reporter.render(_report([], quiet=True)) == ""


def _targets(folder: Path, count: int) -> list[Target]:
    for i in range(count):
        name = "Ana Núñez" if i % 2 else "Kwame Mensah"
        write(folder / f"p{i:03d}.json", {"basics": {"name": name, "label": f"Role {i}"}})
    return [Target(p, p.name) for p in sorted(folder.glob("*.json"))]


def test_parallel_results_come_in_target_order_with_this_process_as_a_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    targets = _targets(tmp_path, 6 * runner.FILES_PER_WORKER)
    settings = load_settings(config_file=None, overrides={"today": TODAY}, cwd=tmp_path)
    registry = load_registry()
    started: list[int] = []
    import concurrent.futures

    original = concurrent.futures.ProcessPoolExecutor

    class Recording(original):  # type: ignore[misc, valid-type]
        def __init__(self, max_workers: int, **kwargs: object) -> None:
            started.append(max_workers)
            super().__init__(max_workers, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Recording)
    monkeypatch.setattr(runner, "MAX_CHUNK", 5)  # many chunks, so both sides take some
    serial = list(runner.iter_lint_targets(targets, settings, registry, jobs=1))
    parallel = list(runner.iter_lint_targets(targets, settings, registry, jobs=3))
    assert started == [2]  # --jobs 3: two workers beside this process
    assert [r.path for r in parallel] == [t.display for t in targets]
    assert [r.to_json() for r in parallel] == [r.to_json() for r in serial]


def test_standard_input_takes_its_sorted_place_among_the_files(
    run_cli: RunCli, tmp_path: Path
) -> None:
    for name in ("a.json", "z.json"):
        write(tmp_path / name, {"basics": {"name": "Aiko Tanaka", "label": "Nurse"}})
    profile = json.dumps({"basics": {"name": "Marta Ruiz", "label": "Enfermera"}})
    done = run_cli(
        ["--today", TODAY, "--format", "json", "--stdin-filename", "m.json", "-", "."],
        stdin=profile,
        cwd=tmp_path,
    )
    assert [f["path"] for f in json.loads(done.out)["files"]] == ["a.json", "m.json", "z.json"]


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(alphabet=st.characters(exclude_categories=()), max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(_JSON_VALUES)
def test_the_json_writer_gives_the_bytes_of_json_dumps(value: object) -> None:
    expected = json.dumps(value, indent=2, ensure_ascii=False)
    assert json_reporter.dumps(value) == expected
    nested = json.dumps({"files": [value]}, indent=2, ensure_ascii=False)
    assert nested == '{\n  "files": [\n    ' + json_reporter.dumps(value, "    ") + "\n  ]\n}"


_TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=8)
_OPTIONAL_TEXT = st.none() | _TEXT
_OPTIONAL_INT = st.none() | st.integers()
_LOCATIONS = st.builds(Location, _OPTIONAL_TEXT, _OPTIONAL_INT, _OPTIONAL_INT)
_DIAGNOSTICS = st.builds(
    Diagnostic,
    code=_TEXT,
    name=_TEXT,
    severity=st.sampled_from(["error", "warning", "info"]),
    message=_TEXT,
    help=_TEXT,
    path=_TEXT,
    member=_OPTIONAL_TEXT,
    field=_OPTIONAL_TEXT,
    line=_OPTIONAL_INT,
    column=_OPTIONAL_INT,
    related=st.lists(_LOCATIONS, max_size=3).map(tuple),
    quote=_OPTIONAL_TEXT,
    items=st.lists(_TEXT, max_size=3).map(tuple),
)
_FILE_RESULTS = st.builds(
    FileResult,
    path=_TEXT,
    format=_OPTIONAL_TEXT,
    person=_OPTIONAL_TEXT,
    score=_OPTIONAL_INT,
    level=_OPTIONAL_TEXT,
    diagnostics=st.lists(_DIAGNOSTICS, max_size=3),
)
# What a plugin might put where the contract expects text or a whole number.
_ODD_VALUES = st.sampled_from([True, False, 1.5, 7.0, 3, None, "x", ["a"], {"k": 1}])


@given(_FILE_RESULTS)
def test_the_file_entry_writer_gives_the_bytes_of_the_general_writer(result: FileResult) -> None:
    expected = json_reporter.dumps(result.to_json(), "    ")
    assert json_reporter.file_entry(result) == expected
    document = json.dumps({"files": [result.to_json()]}, indent=2, ensure_ascii=False)
    assert document == '{\n  "files": [\n    ' + json_reporter.file_entry(result) + "\n  ]\n}"


@given(
    st.sampled_from(["score", "line", "column", "field", "member", "items", "related"]),
    _ODD_VALUES,
)
def test_the_file_entry_writer_spells_values_of_other_types_as_json_does(
    where: str, value: object
) -> None:
    if where == "score":
        result = FileResult(path="a.json", score=value)  # type: ignore[arg-type]
    else:
        if where == "items":
            value = ("ok", value)
        elif where == "related":
            value = (Location(value, value, value),)  # type: ignore[arg-type]
        result = FileResult(
            path="a.json", diagnostics=[_diagnostic("a.json", "m", **{where: value})]
        )
    try:
        expected = json.dumps({"files": [result.to_json()]}, indent=2, ensure_ascii=False)
    except TypeError:
        return  # json refuses it too (a type the writer need not spell)
    assert expected == '{\n  "files": [\n    ' + json_reporter.file_entry(result) + "\n  ]\n}"


@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=12))
def test_surrogates_are_escaped_wherever_a_search_finds_them(text: str) -> None:
    # escape_surrogates asks UTF-8 whether any is there; a search for them is the definition.
    escaped = re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)
    assert escape_surrogates(text) == escaped
    assert escape_surrogates(text + "\udcff") == escaped + "\\udcff"


@given(st.integers(min_value=0, max_value=3000), st.integers(min_value=2, max_value=8))
def test_chunks_cover_the_targets_in_order_and_shrink_towards_the_end(
    files: int, workers: int
) -> None:
    targets = [Target(Path(f"p{i}.json"), f"p{i}.json") for i in range(files)]
    chunks = runner.split_in_chunks(targets, workers)
    assert [t for chunk in chunks for t in chunk] == targets
    sizes = [len(chunk) for chunk in chunks]
    assert all(1 <= size <= runner.MAX_CHUNK for size in sizes)
    assert sizes == sorted(sizes, reverse=True)
    # What the workers may hold when this process has taken the last chunk is little.
    assert sum(sizes[-2 * workers :]) <= 2 * workers


@given(_FILE_RESULTS)
def test_a_result_comes_back_from_a_worker_as_it_went(result: FileResult) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(result, protocol))
        assert back == result
        assert [d.related for d in back.diagnostics] == [d.related for d in result.diagnostics]
        assert all(type(d) is Diagnostic for d in back.diagnostics)
