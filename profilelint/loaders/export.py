"""LinkedIn's data export: the ZIP as downloaded, or its unzipped folder of CSV files.

Either is one profile.  A ZIP is read in memory, never extracted: a member's name is only
compared with the file names LinkedIn uses and is never a path on disk.  Only the members
the mapping needs are decompressed (never messages, ``Verifications/`` or anything else),
each within the ratio limit and all within the unpacked-size limit, so a real export with a
large ``messages.csv`` loads and a ZIP bomb does not.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from profilelint.loaders.base import Limits, LoadError, LoadResult, Problem
from profilelint.loaders.export_csv import Table, decode_csv, member_key, read_table
from profilelint.loaders.export_dates import file_name_date
from profilelint.loaders.export_map import FILES, build_profile

FORMAT = "linkedin-export"
_CHUNK = 64 * 1024


def _wanted(names: list[str], prefix: str = "") -> dict[str, list[tuple[int, str]]]:
    """The members to read, by file key, each with its part number (split files).

    ``prefix`` is a folder all members sit in (a re-zipped export folder).
    """
    found: dict[str, list[tuple[int, str]]] = {}
    for name in names:
        key = member_key(name[len(prefix) :]) if name.startswith(prefix) else None
        if key is not None and key[0] in FILES:
            found.setdefault(key[0], []).append((key[1], name))
    return {k: sorted(v) for k, v in found.items()}


def _wanted_in_zip(names: list[str]) -> dict[str, list[tuple[int, str]]]:
    """As :func:`_wanted`; when no CSV sits at the top, those of a single top folder (the
    unzipped folder zipped again) are read instead."""
    found = _wanted(names)
    tops = {name.split("/", 1)[0] for name in names}
    if found or len(tops) != 1 or not all("/" in name for name in names):
        return found
    return _wanted(names, prefix=f"{tops.pop()}/")


def _table(key: str, members: list[tuple[int, str]], read, limits: Limits) -> Table:
    """One logical file: its parts read, parsed and merged in order."""
    table: Table | None = None
    for _, member in members:
        try:
            text = decode_csv(read(member))
        except LoadError as error:
            error.member = member
            raise
        _, rows, header_line = read_table(
            member, text, FILES[key][0], max_field_size=limits.max_field_size
        )
        if table is None:
            table = Table(members=[member], header_line=header_line)
        else:
            table.members.append(member)
        table.rows.extend(rows)
    assert table is not None
    if len(table.rows) > limits.max_items and key != "connections":
        raise LoadError(
            "INP003",
            f"{len(table.rows):,} records, over the limit of {limits.max_items:,}",
            member=table.member,
        )
    return table


def _tables(
    parts: dict[str, list[tuple[int, str]]], read, limits: Limits
) -> tuple[dict[str, Table], list[Problem]]:
    """Read each wanted file; ``read(name)`` returns a member's bytes.

    A file that cannot be read or has no header LinkedIn writes is skipped (its fields stay
    unknown) with one problem naming it, and the other files are still read; a limit that
    is passed stops the whole export (INP003).
    """
    tables: dict[str, Table] = {}
    problems: list[Problem] = []
    for key, members in parts.items():
        try:
            tables[key] = _table(key, members, read, limits)
        except LoadError as error:
            if error.code == "INP003":
                raise
            problems.append(
                Problem(
                    error.code,
                    f"{error.message}: the file is skipped",
                    line=error.line,
                    column=error.column,
                    member=error.member,
                )
            )
    return tables, problems


def _result(read: tuple[dict[str, Table], list[Problem]], name: str | None) -> LoadResult:
    tables, skipped = read
    profile, source, problems = build_profile(tables, file_name_date(name))
    return LoadResult(profile=profile, format=FORMAT, source=source, problems=skipped + problems)


def _safe_name(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return not (name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":"))


def _shown(name: str) -> str:
    return repr(name if len(name) <= 40 else name[:39] + "…")


def is_export_folder(path: Path) -> bool:
    """Is this folder an unzipped LinkedIn export (one profile)?

    True when it holds, at its top level, a CSV file named as LinkedIn names them.
    """
    try:
        with os.scandir(path) as entries:
            for count, entry in enumerate(entries):
                if count > 10_000:
                    return False
                key = member_key(entry.name)
                if key and key[0] in FILES and entry.is_file(follow_symlinks=False):
                    return True
    except OSError:
        return False
    return False


def looks_like_export_zip(path: Path) -> bool:
    """Discovery: is this ZIP a LinkedIn export?  Only its directory is read."""
    try:
        with zipfile.ZipFile(path) as archive:
            return bool(_wanted_in_zip(archive.namelist()))
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError, EOFError):
        return False


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """The member's bytes, never more than ``budget`` (a header may understate the size)."""
    chunks, total = [], 0
    with archive.open(info) as handle:
        while chunk := handle.read(_CHUNK):
            total += len(chunk)
            if total > budget:
                raise LoadError(
                    "INP003",
                    "the members read unpack to more than the limit of "
                    f"{budget:,} bytes (max-unpacked-size)",
                    member=info.filename,
                )
            chunks.append(chunk)
    return b"".join(chunks)


