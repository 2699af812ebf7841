"""The LinkedIn export loader: ZIP and folder, names, headers, encodings, preambles, dates,
split files, positions, and every corpus export."""

from __future__ import annotations

import codecs
import json
import zipfile
from pathlib import Path

import pytest
from conftest import corpus_dir, corpus_files
from export_kit import FIXTURE_FOLDER, FIXTURE_NAME, FIXTURE_ZIP, lint_path, make_folder, make_zip

from profilelint.loaders import load_bytes, load_path, looks_like_profile
from profilelint.loaders.base import LoadError
from profilelint.loaders.export_dates import parse_export_date
from profilelint.model import PROFILE_FIELDS, Profile

CONNECTIONS_2024 = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    'Ana,García,https://www.linkedin.com/in/example-ana,,"Acme, Inc.",Engineer,04 Dec 2025\n'
    'Bo,Ek,https://www.linkedin.com/in/example-bo,,Globex,"Director, Ops",03 Dec 2025\n'
)


# --- the fixture ----------------------------------------------------------------------------
def test_the_fixture_folder_loads_every_file() -> None:
    loaded = load_path(FIXTURE_FOLDER)
    p = loaded.profile
    assert loaded.format == "linkedin-export"
    assert p.name == "Ingrid Solberg-Haugen"
    assert p.headline and p.headline.startswith("Data engineer")
    assert p.summary and "\n\nMost of my work" in p.summary  # a quoted multi-line cell
    assert p.location and p.location.text == "Bergen, Vestland, Norway"
    assert [link.url for link in p.links] == ["https://example.org/ingrid"]
    assert [(x.company, x.current) for x in p.positions] == [
        ("Fjordkraft Analytics AS", True),
        ("Vestlandsnett", False),
    ]
    assert p.positions[1].start and p.positions[1].start.iso() == "2019-01"
    assert p.education[0].institution == "Universitetet i Bergen"
    assert p.education[0].end and p.education[0].end.iso() == "2018"
    assert [s.name for s in p.skills][:2] == ["Python", "Apache Airflow"]  # UTF-8 with BOM
    assert (p.languages[0].language, p.languages[0].fluency) == (
        "Norwegian",
        "Native or bilingual proficiency",
    )  # UTF-16 with BOM, tab-separated
    assert p.projects[0].start and p.projects[0].start.iso() == "2021-03"  # 2018 header
    assert p.awards[0].awarder == "Vestlandsnett"  # 2018 header (Issuer, Issue Date)
    assert len(p.recommendations) == 1  # the HIDDEN one is not on the profile
    assert len(p.invitations_sent) == 25 and len(p.invitations_received) == 2
    assert p.invitations_sent[0].sent_at == "2026-02-27"
    assert len(p.endorsements_received) == 9  # the 2021-22 header without a public URL
    assert len(p.endorsements_given) == 12 + 4 + 15  # Endorsement_Given_Info.csv + _1.csv
    assert p.connections == 4
    assert "Fjordkraft Analytics AS" in p.connection_companies
    assert p.exported_on and p.exported_on.iso() == "2026-03-02"  # from the name
    assert p.knowledge.unknown == {"photo", "contact", "interests", "birth_date", *_absent_fields()}


def _absent_fields() -> set[str]:
    return {"certificates", "courses", "publications", "organizations", "volunteer"} | {
        "recommendations_given"
    }


def test_private_columns_are_never_loaded() -> None:
    shown = json.dumps(load_path(FIXTURE_ZIP).profile.to_native(), ensure_ascii=False)
    assert "Eksempelveien" not in shown  # Address
    assert "Mar 14" not in shown  # Birth Date
    assert "5003" not in shown  # Zip Code


def test_the_committed_zip_matches_the_folder() -> None:
    with zipfile.ZipFile(FIXTURE_ZIP) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    files = {p.name: p.read_bytes() for p in FIXTURE_FOLDER.iterdir() if p.is_file()}
    assert members == files, "run python fixtures/export/make_zip.py"


