"""What the loader tests share: sample articles written for them (fictional projects, real funds) and a
way to read back the text a source stored."""

from __future__ import annotations

from rdflib.namespace import SDO

NL = (
    "Het project Brug wordt gefinancierd door het AMIF en geleid door de vzw Voorbeeld in Gent. "
    "Nieuwkomers krijgen er taallessen en hulp bij het zoeken naar werk."
)
EN = (
    "The Harbour project, funded by the Asylum, Migration and Integration Fund, is run by the "
    "Example Foundation in Cork. It offers legal advice to newly arrived families."
)
DE = (
    "Das Projekt Brücke wird vom AMIF gefördert und vom Verein Beispiel in Köln umgesetzt. "
    "Geflüchtete Jugendliche erhalten dort Unterstützung beim Übergang in die Ausbildung."
)


def stored_text(source) -> str:
    """The document text a source carries (schema:text of the source node)."""
    return next(str(o) for s, p, o in source.facts if s == source.iri and p == SDO.text)
