"""Compacted JSON-LD: one node object per subject, keys and values written with the shipped
`@context` (`migkg/ontology/context.jsonld`), which is embedded in the document so that reading it
back never fetches anything. Deterministic: nodes sorted by their `@id`, keys and values sorted.

Values use a term's coercion when they fit it (an IRI under an `"@type": "@id"` term, a gYear
under `startYear`) and an explicit value or node object otherwise, so every triple round-trips.
Literals stay strings (never JSON numbers), which keeps their lexical form exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, BinaryIO

import pyoxigraph as ox

from migkg.ontology.context import shipped_context

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class _Compactor:
    def __init__(self, context: dict[str, Any]) -> None:
        self.context = context
        prefixes = [(k, v) for k, v in context.items() if isinstance(v, str) and v.endswith(("/", "#"))]
        # Longest namespace first, so `organisation:x` wins over `id:org/x`.
        self.prefixes = sorted(prefixes, key=lambda kv: (-len(kv[1]), kv[0]))
        self.terms: dict[str, tuple[str, str | None]] = {}  # property IRI -> (term, coercion IRI or @id)
        self.classes: dict[str, str] = {}
        for term, definition in context.items():
            if isinstance(definition, dict):
                coercion = definition.get("@type")
                self.terms[self.expand(definition["@id"])] = (
                    term,
                    coercion if coercion == "@id" else self.expand(coercion) if coercion else None,
                )
            elif isinstance(definition, str) and not definition.endswith(("/", "#")):
                iri = self.expand(definition)
                (self.classes if term[:1].isupper() else self.terms).__setitem__(
                    iri, term if term[:1].isupper() else (term, None)
                )

    def expand(self, curie: str) -> str:
        prefix, sep, local = curie.partition(":")
        value = self.context.get(prefix)
        if sep and isinstance(value, str) and not local.startswith("//"):
            return value + local
        return curie

    def iri(self, iri: str) -> str:
        for prefix, ns in self.prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return iri

    def node_id(self, term: Any) -> str:
        return f"_:{term.value}" if isinstance(term, ox.BlankNode) else self.iri(term.value)

    def key(self, predicate: str) -> tuple[str, str | None]:
        return self.terms.get(predicate, (self.iri(predicate), None))

    def value(self, obj: Any, coercion: str | None) -> Any:
        if isinstance(obj, (ox.NamedNode, ox.BlankNode)):
            ident = self.node_id(obj)
            return ident if coercion == "@id" else {"@id": ident}
        if obj.language:
            return {"@language": obj.language, "@value": obj.value}
        datatype = obj.datatype.value
        if coercion is not None and coercion != "@id" and datatype == coercion:
            return obj.value
        if datatype == XSD_STRING:
            return obj.value if coercion is None else {"@value": obj.value}
        return {"@type": self.iri(datatype), "@value": obj.value}

    def type_name(self, obj: Any) -> str:
        return self.classes.get(obj.value) or self.node_id(obj)


def _sort_key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def node_objects(triples: Iterable[Any], context: dict[str, Any]) -> list[dict[str, Any]]:
    """One node object per subject of `triples` (pyoxigraph triples), sorted."""
    c = _Compactor(context)
    nodes: dict[str, dict[str, list[Any]]] = {}
    for t in triples:
        node = nodes.setdefault(c.node_id(t.subject), {})
        if t.predicate.value == RDF_TYPE and not isinstance(t.object, ox.Literal):
            node.setdefault("@type", []).append(c.type_name(t.object))
            continue
        key, coercion = c.key(t.predicate.value)
        node.setdefault(key, []).append(c.value(t.object, coercion))
    out = []
    for ident in sorted(nodes, key=lambda i: (i.startswith("_:"), i)):
        obj: dict[str, Any] = {"@id": ident}
        props = nodes[ident]
        for key in sorted(props, key=lambda k: (k != "@type", k)):
            values = sorted({_sort_key(v): v for v in props[key]}.items())
            obj[key] = values[0][1] if len(values) == 1 else [v for _, v in values]
        out.append(obj)
    return out


def write_jsonld(triples: Iterable[Any], output: BinaryIO) -> None:
    """Write `triples` as one compacted JSON-LD document with the shipped context embedded."""
    context = shipped_context()
    document = {"@context": context, "@graph": node_objects(triples, context)}
    text = json.dumps(document, ensure_ascii=False, indent=1)
    output.write(text.encode("utf-8") + b"\n")
