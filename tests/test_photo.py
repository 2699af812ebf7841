"""Photo rules (PHO) and the photo loader: images built with Pillow beside a JSON Resume."""

from __future__ import annotations

import json
import socket
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from profilelint.diagnostic import FileResult
from profilelint.engine import Linter
from profilelint.loaders.photo import is_default_photo, local_path
from profilelint.plugins import load_registry
from profilelint.testing import lint_json, make_settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("profilelint opened a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def lint_file(path: Path, config: dict | None = None) -> FileResult:
    settings = make_settings(select=["PHO"], config=config)
    return Linter(settings, load_registry()).lint_path(path)


def profile_with(folder: Path, image: str, config: dict | None = None) -> FileResult:
    path = folder / "profile.json"
    path.write_text(json.dumps({"basics": {"name": "Ana Pérez", "image": image}}), "utf-8")
    return lint_file(path, config)


def make_image(path: Path, size: tuple[int, int], fmt: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (180, 120, 90)).save(path, fmt)
    return path


def only(result: FileResult, code: str):
    found = [d for d in result.diagnostics if d.code == code]
    assert len(found) == 1, result.diagnostics
    return found[0]


# --- local files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "size", "fmt"),
    [
        ("me.jpg", (600, 600), "JPEG"),
        ("me.png", (400, 400), "PNG"),
        ("me.gif", (500, 450), "GIF"),
        ("photo.png", (800, 700), "JPEG"),  # a JPEG behind a .png name is still a JPEG
        ("Foto de Ana.jpeg", (1200, 1000), "JPEG"),
    ],
)
def test_good_local_photo_is_clean(tmp_path: Path, name: str, size: tuple, fmt: str) -> None:
    make_image(tmp_path / name, size, fmt)
    result = profile_with(tmp_path, name)
    assert result.codes() == []


@pytest.mark.parametrize(
    ("name", "size", "fmt", "code", "words"),
    [
        ("small.jpg", (200, 200), "JPEG", "PHO003", ["small.jpg", "200x200", "400x400"]),
        ("narrow.png", (399, 600), "PNG", "PHO003", ["399x600"]),
        ("wide.jpg", (1200, 800), "JPEG", "PHO004", ["wide.jpg", "1200x800", "1.50", "wide"]),
        ("tall.jpg", (600, 800), "JPEG", "PHO004", ["600x800", "tall"]),
        ("me.webp", (600, 600), "WEBP", "PHO005", ["me.webp", "WEBP"]),
        ("me.bmp", (600, 600), "BMP", "PHO005", ["me.bmp", "BMP"]),
    ],
)
def test_local_photo_flagged(
    tmp_path: Path, name: str, size: tuple, fmt: str, code: str, words: list[str]
) -> None:
    make_image(tmp_path / name, size, fmt)
    found = only(profile_with(tmp_path, name), code)
    assert found.field == "photo"
    for word in words:
        assert word in found.message


def test_exif_rotated_photo_is_measured_as_shown(tmp_path: Path) -> None:
    # A phone stores a portrait photo as 1000x750 with "turn 90 degrees" in its EXIF.
    image = Image.new("RGB", (1000, 750))
    exif = image.getexif()
    exif[0x0112] = 6
    image.save(tmp_path / "portrait.jpg", "JPEG", exif=exif)
    found = only(profile_with(tmp_path, "portrait.jpg"), "PHO004")
    assert "750x1000" in found.message and "tall" in found.message


@pytest.mark.parametrize(("brand", "shown"), [(b"heic", "HEIC"), (b"avif", "AVIF")])
def test_phone_formats_are_named(tmp_path: Path, brand: bytes, shown: str) -> None:
    header = b"\x00\x00\x00\x1cftyp" + brand + b"\x00\x00\x00\x00mif1" + brand
    (tmp_path / "IMG_2041.heic").write_bytes(header + bytes(200))
    found = only(profile_with(tmp_path, "IMG_2041.heic"), "PHO005")
    assert f"is a {shown} image, not one of JPEG, PNG, GIF" in found.message


def test_home_relative_path_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    make_image(tmp_path / "Pictures" / "ana.jpg", (200, 200), "JPEG")
    (tmp_path / "cv").mkdir()
    found = only(profile_with(tmp_path / "cv", "~/Pictures/ana.jpg"), "PHO003")
    assert "200x200" in found.message


def test_empty_file_says_so(tmp_path: Path) -> None:
    (tmp_path / "me.jpg").write_bytes(b"")
    assert "is empty (0 bytes)" in only(profile_with(tmp_path, "me.jpg"), "PHO005").message


def test_text_file_named_jpg_is_not_an_image(tmp_path: Path) -> None:
    (tmp_path / "me.jpg").write_text("not a picture", "utf-8")
    result = profile_with(tmp_path, "me.jpg")
    found = only(result, "PHO005")
    assert '"me.jpg"' in found.message and "not an image" in found.message
    assert "PHO003" not in result.codes()


