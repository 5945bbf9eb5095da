"""A sum the sentence gives to an organisation, then says what it is for, with no name for the
project ("EUR 12 million goes to the Asylum Service to expand ...", "the remaining EUR 8 million
was awarded to the UN refugee agency UNHCR, which will provide ..."): one project per recipient,
labelled by its purpose, run by the recipient, paid by the fund the text names."""

from __future__ import annotations

from extract_helpers import AMIF, facts, project

RELEASE = (
    "NICOSIA, 3 May (Wire) – The European Commission on Tuesday approved EUR 20 million in emergency "
    "assistance from the Asylum, Migration and Integration Fund (AMIF) for Cyprus.\n"
    "Of this, EUR 12 million goes to the Asylum Service to expand reception capacity at the Kofinou "
    "centre, with new housing units and medical screening.\n"
    "The remaining EUR 8 million was awarded to the UN refugee agency UNHCR, which will provide cash "
    "assistance and legal counselling for asylum seekers in Nicosia.\n"
    "Arrivals by sea doubled in April, according to police figures.\n"
)


def test_a_sum_given_to_a_body_for_a_purpose_is_its_project() -> None:
    ext = facts(RELEASE, "en", url="https://www.cypruswire-example.com/news/1", title="EU emergency funds")
    kofinou = project(ext, "reception capacity")
    assert AMIF in kofinou.funders, kofinou.funders
    assert any("asylum-service" in o for o in kofinou.implementers), kofinou.implementers
    assert kofinou.amounts and next(iter(kofinou.amounts.values()))[0] == 12_000_000


def test_a_relative_clause_after_the_recipient_says_what_its_sum_is_for() -> None:
    ext = facts(RELEASE, "en", url="https://www.cypruswire-example.com/news/1", title="EU emergency funds")
    cash = project(ext, "cash assistance")
    assert AMIF in cash.funders, cash.funders
    assert any("refugees" in o or "unhcr" in o for o in cash.implementers), cash.implementers
    assert next(iter(cash.amounts.values()))[0] == 8_000_000
