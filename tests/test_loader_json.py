"""JSON loaders: the JSON Resume mapping, source positions, and the INP diagnostics."""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, FIXTURES, TODAY, corpus_dir, corpus_files

from profilelint.diagnostic import FileResult
from profilelint.engine import Linter
from profilelint.loaders import LoadError, LoadResult, load_bytes, load_path
from profilelint.plugins import load_registry
from profilelint.testing import lint_json, make_settings


def load(document: dict[str, Any] | str | bytes) -> LoadResult:
    """Load a document (dict, text or bytes) with the default limits."""
    if isinstance(document, dict):
        document = json.dumps(document, indent=2, ensure_ascii=False)
    if isinstance(document, str):
        document = document.encode("utf-8")
    return load_bytes(document)


def lint_bytes(data: bytes, config: dict[str, Any] | None = None) -> FileResult:
    """Lint raw bytes as standard input would be."""
    settings = make_settings(config=config, today=TODAY)
    return Linter(settings, load_registry()).lint_bytes(data, "input.json")


def inp(result: FileResult) -> list[str]:
    """The INP codes of a result, but the keys it says it ignores (info)."""
    return [d.code for d in result.diagnostics if d.code.startswith("INP") and d.severity != "info"]


# --- field mapping ----------------------------------------------------------------------------


def test_basics_mapping() -> None:
    profile = load(
        {
            "basics": {
                "name": "Ana Pérez",
                "label": "Helping clinics plan rosters",
                "image": "https://example.org/ana.jpg",
                "email": "ana@example.org",
                "phone": "+34 600 000 000",
                "url": "https://ana.example.org",
                "summary": "I build rostering tools.",
                "location": {"city": "Sevilla", "countryCode": "ES", "address": "Calle 1"},
                "profiles": [{"network": "LinkedIn", "username": "ana", "url": "https://x/in/ana"}],
            },
            "references": [{"name": "Kari", "reference": "Great colleague."}],
        }
    ).profile
    assert profile.name == "Ana Pérez"
    assert profile.headline == "Helping clinics plan rosters"
    assert profile.photo is not None and profile.photo.url == "https://example.org/ana.jpg"
    assert profile.summary == "I build rostering tools."
    assert (profile.contact.email, profile.contact.phone, profile.contact.url) == (
        "ana@example.org",
        "+34 600 000 000",
        "https://ana.example.org",
    )
    assert profile.location is not None
    assert (profile.location.city, profile.location.country_code, profile.location.address) == (
        "Sevilla",
        "ES",
        "Calle 1",
    )
    assert [(x.network, x.username) for x in profile.links] == [("LinkedIn", "ana")]
    assert [(r.author, r.text) for r in profile.recommendations] == [("Kari", "Great colleague.")]


def test_work_mapping_summary_is_the_role_and_description_the_company() -> None:
    position = load(
        {
            "work": [
                {
                    "name": "Northwind",
                    "position": "Data Engineer",
                    "description": "A freight company",
                    "summary": "I run the data platform.",
                    "highlights": ["Cut costs 20%"],
                    "url": "https://northwind.example",
                    "location": "Oslo",
                    "startDate": "2020-03",
                    "endDate": "2022-01-15",
                }
            ]
        }
    ).profile.positions[0]
    assert position.company == "Northwind"
    assert position.title == "Data Engineer"
    assert position.company_description == "A freight company"
    assert position.description == "I run the data platform."
    assert position.highlights == ["Cut costs 20%"]
    assert position.url == "https://northwind.example"
    assert position.location == "Oslo"
    assert position.start is not None and (position.start.year, position.start.month) == (2020, 3)
    assert position.end is not None and position.end.iso() == "2022-01-15"
    assert position.current is False


