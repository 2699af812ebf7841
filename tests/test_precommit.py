"""The pre-commit hook, run for real with ``pre-commit try-repo`` on a throw-away repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def _git(repo: Path, *args: str, env: dict[str, str]) -> None:
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.mark.slow
def test_hook_fails_only_on_the_bad_profile(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is in the test extras")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "Test Author",
        "GIT_AUTHOR_EMAIL": "author@example.invalid",
        "GIT_COMMITTER_NAME": "Test Author",
        "GIT_COMMITTER_EMAIL": "author@example.invalid",
        "NO_COLOR": "1",
    }
    env.pop("GITHUB_ACTIONS", None)
    repo = tmp_path / "resumes"
    repo.mkdir()
    _git(repo, "init", "-q", env=env)
    shutil.copy(FIXTURES / "strong.json", repo / "good.json")
    shutil.copy(FIXTURES / "strong-photo.jpg", repo / "strong-photo.jpg")
    shutil.copy(FIXTURES / "name-and-employer.json", repo / "bad.json")
    (repo / "package.json").write_text(
        '{"name": "my-resume", "version": "1.0.0", "scripts": {"build": "resume export"}}\n',
        encoding="utf-8",
    )
    # Every other input the hook reads: an unzipped export (its CSV files are passed one by
    # one: the folder must be linted once), a LinkedIn PDF and a saved page, beside a PDF and
    # a page that are not profiles (skipped, never failing the hook).
    shutil.copytree(
        FIXTURES / "export" / "Basic_LinkedInDataExport_03-02-2026",
        repo / "linkedin" / "Basic_LinkedInDataExport_03-02-2026",
    )
    for name in ("linkedin-job-title.pdf", "not-linkedin-resume.pdf"):
        shutil.copy(FIXTURES / "pdf" / name, repo / name)
    for name in ("linkedin-public-no-photo.html", "not-a-profile.html"):
        shutil.copy(FIXTURES / "pages" / name, repo / name)
    _git(repo, "add", ".", env=env)

    run = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "profilelint", "--all-files"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    assert "profilelint" in output and "Failed" in output, output
    assert "bad.json:4:15: HDL002" in output, output
    assert "good.json:" not in output.replace("good.json (", ""), output
    assert "package.json" not in output, output
    assert output.count(" NET001 ") == 1, output  # the export folder, linted once
    assert "Basic_LinkedInDataExport_03-02-2026[Invitations.csv]:" in output, output
    assert "linkedin-job-title.pdf:1:" in output and " HDL002 " in output, output
    assert "linkedin-public-no-photo.html:" in output and " PHO001 " in output, output
    assert "not-linkedin-resume.pdf" not in output, output
    assert "not-a-profile.html" not in output, output
