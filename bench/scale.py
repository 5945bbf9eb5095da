"""Scale benchmark: lists of operations and articles at the size of the EU's migration funds.

Generates, in a temporary folder:
  * lists of operations (CSV, headers in the language of each country) for 27 countries over two
    programming periods (2014-2020: AMIF, ISF; 2021-2027: AMIF, BMVI, ISF), --operations rows in all,
    run by the organisations behind them (about one per 8 operations, some of them reference agencies);
  * --articles short template articles in English, French, Dutch, German and Italian naming those
    organisations, funds, years and amounts;
then, in the same run and on the same data:
  load     `migkg load LISTS/` (fresh process)        vs  pyoxigraph `bulk_load` of the same quads (the
           lists' named graphs, dumped from migkg's store) into a fresh store, named graphs only
           (and rdflib's in-memory Dataset parsing them, when there are at most --rdflib-max quads)
  queries  who-funded-what and three other named queries through migkg (GraphStore + run_query),
           medians of --repeat runs  vs  the same SPARQL text on a raw pyoxigraph store holding the
           same dataset (named graphs and the union migkg keeps in the default graph), and rdflib's
           Dataset (default_union) on the lists' named graphs, when loaded
  export   `migkg export --format nquads`              vs  pyoxigraph `Store.dump` (N-Quads)
  view     `migkg view --fund BMVI` (one fund's part, read alone)  vs  the whole store's network cut to
           BMVI (as the view was built before), up to --view-whole-max operations; the pages must match
  memory   peak resident memory of every migkg process (os.wait4's ru_maxrss)
Articles are loaded after the lists (`migkg load ARTICLES/`), timed on their own: that time is
extraction, which no triple store does.

    python bench/scale.py                                   # 100,000 operations, 5,000 articles
    python bench/scale.py --operations 5000 --articles 200  # a quick look

Results are recorded in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Country (alpha-3), the language of its list's headers, legal-form patterns of its organisations.
COUNTRIES = {
    "AUT": "de", "BEL": "fr", "BGR": "en", "HRV": "en", "CYP": "en", "CZE": "en", "DNK": "en", "EST": "en",
    "FIN": "en", "FRA": "fr", "DEU": "de", "GRC": "en", "HUN": "en", "IRL": "en", "ITA": "it", "LVA": "en",
    "LTU": "en", "LUX": "fr", "MLT": "en", "NLD": "nl", "POL": "en", "PRT": "en", "ROU": "en", "SVK": "en",
    "SVN": "en", "ESP": "en", "SWE": "en",
}  # fmt: skip
ORG_FORMS = {
    "fr": ["{} asbl", "Association {}", "Commune de {}", "CPAS de {}"],
    "nl": ["Stichting {}", "{} vzw", "Gemeente {}", "Vereniging {}"],
    "de": ["{} e.V.", "Verein {}", "Stadt {}", "Diakonie {}"],
    "it": ["Cooperativa sociale {}", "Comune di {}", "Associazione {}", "Fondazione {}"],
    "en": ["{} Foundation", "Ministry of Interior of {}", "{} Refugee Council", "City of {}"],
}
# Reference agencies that also run operations: the same nodes as in the reference data.
REFERENCE_ORGS = {"BEL": ["Fedasil", "Office des étrangers"], "NLD": ["COA"], "DEU": ["BAMF"], "ITA": ["UNHCR"]}
HEADERS = {
    "en": ["Beneficiary name", "Beneficiary identifier", "Operation name", "Purpose and achievements", "Start date",
           "End date", "Total cost", "Fund", "Specific objective", "Union co-financing rate",
           "Location indicator or postcode", "Country", "Type of intervention"],
    "fr": ["Nom du bénéficiaire", "Identifiant du bénéficiaire", "Nom de l'opération", "Objet et réalisations",
           "Date de début", "Date de fin", "Coût total", "Fonds concerné", "Objectif spécifique",
           "Taux de cofinancement de l'Union", "Code postal", "Pays", "Type d'intervention"],
    "nl": ["Naam begunstigde", "Identificatienummer begunstigde", "Naam concrete actie", "Doel en resultaten",
           "Begindatum", "Einddatum", "Totale kosten", "Betrokken fonds", "Specifieke doelstelling",
           "Medefinancieringspercentage van de Unie", "Postcode", "Land", "Soort steunverlening"],
    "de": ["Name des Begünstigten", "Kennung des Begünstigten", "Bezeichnung des Vorhabens", "Zweck und Ergebnisse",
           "Beginn des Vorhabens", "Ende des Vorhabens", "Gesamtkosten", "Betreffender Fonds", "Spezifisches Ziel",
           "Kofinanzierungssatz der Union", "Postleitzahl", "Land", "Art der Intervention"],
    "it": ["Nome del beneficiario", "Identificativo del beneficiario", "Denominazione dell'operazione",
           "Finalità e risultati", "Data di inizio", "Data di fine", "Costo totale", "Fondo interessato",
           "Obiettivo specifico", "Tasso di cofinanziamento dell'Unione", "Codice postale", "Paese",
           "Tipo di intervento"],
}  # fmt: skip
DELIMITERS = {"en": ",", "fr": ";", "nl": ";", "de": ";", "it": "\t"}
PERIODS = {(2014, 2020): ["AMIF", "ISF"], (2021, 2027): ["AMIF", "BMVI", "ISF"]}
THEMES = ["reception", "integration", "return", "resettlement", "asylum", "border", "language", "housing"]
ARTICLES = {
    "en": "The project {p} run by {o} is funded by the Asylum, Migration and Integration Fund (AMIF) from {y1} to "
    "{y2}. Its total cost is EUR {a}. {o} says the project helps newcomers in {c}.",
    "fr": "Le projet {p} de {o} est financé par le FAMI pour la période {y1}-{y2}. Le coût total s'élève à {a} "
    "euros. Selon {o}, le projet aide les demandeurs d'asile.",
    "nl": "Het project {p} van {o} wordt gefinancierd door het AMIF, van {y1} tot {y2}. De totale kosten bedragen "
    "{a} euro. {o} begeleidt nieuwkomers.",
    "de": "Das Projekt {p} von {o} wird aus dem AMIF gefördert ({y1}-{y2}). Die Gesamtkosten betragen {a} Euro. "
    "{o} unterstützt Geflüchtete.",
    "it": "Il progetto {p} di {o} è finanziato dal FAMI per il periodo {y1}-{y2}. Il costo totale è di {a} euro. "
    "{o} sostiene i richiedenti asilo.",
}
SYLLABLES = ("ka", "lo", "mi", "ne", "ra", "to", "vi", "sa", "de", "lu", "ba", "ri", "no", "fe", "gu", "ta", "ma")


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def generate(folder: Path, operations: int, articles: int, seed: int = 5) -> dict[str, int]:
    """Lists and articles under `folder/lists`, `folder/articles`; returns what was written."""
    rng = random.Random(seed)
    lists, texts = folder / "lists", folder / "articles"
    lists.mkdir(parents=True)
    texts.mkdir(parents=True)
    files = [(c, p) for c in COUNTRIES for p in PERIODS]
    per_file = [operations // len(files) + (1 if i < operations % len(files) else 0) for i in range(len(files))]
    orgs: dict[str, list[str]] = {}
    for country, lang in COUNTRIES.items():
        n = max(5, operations // 8 // len(COUNTRIES))
        pool = {rng.choice(ORG_FORMS[lang]).format(f"{word(rng)} {word(rng)}") for _ in range(n)}
        orgs[country] = sorted(pool) + REFERENCE_ORGS.get(country, [])
    done: list[tuple[str, str, str, int, int, int]] = []  # (country, org, project, start, end, amount)
    serial = 0
    for (country, (p_start, p_end)), count in zip(files, per_file, strict=True):
        lang = COUNTRIES[country]
        path = lists / f"{country.lower()}-{p_start}-{p_end}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            out = csv.writer(fh, delimiter=DELIMITERS[lang])
            out.writerow(HEADERS[lang])
            for _ in range(count):
                serial += 1
                org = rng.choice(orgs[country])
                start = rng.randint(p_start, p_end - 1)
                end = min(start + rng.randint(1, 4), p_end + 3)
                fund = rng.choice(PERIODS[(p_start, p_end)])
                total = rng.randint(20, 5000) * 1000
                rate = rng.choice([75, 90, 100])
                project = f"{rng.choice(THEMES).capitalize()} {word(rng)} {serial}"
                out.writerow(
                    [
                        org,
                        f"{country[:2]}{rng.randint(10**8, 10**9 - 1)}",
                        project,
                        f"{rng.choice(THEMES)} support for {rng.randint(10, 900)} people",
                        f"{start}-{rng.randint(1, 12):02d}-01",
                        f"{end}-12-31",
                        f"{total:.2f}",
                        fund,
                        str(rng.randint(1, 4)) if fund == "AMIF" else "1",
                        f"{rate}%",
                        str(rng.randint(1000, 9999)),
                        country,
                        f"{rng.randint(1, 30):03d}",
                    ]
                )
                if len(done) < articles * 3:
                    done.append((country, org, project, start, end, total))
    for i in range(articles):
        country, org, project, start, end, total = rng.choice(done)
        lang = rng.choice(list(ARTICLES))
        body = ARTICLES[lang].format(p=project, o=org, y1=start, y2=end, a=f"{total:,}".replace(",", " "), c=country)
        (texts / f"article-{i:05d}.txt").write_text(
            f"URL: https://news.example.org/{lang}/{i}\nTITLE: {project}\nLANG: {lang}\n"
            f"DATE: 2024-05-01\n---\n{body}\n",
            encoding="utf-8",
        )
    return {"list files": len(files), "operations": operations, "articles": articles}


CPU: dict[str, float] = {}  # command label -> CPU seconds (user + system) of the last run


def run(cmd: list[str], env: dict[str, str] | None = None, label: str | None = None) -> tuple[float, float]:
    """Run a command; its wall time in seconds and its peak resident memory in MiB. Its CPU time
    (user + system, all threads) goes to CPU[label]: on a shared host it is the steadier figure."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if label:
        CPU[label] = usage.ru_utime + usage.ru_stime
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err[-2000:]}")
    peak = usage.ru_maxrss / 1024
    if label:  # as it comes, to stderr: a step that is stopped later does not lose the earlier figures
        print(f"  {label}: {elapsed:.1f} s, CPU {CPU[label]:.1f} s, peak {peak:,.0f} MiB", file=sys.stderr)
    return elapsed, peak


