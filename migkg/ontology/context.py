"""The JSON-LD `@context` of migkg's exports: the ontology's prefixes and one term per ontology class
and property, generated from `migkg.ttl` and shipped as `migkg/ontology/context.jsonld` (a test
checks the file against this generator: `python -m migkg.ontology.context > migkg/ontology/context.jsonld`).

Terms: each class by its local name (`"Project": "mkg:Project"`); each object property with `"@type":
"@id"` (its values are IRIs); each datatype property whose range is an XSD datatype other than
xsd:string with that datatype (so `"startYear": "2024"` is a gYear). The data prefixes of the exports
(`fund:`, `project:`, `organisation:`, ...) are in it too, except `period:` and `grant:`, whose names are
the terms of mkg:period and mkg:grant: those IRIs compact through `id:` (`id:period/2024-2025`).
"""

from __future__ import annotations

import json
import sys
from functools import cache
from importlib import resources
from typing import Any

from rdflib import URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from migkg.ontology.closure import ontology
from migkg.ontology.vocab import EXPORT_PREFIXES, ID_NS, ONTOLOGY_NS

CONTEXT_FILE = "context.jsonld"


def _curie(iri: str) -> str:
    for prefix in ("xsd", "mkg"):
        ns = EXPORT_PREFIXES[prefix]
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def build_context() -> dict[str, Any]:
    """The context as a dict: prefixes first (in export order), then the terms sorted by name."""
    g = ontology()
    terms: dict[str, Any] = {}
    for cls in g.subjects(RDF.type, OWL.Class):
        if isinstance(cls, URIRef) and str(cls).startswith(ONTOLOGY_NS):
            terms[str(cls)[len(ONTOLOGY_NS) :]] = _curie(str(cls))
    for prop in g.subjects(RDF.type, OWL.ObjectProperty):
        if isinstance(prop, URIRef) and str(prop).startswith(ONTOLOGY_NS):
            terms[str(prop)[len(ONTOLOGY_NS) :]] = {"@id": _curie(str(prop)), "@type": "@id"}
    for prop in g.subjects(RDF.type, OWL.DatatypeProperty):
        if isinstance(prop, URIRef) and str(prop).startswith(ONTOLOGY_NS):
            name = str(prop)[len(ONTOLOGY_NS) :]
            rng = g.value(prop, RDFS.range)
            if isinstance(rng, URIRef) and str(rng).startswith(str(XSD)) and rng != XSD.string:
                terms[name] = {"@id": _curie(str(prop)), "@type": _curie(str(rng))}
            else:
                terms[name] = _curie(str(prop))
    prefixes = {p: ns for p, ns in EXPORT_PREFIXES.items() if p not in terms}
    prefixes["id"] = ID_NS
    return {"@context": prefixes | dict(sorted(terms.items()))}


def context_text() -> str:
    return json.dumps(build_context(), ensure_ascii=False, indent=2) + "\n"


@cache
def shipped_context() -> dict[str, Any]:
    """The `@context` object of the shipped `context.jsonld` (package data; never fetched)."""
    text = resources.files("migkg.ontology").joinpath(CONTEXT_FILE).read_text(encoding="utf-8")
    return json.loads(text)["@context"]


if __name__ == "__main__":
    sys.stdout.write(context_text())