def test_zip_and_folder_give_the_same_diagnostics() -> None:
    def seen(path: Path) -> list[tuple]:
        result = lint_path(path)
        return [
            (d.code, d.message, d.member, d.field, d.line, d.column, d.related)
            for d in result.diagnostics
        ]

    from_zip, from_folder = seen(FIXTURE_ZIP), seen(FIXTURE_FOLDER)
    assert from_zip == from_folder
    codes = [c[0] for c in from_zip]
    for code in ("NET001", "NET002", "NET003", "NET005", "END001", "END002"):
        assert code in codes


def test_the_command_line_prints_the_same_for_zip_and_folder(run_cli) -> None:
    zipped = run_cli(["--today", "2026-11-25", FIXTURE_ZIP])
    folder = run_cli(["--today", "2026-11-25", FIXTURE_FOLDER])
    assert zipped.code == folder.code == 1
    assert zipped.out.replace(f"{FIXTURE_NAME}.zip", FIXTURE_NAME) == folder.out
    assert "[Invitations.csv]:" in zipped.out


def test_show_profile_prints_the_loaded_export(run_cli) -> None:
    result = run_cli(["--show-profile", FIXTURE_ZIP])
    document = json.loads(result.out)
    assert document["name"] == "Ingrid Solberg-Haugen"
    assert document["exported_on"] == "2026-03-02"
    assert "photo" in document["knowledge"]["unknown"]
    # profilelint JSON of an export loads back into the same profile (schema 1).
    again = load_bytes(result.out.encode("utf-8")).profile
    assert again.to_native() == load_path(FIXTURE_ZIP).profile.to_native()


def test_positions_point_at_the_record_and_the_cell() -> None:
    loaded = load_path(FIXTURE_FOLDER)
    source = loaded.source
    assert source.member("invitations_sent[0].message") == "Invitations.csv"
    assert source.locate("invitations_sent[0]") == (2, 1)
    # The summary is a cell of Profile.csv's record on line 2, after the headline.
    line, column = source.locate("summary")
    assert line == 2 and column > 60
    # The record after a three-line cell starts three lines further down.
    assert source.locate("recommendations[0]") == (2, 1)
    # A split file's rows keep their own member and line.
    assert source.member("endorsements_given[16]") == "Endorsement_Given_Info_1.csv"
    assert source.locate("endorsements_given[16]") == (2, 1)
    assert source.member("connections") == "Connections.csv"
    assert source.locate("connections") == (4, 1)  # the header after the preamble


def test_discovery_treats_an_export_folder_as_one_profile(tmp_path: Path, run_cli) -> None:
    from profilelint.discovery import discover

    targets = discover([str(FIXTURE_ZIP.parent)], root=tmp_path, include=[], exclude=[])
    assert sorted(t.path.name for t in targets) == [FIXTURE_NAME, f"{FIXTURE_NAME}.zip"]
    csv = FIXTURE_FOLDER / "Invitations.csv"
    hook = discover([str(csv)], root=tmp_path, include=[], exclude=[], only_profiles=True)
    assert [t.path for t in hook] == [FIXTURE_FOLDER]
    assert looks_like_profile(FIXTURE_ZIP)
    result = run_cli(["--only-profiles", "--today", "2026-11-25", csv])
    assert f"{FIXTURE_NAME}[Invitations.csv]" in result.out


# --- variants -------------------------------------------------------------------------------
HEADERS = [
    # Invitations: 2021-22, 2023 (URNs), 2024 (URLs), reordered with a new column.
    (
        "Invitations.csv",
        'From,To,Sent At,Message,Direction\nA B,C D,"11/16/21, 9:40 AM",,OUTGOING\n',
    ),
    (
        "Invitations.csv",
        "From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn\n"
        'A B,C D,"11/16/21, 9:40 AM",,OUTGOING,urn:li:member:1,urn:li:member:2\n',
    ),
    (
        "Invitations.csv",
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        'A B,C D,"11/16/21, 9:40 AM",,OUTGOING,https://x.example,https://y.example\n',
    ),
    (
        "Invitations.csv",
        'Direction,Sent At,Extra,To,From,Message\nOUTGOING,"11/16/21, 9:40 AM",new,C D,A B,\n',
    ),
]


@pytest.mark.parametrize(("member", "text"), HEADERS)
def test_invitation_header_variants(tmp_path: Path, member: str, text: str) -> None:
    p = load_path(make_folder(tmp_path, {member: text})).profile
    assert [(i.other_party, i.sent_at, i.message) for i in p.invitations_sent] == [
        ("C D", "2021-11-16", None)
    ]


