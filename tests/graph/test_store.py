"""The store: one named graph per source, idempotent and failure-safe loading, removal, recovery."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import PREFIXES, WELCOME_DESK, dump_quads
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from migkg.errors import BatchError, InputError, MigkgError, StoreError
from migkg.graph.store import SOURCE_GRAPH_PREFIX, GraphStore
from migkg.loaders.base import Input
from migkg.ontology.vocab import MKG, ONTOLOGY_GRAPH, REFERENCE_GRAPH

EX = "https://example.org/"


def load(store: GraphStore, *paths: Path, strict: bool = False) -> list:
    return list(store.load_inputs([Input.from_path(p) for p in paths], strict=strict))


def graph_triples(store: GraphStore, graph: URIRef) -> int:
    return sum(1 for _ in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))))


def test_new_store_holds_ontology_and_reference_graphs(store: GraphStore) -> None:
    graphs = {g.value for g in store.ox.named_graphs()}
    assert str(ONTOLOGY_GRAPH) in graphs
    assert str(REFERENCE_GRAPH) in graphs
    # The ontology graph knows the class the loaders use most.
    assert store.query(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ mkg:Project a owl:Class }} }}")


def test_load_puts_a_source_in_its_own_graph_with_metadata(store: GraphStore, welcome_ttl: Path) -> None:
    [result] = load(store, welcome_ttl)
    assert result.status == "added"
    assert str(result.graph).startswith(SOURCE_GRAPH_PREFIX)
    # The 20 fixture triples plus the metadata.
    assert graph_triples(store, result.graph) > 20
    meta = {
        row["p"].value: row["o"].value
        for row in store.query(f"SELECT ?p ?o WHERE {{ GRAPH <{result.graph}> {{ <{result.source}> ?p ?o }} }}")
    }
    assert len(meta[str(MKG.contentHash)]) == 64
    assert meta[str(MKG.loadedAt)].endswith("Z") or "+" in meta[str(MKG.loadedAt)]
    assert meta[str(MKG.loaderVersion)].startswith("migkg.loaders.rdf")
    assert meta["http://purl.org/dc/terms/identifier"] == "welcome.ttl"


def test_loading_the_same_content_twice_changes_nothing(store: GraphStore, welcome_ttl: Path) -> None:
    load(store, welcome_ttl)
    before = dump_quads(store)
    [again] = load(store, welcome_ttl)
    assert again.status == "unchanged"
    assert dump_quads(store) == before


def test_a_changed_file_replaces_its_old_version(store: GraphStore, welcome_ttl: Path) -> None:
    [first] = load(store, welcome_ttl)
    welcome_ttl.write_text(WELCOME_DESK.replace('"Welcome desk"@en', '"Welcome point"@en'), encoding="utf-8")
    [second] = load(store, welcome_ttl)
    assert second.status == "replaced"
    assert second.graph == first.graph
    labels = {str(o) for o in store.dataset.objects(URIRef(EX + "welcome"), RDFS.label)}
    assert labels == {"Welcome point"}


def test_broken_turtle_names_the_file_and_leaves_the_store_as_it_was(
    store: GraphStore, welcome_ttl: Path, tmp_path: Path
) -> None:
    load(store, welcome_ttl)
    before = dump_quads(store)
    bad = tmp_path / "broken.ttl"
    # Valid for the first ten triples, broken at the end: a partial load would show.
    bad.write_text(PREFIXES + "".join(f"ex:s{i} ex:p ex:o{i} .\n" for i in range(10)) + "ex:s ex:p", encoding="utf-8")
    [error] = load(store, bad)
    assert isinstance(error, InputError)
    assert error.name == str(bad)
    assert "Turtle" in str(error)
    assert "\n" not in str(error)
    assert dump_quads(store) == before


def test_broken_new_version_keeps_the_old_version(store: GraphStore, welcome_ttl: Path) -> None:
    load(store, welcome_ttl)
    before = dump_quads(store)
    welcome_ttl.write_text(WELCOME_DESK + "\nex:broken ex:p ", encoding="utf-8")
    [error] = load(store, welcome_ttl)
    assert isinstance(error, InputError)
    assert dump_quads(store) == before


def test_a_file_that_is_not_what_its_name_says(store: GraphStore, tmp_path: Path) -> None:
    before = dump_quads(store)
    fake = tmp_path / "photo.ttl"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    [error] = load(store, fake)
    assert isinstance(error, InputError)
    assert "photo.ttl" in str(error)
    assert dump_quads(store) == before


def test_batch_loads_good_files_and_names_bad_ones(store: GraphStore, welcome_ttl: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.nt"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    results = load(store, bad, welcome_ttl)
    assert isinstance(results[0], InputError) and "bad.nt" in str(results[0])
    assert results[1].status == "added"


def test_strict_batch_is_all_or_nothing(store: GraphStore, welcome_ttl: Path, tmp_path: Path) -> None:
    before = dump_quads(store)
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(BatchError) as info:
        load(store, welcome_ttl, bad, strict=True)
    assert [f.name for f in info.value.failures] == [str(bad)]
    assert dump_quads(store) == before
    # And a strict batch with no bad input lands whole.
    results = load(store, welcome_ttl, strict=True)
    assert [r.status for r in results] == ["added"]


def test_trig_keeps_its_named_graphs(store: GraphStore, tmp_path: Path) -> None:
    trig = tmp_path / "two.trig"
    trig.write_text(
        PREFIXES + "ex:g1 { ex:a ex:p ex:b . }\nex:g2 { ex:c ex:p ex:d . }\nex:e ex:p ex:f .\n",
        encoding="utf-8",
    )
    [result] = load(store, trig)
    assert graph_triples(store, URIRef(EX + "g1")) == 1
    assert graph_triples(store, URIRef(EX + "g2")) == 1
    # The default graph's triple lands in the source's own graph, beside its metadata.
    assert store.ox.query(f"ASK {{ GRAPH <{result.graph}> {{ <{EX}e> <{EX}p> <{EX}f> }} }}")


def test_remove_source_drops_its_facts(store: GraphStore, welcome_ttl: Path) -> None:
    [result] = load(store, welcome_ttl)
    info = store.remove_source(str(result.source).rsplit("/", 1)[-1])
    assert info.graph == result.graph
    assert graph_triples(store, result.graph) == 0
    with pytest.raises(MigkgError, match="no source matches"):
        store.remove_source("nothing-like-this")


def test_reference_data_cannot_be_removed(store: GraphStore) -> None:
    with pytest.raises(MigkgError, match="cannot be removed"):
        store.remove_source("reference")


def test_interrupted_load_is_dropped_on_reopen(tmp_path: Path) -> None:
    path = tmp_path / "store"
    s = GraphStore(path)
    # What a crash between the bulk load and the metadata leaves: a source graph with no metadata.
    orphan = ox.NamedNode(SOURCE_GRAPH_PREFIX + "deadbeef")
    s.ox.add(ox.Quad(ox.NamedNode(EX + "x"), ox.NamedNode(EX + "p"), ox.Literal("half"), orphan))
    s.close()
    reopened = GraphStore(path)
    assert not reopened.ox.contains_named_graph(orphan)
    reopened.close()


def test_store_is_kept_between_opens(tmp_path: Path, welcome_ttl: Path) -> None:
    path = tmp_path / "store"
    with GraphStore(path) as s:
        load(s, welcome_ttl)
    with GraphStore(path) as s:
        assert (URIRef(EX + "welcome"), RDFS.label, Literal("Welcome desk", lang="en")) in s.dataset


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="not a directory"):
        GraphStore(path)


def test_stats_counts_entities_per_class(store: GraphStore, welcome_ttl: Path) -> None:
    before = store.stats()
    load(store, welcome_ttl)
    info = store.stats()
    assert (before["sources"], info["sources"]) == (0, 1)
    assert info["entities"]["mkg:Project"] == before["entities"].get("mkg:Project", 0) + 1
    # The fixture adds two NGOs to those of the reference data.
    ngo = "mkg:NonGovernmentalOrganisation"
    assert info["entities"][ngo] == before["entities"].get(ngo, 0) + 2


# -- the union of the sources is one RDF graph (a set) ------------------------------------------


def _graph(triples: object) -> Graph:
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def assert_union_is_the_merge_of_the_named_graphs(store: GraphStore) -> None:
    union = _graph(store.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))
    merged = _graph(store.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"))
    assert isomorphic(union, merged)


def _period_source(tmp_path: Path, name: str, extra: str) -> Path:
    path = tmp_path / f"{name}.ttl"
    path.write_text(
        PREFIXES + f'<https://w3id.org/migkg/id/period/2024-2025> mkg:startYear "2024"^^xsd:gYear .\n{extra}\n',
        encoding="utf-8",
    )
    return path


def test_period_stated_by_three_sources_counts_once(store: GraphStore, tmp_path: Path) -> None:
    files = [
        _period_source(tmp_path, f"s{i}", f"ex:p{i} mkg:period <https://w3id.org/migkg/id/period/2024-2025> .")
        for i in range(3)
    ]
    load(store, *files)
    rows = list(store.query("SELECT ?y WHERE { <https://w3id.org/migkg/id/period/2024-2025> mkg:startYear ?y }"))
    assert [r["y"].value for r in rows] == ["2024"]
    # Provenance stays: each source's graph still states it.
    rows = list(
        store.query("SELECT ?g WHERE { GRAPH ?g { <https://w3id.org/migkg/id/period/2024-2025> mkg:startYear ?y } }")
    )
    assert len(rows) == 3
    # And what differs between the sources is all there: three projects in that period.
    [n] = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?p mkg:period ?period . ?period mkg:startYear ?y }")
    assert n["n"].value == "3"


def test_same_grant_amount_in_two_sources_sums_once(store: GraphStore, tmp_path: Path) -> None:
    grant = "ex:grant mkg:grantFunder fund:AMIF ; mkg:amount 100 ."
    for name in ("a", "b"):
        (tmp_path / f"{name}.ttl").write_text(PREFIXES + grant, encoding="utf-8")
    load(store, tmp_path / "a.ttl", tmp_path / "b.ttl")
    [row] = store.query("SELECT (SUM(?a) AS ?total) WHERE { ?g mkg:amount ?a }")
    assert row["total"].value == "100"


def test_removing_a_source_keeps_what_another_still_states(store: GraphStore, tmp_path: Path) -> None:
    a = _period_source(tmp_path, "a", "ex:only-a ex:p ex:o .")
    b = _period_source(tmp_path, "b", "ex:only-b ex:p ex:o .")
    [ra, _rb] = load(store, a, b)
    store.remove_source(str(ra.source).rsplit("/", 1)[-1])
    assert store.query("ASK { <https://w3id.org/migkg/id/period/2024-2025> mkg:startYear ?y }")
    assert not store.query(f"ASK {{ <{EX}only-a> <{EX}p> <{EX}o> }}")
    assert store.query(f"ASK {{ <{EX}only-b> <{EX}p> <{EX}o> }}")
    assert_union_is_the_merge_of_the_named_graphs(store)


def test_replacing_a_source_updates_the_union(store: GraphStore, welcome_ttl: Path) -> None:
    load(store, welcome_ttl)
    welcome_ttl.write_text(WELCOME_DESK.replace("Welcome desk", "Welcome point"), encoding="utf-8")
    [result] = load(store, welcome_ttl)
    assert result.status == "replaced"
    labels = {r["l"].value for r in store.query(f"SELECT ?l WHERE {{ <{EX}welcome> rdfs:label ?l }}")}
    assert labels == {"Welcome point"}
    assert_union_is_the_merge_of_the_named_graphs(store)


def test_replacing_an_article_source_updates_the_union(store: GraphStore) -> None:
    """The staged path (articles and other extracted sources): replace, then remove."""
    from migkg.loaders.base import Source, SourceMetadata

    def source(label: str, digest: str) -> Source:
        facts = Graph()
        facts.add((URIRef(EX + "welcome"), RDFS.label, Literal(label)))
        facts.add((URIRef(EX + "welcome"), RDFS.comment, Literal("shared")))
        meta = SourceMetadata(kind=MKG.NewsArticle, name="a.txt", content_hash=digest * 64, loader_version="test")
        return Source(iri=URIRef(EX + "src"), graph=URIRef(SOURCE_GRAPH_PREFIX + "x"), metadata=meta, facts=facts)

    other = Graph()
    other.add((URIRef(EX + "welcome"), RDFS.comment, Literal("shared")))
    meta = SourceMetadata(kind=MKG.NewsArticle, name="b.txt", content_hash="c" * 64, loader_version="test")
    store.add_source(
        Source(iri=URIRef(EX + "src2"), graph=URIRef(SOURCE_GRAPH_PREFIX + "y"), metadata=meta, facts=other)
    )
    assert store.add_source(source("old", "a")).status == "added"
    assert store.add_source(source("new", "b")).status == "replaced"
    assert not store.query(f'ASK {{ <{EX}welcome> rdfs:label "old" }}')
    assert store.query(f'ASK {{ <{EX}welcome> rdfs:label "new" }}')
    assert_union_is_the_merge_of_the_named_graphs(store)
    store.remove_source(EX + "src")
    assert store.query(f'ASK {{ <{EX}welcome> rdfs:comment "shared" }}')
    assert_union_is_the_merge_of_the_named_graphs(store)


def test_failed_load_leaves_the_union_as_it_was(store: GraphStore, welcome_ttl: Path, tmp_path: Path) -> None:
    load(store, welcome_ttl)
    before = dump_quads(store)
    welcome_ttl.write_text(WELCOME_DESK + "\nex:broken ex:p .\n", encoding="utf-8")
    [error] = load(store, welcome_ttl)
    assert isinstance(error, InputError)
    assert dump_quads(store) == before


def test_store_written_before_the_union_gets_it_on_open(tmp_path: Path, welcome_ttl: Path) -> None:
    path = tmp_path / "store"
    with GraphStore(path) as s:
        load(s, welcome_ttl)
        s.ox.remove_graph(ox.DefaultGraph())  # what an older migkg left: no union
    with GraphStore(path) as s:
        assert s.query(f"ASK {{ <{EX}welcome> rdfs:label ?l }}")
        assert_union_is_the_merge_of_the_named_graphs(s)


def test_snapshots_whose_cost_grows_with_the_store_keep_to_their_share_of_a_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Snapshots cost more as the store fills; over the whole load they keep to their share of its
    # time (the last one may overshoot it: its cost is known only once it is taken).
    from migkg.graph import store as store_module

    clock = [1000.0]
    costs: list[float] = []

    def snapshot(ox_store: object, path: Path) -> None:
        cost = 0.01 * 2 ** len(costs)  # each costs twice the one before (a store filling up fast)
        costs.append(cost)
        clock[0] += cost

    with GraphStore(tmp_path / "s") as s:
        monkeypatch.setattr(store_module.time, "monotonic", lambda: clock[0])
        monkeypatch.setattr(store_module.lock, "snapshot", snapshot)
        s._load_started, s._snapshots_spent, s._snapshot_at, s._snapshot_cost = clock[0], 0.0, 0.0, 0.0
        for _ in range(600):  # a load of 600 inputs, a second each
            clock[0] += 1.0
            s._snapshot(every=store_module.SNAPSHOT_EVERY)
        elapsed = clock[0] - s._load_started
    assert costs, "a long load lets readers see its progress"
    # Within the share, but for the one snapshot that may overshoot it (its cost is only known after).
    assert sum(costs[:-1]) <= store_module.SNAPSHOT_SHARE * elapsed
