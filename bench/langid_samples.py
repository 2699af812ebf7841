# ruff: noqa: E501
"""A labelled set of short profile fields for bench/bench_langid.py.

Every text is fictional and written for this bench: headlines (3-10 words), one-sentence role
descriptions and summaries of two to four sentences, in the languages profiles are written in,
plus hard cases.  Each item is ``(language, kind, text)``; ``language`` is the ISO 639-1 code a
detector should answer (Norwegian is ``"no"``), ``kind`` one of ``headline``, ``role``,
``summary``, ``en-foreign-names`` (English full of foreign names, places and tech terms),
``foreign-en-terms`` (another language full of English tech terms) and ``threshold`` (right at
``MIN_WORDS``/``MIN_LETTERS``: four words and about twenty letters).
"""

from __future__ import annotations

SAMPLES: list[tuple[str, str, str]] = []


def _add(language: str, kind: str, texts: str) -> None:
    SAMPLES.extend((language, kind, t.strip()) for t in texts.strip().split("\n") if t.strip())


_add(
    "en",
    "headline",
    """
Helping small bakeries sell more through simple online ordering
Backend engineer who likes boring, reliable systems
Registered nurse turned clinical informatics lead
I teach accountants to automate their month-end close
Procurement manager for hospitals and care homes
Building safer bike lanes with city planners
Former teacher, now designing learning apps for adults
Freelance copywriter for outdoor and travel brands
Warehouse operations lead cutting delivery times in half
Grant writer for rural libraries and food banks
Mobile developer shipping apps people actually open
Recruiter matching electricians with solar installers
""",
)
_add(
    "en",
    "role",
    """
I led a team of six that rebuilt the checkout flow and lifted conversion by a fifth.
Managed the night shift on a surgical ward with thirty beds and two new graduates each month.
Wrote and tested the firmware for a low-cost soil moisture sensor used by family farms.
Ran the spring fundraising campaign, which brought in more donors than the previous three years.
Negotiated freight contracts with eleven carriers and reduced late deliveries noticeably.
Designed the onboarding emails that new customers read during their first two weeks.
Answered support tickets, wrote help articles and trained the new hires on our billing tool.
Planned weekly menus for a school kitchen that serves four hundred children every day.
Kept the payroll for three restaurants accurate, on time and ready for every audit.
Built the reporting dashboards that the sales directors check every Monday morning.
""",
)
_add(
    "en",
    "summary",
    """
I have spent nine years making software for clinics that cannot afford a large IT team. Most of my work is in scheduling and billing, where a small fix saves hours every week. I like talking to the receptionists as much as to the doctors.
After a decade in retail I moved into supply chain planning. I now forecast demand for a grocery chain with sixty stores and try to keep both waste and empty shelves low.
I am a product designer who cares about forms, error messages and everything else people skip in design reviews. My best projects made a boring task take half the time. I work closely with engineers and usually prototype in code.
I coach first-time managers in nonprofits. We work on hard conversations, delegation and planning a week that leaves room for thinking. Most of my clients stay in touch long after we finish.
I run a two-person studio that builds websites for architects and landscape firms. We write the copy, take the photos and look after the sites for years. Referrals bring us almost all our work.
Electrical engineer with a background in railway signalling. I review designs, write test plans and spend a good part of each month on site with the installation crews.
I started as a bookkeeper and now lead finance for a software company with ninety people. I enjoy building simple processes that survive audits and busy seasons alike.
I teach secondary school chemistry and write lab guides that other teachers borrow. Outside school I run a weekend science club for kids who do not like science yet.
""",
)
_add(
    "en",
    "en-foreign-names",
    """
Software engineer at Zalando in Berlin, previously at Telefónica in Madrid and Nubank in São Paulo.
I moved from Kraków to Amsterdam to join Booking.com, where I work on Kubernetes, Terraform and Kafka.
Data scientist at Rakuten in Tokyo, building recommendation models with PyTorch and BigQuery.
Product manager for Mercado Libre in Buenos Aires and Montevideo
Frontend developer at Schwarz IT in Neckarsulm, working with React, TypeScript and Next.js
Former consultant at Capgemini Lyon, now leading DevOps at Klarna in Stockholm.
I grew up in Guadalajara, studied at the Universidad de Guanajuato and now build APIs in Toronto.
Cloud architect for Deutsche Telekom and Swisscom, certified in AWS, Azure and GCP.
Logistics analyst at Maersk in Copenhagen and DSV in Hedehusene, using SQL, Power BI and Python.
Hiring engineers in Łódź, Wrocław and Gdańsk for our Go and Rust platform team.
I help startups in Jakarta, Bandung and Surabaya set up CI/CD with GitHub Actions and Docker.
Machine learning engineer at Yandex in Moscow, then ING in Amsterdam, now freelance in Lisbon.
Worked with Björn Ødegård and Søren Kierkegaard Jensen on the Equinor data platform in Stavanger.
QA lead at Trendyol in Istanbul, automating tests with Selenium, Playwright and Cypress.
Sales director for Natura &Co, Ambev and Itaú Unibanco across Brazil and Portugal.
Backend developer at Allegro in Poznań: Java, Spring Boot, Kafka, Elasticsearch and PostgreSQL.
""",
)

_add(
    "es",
    "headline",
    """
Ayudo a panaderías pequeñas a vender más por internet
Ingeniero de backend que prefiere sistemas aburridos y fiables
Enfermera especializada en cuidados intensivos pediátricos
Enseño a contables a automatizar el cierre de mes
Responsable de compras para hospitales y residencias
Diseñando carriles bici más seguros con los ayuntamientos
Antiguo profesor, ahora creo aplicaciones de aprendizaje
Redactora publicitaria para marcas de viajes y montaña
Jefe de almacén que redujo a la mitad los plazos de entrega
Abogada de familia en Sevilla y Córdoba
Desarrollador de aplicaciones móviles para bancos regionales
Busco nuevas oportunidades en gestión de proyectos
""",
)
_add(
    "es",
    "role",
    """
Dirigí un equipo de seis personas que rehízo el proceso de pago y aumentó las ventas.
Coordiné el turno de noche de una planta quirúrgica con treinta camas.
Escribí y probé el programa de un sensor de humedad barato para pequeños agricultores.
Organicé la campaña de donaciones de primavera, que atrajo más socios que nunca.
Negocié contratos de transporte con once empresas y reduje los retrasos en las entregas.
Atendí consultas de clientes, redacté artículos de ayuda y formé a los nuevos compañeros.
Planifiqué los menús semanales de un comedor escolar que sirve a cuatrocientos niños.
Llevé las nóminas de tres restaurantes sin errores y siempre a tiempo.
Preparé los informes que la dirección comercial revisa cada lunes por la mañana.
Traduje manuales técnicos del inglés y del alemán para una empresa de maquinaria agrícola.
""",
)
_add(
    "es",
    "summary",
    """
Llevo nueve años creando programas para clínicas que no pueden pagar un gran departamento de informática. Casi todo mi trabajo es de citas y facturación, donde un pequeño cambio ahorra horas cada semana.
Después de diez años en el comercio minorista me pasé a la planificación de la cadena de suministro. Ahora calculo la demanda de una cadena de supermercados con sesenta tiendas e intento que no sobre ni falte nada.
Soy diseñadora de producto y me importan los formularios, los mensajes de error y todo lo que nadie mira en las revisiones. Mis mejores proyectos consiguieron que una tarea pesada llevara la mitad de tiempo.
Acompaño a personas que dirigen equipos por primera vez en organizaciones sin ánimo de lucro. Trabajamos las conversaciones difíciles, la delegación y la organización de la semana.
Tengo un pequeño estudio que hace páginas web para arquitectos y paisajistas. Escribimos los textos, hacemos las fotos y cuidamos las páginas durante años.
Ingeniero eléctrico con experiencia en señalización ferroviaria. Reviso proyectos, escribo planes de pruebas y paso buena parte del mes en obra con los equipos de montaje.
Empecé llevando la contabilidad de pequeños negocios y hoy dirijo las finanzas de una empresa de noventa personas. Me gusta crear procesos sencillos que aguanten auditorías.
Soy profesora de química en un instituto y escribo guías de laboratorio que usan otros compañeros. Los fines de semana dirijo un club de ciencia para chavales.
""",
)
_add(
    "es",
    "foreign-en-terms",
    """
Desarrollador full stack con React, Node.js y AWS, trabajando en remoto para una startup de Valencia.
Lidero el equipo de DevOps: migramos todo a Kubernetes y configuramos pipelines de CI/CD con GitHub Actions.
Data engineer en una fintech, construyo pipelines con Airflow, dbt y BigQuery para el equipo de riesgos.
Especialista en SEO y growth marketing para ecommerce, con experiencia en Google Ads y HubSpot.
Product owner de la app móvil, gestiono el backlog en Jira y hago los sprints con el equipo de Scrum.
""",
)

