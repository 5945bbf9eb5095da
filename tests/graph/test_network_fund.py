"""One fund's network read from the store around it (`build_network(..., fund=F)`, `migkg view --fund`)
is the part of the whole network that `cut_network(..., fund=F)` keeps: same nodes, edges, attributes."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from conftest import PREFIXES

from migkg.errors import MigkgError
from migkg.graph.network import build_network
from migkg.graph.store import GraphStore
from migkg.graph.view import cut_network, page_data
from migkg.loaders.base import Input

EX = "https://example.org/"
FUND = "https://w3id.org/migkg/id/fund/"

# Two funds and what lies around them. AMIF funds "Desk" (a EUR 1,000 grant; run by NGO A with NGO B as
# partner; 2022-2024; integration goal; in Liège), and, through its 2021-2027 programme, "Shelter" (run
# by NGO B). BMVI funds "Border kit" (run by NGO B, EUR 500, 2022-2024, in Liège, borders goal) and, with
# AMIF, "Joint". So NGO B, the period, Liège and BMVI itself are next to AMIF's projects and carry facts
# (sources, evidence) from BMVI's side, which AMIF's part must show whole; Border kit and the borders
# goal belong to BMVI only. Evidence comes from two documents; a second source restates two facts and
# adds a donor to Joint, known by a name only (schema:name), which `explain` does not resolve.
LIST_A = (
    PREFIXES
    + """
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
ex:desk a mkg:Project ; rdfs:label "Desk"@en ; mkg:fundedBy fund:AMIF ; mkg:implementedBy ex:ngo-a ;
    mkg:partner ex:ngo-b ; mkg:period ex:p2022 ; mkg:pursuesGoal ex:integration ; mkg:locatedIn ex:liege ;
    mkg:grant ex:grant-1 ; mkg:derivedFrom ex:doc-a .
ex:grant-1 a mkg:Grant ; mkg:grantFunder fund:AMIF ; mkg:grantFor ex:desk ; mkg:amount 1000.00 ;
    mkg:currency "EUR" .
ex:shelter a mkg:Project ; rdfs:label "Shelter"@en ; mkg:fundedBy fund:AMIF-2021-2027 ;
    mkg:implementedBy ex:ngo-b .
ex:border a mkg:Project ; rdfs:label "Border kit"@en ; mkg:fundedBy fund:BMVI ; mkg:implementedBy ex:ngo-b ;
    mkg:period ex:p2022 ; mkg:pursuesGoal ex:borders ; mkg:locatedIn ex:liege ; mkg:derivedFrom ex:doc-b .
ex:grant-2 a mkg:Grant ; mkg:grantFunder fund:BMVI ; mkg:grantFor ex:border ; mkg:amount 500 ;
    mkg:currency "EUR" .
ex:joint a mkg:Project ; rdfs:label "Joint"@en ; mkg:fundedBy fund:AMIF , fund:BMVI .
ex:p2022 a mkg:Period ; mkg:startYear "2022"^^xsd:gYear ; mkg:endYear "2024"^^xsd:gYear .
ex:integration a mkg:Goal ; skos:prefLabel "Integration"@en .
ex:borders a mkg:Goal ; skos:prefLabel "Borders"@en .
ex:liege a mkg:Place ; skos:prefLabel "Liège"@fr .
ex:ngo-a a mkg:NonGovernmentalOrganisation ; skos:prefLabel "Aide A"@fr , "Help A"@en ; mkg:acronym "HA" ;
    mkg:locatedIn ex:liege .
ex:ngo-b a mkg:NonGovernmentalOrganisation ; skos:prefLabel "Hulp B"@nl .
ex:doc-a a mkg:SourceDocument , mkg:NewsArticle ; <https://schema.org/url> <https://news.example.org/a> .
ex:doc-b a mkg:SourceDocument , mkg:NewsArticle ; <http://purl.org/dc/terms/title> "Borders weekly" .
ex:ev-1 a mkg:Evidence ; rdf:subject ex:desk ; rdf:predicate mkg:fundedBy ; rdf:object fund:AMIF ;
    mkg:confidence 0.4 ; mkg:sentence "AMIF pays for the desk." ; mkg:derivedFrom ex:doc-a .
ex:ev-2 a mkg:Evidence ; rdf:subject ex:border ; rdf:predicate mkg:implementedBy ; rdf:object ex:ngo-b ;
    mkg:confidence 0.7 ; mkg:sentence "Hulp B runs the border kit." ; mkg:derivedFrom ex:doc-b .
