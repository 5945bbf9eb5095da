"""Fund authorities named in a text (texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import AMIF, extractor, facts, org, project
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


@pytest.mark.parametrize(
    ("text", "lang", "ministry"),
    [
        (
            "Le Ministère de la Cohésion a lancé avec l'Union européenne en mars 2019 le programme "
            "« Premiers Pas », cofinancé par le FAMI.",
            "fr",
            "Ministère de la Cohésion",
        ),
        (
            "Das Bundesministerium für Zusammenhalt hat heute gemeinsam mit dem AMIF einen Förderaufruf für "
            "Integrationsprojekte gestartet.",
            "de",
            "Bundesministerium für Zusammenhalt",
        ),
        (
            "Il progetto Ponte rientra tra i progetti FAMI promossi dal Ministero della Coesione per i piani "
            "regionali di integrazione.",
            "it",
            "Ministero della Coesione",
        ),
    ],
)
def test_a_ministry_that_launches_a_programme_or_a_call_is_its_authority(text: str, lang: str, ministry: str) -> None:
    """It launches what others run: the fund's authority, not the runner of a project of it."""
    ext = facts(text, lang)
    assert (AMIF, org(ministry)) in {(f, o) for f, o, _ in ext.authorities}
    assert not any(org(ministry) in p.implementers for p in ext.projects)


def test_an_organisation_that_launches_its_own_project_is_no_authority() -> None:
    """Only a ministry launching a programme or a call: an association launching its project runs it."""
    text = "L'association Ponts Solidaires a lancé en mars 2019 le projet « Premiers Pas », financé par le FAMI."
    ext = facts(text, "fr")
    assert ext.authorities == []
    assert org("Ponts Solidaires") in project(ext, "Premiers Pas").implementers


def test_a_launching_ministry_gets_neither_the_funds_money_nor_the_states_beside_it() -> None:
    """The model's pairs of the ministry with the fund, and with the state's budget that co-funds
    beside the fund, are screened out: it launched the programme, others get the money."""
    from migkg.loaders.extract.candidates import candidates
    from migkg.loaders.extract.model import NATIONAL

    text = (
        "Le Ministère de la Cohésion a lancé en mars 2019 le programme « Premiers Pas ». Ce programme est "
        "cofinancé par l'État et l'Union européenne, via le FAMI."
    )
    ex = extractor(text, "fr")
    ministry = org("Ministère de la Cohésion")
    mine = [c for c in candidates(ex) if c.org == ministry and c.funder in (AMIF, NATIONAL)]
    assert {c.funder for c in mine} == {AMIF, NATIONAL}
    assert ex._screened(mine) == []


@pytest.mark.parametrize(
    ("lang", "text", "manager"),
    [
        (
            "en",
            "The project has been awarded €210,000 from the EU's Asylum, Migration and Integration Fund (AMIF), "
            "which is administered in Ireland by the Northern Funds Office.",
            "Northern Funds Office",
        ),
        (
            "fr",
            "Le projet est cofinancé par le FAMI. Le FAMI est géré en France par l'Office des Fonds du Nord.",
            "Office des Fonds du Nord",
        ),
    ],
    ids=["en-which-is-administered", "fr-est-gere-par"],
)
def test_the_organisation_that_manages_a_fund_named_before_it_is_its_authority(
    lang: str, text: str, manager: str
) -> None:
    assert (AMIF, org(manager)) in {(f, o) for f, o, _ in facts(text, lang).authorities}


def test_the_spend_a_unit_manages_makes_it_no_authority() -> None:
    # "the AMIF spend managed by the EU Funds Unit": a noun between, the unit spends it
    text = "The total AMIF spend managed by the Northern Funds Unit is as follows: EUR 2 million in 2017."
    assert facts(text, "en").authorities == []
