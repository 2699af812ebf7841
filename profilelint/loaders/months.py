"""English month names and their abbreviations, as LinkedIn writes them in exports and pages."""

from __future__ import annotations

#: "jan"/"january" → 1 ... "sep"/"sept"/"september" → 9: lower-case keys.
ENGLISH_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
