"""Discovery's glob matching against the plain reading it replaced.

A walk asks about every file and folder whether an ``include`` or ``exclude`` glob matches its
name, its path as given or its real path from the root.  ``_Where`` answers that with one
joined pattern and each folder's real path resolved once; these tests hold it to
``fnmatch`` over ``os.path.realpath`` and ``Path.relative_to``, symlinks included.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from profilelint.discovery import _Where, discover


def _plain(path: Path, root: Path, patterns: list[str]) -> bool:
    """The reading before: fnmatch on the name, the real path from the root, the path."""
    if not patterns:
        return False
    try:
        relative = Path(os.path.realpath(path)).relative_to(os.path.realpath(root)).as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(
        fnmatch.fnmatch(path.name, p)
        or fnmatch.fnmatch(relative, p)
        or fnmatch.fnmatch(path.as_posix(), p)
        for p in patterns
    )


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """A root with nested folders, a symlinked folder, a symlinked file and one outside."""
    base = tmp_path_factory.mktemp("globs")
    root = base / "repo"
    (root / "team" / "drafts").mkdir(parents=True)
    (root / "node_modules" / "pkg").mkdir(parents=True)
    outside = base / "elsewhere"
    outside.mkdir()
    files = [
        root / "me.json",
        root / "team" / "ana.json",
        root / "team" / "drafts" / "old.json.bak",
        root / "node_modules" / "pkg" / "package.json",
        outside / "far.json",
    ]
    for file in files:
        file.write_text('{"basics": {"name": "Ana Lima"}}', encoding="utf-8")
    (root / "linked").symlink_to(root / "team", target_is_directory=True)
    (root / "alias.json").symlink_to(root / "team" / "ana.json")
    (root / "out.json").symlink_to(outside / "far.json")
    paths = [
        *files,
        root / "linked" / "ana.json",
        root / "alias.json",
        root / "out.json",
        root / "team",
        root / "linked",
        root / "missing.json",
        root / "team" / ".." / "me.json",
        Path("relative") / "x.json",
    ]
    return root, paths


_PIECES = ["*", "?", "team", "drafts", "/", ".json", ".bak", "ana", "node_modules", "[a-m]", "**"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    patterns=st.lists(
        st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join), max_size=4
    )
)
def test_where_matches_as_fnmatch_over_real_paths(
    tree: tuple[Path, list[Path]], patterns: list[str]
) -> None:
    root, paths = tree
    where = _Where(root)
    for path in paths:
        assert where.matches(path, patterns) == _plain(path, root, patterns), (path, patterns)


def test_where_from_a_root_given_relative_and_as_slash(
    tree: tuple[Path, list[Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, paths = tree
    monkeypatch.chdir(root)
    patterns = ["team/*", "*.bak", "linked", "me.json"]
    for given_root in (Path("."), Path("/"), root / "team" / ".."):
        where = _Where(given_root)
        for path in [*paths, Path("team/ana.json"), Path("linked/ana.json")]:
            assert where.matches(path, patterns) == _plain(path, given_root, patterns), path


def test_discover_excludes_by_real_path_from_the_root(tree: tuple[Path, list[Path]]) -> None:
    root, _ = tree
    found = discover([str(root)], root=root, include=[], exclude=["team/drafts", "node_modules"])
    names = {Path(t.display).relative_to(root).as_posix() for t in found}
    assert "me.json" in names and "team/ana.json" in names
    assert not any(n.startswith(("node_modules", "team/drafts")) for n in names)
    # The symlinked folder's file is the same file as team/ana.json: reported once.
    assert not {"linked/ana.json", "alias.json"} & names


def test_a_target_keeps_its_path_as_text_and_travels_to_workers() -> None:
    """A run holds a target per file: no Path and no instance dict is kept, and a target
    pickles (to a worker) and compares as the pair of its path and display name."""
    import pickle

    from profilelint.discovery import Target

    target = Target(Path("team") / "ana.json", "team/ana.json")
    assert target.location == os.path.join("team", "ana.json")
    assert target.path == Path("team/ana.json") and isinstance(target.path, Path)
    assert not hasattr(target, "__dict__")
    copy = pickle.loads(pickle.dumps(target))
    assert copy == target and hash(copy) == hash(target)
    assert copy != Target("team/ana.json", "ana.json")
