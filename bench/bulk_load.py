"""Bulk-load and export benchmark: migkg against raw pyoxigraph and rdflib's in-memory store.

Generates a synthetic who-funded-what graph of about N triples (default 1,000,000) as Turtle, then,
in the same run and on the same file:
  load    `migkg load FILE` into a fresh store          vs  pyoxigraph.Store(path).bulk_load(FILE), into
          a named graph (like for like: migkg keeps one graph per source) and into the default graph
          (and rdflib.Graph().parse(FILE), the pure-Python baseline, once)
  export  `migkg export --format turtle`                 vs  pyoxigraph Store.dump(graph, Turtle)
          `migkg export --format nquads`                 vs  pyoxigraph Store.dump(N-Quads)
Each command runs as a fresh process, so interpreter start-up counts for everyone alike. Medians of
--repeat runs are printed with the ratios; the targets are load <= 1.5x and export <= 2x raw Oxigraph.

    python bench/bulk_load.py                # 1M triples, 3 repeats
    python bench/bulk_load.py --triples 100000 --repeat 5 --skip-rdflib

Results are recorded in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOALS = ["asylum", "legal-migration-integration", "return", "solidarity"]
FUNDS = ["AMIF", "ISF", "BMVI", "ERDF", "ESF"]


def generate(path: Path, triples: int, seed: int = 7) -> int:
    """About `triples` triples: projects with labels, funders, implementers, partners, years,
    grants with amounts, goals; organisations with labels in two languages. Returns the count."""
    rng = random.Random(seed)
    n_projects = max(1, triples // 20)
    n_orgs = max(10, n_projects // 10)
    written = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write(
            "@prefix mkg: <https://w3id.org/migkg/ontology#> .\n"
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
            "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
            "@prefix fund: <https://w3id.org/migkg/id/fund/> .\n"
            "@prefix goal: <https://w3id.org/migkg/id/goal/> .\n"
            "@prefix p: <https://example.org/bench/project/> .\n"
            "@prefix o: <https://example.org/bench/org/> .\n"
            "@prefix g: <https://example.org/bench/grant/> .\n\n"
        )
        for i in range(n_orgs):
            fh.write(
                f'o:{i} a mkg:NonGovernmentalOrganisation ; skos:prefLabel "Organisation {i}"@en , '
                f'"Organisation n° {i}"@fr ; skos:altLabel "ORG{i}" .\n'
            )
            written += 4
        for i in range(n_projects):
            start = rng.randint(2014, 2024)
            fund = rng.choice(FUNDS)
            amount = rng.randint(10_000, 5_000_000)
            fh.write(
                f'p:{i} a mkg:Project ; rdfs:label "Project {i} on {rng.choice(GOALS)}"@en ;\n'
                f"  mkg:fundedBy fund:{fund} ; mkg:implementedBy o:{rng.randrange(n_orgs)} ;\n"
                f"  mkg:partner o:{rng.randrange(n_orgs)} , o:{rng.randrange(n_orgs)} ;\n"
                f'  mkg:startYear "{start}"^^xsd:gYear ; mkg:endYear "{start + rng.randint(1, 4)}"^^xsd:gYear ;\n'
                f"  mkg:pursuesGoal goal:{rng.choice(GOALS)} ; mkg:grant g:{i} .\n"
                f"g:{i} a mkg:Grant ; mkg:grantFunder fund:{fund} ; mkg:grantFor p:{i} ; mkg:amount {amount}.00 ;\n"
                f'  mkg:currency "EUR" .\n'
            )
            written += 16
        # Top up to the requested size with descriptive triples.
        i = 0
        while written < triples:
            fh.write(f'p:{i % n_projects} rdfs:comment "Note {i} on this project." .\n')
            written += 1
            i += 1
    return written


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-rdflib", action="store_true", help="skip the slow rdflib baseline")
    args = parser.parse_args()
    py = sys.executable
    migkg = [py, "-m", "migkg.cli"]
    work = Path(tempfile.mkdtemp(prefix="migkg-bench-"))
    try:
        data = work / "bench.ttl"
        count = generate(data, args.triples)
        size_mb = data.stat().st_size / 1e6
        print(f"synthetic graph: {count} triples, {size_mb:.1f} MB Turtle; {args.repeat} repeats, medians")

        # A store with only the packaged reference data, copied for each run: migkg's own store
        # creation is then not counted as load time (it is done once per store, not per file).
        template = work / "template"
        subprocess.run([*migkg, "--store", str(template), "stats"], check=True, stdout=subprocess.DEVNULL)

        # Raw baselines: bulk_load into a named graph (what migkg does: one graph per source, which
        # Oxigraph indexes six ways) and into the default graph (indexed three ways).
        ours, raw_named, raw_default = [], [], []
        for r in range(args.repeat):
            store = work / f"migkg-{r}"
            shutil.copytree(template, store)
            ours.append(timed([*migkg, "--store", str(store), "load", "-q", str(data)]))
            raw_named.append(
                timed(
                    [
                        py,
                        "-c",
                        f"import pyoxigraph as ox; ox.Store({str(work / f'raw-{r}')!r}).bulk_load("
                        f"path={str(data)!r}, to_graph=ox.NamedNode('https://example.org/g'))",
                    ]
                )
            )
            raw_default.append(
                timed(
                    [
                        py,
                        "-c",
                        f"import pyoxigraph as ox; ox.Store({str(work / f'rawd-{r}')!r}).bulk_load(path={str(data)!r})",
                    ]
                )
            )
            shutil.rmtree(work / f"rawd-{r}")
        load_ours, load_named, load_default = (statistics.median(x) for x in (ours, raw_named, raw_default))
        print(f"load   migkg load                           {load_ours:7.2f} s")
        print(
            f"load   pyoxigraph bulk_load, named graph    {load_named:7.2f} s   "
            f"ratio migkg/raw = {load_ours / load_named:.2f} (target <= 1.5)"
        )
        print(
            f"load   pyoxigraph bulk_load, default graph  {load_default:7.2f} s   "
            f"ratio migkg/raw = {load_ours / load_default:.2f}"
        )
        if not args.skip_rdflib:
            t = timed([py, "-c", f"import rdflib; rdflib.Graph().parse({str(data)!r}, format='turtle')"])
            print(f"load   rdflib in-memory Graph.parse         {t:7.2f} s   ratio rdflib/migkg = {t / load_ours:.1f}")

        store = work / "migkg-0"
        raw_dir = work / "raw-0"
        for fmt, ox_format, from_graph in (("turtle", "TURTLE", True), ("nquads", "N_QUADS", False)):
            ours, raw = [], []
            for _ in range(args.repeat):
                ours.append(timed([*migkg, "--store", str(store), "export", "--format", fmt, "-o", str(work / "o")]))
                graph_arg = ", from_graph=ox.NamedNode('https://example.org/g')" if from_graph else ""
                raw.append(
                    timed(
                        [
                            py,
                            "-c",
                            f"import pyoxigraph as ox; ox.Store({str(raw_dir)!r}).dump({str(work / 'r')!r}, "
                            f"ox.RdfFormat.{ox_format}{graph_arg})",
                        ]
                    )
                )
            e_ours, e_raw = statistics.median(ours), statistics.median(raw)
            print(f"export {fmt:7} migkg export   {e_ours:7.2f} s")
            print(
                f"export {fmt:7} pyoxigraph dump {e_raw:6.2f} s   ratio migkg/raw = {e_ours / e_raw:.2f} (target <= 2)"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
