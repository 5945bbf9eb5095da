"""The ontology and reference data as a shard (`reference_nquads`, `migkg extract --with-reference`):
the graphs every store holds, for a triple store given shards; loaded into a store, they change nothing."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from migkg.cli import main
from migkg.graph.store import GraphStore, from_ox
from migkg.loaders.read import REFERENCE_SHARD, SHARD_HEADER, reference_nquads
from migkg.ontology.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH

# The load time differs from one load to the next; everything else must not.
STAMPS = {"https://w3id.org/migkg/ontology#loadedAt", "http://www.w3.org/ns/prov#endedAtTime"}
ARTICLE = (
    "URL: https://news.example.org/harbour\nTITLE: Harbour\nLANG: en\n---\n"
    "The Harbour project, funded by the Asylum, Migration and Integration Fund (AMIF), is run by the NGO "
    "Lumen Viva from 2022 to 2024.\n"
)


def graphs(quads: object) -> dict[str, Graph]:
    """Each graph (the default graph as "") without the load-time stamps."""
    out: dict[str, Graph] = {}
    for q in quads:
        if q.predicate.value in STAMPS:
            continue
        name = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        out.setdefault(name, Graph()).add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return out


def assert_same_graphs(a: dict[str, Graph], b: dict[str, Graph]) -> None:
    assert sorted(a) == sorted(b)
    for name in a:
        assert isomorphic(a[name], b[name]), name


def test_reference_nquads_are_the_packaged_graphs_a_store_holds() -> None:
    text = reference_nquads("2026-01-02T03:04:05+00:00")
    assert text.encode().startswith(SHARD_HEADER)  # a shard: `migkg load` reads it as one
    assert '"2026-01-02T03:04:05+00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>' in text
    shard = graphs(ox.parse(text.encode(), format=ox.RdfFormat.N_QUADS))
    store = GraphStore(None)  # a new store: the ontology and reference data, nothing else
    held = graphs(store.ox.quads_for_pattern(None, None, None, None))
    assert sorted(shard) == sorted([str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH)])
    del held[""]  # the union, which a store builds itself
    assert_same_graphs(shard, held)


def test_extract_with_reference_loads_as_a_plain_load(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "shards"
    result = runner.invoke(main, ["extract", str(docs), "--out", str(out), "--with-reference"])
    assert result.exit_code == 0, result.output
    assert "and the ontology and reference data in shard-reference.nq" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["shard-000-0000.nq", REFERENCE_SHARD]

    result = runner.invoke(main, ["--store", str(tmp_path / "from-shards"), "load", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 added, 2 unchanged" in result.output  # the store had the ontology and reference data
    result = runner.invoke(main, ["--store", str(tmp_path / "plain"), "load", str(docs)])
    assert result.exit_code == 0, result.output
    with GraphStore(tmp_path / "from-shards") as a, GraphStore(tmp_path / "plain") as b:
        assert_same_graphs(
            graphs(a.ox.quads_for_pattern(None, None, None, None)),
            graphs(b.ox.quads_for_pattern(None, None, None, None)),
        )

    # A run without it leaves none behind: the shards of an earlier run are replaced.
    result = runner.invoke(main, ["extract", str(docs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["shard-000-0000.nq"]
