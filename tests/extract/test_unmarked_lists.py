"""A list written as plain lines after a line that ends with a colon, each line a grant to someone
the extractor does not know (texts written for these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of, project

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


def test_plain_lines_after_a_colon_each_give_their_head_a_grant() -> None:
    ex = extractor(_ANSWER, "en")
    doors = project(ex, "Open Doors")
    assert AMIF in doors.funders
    assert names_of(ex, doors.implementers) == {"Fáilte Cois Farraige"}, names_of(ex, doors.implementers)
    assert (doors.start_year, doors.end_year) == (2023, 2025)
    bridges = project(ex, "Bridges West")
    assert names_of(ex, bridges.implementers) == {"Gaeltacht Welcome Network"}, names_of(ex, bridges.implementers)


def test_a_grant_to_a_list_of_municipalities_gives_each_a_project_of_the_fund_named_before() -> None:
    text = (
        "Toekenning subsidieaanvragen AMIF, ISF en BMVI\n\n"
        "In september konden gemeenten en maatschappelijke organisaties een subsidieaanvraag indienen voor "
        "het thema integratie in het kader van het Europese Asiel-, Migratie- en Integratiefonds.\n\n"
        "In de afgelopen maanden is subsidie toegekend aan in totaal 9 integratieprojecten.\n\n"
        "Voor het thema Taal op de werkvloer is er subsidie toegekend aan projecten van de gemeenten Assen, "
        "Hoorn, Oss, Venlo en Delft.\n\n"
        "Voor het thema Gezondheid is er subsidie toegekend aan de gemeenten Breda, Ede en Zeist.\n"
    )
    ex = extractor(text, "nl", title="Toekenning subsidieaanvragen AMIF, ISF en BMVI")
    for theme, town in (("Taal op de werkvloer", "Assen"), ("Taal op de werkvloer", "Delft"), ("Gezondheid", "Ede")):
        p = project(ex, theme, town)
        # the fund the text spoke of, not the title's three
        assert set(p.funders) == {AMIF}, p.funders
        assert names_of(ex, p.implementers) == {f"gemeente {town}"}, names_of(ex, p.implementers)
