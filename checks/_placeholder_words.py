"""Placeholder markers left behind by résumé templates, form builders and mail-merge tools.

Sources: the markers of popular résumé templates (Microsoft Office and Google Docs résumé
templates: "[Your Name]", "[Company Name]", "Job Title here"), mail-merge and templating
syntax (Mailchimp ``*|FNAME|*``, Mustache/Handlebars ``{{name}}``, JavaScript ``${title}``,
LinkedIn InMail ``{firstName}``), and the code-comment markers TODO, FIXME and TBD.
"""

from __future__ import annotations

# Words a bracketed instruction starts with: "[Your name]", "<insert title>", "[tu nombre]".
BRACKET_OPENERS = (
    "your",
    "insert",
    "enter",
    "add",
    "type",
    "write",
    "fill in",
    "put",
    "replace",
    "tu",
    "tus",
    "inserte",
    "insertar",
    "introduce",
    "escribe",
    "añade",
    "aquí",
    "dein",
    "deine",
    "ihr",
    "ihre",
    "hier",
    "din",
    "ditt",
    "dine",
    "sett inn",
    "skriv",
    "votre",
    "vos",
    "ton",
    "insérer",
    "saisissez",
    "indiquez",
    "seu",
    "sua",
    "teu",
    "tua",
    "insira",
    "digite",
    "twoje",
    "twój",
    "twoja",
    "wpisz",
    "wstaw",
)

# Bracketed nouns that are a placeholder on their own: "[Name]", "<Company>", "[Ciudad]".
BRACKET_NOUNS = (
    "name",
    "first name",
    "last name",
    "full name",
    "firstname",
    "lastname",
    "surname",
    "company",
    "company name",
    "employer",
    "organisation",
    "organization",
    "job title",
    "title",
    "position",
    "role",
    "department",
    "city",
    "country",
    "state",
    "location",
    "address",
    "phone",
    "phone number",
    "email",
    "e-mail",
    "email address",
    "date",
    "start date",
    "end date",
    "year",
    "month",
    "school",
    "school name",
    "university",
    "degree",
    "field of study",
    "skill",
    "skills",
    "url",
    "website",
    "link",
    "username",
    "placeholder",
    "description",
    "text",
    "nombre",
    "apellido",
    "apellidos",
    "empresa",
    "cargo",
    "puesto",
    "ciudad",
    "país",
    "fecha",
    "año",
    "teléfono",
    "correo",
    "universidad",
    "título",
    "vorname",
    "nachname",
    "firma",
    "unternehmen",
    "stelle",
    "stadt",
    "ort",
    "datum",
    "jahr",
    "telefon",
    "navn",
    "fornavn",
    "etternavn",
    "stilling",
    "sted",
    "dato",
    "år",
    "nom",
    "prénom",
    "entreprise",
    "poste",
    "ville",
    "nome",
    "sobrenome",
    "nome completo",
    "cidade",
    "telefone",
    "imię",
    "nazwisko",
    "imię i nazwisko",
    "stanowisko",
    "miasto",
    "nazwa firmy",
)

# Whole-field values that are a template's label, not content (case-insensitive).
WHOLE_FIELD = (
    "company name",
    "your company",
    "employer name",
    "job title",
    "your title",
    "position title",
    "title",
    "your name",
    "full name",
    "first name last name",
    "firstname lastname",
    "first last",
    "your city",
    "city, country",
    "city, state",
    "school name",
    "university name",
    "institution name",
    "field of study",
    "username",
    "your username",
    "description",
    "summary",
    "headline",
    "nombre apellido",
    "nombre y apellidos",
    "tu nombre",
    "nombre de la empresa",
    "vorname nachname",
    "firmenname",
    "fornavn etternavn",
    "navn på bedrift",
    "nome da empresa",
    "nome completo",
    "nome sobrenome",
    "nom de l'entreprise",
    "nom prénom",
    "prénom nom",
    "intitulé du poste",
    "nazwa firmy",
    "imię i nazwisko",
    "imię nazwisko",
    "nazwa stanowiska",
    "add more",
    "enter image url",
    "image url",
    "company name here",
    "organization",
    "description…",
    "reference…",
)

# Chinese résumé-template labels in 【】 brackets: "【姓名】", "【公司名称】" (from common Word and
# WPS résumé templates).
CJK_NOUNS = (
    "姓名",
    "名字",
    "你的",
    "您的",
    "公司",
    "职位",
    "岗位",
    "电话",
    "手机",
    "邮箱",
    "学校",
    "专业",
    "城市",
    "日期",
    "时间",
    "填写",
    "请输入",
)

# Windows environment variables a system administrator may name: "%PATH%" is not mail merge
# (Microsoft's "Recognized environment variables" list).
WINDOWS_VARIABLES = frozenset(
    """
    PATH PATHEXT TEMP TMP APPDATA LOCALAPPDATA PROGRAMDATA PROGRAMFILES USERPROFILE
    SYSTEMROOT SYSTEMDRIVE WINDIR HOMEDRIVE HOMEPATH COMPUTERNAME USERDOMAIN COMSPEC
    ERRORLEVEL PUBLIC ALLUSERSPROFILE LOGONSERVER OS PROCESSOR_ARCHITECTURE
    """.split()
)

# Words next to "lorem ipsum" that make it the name of a thing about filler text
# ("a lorem ipsum generator", "Lorem Ipsum Ltd") rather than the filler itself.
LOREM_CONTEXT = frozenset(
    """
    generator generators generate generates generating generated text texts placeholder
    placeholders filler plugin extension api library package tool tools app style fake random
    ltd llc inc gmbh ag as asa ab oy sa sl srl bv spa sp lda ltda co corp company studio
    agency design media
    """.split()
)

# Nouns that make "TODO" the name of a to-do application: "a TODO list app", "TODO app".
TODO_NOUNS = frozenset(
    "list lists app apps application manager tracker items item mvc api service clone".split()
)

# Words that make "XXX" a Roman numeral (the 30th congress, Super Bowl XXX), not a marker.
ROMAN_CONTEXT = frozenset(
    """
    congress congreso congresso kongress congrès conference conferencia conferenza
    konferenz jornadas jornada edition edición edizione ausgabe symposium simposio
    simposium seminar seminario encuentro reunión meeting workshop taller festival
    tagung legislatura legislature bowl olympiad olimpiada olympics olympiade juegos
    century siglo siglos secolo jahrhundert siècle annual anual assembly asamblea
    summit cumbre convention convención semana week premio prize award session sesión
    """.split()
)
