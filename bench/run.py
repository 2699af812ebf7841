"""The performance benchmark: profilelint beside its peers, as ratios measured in one run.

    .venv/bin/pip install -e '.[bench]'      # yamllint and proselint, the peers
    .venv/bin/python bench/run.py            # about 6 minutes on 2 cores
    .venv/bin/python bench/run.py --quick    # smaller counts, a smoke run

It builds its inputs deterministically (a seeded generator of varied profiles in several
languages with 0-8 roles; YAML and plain-text copies of the same profiles for the peers) and
prints one table of figures, targets and verdicts:

- single file: ``profilelint one.json``, median of --repeat runs, beside ``yamllint`` on the same
  profile as YAML and ``proselint`` on its text; for an English profile whose English-only rules
  need language detection and for one that needs none;
- throughput: --files profiles in one call, with ``--jobs 1`` and the default, beside yamllint
  on the same profiles as YAML;
- memory: peak RSS summed over every process of the run (workers included), for 1,000 and
  --files profiles;
- large inputs: the corpus's 1.3 MB saved page, a generated 3 MB page and the largest corpus PDF
  (shown as n/a where a loader cannot read them);
- imports: which heavy modules a JSON profile's run loads (``python -X importtime``).

Targets are the ones of the performance issue; the script checks nothing by itself beyond
printing the verdicts, and no test times anything.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
BIN = Path(sys.executable).parent
TODAY = "2026-11-25"

# --- deterministic inputs -------------------------------------------------------------------

_FIRST = {
    "en": ["Olivia", "Marcus", "Priya", "Daniel", "Grace", "Tomás"],
    "es": ["Lucía", "Javier", "Marta", "Andrés", "Inés", "Raúl"],
    "de": ["Jürgen", "Anke", "Lukas", "Sabine", "Matthias", "Frieda"],
    "fr": ["Élodie", "Mathieu", "Camille", "Théo", "Sandrine", "Loïc"],
    "pt": ["João", "Beatriz", "Gonçalo", "Mariana", "Tiago", "Lívia"],
    "no": ["Ingrid", "Håkon", "Solveig", "Øystein", "Kari", "Bjørn"],
    "pl": ["Zofia", "Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Jędrzej"],
    "zh": ["李娜", "王伟", "张敏", "刘洋", "陈静", "杨磊"],
}
_LAST = ["Okafor", "Lindqvist", "Moreau", "Castillo", "Nakamura", "Kowalczyk", "Haddad", "Brennan"]
_TITLES = {
    "en": ["Software Engineer", "Product Designer", "Data Analyst", "Nurse", "Accountant"],
    "es": ["Ingeniera de software", "Diseñador de producto", "Analista de datos", "Enfermera"],
    "de": ["Softwareentwicklerin", "Produktdesigner", "Datenanalyst", "Pflegefachkraft"],
    "fr": ["Ingénieure logiciel", "Designer produit", "Analyste de données", "Infirmier"],
    "pt": ["Engenheira de software", "Designer de produto", "Analista de dados", "Enfermeiro"],
    "no": ["Programvareutvikler", "Produktdesigner", "Dataanalytiker", "Sykepleier"],
    "pl": ["Inżynier oprogramowania", "Projektant produktu", "Analityk danych", "Pielęgniarka"],
    "zh": ["软件工程师", "产品设计师", "数据分析师", "护士"],
}
_SENTENCES = {
    "en": [
        "I build billing tools that let small clinics get paid a week sooner.",
        "Led a team of five that cut onboarding time from ten days to three.",
        "Passionate, results-driven team player with a proven track record of synergy.",
        "Responsible for managing the weekly release of the mobile app.",
        "Mentored four junior analysts and rewrote the monthly sales report in SQL.",
    ],
    "es": [
        "Diseño herramientas de facturación para clínicas pequeñas de Valencia.",
        "Dirigí un equipo de cinco personas y reduje los plazos de entrega a la mitad.",
        "Me encargo de la planificación semanal del servicio de urgencias.",
    ],
    "de": [
        "Ich entwickle Abrechnungssoftware für kleine Arztpraxen in Leipzig.",
        "Leitete ein Team von fünf Personen und halbierte die Einarbeitungszeit.",
        "Verantwortlich für die wöchentliche Veröffentlichung der mobilen App.",
    ],
    "fr": [
        "Je conçois des outils de facturation pour les petites cliniques de Lyon.",
        "J'ai dirigé une équipe de cinq personnes et réduit les délais de moitié.",
        "Responsable de la planification hebdomadaire du service des urgences.",
    ],
    "pt": [
        "Desenvolvo ferramentas de faturação para pequenas clínicas do Porto.",
        "Liderei uma equipa de cinco pessoas e reduzi os prazos para metade.",
    ],
    "no": [
        "Jeg lager faktureringsverktøy for små legekontor i Bergen.",
        "Ledet et team på fem og halverte opplæringstiden for nye ansatte.",
    ],
    "pl": [
        "Tworzę narzędzia do fakturowania dla małych przychodni w Krakowie.",
        "Kierowałam zespołem pięciu osób i skróciłam czas wdrożenia o połowę.",
    ],
    "zh": [
        "我为小型诊所开发计费工具，让他们提前一周收到款项。",
        "带领五人团队，将入职时间从十天缩短到三天。",
    ],
}
_SKILLS = ["Python", "SQL", "Figma", "Kubernetes", "Excel", "Negotiation", "Triage", "React"]
_COMPANIES = ["Northwind Traders", "Fjordline Health", "Contoso", "Tailspin Toys", "Fabrikam"]


def make_profile(rng: random.Random, index: int) -> dict[str, object]:
    """One JSON Resume profile, varied by language, length and completeness."""
    lang = rng.choice(sorted(_FIRST))
    title = rng.choice(_TITLES[lang])
    sentences = _SENTENCES[lang]
    work = []
    year = 2025
    for _ in range(rng.randint(0, 8)):
        start = year - rng.randint(1, 4)
        role: dict[str, object] = {
            "name": rng.choice(_COMPANIES),
            "position": rng.choice(_TITLES[lang]),
            "startDate": f"{start}-{rng.randint(1, 12):02d}",
        }
        if work:
            role["endDate"] = f"{year}-{rng.randint(1, 12):02d}"
        if rng.random() < 0.7:
            role["summary"] = " ".join(rng.sample(sentences, k=min(2, len(sentences))))
        work.append(role)
        year = start
    basics: dict[str, object] = {
        "name": f"{rng.choice(_FIRST[lang])} {rng.choice(_LAST)} {index}",
        "label": title if rng.random() < 0.4 else f"{title} · {rng.choice(sentences)[:60]}",
        "email": f"person{index}@example.org",
        "location": {"city": "Bergen", "countryCode": "NO"},
    }
    if rng.random() < 0.8:
        basics["summary"] = " ".join(rng.choices(sentences, k=rng.randint(1, 5)))
    document: dict[str, object] = {"basics": basics, "work": work}
    if rng.random() < 0.8:
        document["skills"] = [{"name": s} for s in rng.sample(_SKILLS, k=rng.randint(1, 6))]
    if rng.random() < 0.7:
        document["education"] = [{"institution": "Universitetet i Bergen", "area": "Informatics"}]
    return document


def _as_yaml(document: object, indent: int = 0) -> str:
    """The same profile as YAML (block style, every scalar quoted as JSON), for yamllint."""
    pad = "  " * indent
    lines: list[str] = []
    if isinstance(document, dict):
        for key, value in document.items():
            if isinstance(value, dict | list) and value:
                lines.append(f"{pad}{key}:")
                lines.append(_as_yaml(value, indent + 1))
            else:
                lines.append(f"{pad}{key}: {json.dumps(value, ensure_ascii=False)}")
    elif isinstance(document, list):
        for item in document:
            if isinstance(item, dict | list) and item:
                body = _as_yaml(item, indent + 1).lstrip()
                lines.append(f"{pad}- {body}")
            else:
                lines.append(f"{pad}- {json.dumps(item, ensure_ascii=False)}")
    return "\n".join(lines)


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def write_inputs(folder: Path, count: int, seed: int = 20261125) -> list[dict[str, object]]:
    """``count`` profiles as JSON in ``folder/json`` and as YAML in ``folder/yaml``."""
    rng = random.Random(seed)
    (folder / "json").mkdir(parents=True, exist_ok=True)
    (folder / "yaml").mkdir(parents=True, exist_ok=True)
    profiles = [make_profile(rng, i) for i in range(count)]
    for index, document in enumerate(profiles):
        name = f"profile-{index:05d}"
        (folder / "json" / f"{name}.json").write_text(
            json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (folder / "yaml" / f"{name}.yaml").write_text(
            "---\n" + _as_yaml(document) + "\n", encoding="utf-8"
        )
    return profiles


# The two single-file profiles: one whose English-only rules find something (so the language
# of the text must be detected) and one on which no English-only rule finds anything.
NEEDS_DETECTION = {
    "basics": {
        "name": "Olivia Brennan",
        "label": "Passionate results-driven synergy ninja",
        "summary": "Olivia is a passionate, results-driven team player with a proven track "
        "record. She is responsible for managing many things and thinks outside the box.",
        "location": {"city": "Leeds", "countryCode": "GB"},
    },
    "work": [{"name": "Contoso", "position": "Manager", "startDate": "2020-01"}],
}
NO_DETECTION = {
    "basics": {
        "name": "Olivia Brennan",
        "label": "I build billing tools that get small clinics paid a week sooner",
        "location": {"city": "Leeds", "countryCode": "GB"},
    },
    "work": [{"name": "Contoso", "position": "Billing engineer", "startDate": "2020-01"}],
}

# --- measuring ------------------------------------------------------------------------------


def _tree_rss(root: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [root]
    page = os.sysconf("SC_PAGE_SIZE")
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm", "rb") as handle:
                total += int(handle.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
    return total


@dataclass
class Run:
    """One measured command."""

    wall: float
    code: int
    peak_rss: int
    stdout: bytes
    #: User + system CPU seconds of the command and every process it waited for.
    cpu: float = 0.0


def run(command: list[str], *, sample_memory: bool = False, cwd: Path | None = None) -> Run:
    """Run ``command``, timing it and (optionally) sampling the memory of its process tree."""
    env = {**os.environ, "NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("GITHUB_ACTIONS", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=cwd
    )
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(process.pid))
            stop.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_memory:
        sampler.start()
    stdout, _ = process.communicate()
    wall = time.perf_counter() - start
    stop.set()
    if sample_memory:
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, process.returncode, peak, stdout, cpu)


def compile_bytecode() -> list[str]:
    """Compile the measured code to bytecode first, as ``pip install`` does for the peers.

    Runs are made with PYTHONDONTWRITEBYTECODE=1 (nothing is written while measuring), so an
    editable checkout without ``__pycache__`` would otherwise recompile every module on every
    run (about 190 ms) while yamllint and proselint load their installed bytecode.
    """
    find = (
        "import importlib.util, os\n"
        "for name in ('profilelint', 'profilelint.checks'):\n"
        "    print(os.path.dirname(importlib.util.find_spec(name).origin))"
    )
    folders = subprocess.run(
        [sys.executable, "-c", find], capture_output=True, text=True, check=True
    ).stdout.split()
    subprocess.run([sys.executable, "-m", "compileall", "-q", *folders], check=True)
    return folders


def median_wall(command: list[str], repeat: int) -> float:
    """Median wall time of ``repeat`` runs (one warm-up run first, not counted)."""
    run(command)
    return statistics.median(run(command).wall for _ in range(repeat))


def profilelint(*args: str) -> list[str]:
    """The profilelint command line, as a user runs it."""
    return [str(BIN / "profilelint"), "--today", TODAY, "--exit-zero", *args]


def heavy_imports(profile: Path) -> list[str]:
    """The heavy modules that ``profilelint profile`` imports."""
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "profilelint", *profilelint(str(profile))[1:]],
        capture_output=True,
        text=True,
        env=env,
    )
    heavy = ("bs4", "lxml", "pdfminer", "PIL", "py3langid", "numpy", "mf2py", "html5lib")
    found = set()
    for line in done.stderr.splitlines():
        if "|" not in line:
            continue
        name = line.rsplit("|", 1)[1].strip()
        top = name.split(".")[0]
        if top in heavy:
            found.add(top)
    return sorted(found)


# --- the table ------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the result table."""

    what: str
    figure: str
    target: str = ""
    verdict: str = ""


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "NOT met")