_add(
    "pt",
    "headline",
    """
Ajudo padarias pequenas a vender mais pela internet
Engenheiro de backend que gosta de sistemas simples e estáveis
Enfermeira especialista em terapia intensiva neonatal
Ensino contadores a automatizar o fechamento do mês
Gerente de compras para hospitais e clínicas
Projetando ciclovias mais seguras com as prefeituras
Ex-professor, agora criando aplicativos de ensino para adultos
Redatora publicitária para marcas de turismo e aventura
Coordenador de logística que reduziu os prazos de entrega pela metade
Advogada trabalhista em Belo Horizonte e Contagem
Desenvolvedor de aplicativos para cooperativas de crédito
Em busca de novas oportunidades em gestão de projetos
""",
)
_add(
    "pt",
    "role",
    """
Liderei uma equipe de seis pessoas que refez o fluxo de pagamento e aumentou as vendas.
Coordenei o plantão noturno de uma enfermaria cirúrgica com trinta leitos.
Escrevi e testei o programa de um sensor de umidade barato para pequenos agricultores.
Organizei a campanha de doações da primavera, que trouxe mais doadores do que nunca.
Negociei contratos de frete com onze transportadoras e diminuí os atrasos nas entregas.
Respondi chamados de clientes, escrevi artigos de ajuda e treinei os novos colegas.
Planejei os cardápios semanais de uma cozinha escolar que atende quatrocentas crianças.
Cuidei da folha de pagamento de três restaurantes, sempre sem erros e dentro do prazo.
Montei os relatórios que a diretoria comercial confere toda segunda-feira de manhã.
Traduzi manuais técnicos do inglês e do espanhol para uma fábrica de máquinas agrícolas.
""",
)
_add(
    "pt",
    "summary",
    """
Há nove anos desenvolvo sistemas para clínicas que não têm dinheiro para uma grande equipe de informática. Quase todo o meu trabalho é com agendamento e cobrança, onde uma pequena melhoria economiza horas por semana.
Depois de dez anos no varejo, passei para o planejamento da cadeia de suprimentos. Hoje faço a previsão de demanda de uma rede de supermercados com sessenta lojas.
Sou designer de produto e me preocupo com formulários, mensagens de erro e tudo aquilo que ninguém olha nas revisões. Meus melhores projetos fizeram uma tarefa chata levar metade do tempo.
Acompanho pessoas que assumem a gestão de uma equipe pela primeira vez em organizações sociais. Trabalhamos conversas difíceis, delegação e planejamento da semana.
Tenho um pequeno estúdio que faz sites para arquitetos e paisagistas. Escrevemos os textos, tiramos as fotos e cuidamos dos sites durante anos.
Engenheiro eletricista com experiência em sinalização ferroviária. Reviso projetos, escrevo planos de teste e passo boa parte do mês na obra com as equipes de montagem.
Comecei cuidando da contabilidade de pequenos comércios e hoje dirijo as finanças de uma empresa com noventa funcionários. Gosto de criar processos simples que resistem a auditorias.
Sou professora de química no ensino médio e escrevo roteiros de laboratório que outros colegas usam. Nos fins de semana coordeno um clube de ciências para crianças.
""",
)
_add(
    "pt",
    "foreign-en-terms",
    """
Desenvolvedor full stack com React, Node.js e AWS, trabalhando remoto para uma startup de Recife.
Lidero o time de DevOps: migramos tudo para Kubernetes e configuramos pipelines de CI/CD no GitHub Actions.
Data engineer numa fintech, construo pipelines com Airflow, dbt e BigQuery para o time de crédito.
Especialista em SEO e growth marketing para ecommerce, com experiência em Google Ads e HubSpot.
Product owner do aplicativo, cuido do backlog no Jira e conduzo as sprints com o time de Scrum.
""",
)

_add(
    "fr",
    "headline",
    """
J'aide les petites boulangeries à vendre davantage en ligne
Ingénieur backend qui aime les systèmes simples et fiables
Infirmière spécialisée en réanimation pédiatrique
J'apprends aux comptables à automatiser leur clôture mensuelle
Responsable des achats pour hôpitaux et maisons de retraite
Concevoir des pistes cyclables plus sûres avec les communes
Ancien professeur, je crée des applications de formation
Rédactrice publicitaire pour des marques de voyage et de montagne
Chef d'entrepôt qui a divisé par deux les délais de livraison
Avocate en droit de la famille à Nantes et Rennes
Développeur d'applications mobiles pour les banques régionales
À la recherche de nouvelles opportunités en gestion de projet
""",
)
_add(
    "fr",
    "role",
    """
J'ai dirigé une équipe de six personnes qui a refait le parcours de paiement et augmenté les ventes.
J'ai coordonné l'équipe de nuit d'un service de chirurgie de trente lits.
J'ai écrit et testé le logiciel d'un capteur d'humidité bon marché pour les petits agriculteurs.
J'ai organisé la campagne de dons du printemps, qui a attiré plus de donateurs que jamais.
J'ai négocié les contrats de transport avec onze transporteurs et réduit les retards de livraison.
J'ai répondu aux demandes des clients, rédigé des articles d'aide et formé les nouveaux collègues.
J'ai préparé les menus de la semaine pour une cantine scolaire qui accueille quatre cents enfants.
J'ai géré la paie de trois restaurants, sans erreur et toujours dans les délais.
J'ai construit les tableaux de bord que la direction commerciale consulte chaque lundi matin.
J'ai traduit des manuels techniques de l'anglais et de l'allemand pour un fabricant de machines agricoles.
""",
)
_add(
    "fr",
    "summary",
    """
Depuis neuf ans, je crée des logiciels pour des cabinets médicaux qui n'ont pas les moyens d'avoir une grande équipe informatique. Je travaille surtout sur les rendez-vous et la facturation, où une petite amélioration fait gagner des heures chaque semaine.
Après dix ans dans le commerce, je suis passé à la planification de la chaîne d'approvisionnement. Je prévois aujourd'hui la demande d'une enseigne de soixante supermarchés.
Je suis designer produit et je m'intéresse aux formulaires, aux messages d'erreur et à tout ce que personne ne regarde en revue. Mes meilleurs projets ont réduit de moitié le temps d'une tâche pénible.
J'accompagne des personnes qui encadrent une équipe pour la première fois dans des associations. Nous travaillons les conversations difficiles, la délégation et l'organisation de la semaine.
Je dirige un petit studio qui réalise des sites pour des architectes et des paysagistes. Nous écrivons les textes, prenons les photos et entretenons les sites pendant des années.
Ingénieur électricien, j'ai une expérience de la signalisation ferroviaire. Je relis des études, j'écris des plans d'essais et je passe une bonne partie du mois sur les chantiers.
J'ai commencé par tenir la comptabilité de petits commerces et je dirige aujourd'hui les finances d'une entreprise de quatre-vingt-dix personnes. J'aime les processus simples qui résistent aux audits.
Je suis professeure de chimie au lycée et j'écris des fiches de travaux pratiques que d'autres collègues utilisent. Le week-end, j'anime un club de sciences pour les enfants.
""",
)
_add(
    "fr",
    "foreign-en-terms",
    """
Développeur full stack sur React, Node.js et AWS, en télétravail pour une startup de Bordeaux.
Je dirige l'équipe DevOps : nous avons migré vers Kubernetes et mis en place des pipelines CI/CD avec GitHub Actions.
Data engineer dans une fintech, je construis des pipelines avec Airflow, dbt et BigQuery pour l'équipe risques.
Consultante SEO et growth marketing pour l'e-commerce, avec une expérience de Google Ads et HubSpot.
Product owner de l'application mobile, je gère le backlog dans Jira et j'anime les sprints Scrum.
""",
)