def migkg(store: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "migkg.cli", "--store", str(store), *args]


RAW_LOAD = """
import sys, pyoxigraph as ox
store = ox.Store(sys.argv[1])
store.bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_QUADS)
store.flush()
"""
RAW_DUMP = """
import sys, pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
store.dump(output=sys.argv[2], format=ox.RdfFormat.N_QUADS)
"""
# The quads of the sources' named graphs (what a plain named-graph store holds), from migkg's store.
DUMP_NAMED = """
import sys, pyoxigraph as ox
from migkg.graph.store import GraphStore
skip = set(sys.argv[3:])
with GraphStore(sys.argv[1], read_only=True) as s:
    graphs = [g for g in s.ox.named_graphs() if g.value not in skip]
    with open(sys.argv[2], "wb") as out:
        if skip == {"ALL"}:  # the whole dataset, the stored union (default graph) included
            s.ox.dump(output=out, format=ox.RdfFormat.N_QUADS)
        else:
            for g in graphs:
                s.ox.dump(output=out, format=ox.RdfFormat.N_QUADS, from_graph=g)
"""

# The view as it was built before `build_network(fund=...)`: the whole store's network, then one fund's cut.
VIEW_WHOLE = """
import sys
from pathlib import Path
from migkg.graph.network import build_network
from migkg.graph.store import GraphStore
from migkg.graph.view import cut_network, write_view
with GraphStore(sys.argv[1], read_only=True) as s:
    g = cut_network(build_network(s, evidence=True), store=s, fund="BMVI")
    write_view(g, Path(sys.argv[2]))
"""

