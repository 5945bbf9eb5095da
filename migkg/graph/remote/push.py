"""Upload a store to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Every named graph is sent with replace semantics: the first batch is a PUT (which replaces the
graph), the rest are POSTs (which add to it), so pushing the same store twice leaves the server as
it was. Then two graphs of migkg's own:

- `UNION_GRAPH`: the store's default graph, the union of its named graphs as one RDF graph (a set).
  Servers disagree on what a query without `GRAPH` sees (Oxigraph: a graph of its own; Virtuoso: every
  graph, a triple once per graph that holds it; Fuseki: configurable), so the named queries run
  remotely name this graph as their default graph (`migkg.graph.remote.endpoint`) and count each fact once,
  as they do locally.
- `PUSHED_GRAPH`: which graphs make up the store (SPARQL Service Description terms), so a remote query
  ranges `GRAPH ?g` over them only, not over the server's other graphs.

A push mirrors the store: a graph the last push listed in `PUSHED_GRAPH` and the store no longer has
(its source was removed) is deleted from the server. Graphs migkg did not push are never touched,
and a server holds one `PUSHED_GRAPH`: two stores pushed to one server replace each other's graphs.

Blank nodes are sent as IRIs (skolemised, RDF 1.1 §3.5): a blank node spans graphs and batches in the
store, while a server gives each request's blank nodes new identities.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox

from migkg.errors import RemoteError
from migkg.graph.remote.http import Client, check
from migkg.graph.store import DEFAULT, STAGING_PREFIX, GraphStore
from migkg.ontology.vocab import GRAPH_NS

UNION_GRAPH = GRAPH_NS + "union"
PUSHED_GRAPH = GRAPH_NS + "pushed"
GENID = "https://w3id.org/migkg/.well-known/genid/"
SD = "http://www.w3.org/ns/sparql-service-description#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
BATCH = 50_000  # triples per request
# N-Triples is Turtle too, and every Graph Store takes Turtle (Virtuoso 7 does not know N-Triples' type).
CONTENT_TYPE = "text/turtle; charset=utf-8"
ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"


@dataclass
class PushReport:
    """What was sent: the store's named graphs and their triples, the union graph's triples, requests."""

    graph_store: str
    graphs: int = 0
    triples: int = 0
    union_triples: int = 0
    requests: int = 0
    per_graph: dict[str, int] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)  # pushed before, no longer in the store: deleted
    kept: list[str] = field(default_factory=list)  # the same, left on the server (`delete=False`)

    def summary(self) -> str:
        text = (
            f"pushed {self.graphs} graph(s), {self.triples} triple(s), and their union ({self.union_triples} "
            f"triple(s)) to {self.graph_store} in {self.requests} request(s)"
        )
        if self.deleted:
            text += f"; deleted {len(self.deleted)} graph(s) pushed before and no longer in the store"
        if self.kept:
            text += f"; kept {len(self.kept)} graph(s) pushed before and no longer in the store (--no-delete)"
        return text


def graph_store_url(endpoint: str, *, with_auth: bool = False) -> str:
    """The Graph Store URL that goes with a SPARQL endpoint, for the servers whose layout is known:
    Oxigraph `/query` -> `/store`; Virtuoso `/sparql` -> `/sparql-graph-crud-auth` (or `-crud` without
    credentials); Fuseki `/DATASET/query` or `/DATASET/sparql` -> `/DATASET/data`; GraphDB and RDF4J
    `/repositories/R` -> `/repositories/R/rdf-graphs/service`. Else `RemoteError`: give it."""
    parts = urlsplit(endpoint)
    path = parts.path.rstrip("/")
    segments = path.split("/")
    if path == "/query":
        new = "/store"
    elif path == "/sparql":
        new = "/sparql-graph-crud-auth" if with_auth else "/sparql-graph-crud"
    elif len(segments) >= 3 and segments[-1] in ("query", "sparql"):
        new = "/".join([*segments[:-1], "data"])
    elif len(segments) >= 3 and segments[-2] == "repositories":
        new = path + "/rdf-graphs/service"
    else:
        raise RemoteError(f"cannot tell the Graph Store URL of {endpoint}; give it with --graph-store URL")
    return urlunsplit((parts.scheme, parts.netloc, new, "", ""))


def _skolem(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> ox.NamedNode | ox.Literal:
    return ox.NamedNode(GENID + term.value) if isinstance(term, ox.BlankNode) else term


def _triples(quads: Iterable[ox.Quad]) -> Iterator[ox.Triple]:
    for q in quads:
        yield ox.Triple(_skolem(q.subject), q.predicate, _skolem(q.object))


def _batches(triples: Iterator[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    while batch := list(islice(triples, size)):
        yield batch


def store_graphs(store: GraphStore) -> list[ox.NamedNode]:
    """The store's named graphs, sorted (staging graphs of an interrupted load left out)."""
    graphs = [g for g in store.ox.named_graphs() if isinstance(g, ox.NamedNode)]
    return sorted((g for g in graphs if not g.value.startswith(STAGING_PREFIX)), key=lambda g: g.value)