_add(
    "de",
    "headline",
    """
Ich helfe kleinen Bäckereien, online mehr zu verkaufen
Backend-Entwickler mit einer Vorliebe für langweilige, stabile Systeme
Gesundheits- und Kinderkrankenpflegerin auf der Intensivstation
Ich zeige Buchhaltern, wie sie den Monatsabschluss automatisieren
Einkaufsleiter für Krankenhäuser und Pflegeheime
Sicherere Radwege gemeinsam mit den Kommunen planen
Früher Lehrer, heute entwickle ich Lern-Apps für Erwachsene
Texterin für Reise- und Outdoor-Marken
Lagerleiter, der die Lieferzeiten halbiert hat
Fachanwältin für Familienrecht in Köln und Bonn
Entwickler mobiler Apps für Sparkassen und Volksbanken
Auf der Suche nach neuen Aufgaben im Projektmanagement
""",
)
_add(
    "de",
    "role",
    """
Ich habe ein Team von sechs Leuten geleitet, das den Bestellvorgang neu gebaut und den Umsatz gesteigert hat.
Ich habe die Nachtschicht einer chirurgischen Station mit dreißig Betten koordiniert.
Ich habe die Firmware eines günstigen Feuchtesensors für kleine Landwirtschaftsbetriebe geschrieben und getestet.
Ich habe die Spendenkampagne im Frühjahr organisiert, die mehr Spender als je zuvor gewonnen hat.
Ich habe Frachtverträge mit elf Speditionen verhandelt und die Verspätungen deutlich verringert.
Ich habe Kundenanfragen beantwortet, Hilfeartikel geschrieben und neue Kollegen eingearbeitet.
Ich habe die Wochenpläne für eine Schulküche erstellt, die jeden Tag vierhundert Kinder versorgt.
Ich habe die Lohnabrechnung für drei Restaurants fehlerfrei und pünktlich erledigt.
Ich habe die Berichte gebaut, die die Vertriebsleitung jeden Montagmorgen liest.
Ich habe technische Handbücher aus dem Englischen und Französischen für einen Landmaschinenhersteller übersetzt.
""",
)
_add(
    "de",
    "summary",
    """
Seit neun Jahren entwickle ich Software für Arztpraxen, die sich keine große IT-Abteilung leisten können. Meistens geht es um Termine und Abrechnung, wo schon eine kleine Verbesserung jede Woche Stunden spart.
Nach zehn Jahren im Einzelhandel bin ich in die Lieferkettenplanung gewechselt. Heute plane ich den Bedarf einer Supermarktkette mit sechzig Filialen.
Ich bin Produktdesignerin und kümmere mich um Formulare, Fehlermeldungen und alles, was in Reviews niemand ansieht. Meine besten Projekte haben eine lästige Aufgabe um die Hälfte verkürzt.
Ich begleite Menschen, die in gemeinnützigen Organisationen zum ersten Mal ein Team führen. Wir arbeiten an schwierigen Gesprächen, am Delegieren und an der Wochenplanung.
Ich führe ein kleines Büro, das Websites für Architekten und Landschaftsplaner baut. Wir schreiben die Texte, machen die Fotos und betreuen die Seiten über Jahre.
Elektroingenieur mit Erfahrung in der Eisenbahnsignaltechnik. Ich prüfe Planungen, schreibe Prüfpläne und bin einen großen Teil des Monats auf der Baustelle.
Ich habe als Buchhalterin für kleine Geschäfte angefangen und leite heute die Finanzen eines Unternehmens mit neunzig Mitarbeitenden. Ich mag einfache Abläufe, die jede Prüfung überstehen.
Ich unterrichte Chemie an einem Gymnasium und schreibe Versuchsanleitungen, die auch andere Lehrkräfte nutzen. Am Wochenende leite ich einen Forscherclub für Kinder.
""",
)
_add(
    "de",
    "foreign-en-terms",
    """
Full-Stack-Entwickler mit React, Node.js und AWS, remote für ein Startup aus Hamburg.
Ich leite das DevOps-Team: Wir haben alles auf Kubernetes migriert und CI/CD-Pipelines mit GitHub Actions aufgesetzt.
Data Engineer bei einem Fintech, ich baue Pipelines mit Airflow, dbt und BigQuery für das Risikoteam.
Beraterin für SEO und Growth Marketing im E-Commerce, mit Erfahrung in Google Ads und HubSpot.
Product Owner der mobilen App, ich pflege das Backlog in Jira und moderiere die Scrum-Sprints.
""",
)

_add(
    "it",
    "headline",
    """
Aiuto i piccoli forni a vendere di più online
Ingegnere backend che ama i sistemi semplici e affidabili
Infermiera specializzata in terapia intensiva pediatrica
Insegno ai commercialisti ad automatizzare la chiusura mensile
Responsabile acquisti per ospedali e case di riposo
Progettare piste ciclabili più sicure insieme ai comuni
Ex insegnante, ora creo applicazioni per la formazione
Copywriter per marchi di viaggi e montagna
Capo magazzino che ha dimezzato i tempi di consegna
Avvocata di diritto di famiglia a Bologna e Modena
Sviluppatore di app per banche di credito cooperativo
In cerca di nuove opportunità nella gestione dei progetti
""",
)
_add(
    "it",
    "role",
    """
Ho guidato un gruppo di sei persone che ha rifatto il percorso di acquisto e aumentato le vendite.
Ho coordinato il turno di notte di un reparto di chirurgia con trenta letti.
Ho scritto e provato il software di un sensore di umidità economico per le piccole aziende agricole.
Ho organizzato la raccolta fondi di primavera, che ha portato più donatori che mai.
Ho negoziato i contratti di trasporto con undici corrieri e ridotto i ritardi nelle consegne.
Ho risposto alle richieste dei clienti, scritto articoli di aiuto e formato i nuovi colleghi.
Ho preparato i menù settimanali di una mensa scolastica che serve quattrocento bambini.
Ho gestito le buste paga di tre ristoranti senza errori e sempre nei tempi.
Ho costruito i cruscotti che la direzione commerciale guarda ogni lunedì mattina.
Ho tradotto manuali tecnici dall'inglese e dal tedesco per un produttore di macchine agricole.
""",
)
_add(
    "it",
    "summary",
    """
Da nove anni sviluppo software per studi medici che non possono permettersi un grande reparto informatico. Lavoro soprattutto su appuntamenti e fatturazione, dove un piccolo miglioramento fa risparmiare ore ogni settimana.
Dopo dieci anni nel commercio sono passato alla pianificazione della catena di fornitura. Oggi prevedo la domanda di una catena di supermercati con sessanta punti vendita.
Sono una product designer e mi occupo di moduli, messaggi di errore e di tutto ciò che nessuno guarda nelle revisioni. I miei progetti migliori hanno dimezzato il tempo di un compito noioso.
Accompagno le persone che guidano una squadra per la prima volta nel terzo settore. Lavoriamo sulle conversazioni difficili, sulla delega e sull'organizzazione della settimana.
Ho un piccolo studio che realizza siti per architetti e paesaggisti. Scriviamo i testi, scattiamo le foto e ci prendiamo cura dei siti per anni.
Ingegnere elettrico con esperienza nel segnalamento ferroviario. Controllo progetti, scrivo piani di prova e passo buona parte del mese in cantiere con le squadre di montaggio.
Ho iniziato tenendo la contabilità di piccoli negozi e oggi dirigo l'amministrazione di un'azienda con novanta dipendenti. Mi piacciono i processi semplici che reggono ai controlli.
Insegno chimica in un liceo e scrivo schede di laboratorio che usano anche altri colleghi. Nel fine settimana seguo un club di scienze per ragazzi.
""",
)
_add(
    "it",
    "foreign-en-terms",
    """
Sviluppatore full stack con React, Node.js e AWS, lavoro da remoto per una startup di Torino.
Guido il team DevOps: abbiamo migrato tutto su Kubernetes e configurato le pipeline di CI/CD con GitHub Actions.
Data engineer in una fintech, costruisco pipeline con Airflow, dbt e BigQuery per il team del rischio.
Consulente SEO e growth marketing per l'e-commerce, con esperienza su Google Ads e HubSpot.
Product owner dell'app mobile, gestisco il backlog su Jira e conduco gli sprint del team Scrum.
""",
)

