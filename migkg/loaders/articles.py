"""From a Document to a Source: metadata, the document's text, and the extracted facts."""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import SDO

from migkg.loaders.base import Source, SourceMetadata
from migkg.loaders.document import Document
from migkg.ontology import iris

# Markup left in text that was scraped as text ("<p>...</p>"): it glues words to tags for the tokenizer.
_STRAY_TAG = re.compile(
    r"</?(?:p|br|div|span|b|i|u|em|strong|a|li|ul|ol|h[1-6]|font|small|sup|sub)\b[^<>]{0,200}>", re.I
)


def clean_text(text: str) -> str:
    """The text facts are read from (and evidence offsets refer to): stray HTML tags become spaces."""
    return _STRAY_TAG.sub(" ", text)


def document_source(doc: Document, loader_version: str, path_key: str | None = None) -> Source:
    """A Source for one document. Its identity is the document's URL, else `path_key` (a file's
    absolute URI, so a new version of the file replaces the old), else its content."""
    from migkg.loaders.extract.pipeline import extract_triples  # heavy: imported on first use

    doc.text = clean_text(doc.text)

    meta = SourceMetadata(
        kind=doc.kind,
        name=doc.name,
        content_hash=iris.content_hash(doc.raw),
        loader_version=loader_version,
        url=doc.url,
        title=doc.title,
        publisher=doc.publisher,
        date=doc.date,
        language=doc.language,
    )
    iri = iris.source_iri(doc.url or path_key, meta.content_hash)
    source = Source(iri=iri, graph=iris.source_graph(iri), metadata=meta)
    facts = extract_triples(doc, iri)
    # The text itself, so evidence offsets can be checked against what was read.
    facts.append((iri, SDO.text, Literal(doc.text)))
    source.facts = facts
    return source
