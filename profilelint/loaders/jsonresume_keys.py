"""The JSON Resume vocabulary: the keys each object defines, and the names people use instead.

Sources: jsonresume/resume-schema schema.json v1.0.0 to v1.2.1 and its CHANGELOG (the pre-1.0
names); the section names of the review set's files in German, Spanish, French, Italian and
Portuguese; the keys résumé tools add (Resumake ``selectedTemplate``/``headings``/``sections``,
reorx/jsoncv, theme options).
"""

from __future__ import annotations

# Keys each object defines in resume-schema v1.0.0 to v1.2.1 (jsonresume/resume-schema
# schema.json), plus the pre-1.0 names its CHANGELOG lists (company, website, picture, gpa).
KEYS: dict[str, frozenset[str]] = {
    "": frozenset(
        "$schema basics work volunteer education awards certificates publications skills "
        "languages interests references projects meta".split()
    ),
    "basics": frozenset("name label image email phone url summary location profiles".split())
    | {"picture", "website"},
    "location": frozenset("address postalCode city countryCode region".split()),
    "profiles": frozenset("network username url".split()),
    "work": frozenset(
        "name location description position url startDate endDate summary highlights".split()
    )
    | {"company", "website", "keywords"},
    "volunteer": frozenset("organization position url startDate endDate summary highlights".split())
    | {"website"},
    "education": frozenset("institution url area studyType startDate endDate score courses".split())
    | {"gpa", "website"},
    "awards": frozenset("title date awarder summary".split()),
    "certificates": frozenset("name date url issuer".split()),
    "publications": frozenset("name publisher releaseDate url summary".split()) | {"website"},
    "skills": frozenset("name level keywords".split()),
    "languages": frozenset("language fluency".split()),
    "interests": frozenset("name keywords".split()),
    "references": frozenset("name reference".split()),
    "projects": frozenset(
        "name description highlights keywords startDate endDate url roles entity type".split()
    ),
}

# Which model field a schema key fills, per object, for the keys a typo can hide.
TARGETS: dict[str, dict[str, str]] = {
    "": {
        "basics": "name",
        "work": "positions",
        "education": "education",
        "skills": "skills",
        "references": "recommendations",
        "volunteer": "volunteer",
        "projects": "projects",
        "languages": "languages",
        "awards": "awards",
        "certificates": "certificates",
        "publications": "publications",
        "interests": "interests",
    },
    "basics": {
        "name": "name",
        "label": "headline",
        "image": "photo",
        "summary": "summary",
        "email": "contact.email",
        "phone": "contact.phone",
        "url": "contact.url",
        "location": "location",
        "profiles": "links",
    },
    "work": {
        "position": "title",
        "name": "company",
        "summary": "description",
        "highlights": "highlights",
        "startDate": "start",
        "endDate": "end",
    },
    "education": {"institution": "institution", "startDate": "start", "endDate": "end"},
}

# Names people write for a JSON Resume key, taken from LinkedIn's and other résumé formats'
# vocabulary; too far from the real key for a spelling suggestion to find it.
ALIASES: dict[str, dict[str, str]] = {
    "basics": {
        "headline": "label",
        "title": "label",
        "tagline": "label",
        "photo": "image",
        "avatar": "image",
        "about": "summary",
        "bio": "summary",
        "phoneNumber": "phone",
        "social": "profiles",
    },
    "work": {
        "title": "position",
        "role": "position",
        "jobTitle": "position",
        "employer": "name",
        "organization": "name",
        "start": "startDate",
        "end": "endDate",
        "achievements": "highlights",
    },
    "education": {
        "school": "institution",
        "university": "institution",
        "degree": "studyType",
        "major": "area",
        "start": "startDate",
        "end": "endDate",
    },
    "skills": {"skills": "keywords", "items": "keywords"},
    "": {"experience": "work", "skill": "skills", "recommendations": "references"},
}

# Section names written in another language: too far from the English key for a spelling
# suggestion, and the section they hold must not be reported missing.
ALIASES[""].update(
    {
        "basic": "basics",
        "Basics": "basics",
        "bildung": "education",
        "Bildung": "education",
        "ausbildung": "education",
        "Ausbildung": "education",
        "berufserfahrung": "work",
        "Berufserfahrung": "work",
        "erfahrung": "work",
        "Erfahrung": "work",
        "kenntnisse": "skills",
        "Kenntnisse": "skills",
        "fähigkeiten": "skills",
        "experiencia": "work",
        "experiencia_profesional": "work",
        "educacion": "education",
        "educación": "education",
        "formacion": "education",
        "formación": "education",
        "habilidades": "skills",
        "proyectos": "projects",
        "expérience": "work",
        "experience_professionnelle": "work",
        "formation": "education",
        "compétences": "skills",
        "competences": "skills",
        "projets": "projects",
        "esperienza": "work",
        "esperienze": "work",
        "istruzione": "education",
        "competenze": "skills",
        "progetti": "projects",
        "experiência": "work",
        "experiencia_profissional": "work",
        "formação": "education",
        "educação": "education",
        "habilidades_tecnicas": "skills",
        "projetos": "projects",
    }
)

# Keys that carry a birth date in the wild (the schema has none): read so that PRV001 can
# say it is published, never reported as ignored.
BIRTH_DATE_KEYS = (
    "birthDate",
    "birthdate",
    "birth_date",
    "dateOfBirth",
    "date_of_birth",
    "Date of Birth",
    "dob",
    "DOB",
    "birthday",
    "fechaNacimiento",
    "fecha_nacimiento",
    "geburtsdatum",
    "Geburtsdatum",
    "dataNascimento",
    "dateDeNaissance",
)

# A reference's own contact details, as résumés list them (third-party data for PRV001).
REFERENCE_CONTACT_KEYS = ("phone", "email", "tel", "mobile", "telephone", "contact")

# Keys résumé tools add to JSON Resume files; profilelint ignores them without a word.
TOOL_KEYS: dict[str, frozenset[str]] = {
    "": frozenset({"selectedTemplate", "headings", "sections", "$id", "metaTheme"}),
    "*": frozenset({"id", "visible", "isActive", "pinned"}),
}

# What tools call a role's or project's keywords (reorx/jsoncv "technologies", portfolio
# templates "techs" and "stack"): read as keywords, not reported as ignored.
KEYWORD_KEYS = ("technologies", "techs", "stack", "tech", "tools")
