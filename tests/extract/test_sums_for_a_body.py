"""A sum "for" a body goes to it: the body does not pay it.

"The project costs EUR 900,000, of which EUR 300,000 for the City of X", "dont 120 000 euros pour la
Ville de Y": the sum, a word of purpose and the name say what the body receives. The payer rule that
reads a sum followed by whose it is ("45 mila euro della Fondazione X", "EUR 20,000 from the city")
took "for" as such a word (it is one of the "of" words other rules need), and made the receiving
body a funder. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import AMIF, facts, org, project

WROCLAW = """\
Welcome Bridges in Wrocław

The "Welcome Bridges" project is run by the Foundation for Migrants Wrocław together with the City of \
Wrocław. The project costs EUR 900,000, of which EUR 300,000 for the City of Wrocław. The Asylum, \
Migration and Integration Fund pays 75% of the costs.
"""

NANTES = """\
Accueil à Nantes

Le projet « Passerelles » est porté par l'association Accueil Nantes Solidaire avec la Ville de Nantes. \
Son coût est de 400 000 euros, dont 120 000 euros pour la Ville de Nantes. Le Fonds Asile, Migration et \
Intégration finance 75 % du projet.
"""


@pytest.mark.parametrize(
    ("text", "lang", "label", "body"),
    [(WROCLAW, "en", "Welcome Bridges", "City of Wrocław"), (NANTES, "fr", "Passerelles", "Ville de Nantes")],
    ids=["en", "fr"],
)
def test_a_body_a_sum_is_for_does_not_fund_the_project(text: str, lang: str, label: str, body: str) -> None:
    p = project(facts(text, lang, title=text.splitlines()[0]), label)
    assert org(body) not in p.funders
    assert AMIF in p.funders


def test_a_body_the_sum_is_from_funds_the_project() -> None:
    # (a guard: the same line with "from" names the payer)
    text = WROCLAW.replace("of which EUR 300,000 for the City", "of which EUR 300,000 from the City")
    p = project(facts(text, "en", title="Welcome Bridges in Wrocław"), "Welcome Bridges")
    assert org("City of Wrocław") in p.funders