_add(
    "nl",
    "headline",
    """
Ik help kleine bakkerijen om online meer te verkopen
Backendontwikkelaar die houdt van saaie, betrouwbare systemen
Verpleegkundige op de intensive care voor kinderen
Ik leer boekhouders hun maandafsluiting te automatiseren
Inkoopmanager voor ziekenhuizen en verpleeghuizen
Samen met gemeenten veiligere fietspaden ontwerpen
Voormalig leraar, nu maak ik leerapps voor volwassenen
Tekstschrijver voor reis- en buitensportmerken
Magazijnmanager die de levertijden heeft gehalveerd
Advocaat familierecht in Utrecht en Amersfoort
Ontwikkelaar van mobiele apps voor regionale banken
Op zoek naar een nieuwe uitdaging in projectmanagement
""",
)
_add(
    "nl",
    "role",
    """
Ik leidde een team van zes mensen dat het afrekenproces opnieuw bouwde en de omzet verhoogde.
Ik coördineerde de nachtdienst op een chirurgische afdeling met dertig bedden.
Ik schreef en testte de software van een goedkope vochtsensor voor kleine boerenbedrijven.
Ik organiseerde de voorjaarscampagne voor donaties, die meer donateurs opleverde dan ooit.
Ik onderhandelde vervoerscontracten met elf vervoerders en verminderde de vertragingen flink.
Ik beantwoordde vragen van klanten, schreef helpartikelen en werkte nieuwe collega's in.
Ik maakte de weekmenu's voor een schoolkeuken die elke dag vierhonderd kinderen te eten geeft.
Ik verzorgde de salarisadministratie van drie restaurants, foutloos en altijd op tijd.
Ik bouwde de rapportages die de verkoopdirectie elke maandagochtend bekijkt.
Ik vertaalde technische handleidingen uit het Engels en het Duits voor een fabrikant van landbouwmachines.
""",
)
_add(
    "nl",
    "summary",
    """
Al negen jaar maak ik software voor huisartsenpraktijken die geen grote IT-afdeling kunnen betalen. Het meeste werk zit in afspraken en facturen, waar een kleine verbetering elke week uren scheelt.
Na tien jaar in de detailhandel stapte ik over naar de planning van de toeleveringsketen. Nu voorspel ik de vraag voor een supermarktketen met zestig winkels.
Ik ben productontwerper en ik geef om formulieren, foutmeldingen en alles waar niemand naar kijkt tijdens een review. Mijn beste projecten maakten een vervelende taak twee keer zo snel.
Ik begeleid mensen die voor het eerst een team leiden bij maatschappelijke organisaties. We werken aan lastige gesprekken, delegeren en het plannen van de week.
Ik heb een kleine studio die websites maakt voor architecten en landschapsontwerpers. Wij schrijven de teksten, maken de foto's en onderhouden de sites jarenlang.
Elektrotechnisch ingenieur met ervaring in spoorwegbeveiliging. Ik beoordeel ontwerpen, schrijf testplannen en ben een groot deel van de maand op de bouwplaats.
Ik begon als boekhouder voor kleine winkels en ben nu verantwoordelijk voor de financiën van een bedrijf met negentig medewerkers. Ik hou van eenvoudige processen die elke controle doorstaan.
Ik geef scheikunde op een middelbare school en schrijf practicumhandleidingen die ook andere docenten gebruiken. In het weekend leid ik een wetenschapsclub voor kinderen.
""",
)
_add(
    "nl",
    "foreign-en-terms",
    """
Full stack developer met React, Node.js en AWS, ik werk op afstand voor een startup uit Eindhoven.
Ik leid het DevOps-team: we zijn overgestapt op Kubernetes en hebben CI/CD-pipelines met GitHub Actions opgezet.
Data engineer bij een fintech, ik bouw pipelines met Airflow, dbt en BigQuery voor het risicoteam.
Specialist in SEO en growth marketing voor webwinkels, met ervaring in Google Ads en HubSpot.
Product owner van de mobiele app, ik beheer de backlog in Jira en begeleid de sprints van het Scrum-team.
""",
)

_add(
    "pl",
    "headline",
    """
Pomagam małym piekarniom sprzedawać więcej przez internet
Programista backendu, który lubi nudne i niezawodne systemy
Pielęgniarka na oddziale intensywnej terapii dziecięcej
Uczę księgowych automatyzować zamknięcie miesiąca
Kierownik zakupów dla szpitali i domów opieki
Projektuję bezpieczniejsze drogi rowerowe razem z gminami
Były nauczyciel, dziś tworzę aplikacje do nauki dla dorosłych
Copywriterka dla marek turystycznych i górskich
Kierownik magazynu, który skrócił czas dostaw o połowę
Adwokatka prawa rodzinnego w Krakowie i Tarnowie
Twórca aplikacji mobilnych dla banków spółdzielczych
Szukam nowych wyzwań w zarządzaniu projektami
""",
)
_add(
    "pl",
    "role",
    """
Kierowałem sześcioosobowym zespołem, który przebudował proces płatności i zwiększył sprzedaż.
Koordynowałam nocną zmianę na oddziale chirurgii z trzydziestoma łóżkami.
Napisałem i przetestowałem oprogramowanie taniego czujnika wilgotności dla małych gospodarstw.
Zorganizowałam wiosenną zbiórkę, która przyciągnęła więcej darczyńców niż kiedykolwiek.
Negocjowałem umowy przewozowe z jedenastoma przewoźnikami i ograniczyłem opóźnienia dostaw.
Odpowiadałam na zgłoszenia klientów, pisałam artykuły pomocy i szkoliłam nowe osoby w zespole.
Układałem tygodniowe jadłospisy dla szkolnej stołówki, która codziennie karmi czterysta dzieci.
Prowadziłam płace trzech restauracji bez błędów i zawsze na czas.
Przygotowywałem raporty, które dyrekcja sprzedaży przegląda w każdy poniedziałek rano.
Tłumaczyłam instrukcje techniczne z angielskiego i niemieckiego dla producenta maszyn rolniczych.
""",
)
_add(
    "pl",
    "summary",
    """
Od dziewięciu lat tworzę oprogramowanie dla przychodni, których nie stać na duży dział informatyczny. Najczęściej zajmuję się rejestracją i rozliczeniami, gdzie drobna poprawka oszczędza godziny każdego tygodnia.
Po dziesięciu latach w handlu przeszedłem do planowania łańcucha dostaw. Dziś prognozuję popyt dla sieci sześćdziesięciu supermarketów.
Jestem projektantką produktu i dbam o formularze, komunikaty o błędach i wszystko, na co nikt nie patrzy podczas przeglądów. Moje najlepsze projekty skróciły uciążliwe zadanie o połowę.
Wspieram osoby, które po raz pierwszy kierują zespołem w organizacjach pozarządowych. Pracujemy nad trudnymi rozmowami, delegowaniem i planowaniem tygodnia.
Prowadzę małe studio, które robi strony internetowe dla architektów i projektantów zieleni. Piszemy teksty, robimy zdjęcia i opiekujemy się stronami przez lata.
Inżynier elektryk z doświadczeniem w sterowaniu ruchem kolejowym. Sprawdzam projekty, piszę plany testów i spędzam dużą część miesiąca na budowie.
Zaczynałam od księgowości małych sklepów, a dziś kieruję finansami firmy zatrudniającej dziewięćdziesiąt osób. Lubię proste procesy, które przetrwają każdą kontrolę.
Uczę chemii w liceum i piszę instrukcje do ćwiczeń laboratoryjnych, z których korzystają inni nauczyciele. W weekendy prowadzę koło naukowe dla dzieci.
""",
)
_add(
    "pl",
    "foreign-en-terms",
    """
Full stack developer z React, Node.js i AWS, pracuję zdalnie dla startupu z Wrocławia.
Prowadzę zespół DevOps: przenieśliśmy wszystko na Kubernetes i ustawiliśmy pipeline'y CI/CD w GitHub Actions.
Data engineer w fintechu, buduję pipeline'y w Airflow, dbt i BigQuery dla zespołu ryzyka.
Specjalistka od SEO i growth marketingu dla sklepów internetowych, z doświadczeniem w Google Ads i HubSpot.
Product owner aplikacji mobilnej, prowadzę backlog w Jirze i sprinty zespołu Scrum.
""",
)

