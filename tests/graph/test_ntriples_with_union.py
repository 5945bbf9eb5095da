"""The writer's text path for workers' N-Triples: each triple in its source's graph and in the union."""

from __future__ import annotations

import pyoxigraph as ox

from migkg.graph.store import ntriples_with_union

EX = "https://example.org/"


def test_each_triple_lands_in_the_graph_and_the_union() -> None:
    s, p = ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p")
    objects = [
        ox.Literal("ends like a line ."),
        ox.Literal('two\nlines\r\tand a "quote"'),
        ox.Literal("Brücke", language="de"),
        ox.Literal("12.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
        ox.NamedNode(EX + "o"),
        ox.BlankNode("b1"),
    ]
    triples = [ox.Triple(s, p, o) for o in objects]
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    graph = ox.NamedNode(EX + "graph/1")
    quads = set(ox.parse(ntriples_with_union(data, graph.value), format=ox.RdfFormat.N_QUADS))
    expected = {ox.Quad(t.subject, t.predicate, t.object, g) for t in triples for g in (graph, ox.DefaultGraph())}
    assert quads == expected
    assert ntriples_with_union(b"", graph.value) == b""
