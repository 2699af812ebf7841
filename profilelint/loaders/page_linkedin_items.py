"""The items of a LinkedIn page's sections: roles, schools, skills, languages, certificates.

Two layouts write them: the public page with stable class names (``experience-item__title``,
``li.experience-group`` for several roles at one employer, ``<time>`` ranges) and the
signed-in page, whose items are lines of ``aria-hidden`` text ("Title", "Company · Full-time",
"Jul 2021 - Present · 3 yrs", "Place", then the description), with roles at one employer
nested under it.  Fragments write one plain line per item ("Lead at Acme — reliability").
"""

from __future__ import annotations

import re
from typing import Any

from profilelint.loaders.page_build import date_range, is_masked
from profilelint.loaders.page_source import PageSource, classes, squash

# Containers whose text is never the profile's (other members, the viewer, LinkedIn itself).
_SKIP_TAGS = frozenset({"nav", "aside", "footer", "script", "style", "template", "noscript"})
_SKIP_CLASSES = frozenset(
    {
        *("global-nav", "aside-section-container", "ad-banner-container", "visually-hidden"),
        *("sr-only", "contextual-sign-in-modal", "sign-in-modal", "scaffold-layout__aside"),
        *("global-footer", "feed-identity-module", "pv-browsemap-section", "artdeco-modal"),
    }
)
# LinkedIn's employment types, written after the company on a signed-in role line.
_EMPLOYMENT_TYPES = frozenset(
    {
        *("full-time", "part-time", "contract", "self-employed", "freelance", "internship"),
        *("apprenticeship", "seasonal", "permanent", "temporary", "trainee", "volunteer"),
    }
)
#: Key of a reader's value that lists its sub-fields the layout cannot show.
UNKNOWN_KEY = "__unknown__"
# The aria-hidden copy of each text, not inside another, a heading or a media attachment.
_HIDDEN_COPIES = (
    ".//*[@aria-hidden='true'][not(ancestor::*[@aria-hidden='true'])][not(ancestor::h2)]"
    "[not(ancestor::h3[contains(@class, 'pvs-header')])]"
    "[not(ancestor::a[contains(@href, '/overlay/')])]"
)
SHOW_ALL = re.compile(r"\bShow all (\d+)\b", re.I)
_DATE_START = re.compile(r"^(?:(?:Issued|Expires|Expired)\s+)?(?:[^\W\d_]+\.?\s+)?\d{4}\b")
_SEPARATORS = re.compile(r"\s+[—–-]\s+|\s+·\s+")


def cls(name: str) -> str:
    """An XPath test for one class name."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def skipped(element: Any) -> bool:
    """True inside navigation, asides, ads, footers, modals and screen-reader copies."""
    node = element
    while node is not None:
        if isinstance(node.tag, str):
            if node.tag in _SKIP_TAGS or node.get("aria-hidden") == "false":
                return True
            if _SKIP_CLASSES.intersection(classes(node)):
                return True
        node = node.getparent()
    return False


def block_text(element: Any) -> str:
    """An element's text, keeping the line breaks of ``<br>`` and paragraphs."""
    parts = [squash(line) for line in element.text_content().split("\n")]
    return "\n".join(part for part in parts if part).strip()


