"""HTML view benchmark: a synthetic 5,000-node who-funded-what network, written and opened offline.

In the same run and on the same graph:
  write        `migkg.graph.view.write_view` (Python layout, vis-network inlined)   target < 10 s
               vs pyvis's own `Network.from_nx` + `write_html` (CDN links, physics in the browser)
               and vs networkx's node-link JSON dump (the data alone)
  interactive  the page in Debian's headless chromium (Playwright, every request blocked): time from
               navigation to the first drawn frame (`window.migkgReady`)                  target < 3 s
               and how long one filter change (minimum confidence) takes to redraw
Medians of --repeat runs, with ratios. Needs `pip install playwright` and `apt-get install chromium`.

    python bench/view.py
    python bench/view.py --nodes 2000 --repeat 5

Results are recorded in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from migkg.graph.view import write_view

CHROMIUM = "/usr/bin/chromium"
FUNDS = ["AMIF", "ISF", "BMVI", "ERDF", "ESF", "CF", "NATIONAL", "EU-EMERGENCY"]
GOALS = ["asylum", "legal-migration", "integration", "return", "solidarity", "resettlement"]
PLACES = ["Brussels", "Antwerp", "Liège", "Ghent", "Namur", "Charleroi", "Leuven", "Mons", "Belgium", "France"]


def synthetic(n_nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """A typed network like `build_network` returns: funds and their programmes, periods, goals and
    places, then organisations and projects (about 1 organisation per 6 projects) up to `n_nodes`;
    each project has 1-2 funders, an implementer, 0-2 partners, a period, a goal and evidence."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()

    def node(iri: str, type_: str, label: str, **attrs: object) -> str:
        g.add_node(iri, **{"type": type_, "kind": "", "label": label, "names": [label], "sources": 1, **attrs})
        return iri

    funds = [node(f"fund/{c}", "fund", c, code=c) for c in FUNDS]
    periods = [node(f"period/{a}-{a + 6}", "period", f"{a}–{a + 6}", start=a, end=a + 6) for a in (2007, 2014, 2021)]
    programmes = []
    for f in funds:
        for p in periods[1:]:
            prog = node(f"{f}-{g.nodes[p]['start']}", "programme", f"{g.nodes[f]['label']} {g.nodes[p]['label']}")
            g.add_edge(prog, f, key="programme of", relation="programme of", sources=1)
            g.add_edge(prog, p, key="in period", relation="in period", sources=1)
            programmes.append(prog)
    goals = [node(f"goal/{x}", "goal", x.replace("-", " ").title()) for x in GOALS]
    places = [node(f"place/{x}", "place", x) for x in PLACES]
    remaining = n_nodes - g.number_of_nodes()
    n_orgs = remaining // 7
    orgs = [
        node(f"org/{i}", "organisation", f"Organisation {i} asbl", kind="NonGovernmentalOrganisation")
        for i in range(n_orgs)
    ]
    for o in orgs:
        g.add_edge(o, rng.choice(places), key="located in", relation="located in", sources=1)
    for i in range(remaining - n_orgs):
        start = rng.randint(2014, 2026)
        p = node(
            f"project/{i}", "project", f"Project {i} on {rng.choice(GOALS)}", start=start, end=start + rng.randint(0, 3)
        )
        for funder in rng.sample(funds + programmes, rng.randint(1, 2)):
            conf = round(rng.uniform(0.3, 1.0), 2)
            g.add_edge(
                funder,
                p,
                key="funds",
                relation="funds",
                sources=1,
                confidence=conf,
                amount_eur=rng.randint(10, 5000) * 1000.0,
            )
        impl = rng.choice(orgs)
        g.add_edge(
            impl, p, key="implements", relation="implements", sources=1, confidence=round(rng.uniform(0.3, 1.0), 2)
        )
        for partner in rng.sample(orgs, rng.randint(0, 2)):
            if partner != impl:
                g.add_edge(partner, p, key="partner of", relation="partner of", sources=1)
        g.add_edge(p, rng.choice(goals), key="pursues", relation="pursues", sources=1)
        g.nodes[p]["evidence"] = [
            {
                "property": "fundedBy",
                "value": "AMIF",
                "sentence": f"Project {i} receives money from the fund to support its work in the city.",
                "confidence": 0.7,
                "source": f"source/{i % 500}",
                "source_title": f"Article {i % 500}",
                "url": f"https://news.example.org/{i % 500}",
            }
        ]
    return g


def write_pyvis(g: nx.MultiDiGraph, path: Path) -> None:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="remote")
    net.from_nx(nx.DiGraph(g))
    net.write_html(str(path))


def write_node_link(g: nx.MultiDiGraph, path: Path) -> None:
    path.write_text(json.dumps(nx.node_link_data(g, edges="links"), default=str), encoding="utf-8")


def timed(fn, *args: object) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def open_in_chromium(page_path: Path, repeat: int) -> tuple[list[float], list[float], list[str]]:
    """(ms to first drawn frame, ms for a filter change, errors) per run, in a fresh page each time."""
    from playwright.sync_api import sync_playwright

    ready, filtering, errors = [], [], []
    url = page_path.resolve().as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
            page.goto(url)
            page.wait_for_selector("body[data-ready]", state="attached", timeout=60000)
            ready.append(page.evaluate("window.migkgReady"))
            filtering.append(
                page.evaluate(
                    """() => { const t = performance.now(); const c = document.getElementById('confidence');
                    c.value = '0.6'; c.dispatchEvent(new Event('input'));
                    migkgView.network.redraw(); return performance.now() - t; }"""
                )
            )
            page.close()
        browser.close()
    return ready, filtering, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-pyvis", action="store_true", help="skip the slow pyvis write_html baseline")
    args = parser.parse_args()
    g = synthetic(args.nodes)
    print(
        f"synthetic network: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; {args.repeat} repeats, medians"
    )
    with tempfile.TemporaryDirectory(prefix="migkg-bench-view-") as tmp:
        work = Path(tmp)
        page = work / "view.html"
        ours = statistics.median(timed(write_view, g, page) for _ in range(args.repeat))
        size = page.stat().st_size / 1e6
        dump = statistics.median(timed(write_node_link, g, work / "g.json") for _ in range(args.repeat))
        print(f"write  migkg view (Python layout, inlined)  {ours:7.2f} s   {size:5.1f} MB   target < 10 s")
        print(f"write  networkx node-link JSON dump         {dump:7.2f} s   ratio migkg/dump = {ours / dump:.1f}")
        if not args.skip_pyvis:
            base = statistics.median(timed(write_pyvis, g, work / "pyvis.html") for _ in range(args.repeat))
            print(f"write  pyvis from_nx + write_html           {base:7.2f} s   ratio migkg/pyvis = {ours / base:.2f}")
        if not Path(CHROMIUM).exists():
            print("interactive: skipped (no /usr/bin/chromium)")
            return 0
        ready, filtering, errors = open_in_chromium(page, args.repeat)
        r, f = statistics.median(ready) / 1000, statistics.median(filtering) / 1000
        print(
            f"open   headless chromium, first frame       {r:7.2f} s   target < 3 s   ratio to write = {r / ours:.2f}"
        )
        print(f"filter minimum confidence, redraw           {f:7.2f} s")
        if errors:
            print(f"page errors: {errors[:3]}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
