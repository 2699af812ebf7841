"""Benchmark: saved pages, end to end and by stage.

    python bench/bench_page.py

Targets (checked by a person reading the figures, not by a timed test):
- the real 1.3 MB signed-in corpus page lints in under 0.5 s end to end, start-up included;
- a generated 3 MB signed-in page lints in under 1 s end to end.
It also prints the parse time of each page with lxml (the loader's parser) and with
BeautifulSoup's html.parser (which records positions itself, but is slower), and the loader's
time.  Wall time is noisy on a shared machine: CPU time is printed beside it.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_PAGE = (
    ROOT.parent / "shared/corpus/linkedin-html/scoutr_signed-in-2024_eduardo-alvarez-nowak.html"
)
FIXTURE = ROOT / "fixtures/pages/linkedin-signed-in.html"


def generated_page(size: int = 3 * 1024 * 1024) -> str:
    """A signed-in layout grown to ``size`` characters: many roles, skills and script blocks,
    as real pages carry (most of a saved page is code and data blocks)."""
    head, _, tail = FIXTURE.read_text(encoding="utf-8").partition("</main>")
    roles = "".join(
        f'<li class="artdeco-list__item"><span aria-hidden="true">Engineer {i}</span>'
        f'<span aria-hidden="true">Firma {i} · Full-time</span>'
        f'<span aria-hidden="true">Jan {2000 + i % 20} - Dec {2001 + i % 20} · 1 yr</span>'
        f'<div class="inline-show-more-text"><span aria-hidden="true">Cut costs by {i}% '
        "for 40 clinics.</span></div></li>\n"
        for i in range(60)
    )
    section = (
        f'<section class="artdeco-card"><div id="volunteering"></div><ul>{roles}</ul></section>'
    )
    # Half markup (cards of other members in an aside, as signed-in pages carry), half the
    # JSON data blocks of a real save, so the parser meets both.
    card = (
        '<li class="pvs-list__item yVOLmAMQIjqCHigAuwpMoOHPdUYedrOCM"><div class="display-flex">'
        '<a href="#x"><img class="EntityPhoto-circle-3" src="data:," alt=""></a>'
        '<div class="display-flex flex-column"><span aria-hidden="true">Member name</span>'
        '<span class="visually-hidden">Member name</span><span class="t-14 t-normal">'
        '<span aria-hidden="true">Title at Company</span></span></div></div></li>\n'
    )
    block = (
        '<code style="display: none" id="bpr-guid-1"><!--{"data":{"x":"'
        + "y" * 2000
        + '"}}--></code>\n'
    )
    room = size - len(head) - len(tail) - len(section)
    aside = (
        '<aside class="scaffold-layout__aside"><ul>'
        + card * (room // 2 // len(card))
        + "</ul></aside>\n"
    )
    filler = aside + block * ((room - len(aside)) // len(block))
    return head + section + "</main>\n" + filler + tail


def _run(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one ``profilelint`` run on ``path``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "profilelint", "--exit-zero", "-q", str(path)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _stages(text: str) -> dict[str, float]:
    """CPU seconds to parse with lxml, with bs4 html.parser, and to load with the loader."""
    import lxml.html
    from bs4 import BeautifulSoup

    from profilelint.loaders import load_bytes

    found = {}
    data = text.encode("utf-8")
    for label, step in (
        ("lxml parse", lambda: lxml.html.document_fromstring(data)),
        ("bs4 html.parser parse", lambda: BeautifulSoup(text, "html.parser")),
        ("loader (parse + read)", lambda: load_bytes(data)),
    ):
        started = time.process_time()
        step()
        found[label] = time.process_time() - started
    return found


def main() -> None:
    """Print the figures for both pages."""
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "generated.html"
        big.write_text(generated_page(), encoding="utf-8")
        pages = [("generated 3 MB page", big, 1.0)]
        if CORPUS_PAGE.is_file():
            pages.insert(0, ("corpus 1.3 MB signed-in page", CORPUS_PAGE, 0.5))
        _run(FIXTURE)  # warm the file cache and bytecode
        for label, path, target in pages:
            runs = [_run(path) for _ in range(3)]
            wall, cpu = min(runs)
            size = path.stat().st_size
            print(
                f"{label} ({size / 1e6:.2f} MB): end to end {wall:.3f} s wall, {cpu:.3f} s CPU"
                f" (best of 3; target {target} s)"
            )
            for stage, seconds in _stages(path.read_text(encoding="utf-8")).items():
                print(f"    {stage}: {seconds:.3f} s CPU")


if __name__ == "__main__":
    main()
