"""Portable SPARQL: every named query gives the same rows in Oxigraph (the store) and in rdflib on
the exported TriG (a `Dataset` whose default graph is the union of the named graphs)."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from rdflib import BNode, Dataset, Literal, URIRef

from migkg.graph.export import export
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.ontology.vocab import QUERY_PREFIXES
from migkg.queries.catalog import bind_params, get_query, list_queries
from migkg.queries.results import term_text

# rdflib's Dataset warns about its own deprecated internals on every query.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

# Two sources: a hand-written graph (an NGO with French and Dutch names only, a programme as
# funder, an aggregate) and an article (extracted facts with evidence, in French).
GRAPH_TTL = """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix fund: <https://w3id.org/migkg/id/fund/> .
@prefix org: <https://w3id.org/migkg/id/org/> .
@prefix place: <https://w3id.org/migkg/id/place/> .
@prefix ex: <https://example.org/> .
ex:doc a mkg:SourceDocument ; dcterms:language "nl" .
ex:p1 a mkg:Project ; rdfs:label "Onthaal" ; mkg:fundedBy fund:AMIF-2021-2027 , ex:city ;
    mkg:implementedBy ex:vzw , org:immigration-office ; mkg:partner org:federal-migration-centre ;
    mkg:startYear "2023"^^xsd:gYear ; mkg:endYear "2025"^^xsd:gYear ; mkg:grant ex:gr .
ex:gr a mkg:Grant ; mkg:grantFunder fund:AMIF-2021-2027 ; mkg:grantFor ex:p1 ; mkg:amount 1000.5 ; mkg:currency "EUR" .
ex:p2 a mkg:Project ; rdfs:label "Terugkeer" ; mkg:fundedBy fund:BMVI ; mkg:startYear "2020"^^xsd:gYear ;
    mkg:endYear "2022"^^xsd:gYear .
ex:p3 a mkg:Project ; rdfs:label "Open" ; mkg:fundedBy fund:ISF ; mkg:startYear "2024"^^xsd:gYear .
ex:city a mkg:LocalAuthority , mkg:Organisation ; skos:prefLabel "Ville de Test"@fr ; rdfs:label "Ville de Test"@fr .
ex:vzw a mkg:NonGovernmentalOrganisation , mkg:Organisation ; skos:prefLabel "Accueil asbl"@fr , "Onthaal vzw"@nl .
ex:p1 mkg:pursuesGoal <https://w3id.org/migkg/id/goal/reception> ;
    mkg:locatedIn <http://publications.europa.eu/resource/authority/country/BEL> .
ex:cont a mkg:Continuation , mkg:AggregateFunding ; mkg:aggregateFunder fund:AMIF ; mkg:startYear "2026"^^xsd:gYear ;
    mkg:endYear "2027"^^xsd:gYear ; mkg:pursuesGoal <https://w3id.org/migkg/id/goal/legal-migration> .
ex:agg a mkg:AggregateFunding ; mkg:aggregateFunder fund:AMIF ; mkg:projectCount 22 ; mkg:amount 24000000 ;
    mkg:currency "EUR" ; mkg:locatedIn place:wallonia ; mkg:startYear "2021"^^xsd:gYear .
