"""Fund authorities named in a text (texts written for these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, facts, org
from rdflib import URIRef

from migkg.loaders.document import Document
from migkg.loaders.extract.pipeline import extract
from migkg.ontology.vocab import MKG

ITALIAN_INTERIOR = "https://w3id.org/migkg/id/org/italian-ministry-of-the-interior"


def test_the_organisation_named_with_the_role_is_the_funds_authority_en() -> None:
    text = "The Northern Funds Office, the Responsible Authority for AMIF, selected four new projects."
    [(fund, authority, _)] = facts(text, "en").authorities
    assert (fund, authority) == (AMIF, org("Northern Funds Office"))


def test_authority_it() -> None:
    [(fund, authority, _)] = facts("Il Ministero dell'Interno è l'Autorità Responsabile del FAMI.", "it").authorities
    assert (fund, authority) == (AMIF, ITALIAN_INTERIOR)


def test_no_role_no_authority() -> None:
    text = "The Northern Funds Office selected four new projects funded by AMIF."
    assert facts(text, "en").authorities == []


def test_authority_is_written_as_funding_authority_with_evidence() -> None:
    text = "The Northern Funds Office, the Responsible Authority for AMIF, selected four new projects."
    doc = Document(text=text, name="t.txt", raw=text.encode(), language="en")
    g = extract(doc, URIRef("urn:test:source"))
    assert (URIRef(AMIF), MKG.fundingAuthority, URIRef(org("Northern Funds Office"))) in g
