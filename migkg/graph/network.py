"""The store as a network: a networkx projection of who funded what, for analysis and drawing.

Nodes are typed (fund, programme, organisation, project, period, goal, place, document) and keyed by
their IRI; edges are typed by relation and keyed by it in a `MultiDiGraph`, so one fact stated by
many sources, or read twice through the union graph, is one edge whatever the store returns. The
facts come from the `.rq` files in `migkg/graph/queries/`; everything after them is plain Python.

Edge directions: funder -funds-> project, organisation -implements-> project, organisation
-partner of-> project, project -in period-> period, project -pursues-> goal, x -located in-> place,
programme -programme of-> fund, x -reported by-> document.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from sys import intern
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import Literal, URIRef

from migkg.errors import MigkgError, UnsupportedFormatError
from migkg.ontology.vocab import MKG

NODE_TYPES = ("fund", "programme", "organisation", "project", "period", "goal", "place", "document")
RELATIONS = ("funds", "implements", "partner of", "in period", "pursues", "located in", "programme of", "reported by")
EXPORT_FORMATS = ("graphml", "gexf", "json")

_M = str(MKG._NS)
# The most specific class wins: a programme is also a fund, a country also a place.
_CLASS_TYPES: list[tuple[str, str]] = [
    ("FundingProgramme", "programme"),
    ("Fund", "fund"),
    ("NationalBudget", "fund"),
    ("Funder", "fund"),
    ("PublicAgency", "organisation"),
    ("NonGovernmentalOrganisation", "organisation"),
    ("InternationalOrganisation", "organisation"),
    ("EUBody", "organisation"),
    ("LocalAuthority", "organisation"),
    ("Organisation", "organisation"),
    ("Project", "project"),
    ("ProgrammingPeriod", "period"),
    ("Period", "period"),
    ("Goal", "goal"),
    ("Country", "place"),
    ("Place", "place"),
    ("NewsArticle", "document"),
    ("WebPage", "document"),
    ("PressRelease", "document"),
    ("ListOfOperations", "document"),
    ("RDFDocument", "document"),
    ("SourceDocument", "document"),
]
_CLASS_RANK = {_M + cls: (rank, kind) for rank, (cls, kind) in enumerate(_CLASS_TYPES)}

# Store property -> (relation, reversed?, type of subject, type of object) for untyped ends.
_PROPERTY_EDGES: dict[str, tuple[str, bool, str, str]] = {
    _M + "fundedBy": ("funds", True, "project", "fund"),
    _M + "funds": ("funds", False, "fund", "project"),
    _M + "implementedBy": ("implements", True, "project", "organisation"),
    _M + "implements": ("implements", False, "organisation", "project"),
    _M + "partner": ("partner of", True, "project", "organisation"),
    _M + "period": ("in period", False, "project", "period"),
    _M + "pursuesGoal": ("pursues", False, "project", "goal"),
    _M + "locatedIn": ("located in", False, "", "place"),
    _M + "country": ("located in", False, "organisation", "place"),
    _M + "programmeOf": ("programme of", False, "programme", "fund"),
    _M + "programmingPeriod": ("in period", False, "programme", "period"),
    _M + "derivedFrom": ("reported by", False, "", "document"),
}
# Relations that bring their ends into the network; the others only decorate nodes already in it.
_CORE = {"funds", "implements", "partner of", "pursues"}
_DECORATES = {
    "in period": ("project", "programme"),
    "programme of": ("programme",),
    "located in": ("project", "organisation"),
}
_LABEL_RANK = {
    "http://www.w3.org/2004/02/skos/core#prefLabel": 0,
    "http://www.w3.org/2000/01/rdf-schema#label": 1,
    "https://schema.org/name": 2,
    _M + "code": 3,
    _M + "acronym": 4,
    "http://www.w3.org/2004/02/skos/core#altLabel": 5,
}


@dataclass
class _Facts:
    """What the queries returned, deduplicated."""

    types: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # node -> (rank, type, class)
    edges: dict[tuple[str, str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    labels: dict[str, set[tuple[int, str, str]]] = field(default_factory=lambda: defaultdict(set))
    codes: dict[str, str] = field(default_factory=dict)
    years: dict[str, dict[str, set[int]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    grants: dict[tuple[str, str], dict[str, dict[str, Decimal]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(dict))
    )
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: dict[str, dict[str, str]] = field(default_factory=dict)
    scope: set[str] | None = None  # one fund's part only: the nodes whose facts were all read


def _query_text(name: str) -> str:
    return resources.files("migkg.graph").joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")


def _value(term: Any) -> str | None:
    return None if term is None else str(term.value)


def _year(text: str | None) -> int | None:
    try:
        return int(str(text)[:4]) if text else None
    except ValueError:
        return None


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def _add_types(facts: _Facts, rows: Iterable[Any]) -> None:
    for row in rows:
        node, cls = row["node"].value, row["type"].value
        rank, kind = _CLASS_RANK[cls]
        if node not in facts.types or rank < facts.types[node][0]:
            facts.types[node] = (rank, kind, cls.removeprefix(_M))


def _add_relations(facts: _Facts, rows: Iterable[Any]) -> None:
    for row in rows:
        facts.edges[(row["s"].value, row["p"].value, row["o"].value)].add(row["g"].value)


def _add_labels(facts: _Facts, rows: Iterable[Any]) -> None:
    for row in rows:
        prop, label = row["prop"].value, row["label"]
        if prop == _M + "code":
            facts.codes.setdefault(row["node"].value, label.value)
        lang = getattr(label, "language", None) or ""
        facts.labels[row["node"].value].add((_LABEL_RANK[prop], lang, " ".join(label.value.split())))


def _add_years(facts: _Facts, rows: Iterable[Any]) -> None:
    for row in rows:
        year = _year(row["year"].value)
        if year is not None:
            facts.years[row["node"].value][row["prop"].value.removeprefix(_M)].add(year)


def _add_grants(facts: _Facts, rows: Iterable[Any]) -> None:
    for row in rows:
        currency = _value(row["currency"]) or "EUR"
        amount = _decimal(_value(row["amount"]))
        key = (row["funder"].value, row["project"].value)
        grants = facts.grants[key][row["g"].value]
        if amount is not None and currency == "EUR":
            grants[row["grant"].value] = amount
        else:
            grants.setdefault(row["grant"].value, Decimal(-1))  # a grant without a (EUR) amount


def _add_evidence(facts: _Facts, rows: Iterable[Any]) -> None:
    for row in rows:
        ev = row["ev"].value
        if ev in facts.evidence:
            continue
        conf = _decimal(_value(row["confidence"]))
        # Interned: a list's row is the sentence of a dozen facts, and a few sources give them all.
        facts.evidence[ev] = {
            "subject": intern(row["s"].value),
            "property": intern(row["p"].value),
            "object": intern(row["o"].value),
            "object_is_iri": isinstance(row["o"], ox.NamedNode),
            "confidence": float(conf) if conf is not None else None,
            "sentence": intern(" ".join((_value(row["sentence"]) or "").split())),
            "source": intern(_value(row["src"]) or ""),
        }


def _add_documents(facts: _Facts, rows: Iterable[Any]) -> None:
    for row in rows:
        doc = facts.documents.setdefault(row["doc"].value, {})
        for key in ("url", "title", "name"):
            if row[key] is not None and key not in doc:
                doc[key] = " ".join(row[key].value.split())


def _read_facts(store: Any) -> _Facts:
    facts = _Facts()
    _add_types(facts, store.query(_query_text("network-types")))
    _add_relations(facts, store.query(_query_text("network-relations")))
    _add_labels(facts, store.query(_query_text("network-labels")))
    _add_years(facts, store.query(_query_text("network-years")))
    _add_grants(facts, store.query(_query_text("network-grants")))
    _add_evidence(facts, store.query(_query_text("network-evidence")))
    _add_documents(facts, store.query(_query_text("network-documents")))
    return facts


# -- one fund's part, read from the store alone --------------------------------------------------

SCOPE_CHUNK = 2000  # IRIs per `VALUES` block when a query is narrowed to some nodes


def _narrowed(store: Any, name: str, var: str, nodes: Iterable[str]) -> Iterator[Any]:
    """The rows of the network query `name` for the given values of `?var` only, SCOPE_CHUNK IRIs at
    a time: its WHERE clause becomes `VALUES ?var { ... } LATERAL { ... }` (Oxigraph's LATERAL, so the
    clause is evaluated once per node, from that node; a plain join of the VALUES block with the
    clause scans the whole store for some of them). The IRIs come from the store and are written as
    Oxigraph serialises them, so no text from a user enters the query."""
    head, where, body = _query_text(name).partition("WHERE {")
    body = body.rstrip()
    if not where or not body.endswith("}"):
        raise MigkgError(f"network query {name} has no WHERE clause to narrow")
    ordered = sorted(nodes)
    for i in range(0, len(ordered), SCOPE_CHUNK):
        values = " ".join(str(ox.NamedNode(n)) for n in ordered[i : i + SCOPE_CHUNK])
        yield from store.query(f"{head}{where}\n  VALUES ?{var} {{ {values} }}\n  LATERAL {{{body}\n}}")


def _funder_candidates(store: Any, fund: str) -> list[str]:
    """The nodes `fund` may name: as `find_nodes` resolves it (IRI, prefixed name, or a label of a
    fund, organisation or place), else any node with that name among the network's names."""
    from migkg.graph.explain import resolve

    found = [str(n) for n in resolve(store, fund)]
    if found:
        return found
    text = " ".join(fund.strip().strip("<>").split())
    folded = text.casefold()
    rows = store.query(_query_text("network-named"), {"name": Literal(text)})
    return list(dict.fromkeys(r["node"].value for r in rows if " ".join(r["label"].value.split()).casefold() == folded))


