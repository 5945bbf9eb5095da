"""Export: valid (checked by independent parsers), deterministic, round-tripping."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from migkg.errors import MigkgError
from migkg.graph.export import EXPORT_FORMATS, export, get_format
from migkg.graph.store import GraphStore, from_ox
from migkg.loaders.base import Input
from migkg.ontology.vocab import MKG, ONTOLOGY_GRAPH, REFERENCE_GRAPH

# rdflib's own parser names for each format: an independent check of what Oxigraph wrote.
RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def exported(store: GraphStore, fmt: str, **kwargs: bool) -> bytes:
    buf = io.BytesIO()
    export(store, fmt, buf, **kwargs)
    return buf.getvalue()


@pytest.fixture
def loaded(store: GraphStore, welcome_ttl: Path) -> GraphStore:
    list(store.load_inputs([Input.from_path(welcome_ttl)]))
    return store


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_export_parses_with_pyoxigraph_and_rdflib(loaded: GraphStore, fmt: str) -> None:
    data = exported(loaded, fmt)
    quads = list(ox.parse(data, format=OX_FORMATS[fmt]))
    assert len(quads) > 100  # the fixture, its metadata, the ontology and the reference data
    parsed = Dataset()
    parsed.parse(data=data, format=RDFLIB_FORMATS[fmt])
    assert len(parsed) > 0


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_exporting_the_same_store_twice_is_byte_identical(loaded: GraphStore, fmt: str) -> None:
    assert exported(loaded, fmt) == exported(loaded, fmt)


def test_turtle_declares_the_prefixes_it_uses(loaded: GraphStore) -> None:
    text = exported(loaded, "turtle").decode("utf-8")
    for prefix in ("mkg:", "skos:", "prov:", "xsd:", "rdfs:"):
        assert f"@prefix {prefix}" in text


def test_no_reference_leaves_out_the_packaged_graphs(loaded: GraphStore) -> None:
    text = exported(loaded, "nt", include_reference=False).decode("utf-8")
    assert "https://example.org/welcome" in text
    assert str(MKG.Project) in text  # used by the fixture
    assert "skos:definition" not in text and "http://www.w3.org/2004/02/skos/core#definition" not in text


def test_trig_round_trips_through_a_fresh_store(loaded: GraphStore, tmp_path: Path) -> None:
    first = exported(loaded, "trig")
    dump = tmp_path / "dump.trig"
    dump.write_bytes(first)
    with GraphStore(tmp_path / "fresh") as fresh:
        list(fresh.load_inputs([Input.from_path(dump)]))
        second = exported(fresh, "trig")
    a, b = Dataset(), Dataset()
    a.parse(data=first, format="trig")
    b.parse(data=second, format="trig")
    # Every graph of the first export is in the second, isomorphic (blank nodes may be renamed).
    names_a = {g.identifier for g in a.graphs() if len(g)}
    names_b = {g.identifier for g in b.graphs() if len(g)}
    assert names_a <= names_b
    for name in names_a:
        ga, gb = a.graph(name), b.graph(name)
        if name in (ONTOLOGY_GRAPH, REFERENCE_GRAPH):
            # The fresh store keeps its own packaged graphs: the same, but loaded at its own time.
            ga, gb = without_load_times(ga), without_load_times(gb)
        assert isomorphic(ga, gb), name
    # The only new graph describes the dump file itself as a source.
    [extra] = names_b - names_a
    assert (None, MKG.contentHash, None) in b.graph(extra)


def without_load_times(graph: Graph) -> Graph:
    out = Graph()
    for s, p, o in graph:
        if p not in (MKG.loadedAt, PROV.endedAtTime):
            out.add((s, p, o))
    return out


def test_turtle_round_trip_keeps_every_triple(loaded: GraphStore, tmp_path: Path) -> None:
    # Without the packaged graphs: the fresh store has its own copy, and blank nodes (the ontology's
    # owl:unionOf lists) from two copies are two structures, not one. TriG moves whole stores.
    first = exported(loaded, "turtle", include_reference=False)
    dump = tmp_path / "dump.ttl"
    dump.write_bytes(first)
    with GraphStore(tmp_path / "fresh") as fresh:
        [result] = list(fresh.load_inputs([Input.from_path(dump)]))
        second = exported(fresh, "turtle", include_reference=False)
    g1 = Graph().parse(data=first, format="turtle")
    g2 = Graph().parse(data=second, format="turtle")
    # The reloaded store adds only the description of the dump file as a source.
    new_source = {str(result.source), str(result.source) + "/load"}
    g2_without = Graph()
    for t in g2:
        if str(t[0]) not in new_source:
            g2_without.add(t)
    assert isomorphic(g1, g2_without)


def test_unknown_format_is_refused() -> None:
    with pytest.raises(MigkgError, match="unknown export format 'rdfa'"):
        get_format("rdfa")


def test_rapper_accepts_turtle_export(loaded: GraphStore, tmp_path: Path) -> None:
    """Debian's raptor parser as a second, independent validator (installed by .ci/run)."""
    rapper = shutil.which("rapper")
    if rapper is None:
        if os.environ.get("CI"):
            pytest.fail("rapper (raptor2-utils) must be installed in CI")
        pytest.skip("rapper (raptor2-utils) not installed")
    for fmt, name in (("turtle", "turtle"), ("nt", "ntriples"), ("trig", "trig"), ("nquads", "nquads")):
        path = tmp_path / f"export.{fmt}"
        path.write_bytes(exported(loaded, fmt))
        run = subprocess.run([rapper, "-q", "-i", name, "-c", str(path)], capture_output=True, text=True)
        assert run.returncode == 0, (fmt, run.stderr)
        assert "error" not in run.stderr.lower(), (fmt, run.stderr)