def test_pre_1_0_names_map_to_the_new_fields() -> None:
    result = load(
        {
            "basics": {"name": "Lucía", "picture": "me.jpg", "website": "https://lucia.example"},
            "work": [{"company": "Estudio", "website": "https://estudio.example"}],
            "education": [{"institution": "UV", "gpa": "3.9"}],
        }
    )
    profile = result.profile
    assert profile.photo is not None and profile.photo.url == "me.jpg"
    assert profile.contact.url == "https://lucia.example"
    assert profile.positions[0].company == "Estudio"
    assert profile.positions[0].url == "https://estudio.example"
    assert profile.education[0].score == "3.9"
    assert [p for p in result.problems if p.severity != "info"] == []  # ignored keys


@pytest.mark.parametrize(
    ("end", "current"),
    [
        (None, True),
        ("Present", True),
        ("present", True),
        ("current", True),
        ("Current", True),
        ("now", True),
        ("", True),
        ("2021-06", False),
        ("2021", False),
    ],
)
def test_end_dates_and_current(end: str | None, current: bool) -> None:
    item: dict[str, Any] = {"name": "Acme", "position": "Dev", "startDate": "2019-01"}
    if end is not None:
        item["endDate"] = end
    position = load({"work": [item]}).profile.positions[0]
    assert position.current is current
    if current:
        assert position.end is None


def test_location_string_and_object() -> None:
    as_text = load({"basics": {"name": "A", "location": "Berlin, Germany"}}).profile.location
    assert as_text is not None and as_text.text == "Berlin, Germany"
    as_object = load({"basics": {"name": "A", "location": {"city": "Berlin"}}}).profile.location
    assert as_object is not None and as_object.city == "Berlin" and as_object.text is None
    work = load({"work": [{"name": "X", "location": {"city": "Oslo", "countryCode": "NO"}}]})
    assert work.profile.positions[0].location == "Oslo, NO"


def test_skill_keywords_are_skills_and_a_bare_group_is_one_skill() -> None:
    skills = load(
        {
            "skills": [
                {"name": "Data", "level": "Expert", "keywords": ["SQL", "dbt"]},
                {"name": "Leadership"},
            ]
        }
    ).profile.skills
    assert [(s.name, s.category, s.level) for s in skills] == [
        ("SQL", "Data", "Expert"),
        ("dbt", "Data", "Expert"),
        ("Leadership", None, None),
    ]


def test_legacy_fixture_loads_clean_with_crlf_positions() -> None:
    data = (FIXTURES / "legacy-names.json").read_bytes()
    assert b"\r\n" in data
    result = load_path(FIXTURES / "legacy-names.json")
    assert [p for p in result.problems if p.severity != "info"] == []  # ignored keys
    assert result.profile.photo is None  # "picture": "" is no photo
    assert result.profile.positions and result.profile.positions[0].company
    text = data.decode("utf-8")
    lines = text.split("\r\n")
    row = next(i for i, line in enumerate(lines) if '"label"' in line)
    column = lines[row].index('"', lines[row].index(":")) + 1
    assert result.source.locate("headline") == (row + 1, column)


# --- positions ---------------------------------------------------------------------------------

HEADLINE = "Helping clinics plan rosters"


def _positions_text(newline: str, name: str) -> str:
    return (
        "{"
        + newline
        + f'  "basics": {{"name": "{name}", "label": "{HEADLINE}"}},'
        + newline
        + '  "work": [{"name": "Ñandú", "position": "Dev", '
        + '"summary": "I built the 🚀 rostering tool"}]'
        + newline
        + "}"
    )


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("name", ["Ana", "王丽华 😀 Ana", "Łukasz Żółć 👩‍💻"])
def test_positions_are_code_points(bom: bytes, newline: str, name: str) -> None:
    text = _positions_text(newline, name)
    source = load(bom + text.encode("utf-8")).source
    lines = text.split(newline)
    # Columns count code points: str.index on the decoded line is exactly that.
    assert source.locate("headline") == (2, lines[1].index(f'"{HEADLINE}"') + 1)
    assert source.locate("name") == (2, lines[1].index(f'"{name}"') + 1)
    assert source.locate("positions[0].title") == (3, lines[2].index('"Dev"') + 1)
    assert source.locate("positions[0].company") == (3, lines[2].index('"Ñandú"') + 1)
    # The quote refinement points at the quoted words inside the string.
    assert source.locate("positions[0].description", "rostering") == (
        3,
        lines[2].index("rostering") + 1,
    )
    assert source.locate("headline", "clinics") == (2, lines[1].index("clinics") + 1)


