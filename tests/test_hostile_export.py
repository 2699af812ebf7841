"""Hostile and broken exports: each is one clear INP diagnostic, never a traceback or a hang."""

from __future__ import annotations

import codecs
import io
import os
import zipfile
from pathlib import Path

import pytest
from export_kit import make_folder, make_zip

from profilelint.engine import Linter
from profilelint.loaders import load_bytes, load_path
from profilelint.loaders.base import Limits, LoadError, Problem
from profilelint.plugins import load_registry
from profilelint.testing import make_settings

SKILLS = "Name\nPython\n"
BIG = "Name\n" + "Python\n" * 200_000  # 1.4 MB that deflates to a few kB


def error_of(data: bytes, limits: Limits | None = None) -> LoadError:
    with pytest.raises(LoadError) as caught:
        load_bytes(data, limits or Limits(), name="export.zip")
    return caught.value


def skipped(data: bytes, limits: Limits | None = None) -> Problem:
    """The one problem of an export whose Skills.csv is unusable (and skipped)."""
    loaded = load_bytes(data, limits or Limits(), name="export.zip")
    [problem] = loaded.problems
    assert problem.member == "Skills.csv" and "the file is skipped" in problem.message
    assert "skills" in loaded.profile.knowledge.unknown
    return problem


def test_a_zip_bomb_by_ratio() -> None:
    error = error_of(make_zip({"Skills.csv": BIG}), Limits(max_ratio=50))
    assert error.code == "INP003"
    assert "max-ratio" in error.message and error.member == "Skills.csv"


def test_a_zip_bomb_by_unpacked_size() -> None:
    error = error_of(
        make_zip({"Skills.csv": BIG}), Limits(max_ratio=10_000, max_unpacked_size=100_000)
    )
    assert error.code == "INP003" and "max-unpacked-size" in error.message


def test_a_member_that_lies_about_its_size_is_stopped_while_reading() -> None:
    data = bytearray(make_zip({"Skills.csv": BIG}, method=zipfile.ZIP_DEFLATED))
    # Shrink the declared size in the central directory: the reader must still stop.
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.infolist()[0]
    declared = info.file_size.to_bytes(4, "little")
    central = data.rfind(b"PK\x01\x02")
    at = data.find(declared, central)
    data[at : at + 4] = (1000).to_bytes(4, "little")
    limits = Limits(max_ratio=10_000, max_unpacked_size=200_000)
    try:
        loaded = load_bytes(bytes(data), limits)
    except LoadError as error:
        assert error.code == "INP003"
    else:
        assert [p.code for p in loaded.problems] == ["INP001"]  # zipfile's own size check
        assert loaded.profile.skills == []


def test_too_many_members() -> None:
    files = {f"Other_{i}.txt": "x" for i in range(30)} | {"Skills.csv": SKILLS}
    error = error_of(make_zip(files), Limits(max_members=20))
    assert error.code == "INP003" and "31 members" in error.message


@pytest.mark.parametrize(
    "name", ["../Skills.csv", "/etc/Skills.csv", "a/../../Skills.csv", "C:/Skills.csv"]
)
def test_unsafe_member_names_are_refused_and_never_touch_the_disk(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    error = error_of(make_zip({name: SKILLS, "Profile.csv": "First Name,Headline\nA,B\n"}))
    assert error.code == "INP001" and "unsafe name" in error.message
    assert list(tmp_path.iterdir()) == []


def test_members_in_sub_folders_are_never_read() -> None:
    files = {
        "Skills.csv": SKILLS,
        "Verifications/Verifications.csv": "First name,Year of birth\nA,1990\n",
        "Jobs/Skills.csv": "Name\nNot me\n",
        "messages.csv": BIG,
    }
    loaded = load_bytes(make_zip(files), Limits(max_ratio=50, max_unpacked_size=10_000))
    assert [s.name for s in loaded.profile.skills] == ["Python"]


def test_a_field_over_the_limit() -> None:
    text = "First Name,Last Name,Headline,Summary\nAna,Lima,Hi," + "x" * 5000 + "\n"
    error = error_of(make_zip({"Profile.csv": text}), Limits(max_field_size=1000))
    assert error.code == "INP003" and error.member == "Profile.csv" and error.line == 2


def test_a_field_over_the_limit_in_a_folder(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"Skills.csv": "Name\n" + "y" * 3000 + "\n"})
    with pytest.raises(LoadError) as caught:
        load_path(folder, Limits(max_field_size=1000))
    assert caught.value.code == "INP003"


