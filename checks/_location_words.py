"""Location values too vague to place a person: continents, "Remote", "Worldwide".

Sources: the continent and world-region names of the UN M49 standard (regions level), in
English, Spanish, Portuguese, French, German, Italian and Norwegian; the remote-work words
job boards use for a location ("Remote", "Anywhere", "Home office", "Télétravail").
"""

from __future__ import annotations

VAGUE = frozenset(
    {
        "africa", "asia", "europe", "oceania", "antarctica", "america", "americas",
        "north america", "south america", "latin america", "central america", "middle east",
        "emea", "apac", "latam", "eu", "european union", "asia-pacific", "asia pacific",
        "áfrica", "europa", "américa", "américa latina", "norteamérica", "sudamérica",
        "suramérica", "oriente medio", "afrique", "asie", "amérique", "océanie",
        "moyen-orient", "afrika", "asien", "amerika", "ozeanien", "nahost", "nordamerika",
        "südamerika", "lateinamerika", "remote", "remotely", "fully remote", "remote only",
        "remote-first", "anywhere", "worldwide", "global", "world", "earth", "everywhere",
        "home office", "homeoffice", "remoto", "en remoto", "teletrabajo", "trabajo remoto",
        "télétravail", "à distance", "fernarbeit", "hjemmekontor", "ovunque", "mundial",
        "mundo", "weltweit", "partout",
    }
)  # fmt: skip
