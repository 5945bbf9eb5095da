"""A small graph for the view tests: two funded projects, evidence with a web source, and hostile
strings where documents put text (labels, sentences, a javascript: source URL)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from migkg.graph.network import build_network
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(1)</script>"
EX = "https://example.org/"

# Desk: funded by AMIF, run by NGO A (evidence 0.9, from a web page); Shelter: funded by the city, run
# by NGO B, whose label is hostile (evidence 0.3, from a document whose URL is javascript:). A third
# project's label is the closing-script string. Desk is in 2022-2024 (a period node), Shelter in 2026-2027.
SAMPLE = f"""\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <https://schema.org/> .
@prefix fund: <https://w3id.org/migkg/id/fund/> .
@prefix ex: <https://example.org/> .

ex:desk a mkg:Project ; rdfs:label "Welcome desk"@en ; mkg:fundedBy fund:AMIF ; mkg:implementedBy ex:ngo-a ;
    mkg:startYear "2022"^^xsd:gYear ; mkg:endYear "2024"^^xsd:gYear ; mkg:grant ex:grant-1 ; mkg:period ex:p2022 .
ex:p2022 a mkg:Period ; mkg:startYear "2022"^^xsd:gYear ; mkg:endYear "2024"^^xsd:gYear .
ex:grant-1 a mkg:Grant ; mkg:grantFunder fund:AMIF ; mkg:grantFor ex:desk ; mkg:amount 150000 ; mkg:currency "EUR" .
ex:shelter a mkg:Project ; rdfs:label "Night shelter"@en ; mkg:fundedBy ex:city ; mkg:implementedBy ex:ngo-b ;
    mkg:startYear "2026"^^xsd:gYear ; mkg:endYear "2027"^^xsd:gYear .
ex:odd a mkg:Project ; rdfs:label "{SCRIPT}"@en ; mkg:fundedBy ex:city .
ex:city a mkg:LocalAuthority ; skos:prefLabel "Ville de Test"@fr .
ex:ngo-a a mkg:NonGovernmentalOrganisation ; skos:prefLabel "Help A"@en ; mkg:acronym "HLPA" .
ex:ngo-b a mkg:NonGovernmentalOrganisation ; skos:prefLabel "{IMG}"@en .
ex:web a mkg:SourceDocument , mkg:WebPage ; schema:url <https://news.example.org/desk> ; schema:name "Desk news" .
ex:bad a mkg:SourceDocument , mkg:WebPage ; schema:url <javascript:alert(1)> .
ex:ev-1 a mkg:Evidence ; rdf:subject ex:desk ; rdf:predicate mkg:implementedBy ; rdf:object ex:ngo-a ;
    mkg:confidence 0.9 ; mkg:sentence "Help A runs the welcome desk with AMIF money." ; mkg:derivedFrom ex:web .
ex:ev-2 a mkg:Evidence ; rdf:subject ex:shelter ; rdf:predicate mkg:implementedBy ; rdf:object ex:ngo-b ;
    mkg:confidence 0.3 ; mkg:sentence "{IMG} runs the shelter. {SCRIPT}" ; mkg:derivedFrom ex:bad .
"""


def sample_store(tmp_path: Path) -> GraphStore:
    path = tmp_path / "sample.ttl"
    path.write_text(SAMPLE, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    [result] = list(store.load_inputs([Input.from_path(path)]))
    assert not isinstance(result, Exception), result
    return store


def sample_graph(tmp_path: Path) -> tuple[GraphStore, nx.MultiDiGraph]:
    store = sample_store(tmp_path)
    return store, build_network(store)