QUERIES = [
    ("who-funded-what", {}),
    ("projects-of-fund", {"fund": "https://w3id.org/migkg/id/fund/BMVI"}),
    ("funding-by-fund-country", {}),
    ("projects-of", {"org": "https://w3id.org/migkg/id/org/federal-agency-for-the-reception-of-asylum-seekers"}),
]


def _bound(name: str, params: dict[str, str]) -> tuple[object, dict, dict]:
    import pyoxigraph as ox
    from rdflib import URIRef

    from migkg.api import resolve_query
    from migkg.graph.store import to_ox

    query, bindings = resolve_query(name).with_values({k: URIRef(v) for k, v in params.items()})
    return query, bindings, {ox.Variable(k): to_ox(v) for k, v in bindings.items()}


def rdflib_queries(nq: Path) -> list[tuple[str, float, int]]:
    """Per named query, one run on rdflib's in-memory Dataset (union default graph) of `nq`."""
    from rdflib import Dataset

    from migkg.ontology.vocab import QUERY_PREFIXES

    rds = Dataset(default_union=True)
    rds.parse(nq, format="nquads")
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in QUERY_PREFIXES.items())
    out = []
    for name, params in QUERIES:
        query, bindings, _subs = _bound(name, params)
        t = time.perf_counter()
        n = len(list(rds.query(prologue + query.text, initBindings=bindings)))
        out.append((name, time.perf_counter() - t, n))
    return out