"""

ARTICLE = (
    "LANG: fr\n---\n"
    "Le projet REPAIR (Reunification Pathways for Integration), financé par le FAMI, est mené par Fedasil "
    "entre 2023 et 2025. Le projet TREMPLIN, cofinancé par le FAMI, est mené par la Croix-Rouge.\n"
)

# Parameters for the queries that take them.
PARAMS = {
    "projects-of": {"org": "organisation:immigration-office"},
    "evidence": {"entity": "fund:AMIF"},
    "entities-named": {"name": "REPAIR"},
    "projects-active-in": {"year": "2024"},
    "who-funded-what": {"min_confidence": "0.5"},
    "projects-of-fund": {"fund": "fund:AMIF"},
    "projects-ending-in": {"year": "2025"},
    "continues-into": {"year": "2024"},
    "funders-of": {"org": "organisation:immigration-office"},
    "partners-of": {"org": "organisation:immigration-office"},
    "names-of": {"entity": "organisation:federal-agency-for-the-reception-of-asylum-seekers"},
    "sources-of": {"entity": "fund:AMIF"},
    "sources-loaded-since": {"since": "2000-01-01"},
    "low-confidence": {"below": "0.9"},
}
LANGS = ("en", "fr")


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> tuple[GraphStore, Dataset]:
    tmp = tmp_path_factory.mktemp("portable")
    (tmp / "graph.ttl").write_text(GRAPH_TTL, encoding="utf-8")
    (tmp / "article.txt").write_text(ARTICLE, encoding="utf-8")
    store = GraphStore(tmp / "store")
    results = list(store.load_inputs([Input.from_path(tmp / "graph.ttl"), Input.from_path(tmp / "article.txt")]))
    assert all(not isinstance(r, Exception) for r in results), results
    buf = io.BytesIO()
    export(store, "trig", buf)
    dataset = Dataset(default_union=True)
    dataset.parse(data=buf.getvalue(), format="trig")
    yield store, dataset
    store.close()


def _text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, (URIRef, Literal)):
        return str(term)
    return term_text(term)


def _oxigraph_rows(store: GraphStore, text: str, bindings: dict) -> tuple[list[str], Counter]:
    result = store.query(text, bindings)
    columns = [v.value for v in result.variables]
    return columns, Counter(tuple(_text(row[c]) for c in columns) for row in result)


def _rdflib_rows(dataset: Dataset, text: str, bindings: dict) -> tuple[list[str], Counter]:
    result = dataset.query(text, initNs=QUERY_PREFIXES, initBindings=bindings)
    columns = [str(v) for v in result.vars]
    return columns, Counter(tuple(_text(row[c]) for c in columns) for row in result)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_named_query_gives_the_same_rows_in_oxigraph_and_rdflib(
    engines: tuple[GraphStore, Dataset], name: str, lang: str
) -> None:
    store, dataset = engines
    query = get_query(name).with_lang(lang)
    query, bindings = query.with_values(bind_params(query, PARAMS.get(name, {})))
    ox_columns, ox_rows = _oxigraph_rows(store, query.text, bindings)
    rdflib_columns, rdflib_rows = _rdflib_rows(dataset, query.text, bindings)
    assert ox_columns == rdflib_columns
    assert ox_rows, f"{name}: the fixture should give rows"
    assert ox_rows == rdflib_rows, (
        f"only Oxigraph: {sorted(ox_rows - rdflib_rows)}\nonly rdflib: {sorted(rdflib_rows - ox_rows)}"
    )


def test_every_named_query_is_covered() -> None:
    takes_params = {q.name for q in list_queries() if q.params}
    assert takes_params == set(PARAMS)


def test_year_filter_on_exported_turtle_works_in_rdflib(engines: tuple[GraphStore, Dataset]) -> None:
    # The 2024 filter that returned 0 rows in rdflib: "Onthaal" (2023-2025) and "Open" (from 2024)
    # cover 2024; "Terugkeer" (2020-2022) does not.
    _, dataset = engines
    query = get_query("projects-active-in")
    bindings = bind_params(query, {"year": "2024"})
    _, rows = _rdflib_rows(dataset, query.text, bindings)
    projects = {row[1] for row in rows}
    assert {"Onthaal", "Open"} <= projects
    assert "Terugkeer" not in projects


def test_projects_active_in_takes_a_gyear_too(engines: tuple[GraphStore, Dataset]) -> None:
    store, _ = engines
    query = get_query("projects-active-in")
    _, as_number = _oxigraph_rows(store, query.text, bind_params(query, {"year": "2024"}))
    _, as_gyear = _oxigraph_rows(store, query.text, bind_params(query, {"year": '"2024"^^xsd:gYear'}))
    assert {r[1:] for r in as_number} == {r[1:] for r in as_gyear}
