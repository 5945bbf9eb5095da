"""The network projection: typed nodes and edges from a small graph, deduplication, stats, exports."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import PREFIXES

from migkg.cli import main
from migkg.errors import UnsupportedFormatError
from migkg.graph.network import build_network, export_network, network_stats, organisation_graph
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input

EX = "https://example.org/"
AMIF = "https://w3id.org/migkg/id/fund/AMIF"

# Two projects. "Desk" is funded by AMIF (a EUR 1,000 grant) and run by NGO A with NGO B as partner,
# in 2022-2024, for the integration goal, in Liège; evidence says AMIF funds it (0.4 and 0.9). "Shelter"
# is funded by AMIF through its 2021-2027 programme and run by NGO B. A third organisation is typed
# but takes part in nothing, so it stays out.
GRAPH_A = (
    PREFIXES
    + """
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
ex:desk a mkg:Project ; rdfs:label "Desk"@en ; mkg:fundedBy fund:AMIF ; mkg:implementedBy ex:ngo-a ;
    mkg:partner ex:ngo-b ; mkg:period ex:p2022 ; mkg:pursuesGoal ex:integration ; mkg:locatedIn ex:liege ;
    mkg:grant ex:grant-1 ; mkg:derivedFrom ex:doc-a .
ex:grant-1 a mkg:Grant ; mkg:grantFunder fund:AMIF ; mkg:grantFor ex:desk ; mkg:amount 1000.00 ;
    mkg:currency "EUR" .
ex:p2022 a mkg:Period ; mkg:startYear "2022"^^xsd:gYear ; mkg:endYear "2024"^^xsd:gYear .
ex:integration a mkg:Goal ; skos:prefLabel "Integration"@en .
ex:liege a mkg:Place ; skos:prefLabel "Liège"@fr .
ex:ngo-a a mkg:NonGovernmentalOrganisation ; skos:prefLabel "Aide A"@fr , "Help A"@en ; mkg:acronym "HA" .
ex:ngo-b a mkg:NonGovernmentalOrganisation ; skos:prefLabel "Hulp B"@nl .
ex:idle a mkg:NonGovernmentalOrganisation ; skos:prefLabel "Idle"@en .
ex:shelter a mkg:Project ; rdfs:label "Shelter"@en ; mkg:fundedBy fund:AMIF-2021-2027 ;
    mkg:implementedBy ex:ngo-b .
ex:doc-a a mkg:SourceDocument , mkg:NewsArticle ; <https://schema.org/url> <https://news.example.org/a> .
ex:ev-1 a mkg:Evidence ; rdf:subject ex:desk ; rdf:predicate mkg:fundedBy ; rdf:object fund:AMIF ;
    mkg:confidence 0.4 ; mkg:sentence "AMIF pays for the desk." ; mkg:derivedFrom ex:doc-a .
ex:ev-2 a mkg:Evidence ; rdf:subject ex:desk ; rdf:predicate mkg:fundedBy ; rdf:object fund:AMIF ;
    mkg:confidence 0.9 ; mkg:sentence "The desk is an AMIF project." ; mkg:derivedFrom ex:doc-a .
"""
)

# A second source restating one fact and its grant: still one edge, one amount, two sources.
GRAPH_B = (
    PREFIXES
    + """
ex:desk a mkg:Project ; mkg:fundedBy fund:AMIF ; mkg:grant ex:grant-1 .
ex:grant-1 a mkg:Grant ; mkg:grantFunder fund:AMIF ; mkg:grantFor ex:desk ; mkg:amount 1000.00 ;
    mkg:currency "EUR" .