def _read_fund_facts(store: Any, fund: str, *, documents: bool) -> _Facts:
    """The facts `cut_network(..., fund=fund)` needs to draw that fund's part as the whole network
    draws it: about the fund (and anything else of that name), its programmes and their projects
    (`network-fund-projects`), every node next to those projects, and the funds of the programmes
    among them; all facts touching these nodes (so their source counts and evidence are whole); the
    names and types of whatever those facts mention. Memory and time follow the fund's part of the
    store, not the store."""
    facts = _Facts()
    funders = _funder_candidates(store, fund)
    core = set(funders)
    query = _query_text("network-fund-projects")
    for funder in funders:
        for row in store.query(query, {"funder": URIRef(funder)}):
            core.update((row["via"].value, row["project"].value))
    read: set[str] = set()

    def relations(nodes: set[str]) -> None:
        new = nodes - read
        read.update(new)
        for var in ("s", "o"):
            _add_relations(facts, _narrowed(store, "network-relations", var, new))

    relations(core)
    _add_grants(facts, _narrowed(store, "network-grants", "project", core))
    skip = set() if documents else {_M + "derivedFrom"}  # documents are nodes only with `documents`
    around = set(core)
    around.update(n for (s, p, o) in facts.edges if p not in skip and (s in core or o in core) for n in (s, o))
    around.update(funder for funder, project in facts.grants if project in core)
    relations(around)
    # A programme next to the projects brings its fund along (`cut_network` keeps it).
    funds = {o for (s, p, o) in facts.edges if p == _M + "programmeOf" and s in around} - around
    around |= funds
    relations(funds)
    _add_grants(facts, _narrowed(store, "network-grants", "project", around - core))
    for var in ("s", "o"):
        _add_evidence(facts, _narrowed(store, "network-evidence", var, around))
    mentioned = set(around)
    mentioned.update(n for edge in facts.edges for n in (edge[0], edge[2]))
    mentioned.update(n for pair in facts.grants for n in pair)
    for ev in facts.evidence.values():
        mentioned.add(ev["subject"])
        if ev["object_is_iri"]:
            mentioned.add(ev["object"])
    _add_types(facts, _narrowed(store, "network-types", "node", mentioned))
    _add_labels(facts, _narrowed(store, "network-labels", "node", mentioned))
    _add_years(facts, _narrowed(store, "network-years", "node", mentioned))
    sources = {ev["source"] for ev in facts.evidence.values() if ev["source"]}
    _add_documents(facts, _narrowed(store, "network-documents", "doc", mentioned | sources))
    facts.scope = around
    return facts


