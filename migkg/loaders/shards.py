"""Shards: the N-Quads files `migkg extract` writes, read back as the Sources they hold.

A shard opens with `SHARD_HEADER` (an N-Quads comment) and holds complete source graphs, each with
its metadata (`mkg:contentHash` and the PROV-O description of its load). Loading one gives the store
the graphs a plain `migkg load` of the documents gives: a source already there with the same content
is unchanged, one with other content is replaced.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import URIRef

from migkg.errors import InputError
from migkg.loaders.base import Input, Source, SourceMetadata
from migkg.loaders.read import SHARD_HEADER
from migkg.ontology import closure
from migkg.ontology.vocab import MKG

_HASH = str(MKG.contentHash)
_IDENTIFIER = "http://purl.org/dc/terms/identifier"
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def is_shard(data: bytes) -> bool:
    return data.startswith(SHARD_HEADER)


def read_shard(inp: Input) -> list[Source]:
    """One Source per graph of the shard, in the order they come."""
    try:
        quads = list(ox.parse(inp.data, format=ox.RdfFormat.N_QUADS))
    except SyntaxError as exc:
        raise InputError(inp.name, f"not valid N-Quads: {str(exc).strip().splitlines()[0]}") from exc
    graphs: dict[str, list[ox.Quad]] = {}
    for q in quads:
        if not isinstance(q.graph_name, ox.NamedNode):
            raise InputError(inp.name, "not a migkg shard: it has triples outside any source graph")
        graphs.setdefault(q.graph_name.value, []).append(q)
    return [_source(inp, graph, graph_quads) for graph, graph_quads in graphs.items()]


def _source(inp: Input, graph: str, quads: list[ox.Quad]) -> Source:
    hashes = [q for q in quads if q.predicate.value == _HASH]
    if len(hashes) != 1 or not isinstance(hashes[0].subject, ox.NamedNode):
        raise InputError(inp.name, f"not a migkg shard: graph <{graph}> has no single mkg:contentHash")
    iri = hashes[0].subject
    about = [q for q in quads if q.subject == iri]
    names = [q.object.value for q in about if q.predicate.value == _IDENTIFIER]
    kinds = {q.object.value for q in about if q.predicate.value == _TYPE}
    meta = SourceMetadata(
        kind=_most_specific(kinds),
        name=f"{inp.name}:{names[0] if names else iri.value}",
        content_hash=hashes[0].object.value,
        loader_version="",
    )
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    return Source(iri=URIRef(iri.value), graph=URIRef(graph), metadata=meta, nquads=data)


def _most_specific(kinds: set[str]) -> URIRef:
    """The source's kind: the type none of its other types is narrower than (a NewsArticle, not a
    SourceDocument)."""
    ours = {k for k in kinds if k.startswith(str(MKG))}
    for kind in sorted(ours):
        if not any(other != kind and URIRef(kind) in closure.types_of(URIRef(other)) for other in ours):
            return URIRef(kind)
    return MKG.SourceDocument
