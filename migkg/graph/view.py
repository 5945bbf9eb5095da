"""`migkg view`: the network as one self-contained, offline HTML page.

The nodes, edges and options are built with pyvis's `Network` (vis-network's data model), but the page
is rendered with our own template (`templates/view.html`): pyvis's template loads bootstrap from a
CDN and puts node titles into `innerHTML`. Here vis-network's JS and CSS are inlined from the copy
pyvis ships, the data is one JSON block parsed with `JSON.parse`, and the page builds its DOM with
`textContent` only, so every string read from a document stays text. A Content-Security-Policy
forbids every network request.

Graphs above `PHYSICS_UP_TO` nodes are laid out in Python (`migkg.graph.layout`) and drawn with
physics off, so the page is interactive at once; above `max_nodes` the least connected nodes are
left out and the result says how many and how to focus.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from migkg.errors import MigkgError
from migkg.files import write_parts_whole

PHYSICS_UP_TO = 300  # nodes: up to here vis-network's physics lays the graph out in the browser
DEFAULT_MAX_NODES = 5000  # nodes drawn at most; the rest are left out, least connected first
LAYOUT_SCALE = 60.0  # pixels per layout unit

# Colour, vis-network shape, and the glyph that shows that shape in the legend.
NODE_STYLE: dict[str, tuple[str, str, str]] = {
    "fund": ("#e3a21a", "diamond", "◆"),
    "programme": ("#f2cd5c", "triangle", "▲"),
    "organisation": ("#3b74b5", "dot", "●"),
    "project": ("#3f9b5f", "square", "■"),
    "period": ("#8c6bbf", "hexagon", "⬢"),
    "goal": ("#d1495b", "star", "★"),
    "place": ("#7f8c8d", "triangleDown", "▼"),
    "document": ("#a47551", "dot", "●"),
}
EDGE_COLOURS: dict[str, str] = {
    "funds": "#e3a21a",
    "implements": "#3b74b5",
    "partner of": "#7fa7d6",
    "in period": "#8c6bbf",
    "pursues": "#d1495b",
    "located in": "#95a5a6",
    "programme of": "#f2cd5c",
    "reported by": "#a47551",
}
_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)
_YEARS = re.compile(r"^\s*(\d{4})\s*(?:[-–/]\s*(\d{4})\s*)?$")


@dataclass(frozen=True)
class ViewResult:
    """What `write_view` drew: counts, whether the layout was computed in Python, what was left out."""

    path: Path
    nodes: int
    edges: int
    python_layout: bool
    left_out: int = 0
    total_nodes: int = 0

    @property
    def message(self) -> str | None:
        """Why some nodes are missing and how to see them, or None when the whole graph is drawn."""
        if not self.left_out:
            return None
        return (
            f"the graph has {self.total_nodes} nodes; drew the {self.nodes} most connected and left out "
            f"{self.left_out} (raise --max-nodes, or cut it with --focus ENTITY --depth N, --fund, --period "
            f"or --organisation)"
        )


# -- cutting the graph ------------------------------------------------------------------------


def find_nodes(g: nx.MultiDiGraph, name_or_iri: str, store: Any = None, types: Iterable[str] = ()) -> list[str]:
    """The nodes a name designates: resolved as `migkg explain` resolves it (IRI, or any label,
    alternative label, acronym or code, case-insensitively), then by the network's own names."""
    wanted = set(types)
    found: list[str] = []
    if store is not None:
        from migkg.graph.explain import resolve

        found = [str(n) for n in resolve(store, name_or_iri) if str(n) in g]
    if not found:
        text = name_or_iri.strip().strip("<>")
        folded = text.casefold()
        found = [
            n
            for n, d in g.nodes(data=True)
            if n == text or d["label"].casefold() == folded or any(x.casefold() == folded for x in d.get("names", ()))
        ]
    found = [n for n in found if not wanted or g.nodes[n]["type"] in wanted]
    if not found:
        kinds = f" {'/'.join(sorted(wanted))}" if wanted else ""
        raise MigkgError(f"no{kinds} node in the network is named {name_or_iri!r} (see `migkg network stats`)")
    return found


def parse_period(g: nx.MultiDiGraph, text: str, store: Any = None) -> tuple[int, int]:
    """`2025`, `2024-2025`, or the name or IRI of a period node, as a (first, last) year range."""
    m = _YEARS.match(text)
    if m:
        first = int(m.group(1))
        return first, int(m.group(2) or first)
    d = g.nodes[find_nodes(g, text, store, types=("period",))[0]]  # raises when there is none
    return d.get("start", -9999), d.get("end", 9999)