def _local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _best_label(labels: Iterable[tuple[int, str, str]], code: str | None, iri: str) -> str:
    """The English preferred label, else any preferred label, else any label, else the code."""
    ranked = sorted(labels, key=lambda x: (x[0] > 0, not x[1].lower().startswith("en"), x[0], x[2]))
    ranked = [x for x in ranked if x[0] <= 2]
    if ranked:
        return ranked[0][2]
    return code or _local_name(iri)


def _period_label(years: dict[str, set[int]]) -> str:
    start, end = min(years.get("startYear", ()), default=None), max(years.get("endYear", ()), default=None)
    return f"{start or ''}–{end or ''}" if start or end else ""


def build_network(
    store: Any, *, documents: bool = False, evidence: bool = True, fund: str | None = None
) -> nx.MultiDiGraph:
    """Project the store into a typed `MultiDiGraph` keyed by relation.

    Node attributes: `type`, `kind` (the migkg class), `label`, `names` (every name, sorted),
    `code` (funds), `start`/`end` (years), `amount_eur` (projects: the sum of their funders' stated
    amounts), `confidence` (the highest of the evidence about it), `sources` (how many graphs state
    facts about it), and with `evidence` a list of evidence dicts (sentence, property, confidence,
    source, url). Edge attributes: `relation`, `sources`, `confidence` (highest evidence; absent for
    facts stated as plain RDF), and on `funds` edges `amount_eur` when a grant states one.
    `documents` adds document nodes and `reported by` edges.

    With `fund`, only the part of the store around that fund is read (see `_read_fund_facts`): the
    graph holds what `migkg.graph.view.cut_network(g, fund=fund)` keeps, with the same attributes as
    in the whole network, and some neighbours that this cut leaves out."""
    facts = _read_facts(store) if fund is None else _read_fund_facts(store, fund, documents=documents)
    g = nx.MultiDiGraph()

    def add_node(node: str, fallback: str) -> bool:
        if node not in g:
            kind = facts.types.get(node)
            if kind is None and not fallback:
                return False
            g.add_node(node, type=kind[1] if kind else fallback, kind=kind[2] if kind else "")
        return True

    def add_edge(u: str, v: str, relation: str, graphs: set[str]) -> None:
        if g.has_edge(u, v, key=relation):
            g.edges[u, v, relation]["_graphs"] |= graphs
        else:
            g.add_edge(u, v, key=relation, relation=relation, _graphs=set(graphs))

    # Core relations bring their ends in; then decorations for the nodes already there.
    staged: list[tuple[str, str, str, str, str, set[str]]] = []
    for (s, p, o), graphs in facts.edges.items():
        relation, reverse, s_type, o_type = _PROPERTY_EDGES[p]
        u, v, u_type, v_type = (o, s, o_type, s_type) if reverse else (s, o, s_type, o_type)
        staged.append((u, v, u_type, v_type, relation, graphs))
    for (funder, project), per_graph in facts.grants.items():
        staged.append((funder, project, "fund", "project", "funds", set(per_graph)))
    for node, (_rank, kind, _cls) in facts.types.items():
        if kind == "project" and (facts.scope is None or node in facts.scope):
            add_node(node, "project")
    for u, v, u_type, v_type, relation, graphs in staged:
        if relation in _CORE and add_node(u, u_type) and add_node(v, v_type):
            add_edge(u, v, relation, graphs)
    # A project's period, a programme's fund and period, where projects and organisations are: only
    # for nodes already in (the reference data's place hierarchy and idle organisations stay out).
    for u, v, _u_type, v_type, relation, graphs in staged:
        if u in g and g.nodes[u]["type"] in _DECORATES.get(relation, ()) and add_node(v, v_type):
            add_edge(u, v, relation, graphs)
    if documents:
        for u, v, _u_type, _v_type, relation, graphs in staged:
            if relation == "reported by" and u in g and g.nodes[u]["type"] != "document":
                add_node(v, "document")
                add_edge(u, v, relation, graphs)

    _decorate_nodes(g, facts)
    _decorate_edges(g, facts)
    if evidence:
        _attach_evidence(g, facts)
    for _u, _v, data in g.edges(data=True):
        data.pop("_graphs", None)
    return g