def test_quote_not_found_falls_back_to_the_value() -> None:
    text = _positions_text("\n", "Ana")
    line = text.split("\n")[1]
    assert load(text).source.locate("headline", "nowhere") == (2, line.index(f'"{HEADLINE}"') + 1)


def test_missing_fields_point_at_the_nearest_existing_ancestor() -> None:
    text = _positions_text("\n", "Ana")
    lines = text.split("\n")
    source = load(text).source
    # basics.summary is absent: the basics object (its key) is the nearest ancestor.
    assert source.locate("summary") == (2, lines[1].index('"basics"') + 1)
    # work[0].highlights is absent: work[0] (an array item, no key) is the nearest ancestor.
    assert source.locate("positions[0].highlights") == (3, lines[2].index("{") + 1)
    # education is absent altogether: the document itself.
    assert source.locate("education") == (1, 1)


def test_list_items_and_skills_are_located() -> None:
    text = '{\n  "skills": [\n    {"name": "Data", "keywords": ["SQL", "dbt"]},\n    {"name": "Lead"}\n  ]\n}'
    source = load(text).source
    lines = text.split("\n")
    assert source.locate("skills[1]") == (3, lines[2].index('"dbt"') + 1)
    assert source.locate("skills[2]") == (4, lines[3].index('"Lead"') + 1)


# --- INP006 unknown keys -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("basics", "key", "guess", "field"),
    [
        ({"name": "A", "lable": "Programmer"}, "lable", "label", "headline"),
        ({"name": "A", "Label": "Programmer"}, "Label", "label", "headline"),
        ({"name": "A", "sumary": "I build things."}, "sumary", "summary", "summary"),
        ({"name": "A", "imgae": "x.jpg"}, "imgae", "image", "photo"),
        # Names from other formats, too far from the key for a spelling match.
        ({"name": "A", "headline": "Programmer"}, "headline", "label", "headline"),
        ({"name": "A", "about": "I build things."}, "about", "summary", "summary"),
        ({"name": "A", "photo": "me.jpg"}, "photo", "image", "photo"),
    ],
)
def test_unknown_key_suggests_and_silences_the_missing_rule(
    basics: dict[str, Any], key: str, guess: str, field: str
) -> None:
    document = {"basics": basics}
    result = lint_json(document)
    found = [d for d in result.diagnostics if d.code == "INP006"]
    assert len(found) == 1, result.diagnostics
    assert f"'{key}'" in found[0].message
    assert f"did you mean '{guess}'" in found[0].message
    assert found[0].field == field
    assert found[0].severity == "warning"
    line = json.dumps(document, indent=2).split("\n")
    row = next(i for i, text in enumerate(line) if f'"{key}"' in text)
    assert (found[0].line, found[0].column) == (row + 1, line[row].index(f'"{key}"') + 1)
    # The field it probably meant is unknown, so no rule reports it missing.
    assert [d.code for d in result.diagnostics if d.field == field] == ["INP006"]


def test_unknown_key_in_a_work_item() -> None:
    result = lint_json({"basics": {"name": "A", "label": "x"}, "work": [{"postion": "Dev"}]})
    found = [d for d in result.diagnostics if d.code == "INP006"]
    assert [d.field for d in found] == ["positions[0].title"]
    assert "did you mean 'position'" in found[0].message


