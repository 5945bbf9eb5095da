"""`explain`: the facts about an entity, each with the sentence and source that support it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal, URIRef

from migkg.errors import MigkgError
from migkg.graph.store import GraphStore
from migkg.ontology.vocab import ID_PREFIXES, QUERY_PREFIXES
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


_PREFIXED = re.compile(r"^(?P<prefix>[A-Za-z][\w.-]*):(?P<local>[^\s/<>\"]\S*)$")


def expand(store: GraphStore, text: str) -> list[URIRef] | None:
    """The IRIs a prefixed name (`project:...`, `organisation:...`, `fund:AMIF`, `mkg:...`, with the
    prefixes of `migkg.ontology.vocab.QUERY_PREFIXES`) stands for, or None if `text` is not one.
    `org:` is W3C ORG's prefix; as a convenience `org:fedasil` also tries the organisation of that slug."""
    m = _PREFIXED.match(text)
    if not m or m.group("prefix") not in QUERY_PREFIXES:
        return None
    prefix, local = m.group("prefix"), m.group("local")
    candidates = [URIRef(QUERY_PREFIXES[prefix] + local)]
    if prefix == "org":
        candidates.append(URIRef(ID_PREFIXES["organisation"] + local))
    return [iri for iri in candidates if _exists(store, iri)] or candidates[:1]


def _exists(store: GraphStore, iri: URIRef) -> bool:
    return bool(store.query("ASK { { ?iri ?p ?o } UNION { ?s ?p ?iri } }", {"iri": iri}))


def resolve(store: GraphStore, name_or_iri: str) -> list[URIRef]:
    """The entities `name_or_iri` designates: the IRI itself (`<...>`, absolute, or prefixed), or every
    entity with that label, alternative label, acronym or code."""
    text = name_or_iri.strip()
    if text.startswith("<") and text.endswith(">"):
        return [URIRef(text[1:-1])]
    if text.startswith(("http://", "https://", "urn:")):
        return [URIRef(text)]
    expanded = expand(store, text)
    if expanded is not None:
        return expanded
    query = get_query("entities-named")
    rows = store.query(query.text, {"name": Literal(text)})
    return list(dict.fromkeys(URIRef(term_text(row["entity"])) for row in rows))


def explain(store: GraphStore, name_or_iri: str, lang: str | None = None) -> dict[URIRef, list[ExplainedFact]]:
    """The evidenced facts about each entity the name designates, labelled in `lang` (default English,
    else the source's language, else any); `MigkgError` if there is none."""
    entities = resolve(store, name_or_iri)
    if not entities:
        raise MigkgError(f"no entity is named {name_or_iri!r} (try `migkg query entities-named --param name=...`)")
    query = get_query("evidence").with_lang(lang)
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