def _decorate_nodes(g: nx.MultiDiGraph, facts: _Facts) -> None:
    graphs_of: dict[str, set[str]] = defaultdict(set)
    for (s, _p, o), graphs in facts.edges.items():
        graphs_of[s] |= graphs
        graphs_of[o] |= graphs
    for node, data in g.nodes(data=True):
        labels = facts.labels.get(node, set())
        years = facts.years.get(node, {})
        code = facts.codes.get(node)
        data["label"] = _best_label(labels, code, node)
        if data["type"] == "period" and not any(r <= 2 for r, _l, _t in labels):
            data["label"] = _period_label(years) or data["label"]
        if data["type"] == "document":
            doc = facts.documents.get(node, {})
            data["label"] = doc.get("title") or doc.get("name") or doc.get("url") or data["label"]
            if doc.get("url"):
                data["url"] = doc["url"]
        data["names"] = sorted({text for _r, _lang, text in labels})
        if code:
            data["code"] = code
        if years.get("startYear"):
            data["start"] = min(years["startYear"])
        if years.get("endYear"):
            data["end"] = max(years["endYear"])
        data["sources"] = len(graphs_of.get(node, ()))
    # A project without years of its own takes those of its periods.
    for node, data in g.nodes(data=True):
        if data["type"] != "project":
            continue
        periods = [g.nodes[v] for _u, v, rel in g.out_edges(node, keys=True) if rel == "in period"]
        if "start" not in data and any("start" in p for p in periods):
            data["start"] = min(p["start"] for p in periods if "start" in p)
        if "end" not in data and any("end" in p for p in periods):
            data["end"] = max(p["end"] for p in periods if "end" in p)


