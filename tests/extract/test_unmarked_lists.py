"""A list written as plain lines after a line that ends with a colon, each line a grant to someone
the extractor does not know (texts written for these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, project

_ANSWER = (
    "Written answers\n\n"
    "Minister for Integration: My Department is the Responsible Authority for the Asylum, Migration and "
    "Integration Fund (AMIF) in Ireland. Following the first call, 20 projects were approved for AMIF "
    "funding.\n"
    "Two of the approved projects are based in the counties referred to by the Deputy:\n"
    'Fáilte Cois Farraige, Co. Clare – "Open Doors", which provides English classes for newly arrived '
    "families – €212,650 – January 2023 to December 2025.\n"
    'Gaeltacht Welcome Network, Co. Galway – "Bridges West", a mentoring programme for migrant women – '
    "€158,000 – March 2023 to June 2025.\n"
    "I would be happy to provide the Deputy with further details.\n"
)


def _names(ex, iris) -> set[str]:
    named = {o.iri: o.name for o in ex.ctx.orgs}
    return {named.get(i, i) for i in iris}


def test_plain_lines_after_a_colon_each_give_their_head_a_grant() -> None:
    ex = extractor(_ANSWER, "en")
    doors = project(ex, "Open Doors")
    assert AMIF in doors.funders
    assert _names(ex, doors.implementers) == {"Fáilte Cois Farraige"}, _names(ex, doors.implementers)
    assert (doors.start_year, doors.end_year) == (2023, 2025)
    bridges = project(ex, "Bridges West")
    assert _names(ex, bridges.implementers) == {"Gaeltacht Welcome Network"}, _names(ex, bridges.implementers)