# --- JSON-LD: compacted with the shipped context -------------------------------------------------


def test_jsonld_is_compacted_one_node_object_per_entity(loaded: GraphStore) -> None:
    import json

    from migkg.ontology.context import shipped_context

    doc = json.loads(exported(loaded, "jsonld"))
    assert doc["@context"] == shipped_context()
    ids = [node["@id"] for node in doc["@graph"]]
    assert len(ids) == len(set(ids))  # one node object per subject
    nodes = {node["@id"]: node for node in doc["@graph"]}
    # The fixture's project, in the context's terms: coerced IRIs and gYears as plain strings.
    welcome = nodes["https://example.org/welcome"]
    assert welcome["@type"] == "Project"
    assert welcome["fundedBy"] == ["fund:AMIF", "https://example.org/city"]
    assert welcome["startYear"] == "2022"
    assert welcome["rdfs:label"] == {"@language": "en", "@value": "Welcome desk"}
    assert nodes["fund:AMIF"]["code"] == "AMIF"
    # Keys in full only for vocabularies the context has no prefix for (vann:, in the ontology header).
    namespaces = tuple(v for v in doc["@context"].values() if isinstance(v, str))
    assert not any(key.startswith(namespaces) for node in doc["@graph"] for key in node)


def test_jsonld_round_trips_without_network(loaded: GraphStore) -> None:
    # The context is embedded: rdflib reads it back with no remote context to fetch, and gets the
    # triples of the Turtle export.
    from_jsonld = Graph().parse(data=exported(loaded, "jsonld"), format="json-ld")
    from_turtle = Graph().parse(data=exported(loaded, "turtle"), format="turtle")
    assert isomorphic(from_jsonld, from_turtle)
    from_oxigraph = Graph()
    for t in ox.parse(exported(loaded, "jsonld"), format=ox.RdfFormat.JSON_LD):
        from_oxigraph.add(tuple(from_ox(x) for x in (t.subject, t.predicate, t.object)))
    assert isomorphic(from_oxigraph, from_turtle)


def test_loading_jsonld_never_fetches_a_remote_context(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "remote.jsonld"
    path.write_text('{"@context": "https://example.org/ctx.jsonld", "@id": "https://example.org/a", "name": "x"}')
    [result] = list(store.load_inputs([Input.from_path(path)]))
    assert isinstance(result, MigkgError)
    assert "remote context" in str(result)


# --- export --profile schema -----------------------------------------------------------------------

PROFILE_TTL = """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix ex: <https://example.org/> .
ex:p a mkg:Project ; mkg:fundedBy ex:ngo .
ex:ngo a mkg:NonGovernmentalOrganisation , schema:NGO .
"""

# By the ontology's axioms: Project < eurio:Project, schema:Project; NonGovernmentalOrganisation <
# schema:NGO (stated already, so not repeated) and < mkg:Organisation < schema:Organization;
# fundedBy < schema:funder, frapo:isFundedBy. (mkg:Organisation itself is stated by nobody here:
# the profile only adds the other vocabularies' terms.)
PROFILE_EXPECTED = """\
@prefix schema: <https://schema.org/> .
@prefix eurio: <http://data.europa.eu/s66#> .
@prefix frapo: <http://purl.org/cerif/frapo/> .
@prefix ex: <https://example.org/> .
ex:p a eurio:Project , schema:Project ; schema:funder ex:ngo ; frapo:isFundedBy ex:ngo .
ex:ngo a schema:Organization .
"""


def test_schema_profile_adds_the_aligned_types_and_properties(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "profile.ttl"
    path.write_text(PROFILE_TTL, encoding="utf-8")
    list(store.load_inputs([Input.from_path(path)]))
    plain = Graph().parse(data=exported(store, "nt", include_reference=False), format="nt")
    buf = io.BytesIO()
    export(store, "nt", buf, include_reference=False, profile="schema")
    profiled = Graph().parse(data=buf.getvalue(), format="nt")
    added, about_sources = Graph(), set()
    for t in profiled:
        if t not in plain:
            if str(t[0]).startswith("https://example.org/"):
                added.add(t)
            else:
                about_sources.add(t)
    assert isomorphic(added, Graph().parse(data=PROFILE_EXPECTED, format="turtle"))
    # The file's own source node: mkg:SourceDocument < schema:CreativeWork.
    assert {(str(p), str(o)) for _, p, o in about_sources} == {(str(RDF.type), "https://schema.org/CreativeWork")}
    assert all(t in profiled for t in plain)


def test_schema_profile_goes_to_its_own_graph_in_trig(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "profile.ttl"
    path.write_text(PROFILE_TTL, encoding="utf-8")
    list(store.load_inputs([Input.from_path(path)]))
    buf = io.BytesIO()
    export(store, "trig", buf, profile="schema")
    dataset = Dataset()
    dataset.parse(data=buf.getvalue(), format="trig")
    profile = dataset.graph(URIRef("https://w3id.org/migkg/graph/profile/schema"))
    assert (URIRef("https://example.org/p"), RDF.type, URIRef("https://schema.org/Project")) in profile


def test_unknown_profile_is_refused(store: GraphStore) -> None:
    with pytest.raises(MigkgError, match="unknown export profile"):
        export(store, "nt", io.BytesIO(), profile="dcat")


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_dataset_export_leaves_out_the_union_in_the_default_graph(loaded: GraphStore, fmt: str) -> None:
    # The default graph is the union of the named graphs, rebuilt by whatever store loads the file;
    # exported, it would come back as a source graph of its own.
    spec = get_format(fmt)
    quads = list(ox.parse(exported(loaded, fmt), format=spec.rdf_format))
    assert quads and not any(isinstance(q.graph_name, ox.DefaultGraph) for q in quads)
