"""Organisations named with their own share of a project's money (payers.py): they fund the project
they run (texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import FUND, extractor, facts, org, project

from migkg.loaders.extract.payers import own_share_payers

ISF = FUND + "ISF"


@pytest.mark.parametrize(
    ("lang", "text", "payer"),
    [
        (
            "de",
            "Das Projekt Lichtblick wird aus dem Fonds für die Innere Sicherheit (ISF) gefördert.\n\n"
            "Volumen: 1 Mio. € (75 % EU, 25 % Landesamt für Grenzschutz Nordmark)\n",
            "Landesamt für Grenzschutz Nordmark",
        ),
        (
            "en",
            "The SafeGate project of the Coastal Border Directorate (CBD) is funded by the Internal "
            "Security Fund.\n\nCBD contribution – 150 000 EUR.\n",
            "Coastal Border Directorate",
        ),
        (
            "fr",
            "Le projet Passage est financé par le Fonds pour la sécurité intérieure (FSI).\n\n"
            "La contribution de la Direction régionale des douanes de Valmont s'élève à 40 000 euros.\n",
            "Direction régionale des douanes de Valmont",
        ),
    ],
    ids=["share-before-the-name", "acronym-then-contribution", "contribution-of-the-name"],
)
def test_organisation_named_with_its_own_share_of_the_money_is_a_payer(lang, text, payer) -> None:
    assert set(own_share_payers(extractor(text, lang).ctx)) == {org(payer)}


def test_a_payer_funds_and_runs_the_one_funded_project_of_the_page() -> None:
    text = (
        "Das Projekt Lichtblick wird aus dem Fonds für die Innere Sicherheit (ISF) gefördert.\n\n"
        "Volumen: 1 Mio. € (75 % EU, 25 % Landesamt für Grenzschutz Nordmark)\n"
    )
    p = project(facts(text, "de"), "Lichtblick")
    payer = org("Landesamt für Grenzschutz Nordmark")
    assert payer in p.implementers
    assert {ISF, payer} <= set(p.funders)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The Union's share is the fund's money, whoever passes it on.
        ("en", "The Harbour project is funded by the AMIF. European Commission contribution – 90 000 EUR.\n"),
        # One percentage does not split the money into shares: a head count, not a payer.
        ("en", "The Harbour project is funded by the AMIF. 10 % Riverton City Council staff took part.\n"),
        # A contribution with no amount or share is not money.
        ("en", "The Harbour project is funded by the AMIF. The Riverton City Council contribution was praised.\n"),
    ],
    ids=["eu-body", "one-percentage", "no-amount"],
)
def test_no_payer_without_an_own_share_of_the_money(lang, text) -> None:
    assert own_share_payers(extractor(text, lang).ctx) == {}