def test_alias_in_a_work_item() -> None:
    result = lint_json(
        {"basics": {"name": "A", "label": "x"}, "work": [{"name": "Acme", "title": "Dev"}]}
    )
    found = [d for d in result.diagnostics if d.code == "INP006"]
    assert [d.field for d in found] == ["positions[0].title"]
    assert "did you mean 'position'" in found[0].message
    assert "EXP004" not in result.codes()


@pytest.mark.parametrize(
    ("document", "key", "where"),
    [
        ({"basics": {"name": "A", "label": "x", "hobbies2": 1}}, "hobbies2", "in basics"),
        ({"basics": {"name": "Åse"}, "fritid": []}, "fritid", "at the top level"),
        ({"basics": {"name": "李娜"}, "work": [{"name": "X", "团队": "3"}]}, "团队", "in work"),
    ],
)
def test_an_unknown_key_with_no_close_match_is_said_as_info(
    document: dict[str, Any], key: str, where: str
) -> None:
    found = [d for d in lint_json(document).diagnostics if d.code == "INP006"]
    assert [(d.severity, d.message) for d in found] == [
        ("info", f"profilelint ignores '{key}' {where}: the format defines no such key")
    ]


def test_keys_tools_add_are_not_reported() -> None:
    # Resumake writes selectedTemplate/headings/sections beside JSON Resume; themes add "id".
    document = {
        "selectedTemplate": 1,
        "headings": {"work": "Experience"},
        "sections": ["profile", "work"],
        "basics": {"name": "Ana"},
        "work": [{"id": "w1", "name": "Ruter", "position": "Planner"}],
    }
    assert [d.code for d in lint_json(document).diagnostics if d.code.startswith("INP")] == []


def test_one_ignored_key_repeated_in_a_list_is_one_finding_with_related_places() -> None:
    document = {
        "basics": {"name": "A"},
        "projects": [{"name": f"P{i}", "colour": "red"} for i in range(3)],
    }
    found = [d for d in lint_json(document).diagnostics if d.code == "INP006"]
    assert len(found) == 1 and len(found[0].related) == 2


# --- INP004 wrong types ------------------------------------------------------------------------


def test_label_of_the_wrong_type_is_inp004_not_missing() -> None:
    document = {"basics": {"name": "A", "label": 42}}
    result = lint_json(document)
    found = [d for d in result.diagnostics if d.code == "INP004"]
    assert len(found) == 1
    assert found[0].field == "headline" and "'label'" in found[0].message
    lines = json.dumps(document, indent=2).split("\n")
    assert (found[0].line, found[0].column) == (4, lines[3].index("42") + 1)
    assert "HDL001" not in result.codes()
    assert result.format == "jsonresume"


@pytest.mark.parametrize(
    ("document", "field", "words"),
    [
        ({"work": "x"}, "positions", "'work' should be a list"),
        ({"work": ["x"]}, "positions", "item 0 of 'work' should be an object"),
        ({"work": [{"highlights": ["a", 3]}]}, "positions[0].highlights", "should be text"),
        ({"work": [{"startDate": {"y": 1}}]}, "positions[0].start", "should be a date"),
        ({"basics": {"name": "A", "label": "Programmer", "location": 7}}, "location", "'location'"),
        ({"skills": {"name": "x"}}, "skills", "'skills' should be a list"),
    ],
)
def test_wrong_types_give_inp004_and_the_rest_is_checked(
    document: dict[str, Any], field: str, words: str
) -> None:
    document = {"basics": {"name": "Ana", "label": "Programmer"}, **document}
    result = lint_json(document)
    found = [d for d in result.diagnostics if d.code == "INP004"]
    assert len(found) == 1, result.diagnostics
    assert found[0].field == field
    assert words in found[0].message
    assert found[0].line is not None and found[0].column is not None
    # The rest was still loaded and checked: the bare job title is still reported.
    assert "HDL002" in result.codes()


def test_a_dropped_list_item_does_not_hide_the_next_one() -> None:
    profile = load({"work": ["x", {"name": "Acme", "position": "Dev"}]}).profile
    assert profile.positions[0].company == "Acme"
    assert profile.knows("positions[0]")
    assert profile.knows("positions[0].title")
    # One role was dropped, so the list is incomplete: "only one role" must not be judged.
    assert not profile.complete("positions")


