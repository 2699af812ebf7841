"""Word lists for the skills rules.

ALIASES: the short and long names people use for one skill, each group written as found in
job ads and vendors' own documentation (kubernetes.io uses "K8s"; postgresql.org "Postgres";
go.dev "Golang" for search).  Matching is case-insensitive and ignores spaces, dots and
hyphens inside a name, so "NodeJS" and "node.js" need no entry of their own.

EVIDENCE: words that show a soft skill in use without naming it ("led a team" shows
leadership), kept short: each entry must be something only that skill explains.

STOP_WORDS and GENERIC_WORDS: small function-word lists (English, Spanish, Portuguese,
French, German, Norwegian, Swedish, Dutch, Italian, from the languages' standard stop-word
lists) and the generic activity nouns that trail a skill's subject ("API design",
"Kundenbetreuung" aside), plus the vendor and region names that precede a product or a
standard ("Adobe Photoshop", "US GAAP"); a multi-word skill is shown when its other words are.

LANGUAGE_NAMES and LANGUAGE_GROUPS: spoken languages listed as skills, and the group names
that hold them; a language is not something a role description shows, so SKL005 skips them.
Names in English and in the languages themselves (ISO 639 names, and each language's own
name for itself and for English), plus their German and Spanish names.
"""

from __future__ import annotations

ALIASES: tuple[tuple[str, ...], ...] = (
    ("JavaScript", "JS", "ECMAScript"),
    ("TypeScript", "TS"),
    ("Kubernetes", "K8s"),
    ("PostgreSQL", "Postgres", "psql"),
    ("Go", "Golang"),
    ("Node.js", "Node"),
    ("React", "React.js", "ReactJS"),
    ("Vue", "Vue.js"),
    ("Angular", "AngularJS"),
    ("C#", "CSharp", "C Sharp"),
    ("C++", "CPP"),
    (".NET", "dotnet", "ASP.NET", ".NET Core"),
    ("Objective-C", "ObjC"),
    ("MongoDB", "Mongo"),
    ("Elasticsearch", "Elastic", "ELK"),
    ("Amazon Web Services", "AWS"),
    ("Google Cloud Platform", "Google Cloud", "GCP"),
    ("Microsoft Azure", "Azure"),
    ("Amazon S3", "S3"),
    ("Machine learning", "ML"),
    ("Artificial intelligence", "AI"),
    ("Natural language processing", "NLP"),
    ("Continuous integration", "CI", "CI/CD"),
    ("Continuous delivery", "CD", "CI/CD"),
    ("Test-driven development", "TDD"),
    ("Search engine optimization", "Search engine optimisation", "SEO"),
    ("User experience", "UX"),
    ("User interface", "UI"),
    ("Microsoft Excel", "MS Excel", "Excel"),
    ("Power BI", "PowerBI"),
    ("Tailwind CSS", "Tailwind"),
    ("Sass", "SCSS"),
    ("REST", "RESTful", "REST API", "REST APIs"),
    ("Google Analytics", "GA4"),
    ("Customer relationship management", "CRM"),
    ("Enterprise resource planning", "ERP"),
    ("Search engine marketing", "SEM"),
    ("Key performance indicators", "KPI", "KPIs"),
    ("Web application firewall", "WAF", "Web application firewalls"),
    ("Web application and API protection", "WAAP", "Web App and API Protection"),
    ("CI/CD", "CICD", "Continuous integration and continuous deployment",
     "Continuous Integration Continuous Deployment", "Continous Integration Continuous Deployment"),
    # The same skill named in the profile's own language (translations as in Wiktionary):
    # an English skill list beside Portuguese or Spanish roles.
    ("Scalability", "Escalabilidade", "Escalabilidad", "Skalierbarkeit", "Scalabilité"),
    ("Integration testing", "Testes de integração", "Pruebas de integración", "Integrationstests"),
    ("Performance tuning", "Otimização de performance", "Melhoria de performance",
     "Optimización del rendimiento", "Performance-Optimierung"),
    ("Monitoring", "Monitoramento", "Monitorización", "Monitoreo", "Observabilidade",
     "Observability", "Überwachung"),
)  # fmt: skip

