"""RDF files, loaded as they are. Oxigraph parses them inside the store (the bulk path), so a large
file never passes through rdflib's Python parser."""

from __future__ import annotations

from typing import ClassVar

from migkg.loaders.base import Input, Source, SourceMetadata
from migkg.loaders.shards import is_shard, read_shard
from migkg.ontology import iris
from migkg.ontology.vocab import MKG

# Suffix -> pyoxigraph RdfFormat attribute name.
FORMATS: dict[str, str] = {
    ".ttl": "TURTLE",
    ".turtle": "TURTLE",
    ".nt": "N_TRIPLES",
    ".nq": "N_QUADS",
    ".trig": "TRIG",
    ".jsonld": "JSON_LD",
    ".rdf": "RDF_XML",
    ".owl": "RDF_XML",
    ".n3": "N3",
}
DATASET_FORMATS = {"N_QUADS", "TRIG", "JSON_LD"}


class RDFLoader:
    name: ClassVar[str] = "rdf"
    suffixes: ClassVar[tuple[str, ...]] = tuple(FORMATS)
    version: ClassVar[str] = "0.1.0"

    def sniff(self, inp: Input) -> bool:
        head = inp.data[:2048].lstrip()
        return is_shard(head) or head.startswith(
            (b"@prefix", b"PREFIX", b"prefix", b"@base", b"<http", b"<rdf:RDF", b"<?xml")
        )

    def load(self, inp: Input) -> list[Source]:
        rdf_format = FORMATS.get(inp.suffix) or _sniffed_format(inp.data)
        if rdf_format == "N_QUADS" and is_shard(inp.data):
            return read_shard(inp)  # the source graphs `migkg extract` wrote, each as it was
        meta = SourceMetadata(
            kind=MKG.RDFDocument,
            name=inp.name,
            content_hash=iris.content_hash(inp.data),
            loader_version=f"migkg.loaders.rdf {self.version}",
        )
        source = Source.create(inp, meta)
        source.rdf_format = rdf_format
        if inp.path is not None:
            source.rdf_file = inp.path
        else:
            source.rdf_data = inp.data
        return [source]


def _sniffed_format(data: bytes) -> str:
    head = data[:2048].lstrip()
    if is_shard(data):
        return "N_QUADS"
    if head.startswith((b"<rdf:RDF", b"<?xml")):
        return "RDF_XML"
    return "TURTLE"  # N-Triples is a subset of Turtle
