"""Deterministic export of the store, through Oxigraph's serialisers (never rdflib's, for speed).

Dataset formats (TriG, N-Quads) keep every named graph, so export -> load -> export is lossless.
Graph formats (Turtle, N-Triples, JSON-LD) hold the union of the graphs, deduplicated and sorted by
subject, predicate and object, so two exports of the same store are byte-identical and diffs of two
stores are readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import BinaryIO

import pyoxigraph as ox

from migkg.errors import MigkgError
from migkg.graph.store import GraphStore
from migkg.ontology.vocab import EXPORT_PREFIXES, ONTOLOGY_GRAPH, REFERENCE_GRAPH


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


def export(store: GraphStore, fmt: str | ExportFormat, output: BinaryIO, *, include_reference: bool = True) -> None:
    """Write the store to `output` in `fmt`; `include_reference=False` leaves out the shipped
    ontology and reference graphs."""
    spec = fmt if isinstance(fmt, ExportFormat) else get_format(fmt)
    excluded = [] if include_reference else [ONTOLOGY_GRAPH, REFERENCE_GRAPH]
    if spec.is_dataset:
        _export_dataset(store, spec, output, excluded)
    else:
        _export_union(store, spec, output, excluded)


def _export_union(store: GraphStore, spec: ExportFormat, output: BinaryIO, excluded: list) -> None:
    # CONSTRUCT yields each triple once however many graphs hold it, in the store's index order:
    # the same for the same content, without the cost of a sort.
    where = "GRAPH ?g { ?s ?p ?o }"
    if excluded:
        where += " FILTER(?g NOT IN (" + ", ".join(f"<{g}>" for g in excluded) + "))"
    triples = store.ox.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}")
    ox.serialize(triples, output, spec.rdf_format, prefixes=EXPORT_PREFIXES)


def _export_dataset(store: GraphStore, spec: ExportFormat, output: BinaryIO, excluded: list) -> None:
    # Graph by graph, sorted by name; within a graph, the store's index order. The default graph is
    # left out: it is the union of the named graphs, rebuilt by the store that loads the file.
    skip = {str(g) for g in excluded}
    graphs = sorted((g for g in store.ox.named_graphs() if g.value not in skip), key=lambda g: g.value)
    quads = chain.from_iterable(store.ox.quads_for_pattern(None, None, None, g) for g in graphs)
    ox.serialize(quads, output, spec.rdf_format, prefixes=EXPORT_PREFIXES)
