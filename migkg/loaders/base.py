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
from pathlib import Path
from typing import Any, ClassVar, Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SDO, XSD
from rdflib.term import Node

from migkg.ontology import closure, iris
from migkg.ontology.vocab import ID, MKG

SOFTWARE_AGENT = ID["agent/migkg"]


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
        m = self.metadata
        g = Graph()
        for cls in dict.fromkeys((MKG.SourceDocument, *closure.types_of(m.kind))):
            g.add((self.iri, RDF.type, cls))
        g.add((self.iri, RDF.type, PROV.Entity))
        g.add((self.iri, DCTERMS.identifier, Literal(Path(m.name).name if m.name else str(self.iri))))
        g.add((self.iri, MKG.contentHash, Literal(m.content_hash)))
        if m.url:
            g.add((self.iri, SDO.url, URIRef(m.url)))
        if m.title:
            g.add((self.iri, DCTERMS.title, Literal(m.title)))
        if m.publisher:
            g.add((self.iri, DCTERMS.publisher, Literal(m.publisher)))
        if m.date:
            g.add((self.iri, DCTERMS.date, Literal(m.date)))
        if m.language:
            g.add((self.iri, DCTERMS.language, Literal(m.language)))
        stamp = Literal(loaded_at.isoformat(timespec="seconds"), datatype=XSD.dateTime)
        g.add((self.iri, MKG.loadedAt, stamp))
        g.add((self.iri, MKG.loaderVersion, Literal(m.loader_version)))
        activity = URIRef(f"{self.iri}/load")
        g.add((activity, RDF.type, MKG.Load))
        g.add((activity, RDF.type, PROV.Activity))
        g.add((activity, PROV.used, self.iri))
        g.add((activity, PROV.endedAtTime, stamp))
        g.add((activity, PROV.wasAssociatedWith, SOFTWARE_AGENT))
        return g


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