def load_export_zip(data: bytes, limits: Limits, *, name: str | None = None) -> LoadResult:
    """Load an export ZIP from its bytes; ``name`` is its file name (which carries a date)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise LoadError("INP001", f"not a readable ZIP archive ({error})"[:100]) from None
    if len(infos) > limits.max_members:
        raise LoadError(
            "INP003",
            f"the ZIP has {len(infos):,} members, over the limit of {limits.max_members:,}",
        )
    for info in infos:
        if not _safe_name(info.filename):
            raise LoadError(
                "INP001",
                f"member {_shown(info.filename)} has an unsafe name (a parent or absolute "
                "path): not an export LinkedIn made",
            )
    by_name = {info.filename: info for info in infos}
    parts = _wanted_in_zip(list(by_name))
    if not parts:
        raise LoadError("INP002", "a ZIP archive that is not a LinkedIn data export")
    total = 0
    for members in parts.values():
        for _, member in members:
            info = by_name[member]
            if info.file_size > limits.max_ratio * max(info.compress_size, 1):
                raise LoadError(
                    "INP003",
                    f"member unpacks {info.file_size // max(info.compress_size, 1):,} times "
                    f"its packed size, over the limit of {limits.max_ratio} (max-ratio)",
                    member=member,
                )
            total += info.file_size
    if total > limits.max_unpacked_size:
        raise LoadError(
            "INP003",
            f"the members read unpack to {total:,} bytes, over the limit of "
            f"{limits.max_unpacked_size:,} (max-unpacked-size)",
        )
    remaining = [limits.max_unpacked_size]

    def read(member: str) -> bytes:
        info = by_name[member]
        try:
            content = _read_member(archive, info, remaining[0])
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            EOFError,
            ValueError,
            NotImplementedError,
        ) as error:
            raise LoadError(
                "INP001", f"a damaged ZIP member ({error})"[:100], member=member
            ) from None
        except RuntimeError as error:  # encrypted
            raise LoadError(
                "INP001", f"a ZIP member that cannot be read ({error})"[:100], member=member
            ) from None
        if len(content) > limits.max_ratio * max(info.compress_size, 1):
            raise LoadError(
                "INP003",
                f"member unpacks over the ratio limit of {limits.max_ratio} (max-ratio)",
                member=member,
            )
        remaining[0] -= len(content)
        return content

    with archive:
        return _result(_tables(parts, read, limits), name)


def _folder_files(path: Path, limits: Limits) -> Iterator[tuple[str, int]]:
    with os.scandir(path) as entries:
        for count, entry in enumerate(entries, start=1):
            if count > limits.max_members:
                raise LoadError(
                    "INP003", f"the folder has over {limits.max_members:,} entries (max-members)"
                )
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode):
                yield entry.name, info.st_size


def load_export_folder(path: Path, limits: Limits) -> LoadResult:
    """Load an unzipped export folder (its top-level CSV files; links are not followed)."""
    try:
        sizes = dict(_folder_files(path, limits))
    except OSError as error:
        raise LoadError("INP001", f"cannot read the folder: {error.strerror or error}") from None
    parts = _wanted(list(sizes))
    if not parts:
        raise LoadError("INP002", "a folder that holds no profile")
    total = sum(sizes[m] for members in parts.values() for _, m in members)
    if total > limits.max_unpacked_size:
        raise LoadError(
            "INP003",
            f"the files read are {total:,} bytes, over the limit of "
            f"{limits.max_unpacked_size:,} (max-unpacked-size)",
        )

    def read(member: str) -> bytes:
        try:
            with (path / member).open("rb") as handle:
                return handle.read(limits.max_unpacked_size + 1)
        except OSError as error:
            raise LoadError(
                "INP001", f"cannot read the file: {error.strerror or error}", member=member
            ) from None

    return _result(_tables(parts, read, limits), path.name)
