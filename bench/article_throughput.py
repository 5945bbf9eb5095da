"""Article throughput and memory: thousands of 2-5 KB articles through `migkg load`.

Generates N synthetic press articles (French, Dutch, English, German; fictional projects and NGOs,
real funds and agencies; 2-5 KB each), then in the same run measures:
  1. `migkg load FOLDER`, one process, one core: articles per second (target >= 50), wall clock
     including start-up;
  2. in-process, in batches of --batch articles: the resident memory after each batch, for the
     loaders alone and with the store, to show that it does not grow with the number of articles
     already loaded (target: the last batch's RSS within 10% of the second's);
  3. the baseline of the same run: reading and decoding the same files and detecting their language
     (the fixed cost of any text loader), and the share of time that extraction and storing add;
  4. `migkg load --jobs J FOLDER` for J = 1, 2 and the number of cores (or --jobs): articles per
     second, the median of --runs runs interleaved (1, 2, N, 1, 2, N, ...) so that the host's noise
     falls on each alike, and the ratio 2 jobs / 1 job (target on 2 cores: >= 1.7).

    python bench/article_throughput.py                  # 3000 articles
    python bench/article_throughput.py --articles 1000 --batch 250
    python bench/article_throughput.py --articles 1000 --only-jobs --runs 3

Results are recorded in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FUNDS = {
    "fr": ["le Fonds Asile, Migration et Intégration (FAMI)", "le FAMI", "le Fonds social européen plus (FSE+)"],
    "nl": ["het Fonds voor Asiel, Migratie en Integratie (AMIF)", "het AMIF", "het Europees Sociaal Fonds Plus"],
    "en": ["the Asylum, Migration and Integration Fund (AMIF)", "AMIF", "the Border Management and Visa Instrument"],
    "de": ["dem Asyl-, Migrations- und Integrationsfonds (AMIF)", "dem AMIF", "dem Europäischen Sozialfonds Plus"],
}
AGENCIES = {
    "fr": ["Fedasil", "l'Office des étrangers", "le CGRA", "l'OIM", "Caritas International"],
    "nl": ["Fedasil", "de Dienst Vreemdelingenzaken", "het CGVS", "IOM", "Caritas International"],
    "en": ["Fedasil", "the Immigration Office", "the CGRS", "IOM", "UNHCR"],
    "de": ["das BAMF", "die IOM", "der UNHCR", "die Caritas"],
}
TEMPLATES = {
    "fr": (
        "Le projet {name}, financé par {fund}, est mené par l'asbl {ngo} entre {y1} et {y2}. "
        "Il bénéficie d'un budget de {amount} euros. En partenariat avec {agency}, l'association accompagne "
        "des familles nouvellement arrivées dans leurs démarches. "
    ),
    "nl": (
        "Het project {name} wordt gefinancierd door {fund} en uitgevoerd door {ngo} vzw van {y1} tot {y2}. "
        "Het budget bedraagt {amount} euro. In samenwerking met {agency} begeleidt de organisatie "
        "nieuwkomers bij hun eerste stappen. "
    ),
    "en": (
        "The {name} project, funded by {fund}, is run by {ngo} from {y1} to {y2}. It has a budget of "
        "EUR {amount}. In partnership with {agency}, the charity supports newly arrived families. "
    ),
    "de": (
        "Das Projekt „{name}“ wird aus Mitteln {fund} gefördert und von {ngo} e.V. von {y1} bis {y2} "
        "durchgeführt. Das Budget beträgt {amount} Euro. In Zusammenarbeit mit {agency} begleitet der Verein "
        "neu angekommene Familien. "
    ),
}
FILLER = {
    "fr": "Les responsables soulignent l'importance d'un accueil de qualité et d'une coordination locale. ",
    "nl": "De verantwoordelijken benadrukken het belang van een goede opvang en lokale samenwerking. ",
    "en": "Those in charge stress the importance of good reception conditions and local cooperation. ",
    "de": "Die Verantwortlichen betonen die Bedeutung einer guten Aufnahme und lokaler Zusammenarbeit. ",
}
SYLLABLES = ["pa", "ssa", "ré", "lo", "ka", "mi", "tor", "ven", "bru", "ga", "lia", "no", "sol", "tri", "vel"]


def word(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def article(rng: random.Random, i: int) -> tuple[str, str]:
    lang = rng.choice(list(TEMPLATES))
    parts = []
    for _ in range(rng.randint(2, 4)):
        y1 = rng.randint(2015, 2025)
        parts.append(
            TEMPLATES[lang].format(
                name=f"{word(rng)} {word(rng, 2)}",
                fund=rng.choice(FUNDS[lang]),
                ngo=f"{word(rng)} {word(rng, 2)}",
                y1=y1,
                y2=y1 + rng.randint(1, 3),
                amount=f"{rng.randint(50, 900)}.000",
                agency=rng.choice(AGENCIES[lang]),
            )
        )
        parts.append(FILLER[lang] * rng.randint(3, 12))
    title = f"{word(rng)} {word(rng)} {i}"
    body = "\n\n".join(parts)
    header = f"URL: https://news.example.org/{lang}/{i}\nTITLE: {title}\nLANG: {lang}\n---\n"
    return f"{i:05d}-{lang}.txt", header + title + "\n\n" + body


def generate(folder: Path, n: int, seed: int = 11) -> int:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        name, text = article(rng, i)
        (folder / name).write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def become_subreaper() -> bool:
    """Adopt this process's orphaned descendants (Linux): `load --jobs`'s fork server and workers
    outlive their parent by a moment, and only a process that reaps them counts their CPU time."""
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def children_cpu() -> float:
    """CPU seconds (user + system) of every descendant reaped so far, after reaping the orphans."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_jobs(work: Path, folder: Path, args: argparse.Namespace) -> None:
    """`migkg load -q --jobs J FOLDER` into a fresh store, wall clock including start-up, and the CPU
    time of all its processes (writer, fork server, workers); runs of the job counts interleaved;
    medians."""
    cores = len(os.sched_getaffinity(0))
    counts = [int(j) for j in args.jobs.split(",")] if args.jobs else sorted({1, 2, cores})
    times: dict[int, list[float]] = {j: [] for j in counts}
    cpus: dict[int, list[float]] = {j: [] for j in counts}
    counted = become_subreaper()
    print(f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    for run in range(args.runs):
        for j in counts:
            store = work / f"jobs-store-{j}-{run}"
            cpu = children_cpu()
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "migkg.cli", "--store", str(store), "load", "-q", "--jobs", str(j), str(folder)],
                check=True,
            )
            times[j].append(time.perf_counter() - start)
            cpus[j].append(children_cpu() - cpu)
            shutil.rmtree(store, ignore_errors=True)
            print(
                f"  run {run + 1}, --jobs {j}: {times[j][-1]:.1f} s, {cpus[j][-1]:.1f} s of CPU "
                f"(load average {os.getloadavg()[0]:.2f})",
                flush=True,
            )
    rate = {j: args.articles / statistics.median(t) for j, t in times.items()}
    print(f"migkg load --jobs J ({cores} cores, medians of {args.runs} interleaved runs, incl. start-up):")
    for j in counts:
        cpu_note = f", {statistics.median(cpus[j]):.1f} s of CPU in all its processes" if counted else ""
        print(f"  --jobs {j}: {statistics.median(times[j]):.1f} s = {rate[j]:.1f} articles/s{cpu_note}")
    if 1 in rate and 2 in rate:
        ratio = rate[2] / rate[1]
        verdict = "met" if ratio >= 1.7 else "missed"
        print(f"2 jobs / 1 job: {ratio:.2f}x the articles per second (target >= 1.7 on 2 cores: {verdict})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument(
        "--plateau-rounds", type=int, default=4, help="write the sources this many times to show the store's plateau"
    )
    parser.add_argument("--jobs", default="", help="comma-separated job counts (default: 1, 2 and the cores)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each job count, for the medians")
    parser.add_argument("--only-jobs", action="store_true", help="measure only the job counts (part 4)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="migkg-throughput-"))
    try:
        folder = work / "articles"
        size = generate(folder, args.articles)
        files = sorted(folder.iterdir())
        print(f"{args.articles} articles, {size / args.articles / 1024:.1f} KB on average")
        if args.only_jobs:
            measure_jobs(work, folder, args)
            return 0

        # 1. The command a user runs.
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "migkg.cli", "--store", str(work / "cli-store"), "load", "-q", str(folder)],
            check=True,
        )
        wall = time.perf_counter() - start
        print(f"migkg load (one process, incl. start-up): {wall:.1f} s = {args.articles / wall:.0f} articles/s")

        # 2. Memory per batch, and the time split, in this process.
        from migkg.graph.store import GraphStore
        from migkg.loaders.base import Input
        from migkg.loaders.decode import decode_text, detect_language

        baseline_start = time.perf_counter()
        for f in files:
            detect_language(decode_text(f.read_bytes(), str(f)))
        baseline = time.perf_counter() - baseline_start

        from migkg.loaders.registry import loader_for

        # Extraction alone (loaders, no store): the part whose memory must not grow.
        extract_rss = []
        for k in range(0, len(files), args.batch):
            for f in files[k : k + args.batch]:
                inp = Input.from_path(f)
                loader_for(inp).load(inp)
            extract_rss.append(rss_mib())

        store = GraphStore(work / "lib-store")
        rss = []
        load_start = time.perf_counter()
        for k in range(0, len(files), args.batch):
            batch = files[k : k + args.batch]
            for result in store.load_inputs(Input.from_path(f) for f in batch):
                if not hasattr(result, "status"):
                    raise SystemExit(f"load failed: {result}")
            rss.append(rss_mib())
        loaded = time.perf_counter() - load_start
        store.close()
        print(
            f"in-process load: {loaded:.1f} s = {args.articles / loaded:.0f} articles/s; "
            f"baseline (read, decode, detect language): {baseline:.1f} s = {args.articles / baseline:.0f} articles/s; "
            f"ratio load/baseline = {loaded / baseline:.1f}"
        )
        print(
            f"RSS (MiB) after each batch of {args.batch}, extraction only: " + " ".join(f"{r:.0f}" for r in extract_rss)
        )
        print(f"RSS (MiB) after each batch of {args.batch}, extraction + store:  " + " ".join(f"{r:.0f}" for r in rss))
        if len(rss) >= 3:
            print(
                f"memory, last batch / second batch: extraction only {extract_rss[-1] / extract_rss[1]:.2f}, "
                f"with the store {rss[-1] / rss[1]:.2f} (target <= 1.10)"
            )
        # 4. Where the store's memory levels off: the same extracted sources written again under new
        # identities (no extraction cost), RSS every 1000 sources.
        if args.plateau_rounds:
            from migkg.ontology import iris

            sources = []
            for f in files:
                inp = Input.from_path(f)
                sources += loader_for(inp).load(inp)
            store = GraphStore(work / "plateau-store")
            series = []
            written = 0
            for rnd in range(args.plateau_rounds):
                for i, source in enumerate(sources):
                    source.iri = iris.source_iri(f"https://plateau.example/{rnd}/{i}", source.metadata.content_hash)
                    source.graph = iris.source_graph(source.iri)
                    store.add_source(source)
                    written += 1
                    if written % 100 == 0:
                        store.ox.flush()
                    if written % 1000 == 0:
                        series.append(rss_mib())
            store.close()
            print(f"store memory over {written} sources, RSS (MiB) every 1000: " + " ".join(f"{r:.0f}" for r in series))
            if len(series) >= 6:
                half = len(series) // 2
                print(
                    f"second half grows {series[-1] - series[half]:.0f} MiB over {len(series) - half} thousand sources"
                )
        target = "met" if args.articles / wall >= 50 else "missed"
        print(f"throughput target (>= 50 articles/s with `migkg load`): {target}")
        measure_jobs(work, folder, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