_add(
    "sv",
    "headline",
    """
Jag hjälper små bagerier att sälja mer på nätet
Backendutvecklare som gillar tråkiga och pålitliga system
Sjuksköterska inom barnintensivvård
Jag lär redovisningskonsulter att automatisera månadsbokslutet
Inköpschef för sjukhus och äldreboenden
Vi planerar säkrare cykelbanor tillsammans med kommunerna
Tidigare lärare, nu bygger jag lärappar för vuxna
Copywriter för rese- och friluftsvarumärken
Lagerchef som halverade leveranstiderna
Familjerättsjurist i Göteborg och Borås
Utvecklare av mobilappar för sparbanker
Söker nya utmaningar inom projektledning
""",
)
_add(
    "sv",
    "role",
    """
Jag ledde ett team på sex personer som byggde om kassaflödet och ökade försäljningen.
Jag samordnade nattpasset på en kirurgisk avdelning med trettio vårdplatser.
Jag skrev och testade mjukvaran till en billig fuktgivare för små lantbruk.
Jag organiserade vårens insamling, som gav fler givare än någonsin tidigare.
Jag förhandlade fraktavtal med elva åkerier och minskade förseningarna tydligt.
Jag svarade på kundärenden, skrev hjälpartiklar och introducerade nya kollegor.
Jag planerade veckans matsedel för ett skolkök som lagar mat åt fyrahundra barn varje dag.
Jag skötte lönerna för tre restauranger utan fel och alltid i tid.
Jag byggde rapporterna som försäljningsledningen tittar på varje måndagsmorgon.
Jag översatte tekniska manualer från engelska och tyska åt en tillverkare av lantbruksmaskiner.
""",
)
_add(
    "sv",
    "summary",
    """
I nio år har jag byggt programvara för vårdcentraler som inte har råd med en stor it-avdelning. Det mesta handlar om bokning och fakturering, där en liten förbättring sparar timmar varje vecka.
Efter tio år inom handeln gick jag över till planering av försörjningskedjan. Nu prognostiserar jag efterfrågan för en livsmedelskedja med sextio butiker.
Jag är produktdesigner och bryr mig om formulär, felmeddelanden och allt som ingen tittar på under granskningar. Mina bästa projekt halverade tiden för en tråkig uppgift.
Jag stöttar personer som leder ett team för första gången inom ideell sektor. Vi arbetar med svåra samtal, delegering och planering av veckan.
Jag driver en liten studio som gör webbplatser åt arkitekter och landskapsarkitekter. Vi skriver texterna, tar bilderna och tar hand om sajterna i många år.
Elingenjör med erfarenhet av signalteknik för järnväg. Jag granskar konstruktioner, skriver testplaner och är ute på byggarbetsplatsen en stor del av månaden.
Jag började som bokförare åt små butiker och leder i dag ekonomin på ett företag med nittio anställda. Jag gillar enkla rutiner som klarar varje revision.
Jag undervisar i kemi på gymnasiet och skriver laborationshandledningar som andra lärare också använder. På helgerna leder jag en vetenskapsklubb för barn.
""",
)
_add(
    "sv",
    "foreign-en-terms",
    """
Fullstackutvecklare med React, Node.js och AWS, jobbar på distans för en startup i Malmö.
Jag leder DevOps-teamet: vi har flyttat allt till Kubernetes och satt upp CI/CD-pipelines med GitHub Actions.
Data engineer på ett fintechbolag, jag bygger pipelines med Airflow, dbt och BigQuery åt riskteamet.
Specialist på SEO och growth marketing för e-handel, med erfarenhet av Google Ads och HubSpot.
Product owner för mobilappen, jag sköter backloggen i Jira och håller i Scrum-teamets sprintar.
""",
)

_add(
    "no",
    "headline",
    """
Jeg hjelper små bakerier med å selge mer på nett
Backendutvikler som liker kjedelige og stabile systemer
Sykepleier på intensivavdeling for barn
Jeg lærer regnskapsførere å automatisere månedsavslutningen
Innkjøpssjef for sykehus og sykehjem
Vi planlegger tryggere sykkelveier sammen med kommunene
Tidligere lærer, nå lager jeg læringsapper for voksne
Tekstforfatter for reiseliv og friluftsmerker
Lagersjef som halverte leveringstiden
Advokat innen familierett i Trondheim og Molde
Utvikler av mobilapper for sparebanker
Ser etter nye utfordringer innen prosjektledelse
""",
)
_add(
    "no",
    "role",
    """
Jeg ledet et team på seks personer som bygde om betalingsløsningen og økte salget.
Jeg koordinerte nattevakten på en kirurgisk avdeling med tretti senger.
Jeg skrev og testet programvaren til en billig fuktsensor for små gårdsbruk.
Jeg organiserte vårens innsamlingsaksjon, som ga flere givere enn noen gang før.
Jeg forhandlet fraktavtaler med elleve transportører og reduserte forsinkelsene betydelig.
Jeg svarte på henvendelser fra kunder, skrev hjelpeartikler og lærte opp nye kolleger.
Jeg planla ukemenyen for et skolekjøkken som lager mat til fire hundre barn hver dag.
Jeg hadde ansvaret for lønnen i tre restauranter, uten feil og alltid i tide.
Jeg laget rapportene som salgsledelsen ser på hver mandag morgen.
Jeg oversatte tekniske håndbøker fra engelsk og tysk for en produsent av landbruksmaskiner.
""",
)
_add(
    "no",
    "summary",
    """
I ni år har jeg laget programvare for legekontorer som ikke har råd til en stor IT-avdeling. Det meste handler om timebestilling og fakturering, der en liten forbedring sparer timer hver uke.
Etter ti år i varehandelen gikk jeg over til planlegging av forsyningskjeden. Nå lager jeg prognoser for en dagligvarekjede med seksti butikker.
Jeg er produktdesigner og bryr meg om skjemaer, feilmeldinger og alt som ingen ser på i gjennomganger. De beste prosjektene mine halverte tiden på en kjedelig oppgave.
Jeg følger opp folk som leder et team for første gang i frivillige organisasjoner. Vi jobber med vanskelige samtaler, delegering og planlegging av uka.
Jeg driver et lite studio som lager nettsider for arkitekter og landskapsarkitekter. Vi skriver tekstene, tar bildene og tar vare på sidene i mange år.
Elektroingeniør med erfaring fra signalanlegg for jernbane. Jeg kontrollerer prosjekteringer, skriver testplaner og er på anlegget en stor del av måneden.
Jeg begynte som regnskapsfører for små butikker og leder i dag økonomien i et selskap med nitti ansatte. Jeg liker enkle rutiner som tåler enhver revisjon.
Jeg underviser i kjemi på videregående og skriver labveiledninger som andre lærere også bruker. I helgene leder jeg en forskerklubb for barn.
""",
)
_add(
    "no",
    "foreign-en-terms",
    """
Fullstackutvikler med React, Node.js og AWS, jobber på fjernarbeid for en oppstartsbedrift i Bergen.
Jeg leder DevOps-teamet: vi har flyttet alt til Kubernetes og satt opp CI/CD-pipelines med GitHub Actions.
Data engineer i et fintechselskap, jeg bygger pipelines med Airflow, dbt og BigQuery for risikoteamet.
Spesialist på SEO og growth marketing for netthandel, med erfaring fra Google Ads og HubSpot.
Product owner for mobilappen, jeg har ansvaret for backloggen i Jira og leder sprintene til Scrum-teamet.
""",
)

