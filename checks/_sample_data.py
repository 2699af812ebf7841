"""Sample text of well-known starting points, left in profiles that began from them.

Each source lists values from its sample file, as they appear in a field.  Sources, read in
their repositories: the JSON Resume sample résumé (jsonresume/resume-schema
``sample.resume.json``, Richard Hendriks, and its older version's "Started the company");
the sample data of midudev/minimalist-portfolio-json ``cv.json`` (its skill keywords,
placeholders such as "Description…" and "Reference…"); the demo résumé of
levino/react-jsonresume-theme (Samantha Jones, in English and German); the al-folio
academic site template (its Albert Einstein sample, kept in student sites' links).
A value of four words or more identifies its source alone; shorter values need two from the
same source, so one real project called "Cat Chat" is left alone.
"""

from __future__ import annotations

SAMPLES: dict[str, tuple[str, ...]] = {
    "the JSON Resume sample résumé": (
        "Richard Hendriks",
        "Erlich Bachman",
        "Pied Piper",
        "Hooli",
        "Awesome compression company",
        "Started the company",
        "Successfully won Techcrunch Disrupt",
        "Optimized an algorithm that holds the current world record for Weisman Scores",
        "Global movement of free coding clubs for young people.",
        "Awarded 'Teacher of the Month'",
        "Digital Compression Pioneer Award",
        "There is no spoon.",
        "Video compression for 3d media",
        "Innovative middle-out compression algorithm that changes the way we store data.",
        "It is my pleasure to recommend Richard, his performance working as a consultant for "
        "Main St. Company proved that he will be a valuable addition to any company.",
        "Miss Direction",
        "A mapping engine that misguides you",
        "Won award at AIHacks 2016",
        "Built by all women team of newbie programmers",
        "Using modern technologies such as GoogleMaps, Chrome Extension and Javascript",
        "Smoogle",
        "DB1101 - Basic SQL",
        "CS2011 - Java Introduction",
        "2712 Broadway St",
        "neutralthoughts",
        "dandymusicnl",
        "Ferrets",
        "Unicorns",
    ),
    "the minimalist-portfolio-json sample": (
        "JavaScript Superset",
        "CSS Framework",
        "React Framework",
        "Static Generation",
        "JavaScript Library",
        "CSS Preprocessor",
        "Almacenamiento de Datos",
        "Control de Versiones",
        "Código Fuente",
        "Awarded 'Volunteer of the Month'",
        "Description…",
        "Reference…",
        "Qantto Dashboard",
    ),
    "the react-jsonresume-theme demo résumé": (
        "Samantha Jones",
        "Nacho Tracker",
        "Reverse Alarm Clock",
        "Cat Chat",
        "Cat Fancy Magazine",
        "Desert Living Magazine",
        "Kochen mit Kakteen",
        "Die Kunst des Seifen-Schnitzens",
        "The Art of Soap Carving",
        "Cooking with Cacti",
        "Eine App zur Verfolgung des Standorts Ihrer Nachos.",
        "An app to track the location of your nachos.",
    ),
    "the al-folio sample site": ("AlbertEinstein", "Albert Einstein"),
}

# Hosts that stand for "your site here" in templates; a real site is never one of them.
# example.com/.org/.net are left alone: RFC 2606 reserves them for examples on purpose.
PLACEHOLDER_HOSTS = frozenset(
    {
        "johndoe.com",
        "janedoe.com",
        "mycompany.com",
        "yourcompany.com",
        "company.com",
        "institution.com",
        "organization.com",
        "certificate.com",
        "publication.com",
        "yourwebsite.com",
        "mywebsite.com",
        "website.com",
        "yourdomain.com",
        "domain.com",
        "yoursite.com",
        "mysite.com",
        "university.edu",
        "school.edu",
    }
)

# What a form leaves in a link field: no link at all.
PLACEHOLDER_LINKS = frozenset(
    {"null", "none", "n/a", "na", "-", "--", "/", "#", "http://", "https://", "www", "www.",
     "http", "https", "url", "link", "undefined"}
)  # fmt: skip

# Template names with a title: "Dr. Jane Doe" is the name of an academic template's sample.
PLACEHOLDER_NAMES = frozenset({"dr. jane doe", "dr. john doe", "prof. jane doe", "jane doe, phd"})
