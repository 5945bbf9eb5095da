"""The ontology (migkg.ttl), its SHACL shapes (shapes.ttl) and its generated reference (docs/ontology.md)
agree with each other and with the closed namespace `MKG` in vocab.py."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from migkg.ontology.docs import ontology_markdown
from migkg.ontology.vocab import MKG, ONTOLOGY_NS, OWL, RDF, RDFS, SKOS

REPO = Path(__file__).resolve().parents[2]
TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}


def _packaged(name: str) -> Graph:
    text = resources.files("migkg.ontology").joinpath(name).read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return _packaged("migkg.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return _packaged("shapes.ttl")


def _languages(graph: Graph, term: URIRef, predicate: URIRef) -> set[str]:
    return {obj.language for obj in graph.objects(term, predicate) if isinstance(obj, Literal) and obj.language}


# --- (a) + (b) + (c): the ontology and MKG --------------------------------------------------------


def test_ontology_parses_and_has_header(ontology: Graph) -> None:
    header = URIRef("https://w3id.org/migkg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert str(ontology.value(header, OWL.versionInfo)) == "0.1.0"


@pytest.mark.parametrize("name", sorted(MKG.__annotations__))
def test_every_declared_term_is_defined(ontology: Graph, name: str) -> None:
    term = URIRef(ONTOLOGY_NS + name)
    types = set(ontology.objects(term, RDF.type)) & TERM_TYPES
    assert len(types) == 1, f"mkg:{name} needs exactly one of owl:Class/ObjectProperty/DatatypeProperty"
    assert {"en", "fr", "nl"} <= _languages(ontology, term, RDFS.label), f"mkg:{name} labels"
    assert {"en", "fr"} <= _languages(ontology, term, SKOS.definition), f"mkg:{name} definitions"
    assert (term, RDFS.isDefinedBy, URIRef("https://w3id.org/migkg/ontology")) in ontology


def test_no_undeclared_mkg_terms(ontology: Graph, shapes: Graph) -> None:
    """Every mkg: IRI the ontology or the shapes mention (in any position) is declared in MKG."""
    declared = {ONTOLOGY_NS + name for name in MKG.__annotations__}
    used = {
        str(node)
        for graph in (ontology, shapes)
        for triple in graph
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(ONTOLOGY_NS)
    }
    assert used - declared == set()
    subjects = {str(s) for s in ontology.subjects() if str(s).startswith(ONTOLOGY_NS)}
    assert subjects == declared


# --- (d): the shapes ---------------------------------------------------------------------------------

# Fixtures use the subclasses loaders produce (mkg:Fund, mkg:NonGovernmentalOrganisation), not the
# classes the shapes name (mkg:Funder, mkg:Organisation). They validate because the ontology is passed
# as ont_graph: pyshacl copies its rdfs:subClassOf axioms into the data graph, and SHACL's
# sh:targetClass / sh:class follow rdf:type/rdfs:subClassOf*. No inference is run (inference="none"),
# which keeps rdfs:domain from typing nodes behind the loaders' back. This is how migkg validates.

PREFIXES = """
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@base <https://w3id.org/migkg/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""

HASH = "a" * 64

VALID = f"""
<fund/AMIF> a mkg:Fund ; skos:prefLabel "Asylum, Migration and Integration Fund"@en ; mkg:code "AMIF" .
<org/caritas> a mkg:NonGovernmentalOrganisation ;
    skos:prefLabel "Caritas International"@en , "Caritas International"@fr .
<project/p1> a mkg:Project ;
    rdfs:label "Welcome desk for newcomers"@en ;
    mkg:fundedBy <fund/AMIF> ;
    mkg:implementedBy <org/caritas> ;
    mkg:startYear "2021"^^xsd:gYear ; mkg:endYear "2023"^^xsd:gYear ;
    mkg:grant <grant/g1> .
<grant/g1> a mkg:Grant ;
    mkg:grantFunder <fund/AMIF> ; mkg:grantFor <project/p1> ;
    mkg:amount "1500.50"^^xsd:decimal ; mkg:currency <http://publications.europa.eu/resource/authority/currency/EUR> .
<source/s1> a mkg:NewsArticle ;
    mkg:contentHash "{HASH}" ;
    schema:url <https://example.org/news/1> ;
    dcterms:language <http://publications.europa.eu/resource/authority/language/ENG> ;
    mkg:loadedAt "2025-01-01T12:00:00Z"^^xsd:dateTime .
<evidence/e1> a mkg:Evidence ;
    rdf:subject <project/p1> ; rdf:predicate mkg:fundedBy ; rdf:object <fund/AMIF> ;
    mkg:evidenceOf <project/p1> ;
    mkg:sentence "The welcome desk is funded by AMIF." ;
    mkg:startOffset 120 ; mkg:endOffset 155 ;
    mkg:confidence "0.9"^^xsd:decimal ;
    mkg:extractorVersion "migkg.loaders.extract 0.1.0" ;
    mkg:derivedFrom <source/s1> .
"""