def _decorate_edges(g: nx.MultiDiGraph, facts: _Facts) -> None:
    for u, v, relation, data in g.edges(keys=True, data=True):
        data["sources"] = len(data["_graphs"])
        if relation != "funds":
            continue
        per_graph = facts.grants.get((u, v), {})
        # One source's grants add up; several sources restating them do not: take the largest.
        totals = [sum(a for a in grants.values() if a >= 0) for grants in per_graph.values()]
        stated = [
            t for t, grants in zip(totals, per_graph.values(), strict=True) if any(a >= 0 for a in grants.values())
        ]
        if stated:
            data["amount_eur"] = float(max(stated))
    for node, data in g.nodes(data=True):
        if data["type"] == "project":
            amounts = [d["amount_eur"] for _u, _v, d in g.in_edges(node, data=True) if "amount_eur" in d]
            if amounts:
                data["amount_eur"] = float(sum(amounts))


def _attach_evidence(g: nx.MultiDiGraph, facts: _Facts) -> None:
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    for data in g.nodes.values():
        data["evidence"] = []
    for ev in sorted(facts.evidence.values(), key=lambda e: (e["source"], e["sentence"], e["property"])):
        spec = _PROPERTY_EDGES.get(ev["property"])
        if spec and ev["object_is_iri"]:
            relation, reverse, *_ = spec
            u, v = (ev["object"], ev["subject"]) if reverse else (ev["subject"], ev["object"])
            if g.has_edge(u, v, key=relation) and ev["confidence"] is not None:
                edge = g.edges[u, v, relation]
                edge["confidence"] = max(edge.get("confidence", 0.0), ev["confidence"])
        doc = facts.documents.get(ev["source"], {})
        value = labels.get(ev["object"]) or (_iri_label(facts, ev["object"]) if ev["object_is_iri"] else ev["object"])
        subject = labels.get(ev["subject"]) or _iri_label(facts, ev["subject"])
        item = {
            "subject": subject,
            "property": _local_name(ev["property"]),
            "value": value,
            "sentence": ev["sentence"],
            "confidence": ev["confidence"],
            "source": ev["source"],
            "source_title": doc.get("title") or doc.get("name") or "",
            "url": doc.get("url", ""),
        }
        for node in {ev["subject"], ev["object"]}:
            if node not in labels:  # (not `& set(labels)`: a set of every node per evidence node)
                continue
            g.nodes[node]["evidence"].append(item)
            if ev["confidence"] is not None:
                g.nodes[node]["confidence"] = max(g.nodes[node].get("confidence", 0.0), ev["confidence"])