def test_missing_file(tmp_path: Path) -> None:
    found = only(profile_with(tmp_path, "images/gone.jpg"), "PHO005")
    assert '"images/gone.jpg" does not exist' in found.message
    assert found.line == 1  # points into the profile file


def test_folder_instead_of_file(tmp_path: Path) -> None:
    (tmp_path / "me.jpg").mkdir()
    assert "folder" in only(profile_with(tmp_path, "me.jpg"), "PHO005").message


def test_file_over_8_mb(tmp_path: Path) -> None:
    path = make_image(tmp_path / "big.jpg", (600, 600), "JPEG")
    with path.open("r+b") as handle:
        handle.truncate(9 * 1024 * 1024)  # sparse: the header stays a valid JPEG
    found = only(profile_with(tmp_path, "big.jpg"), "PHO005")
    assert "9.0 MB" in found.message and "8 MB" in found.message


def test_max_bytes_option(tmp_path: Path) -> None:
    make_image(tmp_path / "me.png", (600, 600), "PNG")
    config = {"checks": {"photo": {"max_bytes": 100}}}
    assert "PHO005" in profile_with(tmp_path, "me.png", config).codes()
    assert profile_with(tmp_path, "me.png").codes() == []


def test_min_size_and_aspect_options(tmp_path: Path) -> None:
    make_image(tmp_path / "me.jpg", (300, 240), "JPEG")
    config = {"checks": {"photo": {"min_size": 200, "max_aspect_ratio": 1.3}}}
    assert profile_with(tmp_path, "me.jpg", config).codes() == []
    assert profile_with(tmp_path, "me.jpg").codes() == ["PHO003"]


def test_webp_allowed_by_option(tmp_path: Path) -> None:
    make_image(tmp_path / "me.webp", (600, 600), "WEBP")
    config = {"checks": {"photo": {"formats": ["JPEG", "PNG", "GIF", "WEBP"]}}}
    assert profile_with(tmp_path, "me.webp", config).codes() == []


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_decompression_bomb_is_not_decoded(tmp_path: Path) -> None:
    (tmp_path / "bomb.png").write_bytes(_png_header(40_000, 40_000))
    found = only(profile_with(tmp_path, "bomb.png"), "PHO005")
    assert "too many pixels" in found.message


def test_large_but_legal_header_is_read_without_decoding(tmp_path: Path) -> None:
    (tmp_path / "huge.png").write_bytes(_png_header(10_000, 10_000))  # 100 MP: a warning only
    result = profile_with(tmp_path, "huge.png")
    assert result.codes() == []


@pytest.mark.parametrize("form", ["absolute", "file-url", "subfolder", "dot-relative"])
def test_path_forms(tmp_path: Path, form: str) -> None:
    image = make_image(tmp_path / "img" / "me.jpg", (100, 100), "JPEG")
    written = {
        "absolute": str(image),
        "file-url": image.as_uri(),
        "subfolder": "img/me.jpg",
        "dot-relative": "./img/me.jpg",
    }[form]
    found = only(profile_with(tmp_path, written), "PHO003")
    assert "100x100" in found.message


def test_relative_path_on_stdin_is_not_judged() -> None:
    result = lint_json({"basics": {"name": "Ana", "image": "me.jpg"}}, select=["PHO"])
    assert result.codes() == []


def test_loader_never_resolves_remote_urls(tmp_path: Path) -> None:
    for url in (
        "https://example.com/me.jpg",
        "//cdn.example.com/me.jpg",
        "data:image/png;base64,AA",
    ):
        assert local_path(url, tmp_path) is None
    assert local_path("file://otherhost/share/me.jpg", tmp_path) is None


# --- remote URLs and defaults -----------------------------------------------------------

GHOSTS = [
    "https://static.licdn.com/aero-v1/sc/h/9c8pery4andzj6ohjkjp54ma2",
    "https://static-exp1.licdn.com/sc/h/244xhbkr7g40x6bsu4gi6q4ry",
    "https://static-exp2.licdn.com/sc/h/1c5u578iilxfi4m4dvc4q810q",
    "https://static.licdn.com/scds/common/u/images/themes/katy/ghosts/person/ghost_person_200x200_v1.png",
    "https://abs.twimg.com/sticky/default_profile_images/default_profile_400x400.png",
]


@pytest.mark.parametrize("url", GHOSTS)
def test_default_silhouette_is_missing_photo(url: str) -> None:
    result = lint_json({"basics": {"name": "Wang Lihua", "image": url}}, select=["PHO"])
    found = only(result, "PHO001")
    assert "default silhouette" in found.message and url[:40] in found.message
    assert result.codes() == ["PHO001"]


@pytest.mark.parametrize("image", [None, "", "   "])
def test_no_photo(image: str | None) -> None:
    basics = {"name": "Eirik Haugland"} | ({} if image is None else {"image": image})
    found = only(lint_json({"basics": basics}, select=["PHO"]), "PHO001")
    assert found.message == "The profile has no photo"


