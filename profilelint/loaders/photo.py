"""Photos: what a loader can tell about the photo a profile names.

A platform's default silhouette (a LinkedIn "ghost" image) is recorded as ``is_default``.  A
local photo (a relative path resolved against the profile's folder, an absolute path or a
``file:`` URL) is inspected with Pillow: only the header is read, never the pixels, so a huge
or hostile file costs no memory.  Dimensions are as the photo is shown (a phone's EXIF
"turned" flag swaps them), and a HEIC or AVIF file that Pillow cannot open is still named
by its header.  Remote URLs are never fetched.  Rules read the result; they
never open files themselves.
"""

from __future__ import annotations

import os
import re
import stat
import warnings
from pathlib import Path
from urllib.parse import unquote, urlsplit

from profilelint.model import Photo, PhotoFile

# LinkedIn serves the silhouette of a member without a photo from its static CDN under
# /sc/h/<hash> (FORMATS.md section 3); real photos come from media(-expN).licdn.com.
_LINKEDIN_STATIC = re.compile(r"^static(?:-exp\d+)?\.licdn\.com$", re.IGNORECASE)
_LINKEDIN_HOST = re.compile(r"(?:^|\.)(?:licdn|linkedin)\.com$", re.IGNORECASE)
# "ghost-person" is LinkedIn's class and file name for the silhouette; X/Twitter's documented
# default avatars live under /sticky/default_profile_images/.  "ghost" alone is not enough off
# LinkedIn: Ghost is a blogging platform whose sites host real photos (*.ghost.io).
_DEFAULT_PATH = re.compile(
    r"ghost[-_]?(?:person|profile|avatar|user)|/default_profile_images/", re.IGNORECASE
)
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
# Pillow names a camera's multi-picture JPEG "MPO"; it is a JPEG file to everyone else.
_FORMAT_ALIASES = {"MPO": "JPEG"}
# Phones save HEIC/HEIF (and some apps AVIF) photos, which Pillow cannot read without a
# plugin: the ISO base media "ftyp" box names the brand in the file's first bytes.
_FTYP_BRANDS = {
    **dict.fromkeys((b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis"), "HEIC"),
    **dict.fromkeys((b"mif1", b"msf1"), "HEIF"),
    **dict.fromkeys((b"avif", b"avis"), "AVIF"),
}
# EXIF orientations 5 to 8 turn the picture a quarter: the photo shows height x width.
_EXIF_ORIENTATION = 0x0112


def is_default_photo(url: str) -> bool:
    """True for a platform's default silhouette, which stands for "no photo"."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "https://a[b": not a URL, so not a platform's silhouette either
        return bool(_DEFAULT_PATH.search(url))
    host = parts.hostname or ""
    if _LINKEDIN_STATIC.match(host) and "/sc/h/" in parts.path:
        return True
    if _LINKEDIN_HOST.search(host) and "ghost" in url.lower():
        return True
    return bool(_DEFAULT_PATH.search(url))


def _url2pathname(path: str) -> str:
    """urllib.request's url2pathname without importing urllib.request (http, ssl: 9 ms)."""
    if os.name == "nt":
        from nturl2path import url2pathname

        return url2pathname(path)
    return unquote(path)  # what urllib.request.url2pathname is on POSIX


def local_path(url: str, base_dir: Path | None) -> Path | None:
    """The file a photo reference names, or None for a remote URL or an unresolvable path.

    A relative path needs ``base_dir`` (the profile's folder); standard input has none.
    """
    text = url.strip()
    if text.startswith("~/"):
        return Path(text).expanduser()
    if _WINDOWS_DRIVE.match(text):
        return Path(text)
    try:
        parts = urlsplit(text)
    except ValueError:  # an unmatched "[" in the host: neither a URL nor a usable path
        return None
    if parts.scheme.lower() == "file":
        if parts.netloc not in ("", "localhost"):
            return None  # a file on another machine
        path = Path(_url2pathname(parts.path))
    elif parts.scheme or text.startswith("//"):
        return None  # http(s), data: and every other URL: never fetched
    else:
        path = Path(text.split("#", 1)[0].split("?", 1)[0])
    if path.is_absolute():
        return path
    if base_dir is None:
        return None
    resolved = base_dir / path
    if not resolved.exists() and "%" in str(path):
        decoded = base_dir / unquote(str(path))
        if decoded.exists():
            return decoded
    return resolved


def inspect_file(path: Path) -> PhotoFile:
    """Size, dimensions and format of a local image, read from its header only."""
    shown = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        return PhotoFile(path=shown, exists=False, error="does not exist")
    except PermissionError:
        return PhotoFile(path=shown, error="cannot be read (permission denied)")
    except OSError as error:
        return PhotoFile(path=shown, error=f"cannot be read ({error.strerror or error})")
    if stat.S_ISDIR(info.st_mode):
        return PhotoFile(path=shown, error="is a folder, not an image file")
    if not stat.S_ISREG(info.st_mode):
        return PhotoFile(path=shown, error="is not a regular file")
    size = info.st_size
    if size == 0:
        return PhotoFile(path=shown, size_bytes=0, error="is empty (0 bytes)")
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Only the header is read, so a merely large image is harmless: keep its size.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                found = image.format
                if _turned(image):
                    width, height = height, width
    except Image.DecompressionBombError:
        return PhotoFile(
            path=shown, size_bytes=size, error="declares too many pixels to be a photo"
        )
    except UnidentifiedImageError:
        brand = _ftyp_brand(path)
        if brand:
            return PhotoFile(path=shown, format=brand, size_bytes=size)
        return PhotoFile(path=shown, size_bytes=size, error="is not an image this tool can read")
    except PermissionError:
        return PhotoFile(path=shown, size_bytes=size, error="cannot be read (permission denied)")
    except (OSError, ValueError, SyntaxError) as error:
        # Pillow's plugins report a damaged header as any of these.
        return PhotoFile(path=shown, size_bytes=size, error=f"cannot be read ({error})"[:100])
    return PhotoFile(
        path=shown,
        width=width,
        height=height,
        format=_FORMAT_ALIASES.get(found or "", found),
        size_bytes=size,
    )


def _turned(image: object) -> bool:
    """True when the EXIF orientation says the stored picture is shown turned a quarter."""
    try:
        orientation = image.getexif().get(_EXIF_ORIENTATION)  # type: ignore[attr-defined]
    except Exception:  # a damaged EXIF block leaves the stored orientation
        return False
    return orientation in (5, 6, 7, 8)


def _ftyp_brand(path: Path) -> str | None:
    """The brand ("HEIC", "HEIF", "AVIF") of a file with an ISO base media header, or None."""
    try:
        with path.open("rb") as stream:
            head = stream.read(32)
    except OSError:
        return None
    if head[4:8] != b"ftyp":
        return None
    brands = [head[8:12]] + [head[i : i + 4] for i in range(16, len(head) - 3, 4)]
    return next((_FTYP_BRANDS[b] for b in brands if b in _FTYP_BRANDS), None)


def make_photo(url: str | None, base_dir: Path | None) -> Photo | None:
    """The Photo for a URL or path as written in the profile (None when there is none).

    ``base_dir`` is the folder of the profile file, used to resolve a relative path; it is
    None for standard input, where a relative path is left unread.
    """
    if url is None or not url.strip():
        return None
    url = url.strip()
    if is_default_photo(url):
        return Photo(url=url, is_default=True)
    try:
        path = local_path(url, base_dir)
        if path is None:
            return Photo(url=url)
        return Photo(url=url, file=inspect_file(path))
    except (OSError, ValueError) as error:  # a NUL byte, a name too long for the system, ...
        reason = " ".join(str(error).split())[:60]
        return Photo(url=url, file=PhotoFile(path=url[:200], error=f"cannot be read ({reason})"))