_add(
    "da",
    "headline",
    """
Jeg hjælper små bagerier med at sælge mere på nettet
Backendudvikler der kan lide kedelige og stabile systemer
Sygeplejerske på intensivafdeling for børn
Jeg lærer bogholdere at automatisere månedsafslutningen
Indkøbschef for hospitaler og plejehjem
Vi planlægger sikrere cykelstier sammen med kommunerne
Tidligere lærer, nu laver jeg læringsapps til voksne
Tekstforfatter for rejse- og friluftsmærker
Lagerchef der halverede leveringstiden
Advokat inden for familieret i Aarhus og Randers
Udvikler af mobilapps til lokale pengeinstitutter
Søger nye udfordringer inden for projektledelse
""",
)
_add(
    "da",
    "role",
    """
Jeg ledede et hold på seks personer, der byggede betalingsflowet om og øgede salget.
Jeg koordinerede nattevagten på en kirurgisk afdeling med tredive senge.
Jeg skrev og testede softwaren til en billig fugtsensor til små landbrug.
Jeg organiserede forårets indsamling, som gav flere bidragydere end nogensinde før.
Jeg forhandlede fragtaftaler med elleve vognmænd og mindskede forsinkelserne mærkbart.
Jeg besvarede henvendelser fra kunder, skrev hjælpeartikler og oplærte nye kolleger.
Jeg planlagde ugens menu for et skolekøkken, der laver mad til fire hundrede børn hver dag.
Jeg stod for lønnen i tre restauranter, uden fejl og altid til tiden.
Jeg byggede de rapporter, som salgsledelsen kigger på hver mandag morgen.
Jeg oversatte tekniske manualer fra engelsk og tysk for en producent af landbrugsmaskiner.
""",
)
_add(
    "da",
    "summary",
    """
I ni år har jeg udviklet software til lægeklinikker, der ikke har råd til en stor it-afdeling. Det meste handler om tidsbestilling og fakturering, hvor en lille forbedring sparer timer hver uge.
Efter ti år i detailhandlen skiftede jeg til planlægning af forsyningskæden. Nu laver jeg prognoser for en dagligvarekæde med tres butikker.
Jeg er produktdesigner og går op i formularer, fejlbeskeder og alt det, som ingen kigger på under gennemgangen. Mine bedste projekter halverede tiden for en kedelig opgave.
Jeg støtter folk, der leder et hold for første gang i frivillige foreninger. Vi arbejder med svære samtaler, uddelegering og planlægning af ugen.
Jeg driver et lille studie, der laver hjemmesider til arkitekter og landskabsarkitekter. Vi skriver teksterne, tager billederne og passer på siderne i mange år.
Elektroingeniør med erfaring i signalanlæg til jernbanen. Jeg gennemgår projekteringer, skriver testplaner og er ude på byggepladsen en stor del af måneden.
Jeg begyndte som bogholder for små butikker og leder i dag økonomien i en virksomhed med halvfems ansatte. Jeg kan lide enkle rutiner, der holder til enhver revision.
Jeg underviser i kemi på gymnasiet og skriver øvelsesvejledninger, som andre lærere også bruger. I weekenderne leder jeg en naturvidenskabsklub for børn.
""",
)
_add(
    "da",
    "foreign-en-terms",
    """
Fullstackudvikler med React, Node.js og AWS, arbejder hjemmefra for en startup i Odense.
Jeg leder DevOps-teamet: vi har flyttet alt til Kubernetes og sat CI/CD-pipelines op med GitHub Actions.
Data engineer i en fintechvirksomhed, jeg bygger pipelines med Airflow, dbt og BigQuery til risikoteamet.
Specialist i SEO og growth marketing til webshops, med erfaring fra Google Ads og HubSpot.
Product owner for mobilappen, jeg styrer backloggen i Jira og faciliterer sprintene i Scrum-teamet.
""",
)

_add(
    "tr",
    "headline",
    """
Küçük fırınların internetten daha fazla satmasına yardım ediyorum
Sıkıcı ama güvenilir sistemleri seven backend geliştirici
Çocuk yoğun bakım servisinde hemşire
Muhasebecilere ay sonu kapanışını otomatikleştirmeyi öğretiyorum
Hastaneler ve bakım evleri için satın alma müdürü
Belediyelerle birlikte daha güvenli bisiklet yolları tasarlıyoruz
Eski öğretmen, şimdi yetişkinler için eğitim uygulamaları yapıyorum
Seyahat ve doğa markaları için metin yazarı
Teslimat sürelerini yarıya indiren depo müdürü
İzmir ve Manisa'da aile hukuku avukatı
Katılım bankaları için mobil uygulama geliştiricisi
Proje yönetiminde yeni fırsatlar arıyorum
""",
)
_add(
    "tr",
    "role",
    """
Ödeme akışını yeniden kuran ve satışları artıran altı kişilik bir ekibe liderlik ettim.
Otuz yataklı bir cerrahi serviste gece vardiyasını yönettim.
Küçük çiftlikler için ucuz bir nem sensörünün yazılımını yazdım ve test ettim.
Bahar bağış kampanyasını düzenledim ve şimdiye kadarki en fazla bağışçıya ulaştık.
On bir nakliye firmasıyla sözleşme görüştüm ve teslimat gecikmelerini belirgin şekilde azalttım.
Müşteri taleplerini yanıtladım, yardım makaleleri yazdım ve yeni çalışanlara eğitim verdim.
Her gün dört yüz çocuğa yemek veren bir okul mutfağının haftalık menülerini hazırladım.
Üç restoranın bordrolarını hatasız ve her zaman zamanında hazırladım.
Satış yönetiminin her pazartesi sabahı incelediği raporları hazırladım.
Bir tarım makineleri üreticisi için İngilizce ve Almanca teknik kılavuzları çevirdim.
""",
)
_add(
    "tr",
    "summary",
    """
Dokuz yıldır büyük bir bilgi işlem ekibine bütçesi olmayan klinikler için yazılım geliştiriyorum. İşimin çoğu randevu ve faturalama üzerine; burada küçük bir iyileştirme her hafta saatler kazandırıyor.
Perakendede geçen on yılın ardından tedarik zinciri planlamasına geçtim. Şimdi altmış mağazalı bir market zincirinin talep tahminlerini yapıyorum.
Ürün tasarımcısıyım; formlar, hata mesajları ve incelemelerde kimsenin bakmadığı her şey benim için önemli. En iyi projelerim sıkıcı bir işin süresini yarıya indirdi.
Sivil toplum kuruluşlarında ilk kez ekip yöneten kişilere destek oluyorum. Zor konuşmalar, yetki devri ve haftanın planlanması üzerinde çalışıyoruz.
Mimarlar ve peyzaj tasarımcıları için web siteleri yapan küçük bir stüdyom var. Metinleri yazıyor, fotoğrafları çekiyor ve siteleri yıllarca ayakta tutuyoruz.
Demiryolu sinyalizasyonunda deneyimli bir elektrik mühendisiyim. Projeleri inceliyor, test planları yazıyor ve ayın büyük bölümünü şantiyede geçiriyorum.
Küçük dükkanların muhasebesini tutarak başladım, bugün doksan çalışanı olan bir şirketin finansını yönetiyorum. Her denetimden geçen basit süreçler kurmayı seviyorum.
Lisede kimya öğretmeniyim ve başka öğretmenlerin de kullandığı laboratuvar föyleri yazıyorum. Hafta sonları çocuklar için bir bilim kulübü yürütüyorum.
""",
)
_add(
    "tr",
    "foreign-en-terms",
    """
React, Node.js ve AWS ile çalışan full stack geliştirici, Ankara'daki bir startup için uzaktan çalışıyorum.
DevOps ekibini yönetiyorum: her şeyi Kubernetes'e taşıdık ve GitHub Actions ile CI/CD pipeline'ları kurduk.
Bir fintech şirketinde data engineer olarak risk ekibi için Airflow, dbt ve BigQuery ile pipeline'lar kuruyorum.
E-ticaret için SEO ve growth marketing uzmanı, Google Ads ve HubSpot deneyimim var.
Mobil uygulamanın product owner'ıyım, backlog'u Jira'da yönetiyor ve Scrum ekibinin sprintlerini yürütüyorum.
""",
)