def push(
    store: GraphStore,
    graph_store: str,
    client: Client | None = None,
    *,
    batch_size: int = BATCH,
    delete: bool = True,
) -> PushReport:
    """Send every named graph of `store`, then the union and the list of graphs (see the module's doc),
    to the Graph Store at `graph_store`. With `delete`, the graphs the last push listed and the store
    no longer has are deleted from the server; without, they stay, listed as before (so a later push
    with `delete` removes them). `RemoteError` when the server cannot be reached, refuses the
    credentials, or rejects a request."""
    client = client or Client()
    report = PushReport(graph_store)
    before = pushed_graphs(client, graph_store)
    report.requests += 1
    graphs = store_graphs(store)
    for graph in graphs:
        quads = store.ox.quads_for_pattern(None, None, None, graph)
        n = _send_graph(client, graph_store, graph.value, _triples(quads), batch_size, report)
        report.graphs += 1
        report.triples += n
        report.per_graph[graph.value] = n
    union = store.ox.quads_for_pattern(None, None, None, DEFAULT)
    report.union_triples = _send_graph(client, graph_store, UNION_GRAPH, _triples(union), batch_size, report)
    gone = sorted(set(before) - {g.value for g in graphs} - {UNION_GRAPH, PUSHED_GRAPH})
    if delete:
        # Deleted before the new list is written: a push stopped in between leaves them listed, and
        # the next push deletes them (a graph already gone is no error).
        for graph in gone:
            _delete(client, graph_store, graph)
            report.requests += 1
        report.deleted = gone
    else:
        report.kept = gone
    listed = graphs + [ox.NamedNode(g) for g in report.kept]
    _send_graph(client, graph_store, PUSHED_GRAPH, iter(_manifest(listed)), batch_size, report)
    return report


def pushed_graphs(client: Client, graph_store: str) -> list[str]:
    """The graphs the last push to `graph_store` listed in `PUSHED_GRAPH` (none if it has none)."""
    response = client.request("GET", graph_store, params={"graph": PUSHED_GRAPH}, headers={"Accept": ACCEPT})
    if response.status_code == 404:
        return []
    check(response, f"GET of graph <{PUSHED_GRAPH}>")
    if not response.content.strip():
        return []
    media_type = response.headers.get("Content-Type", "text/turtle").split(";")[0].strip()
    fmt = ox.RdfFormat.from_media_type(media_type) or ox.RdfFormat.TURTLE
    try:
        triples = list(ox.parse(response.content, format=fmt))
    except (SyntaxError, ValueError) as exc:
        raise RemoteError(f"GET of graph <{PUSHED_GRAPH}>: not {fmt.name} ({str(exc).splitlines()[0]})") from exc
    named = ox.NamedNode(SD + "namedGraph")
    me = ox.NamedNode(PUSHED_GRAPH)
    return sorted(
        {
            t.object.value
            for t in triples
            if t.subject == me and t.predicate == named and isinstance(t.object, ox.NamedNode)
        }
    )


def _delete(client: Client, url: str, graph: str) -> None:
    response = client.request("DELETE", url, params={"graph": graph})
    if response.status_code != 404:  # gone already
        check(response, f"DELETE of graph <{graph}>")


def _manifest(graphs: list[ox.NamedNode]) -> list[ox.Triple]:
    """The pushed dataset in SPARQL Service Description terms: its default graph and named graphs."""
    me = ox.NamedNode(PUSHED_GRAPH)
    out = [
        ox.Triple(me, ox.NamedNode(RDF_TYPE), ox.NamedNode(SD + "Dataset")),
        ox.Triple(me, ox.NamedNode(SD + "defaultGraph"), ox.NamedNode(UNION_GRAPH)),
    ]
    for g in graphs:
        out.append(ox.Triple(me, ox.NamedNode(SD + "namedGraph"), g))
        out.append(ox.Triple(g, ox.NamedNode(SD + "name"), g))
    return out


def _send_graph(
    client: Client, url: str, graph: str, triples: Iterator[ox.Triple], batch_size: int, report: PushReport
) -> int:
    """PUT the first batch (an empty graph is a PUT of nothing: it replaces too), POST the others."""
    sent = 0
    for i, batch in enumerate(_batches(triples, batch_size)):
        _send(client, "PUT" if i == 0 else "POST", url, graph, batch)
        report.requests += 1
        sent += len(batch)
    if sent == 0:
        _send(client, "PUT", url, graph, [])
        report.requests += 1
    return sent


def _send(client: Client, method: str, url: str, graph: str, triples: list[ox.Triple]) -> None:
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""
    response = client.request(method, url, params={"graph": graph}, data=body, headers={"Content-Type": CONTENT_TYPE})
    check(response, f"{method} of graph <{graph}>")
