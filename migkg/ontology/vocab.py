"""Namespaces: the migkg ontology and the standard vocabularies it reuses.

`MKG` is a closed namespace: every term used in code must be declared here and defined in
`migkg.ttl` (a test checks both directions), so a typo fails loudly instead of minting a new term.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
)

ONTOLOGY_NS = "https://w3id.org/migkg/ontology#"
ID_NS = "https://w3id.org/migkg/id/"
GRAPH_NS = "https://w3id.org/migkg/graph/"


class MKG(DefinedNamespace):
    """The migkg ontology (https://w3id.org/migkg/ontology#)."""

    _NS = Namespace(ONTOLOGY_NS)
    _fail = True

    # Classes: who gives money
    Funder: URIRef
    Fund: URIRef
    FundingProgramme: URIRef
    NationalBudget: URIRef
    # Classes: organisations
    Organisation: URIRef
    PublicAgency: URIRef
    NonGovernmentalOrganisation: URIRef
    InternationalOrganisation: URIRef
    EUBody: URIRef
    LocalAuthority: URIRef
    # Classes: what is funded
    Project: URIRef
    Grant: URIRef
    AggregateFunding: URIRef
    FundingCycle: URIRef
    Continuation: URIRef
    # Classes: when, why, where
    Period: URIRef
    ProgrammingPeriod: URIRef
    Goal: URIRef
    Place: URIRef
    Country: URIRef
    # Classes: sources and evidence
    SourceDocument: URIRef
    NewsArticle: URIRef
    WebPage: URIRef
    PressRelease: URIRef
    ListOfOperations: URIRef
    RDFDocument: URIRef
    ReferenceData: URIRef
    Load: URIRef
    Evidence: URIRef
    MonetaryAmount: URIRef

    # Object properties
    fundedBy: URIRef
    implementedBy: URIRef
    partner: URIRef
    fundingAuthority: URIRef
    grant: URIRef
    grantFunder: URIRef
    grantFor: URIRef
    period: URIRef
    pursuesGoal: URIRef
    inCycle: URIRef
    continues: URIRef
    locatedIn: URIRef
    country: URIRef
    derivedFrom: URIRef
    programmeOf: URIRef
    programmingPeriod: URIRef
    succeededBy: URIRef
    aggregateFunder: URIRef
    evidenceOf: URIRef
    totalCost: URIRef
    euContribution: URIRef
    nationalContribution: URIRef
    ownContribution: URIRef

    # Datatype properties
    code: URIRef
    projectCode: URIRef
    acronym: URIRef
    nameInSource: URIRef
    amount: URIRef
    currency: URIRef
    startYear: URIRef
    endYear: URIRef
    projectCount: URIRef
    cofinancingRate: URIRef
    openEnded: URIRef
    contentHash: URIRef
    loadedAt: URIRef
    loaderVersion: URIRef
    tripleCount: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sourceLine: URIRef
    confidence: URIRef
    extractorVersion: URIRef


EURIO = Namespace("http://data.europa.eu/s66#")
FRAPO = Namespace("http://purl.org/cerif/frapo/")
EU_PROGRAMME = Namespace("http://publications.europa.eu/resource/authority/eu-programme/")
EU_COUNTRY = Namespace("http://publications.europa.eu/resource/authority/country/")
EU_CURRENCY = Namespace("http://publications.europa.eu/resource/authority/currency/")

# Where data lives.
ID = Namespace(ID_NS)
GRAPH = Namespace(GRAPH_NS)
REFERENCE_GRAPH = URIRef(GRAPH_NS + "reference")
ONTOLOGY_GRAPH = URIRef(GRAPH_NS + "ontology")

# Prefixes written by every export and bound in every query; order is the output order.
PREFIXES: dict[str, str] = {
    "mkg": ONTOLOGY_NS,
    "id": ID_NS,
    "mkgg": GRAPH_NS,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "schema": str(SDO),
    "org": str(ORG),
    "foaf": str(FOAF),
    "time": str(TIME),
    "sh": str(SH),
    "eurio": str(EURIO),
    "frapo": str(FRAPO),
    "euprog": str(EU_PROGRAMME),
    "eucountry": str(EU_COUNTRY),
    "eucurrency": str(EU_CURRENCY),
}

# One prefix per kind of data IRI, so exports read `fund:AMIF`, not `id:fund\/AMIF`.
ID_KINDS = (
    "agent",
    "aggregate",
    "amount",
    "evidence",
    "fund",
    "goal",
    "grant",
    "instant",
    "period",
    "place",
    "project",
    "source",
)
ID_PREFIXES: dict[str, str] = {kind: f"{ID_NS}{kind}/" for kind in ID_KINDS} | {"organisation": f"{ID_NS}org/"}

# What exports write: the vocabularies and the per-kind data prefixes.
EXPORT_PREFIXES: dict[str, str] = {k: v for k, v in PREFIXES.items() if k != "id"} | ID_PREFIXES
# What queries may use: all of the above, and `id:` too.
QUERY_PREFIXES: dict[str, str] = PREFIXES | ID_PREFIXES


def curie(iri: str) -> str:
    """`prefix:local` for an IRI under one of our prefixes, else the IRI itself."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and ns != ID_NS:
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


__all__ = [
    "DCTERMS",
    "EURIO",
    "EU_COUNTRY",
    "EU_CURRENCY",
    "EU_PROGRAMME",
    "EXPORT_PREFIXES",
    "FOAF",
    "FRAPO",
    "GRAPH",
    "ID",
    "ID_PREFIXES",
    "MKG",
    "ONTOLOGY_GRAPH",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "QUERY_PREFIXES",
    "RDF",
    "RDFS",
    "REFERENCE_GRAPH",
    "SDO",
    "SKOS",
    "TIME",
    "XSD",
    "curie",
]
