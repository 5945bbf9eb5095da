"""A body that gives its part in its own currency is a funder, whatever the money.

"Region Skåne contributes SEK 1.8 million", "Der Kanton Basel-Stadt beteiligt sich mit CHF 60 000",
"The Welsh Government adds £40,000": the giving verb and the sum after it make the body a payer, as
they do with euros. The payer rules only looked at euro sums, so these co-funders were lost; the
sums themselves stay out of the euro amounts (who-funded-what's `amount_eur` is euros only).
Texts written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract.extract_helpers import AMIF, facts, org, project

LUND = """\
Newcomers' Bridge in Lund

The project "Newcomers' Bridge" helps refugees in Lund find work. It receives EUR 420,000 from the \
Asylum, Migration and Integration Fund and is run by Lund Folk High School. Region Skåne contributes \
SEK 1.8 million.
"""

BASEL = """\
Brückenkurse für Geflüchtete in Basel

Das Projekt „Sprachbrücke“ des Vereins Anlaufstelle Basel e.V. erhält 180.000 Euro aus dem Asyl-, \
Migrations- und Integrationsfonds. Der Kanton Basel-Stadt beteiligt sich mit CHF 60 000.
"""


@pytest.mark.parametrize(
    ("text", "lang", "label", "payer"),
    [(LUND, "en", "Newcomers' Bridge", "Region Skåne"), (BASEL, "de", "Sprachbrücke", "Kanton Basel-Stadt")],
    ids=["sek", "chf"],
)
def test_a_body_giving_a_sum_in_another_currency_funds_it(text: str, lang: str, label: str, payer: str) -> None:
    p = project(facts(text, lang, title=text.splitlines()[0]), label)
    assert org(payer) in p.funders
    assert AMIF in p.funders


def test_a_sum_in_another_currency_is_no_euro_amount() -> None:
    p = project(facts(LUND, "en", title="Newcomers' Bridge in Lund"), "Newcomers' Bridge")
    assert p.amounts[AMIF][:2] == (Decimal("420000"), "EUR")
    assert all(cur != "EUR" for value, cur, _ev in p.amounts.values() if value == Decimal("1800000"))


def test_a_body_named_beside_a_sum_in_another_currency_without_a_giving_verb_pays_nothing() -> None:
    # (a guard: the currency widens which sums count, not which words say a body gives one)
    text = LUND.replace("Region Skåne contributes SEK 1.8 million.", "Region Skåne has a budget of SEK 1.8 million.")
    p = project(facts(text, "en", title="Newcomers' Bridge in Lund"), "Newcomers' Bridge")
    assert org("Region Skåne") not in p.funders


TURIN = """\
Safe Start in Turin

The "Safe Start" project, run by Aurora Social Cooperative, helps refugees find work in Turin. It is \
funded with EUR 640,000 from the Asylum, Migration and Integration Fund and USD 250,000 from the United \
States Department of State.
"""


def test_a_payers_part_in_another_currency_is_its_part_in_that_currency() -> None:
    # each payer with the sum its clause gives it: the fund's in euros, the department's in dollars
    p = project(facts(TURIN, "en", title="Safe Start in Turin"), "Safe Start")
    state = next(f for f in p.funders if "department-of-state" in f)
    assert p.amounts[state][:2] == (Decimal("250000"), "USD")
    assert p.amounts[AMIF][:2] == (Decimal("640000"), "EUR")