def test_resume_target_lowers_photo_missing() -> None:
    result = lint_json({"basics": {"name": "Ana"}}, select=["PHO"], config={"target": "resume"})
    assert only(result, "PHO001").severity == "info"


PLACEHOLDERS = [
    ("https://via.placeholder.com/400x400.png", "placeholder image service"),
    ("https://placehold.co/600x600", "placeholder image service"),
    ("https://picsum.photos/400", "placeholder image service"),
    ("http://placekitten.com/400/400", "placeholder image service"),
    ("https://dummyimage.com/400x400/000/fff", "placeholder image service"),
    ("https://randomuser.me/api/portraits/women/44.jpg", "stock face"),
    ("https://i.pravatar.cc/300", "stock face"),
    ("https://ui-avatars.com/api/?name=Ana+Perez", "generated avatar"),
    ("https://api.dicebear.com/7.x/initials/svg?seed=AP", "generated avatar"),
    ("https://www.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50?d=mp&f=y", "Gravatar"),
    ("https://secure.gravatar.com/avatar/00000000000000000000000000000000?d=mp", "Gravatar"),
    ("https://example.com/img/default-avatar.png", "placeholder file"),
    ("https://example.com/assets/blank-profile-picture-973460.png", "placeholder file"),
    ("https://cdn.example.org/No_Photo.jpg", "placeholder file"),
    ("https://example.com/avatar_default.png", "placeholder file"),
    ("https://example.com/profile-placeholder.svg?v=2", "placeholder file"),
    ("https://example.com/img/defaultAvatar.png", "placeholder file"),
    ("https://example.com/img/noPhoto.jpg", "placeholder file"),
    ("https://example.com/img/placeholder200x200.png", "placeholder file"),
    ("https://github.com/identicons/anaperez.png", "generated avatar"),
]


@pytest.mark.parametrize(("url", "kind"), PLACEHOLDERS)
def test_placeholder_flagged(url: str, kind: str) -> None:
    result = lint_json({"basics": {"name": "Chiamaka Obi", "image": url}}, select=["PHO"])
    found = only(result, "PHO002")
    assert url[:30] in found.message
    assert kind.lower() in found.message.lower()
    assert result.codes() == ["PHO002"]


CLEAN_URLS = [
    "https://media.licdn.com/dms/image/v2/D4D03AQF0/profile-displayphoto-shrink_400_400/0/17",
    "https://avatars.githubusercontent.com/u/1?v=4",
    "https://www.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50?d=identicon",
    "https://www.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50?s=400&d=mp",
    "https://ana-perez.ghost.io/content/images/2024/ana.jpg",
    "https://example.com/ghostwriter-ana.jpg",
    "https://lucia-fernandez.es/foto-perfil.jpg",
    "https://example.com/placeholders-talk/slides/ingrid.jpg",
    # A placeholder fragment inside a longer word is someone's name, not a placeholder.
    "https://example.com/team/bruno-photo.jpg",
    "https://res.cloudinary.com/demo/image/upload/w_400,c_fill,g_face/v1571/team/juno-image.png",
    "https://example.com/u/steno-photo-2021.jpg",
    "https://example.com/img/marino-image.jpg",
    "https://github.com/octocat.png",
    "https://pbs.twimg.com/profile_images/1590968738358079488/IY9Gx6Ok_400x400.jpg",
]


@pytest.mark.parametrize("url", CLEAN_URLS)
def test_real_remote_photo_is_clean(url: str) -> None:
    assert not is_default_photo(url)
    result = lint_json({"basics": {"name": "Layla Al-Haddad", "image": url}}, select=["PHO"])
    assert result.codes() == []


def test_local_placeholder_file(tmp_path: Path) -> None:
    make_image(tmp_path / "default-avatar.png", (600, 600), "PNG")
    found = only(profile_with(tmp_path, "default-avatar.png"), "PHO002")
    assert "default-avatar.png" in found.message


def test_extra_placeholders_option() -> None:
    url = "https://example.com/tidewater-logo.png"
    config = {"checks": {"photo": {"extra_placeholders": ["tidewater-logo"]}}}
    assert lint_json({"basics": {"image": url}}, select=["PHO"], config=config).codes() == [
        "PHO002"
    ]
    assert lint_json({"basics": {"image": url}}, select=["PHO"]).codes() == []


# --- fixtures ---------------------------------------------------------------------------


def test_strong_fixture_photo_is_clean() -> None:
    assert lint_file(FIXTURES / "strong.json").codes() == []


def test_ghost_fixture() -> None:
    assert lint_file(FIXTURES / "team" / "wang-lihua.json").codes() == ["PHO001"]
    assert lint_file(FIXTURES / "team" / "chiamaka-obi.json").codes() == ["PHO002"]
    assert lint_file(FIXTURES / "team" / "layla-al-haddad.json").codes() == []
