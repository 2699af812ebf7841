"""Saved pages: every fixture and corpus page loads with the fields it shows, and no others."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from profilelint.loaders import LoadError, load_path
from profilelint.loaders.page import looks_like_page
from profilelint.loaders.page_build import PRECEDENCE, date_range, is_masked
from profilelint.model import Profile
from tests.conftest import CORPUS, FIXTURES, RunCli, corpus_dir

PAGES = FIXTURES / "pages"
UNKNOWN = "unknown"


def _photo(profile: Profile) -> str:
    if not profile.knows("photo"):
        return UNKNOWN
    if profile.photo is None:
        return "none"
    return "default" if profile.photo.is_default else "photo"


def _roles(profile: Profile) -> list[tuple[Any, ...]]:
    return [
        (p.title, p.company, p.start and p.start.iso(), p.end and p.end.iso(), p.current)
        for p in profile.positions
    ]


def _schools(profile: Profile) -> list[tuple[Any, ...]]:
    return [
        (e.institution, e.study_type, e.start and e.start.iso(), e.end and e.end.iso())
        for e in profile.education
    ]


def _skills(profile: Profile) -> list[str] | str:
    return [s.name for s in profile.skills] if profile.knows("skills") else UNKNOWN


# fixture: format, name, headline, summary start, roles, schools, skills, photo, partial lists
FIXTURE_TABLE = [
    (
        "linkedin-public-photo.html",
        "linkedin-page",
        "Zoë Lindqvist-Okoro",
        "Helping clinics in the Nordics cut waiting times with scheduling software",
        "I build scheduling tools for clinics.\nAsk me about rotas.",
        [
            ("Product Lead", "Vårdplan AB", "2021-03", None, True),
            ("Product Manager", "Klinika Systems", "2019-01", "2021-02", False),
            ("Developer", "Klinika Systems", "2017-09", "2018-12", False),
        ],
        [("Lund University", "Master of Science", "2013", "2017")],
        UNKNOWN,
        "photo",
        set(),
    ),
    (
        "linkedin-public-no-photo.html",
        "linkedin-page",
        "Radosław Wiśniewski",
        "Software Engineer",
        "",
        [("Software Engineer", "Brightfield", "2023-06", "2022-02", False)],
        [],
        UNKNOWN,
        "default",
        set(),
    ),
    (
        "linkedin-restricted.html",
        "linkedin-page",
        UNKNOWN,
        UNKNOWN,
        UNKNOWN,
        [
            ("Logistics Planner", "Helix Freight", "2020-05", None, True),
            (None, "Harbour Line", "2015", "2020", False),  # the title is masked
        ],
        UNKNOWN,
        UNKNOWN,
        UNKNOWN,
        set(),
    ),
    (
        "linkedin-signed-in.html",
        "linkedin-page",
        "Aiyana Begay-Ortiz",
        "Data engineer building water-quality pipelines for tribal utilities",
        "She leads the data team at Turquoise Water.\nHer pipelines serve 30 utilities.",
        [
            ("Lead Data Engineer", "Turquoise Water", "2022-08", None, True),
            ("Data Analyst", "Mesa Analytics", "2018-07", "2022-07", False),
        ],
        [("University of New Mexico", "Bachelor of Science", "2014", "2018")],
        ["Apache Airflow", "SQL"],
        "photo",
        {"positions", "skills"},
    ),
    (
        "personal-jsonld.html",
        "personal-page",
        "João Baptista Nkemelu",
        "Structural engineer designing timber bridges for rural Portugal",
        "I design timber bridges",
        [("Lead Engineer", "Ponte Viva Lda", "2016-02", None, True)],
        [("Universidade do Porto", "MSc Civil Engineering", "2009", "2014")],
        ["Timber engineering", "Eurocode 5"],
        "photo",
        {"positions"},  # worksFor names today's employer only
    ),
    (
        "personal-hcard.html",
        "personal-page",
        "Mei-Ling Haraldsen",
        "Ceramicist",
        "Mei-Ling makes stoneware.",
        UNKNOWN,
        UNKNOWN,
        UNKNOWN,
        "photo",
        set(),
    ),
]


def _text(profile: Profile, field: str) -> str | None:
    return getattr(profile, field) if profile.knows(field) else UNKNOWN


def _check(path: Path, row: tuple[Any, ...]) -> Profile:
    fmt, name, headline, summary, roles, schools, skills, photo, partial = row
    loaded = load_path(path)
    profile = loaded.profile
    assert loaded.format == fmt
    assert _text(profile, "name") == name
    assert _text(profile, "headline") == headline
    shown = _text(profile, "summary")
    assert shown == summary or (summary not in (UNKNOWN, "") and shown.startswith(summary))
    assert (_roles(profile) if profile.knows("positions") else UNKNOWN) == roles
    assert (_schools(profile) if profile.knows("education") else UNKNOWN) == schools
    assert _skills(profile) == skills
    assert _photo(profile) == photo
    assert profile.knowledge.partial == partial
    assert not profile.knows("contact") or loaded.format == "personal-page"
    return profile


@pytest.mark.parametrize("row", FIXTURE_TABLE, ids=[r[0] for r in FIXTURE_TABLE])
def test_fixture_pages_load_what_they_show(row: tuple[Any, ...]) -> None:
    _check(PAGES / row[0], row[1:])


# The real signed-in page of 2024: "Show all 8 experiences / 3 educations / 30 skills".
SIGNED_IN_2024 = (
    "linkedin-page",
    "Eduardo Alvarez Nowak",
    "Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential",
    "Tech lover since young",
    7,
    ("Tech Education Team Lead", "Novare Potential", "2021-07", None, True),
    [
        ("KTH Royal Institute of Technology", "Master's degree", "2019", "2021"),
        ("Universidad de Guayaquil", "Bachelor's degree", "2008", "2012"),
    ],
    ["Digital Marketing Media", "Agile Project Management"],
    "photo",
    {"positions", "education", "skills", "certificates"},
)

# The corpus: real and synthetic pages by others.  Contact details are never asserted.
CORPUS_TABLE = [
    (
        "linkedin-html/scoutr_public-2024_eduardo-alvarez-nowak.html",
        "linkedin-page",
        "Eduardo Alvarez Nowak",
        "Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential",
        "Tech lover since young",
        8,
        ("Tech Education Team Lead", "Novare Potential", "2021-07", None, True),
        [
            ("KTH Royal Institute of Technology", "Master's degree", "2019", "2021"),
            ("Universidad de Guayaquil", "Bachelor's degree", "2008", "2012"),
            ("IGAD", "Infographics", "2005", "2008"),
        ],
        UNKNOWN,
        "photo",
        set(),
    ),
    ("linkedin-html/scoutr_signed-in-2024_eduardo-alvarez-nowak.html", *SIGNED_IN_2024),
    # The same page saved later with its <head> deleted: the body alone tells the same.
    ("linkedin-html/scoutr_signed-in-2024_body-only.html", *SIGNED_IN_2024),
    (
        "linkedin-html/sentience_public-profile_williamhgates.html",
        "linkedin-page",
        "Bill Gates",
        "Chair, Gates Foundation and Founder, Breakthrough Energy",
        "Chair of the Gates Foundation.",
        3,
        ("Co-chair", "Gates Foundation", "2000", None, True),
        [("Harvard University", None, "1973", "1975"), ("Lakeside School", None, None, None)],
        UNKNOWN,
        "photo",
        set(),
    ),
    (
        "linkedin-html/peregrine_public-profile-style_synthetic.html",
        "linkedin-page",
        "Alan Weinstock",
        "Staff Engineer · Open to Work",
        "Experienced engineer with 10 years",
        2,
        ("Staff Engineer", "Acme Corp", "2022-01", None, True),
        [("State University", "B.S. Computer Science", "2010", "2014")],
        ["Python", "Kubernetes", "PostgreSQL"],
        UNKNOWN,
        set(),
    ),
    (
        "linkedin-html/cvme_signed-in-standin_profile.html",
        "linkedin-page",
        "Morgan Avery",
        "Staff Data Engineer | Streaming platforms",
        "Six years across the data lifecycle.\nI care about pipelines",
        3,
        ("Staff Data Engineer", "Northwind Analytics", "2023-07", None, True),
        [("Ridgeway University", "Master of Science", "2018", "2020")],
        ["Python", "SQL", "Apache Spark"],
        UNKNOWN,
        set(),
    ),
    (
        "linkedin-html/linkedin-linker_signed-in-fragment-with-decoys_synthetic.html",
        "linkedin-page",
        "Ada Lovelace",
        "Engineering Manager",
        "Builds reliable systems.",
        2,
        ("Lead", "Acme", None, None, False),
        [("University of London", None, None, None)],
        ["Technical leadership", "Systems architecture"],
        UNKNOWN,
        set(),
    ),
    (
        "linkedin-html/nab_jsonld-single-objects_synthetic.html",
        "linkedin-page",
        "Jane Engineer",
        "Senior Rust Developer at Startup Inc.",
        "Passionate about systems programming",
        3,
        ("Senior Rust Developer", "Startup Inc.", "2024", None, True),
        [],
        UNKNOWN,
        "photo",
        set(),
    ),
    (
        "linkedin-html/cortex_signed-in-title-count-prefix_synthetic.html",
        "linkedin-page",
        "Mira Okafor-Lind",
        "Head of Field Programs at Tidora · Tidal microgrids",
        "",
        1,
        ("Head of Field Programs", "Tidora", None, None, False),
        [],
        UNKNOWN,
        UNKNOWN,
        set(),
    ),
    (
        "personal-pages/jnrowe_contact_h-card.html",
        "personal-page",
        "James Rowe",
        "Senior Developer",
        "I’m James Rowe",
        UNKNOWN,
        None,
        UNKNOWN,
        UNKNOWN,
        "photo",
        set(),
    ),
    (
        "personal-pages/linkedin-profile-scraper_jsonld-person-variant-shapes_synthetic.html",
        "personal-page",
        "Ada Example",
        "Staff Engineer",
        "Builds reliable systems.",
        1,
        ("Staff Engineer", "Acme Systems", "2020-01", None, True),
        [("Example University", "BSc Computer Science", "2012", "2016")],
        ["JavaScript", "Cloudflare Workers"],
        "photo",
        {"positions"},
    ),
    (
        "personal-pages/semantic-resume_cllu_microdata-person.html",
        "personal-page",
        "Chunliang Lyu",
        UNKNOWN,
        UNKNOWN,
        2,
        (None, "Hyperlink (https://hyperlinkapp.com)", None, None, True),
        [
            ("The Chinese University of Hong Kong", None, None, None),
            ("National Taiwan University of Science and Technology", None, None, None),
            ("Beijing Institute of Technology", None, None, None),
        ],
        UNKNOWN,
        UNKNOWN,
        {"positions"},
    ),
]


@pytest.mark.parametrize("row", CORPUS_TABLE, ids=[Path(r[0]).name[:40] for r in CORPUS_TABLE])
def test_corpus_pages_load_what_they_show(row: tuple[Any, ...]) -> None:
    corpus_dir()
    path, fmt, name, headline, summary, count, first, schools, skills, photo, partial = row
    loaded = load_path(CORPUS / path)
    profile = loaded.profile
    assert loaded.format == fmt
    assert (_text(profile, "name"), _text(profile, "headline")) == (name, headline)
    shown = _text(profile, "summary")
    assert shown == summary or shown.startswith(summary)
    if count == UNKNOWN:
        assert not profile.knows("positions")
    else:
        assert len(profile.positions) == count
        assert _roles(profile)[0] == first
    assert (_schools(profile) if profile.knows("education") else UNKNOWN) == schools
    assert _skills(profile) == skills
    assert _photo(profile) == photo
    assert profile.knowledge.partial == partial


def test_corpus_photo_is_the_top_card_one_not_the_viewer_in_the_nav() -> None:
    corpus_dir()
    page = CORPUS / "linkedin-html/scoutr_signed-in-2024_eduardo-alvarez-nowak.html"
    photo = load_path(page).profile.photo
    assert photo is not None and "profile-displayphoto-shrink_400_400" in photo.url
    assert "D4D03AQEdbHH23WlqOA" not in photo.url  # the viewer's own nav photo


def test_every_role_of_the_signed_in_corpus_page_has_its_dates() -> None:
    corpus_dir()
    page = CORPUS / "linkedin-html/scoutr_signed-in-2024_eduardo-alvarez-nowak.html"
    roles = _roles(load_path(page).profile)
    assert [r[2:] for r in roles] == [
        ("2021-07", None, True),
        ("2020-08", "2021-06", False),
        ("2018-08", "2019-07", False),
        ("2014-01", "2017-12", False),
        ("2012-02", "2013-12", False),
        ("2015-04", "2017-10", False),
        ("2015-04", "2017-10", False),
    ]
    # Roles under one employer carry its name.
    assert [r[1] for r in roles[3:5]] == ["Bu Multimedia", "Bu Multimedia"]


@pytest.mark.parametrize("name", ["mftests_h-resume_work", "mftests_mixed_h-resume_mixedroots"])
def test_microformat_pages_match_the_official_expected_parse(name: str) -> None:
    corpus_dir()
    folder = CORPUS / "personal-pages"
    expected = json.loads((folder / f"{name}.json").read_text())["items"][0]["properties"]
    profile = load_path(folder / f"{name}.html").profile
    contact = expected.get("contact", [{}])[0].get("properties", {})
    assert profile.name == (expected.get("name") or contact.get("name"))[0]
    # mf1 "title" is read as mf2 "job-title" (the backward-compatible mapping).
    assert profile.headline == (contact.get("title") or contact.get("job-title"))[0]
    assert profile.summary == expected["summary"][0]
    job = expected["experience"][0]["properties"]
    role = profile.positions[0]
    title = (job.get("title") or job.get("job-title"))[0]
    assert (role.title, role.company, role.url) == (title, job["org"][0], job["url"][0])
    assert role.start is not None and role.start.iso() == job["start"][0]
    assert role.current  # "Jan 2009 – Present": a start and no end


NOT_PROFILES = [
    ("linkedin-html/scoutr_public-2024_profile-not-found.html", "LinkedIn 'Profile Not Found'"),
    ("linkedin-html/malburg_authwall-2026.html", "LinkedIn sign-up wall"),
    ("linkedin-html/scoutr_guest-homepage-2024.html", "LinkedIn guest home page"),
]


@pytest.mark.parametrize(("path", "kind"), NOT_PROFILES)
def test_corpus_pages_that_are_not_profiles_say_what_they_are(path: str, kind: str) -> None:
    corpus_dir()
    with pytest.raises(LoadError) as caught:
        load_path(CORPUS / path)
    assert caught.value.code == "INP002"
    assert caught.value.message.startswith(kind)
    assert "\n" not in caught.value.message
    assert not looks_like_page(CORPUS / path)


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        ((PAGES / "not-a-profile.html").read_text(), "a page with no person on it"),
        (
            "<html><head><title>LinkedIn</title></head><body><div>x</div></body></html>",
            "unrendered",
        ),
        ("<html><body>hello</body></html>", "a page with no person on it"),
    ],
)
def test_pages_without_a_person_are_inp002(page: str, kind: str, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_path(path)
    assert caught.value.code == "INP002" and caught.value.message.startswith(kind)


def test_restricted_page_is_one_inp005_and_its_masked_values_unknown() -> None:
    loaded = load_path(PAGES / "linkedin-restricted.html")
    assert [p.code for p in loaded.problems] == ["INP005"]
    assert "3 values" in loaded.problems[0].message  # the name, the headline, a role title
    assert not loaded.profile.knows("positions[1].title")
    profile = loaded.profile
    assert not profile.knows("name") and not profile.knows("headline")
    assert not profile.knows("summary") and not profile.knows("education")
    assert loaded.source.locate("name") == (13, 3)  # the masked <h1>


_PERSON = {
    "@context": "http://schema.org",
    "@type": "Person",
    "name": "K. Mensah",
    "jobTitle": ["Engineer"],
    "description": "Old<br>about",
    "address": {"addressLocality": "Aarhus", "addressCountry": "DK"},
    "image": "https://static.licdn.com/aero-v1/sc/h/9c8pery4andzj6ohjkjp54ma2",
    "worksFor": [{"name": "Havn A/S", "member": {"startDate": "2019-04"}}],
}
_CARD = (
    '<section class="top-card-layout"><h1 class="top-card-layout__title">Kofi Mensah-Larsen</h1>'
)
_VISIBLE = {
    "headline": '<h2 class="top-card-layout__headline">Making ports greener</h2>',
    "location": '<span class="top-card__subline-item">Aarhus, Denmark</span>',
    "photo": '<img class="top-card__profile-image" src="https://media.licdn.com/dms/image/v2/X/'
    'profile-displayphoto-shrink_200_200/0/1">',
}
_SECTIONS = {
    "summary": '<section data-section="summary"><div class="core-section-container__content">'
    "<p>New about</p></div></section>",
    "positions": '<section data-section="experience"><ul><li class="experience-item"><span '
    'class="experience-item__title">Port Engineer</span><span class="experience-item__subtitle">'
    'Havn A/S</span><span class="date-range"><time>Apr 2019</time> - Present</span></li></ul>'
    "</section>",
}

# field, whether the page shows it, expected value, source that wins
PRECEDENCE_TABLE = [
    ("name", True, "Kofi Mensah-Larsen", "page"),
    ("name", False, "K. Mensah", "jsonld"),
    ("headline", True, "Making ports greener", "page"),
    ("headline", False, None, None),  # LinkedIn's jobTitle lists roles: never the headline
    ("summary", True, "New about", "page"),
    ("summary", False, "Old\nabout", "jsonld"),
    ("location", True, "Aarhus, Denmark", "page"),
    ("location", False, "Aarhus", "jsonld"),
    ("photo", True, "photo", "page"),
    ("photo", False, "default", "jsonld"),  # the JSON-LD image is the grey silhouette
    ("positions", True, "Port Engineer", "page"),
    # jobTitle[i] is the role at worksFor[i] when the two lists are as long.
    ("positions", False, "Engineer", "jsonld"),
]


def _page(field: str, shown: bool) -> str:
    card = _CARD + (_VISIBLE.get(field, "") if shown else "") + "</section>"
    body = card + (_SECTIONS.get(field, "") if shown else "")
    if field == "name" and not shown:
        body = "<main><p>Saved without its top card</p></main>"
    return (
        '<html><head><title>Kofi Mensah-Larsen | LinkedIn</title><script type="application/ld'
        f'+json">{json.dumps(_PERSON)}</script></head><body>{body}</body></html>'
    )


def _shown_value(profile: Profile, field: str) -> Any:
    if field == "photo":
        return _photo(profile)
    if not profile.knows(field):
        return None
    if field == "location":
        return profile.location and (profile.location.text or profile.location.city)
    if field == "positions":
        return profile.positions[0].title if profile.knows("positions[0].title") else None
    return getattr(profile, field)


@pytest.mark.parametrize(("field", "shown", "expected", "winner"), PRECEDENCE_TABLE)
def test_the_visible_page_wins_over_json_ld_on_linkedin(
    field: str, shown: bool, expected: Any, winner: str | None
) -> None:
    from profilelint.loaders.page import read_page

    built, linkedin = read_page(_page(field, shown))
    assert linkedin
    assert _shown_value(built.profile, field) == expected
    assert built.chosen.get(field) == winner
    if winner == "page":
        assert PRECEDENCE[field][0] == "page"


def test_precedence_table_names_every_field_the_readers_fill() -> None:
    assert PRECEDENCE["name"][0] == "page" and PRECEDENCE["contact"][0] == "jsonld"
    for order in PRECEDENCE.values():
        assert set(order) <= {"page", "jsonld", "mf", "title", "meta"}


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("Jul 2021 - Present · 3 yrs 1 mo", "2021-07", None, True),
        ("Jul 2021 to Present · 3 yrs 1 mo", "2021-07", None, True),
        ("2010 – 2014", "2010", "2014", False),
        ("2024-Present", "2024", None, True),
        ("2020-08 - 2021-06", "2020-08", "2021-06", False),
        ("Issued Aug 2022", "2022-08", None, False),
    ],
)
def test_page_date_ranges(text: str, start: str, end: str | None, current: bool) -> None:
    found = date_range(text)
    assert found is not None
    assert (found[0] and found[0].iso(), found[1] and found[1].iso(), found[2]) == (
        start,
        end,
        current,
    )


def test_a_month_in_another_language_is_an_unknown_date_not_a_wrong_one() -> None:
    found = date_range("juil. 2021 - aujourd’hui")
    assert found is not None and found[0] is not None and not found[0].known


@pytest.mark.parametrize(
    ("text", "masked"),
    [("**********", True), ("J*** D***", True), ("Co-founder *NEW*", False), ("5* hotels", False)],
)
def test_masked_values(text: str, masked: bool) -> None:
    assert is_masked(text) is masked


def test_show_profile_prints_what_a_page_gave(run_cli: RunCli) -> None:
    result = run_cli(["--show-profile", PAGES / "linkedin-signed-in.html"])
    shown = json.loads(result.out)
    assert result.code == 0 and shown["name"] == "Aiyana Begay-Ortiz"
    assert "skills" in shown["knowledge"]["partial"]


def test_a_folder_walk_yields_only_pages_that_are_profiles(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "me.html").write_text((PAGES / "linkedin-signed-in.html").read_text())
    (tmp_path / "me_files").mkdir()
    (tmp_path / "me_files" / "frame.html").write_text("<html><body>ad</body></html>")
    (tmp_path / "blog.html").write_text((PAGES / "not-a-profile.html").read_text())
    (tmp_path / "wall.html").write_text(
        '<html><head><title>Sign Up | LinkedIn</title><link rel="canonical" href="/authwall">'
        '</head><body><h1 class="top-card-layout__title">Join LinkedIn</h1></body></html>'
    )
    result = run_cli(["--format", "json", "--exit-zero", tmp_path])
    files = [Path(f["path"]).name for f in json.loads(result.out)["files"]]
    assert files == ["me.html"]


@pytest.mark.parametrize(
    "page",
    [
        "linkedin-html/scoutr_public-2024_eduardo-alvarez-nowak.html",
        "linkedin-html/scoutr_signed-in-2024_eduardo-alvarez-nowak.html",
    ],
)
def test_recommendations_load_their_text_and_never_their_third_party_author(page: str) -> None:
    corpus_dir()
    profile = load_path(CORPUS / page).profile
    assert len(profile.recommendations) == 1
    assert profile.recommendations[0].author is None
    assert len((profile.recommendations[0].text or "").split()) > 20


def test_a_page_without_a_recommendations_section_leaves_them_unknown() -> None:
    assert not load_path(PAGES / "linkedin-signed-in.html").profile.knows("recommendations")


def test_2025_componentkey_top_card_gives_name_and_headline() -> None:
    from profilelint.loaders.page import read_page

    page = (
        "<html><head><title>Inès Haddad | LinkedIn</title></head><body><main>"
        '<section componentkey="com.linkedin.sdui.profile.card.ref.Topcard">'
        "<h1>Inès Haddad</h1><p>Urban planner making Lyon walkable</p><p>Lyon, France</p>"
        "</section></main></body></html>"
    )
    profile = read_page(page)[0].profile
    assert (profile.name, profile.headline) == ("Inès Haddad", "Urban planner making Lyon walkable")


def test_a_personal_page_with_a_linkedin_photo_stays_a_personal_page(tmp_path: Path) -> None:
    page = (PAGES / "personal-jsonld.html").read_text(encoding="utf-8")
    page = page.replace(
        "../strong-photo.jpg",
        "https://media.licdn.com/dms/image/v2/Z/profile-displayphoto-shrink_200_200/0/1",
    )
    (tmp_path / "me.html").write_text(page, encoding="utf-8")
    loaded = load_path(tmp_path / "me.html")
    assert loaded.format == "personal-page"
    assert loaded.profile.headline == (
        "Structural engineer designing timber bridges for rural Portugal"
    )


def test_a_personal_page_photo_beside_it_is_read_from_disk() -> None:
    photo = load_path(PAGES / "personal-jsonld.html").profile.photo
    assert photo is not None and photo.file is not None
    assert (photo.file.exists, photo.file.width, photo.file.format) == (True, 600, "JPEG")


ASIDE_PAGES = [
    FIXTURES / "pages/linkedin-public-photo.html",
    FIXTURES / "pages/linkedin-signed-in.html",
    CORPUS / "linkedin-html/scoutr_public-2024_eduardo-alvarez-nowak.html",
    CORPUS / "linkedin-html/scoutr_signed-in-2024_eduardo-alvarez-nowak.html",
    CORPUS / "linkedin-html/scoutr_signed-in-2024_body-only.html",
    CORPUS / "linkedin-html/linkedin-linker_signed-in-fragment-with-decoys_synthetic.html",
]


@pytest.mark.parametrize("path", ASIDE_PAGES, ids=[p.name[:40] for p in ASIDE_PAGES])
def test_no_text_of_asides_or_navigation_reaches_the_profile(path: Path) -> None:
    """Other members ("People also viewed", "People you may know") and the viewer are never
    read as the profile: no line of those containers appears in the loaded profile."""
    if not path.is_file():
        corpus_dir()
    import lxml.html

    root = lxml.html.fromstring(path.read_bytes())
    boxes = root.xpath(
        "//aside | //nav | //*[contains(@class, 'aside-section-container')]"
        " | //*[contains(@class, 'ad-banner-container')]"
    )
    foreign = {
        " ".join(text.split()) for box in boxes for text in box.itertext() if len(text.split()) > 1
    }
    for box in boxes:
        if box.getparent() is not None:
            box.drop_tree()
    # A text the member's own part of the page shows too (a shared city) is theirs as well.
    own = " ".join(" ".join(root.itertext()).split())
    profile = json.dumps(load_path(path).profile.to_native(), ensure_ascii=False)
    assert foreign  # the page has such containers
    assert not [text for text in foreign if f'"{text}"' in profile and text not in own]


@pytest.mark.parametrize(
    "decoy",
    [
        "<aside><h1>People you may know</h1></aside>",
        '<nav class="global-nav"><h1>Feed</h1></nav>',
        '<div class="ad-banner-container"><h1>Try Premium</h1></div>',
        '<div class="visually-hidden"><h1>Skip to main content</h1></div>',
    ],
)
def test_a_decoy_heading_before_the_profile_is_not_its_name(decoy: str) -> None:
    from profilelint.loaders.page import read_page

    page = (
        f"<html><head><title>Ola Nordmann | LinkedIn</title></head><body><main>{decoy}"
        "<section><h1>Ola Nordmann</h1><div class='text-body-medium'>Boatbuilder in Bodø</div>"
        "</section></main></body></html>"
    )
    profile = read_page(page)[0].profile
    assert (profile.name, profile.headline) == ("Ola Nordmann", "Boatbuilder in Bodø")


@pytest.mark.parametrize(
    ("document", "imported"),
    [
        ('{"basics": {"name": "Ana"}}', set()),
        ((PAGES / "linkedin-signed-in.html").read_text(encoding="utf-8"), {"lxml"}),
        ((PAGES / "personal-hcard.html").read_text(encoding="utf-8"), {"lxml", "mf2py", "bs4"}),
    ],
    ids=["json", "linkedin-page", "h-card"],
)
def test_parsers_are_imported_only_for_the_pages_that_need_them(
    document: str, imported: set[str]
) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from profilelint.loaders import load_bytes; "
        f"load_bytes({document.encode('utf-8')!r}); "
        "print(sorted(m for m in ('lxml', 'mf2py', 'bs4') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(sorted(imported))


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("(2) Jean-Luc Picard - Co-founder - CTO | LinkedIn", "Co-founder - CTO"),
        ("Jean-Luc Picard - Captain, Starfleet - LinkedIn", "Captain, Starfleet"),
        ("Jean-Luc Picard | LinkedIn", None),
        ("Jean - Luc Picard | LinkedIn", None),  # not "Name - ...": never split blindly
    ],
)
def test_the_title_gives_a_headline_only_after_the_known_name(
    title: str, headline: str | None
) -> None:
    from profilelint.loaders.page import read_page

    person = {"@context": "http://schema.org", "@type": "Person", "name": "Jean-Luc Picard"}
    page = (
        f'<html><head><title>{title}</title><script type="application/ld+json">'
        f"{json.dumps(person)}</script></head><body></body></html>"
    )
    profile = read_page(page)[0].profile
    assert profile.name == "Jean-Luc Picard"
    assert (profile.headline if profile.knows("headline") else None) == headline


def test_a_walk_finds_a_page_saved_as_utf16_with_a_bom(tmp_path: Path) -> None:
    """The walk's sniff reads the text as the loader does, byte-order mark included."""
    from profilelint.loaders import looks_like_profile

    page = (FIXTURES / "pages" / "linkedin-public-photo.html").read_text(encoding="utf-8")
    saved = tmp_path / "profile.html"
    saved.write_bytes(page.encode("utf-16"))
    assert looks_like_profile(saved)
    (tmp_path / "blog.html").write_bytes(
        (FIXTURES / "pages" / "not-a-profile.html").read_text(encoding="utf-8").encode("utf-16")
    )
    assert not looks_like_profile(tmp_path / "blog.html")
