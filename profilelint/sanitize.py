"""Text from profiles and file names, made safe for a terminal or kept exact for a machine.

Profile text and file names are untrusted.  Written raw to a terminal, an escape sequence
could set the window title (OSC 0), write the clipboard (OSC 52), hide a link (OSC 8) or clear
the screen; a line break could start a fake line (``::error file=...`` is a GitHub workflow
command when a log is read by Actions); a bidi override (U+202E) could make the text read
differently from what it is.  :func:`visible` is the one place every human format (text,
GitHub annotations, Markdown, HTML) passes such text through: each such character becomes a
visible stand-in, so the text keeps its length in characters and stays on one line.

Machine formats (JSON, JSON lines, SARIF, GitLab) keep the text exact; only a file name that
is not UTF-8 (Python decodes its bytes to lone surrogates, ``\\udce9``) needs
:func:`escape_surrogates`, which writes each lone surrogate as a ``\\uXXXX`` escape: valid
UTF-8 and valid JSON, and Python's ``json`` reads the exact name back.
"""

from __future__ import annotations

import re

#: Bidirectional formatting characters: embeddings, overrides, isolates and marks
#: (Unicode Standard Annex #9, table 4; "Trojan Source", CVE-2021-42574).
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: Line and paragraph separators, which some terminals and editors break lines at.
SEPARATORS = "\u2028\u2029"

# C0 controls (TAB, LF, VT, FF, CR, ESC, BEL, NUL among them), DEL, C1 controls (NEL, CSI,
# OSC among them), bidi controls, separators and lone surrogates.
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}{SEPARATORS}\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _stand_in(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ ... ␟ (␛ for ESC)
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte of a file name that is not UTF-8
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` on one line with every control, bidi control and separator made visible.

    C0 controls and DEL become their Control Pictures (ESC → ␛, LF → ␊); C1 controls and a
    file name's undecodable bytes become ``\\x9b``; bidi controls, line and paragraph
    separators and other lone surrogates become ``\\u202e``.  Everything else is kept.
    """
    return _UNSAFE.sub(_stand_in, text) if _UNSAFE.search(text) else text


def has_control(text: str) -> bool:
    """True when ``text`` holds a character :func:`visible` would replace."""
    return _UNSAFE.search(text) is not None


def escape_surrogates(text: str) -> str:
    """``text`` (usually JSON) with each lone surrogate written as a ``\\uXXXX`` escape."""
    try:
        # Lone surrogates are the only characters UTF-8 cannot encode, and the C encoder
        # tells that about eight times faster than a search for them (a report is megabytes).
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


__all__ = ["BIDI_CONTROLS", "SEPARATORS", "escape_surrogates", "has_control", "visible"]