def time_queries(store: Path, raw: Path, repeat: int) -> list[tuple[str, float, float, int, int]]:
    """Per named query: migkg's median and raw pyoxigraph's (same text, same bindings), and the rows."""
    import pyoxigraph as ox
    from rdflib import URIRef

    from migkg.api import resolve_query, run_query
    from migkg.graph.store import GraphStore
    from migkg.ontology.vocab import QUERY_PREFIXES

    out = []
    with GraphStore(store, read_only=True) as s:
        rawstore = ox.Store.read_only(str(raw))
        for name, params in QUERIES:
            q = resolve_query(name)
            query, _bindings, subs = _bound(name, params)
            ours, theirs = [], []
            n = 0
            for _ in range(repeat):
                t = time.perf_counter()
                n = len(list(run_query(s, q, {k: URIRef(v) for k, v in params.items()})))
                ours.append(time.perf_counter() - t)
                t = time.perf_counter()
                n_raw = len(
                    list(
                        rawstore.query(
                            query.text,
                            prefixes=QUERY_PREFIXES,
                            substitutions=subs,
                        )
                    )
                )
                theirs.append(time.perf_counter() - t)
            out.append((name, statistics.median(ours), statistics.median(theirs), n, n_raw))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--operations", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (median)")
    parser.add_argument("--rdflib-max", type=int, default=1_500_000, help="skip rdflib above this many quads")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument(
        "--view-whole-max",
        type=int,
        default=25_000,
        help="up to this many operations, also time the view built from the whole network (the baseline)",
    )
    parser.add_argument(
        "--skip", default="", help="steps to leave out, comma-separated: queries, export (their baselines too)"
    )
    args = parser.parse_args()
    skip = {x.strip() for x in args.skip.split(",") if x.strip()}
    if skip - {"queries", "export"}:
        parser.error(f"--skip: unknown step(s) {', '.join(sorted(skip - {'queries', 'export'}))}")
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    work = args.keep or Path(tempfile.mkdtemp(prefix="migkg-scale-"))
    if work.exists() and args.keep:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        t = time.perf_counter()
        made = generate(work / "data", args.operations, args.articles)
        print(f"generated {made} in {time.perf_counter() - t:.1f} s")
        store = work / "store"
        peak: dict[str, float] = {}
        # An empty store first: its ontology and reference graphs are not part of the load measured.
        run(migkg(store, "load", str(REPO / "examples" / "seed-article-fr.txt"), "-q"), env)
        base_graphs = _graphs(store, env)
        load_lists, peak["load lists"] = run(migkg(store, "load", str(work / "data" / "lists"), "-q"), env, "load")
        lists_nq = work / "lists.nq"
        run([sys.executable, "-c", DUMP_NAMED, str(store), str(lists_nq), *base_graphs], env)
        n_list_quads = _count_lines(lists_nq)
        load_articles, peak["load articles"] = run(
            migkg(store, "load", str(work / "data" / "articles"), "-q"), env, "load articles"
        )
        all_nq = work / "all.nq"
        run([sys.executable, "-c", DUMP_NAMED, str(store), str(all_nq), "ALL"], env)
        n_all = _count_lines(all_nq)
        if not ({"queries", "export"} - skip):
            all_nq.unlink()  # only the baselines of queries and export read it
        raw_lists = work / "raw-lists"
        raw_load, peak["raw bulk_load (lists)"] = run(
            [sys.executable, "-c", RAW_LOAD, str(raw_lists), str(lists_nq)], None, "raw load"
        )
        raw = work / "raw-all"
        if all_nq.exists():
            run([sys.executable, "-c", RAW_LOAD, str(raw), str(all_nq)])
        rdflib_load = None
        if n_list_quads <= args.rdflib_max:
            code = f"from rdflib import Dataset; Dataset().parse({str(lists_nq)!r}, format='nquads')"
            rdflib_load, peak["rdflib parse (lists)"] = run([sys.executable, "-c", code])
        print(f"\nlists: {made['operations']:,} operations -> {n_list_quads:,} quads in the sources' named graphs")
        print(f"whole dataset after {made['articles']:,} articles: {n_all:,} quads (named graphs and their union)")
        print("\n| step | migkg | raw pyoxigraph | ratio | target |")
        print("| --- | --- | --- | --- | --- |")
        print(f"| load the lists (CSV -> store) vs `bulk_load` of their quads | {load_lists:.1f} s | {raw_load:.1f} s "
              f"| **{load_lists / raw_load:.2f}** | <= 1.5 |")  # fmt: skip
        cpu, raw_cpu = CPU["load"], CPU["raw load"]
        print(f"| same, CPU time (user + system) | {cpu:.1f} s | {raw_cpu:.1f} s | {cpu / raw_cpu:.2f} | |")
        if rdflib_load is not None:
            print(f"| rdflib `Dataset.parse` of the lists' quads | | {rdflib_load:.1f} s (rdflib) | "
                  f"{rdflib_load / raw_load:.2f} x raw | |")  # fmt: skip
        print(f"| load {made['articles']:,} articles (extraction) | {load_articles:.1f} s "
              f"({made['articles'] / load_articles:.0f}/s) | | | |")  # fmt: skip
        rdflib_nq = lists_nq if rdflib_load is not None else None
        for name, ours, theirs, n, n_raw in [] if "queries" in skip else time_queries(store, raw, args.repeat):
            print(f"| query `{name}` ({n:,} rows; raw: {n_raw:,}), median of {args.repeat} | {ours:.2f} s "
                  f"| {theirs:.2f} s | **{ours / theirs:.2f}** | <= 2 |")  # fmt: skip
        if rdflib_nq is not None:
            for name, rdfl, n in rdflib_queries(rdflib_nq):
                print(f"| query `{name}`, rdflib in memory on the lists' named graphs ({n:,} rows, 1 run) | "
                      f"| {rdfl:.2f} s (rdflib) | | |")  # fmt: skip
        if "export" not in skip:
            export, peak["export"] = run(
                migkg(store, "export", "--format", "nquads", "-o", str(work / "out.nq")), env, "export"
            )
            raw_export, _ = run(
                [sys.executable, "-c", RAW_DUMP, str(raw), str(work / "raw-out.nq")], None, "raw export"
            )
            print(f"| export N-Quads vs `Store.dump` | {export:.1f} s | {raw_export:.1f} s "
                  f"| {export / raw_export:.2f} | |")  # fmt: skip
            cpu, raw_cpu = CPU["export"], CPU["raw export"]
            print(f"| same, CPU time | {cpu:.1f} s | {raw_cpu:.1f} s | {cpu / raw_cpu:.2f} | |")
        view, peak["view"] = run(migkg(store, "view", "--fund", "BMVI", "-o", str(work / "bmvi.html")), env, "view")
        size = (work / "bmvi.html").stat().st_size / 1e6
        if made["operations"] <= args.view_whole_max:
            whole, peak["view, whole network cut"] = run(
                [sys.executable, "-c", VIEW_WHOLE, str(store), str(work / "bmvi-whole.html")], env, "view whole"
            )
            same = (work / "bmvi.html").read_bytes() == (work / "bmvi-whole.html").read_bytes()
            print(f"| `migkg view --fund BMVI` ({size:.1f} MB page) vs the whole network cut to BMVI "
                  f"({'the same page' if same else 'PAGES DIFFER'}) | {view:.1f} s, {peak['view']:,.0f} MiB "
                  f"| {whole:.1f} s, {peak['view, whole network cut']:,.0f} MiB | {view / whole:.2f} | |")  # fmt: skip
        else:
            print(f"| `migkg view --fund BMVI` ({size:.1f} MB page) | {view:.1f} s, {peak['view']:,.0f} MiB | | | |")
        print("\npeak resident memory (MiB): " + ", ".join(f"{k} {v:,.0f}" for k, v in peak.items()))
        ours_peak = max(v for k, v in peak.items() if not k.startswith(("raw", "rdflib")))
        print(f"migkg's peak: {ours_peak:,.0f} MiB (target < 2048)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def _graphs(store: Path, env: dict[str, str]) -> list[str]:
    code = (
        "import sys\nfrom migkg.graph.store import GraphStore\n"
        "with GraphStore(sys.argv[1], read_only=True) as s:\n"
        "    print('\\n'.join(g.value for g in s.ox.named_graphs()))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(store)], env=env, capture_output=True, text=True, check=True)
    return out.stdout.split()


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


if __name__ == "__main__":
    sys.exit(main())
