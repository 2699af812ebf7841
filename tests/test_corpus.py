"""The whole shared corpus through the command line: no crash, no input error on JSON Resume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES, TODAY, RunCli, corpus_files, run_subprocess

from profilelint.engine import Linter
from profilelint.plugins import load_registry
from profilelint.testing import make_settings


def test_every_corpus_file_is_linted_without_a_crash(run_cli: RunCli, corpus: Path) -> None:
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.name != "MANIFEST.md")
    result = run_cli(["--today", TODAY, "--format", "json", *files])
    assert result.code in (0, 1), result.err
    data = json.loads(result.out)
    assert data["summary"]["files"] == len(files)
    for file in data["files"]:
        codes = [d["code"] for d in file["diagnostics"]]
        assert not [c for c in codes if c.startswith("INT")], (file["path"], codes)
        if file["format"] is None:
            assert [c for c in codes if c.startswith("INP")], file["path"]


def test_jsonresume_corpus_folder(run_cli: RunCli, corpus: Path) -> None:
    result = run_cli(["--today", TODAY, "--format", "json", corpus / "jsonresume"])
    data = json.loads(result.out)
    assert len(data["files"]) == len(corpus_files("jsonresume"))
    for file in data["files"]:
        assert file["format"] == "jsonresume"
        assert not [
            d
            for d in file["diagnostics"]
            if d["code"][:3] in ("INP", "INT") and d["severity"] != "info"  # ignored keys
        ]
        assert isinstance(file["score"], int)
        for diagnostic in file["diagnostics"]:
            assert diagnostic["line"] is not None and diagnostic["column"] is not None


def test_the_legacy_corpus_files_load_with_their_old_names(corpus: Path) -> None:
    from profilelint.loaders import load_path

    for name in (
        "fresh-test-resumes_jrs_richard-hendriks.json",
        "jsonresume-org_theme-stackoverflow_storyResume.json",
    ):
        path = corpus / "jsonresume" / name
        if not path.exists():
            pytest.fail(f"{name} is missing from the corpus")
        result = load_path(path)
        assert [p for p in result.problems if p.severity != "info"] == []
        assert result.profile.positions
        assert all(p.company for p in result.profile.positions)


def test_corpus_output_is_the_same_in_a_subprocess_and_in_any_order(
    run_cli: RunCli, corpus: Path
) -> None:
    files = corpus_files("jsonresume") + corpus_files("other", "fresh*.json")
    args = ["--today", TODAY, "--format", "json"]
    forward = run_cli([*args, *files])
    backward = run_subprocess([*args, *reversed(files)])
    assert forward.out == backward.out
    assert forward.code == backward.code == 1  # the FRESH files are INP002


@pytest.mark.parametrize(("require", "outcome"), [("", "skip"), ("1", "fail")])
def test_absent_corpus_skips_or_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, require: str, outcome: str
) -> None:
    import conftest

    monkeypatch.setattr(conftest, "CORPUS", tmp_path / "absent")
    monkeypatch.setenv("PROFILELINT_REQUIRE_CORPUS", require)
    expected = pytest.skip.Exception if outcome == "skip" else pytest.fail.Exception
    with pytest.raises(expected) as caught:
        conftest.corpus_dir()
    if outcome == "skip":
        assert str(caught.value) == conftest.SKIP_MESSAGE
    assert conftest.corpus_files("jsonresume") == []


def test_every_message_is_short_quotes_no_third_party_and_has_a_one_line_help(
    corpus: Path,
) -> None:
    """Real and fictional profiles: messages stay under ~120 characters, help is one line."""

    linter = Linter(make_settings(select=["ALL", "EXP008"], today=TODAY), load_registry())
    files = sorted((corpus / "jsonresume").glob("*.json")) + sorted(FIXTURES.rglob("*.json"))
    checked = 0
    for path in files:
        result = linter.lint_path(path)
        document = json.loads(path.read_text(encoding="utf-8-sig"))
        authors = [
            ref.get("name", "") for ref in document.get("references", []) if isinstance(ref, dict)
        ]
        for d in result.diagnostics:
            if d.code.startswith(("INP", "INT")):
                continue
            checked += 1
            assert len(d.message) <= 125, (path.name, d.code, d.message)
            assert d.help and "\n" not in d.help, (path.name, d.code)
            for author in filter(None, authors):
                assert author not in d.message, (path.name, d.code, "names a recommender")
    assert checked > 50