BROKEN = [
    (b"PK\x03\x04" + b"\x00" * 40, "INP001"),  # a local header and nothing else
    (b"PK\x05\x06" + b"\x00" * 18, "INP002"),  # an empty archive: no export inside
    (make_zip({"notes.txt": "hello"}), "INP002"),
    (make_zip({"Skills.csv": SKILLS})[:-30], "INP001"),  # truncated central directory
]


@pytest.mark.parametrize(("data", "code"), BROKEN)
def test_broken_zips(data: bytes, code: str) -> None:
    assert error_of(data).code == code


def test_a_damaged_member_is_skipped_and_the_others_load() -> None:
    files = {
        "Skills.csv": "Name\n" + "Python\n" * 500,
        "Profile.csv": "First Name,Headline\nAna,B\n",
    }
    data = bytearray(make_zip(files))
    start = data.find(b"Skills.csv") + len("Skills.csv")
    data[start + 5 : start + 25] = b"\xff" * 20  # corrupt the deflate stream
    assert skipped(bytes(data)).code == "INP001"
    assert load_bytes(bytes(data)).profile.name == "Ana"


ENCODED = [
    codecs.BOM_UTF16_LE + "Name\r\nPython\r\n".encode("utf-16-le"),
    codecs.BOM_UTF16_BE + "Name\r\nPython\r\n".encode("utf-16-be"),
    "Name\r\nPython\r\n".encode("utf-16-le"),
    codecs.BOM_UTF8 + b"Name\nPython\n",
]


@pytest.mark.parametrize("data", ENCODED)
def test_utf16_and_bom_files_load(data: bytes) -> None:
    loaded = load_bytes(make_zip({"Skills.csv": data}))
    assert [s.name for s in loaded.profile.skills] == ["Python"]


@pytest.mark.parametrize(
    "data",
    [
        b"Name\nPyth\xffon\n",  # not UTF-8
        codecs.BOM_UTF16_LE + b"N\x00a\x00\x00\xd8",  # half a surrogate pair
    ],
)
def test_undecodable_files_are_inp001(data: bytes) -> None:
    assert skipped(make_zip({"Skills.csv": data})).code == "INP001"


def test_a_file_without_a_known_header() -> None:
    problem = skipped(make_zip({"Skills.csv": "Nope\nPython\n"}))
    assert problem.code == "INP002" and "no header line" in problem.message


def test_a_hostile_export_is_one_diagnostic_and_the_others_are_linted(tmp_path: Path) -> None:
    (tmp_path / "bomb.zip").write_bytes(make_zip({"Skills.csv": BIG}))
    good = make_folder(tmp_path, {"Skills.csv": SKILLS}, "good")
    settings = make_settings(config={"limits": {"max-ratio": 20}})
    linter = Linter(settings, load_registry())
    bomb = linter.lint_path(tmp_path / "bomb.zip")
    assert [d.code for d in bomb.diagnostics] == ["INP003"]
    assert bomb.diagnostics[0].member == "Skills.csv"
    assert all(d.code != "INP003" for d in linter.lint_path(good).diagnostics)


def test_a_symlink_in_a_folder_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("Name\nSecret skill\n")
    folder = make_folder(tmp_path, {"Profile.csv": "First Name,Headline\nAna,Engineer\n"})
    os.symlink(secret, folder / "Skills.csv")
    profile = load_path(folder).profile
    assert profile.skills == [] and "skills" in profile.knowledge.unknown


def test_a_rezipped_export_folder_is_read_from_its_top_folder() -> None:
    files = {"Basic_LinkedInDataExport_01-31-2026/Skills.csv": SKILLS, "Other/x.csv": "Name\nNo\n"}
    assert error_of(make_zip(files)).code == "INP002"  # two top folders: not an export
    loaded = load_bytes(make_zip({"Basic_LinkedInDataExport_01-31-2026/Skills.csv": SKILLS}))
    assert [s.name for s in loaded.profile.skills] == ["Python"]
    assert loaded.source.member("skills[0]") == "Basic_LinkedInDataExport_01-31-2026/Skills.csv"
