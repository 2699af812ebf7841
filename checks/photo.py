"""Photo rules (PHO): the picture beside a member's name everywhere it appears.

The loader does the reading: it marks a platform's default silhouette and inspects a local
file's header (``Photo.file``).  Remote photos are never fetched, so only their URL is judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

from pydantic import BaseModel, ConfigDict, Field

from profilelint.api import Context, Finding, Photo, Profile, rule, shorten, split_url

from . import _photo_words as data

QUOTE_LIMIT = 60
_SEPARATORS = re.compile(r"[\s_.]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


class Options(BaseModel):
    """Options of the photo rules (``[tool.profilelint.checks.photo]``)."""

    model_config = ConfigDict(extra="forbid")

    min_size: int = Field(400, ge=1, description="PHO003: the smallest width and height, in px.")
    max_aspect_ratio: float = Field(
        1.25, ge=1.0, description="PHO004: the widest long-to-short side ratio allowed."
    )
    max_bytes: int = Field(
        8 * 1024 * 1024, ge=1, description="PHO005: the largest photo file, in bytes."
    )
    formats: list[str] = Field(
        default_factory=lambda: ["JPEG", "PNG", "GIF"],
        description="PHO005: image formats the platform accepts.",
    )
    extra_placeholders: list[str] = Field(
        default_factory=list,
        description="PHO002: more file-name fragments or hosts to treat as placeholders.",
    )


def _shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    return shorten(text, limit)


def _photo(profile: Profile) -> Photo | None:
    return profile.photo if profile.knows("photo") else None


def _on_host(host: str, hosts: frozenset[str]) -> bool:
    return any(host == known or host.endswith("." + known) for known in hosts)


def _gravatar_default(path: str, query: str) -> bool:
    """True when a Gravatar URL can only show the default image.

    ``d=mp`` alone is only the fallback for an address without a Gravatar: the URL may well
    show a real photo, so it is not judged.  A forced default (``f=y``) or an empty or
    all-zero hash always shows the default.
    """
    params = {key.lower(): values for key, values in parse_qs(query).items()}
    forced = params.get("f", []) + params.get("forcedefault", [])
    if any(value.lower() in ("y", "yes", "1", "true") for value in forced):
        return True
    parts = [part for part in path.split("/") if part]
    digest = parts[1].split(".")[0] if len(parts) > 1 and parts[0] == "avatar" else ""
    return parts[:1] == ["avatar"] and not digest.strip("0")


def placeholder_kind(url: str, extra: list[str] | tuple[str, ...] = ()) -> str | None:
    """What kind of stand-in image a photo URL or path names, or None for a real photo."""
    parts = split_url(url) or urlsplit("")
    host = (parts.hostname or "").lower().removeprefix("www.")
    if _on_host(host, data.FILLER_HOSTS):
        return "a placeholder image service"
    if _on_host(host, data.STOCK_FACE_HOSTS):
        return "a random stock face, not you"
    if _on_host(host, data.GENERATED_AVATAR_HOSTS):
        return "a generated avatar, not a photo"
    if _on_host(host, data.GRAVATAR_HOSTS) and _gravatar_default(parts.path, parts.query):
        return "Gravatar's default image"
    if host == "github.com" and parts.path.startswith("/identicons/"):
        return "a generated avatar, not a photo"
    name = re.split(r"[/\\]", parts.path if parts.scheme else url.split("?")[0])[-1]
    name = _SEPARATORS.sub("-", _CAMEL.sub("-", name).lower())
    if any(_names(fragment, name) for fragment in data.PLACEHOLDER_NAMES):
        return "a placeholder file"
    for fragment in (e.strip().lower() for e in extra if e.strip()):
        if _names(_SEPARATORS.sub("-", fragment), name) or _on_host(host, frozenset({fragment})):
            return "a placeholder"
    return None


def _names(fragment: str, name: str) -> bool:
    """True when ``fragment`` stands in the file name as whole words ("no-photo.png",
    "placeholder200.png"), not inside a longer word ("bruno-photo.jpg", "juno-image.png")."""
    return re.search(rf"(?<![^\W\d_]){re.escape(fragment)}(?![^\W\d_])", name) is not None


@rule(
    "PHO001",
    "photo-missing",
    severity="warning",
    help="Add a recent, well-lit photo of your face, cropped square at 400x400 pixels or more.",
)
def photo_missing(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That the profile has a photo, and that it is not a platform's default silhouette (the
    grey "ghost" LinkedIn shows for members without a photo).

    Why it matters
    People connect with people: a profile without a face looks unfinished, or like a fake
    account, and is easy to scroll past in search results, comments and invitations.  LinkedIn
    reports that profiles with a photo get many more views and connection requests.

    Example
    "image": "" or the LinkedIn silhouette URL https://static.licdn.com/aero-v1/sc/h/...

    Better
    "image": "ana-perez.jpg", a 600x600 head-and-shoulders photo.

    Options
    None.
    """
    if not profile.knows("photo"):
        return
    photo = profile.photo
    if photo is None:
        yield Finding("The profile has no photo", field="photo")
    elif photo.is_default:
        yield Finding(
            f'Photo "{_shorten(photo.url)}" is the platform\'s default silhouette',
            field="photo",
            quote=photo.url,
        )


