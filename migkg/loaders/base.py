"""What every loader produces: a `Source`, the unit the store adds or replaces atomically.

Loaders are pure: an input in, a Source out; they never touch the store. A Source carries either
an rdflib graph of facts (text loaders) or a reference to an RDF file that the store parses with
Oxigraph itself (the bulk path), plus the source's metadata triples; or, read from a shard that
`migkg extract` wrote, its whole graph as N-Quads, metadata included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SDO, XSD
from rdflib.term import Node

from migkg.ontology import closure, iris
from migkg.ontology.vocab import ID, MKG

SOFTWARE_AGENT = ID["agent/migkg"]
# The metadata's terms, looked up once (a namespace's attribute costs a call each time).
_TYPE, _ENTITY, _ACTIVITY, _USED = RDF.type, PROV.Entity, PROV.Activity, PROV.used
_ENDED_AT, _ASSOCIATED_WITH = PROV.endedAtTime, PROV.wasAssociatedWith
_IDENTIFIER, _TITLE, _PUBLISHER, _DATE, _LANGUAGE = (
    DCTERMS.identifier,
    DCTERMS.title,
    DCTERMS.publisher,
    DCTERMS.date,
    DCTERMS.language,
)
_URL, _CONTENT_HASH, _LOADED_AT, _LOADER_VERSION, _LOAD = (
    SDO.url,
    MKG.contentHash,
    MKG.loadedAt,
    MKG.loaderVersion,
    MKG.Load,
)


@cache
def _source_types(kind: URIRef) -> tuple[URIRef, ...]:
    """The classes a source of `kind` is stated to be in."""
    return (*dict.fromkeys((MKG.SourceDocument, *closure.types_of(kind))), _ENTITY)


@dataclass(frozen=True)
class Input:
    """One thing to load: its bytes and what we know of where they came from."""

    name: str  # a file path, or "<stdin>"
    data: bytes
    path: Path | None = None  # None for stdin
    # What the user asked of the loader (`migkg load --columns ...`); loaders read the keys they know.
    options: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def suffix(self) -> str:
        return (self.path.suffix if self.path else Path(self.name).suffix).lower()

    @classmethod
    def from_path(cls, path: Path, options: Mapping[str, Any] | None = None) -> Input:
        return cls(name=str(path), data=path.read_bytes(), path=path, options=dict(options or {}))


@dataclass
class SourceMetadata:
    """What is recorded about a source document in its graph."""

    kind: URIRef  # a subclass of mkg:SourceDocument
    name: str
    content_hash: str
    loader_version: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    date: str | None = None  # ISO date or year, as the document gives it
    language: str | None = None


@dataclass
class Source:
    """A loaded source: its identity, metadata, and facts (a graph, or an RDF file to bulk-parse)."""

    iri: URIRef
    graph: URIRef
    metadata: SourceMetadata
    # Any iterable of triples; or N-Triples bytes, as a worker process sends them (migkg.loaders.read).
    facts: Graph | list[tuple[Node, Node, Node]] | bytes = field(default_factory=Graph)
    rdf_file: Path | None = None  # bulk path: parsed by Oxigraph into the source graph
    rdf_data: bytes | None = None  # same, from memory (stdin)
    rdf_format: str | None = None  # an oxigraph RdfFormat name, e.g. "TURTLE"
    # The whole graph as N-Quads, metadata included (a block of a shard, see migkg.loaders.shards):
    # written as it is, with no metadata added.
    nquads: bytes | None = None

    @classmethod
    def create(cls, inp: Input, metadata: SourceMetadata) -> Source:
        """Identity: the document's URL when it has one, else the file's absolute path, else its content."""
        key = metadata.url or (inp.path.resolve().as_uri() if inp.path else None)
        iri = iris.source_iri(key, metadata.content_hash)
        return cls(iri=iri, graph=iris.source_graph(iri), metadata=metadata)

    def metadata_graph(self, loaded_at: dt.datetime) -> Graph:
        """The PROV-O description of the source and of the load that read it."""
        g = Graph()
        for triple in self.metadata_triples(loaded_at):
            g.add(triple)
        return g

    def metadata_triples(self, loaded_at: dt.datetime) -> list[tuple[Node, Node, Node]]:
        """`metadata_graph`'s triples, each once, as a list: what the store writes as text, where an
        rdflib Graph's indexes cost more than the rest of the writing of a source's metadata."""
        m, iri = self.metadata, self.iri
        out: list[tuple[Node, Node, Node]] = [(iri, _TYPE, cls) for cls in _source_types(m.kind)]
        out.append((iri, _IDENTIFIER, Literal(Path(m.name).name if m.name else str(iri))))
        out.append((iri, _CONTENT_HASH, Literal(m.content_hash)))
        if m.url:
            out.append((iri, _URL, URIRef(m.url)))
        if m.title:
            out.append((iri, _TITLE, Literal(m.title)))
        if m.publisher:
            out.append((iri, _PUBLISHER, Literal(m.publisher)))
        if m.date:
            out.append((iri, _DATE, Literal(m.date)))
        if m.language:
            out.append((iri, _LANGUAGE, Literal(m.language)))
        stamp = Literal(loaded_at.isoformat(timespec="seconds"), datatype=XSD.dateTime)
        out.append((iri, _LOADED_AT, stamp))
        out.append((iri, _LOADER_VERSION, Literal(m.loader_version)))
        activity = URIRef(f"{iri}/load")
        out += [
            (activity, _TYPE, _LOAD),
            (activity, _TYPE, _ACTIVITY),
            (activity, _USED, iri),
            (activity, _ENDED_AT, stamp),
            (activity, _ASSOCIATED_WITH, SOFTWARE_AGENT),
        ]
        return list(dict.fromkeys(out))


class Loader(Protocol):
    """A loader: says which inputs it takes and turns one into a Source. Registered by entry point."""

    name: ClassVar[str]
    suffixes: ClassVar[tuple[str, ...]]
    version: ClassVar[str]

    def sniff(self, inp: Input) -> bool:
        """Whether this loader can read an input whose suffix says nothing (stdin)."""
        ...

    def load(self, inp: Input) -> list[Source]:
        """Read the input into its sources (one for a file; one per record for a JSON Lines batch).
        Raise `migkg.errors.InputError` naming the input (and the line) when any part cannot be
        read: an input loads whole or not at all."""
        ...