ENDORSEMENTS = [
    "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status\n"
    "2021/09/14 12:18:19 UTC,Sviluppo di software,Jo,Be,ACCEPTED\n",
    "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,"
    "Endorsement Status\n05 Jun 2021,Sviluppo di software,Jo,Be,www.linkedin.com/in/x,ACCEPTED\n",
]


@pytest.mark.parametrize("text", ENDORSEMENTS)
def test_endorsement_header_variants(tmp_path: Path, text: str) -> None:
    folder = make_folder(tmp_path, {"Endorsement Received Info.csv": text})
    [endorsement] = load_path(folder).profile.endorsements_received
    assert endorsement.skill == "Sviluppo di software"
    assert endorsement.date and endorsement.date.startswith("2021-")
    assert endorsement.status == "ACCEPTED"


PROFILES = [
    # 2019+ and 2018 (Contact Instructions after Birth Date, Country after Industry).
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    "Kari,Nordmann,,,,Lærer og utvikler,Om meg,Education,,Oslo,,,\n",
    "First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,Summary,"
    "Industry,Country,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    "Kari,Nordmann,,,,,Lærer og utvikler,Om meg,Education,NO,,Oslo,,"
    '"COMPANY:http://example.com, PERSONAL:http://example.org",\n',
]


@pytest.mark.parametrize("text", PROFILES)
def test_profile_header_variants(tmp_path: Path, text: str) -> None:
    p = load_path(make_folder(tmp_path, {"Profile.csv": text})).profile
    assert (p.name, p.headline, p.summary, p.industry) == (
        "Kari Nordmann",
        "Lærer og utvikler",
        "Om meg",
        "Education",
    )
    assert p.location and p.location.text == "Oslo"


PREAMBLES = [
    "",  # 2018: no preamble
    "Notes:\n",
    'Notes:\n"When exporting your connection data, ..."\n\n',
    'Notes:\n"A sentence\nthat spans two lines."\n\nMore notes\n\n',
]


@pytest.mark.parametrize("preamble", PREAMBLES)
def test_preambles_of_any_length(tmp_path: Path, preamble: str) -> None:
    body = "First Name,Last Name,Email Address,Company,Position,Connected On\nA,B,,Acme,CTO,01 Apr 2018\n"
    loaded = load_path(make_folder(tmp_path, {"Connections.csv": preamble + body}))
    assert loaded.profile.connections == 1
    assert loaded.profile.connection_companies == ["Acme"]
    header = preamble.count("\n") + 1
    assert loaded.source.locate("connections") == (header, 1)


ENCODINGS = [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""),  # LinkedIn's 2018 files say UTF-16 by their NUL bytes
]


@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS)
@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_encodings(tmp_path: Path, encoding: str, bom: bytes, delimiter: str) -> None:
    text = CONNECTIONS_2024.replace(",", delimiter) if delimiter == "\t" else CONNECTIONS_2024
    if delimiter == "\t":
        text = text.replace('"Acme\t Inc."', '"Acme, Inc."').replace('"Director\t Ops"', "Ops")
    data = bom + text.replace("\n", "\r\n").encode(encoding)
    p = load_path(make_folder(tmp_path, {"Connections.csv": data})).profile
    assert p.connections == 2
    assert "Acme, Inc." in p.connection_companies


def test_names_match_ignoring_case_spaces_and_underscores(tmp_path: Path) -> None:
    files = {
        "endorsement_received_info.CSV": ENDORSEMENTS[0],
        "Recommendations Received.csv": "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
        'A,B,C,D,Great to work with,"07/15/18, 09:11 PM",VISIBLE\n',
    }
    p = load_path(make_folder(tmp_path, files)).profile
    assert len(p.endorsements_received) == 1
    assert p.recommendations[0].date and p.recommendations[0].date.iso() == "2018-07-15"


