"""The writer's text path for facts extracted in its own process (`triples_nquads_with_union`):
the same quads as `graph_quads_with_union` gives, and a store written through it (a batch of new
articles) the same as one written quad by quad."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from migkg.graph import store as store_module
from migkg.graph.store import GraphStore, graph_quads_with_union, to_ox, triples_nquads_with_union, triples_ntriples
from migkg.loaders.base import Source, SourceMetadata
from migkg.ontology.vocab import MKG

EX = "https://example.org/"
S, P = URIRef(EX + "s"), URIRef(EX + "p")
OBJECTS = [
    Literal("ends like a line ."),
    Literal('two\nlines\r\tand a "quote" and a \\ backslash'),
    Literal("Brücke", lang="de"),
    Literal("12.5", datatype=XSD.decimal),
    Literal(2024, datatype=XSD.gYear),
    Literal("plain", datatype=XSD.string),
    URIRef(EX + "o/é"),
]


def test_the_same_quads_as_one_quad_at_a_time() -> None:
    triples = [(S, P, o) for o in OBJECTS] + [(URIRef(EX + "o/é"), P, S)]
    graph = EX + "graph/1"
    text = triples_nquads_with_union(triples, graph)
    assert text is not None
    parsed = set(ox.parse(text.encode(), format=ox.RdfFormat.N_QUADS))
    assert parsed == set(graph_quads_with_union(triples, ox.NamedNode(graph)))
    assert len(parsed) == 2 * len(triples)


def test_a_workers_ntriples_are_what_oxigraph_writes() -> None:
    """What a worker sends (`triples_ntriples`) parses to the triples `ox.serialize` would have sent."""
    triples = [(S, P, o) for o in OBJECTS]
    text = triples_ntriples(triples)
    assert text is not None and text.count(b"\n") == len(triples)
    written = ox.serialize([ox.Triple(*map(to_ox, t)) for t in triples], format=ox.RdfFormat.N_TRIPLES)
    parsed = set(ox.parse(text, format=ox.RdfFormat.N_TRIPLES))
    assert parsed == set(ox.parse(written, format=ox.RdfFormat.N_TRIPLES))
    assert len(parsed) == len(triples)


def test_a_blank_node_is_left_to_the_quad_path() -> None:
    assert triples_nquads_with_union([(S, P, BNode("b1"))], EX + "graph/1") is None
    assert triples_ntriples([(S, P, BNode("b1"))]) is None


def test_a_bad_iri_is_refused_as_by_the_quad_path() -> None:
    with pytest.raises(ValueError):
        triples_nquads_with_union([(S, P, URIRef("not an iri"))], EX + "graph/1")
    with pytest.raises(ValueError):
        list(graph_quads_with_union([(S, P, URIRef("not an iri"))], ox.NamedNode(EX + "graph/1")))


def _dump_without_times(store: GraphStore) -> set[str]:
    data = store.ox.dump(format=ox.RdfFormat.N_QUADS).decode()
    return {line for line in data.splitlines() if "loadedAt>" not in line and "endedAtTime>" not in line}


def _sources() -> list[list[Source]]:
    """Three articles' sources, 6,000 triples in all: over the bulk loader's threshold."""
    reads = []
    for n in range(3):
        iri = URIRef(f"{EX}source/{n}")
        meta = SourceMetadata(kind=MKG.NewsArticle, name=f"a{n}.txt", content_hash=f"h{n}", loader_version="test")
        facts = [(URIRef(f"{EX}thing/{n}/{i}"), P, OBJECTS[i % len(OBJECTS)]) for i in range(2000)]
        reads.append([Source(iri=iri, graph=URIRef(f"{EX}graph/{n}"), metadata=meta, facts=facts)])
    return reads


def test_a_batch_written_as_text_is_the_batch_written_as_quads(monkeypatch: pytest.MonkeyPatch) -> None:
    with GraphStore(None) as as_text:
        results = list(as_text.write_reads(_sources()))
        text_dump = _dump_without_times(as_text)
    monkeypatch.setattr(store_module, "triples_nquads_with_union", lambda *args: None)
    with GraphStore(None) as as_quads:
        list(as_quads.write_reads(_sources()))
        quads_dump = _dump_without_times(as_quads)
    assert [r.status for r in results] == ["added"] * 3
    assert text_dump == quads_dump
    assert len([line for line in text_dump if line.startswith(f"<{EX}thing/")]) == 2 * 6000
