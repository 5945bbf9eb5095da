"""Deterministic export of the store, through Oxigraph's serialisers (never rdflib's, for speed).

Dataset formats (TriG, N-Quads) keep every named graph, so export -> load -> export is lossless.
Graph formats (Turtle, N-Triples, JSON-LD) hold the union of the graphs, deduplicated and sorted by
subject, predicate and object, so two exports of the same store are byte-identical and diffs of two
stores are readable. JSON-LD is compacted with the shipped `@context` (migkg.graph.jsonld): one node
object per entity.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import BinaryIO

import pyoxigraph as ox

from migkg.errors import MigkgError
from migkg.graph.jsonld import write_jsonld
from migkg.graph.store import GraphStore
from migkg.ontology.closure import PROFILE_NAMESPACES, alignments
from migkg.ontology.vocab import EXPORT_PREFIXES, GRAPH_NS, ONTOLOGY_GRAPH, REFERENCE_GRAPH


@dataclass(frozen=True)
class ExportFormat:
    name: str
    rdf_format: ox.RdfFormat
    suffix: str
    media_type: str

    @property
    def is_dataset(self) -> bool:
        return self.rdf_format.supports_datasets and self.rdf_format != ox.RdfFormat.JSON_LD


# The output formats, registered in one place: name -> format.
EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("turtle", ox.RdfFormat.TURTLE, ".ttl", "text/turtle"),
        ExportFormat("nt", ox.RdfFormat.N_TRIPLES, ".nt", "application/n-triples"),
        ExportFormat("trig", ox.RdfFormat.TRIG, ".trig", "application/trig"),
        ExportFormat("nquads", ox.RdfFormat.N_QUADS, ".nq", "application/n-quads"),
        ExportFormat("jsonld", ox.RdfFormat.JSON_LD, ".jsonld", "application/ld+json"),
    )
}
FORMAT_ALIASES = {"ttl": "turtle", "ntriples": "nt", "nq": "nquads", "json-ld": "jsonld"}


def get_format(name: str) -> ExportFormat:
    key = FORMAT_ALIASES.get(name.lower(), name.lower())
    try:
        return EXPORT_FORMATS[key]
    except KeyError:
        raise MigkgError(f"unknown export format {name!r} (choose from {', '.join(EXPORT_FORMATS)})") from None


PROFILES = tuple(PROFILE_NAMESPACES)


def export(
    store: GraphStore,
    fmt: str | ExportFormat,
    output: BinaryIO,
    *,
    include_reference: bool = True,
    profile: str | None = None,
) -> None:
    """Write the store to `output` in `fmt`; `include_reference=False` leaves out the shipped
    ontology and reference graphs. `profile="schema"` also writes the schema.org, FRAPO and EURIO
    types and properties the ontology aligns its own to (see `profile_triples`)."""
    spec = fmt if isinstance(fmt, ExportFormat) else get_format(fmt)
    if profile is not None and profile not in PROFILES:
        raise MigkgError(f"unknown export profile {profile!r} (choose from {', '.join(PROFILES)})")
    excluded = [] if include_reference else [ONTOLOGY_GRAPH, REFERENCE_GRAPH]
    extra = profile_triples(store, profile, excluded) if profile else []
    if spec.is_dataset:
        _export_dataset(store, spec, output, excluded, extra, profile)
    else:
        _export_union(store, spec, output, excluded, extra)


def _graph_filter(excluded: list) -> str:
    return " FILTER(?g NOT IN (" + ", ".join(f"<{g}>" for g in excluded) + "))" if excluded else ""


def profile_triples(store: GraphStore, profile: str, excluded: list) -> list[ox.Triple]:
    """The triples the profile adds, sorted: for each node typed with an ontology class, the aligned
    classes it does not already have; for each triple of an ontology property, the same triple with
    each aligned property, where not already stated. For tools without RDFS reasoning."""
    classes, properties = alignments(profile)
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    queries = []
    if classes:
        values = " ".join(f"(<{a}> <{b}>)" for a, b in classes)
        queries.append(
            f"CONSTRUCT {{ ?s {rdf_type} ?t }} WHERE {{ VALUES (?c ?t) {{ {values} }} "
            f"GRAPH ?g {{ ?s {rdf_type} ?c }} {_graph_filter(excluded)} FILTER NOT EXISTS {{ ?s {rdf_type} ?t }} }}"
        )
    if properties:
        values = " ".join(f"(<{a}> <{b}>)" for a, b in properties)
        queries.append(
            f"CONSTRUCT {{ ?s ?t ?o }} WHERE {{ VALUES (?q ?t) {{ {values} }} "
            f"GRAPH ?g {{ ?s ?q ?o }} {_graph_filter(excluded)} FILTER NOT EXISTS {{ ?s ?t ?o }} }}"
        )
    out: set[ox.Triple] = set()
    for query in queries:
        out.update(store.ox.query(query, use_default_graph_as_union=True))
    return sorted(out, key=str)


def _export_union(store: GraphStore, spec: ExportFormat, output: BinaryIO, excluded: list, extra: list) -> None:
    # CONSTRUCT yields each triple once however many graphs hold it, in the store's index order:
    # the same for the same content, without the cost of a sort.
    where = "GRAPH ?g { ?s ?p ?o }" + _graph_filter(excluded)
    triples = chain(store.ox.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}"), extra)
    if spec.rdf_format == ox.RdfFormat.JSON_LD:
        write_jsonld(triples, output)  # compacted with the shipped @context (migkg.graph.jsonld)
        return
    ox.serialize(triples, output, spec.rdf_format, prefixes=EXPORT_PREFIXES)


def _export_dataset(
    store: GraphStore, spec: ExportFormat, output: BinaryIO, excluded: list, extra: list, profile: str | None
) -> None:
    # Graph by graph, sorted by name; within a graph, the store's index order. The default graph is
    # left out: it is the union of the named graphs, rebuilt by the store that loads the file. A
    # profile's triples go to a graph of their own, last: mkgg:profile/NAME.
    skip = {str(g) for g in excluded}
    graphs = sorted((g for g in store.ox.named_graphs() if g.value not in skip), key=lambda g: g.value)
    profile_graph = ox.NamedNode(f"{GRAPH_NS}profile/{profile}")
    quads = chain(
        chain.from_iterable(store.ox.quads_for_pattern(None, None, None, g) for g in graphs),
        (ox.Quad(t.subject, t.predicate, t.object, profile_graph) for t in extra),
    )
    ox.serialize(quads, output, spec.rdf_format, prefixes=EXPORT_PREFIXES)