def test_split_files_merge_in_order(tmp_path: Path) -> None:
    header = "From,To,Sent At,Message,Direction\n"
    files = {
        "Invitations_2.csv": header + 'A,Third,"1/3/23, 1:00 PM",,OUTGOING\n',
        "Invitations.csv": header + 'A,First,"1/1/23, 1:00 PM",,OUTGOING\n',
        "Invitations_1.csv": header + 'A,Second,"1/2/23, 1:00 PM",,OUTGOING\n',
    }
    for loaded in (
        load_path(make_folder(tmp_path, files)),
        load_bytes(make_zip(files)),
    ):
        sent = loaded.profile.invitations_sent
        assert [i.other_party for i in sent] == ["First", "Second", "Third"]
        assert loaded.source.member("invitations_sent[2]") == "Invitations_2.csv"


def test_a_folder_with_only_connections_knows_nothing_else(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"Connections.csv": CONNECTIONS_2024})
    profile = load_path(folder).profile
    assert set(PROFILE_FIELDS) - profile.knowledge.unknown == {
        "connections",
        "connection_companies",
        "exported_on",
    }
    assert lint_path(folder).diagnostics == []  # no "missing" rule fires


def test_the_export_date_is_the_newest_record_without_a_dated_name(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"Connections.csv": CONNECTIONS_2024})
    assert str(load_path(folder).profile.exported_on) == "2025-12-04"
    named = make_folder(tmp_path, {"Connections.csv": CONNECTIONS_2024}, "x_01-31-2026")
    assert str(load_path(named).profile.exported_on) == "2026-01-31"