def _iri_label(facts: _Facts, iri: str) -> str:
    return _best_label(facts.labels.get(iri, set()), facts.codes.get(iri), iri)


# -- analysis ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ranked:
    node: str
    label: str
    type: str
    degree: int
    betweenness: float


@dataclass(frozen=True)
class OrganisationPair:
    a: str
    b: str
    projects: int
    funders: int


@dataclass(frozen=True)
class NetworkStats:
    nodes: dict[str, int]
    edges: dict[str, int]
    components: list[int]  # sizes, largest first
    organisations: list[Ranked]
    funds: list[Ranked]
    organisation_pairs: list[OrganisationPair]
    organisation_graph_size: tuple[int, int]  # nodes, edges
    betweenness_sampled: bool


BETWEENNESS_EXACT_UP_TO = 2000  # nodes; above, betweenness is estimated from a fixed sample of sources


def organisation_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """Organisations linked when they run or join the same project (`projects`: how many) or their
    projects share a funder (`funders`: how many); `weight` = projects + funders."""
    members: dict[str, set[str]] = defaultdict(set)  # project -> organisations in it
    for u, v, relation in g.edges(keys=True):
        if relation in ("implements", "partner of") and g.nodes[u]["type"] == "organisation":
            members[v].add(u)
    funders_of: dict[str, set[str]] = defaultdict(set)  # organisation -> funders of its projects
    for u, v, relation in g.edges(keys=True):
        if relation == "funds":
            for org in members.get(v, ()):
                if org != u:
                    funders_of[org].add(u)
    orgs = nx.Graph()
    for n, d in g.nodes(data=True):
        if d["type"] == "organisation" and (n in funders_of or any(n in m for m in members.values())):
            orgs.add_node(n, label=d["label"], kind=d.get("kind", ""))
    for project_orgs in members.values():
        ordered = sorted(project_orgs)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                data = orgs.get_edge_data(a, b) or {"projects": 0, "funders": 0}
                data["projects"] += 1
                orgs.add_edge(a, b, **data)
    by_funder: dict[str, list[str]] = defaultdict(list)
    for org, funders in funders_of.items():
        for f in funders:
            by_funder[f].append(org)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for group in by_funder.values():
        ordered = sorted(group)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                shared[(a, b)] += 1
    for (a, b), n in shared.items():
        data = orgs.get_edge_data(a, b) or {"projects": 0, "funders": 0}
        data["funders"] = n
        orgs.add_edge(a, b, **data)
    for _a, _b, data in orgs.edges(data=True):
        data["weight"] = data["projects"] + data["funders"]
    return orgs


