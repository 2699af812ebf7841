"""Word lists for the headline rules (data only, lower case)."""

from __future__ import annotations


def _split(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Job-title words: the head nouns and the area words of the detailed occupation titles in the
# US Bureau of Labor Statistics' 2018 Standard Occupational Classification
# (https://www.bls.gov/soc/2018/major_groups.htm; O*NET-SOC uses the same titles), singular,
# plus the technology and start-up titles the SOC files under broader occupations.  A headline
# made of these words alone names a job, not what the person does or for whom.
TITLE_WORDS = _split(
    """
    engineer developer programmer coder analyst manager director officer executive president
    founder cofounder co-founder owner partner consultant advisor adviser specialist
    coordinator administrator admin architect designer scientist researcher technician
    technologist associate assistant representative rep agent accountant auditor bookkeeper
    clerk lawyer attorney solicitor barrister paralegal counsel nurse physician doctor surgeon
    dentist pharmacist therapist teacher lecturer professor instructor tutor trainer coach
    mentor writer copywriter editor author journalist reporter producer marketer recruiter
    salesperson seller operator supervisor superintendent inspector planner buyer controller
    comptroller treasurer economist statistician mathematician actuary chemist physicist
    biologist psychologist counselor counsellor worker mechanic electrician plumber carpenter
    welder driver pilot chef cook photographer videographer artist illustrator animator
    strategist generalist intern trainee apprentice student graduate freelancer contractor
    entrepreneur evangelist advocate practitioner professional chair chairman chairwoman
    chairperson secretary member investor speaker expert head lead leader steward owner
    estimator surveyor underwriter adjuster broker banker trader paramedic midwife caregiver
    librarian archivist curator translator interpreter officer clinician veterinarian
    ceo cto cfo coo cmo cio ciso cpo cro cdo chro cso vp svp evp avp md gm hrbp pm pmo tpm
    sdr bdr ae csm rn np pa cpa cfa pmp mba phd msc bsc ba bs ma mphil
    software hardware data product project program programme marketing sales business
    account accounts customer client success support service services operations ops finance
    financial accounting human resources people talent acquisition technical technology tech
    information security cyber cybersecurity network networks systems system computer web
    frontend front-end backend back-end full-stack fullstack full stack mobile ios android cloud
    devops platform infrastructure site reliability quality assurance test testing qa research
    development r&d design graphic ux ui user experience interaction visual content digital
    social media communications communication public relations pr brand growth performance
    supply chain logistics procurement purchasing legal compliance risk regulatory clinical
    medical health civil mechanical electrical electronics chemical industrial manufacturing
    process production construction environmental structural machine learning ml ai
    artificial intelligence database solutions solution enterprise integration
    implementation application applications embedded firmware game office administrative
    regional area district national global international branch store retail field territory
    key partnerships channel investment portfolio wealth tax audit payroll benefits
    compensation training instructional curriculum teaching care healthcare dental
    veterinary real estate property insurance claims underwriting credit loan mortgage bank
    banking events event facilities facility maintenance safety hr it bi analytics insights
    policy affairs creative art innovation strategy transformation fundraising development
    engineering science scientific java python javascript typescript react .net net
    management actor actress bartender barista waiter waitress cashier receptionist dancer
    musician singer firefighter nanny sde sdet swe sse engr
    aca acca fcca cima ican cipd ccna ccnp mbbs mrcp frcs llb llm jd ceng coren
    """
)

# Seniority, status and filler words that sit around a title without saying anything more.
SENIORITY_WORDS = _split(
    """
    senior sr junior jr lead principal staff chief head associate assistant deputy vice
    executive managing general interim acting fractional former ex aspiring experienced
    seasoned licensed registered certified chartered i ii iii iv v level entry mid mid-level
    freelance independent self-employed remote contract part-time full-time current currently
    sénior júnior leitender leitende stellvertretender stellvertretende jefe jefa adjunto
    adjunta principal-level
    """
)

# Job-title words in other languages (Spanish, Portuguese, German, French, Norwegian, Swedish,
# Dutch, Italian, Polish), with their gendered forms.  German, Dutch and
# Scandinavian compounds ("Softwareentwickler") are caught by TITLE_SUFFIXES.
FOREIGN_TITLE_WORDS = _split(
    """
    ingeniero ingeniera desarrollador desarrolladora programador programadora analista
    gerente director directora jefe jefa consultor consultora diseñador diseñadora abogado
    abogada contador contadora responsable técnico técnica especialista coordinador
    coordinadora asesor asesora fundador fundadora socio socia profesor profesora
    entwickler entwicklerin ingenieur ingenieurin berater beraterin leiter leiterin
    geschäftsführer geschäftsführerin informatiker informatikerin projektleiter
    projektleiterin gründer gründerin inhaber inhaberin referent referentin
    développeur développeuse ingénieur ingénieure chef directeur directrice consultant
    consultante chargé chargée analyste gestionnaire fondateur fondatrice associé associée
    utvikler systemutvikler ingeniør rådgiver leder daglig konsulent sjef prosjektleder
    gründer utvecklare systemutvecklare ingenjör konsult chef projektledare grundare
    ontwikkelaar projectleider adviseur medewerker beheerder oprichter eigenaar
    engenheiro engenheira desenvolvedor desenvolvedora diretor diretora analista
    sviluppatore sviluppatrice ingegnere responsabile direttore direttrice consulente
    programmatore programmatrice fondatore fondatrice titolare
    datos dados daten données dati ventas vendas vertrieb ventes vendite redes
    estudiante ingeniería informática proyecto proyectos sênior projeto projetos estudante
    werkstudent werkstudentin praktikant praktikantin studentin auszubildende auszubildender
    azubi projet étudiant étudiante stagiaire alternant alternante sykepleier lærer lege
    stipendiat stagiair verpleegkundige docent
    programista programistka inżynier inżynierka starszy starsza młodszy młodsza kierownik
    kierowniczka specjalista specjalistka analityk analityczka dyrektor dyrektorka prezes
    prezeska właściciel właścicielka założyciel założycielka konsultant konsultantka
    projektant projektantka oprogramowania projektu danych sprzedaży studentka stażysta
    stażystka
    investigador investigadora arquitecto arquitecta arquiteto arquiteta advogado advogada
    enfermero enfermera enfermeiro enfermeira médico médica docente maestro maestra
    peluquero peluquera contable contadora administrativo administrativa auxiliar
    laboralista penalista fiscal tributario tributaria tributário tributária judicial
    jurídico jurídica mercantil civil comercial financiero financiera financeiro financeira
    sistemas sistema soluciones soluções software canino canina
    """
)

# Endings of compound title words: "Softwareentwickler", "Systemutvecklare", "Projektleiterin".
TITLE_SUFFIXES = (
    "entwickler",
    "entwicklerin",
    "ingenieur",
    "ingenieurin",
    "berater",
    "beraterin",
    "leiter",
    "leiterin",
    "manager",
    "managerin",
    "utvikler",
    "utvecklare",
    "ontwikkelaar",
    "rådgiver",
    "leder",
    "ledare",
    "ingeniør",
    "ingenjör",
    "konsulent",
    "konsult",
    "engineer",
    "developer",
)

# Words after which capitalised words name an employer ("at Northwind Traders", "en
# Telefónica", "bei der Deutschen Bahn", "Geschäftsführerin der Müller GmbH", "Daglig leder i
# Kvåle AS", "Eigenaar van Bakkerij De Vries", "Programista w Allegro").  "for" is left out:
# it introduces an audience (AUDIENCE_WORDS).  "i" counts only in lower case (English "I").
EMPLOYER_CONNECTORS = _split("at bei der des chez en hos på i vid bij van na no em presso ved w")
# Words that introduce an audience or a domain: whatever follows says for whom ("Accountant for
# freelancers", "Diseñadora para clínicas", "Berater für Arztpraxen").
AUDIENCE_WORDS = _split("for para für pour voor per dla för")
ARTICLES = _split("the der die das dem den de het la le el o a l'")
# Words allowed inside a multi-word employer name: "Bank of America", "Banco de Chile".
NAME_JOINERS = _split("of de del du der und and & y et for da do")

# Connectors, separators and function words; removing them loses nothing a reader needs.
FUNCTION_WORDS = _split(
    """
    at @ | · • - – — / & + and or of in on to with from by as a an the for
    de del la el los las y e en em da do das dos na no com para
    bei der die das den dem des und von zu im am für mit
    chez du le les l d et au aux à pour avec
    hos i og for på med av ved och för
    bij van het een voor met
    presso di il lo gli al per con
    inc llc ltd gmbh ag sa as asa ab bv nv plc corp corporation co company group holding
    sl srl spa oy
    """
)

# Openings of a headline that announce a job search, English first.  HDL006 is not limited
# to English because these phrases are used as-is in every language's profiles ("Open to
# work" is LinkedIn's own wording everywhere) and the other languages' phrases are listed.
SEEKING_OPENINGS = (
    r"#?open\s*to\s*work",
    r"open\s+(?:to|for)\s+(?:new\s+)?(?:opportunities|roles|positions|work|employment|challenges)",
    r"(?:actively\s+)?(?:seeking|looking\s+for)\b(?:\W+\w+){0,5}?\W+"
    r"(?:opportunit\w*|roles?|positions?|jobs?|employment|work|internships?|challenges?)\b",
    r"available\s+for\s+(?:new\s+)?(?:opportunities|roles|hire|work)",
    r"(?:currently\s+)?unemployed",
    r"job\s*(?:seeker|seeking|hunting)",
    r"(?:in\s+)?between\s+(?:jobs|roles|positions)",
    r"available\s+immediately",
    r"(?:recently\s+)?laid\s+off",
    # Spanish, Portuguese
    r"(?:buscando|busco)\s+(?:empleo|trabajo|nuevas\s+oportunidades|oportunidades)",
    r"en\s+b[uú]squeda\s+(?:de\s+empleo|activa)",
    r"desemplead[oa]|desempregad[oa]",
    r"abiert[oa]\s+a\s+(?:nuevas\s+)?oportunidades",
    r"em\s+busca\s+de\s+(?:novas\s+oportunidades|emprego|recoloca[cç][aã]o)",
    r"[àa]\s+procura\s+de\s+(?:emprego|novas\s+oportunidades)",
    r"abert[oa]\s+a\s+(?:novas\s+)?oportunidades",
    # German
    r"auf\s+(?:der\s+)?(?:jobsuche|stellensuche)",
    r"arbeitssuchend|jobsuchend",
    r"offen\s+f[üu]r\s+neue\s+(?:herausforderungen|aufgaben|jobs|stellen)",
    r"auf\s+der\s+suche\s+nach\s+(?:einer\s+|einem\s+)?(?:neuen\s+)?"
    r"(?:herausforderung|stelle|job|position)",
    # French
    r"(?:[àa]\s+la\s+recherche|en\s+recherche)\s+(?:d['’]\s*(?:un\s+)?(?:emploi|poste)|active)",
    r"demandeu(?:r|se)\s+d['’]\s*emploi",
    r"ouverte?\s+aux\s+(?:nouvelles\s+)?opportunit[ée]s",
    # Norwegian, Swedish
    r"ser\s+etter\s+(?:ny\s+)?jobb",
    r"jobbs[øo]kende|arbeidss[øo]kende|arbetss[öo]kande",
    r"[åa]pen\s+for\s+nye\s+muligheter|[öo]ppen\s+f[öo]r\s+nya\s+m[öo]jligheter",
    r"s[öo]ker\s+(?:nytt\s+)?(?:jobb|arbete)",
    # Dutch
    r"op\s+zoek\s+naar\s+(?:een\s+)?(?:nieuwe\s+)?(?:baan|uitdaging|functie)",
    r"werkzoekend",
    # Italian
    r"(?:in\s+cerca|alla\s+ricerca)\s+di\s+(?:lavoro|nuove\s+opportunit[àa]|occupazione)",
    r"disoccupat[oa]",
    r"apert[oa]\s+a\s+nuove\s+opportunit[àa]",
    # Polish
    r"(?:szukam|poszukuj[eę])\s+(?:nowej\s+)?pracy",
    r"otwart[aey]\s+na\s+(?:nowe\s+)?(?:mo[żz]liwo[śs]ci|oferty|wyzwania)",
)