def _validate(data_ttl: str, ontology: Graph, shapes: Graph) -> tuple[bool, Graph]:
    data = Graph().parse(data=PREFIXES + data_ttl, format="turtle")
    conforms, report, _ = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    return conforms, report


def _focus_nodes(report: Graph) -> set[URIRef]:
    return {node for node in report.objects(None, SH.focusNode) if isinstance(node, URIRef)}


def test_shapes_graph_is_shacl(shapes: Graph) -> None:
    assert set(shapes.subjects(RDF.type, SH.NodeShape))
    for shape in shapes.subjects(RDF.type, SH.PropertyShape):
        assert shapes.value(shape, SH.message) is not None, f"{shape} has no sh:message"


def test_valid_graph_conforms(ontology: Graph, shapes: Graph) -> None:
    conforms, report = _validate(VALID, ontology, shapes)
    assert conforms, report.serialize(format="turtle")


def test_shapes_pass_shacl_shacl(ontology: Graph, shapes: Graph) -> None:
    """meta_shacl validates the shapes graph itself against the SHACL-for-SHACL shapes first."""
    data = Graph().parse(data=PREFIXES + VALID, format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=ontology, meta_shacl=True)
    assert conforms, text


BROKEN = {
    "grant with two funders": (
        VALID.replace("currency/EUR> .", "currency/EUR> ; mkg:grantFunder <org/caritas> ."),
        "grant/g1",
        "exactly one funder",
    ),
    "evidence with confidence 1.5": (
        VALID.replace('"0.9"^^xsd:decimal', '"1.5"^^xsd:decimal'),
        "evidence/e1",
        "between 0 and 1",
    ),
    "project with no label": (
        VALID.replace('rdfs:label "Welcome desk for newcomers"@en ;', ""),
        "project/p1",
        "needs a label",
    ),
    "source with a bad hash": (
        VALID.replace(f'"{HASH}"', '"xyz"'),
        "source/s1",
        "SHA-256",
    ),
    "start year after end year": (
        VALID.replace('"2021"^^xsd:gYear', '"2024"^^xsd:gYear'),
        "project/p1",
        "start year comes after",
    ),
    "grant for a non-project": (
        VALID.replace("mkg:grantFor <project/p1>", "mkg:grantFor <org/caritas>"),
        "grant/g1",
        "must be a project",
    ),
    "currency as a string": (
        VALID.replace("<http://publications.europa.eu/resource/authority/currency/EUR>", '"EUR"'),
        "grant/g1",
        "EU Vocabularies currency table",
    ),
    "total cost without a currency": (
        VALID.replace(
            "mkg:grant <grant/g1> .",
            "mkg:grant <grant/g1> ; mkg:totalCost <amount/t1> .\n"
            "<amount/t1> a mkg:MonetaryAmount ; mkg:amount 636000 .",
        ),
        "amount/t1",
        "needs its currency",
    ),
    "organisation with two English names": (
        VALID.replace('"Caritas International"@fr', '"Caritas"@en'),
        "org/caritas",
        "same language",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_is_reported(ontology: Graph, shapes: Graph, case: str) -> None:
    data_ttl, focus, message = BROKEN[case]
    assert data_ttl != VALID, "the fixture edit did not apply"
    conforms, report = _validate(data_ttl, ontology, shapes)
    assert not conforms
    assert _focus_nodes(report) == {URIRef(f"https://w3id.org/migkg/id/{focus}")}
    messages = " ".join(str(m) for m in report.objects(None, SH.resultMessage))
    assert message in messages


# --- (e): the generated reference ------------------------------------------------------------------


def test_docs_are_up_to_date() -> None:
    expected = ontology_markdown()
    actual = (REPO / "docs" / "ontology.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/ontology.md is stale: run `python -m migkg.ontology.docs > docs/ontology.md`"


def test_docs_list_every_term() -> None:
    markdown = ontology_markdown()
    for name in MKG.__annotations__:
        assert f"| `mkg:{name}` |" in markdown


def test_readme_ontology_reference_is_up_to_date() -> None:
    from migkg.ontology.docs import update_readme

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme == update_readme(readme), "README is stale: run `python -m migkg.ontology.docs --readme`"


def test_inverses_are_declared_only_for_pairs_the_graph_stores(ontology: Graph) -> None:
    # fundedBy and implementedBy are stored one way only, so no mkg:funds / mkg:implements is declared;
    # mkg:grant and mkg:grantFor are both written for every grant (see test_declared_inverses_are_stored).
    pairs = {(s, o) for s, o in ontology.subject_objects(OWL.inverseOf)}
    assert pairs == {(MKG.grant, MKG.grantFor), (MKG.grantFor, MKG.grant)}
    assert (URIRef(ONTOLOGY_NS + "funds"), None, None) not in ontology
    assert (URIRef(ONTOLOGY_NS + "implements"), None, None) not in ontology


def test_jsonld_context_is_up_to_date() -> None:
    from migkg.ontology.context import context_text

    shipped = resources.files("migkg.ontology").joinpath("context.jsonld").read_text(encoding="utf-8")
    assert shipped == context_text(), "run: python -m migkg.ontology.context > migkg/ontology/context.jsonld"