def test_a_dropped_text_item_does_not_hide_the_next_one() -> None:
    text = json.dumps({"work": [{"highlights": ["a", 3, "b"]}]}, indent=2)
    result = load(text)
    assert result.profile.positions[0].highlights == ["a", "b"]
    assert result.profile.knows("positions[0].highlights[1]")
    lines = text.split("\n")
    row = next(i for i, line in enumerate(lines) if '"b"' in line)
    assert result.source.locate("positions[0].highlights[1]") == (
        row + 1,
        lines[row].index('"b"') + 1,
    )


# --- INP001 / INP002 / INP003 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"   \n\t", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"\xff\xfe{\x00\x00\xd8}\x00", "UTF-16"),
        (b'{"basics": {"name": "Ana \xe9"}}', "UTF-8"),
    ],
)
def test_inp001_unreadable(data: bytes, words: str) -> None:
    result = lint_bytes(data)
    assert [d.code for d in result.diagnostics] == ["INP001"]
    assert words in result.diagnostics[0].message
    assert (result.format, result.score, result.level) == (None, None, None)


def test_inp001_not_well_formed_json_has_line_and_column() -> None:
    text = '{\n  "basics": {\n    "name": "Ana",\n    "label": oops\n  }\n}'
    result = lint_bytes(text.encode())
    (diagnostic,) = result.diagnostics
    assert diagnostic.code == "INP001"
    assert (diagnostic.line, diagnostic.column) == (4, text.split("\n")[3].index("oops") + 1)


def test_inp001_missing_path(tmp_path: Path) -> None:
    settings = make_settings(today=TODAY)
    result = Linter(settings, load_registry()).lint_path(tmp_path / "nope.json")
    assert [d.code for d in result.diagnostics] == ["INP001"]
    with pytest.raises(LoadError) as caught:
        load_path(tmp_path / "nope.json")
    assert caught.value.code == "INP001"


def _zip_bytes() -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # A ZIP that is no LinkedIn export (a ZIP with Profile.csv is one: test_loader_export).
        archive.writestr("notes/Profile.txt", "First Name,Last Name\nAna,Pérez\n")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        json.dumps({"name": "my-resume", "version": "1.0.0", "dependencies": {}}).encode(),
        b"[1, 2, 3]",
        b'"just a string"',
        b"<!DOCTYPE html><html><body>Ana</body></html>",
        json.dumps({"name": "Jane", "meta": {"format": "FRESH@0.6.0"}, "info": {}}).encode(),
        json.dumps({"name": "Jane", "employment": {"history": []}, "info": {}}).encode(),
        _zip_bytes(),
        b"name: Ana\nlabel: Programmer\n",
    ],
    ids=["package-json", "array", "string", "html", "fresh-meta", "fresh-shape", "zip", "yaml"],
)
def test_inp002_not_a_profile(data: bytes) -> None:
    result = lint_bytes(data)
    assert [d.code for d in result.diagnostics] == ["INP002"]
    assert (result.format, result.score, result.level) == (None, None, None)


def test_package_json_fixture_is_inp002() -> None:
    settings = make_settings(today=TODAY)
    result = Linter(settings, load_registry()).lint_path(FIXTURES / "team" / "package.json")
    assert result.codes() == ["INP002"]


def test_inp003_size_limit() -> None:
    document = json.dumps({"basics": {"name": "A", "summary": "x" * 2000}}).encode()
    result = lint_bytes(document, config={"limits": {"max-file-size": 1000}})
    assert result.codes() == ["INP003"]
    assert lint_bytes(document, config={"limits": {"max-file-size": 100_000}}).codes() != ["INP003"]