@rule(
    "PHO002",
    "photo-placeholder",
    severity="warning",
    help="Replace the placeholder with a real photo of yourself.",
)
def photo_placeholder(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    Whether the photo is a stand-in: an image from a placeholder service (placehold.co,
    via.placeholder.com, picsum.photos, dummyimage.com, placekitten, ...), a random stock face
    (randomuser.me, pravatar.cc), a generated initials or pattern avatar (ui-avatars.com,
    DiceBear, RoboHash), a Gravatar URL that can only show the default image (``f=y`` or an
    empty hash; ``d=mp`` alone is just a fallback and is not judged), a GitHub identicon, or a
    file whose name says it is a placeholder ("placeholder", "default-avatar", "no-photo",
    "blank-profile", ...), as whole words: "bruno-photo.jpg" is a photo of Bruno.

    Why it matters
    A placeholder tells every visitor the profile was never finished; a stranger's stock face
    is worse, because it misrepresents who they will meet.

    Example
    "image": "https://via.placeholder.com/400x400.png"

    Better
    "image": "ana-perez.jpg", a real photo of you.

    Options
    extra_placeholders (default []): more file-name fragments or hosts to treat as
    placeholders, e.g. ["company-logo"].
    """
    photo = _photo(profile)
    if photo is None or photo.is_default:
        return
    kind = placeholder_kind(photo.url, ctx.options.extra_placeholders)
    if kind:
        yield Finding(f'Photo "{_shorten(photo.url)}" is {kind}', field="photo", quote=photo.url)


def _dimensions(photo: Photo | None) -> tuple[int, int] | None:
    if photo is None or photo.file is None or photo.file.error:
        return None
    if photo.file.width and photo.file.height:
        return photo.file.width, photo.file.height
    return None


@rule(
    "PHO003",
    "photo-too-small",
    severity="warning",
    help="Use a photo of at least 400x400 pixels; 800x800 stays sharp on large screens.",
)
def photo_too_small(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That a local photo file is at least 400 pixels wide and high.  Remote photos are never
    fetched, so they are not measured.

    Why it matters
    LinkedIn recommends at least 400x400 pixels; a smaller photo is blurred when it is
    enlarged on the profile page, which looks careless.

    Example
    A 200x200 pixel thumbnail.

    Better
    The original photo, cropped square at 400x400 pixels or more.

    Options
    min_size (default 400): the smallest width and height allowed, in pixels.
    """
    photo = _photo(profile)
    size = _dimensions(photo)
    minimum = ctx.options.min_size
    if photo and size and min(size) < minimum:
        yield Finding(
            f'Photo "{_shorten(photo.url)}" is {size[0]}x{size[1]} pixels, '
            f"under {minimum}x{minimum}",
            field="photo",
            quote=photo.url,
        )


@rule(
    "PHO004",
    "photo-not-square",
    severity="info",
    help="Crop the photo square around your head and shoulders.",
)
def photo_not_square(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That a local photo file is close to square: its long side at most 1.25 times its short
    side.

    Why it matters
    Profile photos are shown in a circle or a square; the platform crops a wide or tall photo
    itself, often cutting off the top of the head or leaving the face off-centre.

    Example
    A 1200x800 holiday photo.

    Better
    The same photo cropped to 800x800 with the face in the middle.

    Options
    max_aspect_ratio (default 1.25): the largest long-to-short side ratio allowed.
    """
    photo = _photo(profile)
    size = _dimensions(photo)
    if photo and size and max(size) / min(size) > ctx.options.max_aspect_ratio:
        yield Finding(
            f'Photo "{_shorten(photo.url)}" is {size[0]}x{size[1]} pixels, '
            f"{max(size) / min(size):.2f} times as {'wide' if size[0] > size[1] else 'tall'}",
            field="photo",
            quote=photo.url,
        )


@rule(
    "PHO005",
    "photo-file-invalid",
    severity="error",
    help="Point the photo at a JPEG, PNG or GIF file under 8 MB beside the profile.",
)
def photo_file_invalid(profile: Profile, ctx: Context) -> Iterator[Finding]:
    """What it checks
    That a local photo (a path beside the profile, an absolute path or a file: URL) exists,
    can be read, is an image, is no larger than 8 MB, and is a JPEG, PNG or GIF, the formats
    LinkedIn accepts for profile photos.  Remote photos are never fetched.

    Why it matters
    A broken photo shows as an empty frame or an error icon wherever the profile is rendered,
    and an upload in another format or over the size limit is refused.

    Example
    "image": "photo.jpg" when the file is missing, or is a 12 MB HEIC or a WebP file.

    Better
    "image": "photo.jpg", a 2 MB JPEG in the same folder as the profile.

    Options
    max_bytes (default 8388608): the largest file allowed, in bytes.
    formats (default ["JPEG", "PNG", "GIF"]): the image formats accepted.
    """
    photo = _photo(profile)
    if photo is None or photo.file is None or photo.is_default:
        return
    file = photo.file
    shown = _shorten(photo.url)
    limit = ctx.options.max_bytes
    if not file.exists and photo.url.startswith("/") and not photo.url.startswith("//"):
        # "/me.webp" in a website's JSON names a file under the site's root (public/,
        # static/), not the disk's: where that is, the file cannot tell.
        return
    if not file.exists or (file.error and file.size_bytes is None):
        problem = file.error or "does not exist"
    elif file.size_bytes is not None and file.size_bytes > limit:
        problem = f"is {file.size_bytes / 1_048_576:.1f} MB, over the limit of {_mb(limit)}"
    elif file.error:
        problem = file.error
    elif (file.format or "").upper() not in {f.upper() for f in ctx.options.formats}:
        accepted = ", ".join(ctx.options.formats)
        problem = f"is a {file.format or 'unknown'} image, not one of {accepted}"
    else:
        return
    yield Finding(f'Photo file "{shown}" {problem}', field="photo", quote=photo.url)


def _mb(size: int) -> str:
    return f"{size / 1_048_576:g} MB"
