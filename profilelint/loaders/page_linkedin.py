"""Saved LinkedIn profile pages: the public (signed-out) layout and the signed-in one.

Layouts (FORMATS.md sections 3 and 5): the public page has stable class names
(``top-card-layout__title``, ``section[data-section=experience]``, ``li.experience-item``);
the signed-in page finds its sections by anchors (``#about``, ``#experience``) and writes each
text twice, in an ``aria-hidden`` span and a ``visually-hidden`` one that may differ: the
``aria-hidden`` copy is read and the other skipped.  Navigation, asides ("People also
viewed"), ads, footers and sign-in modals list other members and are never read.
"""

from __future__ import annotations

from typing import Any

from profilelint.loaders.page_build import Find, is_masked
from profilelint.loaders.page_linkedin_items import (
    SHOW_ALL,
    UNKNOWN_KEY,
    ItemReader,
    block_text,
    cls,
    inside_li,
    skipped,
)
from profilelint.loaders.page_source import PageSource, classes, squash

# Sections by data-section (public layout) and by anchor id (signed-in layout).
_PUBLIC_SECTIONS = {
    "summary": ("summary", "about"),
    "experience": ("experience",),
    "education": ("educationsDetails", "education"),
    "skills": ("skills",),
    "languages": ("languages",),
    "certifications": ("certifications",),
    "recommendations": ("recommendations",),
}
_ANCHORS = {
    "summary": ("about",),
    "experience": ("experience",),
    "education": ("education",),
    "skills": ("skills",),
    "languages": ("languages",),
    "certifications": ("licenses_and_certifications", "certifications"),
    "recommendations": ("recommendations",),
}


def is_linkedin(root: Any, text: str) -> bool:
    """True for a page saved from linkedin.com (a LinkedIn image on a personal page is not)."""
    title = squash(root.findtext(".//title"))
    if title.endswith("LinkedIn") or root.xpath("//meta[@name='pageKey']"):
        return True
    marks = ("pv-top-card", "top-card-layout__title", "text-heading-xlarge", "global-nav__me")
    return bool(root.xpath("//*[" + " or ".join(cls(m) for m in marks) + "]"))


def not_a_profile(root: Any) -> str | None:
    """The kind of LinkedIn page that holds no profile, as the reason of INP002."""
    title = squash(root.findtext(".//title"))
    page_key = " ".join(root.xpath("//meta[@name='pageKey']/@content"))
    canonical = " ".join(root.xpath("//link[@rel='canonical']/@href"))
    heading = " ".join(squash(h.text_content()) for h in root.iter("h1"))
    if title.startswith("Profile Not Found") or "could not be found" in heading:
        return (
            "LinkedIn 'Profile Not Found' page: the address names no public profile "
            "(a wrong URL, or the member hides the profile from search)"
        )
    if "auth_wall" in page_key or "/authwall" in canonical or title.startswith("Sign Up"):
        return (
            "LinkedIn sign-up wall: the page was saved while signed out; save it signed in, "
            "or use the data export"
        )
    if "homepage-guest" in page_key or title.startswith("LinkedIn: Log In or Sign Up"):
        return (
            "LinkedIn guest home page: LinkedIn sent the profile address to its sign-in page; "
            "save the profile while signed in"
        )
    return None


def photo_of(url: str, element: Any | None = None) -> dict[str, Any] | None:
    """The Photo of an image URL: LinkedIn's grey silhouettes are its default, not a photo.

    Nothing is fetched: a remote URL is judged by its host and path alone.
    """
    from profilelint.loaders.photo import make_photo

    photo = make_photo(url, None)
    if photo is None:
        return None
    if element is not None and "ghost-person" in " ".join(classes(element)):
        photo.is_default = True
    return photo.model_dump(exclude_none=True)