def network_stats(g: nx.MultiDiGraph, top: int = 10) -> NetworkStats:
    """Centrality of organisations and funds, connected components, and the organisation graph."""
    simple = nx.Graph(g.to_undirected(as_view=True))
    sampled = simple.number_of_nodes() > BETWEENNESS_EXACT_UP_TO
    k = min(BETWEENNESS_EXACT_UP_TO // 4, simple.number_of_nodes()) if sampled else None
    betweenness = nx.betweenness_centrality(simple, k=k, seed=7) if simple.number_of_nodes() else {}

    def ranked(types: tuple[str, ...]) -> list[Ranked]:
        rows = [
            Ranked(n, d["label"], d["type"], simple.degree(n), round(betweenness.get(n, 0.0), 4))
            for n, d in g.nodes(data=True)
            if d["type"] in types
        ]
        rows.sort(key=lambda r: (-r.degree, -r.betweenness, r.label))
        return rows[:top]

    orgs = organisation_graph(g)
    pairs = sorted(
        (
            OrganisationPair(orgs.nodes[a]["label"], orgs.nodes[b]["label"], d["projects"], d["funders"])
            for a, b, d in orgs.edges(data=True)
        ),
        key=lambda p: (-p.projects, -p.funders, p.a, p.b),
    )
    nodes = defaultdict(int)
    for _n, d in g.nodes(data=True):
        nodes[d["type"]] += 1
    edges = defaultdict(int)
    for _u, _v, relation in g.edges(keys=True):
        edges[relation] += 1
    return NetworkStats(
        nodes=dict(sorted(nodes.items())),
        edges=dict(sorted(edges.items())),
        components=sorted((len(c) for c in nx.connected_components(simple)), reverse=True),
        organisations=ranked(("organisation",)),
        funds=ranked(("fund", "programme")),
        organisation_pairs=pairs[:top],
        organisation_graph_size=(orgs.number_of_nodes(), orgs.number_of_edges()),
        betweenness_sampled=sampled,
    )


# -- export -----------------------------------------------------------------------------------


def _flat(value: Any) -> Any:
    """GraphML and GEXF hold scalars only: lists become text (names joined, evidence as JSON)."""
    if isinstance(value, list):
        if all(isinstance(x, str) for x in value):
            return " | ".join(value)
        return json.dumps(value, ensure_ascii=False)
    return value


def for_export(g: nx.Graph, fmt: str) -> nx.Graph:
    """A copy fit for `fmt`: no None values; for GraphML and GEXF, scalar attributes only."""
    out = g.copy()
    for data in (*(d for _n, d in out.nodes(data=True)), *(d for *_e, d in out.edges(data=True))):
        for key in [k for k, v in data.items() if v is None]:
            del data[key]
        if fmt != "json":
            for key, value in list(data.items()):
                data[key] = _flat(value)
    return out


def export_network(g: nx.Graph, fmt: str, path: Path) -> None:
    """Write the network as GraphML (Gephi, Cytoscape, yEd), GEXF (Gephi) or node-link JSON
    (networkx, D3, Cytoscape via its JSON importer); raises `MigkgError` if it cannot be written."""
    if fmt not in EXPORT_FORMATS:
        raise UnsupportedFormatError(fmt, f"unknown network format (use {', '.join(EXPORT_FORMATS)})")
    data = for_export(g, fmt)
    try:
        if fmt == "graphml":
            nx.write_graphml(data, path, encoding="utf-8")
        elif fmt == "gexf":
            nx.write_gexf(data, path, encoding="utf-8")
        else:
            doc = nx.node_link_data(data, edges="links")
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    except OSError as exc:
        raise MigkgError(f"{path}: cannot write ({exc.strerror or exc})") from exc
