"""The store's own copies of the ontology and reference data, and what an RDF input repeats of them.

A full export (Turtle, N-Triples, JSON-LD, TriG, N-Quads) holds the packaged graphs too. Loaded
again, their triples would land in the input's graph: IRI triples are then stated twice (the union
is a set, but `export --no-reference` would carry them), and the ontology's blank-node structures
(`rdfs:range [ owl:unionOf ( … ) ]`), whose blank nodes the parser renames, would be doubled in the
union. The rule: the packaged graphs belong to the store. From any input, quads naming a packaged
graph are skipped (`is_packaged_graph`), and in what is left, `repeated_quads` finds the triples a
packaged graph states already, blank-node structures included (compared by shape), to drop.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib.namespace import PROV

from migkg.ontology.vocab import MKG, ONTOLOGY_GRAPH, REFERENCE_GRAPH

_CONTENT_HASH = ox.NamedNode(str(MKG.contentHash))
_USED = ox.NamedNode(str(PROV.used))
PACKAGED_GRAPHS = (ox.NamedNode(str(ONTOLOGY_GRAPH)), ox.NamedNode(str(REFERENCE_GRAPH)))
FEW_GRAPHS = 8  # inputs with at most this many graphs are looked up graph by graph
MAX_SHAPE_DEPTH = 64  # deeper blank-node chains are not the packaged graphs' (their lists are short)


def is_packaged_graph(graph: Any) -> bool:
    return isinstance(graph, ox.NamedNode) and graph in PACKAGED_GRAPHS


def _shape(store: ox.Store, node: Any, graph: Any, depth: int = 0) -> str | None:
    """A canonical text of a blank node's description (its triples, blank objects described in
    turn), or None when it is too deep or loops. Packaged blank nodes form trees (lists,
    restrictions), for which equal texts mean equal structures."""
    if depth > MAX_SHAPE_DEPTH:
        return None
    parts = []
    for q in store.quads_for_pattern(node, None, None, graph):
        if isinstance(q.object, ox.BlankNode):
            inner = _shape(store, q.object, graph, depth + 1)
            if inner is None:
                return None
            parts.append(f"{q.predicate} [{inner}]")
        else:
            parts.append(f"{q.predicate} {q.object}")
    return " ; ".join(sorted(parts))


def _closure(store: ox.Store, node: Any, graph: Any, depth: int = 0) -> Iterator[ox.Quad]:
    """The quads describing a blank node and the blank nodes it leads to."""
    if depth > MAX_SHAPE_DEPTH:
        return
    for q in store.quads_for_pattern(node, None, None, graph):
        yield q
        if isinstance(q.object, ox.BlankNode):
            yield from _closure(store, q.object, graph, depth + 1)


@dataclass
class _Packaged:
    """What the packaged graphs state: IRI-only triples, and blank-node structures by anchor."""

    # IRI-only triples by subject: an input is asked once per subject (a few hundred), not once per
    # triple (thousands), which took 15% of the load of a list of operations.
    by_subject: dict[Any, set[tuple[Any, Any]]] = field(default_factory=dict)
    anchored: dict[tuple[Any, Any], set[str]] = field(default_factory=dict)  # (subject, predicate) -> shapes
    free: list[tuple[Any, Any, str]] = field(default_factory=list)  # unanchored: a (predicate, object) and shape
    sources: set[Any] = field(default_factory=set)  # the packaged graphs as sources, and their loads


_CACHE: dict[tuple[str, ...], _Packaged] = {}  # by the packaged graphs' content hashes: one entry


def _packaged(store: ox.Store) -> _Packaged:
    """What the packaged graphs state, read once per content (a load of many files asks each time)."""
    key = tuple(
        sorted(str(q.object) for g in PACKAGED_GRAPHS for q in store.quads_for_pattern(None, _CONTENT_HASH, None, g))
    )
    if key and key in _CACHE:
        return _CACHE[key]
    found = _read_packaged(store)
    if key:
        _CACHE.clear()
        _CACHE[key] = found
    return found


def _read_packaged(store: ox.Store) -> _Packaged:
    found = _Packaged()
    for graph in PACKAGED_GRAPHS:
        objects = set()
        for q in store.quads_for_pattern(None, None, None, graph):
            if isinstance(q.object, ox.BlankNode):
                objects.add(q.object)
        for q in store.quads_for_pattern(None, _CONTENT_HASH, None, graph):
            found.sources.add(q.subject)
            found.sources.update(u.subject for u in store.quads_for_pattern(None, _USED, q.subject, graph))
        for q in store.quads_for_pattern(None, None, None, graph):
            s, o = q.subject, q.object
            if not isinstance(s, ox.BlankNode) and not isinstance(o, ox.BlankNode):
                found.by_subject.setdefault(s, set()).add((q.predicate, o))
            elif not isinstance(s, ox.BlankNode):
                shape = _shape(store, o, graph)
                if shape is not None:
                    found.anchored.setdefault((s, q.predicate), set()).add(shape)
            elif s not in objects and not isinstance(o, ox.BlankNode):
                # A top-level blank node: found again in an input through one of its plain triples.
                shape = _shape(store, s, graph)
                if shape is not None and not any(f[2] == shape for f in found.free):
                    found.free.append((q.predicate, o, shape))
    return found


def drop_repeated(store: ox.Store, graphs: list[ox.NamedNode], *, in_union: bool) -> None:
    """Remove from `graphs` what the packaged graphs state already: their IRI triples, their
    descriptions of themselves as sources (hash, load time: the store's own, so another store's are
    out of date), and blank-node structures of the same shape hanging from the same subject and
    predicate (or, for a top-level blank node, of the same shape). With `in_union`, the union loses
    what no other graph states (the blank nodes the parser named for this input, out-of-date times).
    Every look-up starts from the (small) packaged graphs, so a large input costs no scan."""
    wanted = {g for g in graphs if not is_packaged_graph(g)}
    if not wanted:
        return
    packaged = _packaged(store)
    few = len(wanted) <= FEW_GRAPHS

    def quads(s: Any, p: Any, o: Any) -> Iterator[ox.Quad]:
        """The quads of `wanted` matching: looked up in each graph when there are few (a look-up
        across graphs walks the union's and every other source's copy too)."""
        if few:
            for g in wanted:
                yield from store.quads_for_pattern(s, p, o, g)
        else:
            yield from (q for q in store.quads_for_pattern(s, p, o, None) if q.graph_name in wanted)

    gone: list[ox.Quad] = []
    for subject, stated in packaged.by_subject.items():
        gone.extend(q for q in quads(subject, None, None) if (q.predicate, q.object) in stated)
    for s in packaged.sources:
        gone.extend(quads(s, None, None))
    for (s, p), shapes in packaged.anchored.items():
        for q in quads(s, p, None):
            blank_object = q.graph_name in wanted and isinstance(q.object, ox.BlankNode)
            if blank_object and _shape(store, q.object, q.graph_name) in shapes:
                gone.append(q)
                gone.extend(_closure(store, q.object, q.graph_name))
    seen = set()
    for p, o, shape in packaged.free:
        for q in quads(None, p, o):
            b, g = q.subject, q.graph_name
            if g not in wanted or not isinstance(b, ox.BlankNode) or (b, g) in seen:
                continue
            if _shape(store, b, g) == shape and next(iter(store.quads_for_pattern(None, None, b, g)), None) is None:
                seen.add((b, g))
                gone.extend(_closure(store, b, g))
    default = ox.DefaultGraph()
    for q in dict.fromkeys(gone):
        store.remove(q)
        if in_union and not any(
            other.graph_name != default for other in store.quads_for_pattern(q.subject, q.predicate, q.object, None)
        ):
            store.remove(ox.Quad(q.subject, q.predicate, q.object, default))