def _overlaps(d: dict[str, Any], first: int, last: int) -> bool:
    start, end = d.get("start"), d.get("end")
    if start is None and end is None:
        return False
    return (start if start is not None else end) <= last and (end if end is not None else start) >= first


def cut_network(
    g: nx.MultiDiGraph,
    *,
    store: Any = None,
    focus: str | None = None,
    depth: int = 1,
    fund: str | None = None,
    period: str | None = None,
    organisation: str | None = None,
) -> nx.MultiDiGraph:
    """The part of `g` to draw. `fund`, `period` and `organisation` keep the projects that fund,
    overlap or involve them (all three must hold) with everything linked to those projects;
    `focus` then keeps what lies within `depth` steps of the entity."""
    keep: set[str] | None = None
    if fund or period or organisation:
        projects = {n for n, d in g.nodes(data=True) if d["type"] == "project"}
        anchors: set[str] = set()
        if fund:
            funders = set(find_nodes(g, fund, store, types=("fund", "programme", "organisation")))
            funders |= {u for u, v, rel in g.edges(keys=True) if rel == "programme of" and v in funders}
            projects &= {v for u, v, rel in g.edges(keys=True) if rel == "funds" and u in funders}
            anchors |= funders
        if organisation:
            orgs = set(find_nodes(g, organisation, store, types=("organisation",)))
            involved = ("implements", "partner of", "funds")
            projects &= {v for u, v, rel in g.edges(keys=True) if rel in involved and u in orgs}
            anchors |= orgs
        if period:
            first, last = parse_period(g, period, store)
            projects = {p for p in projects if _overlaps(g.nodes[p], first, last)}
        keep = set(projects) | anchors
        for p in projects:
            keep |= set(g.predecessors(p)) | set(g.successors(p))
        keep |= {v for u, v, rel in g.edges(keys=True) if rel == "programme of" and u in keep}
    sub = g.subgraph(keep).copy() if keep is not None else g
    if focus:
        centres = find_nodes(sub, focus, store)
        undirected = sub.to_undirected(as_view=True)
        near: set[str] = set()
        for c in centres:
            near |= set(nx.single_source_shortest_path_length(undirected, c, cutoff=max(depth, 0)))
        sub = sub.subgraph(near).copy()
    return sub


def limit_nodes(g: nx.MultiDiGraph, max_nodes: int) -> tuple[nx.MultiDiGraph, int]:
    """At most `max_nodes` nodes, the most connected kept (funds and organisations first on ties)."""
    if g.number_of_nodes() <= max_nodes:
        return g, 0
    priority = {t: i for i, t in enumerate(("fund", "programme", "organisation", "project"))}
    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), priority.get(g.nodes[n]["type"], 9), n))
    kept = ranked[: max(max_nodes, 0)]
    return g.subgraph(kept).copy(), g.number_of_nodes() - len(kept)


# -- the page ---------------------------------------------------------------------------------


def safe_json(data: Any) -> str:
    """JSON that can sit inside a <script> element: no `<`, `>` or `&` (so no `</script>` and no
    `<!--`), and no U+2028/U+2029 (line terminators in older JavaScript)."""
    # ASCII only (other characters as \uXXXX): one byte a character in memory, where a page's worth of
    # text with one character past U+00FF takes two or four.
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _asset(name: str) -> str:
    """vis-network's JS or CSS from pyvis's bundled copy, checked to be safe to inline."""
    import pyvis

    base = Path(pyvis.__file__).parent / "lib"
    candidates = sorted(base.glob(f"vis-*/{name}"), key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)])
    if not candidates:
        raise MigkgError(f"pyvis's copy of vis-network ({name}) was not found under {base}")
    text = candidates[-1].read_text(encoding="utf-8")
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower() or "<!--" in text:
        raise MigkgError(f"{candidates[-1]} cannot be inlined safely")
    return text


def _safe_url(url: str | None) -> str:
    return url if url and _SAFE_URL.match(url) else ""


