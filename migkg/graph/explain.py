"""`explain`: the facts about an entity, each with the sentence and source that support it."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal, URIRef

from migkg.errors import MigkgError
from migkg.graph.store import GraphStore
from migkg.queries.catalog import get_query
from migkg.queries.results import term_text


@dataclass(frozen=True)
class ExplainedFact:
    subject: str
    property: str
    value: str
    sentence: str
    start: int | None
    end: int | None
    confidence: str
    source: str


def resolve(store: GraphStore, name_or_iri: str) -> list[URIRef]:
    """The entities `name_or_iri` designates: the IRI itself, or every entity with that label."""
    text = name_or_iri.strip()
    if text.startswith(("http://", "https://", "urn:")):
        return [URIRef(text.strip("<>"))]
    query = get_query("entities-named")
    rows = store.query(query.text, {"name": Literal(text)})
    return list(dict.fromkeys(URIRef(term_text(row["entity"])) for row in rows))


def explain(store: GraphStore, name_or_iri: str) -> dict[URIRef, list[ExplainedFact]]:
    """The evidenced facts about each entity the name designates; `MigkgError` if there is none."""
    entities = resolve(store, name_or_iri)
    if not entities:
        raise MigkgError(f"no entity is named {name_or_iri!r} (try `migkg query entities-named --param name=...`)")
    query = get_query("evidence")
    out: dict[URIRef, list[ExplainedFact]] = {}
    for entity in entities:
        facts = []
        for row in store.query(query.text, {"entity": entity}):
            start, end = term_text(row["start_offset"]), term_text(row["end_offset"])
            facts.append(
                ExplainedFact(
                    subject=term_text(row["subject"]),
                    property=term_text(row["property"]),
                    value=term_text(row["value"]),
                    sentence=" ".join(term_text(row["sentence"]).split()),
                    start=int(start) if start else None,
                    end=int(end) if end else None,
                    confidence=term_text(row["confidence"]),
                    source=term_text(row["source"]),
                )
            )
        out[entity] = facts
    return out
