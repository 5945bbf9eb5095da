"""A fund's part that was read as the project's total goes to the fund once a co-funder's part is read.

"Für das Projekt gibt es rund 310.000 Euro aus dem EU-Asyl-, Migrations- und Integrationsfonds" is
the one sum of the project's sentence, so it is read as the project's total; with the fund the only
payer, who-funded-what prints it as the fund's. Where a co-funder's own part is read too ("Der Bezirk
X beteiligt sich mit 25.000 Euro"), the fund's row would print nothing: the sum, named with its payer
right after it ("aus dem", "uit het", "from the") and called a total by no word, is the fund's part.
Texts written for these tests."""

from __future__ import annotations

from decimal import Decimal

from tests.extract.extract_helpers import AMIF, facts, org, project

CENTRE_NEWS = """\
Mehr Hilfe für Geflüchtete in Seeberg

Das Beratungszentrum in Seeberg kann jetzt mehr Menschen helfen: Für das Projekt „Neuer Halt“ gibt es bis \
Ende 2026 rund 310.000 Euro aus dem EU-Asyl-, Migrations- und Integrationsfonds. Träger ist der Verein \
Zuflucht Seeberg e.V.

Der Bezirk Oberland beteiligt sich mit 25.000 Euro.
"""


def test_a_funds_part_read_as_the_total_is_the_funds_beside_a_cofunders_part() -> None:
    p = project(facts(CENTRE_NEWS, "de"), "Neuer Halt")
    assert p.amounts[org("Bezirk Oberland")][0] == Decimal("25000")
    assert p.amounts[AMIF][0] == Decimal("310000")
    assert None not in p.amounts


def test_a_sum_a_word_calls_the_total_stays_the_total() -> None:
    # (a guard: "Gesamtkosten" says the sum is the whole, whatever fund follows it)
    text = CENTRE_NEWS.replace(
        "Für das Projekt „Neuer Halt“ gibt es bis Ende 2026 rund",
        "Das Projekt „Neuer Halt“ läuft bis Ende 2026. Die Gesamtkosten von rund",
    ).replace("Integrationsfonds. Träger", "Integrationsfonds und Eigenmitteln sind bewilligt. Träger")
    p = project(facts(text, "de"), "Neuer Halt")
    assert p.amounts.get(AMIF, (None,))[0] != Decimal("310000")


HARBOUR_NEWS = """\
Welcome desk in Margate

The "Harbour Welcome" project, run by Thanet Refugee Support, has been awarded €310,000 from the EU's \
Asylum, Migration and Integration Fund. Kent County Council adds €45,000.
"""


def test_the_funds_part_is_the_funds_with_an_owner_before_the_funds_name() -> None:
    # "from the EU's Asylum, ...": the owner's word between the article and the name is one word,
    # as an adjective is ("uit het Europese ...")
    p = project(facts(HARBOUR_NEWS, "en", title="Welcome desk in Margate"), "Harbour Welcome")
    assert p.amounts[org("Kent County Council")][0] == Decimal("45000")
    assert p.amounts[AMIF][0] == Decimal("310000")
    assert None not in p.amounts