def _rows(g: nx.MultiDiGraph) -> tuple[list[list[Any]], dict[str, list[int]]]:
    """Who-funded-what rows (funder, project, implementer, start, end, amount) and, per node, the
    rows it takes part in; a programme's rows also count for its fund."""
    rows: list[list[Any]] = []
    index: dict[str, list[int]] = {}
    fund_of = {u: v for u, v, rel in g.edges(keys=True) if rel == "programme of"}
    # Projects in label order: the rows do not depend on the order the graph was built in.
    projects = sorted(
        (n for n, d in g.nodes(data=True) if d["type"] == "project"), key=lambda n: (g.nodes[n]["label"], n)
    )
    for p in projects:
        d = g.nodes[p]
        funders = [(u, e.get("amount_eur")) for u, _v, rel, e in g.in_edges(p, keys=True, data=True) if rel == "funds"]
        implementers = [u for u, _v, rel in g.in_edges(p, keys=True) if rel == "implements"] or [None]
        for f, amount in sorted(funders):
            for i in sorted(implementers, key=lambda x: x or ""):
                index_of = len(rows)
                rows.append(
                    [
                        g.nodes[f].get("code") or g.nodes[f]["label"],
                        d["label"],
                        g.nodes[i]["label"] if i else "",
                        d.get("start"),
                        d.get("end"),
                        amount,
                    ]
                )
                for n in {f, p, i, fund_of.get(f)} - {None}:
                    index.setdefault(n, []).append(index_of)
    return rows, index


def page_data(g: nx.MultiDiGraph, positions: dict[str, tuple[float, float]] | None) -> dict[str, Any]:
    """The JSON the page reads: vis-network nodes, edges and options (made with pyvis), and the
    details its panel, search and filters use."""
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    order = sorted(g.nodes, key=lambda n: (list(NODE_STYLE).index(g.nodes[n]["type"]), g.nodes[n]["label"], n))
    ids = {n: i for i, n in enumerate(order)}
    net = Network(directed=True)
    for n in order:
        d = g.nodes[n]
        colour, shape, _glyph = NODE_STYLE[d["type"]]
        display = d.get("code") or d["label"]
        extra: dict[str, Any] = {"size": round(8 + 4 * math.sqrt(g.degree(n)), 1)}
        if positions is not None:
            x, y = positions[n]
            extra.update(x=round(x * LAYOUT_SCALE, 1), y=round(y * LAYOUT_SCALE, 1))
        # Node and Edge objects directly: Network.add_node/add_edge check membership in lists,
        # quadratic for thousands of nodes, and every id here is unique by construction.
        node = Node(ids[n], shape, label=display[:60], color=colour, **extra)
        net.nodes.append(node.options)
        net.node_ids.append(ids[n])
        net.node_map[ids[n]] = node.options
    edges_meta = []
    for k, (u, v, rel, e) in enumerate(
        sorted(g.edges(keys=True, data=True), key=lambda x: (ids[x[0]], ids[x[1]], x[2]))
    ):
        edge = Edge(ids[u], ids[v], True, id=k, label=rel, color=EDGE_COLOURS.get(rel, "#999999"))
        net.edges.append(edge.options)
        edges_meta.append([e.get("confidence"), e.get("amount_eur"), e.get("sources", 0)])
    large = positions is not None
    net.set_options(json.dumps(_vis_options(large)))
    nodes, edges, _heading, _height, _width, options = net.get_network_data()

    rows, row_index = _rows(g)
    evidence: list[list[Any]] = []
    evidence_ids: dict[tuple[Any, ...], int] = {}
    details = []
    for n in order:
        d = g.nodes[n]
        ev_refs = []
        for ev in d.get("evidence", ()):
            key = (ev["sentence"], ev.get("subject"), ev["property"], ev["value"], ev["confidence"], ev["source"])
            if key not in evidence_ids:
                evidence_ids[key] = len(evidence)
                source_label = ev.get("source_title") or ev.get("url") or ev["source"]
                evidence.append(
                    [
                        ev["sentence"],
                        ev["property"],
                        ev["value"],
                        ev["confidence"],
                        source_label,
                        _safe_url(ev.get("url")),
                        ev.get("subject", ""),
                    ]
                )
            ev_refs.append(evidence_ids[key])
        periods = sorted({g.nodes[v]["label"] for _u, v, rel in g.out_edges(n, keys=True) if rel == "in period"})
        details.append(
            {
                "iri": n,
                "type": d["type"],
                "kind": d.get("kind", ""),
                "label": d["label"],
                "names": d.get("names", []),
                "start": d.get("start"),
                "end": d.get("end"),
                "amount": d.get("amount_eur"),
                "confidence": d.get("confidence"),
                "sources": d.get("sources", 0),
                "periods": periods,
                "url": _safe_url(d.get("url")),
                "rows": row_index.get(n, []),
                "evidence": ev_refs,
            }
        )
    return {
        "nodes": nodes,
        "edges": edges,
        "edgeMeta": edges_meta,
        "options": json.loads(options),
        "details": details,
        "rows": rows,
        "evidence": evidence,
        "types": {t: {"colour": c, "glyph": gl} for t, (c, _s, gl) in NODE_STYLE.items()},
        "relations": EDGE_COLOURS,
        "pythonLayout": large,
    }