ex:ev-3 a mkg:Evidence ; rdf:subject ex:border ; rdf:predicate mkg:period ; rdf:object ex:p2022 ;
    mkg:confidence 0.6 ; mkg:sentence "The kit runs from 2022 to 2024." ; mkg:derivedFrom ex:doc-b .
ex:ev-4 a mkg:Evidence ; rdf:subject ex:border ; rdf:predicate mkg:fundedBy ; rdf:object fund:BMVI ;
    mkg:confidence 0.8 ; mkg:sentence "BMVI pays for the kit." ; mkg:derivedFrom ex:doc-b .
"""
)
LIST_B = (
    PREFIXES
    + """
ex:border mkg:implementedBy ex:ngo-b .
ex:joint a mkg:Project ; mkg:fundedBy fund:BMVI , ex:donor .
ex:donor a mkg:Funder ; <https://schema.org/name> "Good Donor" .
"""
)


@pytest.fixture
def two_funds(store: GraphStore, tmp_path: Path) -> GraphStore:
    for name, text in (("a", LIST_A), ("b", LIST_B)):
        path = tmp_path / f"{name}.ttl"
        path.write_text(text, encoding="utf-8")
        [result] = list(store.load_inputs([Input.from_path(path)]))
        assert not isinstance(result, Exception), result
    return store


def _as_dicts(g: nx.MultiDiGraph) -> tuple[dict, dict]:
    return dict(g.nodes(data=True)), {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)}


@pytest.mark.parametrize("documents", [False, True])
@pytest.mark.parametrize("fund", ["AMIF", "BMVI", "fund:AMIF-2021-2027", "good donor"])
def test_a_funds_part_read_alone_is_its_part_of_the_whole(two_funds: GraphStore, fund: str, documents: bool) -> None:
    whole = cut_network(build_network(two_funds, documents=documents), store=two_funds, fund=fund)
    alone = build_network(two_funds, documents=documents, fund=fund)
    assert _as_dicts(cut_network(alone, store=two_funds, fund=fund)) == _as_dicts(whole)
    assert whole.number_of_nodes() >= 4  # not two empty graphs
    assert page_data(cut_network(alone, store=two_funds, fund=fund), None) == page_data(whole, None)


def test_amif_alone_leaves_bmvi_out_and_keeps_what_is_shared_whole(two_funds: GraphStore) -> None:
    g = cut_network(build_network(two_funds, fund="AMIF"), store=two_funds, fund="AMIF")
    short = {n.removeprefix(EX).removeprefix(FUND) for n in g}
    # AMIF, its programme, its three projects, what is next to them (BMVI and the donor co-fund Joint).
    assert short == {
        "AMIF",
        "AMIF-2021-2027",
        "desk",
        "shelter",
        "joint",
        "ngo-a",
        "ngo-b",
        "p2022",
        "integration",
        "liege",
        "BMVI",
        "donor",
    }
    assert EX + "border" not in g and EX + "borders" not in g
    ngo_b = g.nodes[EX + "ngo-b"]
    # NGO B's facts from BMVI's side count: both lists state it runs Border kit, and its evidence is there.
    assert ngo_b["sources"] == 2
    assert [e["sentence"] for e in ngo_b["evidence"]] == ["Hulp B runs the border kit."]
    assert ngo_b["confidence"] == 0.7
    assert "The kit runs from 2022 to 2024." in [e["sentence"] for e in g.nodes[EX + "p2022"]["evidence"]]
    assert g.edges[FUND + "AMIF", EX + "desk", "funds"]["amount_eur"] == 1000.0
    assert g.edges[FUND + "AMIF", EX + "desk", "funds"]["confidence"] == 0.4


def test_bmvi_alone_reads_less_than_the_store(two_funds: GraphStore) -> None:
    whole = build_network(two_funds)
    alone = build_network(two_funds, fund="BMVI")
    # What only AMIF's side states is not read: Desk's goal, and NGO A, which runs Desk alone.
    for node in (EX + "integration", EX + "ngo-a"):
        assert node in whole and node not in alone
    assert alone.number_of_nodes() < whole.number_of_nodes()


def test_an_unknown_fund_is_an_error(two_funds: GraphStore) -> None:
    with pytest.raises(MigkgError, match=r"no .* node in the network"):
        cut_network(build_network(two_funds, fund="Nowhere Fund"), store=two_funds, fund="Nowhere Fund")