def test_inp003_size_limit_for_a_path(tmp_path: Path) -> None:
    file = tmp_path / "big.json"
    file.write_text(json.dumps({"basics": {"name": "A", "summary": "x" * 2000}}))
    settings = make_settings(config={"limits": {"max-file-size": 1000}}, today=TODAY)
    assert Linter(settings, load_registry()).lint_path(file).codes() == ["INP003"]


def test_inp003_depth_limit() -> None:
    nested: Any = "deep"
    for _ in range(30):
        nested = {"x": nested}
    data = json.dumps({"basics": {"name": "A", "label": "x"}, "extra": nested}).encode()
    assert lint_bytes(data, config={"limits": {"max-depth": 10}}).codes() == ["INP003"]
    assert "INP003" not in lint_bytes(data, config={"limits": {"max-depth": 64}}).codes()


def test_inp003_depth_of_brackets_inside_strings_does_not_count() -> None:
    data = json.dumps({"basics": {"name": "[[[[[[[[[[[[{{{{{{{{{{", "label": "x"}}).encode()
    assert "INP003" not in lint_bytes(data, config={"limits": {"max-depth": 4}}).codes()


def test_inp003_item_limit() -> None:
    data = json.dumps({"skills": [{"name": f"s{i}"} for i in range(100)]}).encode()
    assert lint_bytes(data, config={"limits": {"max-items": 50}}).codes() == ["INP003"]


# --- the shared corpus -------------------------------------------------------------------------


@pytest.mark.parametrize("path", corpus_files("jsonresume"), ids=lambda p: p.name)
def test_corpus_jsonresume_loads_without_inp(path: Path) -> None:
    corpus_dir()
    settings = make_settings(today=TODAY)
    result = Linter(settings, load_registry()).lint_path(path)
    assert inp(result) == [], [(d.code, d.message) for d in result.diagnostics]
    assert result.format == "jsonresume"
    assert result.score is not None


@pytest.mark.parametrize("path", corpus_files("other", "fresh*.json"), ids=lambda p: p.name)
def test_corpus_fresh_files_are_inp002(path: Path) -> None:
    corpus_dir()
    settings = make_settings(today=TODAY)
    result = Linter(settings, load_registry()).lint_path(path)
    assert result.codes() == ["INP002"]
    assert "FRESH" in result.diagnostics[0].message


def test_corpus_has_the_expected_folders(corpus: Path) -> None:
    assert corpus == CORPUS
    assert len(corpus_files("jsonresume")) >= 7
    assert len(corpus_files("other", "fresh*.json")) >= 2


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_unicode_with_a_bom_loads(encoding: str) -> None:
    """Windows tools write UTF-16 and UTF-32 with a byte-order mark: they load like UTF-8."""
    text = '{"basics": {"name": "Åsa Øberg", "label": "Software Engineer"}}'
    data = text.encode(encoding)
    if encoding.endswith("-be"):
        data = {
            "utf-16-be": "\ufeff".encode("utf-16-be"),
            "utf-32-be": "\ufeff".encode("utf-32-be"),
        }[encoding] + data
    loaded = load_bytes(data)
    assert loaded.profile.name == "Åsa Øberg"
    assert loaded.source.locate("headline") == (1, text.index('"Software') + 1)


# --- Other résumé vocabularies, misspelt sections, grouped INP004, INP001 help -----------------

REACTIVE = {
    "basics": {"name": "Ola Nordmann", "headline": "Planner", "url": {"label": "", "href": ""}},
    "sections": {"summary": {"id": "summary", "visible": True, "content": "I plan routes."}},
    "metadata": {"template": "rhyhorn", "page": {"format": "a4"}},
}
VISIKY = {
    "titleNameMap": {"workExpList": "工作经历"},
    "profile": {"name": "王芳"},
    "workExpList": [],
}