def _missing_peers() -> list[str]:
    return [name for name in ("yamllint", "proselint") if not (BIN / name).exists()]


def main() -> int:
    """Build the inputs, run every measurement, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000, help="profiles for throughput")
    parser.add_argument("--repeat", type=int, default=10, help="runs per single-file median")
    parser.add_argument("--quick", action="store_true", help="1,000 files and 5 repeats")
    options = parser.parse_args()
    if options.quick:
        options.files, options.repeat = 1_000, 5
    missing = _missing_peers()
    if missing:
        print(f"missing peers {missing}: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    rows: list[Row] = []
    compiled = compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        profiles = write_inputs(folder, options.files)
        one = folder / "one"
        one.mkdir()
        for name, document in (("detect", NEEDS_DETECTION), ("plain", NO_DETECTION)):
            (one / f"{name}.json").write_text(json.dumps(document, indent=2), encoding="utf-8")
            (one / f"{name}.yaml").write_text("---\n" + _as_yaml(document) + "\n", "utf-8")
            (one / f"{name}.txt").write_text("\n\n".join(_texts(document)) + "\n", "utf-8")

        # Single file.
        for name, label in (("detect", "needs language detection"), ("plain", "no detection")):
            ours = median_wall(profilelint(str(one / f"{name}.json")), options.repeat)
            yaml = median_wall([str(BIN / "yamllint"), str(one / f"{name}.yaml")], options.repeat)
            prose = median_wall(
                [str(BIN / "proselint"), "check", str(one / f"{name}.txt")], options.repeat
            )
            ratio = ours / yaml
            rows.append(
                Row(
                    f"single file, {label}",
                    f"{ours * 1000:.0f} ms; yamllint {yaml * 1000:.0f} ms ({ratio:.2f}x); "
                    f"proselint {prose * 1000:.0f} ms ({ours / prose:.2f}x)",
                    "<= 1.3x yamllint",
                    _verdict(ratio <= 1.3),
                )
            )

        # Throughput and memory.
        json_dir, yaml_dir = folder / "json", folder / "yaml"
        serial = run(
            profilelint("--jobs", "1", "--format", "json", str(json_dir)), sample_memory=True
        )
        parallel = run(profilelint("--format", "json", str(json_dir)), sample_memory=True)
        yamllint = run([str(BIN / "yamllint"), "-f", "parsable", str(yaml_dir)])
        count = len(profiles)
        rate_serial, rate_parallel = count / serial.wall, count / parallel.wall
        rate_yaml = count / yamllint.wall
        per = "ms CPU per profile"
        rows.append(
            Row(
                f"throughput, {count:,} profiles, --jobs 1",
                f"{rate_serial:,.0f}/s; {serial.cpu / count * 1000:.2f} {per}",
            )
        )
        rows.append(
            Row(
                f"throughput, {count:,} profiles, default jobs",
                f"{rate_parallel:,.0f}/s; yamllint {rate_yaml:,.0f}/s "
                f"({rate_parallel / rate_yaml:.1f}x); {parallel.cpu / count * 1000:.2f} {per}",
                ">= 1,500/s and >= 10x yamllint",
                _verdict(rate_parallel >= 1500 and rate_parallel >= 10 * rate_yaml),
            )
        )
        rows.append(
            Row(
                "output identical with --jobs 1 and default",
                str(serial.stdout == parallel.stdout),
                "True",
                _verdict(serial.stdout == parallel.stdout),
            )
        )
        small = folder / "json-1000"
        small.mkdir()
        for path in sorted(json_dir.iterdir())[: min(1000, count)]:
            shutil.copy(path, small / path.name)
        small_run = run(profilelint("--format", "json", str(small)), sample_memory=True)
        few = f"{min(1000, count):,}"
        for label, measured in ((few, small_run), (f"{count:,}", parallel)):
            rows.append(
                Row(
                    f"peak RSS, all processes, {label} profiles",
                    f"{measured.peak_rss / 2**20:.0f} MB",
                    "< 150 MB",
                    _verdict(measured.peak_rss < 150 * 2**20),
                )
            )
        grows = parallel.peak_rss > small_run.peak_rss * 1.15
        rows.append(
            Row(
                "memory grows with the number of profiles",
                f"{parallel.peak_rss / max(1, small_run.peak_rss):.2f}x from {few} to {count:,}",
                "no (within 15 %)",
                _verdict(not grows),
            )
        )

        # Large inputs.
        big_page = folder / "big.html"
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_page import generated_page  # one generated page for both benchmarks

        big_page.write_text(generated_page(3 * 2**20), encoding="utf-8")
        large = [
            ("corpus 1.3 MB signed-in page", CORPUS / "linkedin-html"
             / "scoutr_signed-in-2024_eduardo-alvarez-nowak.html", 0.5),
            ("generated 3 MB page", big_page, 1.0),
            ("largest corpus PDF (10 pages)", CORPUS / "linkedin-pdf"
             / "kets_fr-ui-2026_10-pages.pdf", 1.0),
        ]  # fmt: skip
        for label, path, limit in large:
            if not path.exists():
                rows.append(Row(label, "absent", f"< {limit} s", "n/a"))
                continue
            probe = run(profilelint("--format", "json", str(path)))
            loaded = probe.stdout and json.loads(probe.stdout)["files"][0]["format"] is not None
            if not loaded:
                rows.append(Row(label, "not loaded (no loader yet)", f"< {limit} s", "n/a"))
                continue
            seconds = median_wall(profilelint("--format", "json", str(path)), 5)
            rows.append(
                Row(label, f"{seconds:.2f} s end to end", f"< {limit} s", _verdict(seconds < limit))
            )

        # Imports.
        for name in ("plain", "detect"):
            found = heavy_imports(one / f"{name}.json")
            # The language cache exists by now (the single-file runs wrote it): detection maps
            # it and imports neither numpy nor py3langid.
            extra = found
            rows.append(
                Row(
                    f"heavy imports, JSON profile ({name})",
                    ", ".join(found) or "none",
                    "only what the input needs",
                    _verdict(not extra),
                )
            )

    width = max(len(r.what) for r in rows)
    fig = max(len(r.figure) for r in rows)
    print(f"profilelint benchmark: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(f"measured code (bytecode compiled first): {', '.join(compiled)}")
    print(f"{'measure':<{width}}  {'figure':<{fig}}  target / verdict")
    for row in rows:
        tail = f"{row.target} / {row.verdict}" if row.target else ""
        print(f"{row.what:<{width}}  {row.figure:<{fig}}  {tail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
