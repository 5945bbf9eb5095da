"""Extracted facts as RDF, in the migkg ontology: projects, grants, organisations, periods and
aggregate statements, and for every fact an mkg:Evidence node (a reified statement) with the
supporting sentence, its character offsets, a confidence and the extractor's version."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from migkg.loaders.document import Document
from migkg.loaders.extract.model import EXTRACTOR_VERSION, Evidence, Extraction
from migkg.ontology import closure, iris
from migkg.ontology.labels import acronym_of
from migkg.ontology.vocab import MKG


class _Triples(list):
    """A list of triples with rdflib's `Graph.add` spelling: building an rdflib Graph per article
    costs more than the extraction itself, and the store only needs the triples."""

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self.append(triple)


class FactWriter:
    def __init__(self, doc: Document, source: URIRef, lang: str | None) -> None:
        self.g = _Triples()
        self.doc = doc
        self.source = source
        self.lang = lang

    def fact(self, s: URIRef, p: URIRef, o: URIRef | Literal, ev: Evidence | None) -> None:
        """Add a triple and, with evidence, its reified description."""
        self.g.add((s, p, o))
        if ev is None:
            return
        node = iris.hashed_iri("evidence", str(self.source), str(s), str(p), str(o))
        g = self.g
        g.add((node, RDF.type, MKG.Evidence))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        g.add((node, MKG.evidenceOf, s))
        g.add((node, MKG.sentence, Literal(self.doc.text[ev.start : ev.end])))
        g.add((node, MKG.startOffset, Literal(ev.start)))
        g.add((node, MKG.endOffset, Literal(ev.end)))
        g.add((node, MKG.confidence, Literal(Decimal(str(round(ev.confidence, 2))), datatype=XSD.decimal)))
        g.add((node, MKG.extractorVersion, Literal(EXTRACTOR_VERSION)))
        g.add((node, MKG.derivedFrom, self.source))  # a sub-property of prov:wasDerivedFrom

    def year(self, value: int) -> Literal:
        return Literal(f"{value:04d}", datatype=XSD.gYear)


def to_graph(result: Extraction, doc: Document, source: URIRef) -> Graph:
    """The facts as an rdflib Graph (for callers that want one; the loaders use `to_triples`)."""
    g = Graph()
    for t in to_triples(result, doc, source):
        g.add(t)
    return g


def to_triples(result: Extraction, doc: Document, source: URIRef) -> list[tuple[Node, Node, Node]]:
    w = FactWriter(doc, source, result.lang)
    g = w.g
    # Names are plain literals: a name found in a French text is not thereby French ("Crésam asbl",
    # "REPAIR"); the document's language is on the source (dcterms:language). Types include the
    # ontology superclasses (migkg.ontology.closure).
    for org in result.new_orgs.values():
        node = URIRef(org.iri)
        for cls in closure.types_of(org.cls):
            g.add((node, RDF.type, cls))
        g.add((node, SKOS.prefLabel, Literal(org.name)))
        g.add((node, RDFS.label, Literal(org.name)))
        g.add((node, MKG.derivedFrom, source))
    for p in result.projects:
        node = iris.project_iri(p.label, p.code)
        g.add((node, RDF.type, MKG.Project))
        w.fact(node, RDFS.label, Literal(p.label), p.evidence)
        g.add((node, SKOS.prefLabel, Literal(p.label)))
        if p.code:
            g.add((node, MKG.projectCode, Literal(p.code)))
        acronym = acronym_of(p.label)
        if acronym and acronym != p.code:
            g.add((node, MKG.acronym, Literal(acronym)))
        g.add((node, MKG.derivedFrom, source))
        for f, ev in p.funders.items():
            w.fact(node, MKG.fundedBy, URIRef(f), ev)
        for o, ev in p.implementers.items():
            w.fact(node, MKG.implementedBy, URIRef(o), ev)
        for o, ev in p.partners.items():
            w.fact(node, MKG.partner, URIRef(o), ev)
        for goal, ev in p.goals.items():
            w.fact(node, MKG.pursuesGoal, URIRef(goal), ev)
        for place, ev in p.places.items():
            w.fact(node, MKG.locatedIn, URIRef(place), ev)
        if p.start_year is not None:
            w.fact(node, MKG.startYear, w.year(p.start_year), p.years_evidence)
        if p.end_year is not None:
            w.fact(node, MKG.endYear, w.year(p.end_year), p.years_evidence)
        if p.start_year is not None or p.end_year is not None:
            period = iris.period_iri(p.start_year, p.end_year)
            g.add((period, RDF.type, MKG.Period))
            if p.start_year is not None:
                g.add((period, MKG.startYear, w.year(p.start_year)))
            if p.end_year is not None:
                g.add((period, MKG.endYear, w.year(p.end_year)))
            g.add((node, MKG.period, period))
        amounts = dict(p.amounts)
        total = amounts.pop(None, None)
        if total is not None and not amounts and len(p.funders) == 1:
            amounts[next(iter(p.funders))] = total  # one funder: the amount is its grant
        for funder, (value, currency, ev) in amounts.items():
            grant = iris.hashed_iri("grant", str(source), str(node), str(funder))
            g.add((grant, RDF.type, MKG.Grant))
            g.add((grant, MKG.grantFunder, URIRef(funder)))
            g.add((grant, MKG.grantFor, node))
            w.fact(grant, MKG.amount, Literal(value, datatype=XSD.decimal), ev)
            g.add((grant, MKG.currency, Literal(currency)))
            g.add((grant, MKG.derivedFrom, source))
            g.add((node, MKG.grant, grant))
    for k, a in enumerate(result.aggregates):
        node = iris.hashed_iri("aggregate", str(source), str(a.evidence.start), str(k))
        g.add((node, RDF.type, MKG.AggregateFunding))
        for f in a.funders:
            w.fact(node, MKG.aggregateFunder, URIRef(f), a.evidence)
        w.fact(node, MKG.projectCount, Literal(a.count), a.evidence)
        if a.amount is not None:
            g.add((node, MKG.amount, Literal(a.amount.value, datatype=XSD.decimal)))
            g.add((node, MKG.currency, Literal(a.amount.currency)))
        if a.place:
            g.add((node, MKG.locatedIn, URIRef(a.place)))
        if a.start_year is not None:
            g.add((node, MKG.startYear, w.year(a.start_year)))
        if a.end_year is not None:
            g.add((node, MKG.endYear, w.year(a.end_year)))
        g.add((node, MKG.derivedFrom, source))
    return list(dict.fromkeys(g))  # a set of triples, in a stable order