"""
)


def _load(store: GraphStore, tmp_path: Path, **files: str) -> None:
    for name, text in files.items():
        path = tmp_path / f"{name}.ttl"
        path.write_text(text, encoding="utf-8")
        [result] = list(store.load_inputs([Input.from_path(path)]))
        assert not isinstance(result, Exception), result


@pytest.fixture
def graph(store: GraphStore, tmp_path: Path) -> nx.MultiDiGraph:
    _load(store, tmp_path, a=GRAPH_A, b=GRAPH_B)
    return build_network(store)


def test_nodes_are_typed_and_labelled(graph: nx.MultiDiGraph) -> None:
    typed = {n.removeprefix(EX): (d["type"], d["label"]) for n, d in graph.nodes(data=True)}
    assert typed == {
        "desk": ("project", "Desk"),
        "shelter": ("project", "Shelter"),
        AMIF: ("fund", "Asylum, Migration and Integration Fund"),  # the reference data's English label
        "https://w3id.org/migkg/id/fund/AMIF-2021-2027": (
            "programme",
            "Asylum, Migration and Integration Fund 2021-2027",
        ),
        "ngo-a": ("organisation", "Help A"),  # English preferred over French
        "ngo-b": ("organisation", "Hulp B"),  # the only label there is
        "p2022": ("period", "2022–2024"),  # no label: its years
        "https://w3id.org/migkg/id/period/2021-2027": ("period", "2021–2027"),  # the programme's period
        "integration": ("goal", "Integration"),
        "liege": ("place", "Liège"),
    }
    assert graph.nodes[EX + "ngo-a"]["names"] == ["Aide A", "HA", "Help A"]
    assert graph.nodes[AMIF]["code"] == "AMIF"


def test_edges_are_typed_by_relation_and_deduplicated(graph: nx.MultiDiGraph) -> None:
    def short(n: str) -> str:
        return n.removeprefix(EX).rsplit("/", 1)[-1]

    edges = {(short(u), rel, short(v)) for u, v, rel in graph.edges(keys=True)}
    assert edges == {
        ("AMIF", "funds", "desk"),
        ("AMIF-2021-2027", "funds", "shelter"),
        ("AMIF-2021-2027", "programme of", "AMIF"),
        ("AMIF-2021-2027", "in period", "2021-2027"),
        ("ngo-a", "implements", "desk"),
        ("ngo-b", "partner of", "desk"),
        ("ngo-b", "implements", "shelter"),
        ("desk", "in period", "p2022"),
        ("desk", "pursues", "integration"),
        ("desk", "located in", "liege"),
    }
    assert graph.number_of_edges() == len(edges)  # nothing twice, though two sources state AMIF funds desk


def test_attributes_amounts_years_confidence_sources(graph: nx.MultiDiGraph) -> None:
    funds = graph.edges[AMIF, EX + "desk", "funds"]
    assert funds["amount_eur"] == 1000.0  # the same grant in two sources is counted once
    assert funds["sources"] == 2
    assert funds["confidence"] == 0.9  # the highest evidence
    assert "confidence" not in graph.edges[EX + "ngo-a", EX + "desk", "implements"]  # stated, not extracted
    desk = graph.nodes[EX + "desk"]
    assert (desk["start"], desk["end"], desk["amount_eur"]) == (2022, 2024, 1000.0)  # years from its period
    sentences = sorted(e["sentence"] for e in desk["evidence"])
    assert sentences == ["AMIF pays for the desk.", "The desk is an AMIF project."]
    assert {e["url"] for e in desk["evidence"]} == {"https://news.example.org/a"}


def test_documents_are_optional(store: GraphStore, tmp_path: Path) -> None:
    _load(store, tmp_path, a=GRAPH_A)
    assert not any(d["type"] == "document" for _n, d in build_network(store).nodes(data=True))
    with_docs = build_network(store, documents=True, evidence=False)
    assert with_docs.nodes[EX + "doc-a"]["type"] == "document"
    assert with_docs.has_edge(EX + "desk", EX + "doc-a", key="reported by")
    assert "evidence" not in with_docs.nodes[EX + "desk"]


def test_stats_and_organisation_graph(graph: nx.MultiDiGraph) -> None:
    stats = network_stats(graph)
    assert stats.components == [10]
    assert [r.label for r in stats.organisations] == ["Hulp B", "Help A"]  # degree 2 and 1
    assert stats.organisations[0].degree == 2
    assert {r.label for r in stats.funds} == {
        "Asylum, Migration and Integration Fund",
        "Asylum, Migration and Integration Fund 2021-2027",
    }
    orgs = organisation_graph(graph)
    # A and B share the desk project and its funder AMIF.
    assert orgs.edges[EX + "ngo-a", EX + "ngo-b"] == {"projects": 1, "funders": 1, "weight": 2}


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_exports_read_back_with_networkx(graph: nx.MultiDiGraph, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"net.{fmt}"
    export_network(graph, fmt, path)
    if fmt == "graphml":
        back = nx.read_graphml(path)
    elif fmt == "gexf":
        back = nx.read_gexf(path)
    else:
        back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes[EX + "ngo-a"]["type"] == "organisation"
    assert back.nodes[EX + "ngo-a"]["label"] == "Help A"


def test_unknown_export_format(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError):
        export_network(graph, "dot", tmp_path / "x.dot")


def test_cli_network_stats_and_export(tmp_path: Path) -> None:
    ttl = tmp_path / "a.ttl"
    ttl.write_text(GRAPH_A, encoding="utf-8")
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store, "load", str(ttl)]).exit_code == 0
    result = runner.invoke(main, ["--store", store, "network", "stats"])
    assert result.exit_code == 0, result.output
    assert "Hulp B" in result.stdout and "components: 1" in result.stdout
    out = tmp_path / "net.graphml"
    result = runner.invoke(main, ["--store", store, "network", "export", "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(out).number_of_nodes() == 10
