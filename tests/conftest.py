"""Shared fixtures: a fresh on-disk store per test, and small Turtle inputs written here."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from migkg.graph.store import GraphStore

SHARED_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

PREFIXES = """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix fund: <https://w3id.org/migkg/id/fund/> .
@prefix ex: <https://example.org/> .
"""

# One project, funded by AMIF (with an amount) and by a city (without), run by two NGOs.
WELCOME_DESK = (
    PREFIXES
    + """
ex:welcome a mkg:Project ; rdfs:label "Welcome desk"@en ;
    mkg:fundedBy fund:AMIF , ex:city ;
    mkg:implementedBy ex:ngo-a , ex:ngo-b ;
    mkg:startYear "2022"^^xsd:gYear ; mkg:endYear "2024"^^xsd:gYear ;
    mkg:grant ex:grant-1 .
ex:grant-1 a mkg:Grant ; mkg:grantFunder fund:AMIF ; mkg:grantFor ex:welcome ;
    mkg:amount 150000.50 ; mkg:currency <http://publications.europa.eu/resource/authority/currency/EUR> .
ex:city a mkg:LocalAuthority ; skos:prefLabel "Ville de Test"@fr .
ex:ngo-a a mkg:NonGovernmentalOrganisation ; skos:prefLabel "Aide A"@fr , "Help A"@en .
ex:ngo-b a mkg:NonGovernmentalOrganisation ; skos:prefLabel "Hulp B"@nl .
"""
)


@pytest.fixture
def store(tmp_path: Path) -> GraphStore:
    s = GraphStore(tmp_path / "store")
    yield s
    s.close()


@pytest.fixture
def welcome_ttl(tmp_path: Path) -> Path:
    path = tmp_path / "welcome.ttl"
    path.write_text(WELCOME_DESK, encoding="utf-8")
    return path


def dump_quads(store: GraphStore) -> set[str]:
    """Every quad of a store as N-Quads lines: equal sets mean an unchanged store."""
    data = store.ox.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")
    return set(data.splitlines())
