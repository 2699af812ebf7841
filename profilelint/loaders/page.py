"""Saved pages (HTML): LinkedIn profile pages and personal pages carrying a Person.

A page is read by every reader that applies: the visible LinkedIn layout
(:mod:`page_linkedin`), a schema.org Person in JSON-LD or microdata (:mod:`page_person`), an
h-card or h-resume (:mod:`page_mf`), and the ``<title>``.  :data:`page_build.PRECEDENCE`
says which wins per field.  A page with no person on it (a sign-up wall, LinkedIn's guest
home page, "Profile Not Found", a shell saved before it rendered) is INP002 naming its kind.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from profilelint.loaders.base import Limits, LoadError, LoadResult, peek_text
from profilelint.loaders.page_build import Assembly, Find, Finds, assemble, is_masked
from profilelint.loaders.page_source import PageSource, parse_html, squash

FORMAT_LINKEDIN = "linkedin-page"
FORMAT_PERSONAL = "personal-page"

# What libxml2 cannot hold in a tree: NUL (it ends the document there), the other C0
# controls but tab and line ends, lone surrogates and the two non-characters XML excludes.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_IGNORE = re.compile(r"<!--\s*profilelint:\s*ignore\s*=\s*([^>]*?)\s*-->", re.I)
_COUNT = re.compile(r"^\(\d+\+?\)\s*")
_SUFFIX = re.compile(r"\s*[|\-–]\s*LinkedIn\s*$")
# What a sniff looks for before a page is loaded in full: a person or a profile layout.
_PROFILE_MARKS = re.compile(
    r"application/ld\+json|schema\.org/Person|\b(?:h-card|h-resume|vcard|hresume)\b"
    r"|top-card-layout__title|pv-top-card|text-heading-xlarge|id=[\"']experience[\"']",
    re.I,
)
_SNIFF_LIMIT = 8 * 1024 * 1024


def looks_like_page(path: Path) -> bool:
    """Discovery: is this HTML file a profile page?

    A cheap look for profile markup first; a page that has some is loaded, and only a page
    that loads as a profile (or fails for a reason worth reporting) counts.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(_SNIFF_LIMIT)
    except OSError:
        return False
    if not _PROFILE_MARKS.search(peek_text(data)):  # UTF-8, or UTF-16/32 with a BOM
        return False
    from profilelint.loaders import load_bytes

    try:
        load_bytes(data, base_dir=path.parent, name=path.name)
    except LoadError as error:
        return error.code != "INP002"
    return True


def _title_finds(root: Any, source: PageSource, name: str | None) -> dict[str, Find]:
    """Name and headline from ``<title>`` / ``og:title``, split only where the name is known."""
    finds: dict[str, Find] = {}
    titles = [squash(root.findtext(".//title"))]
    titles += [squash(t) for t in root.xpath("//meta[@property='og:title']/@content")]
    for raw in titles:
        title = _SUFFIX.sub("", _COUNT.sub("", raw)).strip()
        if not title or title == "LinkedIn" or is_masked(title):
            continue
        if name and title.startswith(name + " - ") and "headline" not in finds:
            # "Jean-Luc Picard - Co-founder - CTO": only the known name is cut off.
            headline = title[len(name) + 3 :].strip()
            finds["headline"] = Find(headline, {"": source.find_value(headline, 0) or 0})
        elif not name and " - " not in title and " | " not in title and "name" not in finds:
            finds["name"] = Find(title, {"": source.find_value(title, 0) or 0})
    return finds


def _no_person(linkedin: bool, root: Any) -> str:
    if linkedin:
        return (
            "unrendered LinkedIn page: saved before its content loaded (no top card, no "
            "Person); save it again once the profile shows"
        )
    title = squash(root.findtext(".//title"))[:60]
    shown = f' ("{title}")' if title else ""
    return f"a page with no person on it{shown}: no schema.org Person, h-card or h-resume"


def read_page(text: str, *, base_dir: Path | None = None) -> tuple[Assembly, bool]:
    """Every reader's finds on a page, put together; True beside it for a LinkedIn page.

    Raises INP002 for a page with no person on it.  ``Assembly.chosen`` names the source
    each field came from (see :data:`page_build.PRECEDENCE`).
    """
    from profilelint.loaders.page_linkedin import LinkedInReader, is_linkedin, not_a_profile
    from profilelint.loaders.page_mf import MicroformatReader, parse_mf2
    from profilelint.loaders.page_person import (
        MF_ROOTS,
        PersonReader,
        json_ld_people,
        microdata_people,
    )

    # A same-length stand-in keeps every offset, so positions stay those of the file.
    text = _NOT_XML.sub("\ufffd", text)
    root = parse_html(text)
    source = PageSource.for_text(text, root)
    for element in root.iter("br", "p", "li"):
        element.tail = "\n" + (element.tail or "")
    linkedin = is_linkedin(root, text)
    if linkedin:
        reason = not_a_profile(root)
        if reason:
            raise LoadError("INP002", reason)
    masked: list[str] = []
    finds: Finds = {}
    if linkedin:
        finds["page"] = LinkedInReader(root, source, masked).read()
    people = json_ld_people(root, source) or microdata_people(root, source)
    if people:
        reader = PersonReader(source, masked, linkedin=linkedin, base_dir=base_dir)
        finds["jsonld"] = reader.read(*people[0])
    if not linkedin and MF_ROOTS.search(text):
        try:
            parsed = parse_mf2(text)
        except (ValueError, RecursionError):
            parsed = {}
        finds["mf"] = MicroformatReader(source, base_dir).read(parsed)
    name = next((f["name"].value for f in finds.values() if "name" in f and f["name"].value), None)
    if name is None and not masked:
        raise LoadError("INP002", _no_person(linkedin, root))
    finds["title"] = _title_finds(root, source, name)
    _mark_hidden_employers(finds)
    page_start = next(iter(finds.get("page", {}).get("name", Find(None)).spots.values()), None)
    source.bind("", page_start)
    return assemble(finds, source, masked), linkedin


def load_page(text: str, limits: Limits, *, base_dir: Path | None = None) -> LoadResult:
    """Load a saved page's text (already decoded)."""
    if len(text) > limits.max_file_size:
        raise LoadError("INP003", f"page is over the limit of {limits.max_file_size:,} bytes")
    built, linkedin = read_page(text, base_dir=base_dir)
    profile, source = built.profile, built.source
    for match in _IGNORE.finditer(text):
        start = match.start(1)
        for code in re.finditer(r"[^,\s]+", match.group(1)):
            source.bind(f"ignore[{len(profile.ignore)}]", start + code.start())
            profile.ignore.append(code.group())
    return LoadResult(
        profile=profile,
        format=FORMAT_LINKEDIN if linkedin else FORMAT_PERSONAL,
        source=source,
        problems=built.problems,
    )


def _mark_hidden_employers(finds: Finds) -> None:
    """The visible experience list is partial when the JSON-LD names employers it lacks."""
    shown = finds.get("page", {}).get("positions")
    listed = finds.get("jsonld", {}).get("positions")
    if shown is None or listed is None or not shown.value:
        return
    seen = {(p.get("company") or "").strip().lower() for p in shown.value}
    if any((p.get("company") or "").strip().lower() not in seen for p in listed.value):
        shown.partial = True