@pytest.mark.parametrize(
    ("document", "words"),
    [
        (REACTIVE, ("Reactive Resume", "sections.experience", "'work'")),
        (VISIKY, ("visiky", "JSON Resume")),
        (
            {"name": "Kari", "title": "Sykepleier", "experience": [{"role": "Nurse"}]},
            ("own vocabulary", "'experience'", "'basics'"),
        ),
        ({"personal": {"nombre": "Lucía"}, "educacion": []}, ("own vocabulary", "'personal'")),
        ({"layout": "resume", "permalink": "/cv/"}, ("'layout'", "not a JSON Resume")),
    ],
)
def test_other_vocabularies_are_inp002_naming_them(
    document: dict[str, Any], words: tuple[str, ...]
) -> None:
    result = lint_json(document)
    assert result.codes() == ["INP002"]
    assert all(word in result.diagnostics[0].message for word in words)


def test_a_resumake_file_is_json_resume() -> None:
    # Resumake writes JSON Resume with its own 'sections' list: not a Reactive Resume export.
    document = {"sections": ["work"], "basics": {"name": "Ana"}, "work": [{"name": "Posten"}]}
    assert lint_json(document).format == "jsonresume"


@pytest.mark.parametrize("key", ["basic", "Basics"])
def test_basic_suggests_basics_and_leaves_the_basics_unknown(key: str) -> None:
    result = lint_json({key: {"name": "任丹", "label": "工程师"}})
    found = [d for d in result.diagnostics if d.code == "INP006"]
    assert [d.message for d in found] == [
        f"unknown key '{key}' at the top level; did you mean 'basics'?"
    ]
    assert found[0].severity == "warning"
    assert not {"BAS001", "HDL001", "SUM001", "PHO001", "BAS002"} & set(result.codes())


@pytest.mark.parametrize(
    ("key", "rule"),
    [("Bildung", "EDU001"), ("experiencia", "EXP001"), ("compétences", "SKL001")],
)
def test_a_section_named_in_another_language_is_not_reported_missing(key: str, rule: str) -> None:
    result = lint_json({"basics": {"name": "Ana"}, key: [{"x": "y"}]})
    assert rule not in result.codes()
    assert any(d.code == "INP006" and f"'{key}'" in d.message for d in result.diagnostics)


def test_one_wrong_typed_array_is_one_inp004_with_related_places() -> None:
    document = {"basics": {"name": "A"}, "work": [{"name": "X", "highlights": [1, 2, 3]}]}
    found = [d for d in lint_json(document).diagnostics if d.code == "INP004"]
    assert len(found) == 1
    assert found[0].message.startswith("3 items of 'highlights' are unusable")
    assert [r.line is not None for r in found[0].related] == [True, True]


def test_empty_template_entries_are_not_entries() -> None:
    blank = {"company": "", "position": "", "startDate": "", "summary": "", "highlights": [""]}
    result = lint_json({"basics": {"name": "Gopal"}, "work": [blank, blank]})
    assert "EXP004" not in result.codes() and "EXP003" not in result.codes()
    assert "EXP001" in result.codes()


@pytest.mark.parametrize(
    ("text", "help_words"),
    [
        ('{"basics": {"name": "A",}}', "line and column"),
        ("", "Write the profile"),
    ],
)
def test_inp001_help_fits_the_error(tmp_path: Path, text: str, help_words: str) -> None:
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    result = Linter(make_settings(today=TODAY), load_registry()).lint_path(path)
    assert result.codes() == ["INP001"]
    assert help_words in result.diagnostics[0].help
    assert "exists" not in result.diagnostics[0].help


def test_a_finding_on_a_list_or_object_points_at_its_key_like_rules_do() -> None:
    document = {"basics": {"name": "A"}, "work": [{"name": "X", "highlights": {"a": 1}}]}
    text = json.dumps(document, indent=2)
    found = [d for d in lint_json(text).diagnostics if d.code == "INP004"]
    line = next(i for i, row in enumerate(text.split("\n"), 1) if '"highlights"' in row)
    assert [(d.line, d.column) for d in found] == [
        (line, text.split("\n")[line - 1].index('"') + 1)
    ]
