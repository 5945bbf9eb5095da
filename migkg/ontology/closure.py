"""What the graph states explicitly so that plain SPARQL finds it without RDFS reasoning:

- **types**: every node typed with an ontology class is also typed with that class's superclasses
  *within the ontology* (a mkg:NonGovernmentalOrganisation is also a mkg:Organisation), derived from
  the `rdfs:subClassOf` axioms of `migkg.ttl`, never listed by hand. Superclasses from other
  vocabularies (schema.org, FRAPO, EURIO) are only written by `export --profile schema`.
- **labels**, one convention for every named entity: a `skos:prefLabel` per language (at most one each)
  and exactly one `rdfs:label`, its display name. The reference data's `rdfs:label` is its English
  preferred label; an extracted name (a project, a new organisation) is a plain literal in both,
  since a name found in a French text is not thereby French ("Crésam asbl", "REPAIR").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from migkg.ontology.vocab import ONTOLOGY_NS

# Bumped when what `materialise` adds changes, so stores refresh their reference graph.
CLOSURE_VERSION = "closure-1"


def ontology_bytes() -> bytes:
    return resources.files("migkg.ontology").joinpath("migkg.ttl").read_bytes()


@cache
def ontology() -> Graph:
    return Graph().parse(data=ontology_bytes(), format="turtle")


@cache
def superclasses() -> dict[URIRef, tuple[URIRef, ...]]:
    """Each ontology class -> its ontology superclasses, transitively, sorted (itself excluded)."""
    g = ontology()
    direct: dict[URIRef, set[URIRef]] = {}
    for sub, sup in g.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef) and str(sup).startswith(ONTOLOGY_NS):
            direct.setdefault(sub, set()).add(sup)
    out: dict[URIRef, tuple[URIRef, ...]] = {}
    for cls in direct:
        seen: set[URIRef] = set()
        todo = list(direct[cls])
        while todo:
            c = todo.pop()
            if c not in seen and c != cls:
                seen.add(c)
                todo.extend(direct.get(c, ()))
        out[cls] = tuple(sorted(seen))
    return out


def types_of(cls: URIRef) -> tuple[URIRef, ...]:
    """`cls` and its ontology superclasses."""
    return (cls, *superclasses().get(cls, ()))


def type_closure(triples: Iterable[tuple[Node, Node, Node]]) -> list[tuple[Node, Node, Node]]:
    """The superclass types the triples imply and do not state."""
    supers = superclasses()
    stated = {(s, o) for s, p, o in triples if p == RDF.type}
    out = []
    for s, o in sorted(stated):
        for sup in supers.get(o, ()):  # type: ignore[call-overload]
            if (s, sup) not in stated:
                out.append((s, RDF.type, sup))
    return list(dict.fromkeys(out))


def display_label(labels: Iterable[Literal]) -> Literal | None:
    """The `rdfs:label` for an entity with these preferred labels: the English one, else a plain one,
    else the first by language tag and text."""
    labels = sorted(labels, key=lambda lit: (lit.language or "", str(lit)))
    for lit in labels:
        if lit.language and lit.language.lower().split("-")[0] == "en":
            return lit
    for lit in labels:
        if not lit.language:
            return lit
    return labels[0] if labels else None


def materialise(graph: Graph) -> Graph:
    """Add the type closure and the one `rdfs:label` per named entity to `graph` (in place)."""
    for t in type_closure(graph):
        graph.add(t)
    for s in set(graph.subjects(SKOS.prefLabel)):
        if (s, RDFS.label, None) in graph:
            continue
        label = display_label(o for o in graph.objects(s, SKOS.prefLabel) if isinstance(o, Literal))
        if label is not None:
            graph.add((s, RDFS.label, label))
    return graph


# Vocabularies `export --profile schema` writes the aligned types and properties of.
PROFILE_NAMESPACES = {
    "schema": ("https://schema.org/", "http://purl.org/cerif/frapo/", "http://data.europa.eu/s66#"),
}


def _aligned(term: URIRef, namespaces: tuple[str, ...], axioms: tuple[URIRef, ...]) -> set[URIRef]:
    g = ontology()
    out: set[URIRef] = set()
    for axiom in axioms:
        for target in g.objects(term, axiom):
            if isinstance(target, URIRef) and str(target).startswith(namespaces):
                out.add(target)
        if axiom in (RDFS.subClassOf, RDFS.subPropertyOf):
            continue
        for source in g.subjects(axiom, term):  # owl:equivalent* is symmetric
            if isinstance(source, URIRef) and str(source).startswith(namespaces):
                out.add(source)
    return out


@cache
def alignments(profile: str) -> tuple[tuple[tuple[URIRef, URIRef], ...], tuple[tuple[URIRef, URIRef], ...]]:
    """For `profile`: (ontology class, aligned class) and (ontology property, aligned property) pairs,
    from the ontology's rdfs:subClassOf / rdfs:subPropertyOf / owl:equivalentClass /
    owl:equivalentProperty axioms, through the ontology's own superclasses and super-properties."""
    from rdflib.namespace import OWL

    namespaces = PROFILE_NAMESPACES[profile]
    g = ontology()
    classes, properties = [], []
    for cls in sorted(set(g.subjects(RDF.type, OWL.Class))):
        if isinstance(cls, URIRef) and str(cls).startswith(ONTOLOGY_NS):
            for c in types_of(cls):
                for target in _aligned(c, namespaces, (RDFS.subClassOf, OWL.equivalentClass)):
                    classes.append((cls, target))
    prop_types = (OWL.ObjectProperty, OWL.DatatypeProperty)
    props = sorted({p for t in prop_types for p in g.subjects(RDF.type, t) if isinstance(p, URIRef)})
    for prop in props:
        if not str(prop).startswith(ONTOLOGY_NS):
            continue
        seen, todo = set(), [prop]
        while todo:  # the property and its ontology super-properties
            p = todo.pop()
            if p in seen:
                continue
            seen.add(p)
            todo.extend(sup for sup in g.objects(p, RDFS.subPropertyOf) if str(sup).startswith(ONTOLOGY_NS))
        for p in sorted(seen):
            for target in _aligned(p, namespaces, (RDFS.subPropertyOf, OWL.equivalentProperty)):
                properties.append((prop, target))
    return tuple(sorted(set(classes))), tuple(sorted(set(properties)))