# --- dates ----------------------------------------------------------------------------------
DATES = [
    ("Jan 2020", "2020-01"),
    ("2017", "2017"),
    ("16 Nov 2021", "2021-11-16"),
    ("01 Oct 2022", "2022-10-01"),
    ("1/12/23, 3:44 PM", "2023-01-12"),
    ("1/28/18, 5:29 AM", "2018-01-28"),
    ("02/21/25, 08:33 PM", "2025-02-21"),
    ("2017/10/26 19:33:04 UTC", "2017-10-26"),
    ("1823-07-18 11:00:00 UTC", "1823-07-18"),
    ("2021-08-18 20:49 UTC", "2021-08-18"),
    ("Apr 3, 2023", "2023-04-03"),
    ("Tue Oct 28 20:33:50 UTC 2025", "2025-10-28"),
    ("1815-12-10", "1815-12-10"),
    ("Sept 2019", "2019-09"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_every_export_date_format(text: str, iso: str) -> None:
    date = parse_export_date(text)
    assert date is not None and date.iso() == iso


@pytest.mark.parametrize("text", ["Spring 2019", "13/45/21, 1:00 PM", "Oct 18x", "Foo 2020"])
def test_unreadable_dates(text: str) -> None:
    assert parse_export_date(text) is None


@pytest.mark.parametrize("text", ["", "N/A", "Not Available"])
def test_no_date(text: str) -> None:
    date = parse_export_date(text)
    assert date is not None and date.year is None


def test_an_unreadable_date_is_unknown_with_one_info(tmp_path: Path) -> None:
    positions = (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Acme,Engineer,Built things.,Oslo,Spring 2019,\n"
        "Globex,Engineer,Built more.,Oslo,Früher,Jan 2019\n"
    )
    folder = make_folder(tmp_path, {"Positions.csv": positions})
    loaded = load_path(folder)
    start = loaded.profile.positions[0].start
    assert start is not None and not start.known
    [problem] = loaded.problems
    assert problem.code == "INP008"
    assert "'Spring 2019'" in problem.message and "1 more" in problem.message
    assert (problem.member, problem.line, problem.column) == ("Positions.csv", 2, 34)
    codes = [d.code for d in lint_path(folder).diagnostics]
    assert codes.count("INP008") == 1 and "EXP005" not in codes


# --- the corpus -----------------------------------------------------------------------------
SILKYRICH = ("Ada Byron-Lovelace", 11, 60, 85, 77, 700, 1500, 2000, "1852-12-28")
EXPECTED = {
    # name, positions, skills, sent, received, endorsed, given, connections, export date
    "hudi-mock-2022": ("Davide Mock", 1, 6, 1, 2, 3, 0, 2, "2021-11-17"),
    "hirefrank-mock-2024": (None, 0, 0, 0, 0, 0, 0, 10, "2024-10-10"),
    "kawsay-mock-bom": (None, 0, 0, 0, 0, 0, 0, 2, "2024-02-03"),
    "silkyrich-fictional-2026": SILKYRICH,
    "silkyrich-fictional-2026_sample_export.zip": SILKYRICH,
}


@pytest.mark.parametrize("path", corpus_files("linkedin-export", "*"), ids=lambda p: p.name)
def test_every_corpus_export_loads(path: Path) -> None:
    loaded = load_path(path)
    p = loaded.profile
    name, positions, skills, sent, received, endorsed, given, connections, date = EXPECTED[
        path.name
    ]
    assert loaded.problems == []
    assert (p.name, len(p.positions), len(p.skills)) == (name, positions, skills)
    assert (len(p.invitations_sent), len(p.invitations_received)) == (sent, received)
    assert (len(p.endorsements_received), len(p.endorsements_given)) == (endorsed, given)
    assert p.connections == connections
    assert p.exported_on and p.exported_on.iso() == date  # the newest record: no dated name
    assert "photo" in p.knowledge.unknown and p.photo is None
    assert looks_like_profile(path)


def test_the_corpus_folder_and_zip_load_the_same_profile() -> None:
    root = corpus_dir() / "linkedin-export"
    folder = load_path(root / "silkyrich-fictional-2026").profile
    zipped = load_path(root / "silkyrich-fictional-2026_sample_export.zip").profile
    assert folder == zipped


def test_the_corpus_zip_never_reads_its_messages() -> None:
    """messages.csv unpacks to 7.4 MB: a limit of 2 MB passes because it is never read."""
    from profilelint.loaders.base import Limits

    path = corpus_dir() / "linkedin-export" / "silkyrich-fictional-2026_sample_export.zip"
    loaded = load_path(path, Limits(max_unpacked_size=2 * 1024 * 1024))
    assert loaded.profile.connections == 2000
    with pytest.raises(LoadError) as error:
        load_path(path, Limits(max_unpacked_size=300_000))  # Connections.csv alone is 302 kB
    assert error.value.code == "INP003"


def test_corpus_history_rules_judge_the_window_of_the_export() -> None:
    """silkyrich's generator dates end in 1852; its invitations stop in 1851.  The default
    window (90 days before 1852-12-28) holds none of them: a window of 2,000 days does."""
    path = corpus_dir() / "linkedin-export" / "silkyrich-fictional-2026"
    default = [d.code for d in lint_path(path, select=["NET", "END"]).diagnostics]
    assert default == ["END001"]
    wide = {"checks": {"outreach": {"window-days": 2000}, "endorsements": {"window-days": 2000}}}
    found = lint_path(path, select=["NET", "END"], config=wide).diagnostics
    messages = {d.code: d.message for d in found}
    assert messages["NET001"].startswith("13 of 21 invitations")
    assert "One note went to 8 people" in messages["NET002"]
    assert "END002" not in messages  # the generator gives at most five a day
    assert all("Babbage" not in d.message for d in found)


def test_profile_model_still_loads_schema_1() -> None:
    assert Profile.model_validate({"name": "Ana"}).exported_on is None


def _third_parties(profile: Profile) -> set[str]:
    people = [i.other_party for i in (*profile.invitations_sent, *profile.invitations_received)]
    people += [e.other_party for e in (*profile.endorsements_received, *profile.endorsements_given)]
    people += [r.author for r in (*profile.recommendations, *profile.recommendations_given)]
    return {part for name in people if name for part in name.split() if len(part) >= 4}


@pytest.mark.parametrize(
    "path",
    [FIXTURE_FOLDER, *corpus_files("linkedin-export", "silkyrich*")],
    ids=lambda p: p.name,
)
def test_no_message_names_an_invitee_endorser_or_recommender(path: Path) -> None:
    wide = {
        "checks": {"outreach": {"window-days": 99_999}, "endorsements": {"window-days": 99_999}}
    }
    result = lint_path(path, config=wide)
    names = _third_parties(load_path(path).profile) - {"Ingrid", "Solberg-Haugen"}
    assert result.diagnostics
    for diagnostic in result.diagnostics:
        assert not [n for n in names if n in diagnostic.message], diagnostic.message
