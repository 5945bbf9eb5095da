"""A full export loaded into another store duplicates nothing, and leaves that store's own ontology and
reference data as they are (issue 8: a reloaded Turtle export doubled the ontology's blank-node lists)."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import OWL

from migkg.graph.export import export
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.ontology.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH

SUFFIXES = {"turtle": ".ttl", "nt": ".nt", "trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld"}


def exported(store: GraphStore, fmt: str, **kwargs: bool) -> bytes:
    buf = io.BytesIO()
    export(store, fmt, buf, **kwargs)
    return buf.getvalue()


def graph_lines(store: GraphStore, graph: object) -> set[str]:
    data = store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(graph))).decode("utf-8")
    return set(data.splitlines())


def union_count(store: GraphStore, predicate: str) -> int:
    return sum(1 for _ in store.ox.quads_for_pattern(None, ox.NamedNode(predicate), None, ox.DefaultGraph()))


def without_source(nt: bytes, source: str) -> Graph:
    g = Graph().parse(data=nt, format="nt")
    for s, p, o in list(g):
        if str(s) in (source, source + "/load"):
            g.remove((s, p, o))
    return g


@pytest.mark.parametrize("strict", [False, True], ids=["batch", "strict"])
@pytest.mark.parametrize("fmt", sorted(SUFFIXES))
def test_reloading_a_full_export_doubles_no_blank_node_list_and_keeps_the_packaged_graphs(
    tmp_path: Path, welcome_ttl: Path, fmt: str, strict: bool
) -> None:
    with GraphStore(tmp_path / "a") as first:
        list(first.load_inputs([Input.from_path(welcome_ttl)]))
        dump = tmp_path / f"dump{SUFFIXES[fmt]}"
        dump.write_bytes(exported(first, fmt))
        expected = exported(first, "nt", include_reference=False)
        union_lists = union_count(first, str(OWL.unionOf))
    with GraphStore(tmp_path / "b") as second:
        ontology, reference = graph_lines(second, ONTOLOGY_GRAPH), graph_lines(second, REFERENCE_GRAPH)
        [result] = list(second.load_inputs([Input.from_path(dump)], strict=strict))
        assert not isinstance(result, Exception), result
        # The store's own copies are untouched, blank-node labels included.
        assert graph_lines(second, ONTOLOGY_GRAPH) == ontology
        assert graph_lines(second, REFERENCE_GRAPH) == reference
        # The ontology's owl:unionOf lists are in the union once, as in the store exported.
        assert union_lists > 0
        assert union_count(second, str(OWL.unionOf)) == union_lists
        # Without the packaged graphs, the store holds what the first held, plus the dump's own
        # description as a source: the ontology did not come back in through the dump's graph.
        again = exported(second, "nt", include_reference=False)
    assert isomorphic(without_source(again, str(result.source)), Graph().parse(data=expected, format="nt"))