_add(
    "id",
    "headline",
    """
Membantu toko roti kecil menjual lebih banyak secara online
Pengembang backend yang menyukai sistem sederhana dan andal
Perawat di ruang perawatan intensif anak
Saya mengajari akuntan mengotomatiskan tutup buku bulanan
Manajer pengadaan untuk rumah sakit dan panti jompo
Merancang jalur sepeda yang lebih aman bersama pemerintah kota
Mantan guru, sekarang membuat aplikasi belajar untuk orang dewasa
Penulis naskah iklan untuk merek wisata dan alam bebas
Kepala gudang yang memangkas waktu pengiriman hingga separuh
Pengacara hukum keluarga di Semarang dan Solo
Pengembang aplikasi seluler untuk koperasi simpan pinjam
Mencari peluang baru di bidang manajemen proyek
""",
)
_add(
    "id",
    "role",
    """
Saya memimpin tim berisi enam orang yang membangun ulang alur pembayaran dan menaikkan penjualan.
Saya mengatur jadwal jaga malam di bangsal bedah dengan tiga puluh tempat tidur.
Saya menulis dan menguji perangkat lunak untuk sensor kelembapan murah bagi petani kecil.
Saya mengelola kampanye donasi musim hujan yang menarik lebih banyak donatur daripada sebelumnya.
Saya merundingkan kontrak pengiriman dengan sebelas perusahaan dan mengurangi keterlambatan.
Saya menjawab pertanyaan pelanggan, menulis artikel bantuan, dan melatih karyawan baru.
Saya menyusun menu mingguan untuk dapur sekolah yang memberi makan empat ratus anak setiap hari.
Saya mengurus penggajian tiga restoran tanpa kesalahan dan selalu tepat waktu.
Saya membuat laporan yang diperiksa direksi penjualan setiap Senin pagi.
Saya menerjemahkan buku panduan teknis dari bahasa Inggris dan Jerman untuk pabrik mesin pertanian.
""",
)
_add(
    "id",
    "summary",
    """
Sudah sembilan tahun saya membuat perangkat lunak untuk klinik yang tidak mampu membayar tim teknologi informasi yang besar. Sebagian besar pekerjaan saya soal jadwal dan tagihan, di mana perbaikan kecil bisa menghemat berjam-jam setiap minggu.
Setelah sepuluh tahun di bisnis ritel, saya pindah ke perencanaan rantai pasok. Sekarang saya memperkirakan permintaan untuk jaringan swalayan dengan enam puluh toko.
Saya seorang desainer produk yang peduli pada formulir, pesan kesalahan, dan semua hal yang tidak diperhatikan orang saat peninjauan. Proyek terbaik saya membuat pekerjaan yang membosankan selesai dalam separuh waktu.
Saya mendampingi orang yang pertama kali memimpin tim di lembaga nirlaba. Kami berlatih percakapan sulit, pendelegasian, dan perencanaan minggu kerja.
Saya menjalankan studio kecil yang membuat situs web untuk arsitek dan perancang lanskap. Kami menulis teksnya, mengambil fotonya, dan merawat situsnya selama bertahun-tahun.
Insinyur listrik dengan pengalaman di bidang persinyalan kereta api. Saya memeriksa rancangan, menulis rencana pengujian, dan sering berada di lapangan bersama tim pemasangan.
Saya memulai karier sebagai pembukuan untuk toko kecil dan kini memimpin keuangan perusahaan dengan sembilan puluh karyawan. Saya senang membuat proses sederhana yang lolos setiap audit.
Saya guru kimia di sekolah menengah atas dan menulis panduan praktikum yang juga dipakai guru lain. Pada akhir pekan saya mengasuh klub sains untuk anak-anak.
""",
)
_add(
    "id",
    "foreign-en-terms",
    """
Full stack developer dengan React, Node.js, dan AWS, bekerja secara remote untuk startup di Yogyakarta.
Saya memimpin tim DevOps: kami memindahkan semuanya ke Kubernetes dan menyiapkan pipeline CI/CD dengan GitHub Actions.
Data engineer di perusahaan fintech, saya membangun pipeline dengan Airflow, dbt, dan BigQuery untuk tim risiko.
Spesialis SEO dan growth marketing untuk toko online, berpengalaman dengan Google Ads dan HubSpot.
Product owner aplikasi seluler, saya mengelola backlog di Jira dan memandu sprint tim Scrum.
""",
)

_add(
    "ru",
    "headline",
    """
Помогаю небольшим пекарням продавать больше через интернет
Бэкенд-разработчик, который любит скучные и надёжные системы
Медсестра в детском отделении реанимации
Учу бухгалтеров автоматизировать закрытие месяца
Руководитель закупок для больниц и домов престарелых
Проектируем безопасные велодорожки вместе с городскими властями
Бывший учитель, теперь делаю обучающие приложения для взрослых
Копирайтер для туристических и спортивных брендов
Начальник склада, сокративший сроки доставки вдвое
Адвокат по семейным делам в Казани и Набережных Челнах
Разработчик мобильных приложений для региональных банков
Ищу новые возможности в управлении проектами
""",
)
_add(
    "ru",
    "role",
    """
Руководил командой из шести человек, которая переделала оформление заказа и увеличила продажи.
Координировала ночную смену в хирургическом отделении на тридцать коек.
Написал и протестировал программу для дешёвого датчика влажности для небольших фермерских хозяйств.
Организовала весеннюю благотворительную кампанию, которая привлекла больше жертвователей, чем когда-либо.
Договорился о перевозках с одиннадцатью компаниями и заметно сократил задержки поставок.
Отвечала на обращения клиентов, писала справочные статьи и обучала новых сотрудников.
Составлял недельное меню для школьной столовой, которая каждый день кормит четыреста детей.
Вела расчёт зарплаты в трёх ресторанах без ошибок и всегда вовремя.
Готовил отчёты, которые коммерческая дирекция смотрит каждый понедельник утром.
Переводила технические руководства с английского и немецкого для производителя сельхозтехники.
""",
)
_add(
    "ru",
    "summary",
    """
Уже девять лет я делаю программы для клиник, которые не могут позволить себе большой ИТ-отдел. В основном это запись на приём и выставление счетов, где маленькое улучшение экономит часы каждую неделю.
После десяти лет в рознице я перешёл в планирование цепочек поставок. Сейчас я прогнозирую спрос для сети из шестидесяти супермаркетов.
Я продуктовый дизайнер, и мне важны формы, сообщения об ошибках и всё, на что никто не смотрит на ревью. Мои лучшие проекты вдвое сократили время на скучную задачу.
Я сопровождаю людей, которые впервые руководят командой в некоммерческих организациях. Мы работаем над трудными разговорами, делегированием и планированием недели.
У меня небольшая студия, которая делает сайты для архитекторов и ландшафтных дизайнеров. Мы пишем тексты, снимаем фотографии и поддерживаем сайты годами.
Инженер-электрик с опытом в железнодорожной автоматике. Я проверяю проекты, пишу программы испытаний и большую часть месяца провожу на объекте.
Я начинала с бухгалтерии небольших магазинов, а теперь руковожу финансами компании, в которой работает девяносто человек. Люблю простые процессы, которые выдерживают любую проверку.
Я преподаю химию в старших классах и пишу методички к лабораторным работам, которыми пользуются и другие учителя. По выходным веду научный кружок для детей.
""",
)
_add(
    "ru",
    "foreign-en-terms",
    """
Full stack разработчик на React, Node.js и AWS, работаю удалённо на стартап из Новосибирска.
Руковожу командой DevOps: мы перенесли всё в Kubernetes и настроили CI/CD пайплайны в GitHub Actions.
Data engineer в финтехе, строю пайплайны на Airflow, dbt и BigQuery для команды рисков.
Специалист по SEO и growth marketing для интернет-магазинов, есть опыт с Google Ads и HubSpot.
Product owner мобильного приложения, веду бэклог в Jira и провожу спринты команды Scrum.
""",
)

