"""The Document: what every text loader (plain text, HTML, JSON) hands to the extractor."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from migkg.ontology.vocab import MKG


@dataclass
class Document:
    """An article or page as text plus what is known of it. `raw` is the exact input the content
    hash is taken of (a file's bytes, or one JSON Lines record's bytes)."""

    text: str
    name: str  # the input's name, for messages: a path, "<stdin>", or "path:line" for a JSONL record
    raw: bytes
    url: str | None = None
    title: str | None = None
    date: str | None = None
    language: str | None = None  # ISO 639-1 code ("fr"), given by the input or detected
    publisher: str | None = None  # hostname or site name
    kind: URIRef = MKG.WebPage
