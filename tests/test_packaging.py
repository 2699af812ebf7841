"""Packaging: checks/ installs as profilelint.checks (wheel and editable), never as `checks`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import distributions
from pathlib import Path

import pytest
from conftest import REPO

pytestmark = pytest.mark.slow

PROBE = """
import importlib.util, json
from importlib.metadata import entry_points
import profilelint, profilelint.checks.headline as headline
print(json.dumps({
    "profilelint": profilelint.__file__,
    "headline": headline.__file__,
    "checks": importlib.util.find_spec("checks") is not None,
    "entry_points": sorted(
        (e.name, e.value) for e in entry_points(group="profilelint.checks")
    ),
}))
"""
SKIP_DIRS = {".git", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache", ".venv"}


def _setuptools_ok() -> bool:
    try:
        import setuptools
    except ImportError:
        return False
    return int(setuptools.__version__.split(".")[0]) >= 77


def _copy_source(target: Path) -> Path:
    def ignore(folder: str, names: list[str]) -> set[str]:
        return {n for n in names if n in SKIP_DIRS or n.endswith(".egg-info")}

    shutil.copytree(REPO, target, ignore=ignore)
    return target


def _probe(cwd: Path, pythonpath: str | None = None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    source = _copy_source(tmp / "src")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist")]
    # With setuptools >= 77 at hand (license = "MIT" needs PEP 639) build without isolation;
    # otherwise let pip fetch the build requirements from the configured index.
    if _setuptools_ok():
        command.append("--no-build-isolation")
    done = subprocess.run(
        [*command, str(source)], capture_output=True, text=True, timeout=300, cwd=tmp
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = (tmp / "dist").glob("profilelint-*.whl")
    return built


def test_wheel_layout(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        entry_text = archive.read(entry_points).decode("utf-8")
        top_level = [n for n in names if n.endswith(".dist-info/top_level.txt")]
        tops = archive.read(top_level[0]).decode().split() if top_level else []
    assert "profilelint/checks/headline.py" in names
    assert "profilelint/checks/__init__.py" in names
    assert "profilelint/presets/resume.toml" in names
    assert "profilelint/py.typed" in names
    assert not [n for n in names if n.startswith("checks/")]
    assert not [n for n in names if n.startswith(("tests/", "fixtures/"))]
    assert "[profilelint.checks]" in entry_text
    assert "headline = profilelint.checks.headline" in entry_text
    assert "profilelint = profilelint.cli:main" in entry_text
    assert "checks" not in tops


def test_wheel_install_imports_profilelint_checks_only(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert not (site / "checks").exists()
    assert (site / "profilelint" / "checks" / "headline.py").is_file()
    found = _probe(tmp_path, str(site))
    assert Path(str(found["profilelint"])).is_relative_to(site)
    assert Path(str(found["headline"])) == site / "profilelint" / "checks" / "headline.py"
    assert found["checks"] is False
    assert ["headline", "profilelint.checks.headline"] in found["entry_points"]  # type: ignore[operator]


def test_editable_install_maps_checks_into_profilelint(tmp_path: Path) -> None:
    editable = any(
        json.loads(d.read_text("direct_url.json") or "{}").get("dir_info", {}).get("editable")
        for d in distributions(name="profilelint")
    )
    if not editable:
        pytest.skip("profilelint is not installed in editable mode here")
    found = _probe(tmp_path)
    assert Path(str(found["headline"])).resolve() == (REPO / "checks" / "headline.py").resolve()
    assert found["checks"] is False
    assert ["headline", "profilelint.checks.headline"] in found["entry_points"]  # type: ignore[operator]
