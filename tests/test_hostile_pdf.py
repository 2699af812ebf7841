"""Hostile and broken PDFs: each gives one INP diagnostic, never a traceback or a hang, and
nothing in a PDF is executed or fetched."""

from __future__ import annotations

import random
import socket
import subprocess
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, TODAY

from profilelint.engine import Linter
from profilelint.loaders import Limits, LoadError, load_bytes
from profilelint.plugins import load_registry
from profilelint.testing import make_settings

PDFS = FIXTURES / "pdf"
LINKEDIN_INFO = (
    b"<< /Title (Resume) /Author (LinkedIn) /Subject (Resume generated from profile) "
    b"/Producer (Apache FOP Version 2.3) >>"
)
NAME_PAGE = b"BT /F1 26 Tf 223.6 723.7 Td (Kari Nordmann) Tj ET"


def build_pdf(
    content: bytes = NAME_PAGE,
    *,
    info: bytes = LINKEDIN_INFO,
    catalog_extra: bytes = b"",
    pages: bytes | None = None,
    compress: bool = False,
) -> bytes:
    """A small PDF written by hand: one page showing ``content`` in Helvetica."""
    stream = zlib.compress(content, 1) if compress else content
    filters = b" /Filter /FlateDecode" if compress else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        pages or b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        info,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def inp_code(data: bytes, limits: Limits | None = None) -> tuple[str, str]:
    """Load ``data`` within a time bound; the INP code and message it gives."""
    started = time.monotonic()
    with pytest.raises(LoadError) as caught:
        load_bytes(data, limits)
    assert time.monotonic() - started < 10, "a hostile PDF must not stall the run"
    error = caught.value
    assert error.code.startswith("INP") and "\n" not in error.message
    return error.code, error.message


def test_the_hand_written_pdf_loads() -> None:
    # The builder itself makes a readable LinkedIn-like PDF, so the cases below test the harm.
    assert load_bytes(build_pdf()).profile.name == "Kari Nordmann"


