"""SHACL validation of the store with pyshacl and the shapes shipped in `migkg/ontology/shapes.ttl`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from migkg.graph.store import GraphStore
from migkg.ontology.vocab import ONTOLOGY_GRAPH, curie


@dataclass(frozen=True)
class Violation:
    severity: str
    focus: str
    path: str
    message: str
    value: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: list[Violation]


@cache
def shapes_graph() -> Graph:
    return Graph().parse(
        data=resources.files("migkg.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8"),
        format="turtle",
    )


@cache
def ontology_graph() -> Graph:
    return Graph().parse(
        data=resources.files("migkg.ontology").joinpath("migkg.ttl").read_text(encoding="utf-8"),
        format="turtle",
    )


def store_data_graph(store: GraphStore) -> Graph:
    """The union of the store's graphs but the ontology, as an in-memory graph for pyshacl."""
    triples = store.ox.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + str(ONTOLOGY_GRAPH) + ">) }"
    )
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="ox-nt")


def validate_graph(data: Graph) -> ValidationReport:
    """Validate a graph against the shapes. The ontology is mixed in (`ont_graph`) so that its
    subclass axioms let an mkg:PublicAgency satisfy `sh:class mkg:Organisation`; no RDFS inference,
    which would type every node in a property's domain and report what the data never said."""
    conforms, report, _text = shacl_validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none", allow_warnings=True
    )
    violations = []
    for result in report.subjects(SH.resultSeverity, None):
        violations.append(
            Violation(
                severity=_short(report.value(result, SH.resultSeverity)).removeprefix("sh:"),
                focus=_short(report.value(result, SH.focusNode)),
                path=_short(report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage) or ""),
                value=_short(report.value(result, SH.value)),
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(conforms=bool(conforms), violations=violations)


def validate_store(store: GraphStore) -> ValidationReport:
    return validate_graph(store_data_graph(store))


def _short(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return curie(str(term))
    return str(term)