_add(
    "zh",
    "headline",
    """
帮助小型面包店在网上卖出更多产品
喜欢简单可靠系统的后端工程师
儿童重症监护室护士
教会计师把月末结账自动化
为医院和养老院负责采购
和城市规划部门一起设计更安全的自行车道
前中学老师，现在为成年人开发学习应用
旅游和户外品牌的文案策划
把配送时间缩短一半的仓库主管
杭州的家事律师
""",
)
_add(
    "zh",
    "role",
    """
带领六人团队重做了结账流程，销售额明显提高。
负责一个有三十张床位的外科病房的夜班安排。
为小农户开发并测试了一款低成本土壤湿度传感器的软件。
组织了春季募捐活动，吸引的捐款人比往年都多。
与十一家物流公司谈判运输合同，减少了送货延误。
""",
)
_add(
    "zh",
    "summary",
    """
九年来我一直为请不起大型技术团队的诊所开发软件。我的工作主要是预约和收费，一个小小的改进就能每周节省好几个小时。
在零售行业工作十年后，我转到了供应链计划。现在我为一家拥有六十家门店的超市预测需求。
我是一名产品设计师，关心表单、错误提示和评审时没人注意的细节。我最好的项目让一项繁琐的工作少用了一半时间。
我在高中教化学，编写的实验指导也被其他老师使用。周末我为孩子们开办科学兴趣小组。
我开了一家小工作室，为建筑师和景观设计师制作网站。我们写文案、拍照片，并长期维护这些网站。
""",
)
_add(
    "zh",
    "foreign-en-terms",
    """
全栈工程师，熟悉 React、Node.js 和 AWS，远程为深圳的一家 startup 工作。
带领 DevOps 团队，把所有服务迁移到 Kubernetes，并用 GitHub Actions 搭建了 CI/CD 流水线。
""",
)

_add(
    "ja",
    "headline",
    """
小さなパン屋さんのネット販売を手伝っています
シンプルで安定したシステムが好きなバックエンドエンジニア
小児集中治療室の看護師
経理担当者に月次決算の自動化を教えています
病院と介護施設の購買責任者
自治体と一緒に安全な自転車道を設計しています
元教師、今は大人向けの学習アプリを作っています
旅行とアウトドアブランドのコピーライター
配送時間を半分にした倉庫の責任者
福岡の家事事件専門の弁護士
""",
)
_add(
    "ja",
    "role",
    """
六人のチームを率いて決済の流れを作り直し、売上を伸ばしました。
三十床の外科病棟で夜勤の調整を担当しました。
小規模農家向けの安価な土壌水分センサーのソフトウェアを書き、テストしました。
春の寄付キャンペーンを企画し、これまでで最も多くの寄付者を集めました。
十一社の運送会社と契約交渉を行い、配送の遅れを減らしました。
""",
)
_add(
    "ja",
    "summary",
    """
九年間、大きな情報システム部門を持てない診療所のためにソフトウェアを作ってきました。主に予約と会計の仕事で、小さな改善で毎週何時間も節約できます。
小売業で十年働いた後、サプライチェーンの計画に移りました。今は六十店舗のスーパーの需要予測をしています。
プロダクトデザイナーとして、フォームやエラーメッセージなど、レビューで誰も見ない部分を大切にしています。
高校で化学を教えていて、実験の手引きは他の先生にも使われています。週末は子ども向けの科学クラブを運営しています。
建築家や造園家のためのウェブサイトを作る小さなスタジオを経営しています。文章も写真も自分たちで手がけます。
""",
)
_add(
    "ja",
    "foreign-en-terms",
    """
React、Node.js、AWS を使うフルスタックエンジニアで、大阪のスタートアップでリモート勤務しています。
DevOps チームを率いて、すべてを Kubernetes に移行し、GitHub Actions で CI/CD パイプラインを構築しました。
""",
)

_add(
    "ko",
    "headline",
    """
작은 빵집이 온라인에서 더 많이 팔도록 돕고 있습니다
단순하고 안정적인 시스템을 좋아하는 백엔드 개발자
소아 중환자실 간호사
회계 담당자에게 월말 결산 자동화를 가르칩니다
병원과 요양원의 구매 책임자
지자체와 함께 더 안전한 자전거 도로를 설계합니다
전직 교사, 지금은 성인용 학습 앱을 만듭니다
여행 및 아웃도어 브랜드 카피라이터
배송 시간을 절반으로 줄인 물류센터장
부산의 가사 전문 변호사
""",
)
_add(
    "ko",
    "role",
    """
여섯 명의 팀을 이끌고 결제 과정을 다시 만들어 매출을 늘렸습니다.
서른 병상 규모의 외과 병동에서 야간 근무를 조율했습니다.
소규모 농가를 위한 저렴한 토양 수분 센서의 소프트웨어를 작성하고 테스트했습니다.
봄 모금 캠페인을 기획해 역대 가장 많은 후원자를 모았습니다.
열한 개 운송 회사와 계약을 협상해 배송 지연을 줄였습니다.
""",
)
_add(
    "ko",
    "summary",
    """
구 년 동안 큰 전산팀을 둘 여유가 없는 병원을 위해 소프트웨어를 만들어 왔습니다. 주로 예약과 수납 업무이며, 작은 개선으로 매주 몇 시간을 아낄 수 있습니다.
소매업에서 십 년을 일한 뒤 공급망 계획으로 옮겼습니다. 지금은 육십 개 매장을 가진 슈퍼마켓의 수요를 예측합니다.
저는 제품 디자이너로서 양식, 오류 메시지처럼 검토 때 아무도 보지 않는 부분을 중요하게 생각합니다.
고등학교에서 화학을 가르치며, 제가 쓴 실험 안내서는 다른 선생님들도 사용합니다. 주말에는 아이들을 위한 과학 동아리를 운영합니다.
건축가와 조경가를 위한 웹사이트를 만드는 작은 스튜디오를 운영합니다. 글과 사진을 직접 작업합니다.
""",
)
_add(
    "ko",
    "foreign-en-terms",
    """
React, Node.js, AWS를 다루는 풀스택 개발자로, 판교의 스타트업에서 원격으로 일하고 있습니다.
DevOps 팀을 이끌며 모든 서비스를 Kubernetes로 옮기고 GitHub Actions로 CI/CD 파이프라인을 구축했습니다.
""",
)

# Four words and about twenty letters: the shortest texts detect_language still classifies.
_add(
    "en",
    "threshold",
    """
Helping clinics get paid
Building tools for nurses
Teaching kids to code
Writing about city planning
Data engineer at Zalando
Head of sales, Iberia
Designer in São Paulo
Open to new roles
""",
)
_add(
    "es",
    "threshold",
    """
Ayudo a clínicas pequeñas
Ingeniera de datos en Madrid
Busco nuevas oportunidades laborales
""",
)
_add(
    "pt",
    "threshold",
    """
Ajudo clínicas a faturar
Engenheira de dados em Recife
Buscando novas oportunidades profissionais
""",
)
_add(
    "fr",
    "threshold",
    """
J'aide les petites associations
Ingénieure de données à Lyon
""",
)
_add(
    "de",
    "threshold",
    """
Ich baue sichere Brücken
Entwicklerin bei der Sparkasse
Auf der Suche nach Herausforderungen
""",
)
_add(
    "it",
    "threshold",
    """
Aiuto le piccole imprese
Ingegnera dei dati a Milano
""",
)
_add(
    "nl",
    "threshold",
    """
Ik help kleine webwinkels
Projectleider bij de gemeente
""",
)
_add(
    "pl",
    "threshold",
    """
Pomagam małym przychodniom
Programistka w banku spółdzielczym
""",
)
_add(
    "sv",
    "threshold",
    """
Jag hjälper små kommuner
Utvecklare på en bank
""",
)
_add(
    "no",
    "threshold",
    """
Jeg hjelper små kommuner
Utvikler hos en sparebank
""",
)
_add(
    "da",
    "threshold",
    """
Jeg hjælper små kommuner
Udvikler hos en sparekasse
""",
)
_add(
    "tr",
    "threshold",
    """
Küçük kliniklere yardım ediyorum
Bir bankada yazılım geliştirici
""",
)
_add(
    "id",
    "threshold",
    """
Saya membantu klinik kecil
Pengembang perangkat lunak di bank
""",
)
_add(
    "ru",
    "threshold",
    """
Помогаю небольшим клиникам расти
Разработчик в региональном банке
""",
)