def test_encrypted_pdf(tmp_path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF(unit="pt", format="letter")
    pdf.set_author("LinkedIn")
    pdf.set_subject("Resume generated from profile")
    pdf.set_encryption(owner_password="secret", encryption_method=EncryptionMethod.RC4)
    pdf.add_page()
    pdf.set_font("helvetica", size=26)
    pdf.text(223.6, 68.7, "Kari Nordmann")
    code, message = inp_code(bytes(pdf.output()))
    assert code == "INP001" and "encrypted" in message


@pytest.mark.parametrize("keep", [0.25, 0.5, 0.9])
def test_truncated_pdf(keep: float) -> None:
    data = (PDFS / "linkedin-strong.pdf").read_bytes()
    code, _ = inp_code(data[: int(len(data) * keep)])
    assert code in ("INP001", "INP002")


@pytest.mark.parametrize("seed", range(6))
def test_random_bytes_after_the_signature(seed: int) -> None:
    noise = random.Random(seed).randbytes(20_000)
    code, _ = inp_code(b"%PDF-1.4\n" + noise)
    assert code in ("INP001", "INP002")


def test_signature_alone() -> None:
    assert inp_code(b"%PDF-")[0] in ("INP001", "INP002")


def test_page_limit_lowered() -> None:
    data = (PDFS / "linkedin-10-pages.pdf").read_bytes()
    code, message = inp_code(data, Limits(max_pages=5))
    assert code == "INP003" and "10 pages" in message


def test_a_page_count_that_lies_is_refused_before_parsing() -> None:
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 5000000 >>"
    code, message = inp_code(build_pdf(pages=pages))
    assert code == "INP003" and "5,000,000 pages" in message


def test_a_page_tree_that_loops_ends() -> None:
    pages = b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>"
    try:
        result = load_bytes(build_pdf(pages=pages))
    except LoadError as error:
        assert error.code.startswith("INP")
    else:
        assert result.profile.name == "Kari Nordmann"


def test_a_content_stream_that_unpacks_to_gigabytes_is_refused() -> None:
    bomb = b"BT /F1 26 Tf 223.6 723.7 Td (Kari Nordmann) Tj ET\n" + b" " * 80_000_000
    code, message = inp_code(build_pdf(bomb, compress=True))
    assert code == "INP003" and "size limit" in message


def test_deeply_nested_objects() -> None:
    deep = b"<< /Type /Page /Parent 2 0 R /X " + b"[" * 100_000 + b"]" * 100_000 + b" >>"
    data = build_pdf().replace(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", deep)
    started = time.monotonic()
    try:
        load_bytes(data)
    except LoadError as error:
        assert error.code.startswith("INP")
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    ("info", "words"),
    [
        (b"<< /Producer (Microsoft PowerPoint) >>", "made by Microsoft PowerPoint"),
        (b"<< /Title (Resume) /Producer (Apache FOP Version 1.1) >>", "until 2017"),
        (b"<< >>", "not a LinkedIn profile"),
    ],
)
def test_not_linkedin(info: bytes, words: str) -> None:
    code, message = inp_code(build_pdf(info=info))
    assert code == "INP002" and words in message


def test_linkedin_metadata_without_the_template_is_inp002() -> None:
    content = b"BT /F1 11 Tf 72 700 Td (Just a letter) Tj ET"
    code, message = inp_code(build_pdf(content))
    assert code == "INP002" and "layout" in message


def test_nothing_is_executed_or_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a PDF made the loader open a socket or start a program")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(subprocess, "Popen", refuse)
    actions = (
        b"/OpenAction << /S /JavaScript /JS (app.launchURL\\('https://example.com/x'\\)) >> "
        b"/AA << /WC << /S /Launch /F (calc.exe) >> >> "
        b"/URI << /Base (https://example.com/) >> "
    )
    loaded = load_bytes(build_pdf(catalog_extra=actions))
    assert loaded.profile.name == "Kari Nordmann"


def test_a_walk_over_hostile_files_reports_each_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a-noise.pdf").write_bytes(b"%PDF-1.4\n" + random.Random(1).randbytes(5000))
    (tmp_path / "b-count.pdf").write_bytes(
        build_pdf(pages=b"<< /Type /Pages /Kids [3 0 R] /Count 999999 >>")
    )
    (tmp_path / "c-good.pdf").write_bytes((PDFS / "linkedin-job-title.pdf").read_bytes())
    linter = Linter(make_settings(today=TODAY), load_registry())
    results = [linter.lint_path(p) for p in sorted(tmp_path.glob("*.pdf"))]
    firsts = [r.diagnostics[0].code if r.diagnostics else None for r in results]
    assert firsts[:2] == ["INP001", "INP003"] or firsts[:2] == ["INP002", "INP003"]
    assert "HDL002" in {d.code for d in results[2].diagnostics}


def test_a_form_that_unpacks_to_gigabytes_is_refused() -> None:
    # The bomb sits in a form XObject the page draws, not in the page's own contents.
    bomb = zlib.compress(b" " * 80_000_000, 1)
    form = (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length %d "
        b"/Filter /FlateDecode >>\nstream\n" % len(bomb) + bomb + b"\nendstream"
    )
    data = build_pdf(NAME_PAGE + b" /X1 Do")
    data = data.replace(b"/Font << /F1 5 0 R >>", b"/Font << /F1 5 0 R >> /XObject << /X1 7 0 R >>")
    data = data.replace(b"trailer", b"7 0 obj\n" + form + b"\nendobj\ntrailer")
    code, message = inp_code(data)
    assert code == "INP003" and "size limit" in message


@pytest.mark.parametrize("repeat", [2_000, 500_000])
def test_a_page_of_too_many_glyphs_is_refused(repeat: int) -> None:
    # Overlapping lines make layout slow: the glyph bound stops it before layout starts.
    body = NAME_PAGE + b"\nBT /F1 10 Tf 20 20 Td " + b"(ab cd ef gh) Tj 0 0.5 Td " * repeat
    code, message = inp_code(build_pdf(body + b"ET", compress=True))
    assert code == "INP003" and "characters" in message
