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