#: Words that stand for each other inside a skill's name (synonyms in the dictionaries of the
#: Real Academia Española and Priberam): "Cortes de cabello" is shown by "cortes de pelo".
WORD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "cabello": ("pelo",),
    "pelo": ("cabello",),
    "orejas": ("oídos", "oido", "oidos"),
    "oídos": ("orejas",),
    "cabelo": ("pelo",),
}

#: Skill (case-folded) -> words that show it in use.
EVIDENCE: dict[str, tuple[str, ...]] = {
    "leadership": ("lead", "led", "leading", "leader", "manage", "managed", "managing"),
    "team leadership": ("lead", "led", "leading", "leader", "manage", "managed", "managing"),
    "people management": ("lead", "led", "manage", "managed", "managing", "reports"),
    "mentoring": ("mentor", "mentored", "mentees", "coach", "coached", "coaching"),
    "coaching": ("coach", "coached", "mentor", "mentored"),
    "public speaking": ("talk", "talks", "keynote", "speaker", "spoke", "presented"),
    "teaching": ("taught", "teach", "lecturer", "instructor", "trained"),
    "recruiting": ("hired", "hiring", "recruited"),
    "hiring": ("hired", "recruited", "recruiting"),
    "negotiation": ("negotiated", "negotiating"),
    "sql": ("postgresql", "postgres", "mysql", "sqlite", "mariadb", "t-sql", "pl/sql", "tsql"),
    "agile": ("scrum", "kanban", "sprint", "sprints"),
    "microsoft office": ("word", "excel", "powerpoint", "outlook"),
    "ms office": ("word", "excel", "powerpoint", "outlook"),
    "microsoft 365": ("word", "excel", "powerpoint", "outlook", "sharepoint", "teams"),
}

STOP_WORDS: frozenset[str] = frozenset(
    """
    a an and the of for in on with to at by from or as via
    de del la las el los y e en con para por o da do dos das em com
    et du des le les au aux pour avec
    und der die das den dem von mit für im zu
    og i av for med til på
    och för på
    en van het voor met
    di e il la per con
    al
    i w z na do dla od oraz
    """.split()
)

GENERIC_WORDS: frozenset[str] = frozenset(
    """
    design development engineering management testing programming analysis skills skill
    planning strategy operations services systems administration architecture implementation
    diseño desarrollo gestión análisis planificación pruebas
    conception développement gestion analyse
    entwicklung planung analyse verwaltung
    utvikling planlegging analyse ledelse
    zarządzanie analiza planowanie projektowanie rozwój
    adobe microsoft ms google amazon apple meta autodesk apache
    us uk eu
    """.split()
)

#: The same generic nouns in Chinese and Japanese, matched as parts of a CJK skill name.
CJK_GENERIC: frozenset[str] = frozenset(
    {"管理", "开发", "開発", "设计", "設計", "分析", "规划", "测试"}
)

#: Spoken languages (case-folded), as a skill list names them.
LANGUAGE_NAMES: frozenset[str] = frozenset(
    """
    english spanish german french italian portuguese dutch norwegian swedish danish finnish
    icelandic polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian
    arabic hebrew persian farsi urdu hindi bengali punjabi tamil telugu marathi gujarati
    chinese mandarin cantonese japanese korean vietnamese thai indonesian malay tagalog
    filipino swahili amharic catalan basque galician serbian croatian bosnian slovenian
    lithuanian latvian estonian afrikaans
    español inglés alemán francés italiano portugués catalán chino árabe ruso japonés
    deutsch englisch spanisch französisch italienisch polnisch russisch chinesisch türkisch
    arabisch niederländisch
    norsk engelsk tysk fransk spansk svensk dansk
    polski angielski niemiecki hiszpański francuski rosyjski ukraiński
    中文 汉语 普通话 英语 日语 韩语 粤语 德语 法语 西班牙语
    """.split()
)

#: Group names (case-folded) of a skill list that holds spoken languages.
LANGUAGE_GROUPS: frozenset[str] = frozenset(
    {
        *("languages", "language", "spoken languages", "language skills", "idiomas", "idioma"),
        *("lenguas", "sprachen", "sprachkenntnisse", "fremdsprachen", "språk"),
        *("språkkunnskaper", "języki", "języki obce", "langues", "lingue", "语言", "外语"),
    }
)