class LinkedInReader(ItemReader):
    """Reads the visible parts of a LinkedIn page into :class:`Find` values."""

    def __init__(self, root: Any, source: PageSource, masked: list[str]) -> None:
        super().__init__(root, source, masked)
        self.finds: dict[str, Find] = {}
        self._ids: dict[str, list[Any]] | None = None
        self._sections: dict[str, list[Any]] = {}

    def read(self) -> dict[str, Find]:
        """Every field the visible page shows."""
        heading = self.first(
            f"//h1[{cls('top-card-layout__title')}]",
            f"//h1[{cls('text-heading-xlarge')}]",
            f"//*[{cls('pv-top-card')} or {cls('top-card')} or {cls('top-card-layout')}"
            " or contains(@componentkey, 'opcard')]//h1",
            "//main//h1",
        )
        self.finds["contact"] = Find(None)  # behind "Contact info": a page never shows it
        if heading is None:
            return self.finds
        card = next(
            (
                a
                for a in heading.iterancestors()
                if a.tag == "section" or "top-card-layout" in classes(a)
            ),
            heading.getparent(),
        )
        self.source.bind("name", self.at(heading))  # a masked name is pointed at too
        name = self.keep("name", squash(heading.text_content()))
        self.finds["name"] = Find(name, {"": self.at(heading)})
        headline = self.first(
            f".//*[{cls('top-card-layout__headline')}]",
            f".//*[{cls('text-body-medium')}]",
            # 2025+ markup names its cards by attribute, not class: the first line after the
            # name (best effort: only a synthetic page of this markup has been seen).
            "self::*[contains(@componentkey, 'opcard')]//h1/following::p[1]",
            context=card,
        )
        if headline is not None:
            text = self.keep("headline", squash(headline.text_content()))
            self.finds["headline"] = Find(text, {"": self.at(headline)})
        place = self.first(
            f".//*[{cls('top-card-layout__first-subline')}]//*[{cls('not-first-middot')}]/span",
            f".//*[{cls('top-card__subline-item')}]",
            f".//span[{cls('text-body-small')} and not(ancestor::ul) and not(ancestor::button)"
            " and not(ancestor::a)]",
            context=card,
        )
        if place is not None:
            text = self.keep("location", squash(place.text_content()))
            if text:
                self.finds["location"] = Find({"text": text}, {"": self.at(place)})
        self.read_photo(card)
        self.read_sections()
        return self.finds

    def read_photo(self, card: Any) -> None:
        """The top-card photo (never the viewer's own one in the navigation bar)."""
        images = card.xpath(
            f".//img[{cls('top-card__profile-image')} or contains(@class, 'pv-top-card-profile"
            "-picture__image') or contains(@class, 'profile-photo') or contains(@class,"
            " 'pv-top-card__photo') or contains(@class, 'ghost-person')]"
        )
        images = [img for img in images if "global-nav__me-photo" not in classes(img)]
        if not images:
            return
        image = images[0]
        url = image.get("data-delayed-url") or image.get("src") or image.get("data-ghost-url")
        if url and not url.startswith("data:"):
            self.finds["photo"] = Find(photo_of(url, image), {"": self.at(image)})
        elif "ghost-person" in " ".join(classes(image)) or image.get("data-ghost-url"):
            ghost = image.get("data-ghost-url") or "ghost-person"
            self.finds["photo"] = Find(photo_of(ghost, image), {"": self.at(image)})

    # -- sections --------------------------------------------------------------------------
    def section(self, key: str) -> tuple[list[Any], Any] | None:
        """The content elements of a section, and the element to point at for it."""
        if self._ids is None:
            # One pass over the tree for every section, not one per section name.
            self._ids, self._sections = {}, {}
            for element in self.root.xpath("//*[@id] | //section[@data-section]"):
                if element.get("id"):
                    self._ids.setdefault(element.get("id"), []).append(element)
                if element.tag == "section" and element.get("data-section"):
                    self._sections.setdefault(element.get("data-section"), []).append(element)
        for name in _PUBLIC_SECTIONS[key]:
            found = [s for s in self._sections.get(name, []) if not skipped(s)]
            if found:
                return [found[0]], found[0]
        for name in _ANCHORS[key]:
            for anchor in self._ids.get(name, []):
                if skipped(anchor):
                    continue
                box = (
                    anchor
                    if anchor.tag == "section"
                    else next(anchor.iterancestors("section"), None)
                )
                if box is None:
                    box = anchor.getparent()
                parts = [box]
                if not box.xpath(".//li | .//*[@aria-hidden='true'] | .//p | .//div[text()]"):
                    # Content written after the section rather than inside it.
                    sibling = box.getnext()
                    while sibling is not None and not sibling.xpath("self::section | .//*[@id]"):
                        parts.append(sibling)
                        sibling = sibling.getnext()
                    if sibling is not None and sibling.tag != "section":
                        parts.append(sibling)
                return parts, box
        return None

    def items(self, parts: list[Any]) -> list[Any]:
        """The top-level list items of a section (or its text blocks when it has no list)."""
        found = []
        for part in parts:
            lis = [li for li in part.iter("li") if not inside_li(li, part)]
            if lis:
                found.extend(li for li in lis if not skipped(li))
            else:
                found.extend(
                    block
                    for block in part.xpath(".//div[normalize-space(text())] | .//p")
                    if not skipped(block) and block.tag not in ("h2", "h3")
                )
        return found

    def shown_all(self, key: str, parts: list[Any], count: int) -> bool:
        """False when the section says "Show all N" with N above the items shown."""
        for part in parts:
            for match in SHOW_ALL.finditer(part.text_content()):
                if int(match.group(1)) > count:
                    return False
        return True

    def read_sections(self) -> None:
        """About, experience, education, skills, languages and certifications."""
        about = self.section("summary")
        if about is None:
            self.finds["summary"] = Find("")
        else:
            parts, box = about
            text = self.about_text(parts)
            self.finds["summary"] = Find(self.keep("summary", text) or "", {"": self.at(box)})
        readers = (
            ("experience", "positions", self.position),
            ("education", "education", self.school),
            ("skills", "skills", self.skill),
            ("languages", "languages", self.language),
            ("certifications", "certificates", self.certificate),
            ("recommendations", "recommendations", self.recommendation),
        )
        for key, field, reader in readers:
            found = self.section(key)
            if found is None:
                # A public page never shows skills, and not every layout shows
                # recommendations: without the section they are unknown, not empty.
                if key not in ("skills", "recommendations"):
                    self.finds[field] = Find([])
                continue
            parts, box = found
            values: list[dict[str, Any]] = []
            spots: dict[str, int] = {"": self.at(box)}
            unknown: set[str] = set()
            for item in self.items(parts):
                for value, element, subspots in reader(item):
                    index = len(values)
                    unknown.update(f"[{index}].{k}" for k in value.pop(UNKNOWN_KEY, ()))
                    for key, text in list(value.items()):
                        if isinstance(text, str) and is_masked(text):
                            del value[key]  # a restricted profile's masked title or company
                            unknown.add(f"[{index}].{key}")
                            self.masked.append(f"{field}[{index}].{key}")
                    values.append(value)
                    spots[f"[{index}]"] = self.at(element)
                    spots.update({f"[{index}].{k}": v for k, v in subspots.items()})
            partial = not self.shown_all(key, parts, len(values))
            self.finds[field] = Find(values, spots, partial=partial, unknown=unknown)

    def about_text(self, parts: list[Any]) -> str:
        """The About text: the public page's paragraph, or the signed-in aria-hidden copy."""
        for part in parts:
            for xpath in (
                f".//*[{cls('core-section-container__content')}]",
                f".//*[{cls('show-more-less-text__text--more')}]",
                f".//*[{cls('show-more-less-text__text--less')}]",
            ):
                found = self.first(xpath, context=part)
                if found is not None:
                    return block_text(found)
        lines = [text for part in parts for text, _ in self.lines(part)]
        lines = [line for line in lines if line.lower() not in ("about", "see more")]
        return "\n".join(lines)