class ItemReader:
    """Helpers and item readers shared by the layouts of a LinkedIn page."""

    def __init__(self, root: Any, source: PageSource, masked: list[str]) -> None:
        self.root = root
        self.source = source
        self.masked = masked

    def at(self, element: Any) -> int:
        """Offset of an element."""
        return self.source.offset_of(element)

    def keep(self, path: str, text: str | None) -> str | None:
        """``text`` unless it is masked (then the path is recorded as unknown)."""
        if text and is_masked(text):
            self.masked.append(path)
            return None
        return text or None

    def first(self, *xpaths: str, context: Any = None) -> Any:
        """The first element the first fruitful XPath finds outside skipped containers."""
        for xpath in xpaths:
            for element in (context if context is not None else self.root).xpath(xpath):
                if not skipped(element) and squash(element.text_content()):
                    return element
        return None

    def lines(self, item: Any) -> list[tuple[str, Any]]:
        """An item's text lines: its ``aria-hidden`` copies, else its leaf blocks."""
        hidden = item.xpath(_HIDDEN_COPIES)
        found = [(block_text(span), span) for span in hidden]
        if not found:
            found = [(squash(item.text_content()), item)]
        return [(text, el) for text, el in found if text and not text.startswith("Skills:")]

    # -- top card --------------------------------------------------------------------------
    def position(self, item: Any) -> list[tuple[dict[str, Any], Any, dict[str, int]]]:
        """The roles of one experience item (a grouped employer gives several)."""
        if "experience-group" in classes(item):
            company = self.first(f".//*[{cls('experience-group-header__company')}]", context=item)
            roles = item.xpath(f".//li[{cls('experience-group-position')}]")
            name = squash(company.text_content()) if company is not None else None
            return [self.public_role(role, name) for role in roles]
        if item.xpath(f"self::*[{cls('experience-item')} or {cls('experience-group-position')}]"):
            return [self.public_role(item, None)]
        if self.first(f".//*[{cls('experience-item__title')}]", context=item) is not None:
            return [self.public_role(item, None)]
        return self.signed_in_roles(item)

    def public_role(
        self, item: Any, company: str | None
    ) -> tuple[dict[str, Any], Any, dict[str, int]]:
        """A role of the public layout."""
        value: dict[str, Any] = {}
        spots: dict[str, int] = {}
        title = self.first(f".//*[{cls('experience-item__title')}]", context=item)
        subtitle = self.first(f".//*[{cls('experience-item__subtitle')}]", context=item)
        if title is not None:
            value["title"] = squash(title.text_content())
            spots["title"] = self.at(title)
        if subtitle is not None:
            value["company"] = squash(subtitle.text_content())
            spots["company"] = self.at(subtitle)
        elif company:
            value["company"] = company
        dates = self.first(f".//*[{cls('date-range')}]", context=item)
        if dates is not None:
            self.dates_into(value, spots, _range_text(dates), dates)
        else:
            times = item.xpath(".//time")
            if times:
                text = " - ".join(squash(t.text_content()) for t in times[:2])
                self.dates_into(value, spots, text, times[0])
        for meta in item.xpath(f".//p[{cls('experience-item__meta-item')}]"):
            if not meta.xpath(f".//*[{cls('date-range')}]") and squash(meta.text_content()):
                value["location"] = squash(meta.text_content())
                spots["location"] = self.at(meta)
                break
        body = self.first(
            f".//*[{cls('show-more-less-text__text--more')}]",
            f".//*[{cls('show-more-less-text__text--less')}]",
            f".//*[{cls('experience-item__description')}]",
            context=item,
        )
        if body is not None:
            value["description"] = block_text(body)
            spots["description"] = self.at(body)
        return value, item, spots

    def dates_into(self, value: dict[str, Any], spots: dict[str, int], text: str, at: Any) -> bool:
        """Put the dates of ``text`` into a role or a school; False when it holds none."""
        found = date_range(text)
        if found is None:
            return False
        start, end, current = found
        if start is not None:
            value["start"] = start
            spots["start"] = self.at(at)
        if end is not None:
            value["end"] = end
            spots["end"] = self.at(at)
        value["current"] = current
        return True

    def signed_in_roles(self, item: Any) -> list[tuple[dict[str, Any], Any, dict[str, int]]]:
        """Roles from a signed-in item: one dated role, or an employer with nested roles."""
        own = [(t, e) for t, e in self.lines(item) if not inside_li(e, item)]
        if any(_is_date_line(t) for t, _ in own) or not own:
            return [self.line_role(self.lines(item), item, None)]
        nested = [
            li
            for li in item.iter("li")
            if li is not item
            and any(_is_date_line(t) for t, e in self.lines(li) if _nearest_li(e) is li)
        ]
        if not nested:
            return [self.line_role(own, item, None)]
        company = own[0][0]
        return [self.line_role(self.lines(li), li, company) for li in nested]

    def line_role(
        self, lines: list[tuple[str, Any]], item: Any, company: str | None
    ) -> tuple[dict[str, Any], Any, dict[str, int]]:
        """A role from its text lines (title, company · type, dates, location, description)."""
        value: dict[str, Any] = {}
        spots: dict[str, int] = {}
        dated = next((i for i, (t, _) in enumerate(lines) if _is_date_line(t)), None)
        if dated is None and len(lines) == 1:
            # One plain line: "Role at Company — detail", "Title - Company - 2024-Present".
            text, element = lines[0]
            parts = _SEPARATORS.split(text)
            head = parts[0]
            rest = [
                p
                for p in parts[1:]
                if not (_is_date_line(p) and self.dates_into(value, spots, p, element))
            ]
            if " at " in head:
                value["title"], value["company"] = (s.strip() for s in head.split(" at ", 1))
                value["description"] = " — ".join(rest) or None
            else:
                value["title"] = head
                if rest:
                    value["company"] = rest[0]
                if rest[1:]:
                    value["description"] = " — ".join(rest[1:])
            spots.update({k: self.at(element) for k in ("title", "company", "description")})
            # One line cannot show what it leaves out: no dates or description is unknown.
            value[UNKNOWN_KEY] = {k for k in ("start", "end", "description") if k not in value}
            return value, item, spots
        before = lines[:dated] if dated is not None else lines[:2]
        after = lines[dated + 1 :] if dated is not None else lines[2:]
        if dated is not None:
            self.dates_into(value, spots, lines[dated][0], lines[dated][1])
        heads = [(t, e) for t, e in before if t.lower() not in _EMPLOYMENT_TYPES]
        if heads:
            value["title"] = heads[0][0]
            spots["title"] = self.at(heads[0][1])
        if len(heads) > 1:
            value["company"] = heads[1][0].split(" · ")[0].strip()
            spots["company"] = self.at(heads[1][1])
        elif company:
            value["company"] = company
        body = []
        for text, element in after:
            described = any("show-more" in c for a in element.iterancestors() for c in classes(a))
            if not described and "location" not in value and not body and len(text) <= 80:
                value["location"] = text
                spots["location"] = self.at(element)
            else:
                body.append(text)
                spots.setdefault("description", self.at(element))
        if body:
            value["description"] = "\n".join(body)
        return value, item, spots

    def school(self, item: Any) -> list[tuple[dict[str, Any], Any, dict[str, int]]]:
        """One education item."""
        value: dict[str, Any] = {}
        spots: dict[str, int] = {}
        name = self.first(".//h3", context=item)
        if name is not None:
            value["institution"] = squash(name.text_content())
            spots["institution"] = self.at(name)
            degree = self.first(
                f".//h4 | .//*[{cls('education__item--degree-name')}]", context=item
            )
            spans = (
                [squash(x.text_content()) for x in degree.xpath("./span")]
                if degree is not None
                else []
            )
            if len([x for x in spans if x]) >= 2:
                # Public layout: degree, field and grade in one <h4>, a span each.
                value["study_type"], value["area"] = spans[0] or None, spans[1] or None
                if len(spans) > 2 and spans[2]:
                    value["score"] = spans[2]
            elif degree is not None and squash(degree.text_content()) not in ("", "-"):
                _degree_into(value, squash(degree.text_content()))
            dates = self.first(
                f".//*[{cls('date-range')}] | .//*[{cls('education__item--duration')}]",
                context=item,
            )
            if dates is not None:
                self.dates_into(value, spots, _range_text(dates), dates)
            value.pop("current", None)
            return [(value, item, spots)]
        lines = self.lines(item)
        if len(lines) == 1 and _SEPARATORS.search(lines[0][0]):
            parts = _SEPARATORS.split(lines[0][0])
            value["institution"], value["area"] = parts[0], " ".join(parts[1:])
            spots["institution"] = self.at(lines[0][1])
            return [(value, item, spots)]  # no dates on a one-line school
        for index, (text, element) in enumerate(lines):
            if index == 0:
                value["institution"] = text
                spots["institution"] = self.at(element)
            elif _is_date_line(text) and "start" not in value:
                self.dates_into(value, spots, text, element)
            elif text.startswith("Grade:"):
                value["score"] = text.removeprefix("Grade:").strip()
            elif index == 1:
                _degree_into(value, text)
        value.pop("current", None)
        return [(value, item, spots)] if value else []

    def skill(self, item: Any) -> list[tuple[dict[str, Any], Any, dict[str, int]]]:
        """One skill (its first line; the lines under it say where it was used)."""
        bold = self.first(f".//*[{cls('t-bold')}]", context=item)
        lines = self.lines(bold if bold is not None else item)
        if not lines:
            return []
        text, element = lines[0]
        return [({"name": text}, element, {})]

    def heading_lines(self, item: Any) -> list[str]:
        """The public layout's ``<h3>``/``<h4>`` texts of an item, else its signed-in lines."""
        heads = [squash(h.text_content()) for h in item.xpath(".//h3 | .//h4")]
        return [t for t in heads if t] or [t for t, _ in self.lines(item)]

    def language(self, item: Any) -> list[tuple[dict[str, Any], Any, dict[str, int]]]:
        """One language and its proficiency."""
        lines = self.heading_lines(item)
        if not lines:
            return []
        return [({"language": lines[0], "fluency": lines[1] if len(lines) > 1 else None}, item, {})]

    def recommendation(self, item: Any) -> list[tuple[dict[str, Any], Any, dict[str, int]]]:
        """One recommendation's text; its author is a third party and is not loaded."""
        body = self.first(f".//*[{cls('endorsement-card__content')}]", context=item)
        if body is not None:
            return [({"text": block_text(body)}, body, {})]
        lines = self.lines(item)
        if not lines:
            return []
        text, element = max(lines, key=lambda line: len(line[0]))
        return [({"text": text}, element, {})]

    def certificate(self, item: Any) -> list[tuple[dict[str, Any], Any, dict[str, int]]]:
        """One licence or certification."""
        lines = self.heading_lines(item)
        if not lines:
            return []
        value: dict[str, Any] = {"name": lines[0]}
        for text in lines[1:]:
            if _is_date_line(text):
                found = date_range(text)
                if found and found[0] is not None:
                    value["date"] = found[0]
            elif "issuer" not in value:
                value["issuer"] = text
        times = item.xpath(".//time")
        if "date" not in value and times:
            found = date_range(squash(times[0].text_content()))
            if found and found[0] is not None:
                value["date"] = found[0]
        return [(value, item, {})]


def _nearest_li(element: Any) -> Any:
    return next(element.iterancestors("li"), None) if element.tag != "li" else element


def inside_li(element: Any, item: Any) -> bool:
    """True when ``element`` sits in a list item nested inside ``item``."""
    for ancestor in element.iterancestors():
        if ancestor is item:
            return False
        if ancestor.tag == "li":
            return True
    return False


def _is_date_line(text: str) -> bool:
    return len(text) <= 70 and bool(_DATE_START.match(text)) and date_range(text) is not None


def _range_text(element: Any) -> str:
    """ "Jul 2021 - Present" from a date-range element, without its duration span."""
    times = element.xpath(".//time")
    if len(times) >= 2:
        return f"{squash(times[0].text_content())} - {squash(times[1].text_content())}"
    if times:
        return f"{squash(times[0].text_content())} {squash(times[0].tail)}"
    return squash(element.text_content())


def _degree_into(value: dict[str, Any], text: str) -> None:
    """ "Master's degree, Epidemiology" → study type and area."""
    kind, _, area = text.partition(", ")
    value["study_type"] = kind.strip() or None
    if area.strip():
        value["area"] = area.strip()