def _vis_options(large: bool) -> dict[str, Any]:
    edges: dict[str, Any] = {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3},
        "smooth": False if large else {"enabled": True, "type": "dynamic"},
        "width": 1,
    }
    options: dict[str, Any] = {
        "nodes": {"font": {"size": 13, "face": "sans-serif"}, "borderWidth": 1},
        "edges": edges,
        "interaction": {"hover": True, "tooltipDelay": 300, "hideEdgesOnDrag": large, "navigationButtons": False},
        "layout": {"improvedLayout": not large, "randomSeed": 7},
    }
    if large:
        options["physics"] = {"enabled": False}
    else:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        }
    return options


def render_html(g: nx.MultiDiGraph, title: str = "migkg network") -> str:
    """The page as a string: the graph laid out (in Python if large), vis-network inlined."""
    return "".join(_page_parts(g, title))


_DATA_MARK = "\x00migkg-data\x00"  # where the data goes in the rendered template (no page holds a NUL)


def _page_parts(g: nx.MultiDiGraph, title: str) -> tuple[str, str, str]:
    """The page in three parts (before the data, the data, after it), so a large page is written
    without one more copy of it in memory."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    positions = None
    if g.number_of_nodes() > PHYSICS_UP_TO:
        from migkg.graph.layout import fast_layout

        # Laid out from a plain graph of sorted nodes and edges: the same graph gives the same page,
        # however it was built (the whole network cut, or one fund's part read alone) and whatever
        # the process's hash seed (networkx's undirected view of a directed graph orders neighbours
        # by a set).
        ordered = nx.Graph()
        ordered.add_nodes_from(sorted(g.nodes))
        ordered.add_edges_from(sorted({(u, v) if u <= v else (v, u) for u, v in g.edges()}))
        positions = fast_layout(ordered)
    env = Environment(loader=PackageLoader("migkg.graph", "templates"), autoescape=select_autoescape(["html"]))
    template = env.get_template("view.html")
    page = template.render(
        title=title,
        data_json=_DATA_MARK,
        vis_js=_asset("vis-network.min.js"),
        vis_css=_asset("vis-network.css"),
    )
    head, mark, tail = page.partition(_DATA_MARK)
    if not mark or _DATA_MARK in tail:
        raise MigkgError("the view's template must hold the data exactly once")
    return head, safe_json(page_data(g, positions)), tail


def write_view(
    g: nx.MultiDiGraph, path: Path, *, max_nodes: int = DEFAULT_MAX_NODES, title: str = "migkg network"
) -> ViewResult:
    """Write the page for `g` (at most `max_nodes` nodes) to `path`; `MigkgError` if it cannot."""
    total = g.number_of_nodes()
    drawn, left_out = limit_nodes(g, max_nodes)
    write_parts_whole(path, _page_parts(drawn, title))
    return ViewResult(
        path=path,
        nodes=drawn.number_of_nodes(),
        edges=drawn.number_of_edges(),
        python_layout=drawn.number_of_nodes() > PHYSICS_UP_TO,
        left_out=left_out,
        total_nodes=total,
    )


def view(
    store: Any,
    path: Path,
    *,
    focus: str | None = None,
    depth: int = 1,
    fund: str | None = None,
    period: str | None = None,
    organisation: str | None = None,
    documents: bool = False,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> ViewResult:
    """Build the network from the store, cut it, and write the page. With `fund`, only the store's
    part around that fund is read (the same page as cutting the whole network, in the memory and
    time of that part)."""
    from migkg.graph.network import build_network

    g = build_network(store, documents=documents, evidence=True, fund=fund)
    g = cut_network(g, store=store, focus=focus, depth=depth, fund=fund, period=period, organisation=organisation)
    return write_view(g, path, max_nodes=max_nodes)
