"""The sentence right after a table that speaks of all its rows names payers of every row, as the
sentence after a list does (texts written for these tests)."""

from __future__ import annotations

from extract_helpers import ESF, extractor, names_of, project

from migkg.loaders.extract.model import NATIONAL

# A Land ministry's press release: a table of grants, then where the money comes from.
_LAND_TABLE = (
    "Ministerium für Soziales und Integration Musterland\n\n"
    "Land und ESF Plus fördern drei Projekte für Geflüchtete\n\n"
    "Drei Träger erhalten Mittel aus dem Förderaufruf „Arbeit für alle“.\n\n"
    "Träger\tProjekt\tOrt\tZuwendung 2024–2026\n"
    "Werkhof Talstadt e.V.\tStartklar Handwerk\tTalstadt\t148.200 €\n"
    "Caritasverband Bergkreis e.V.\tPflege im Blick\tBergdorf\t122.600 €\n"
    "Verein Brücke Nordheim e.V.\tJob-Lotsinnen\tNordheim\t97.400 €\n"
    "Gesamt\t\t\t368.200 €\n\n"
    "Die Zuwendungen stammen zu 60 Prozent aus dem ESF Plus und zu 40 Prozent aus Landesmitteln des "
    "Sozialministeriums. Bewilligungsbehörde ist das Landesamt für Soziales.\n"
)


def test_the_sentence_after_a_table_on_all_its_grants_gives_each_row_the_lands_money() -> None:
    ex = extractor(_LAND_TABLE, "de")
    for label in ("Startklar Handwerk", "Pflege im Blick", "Job-Lotsinnen"):
        p = project(ex, label)
        payers = names_of(ex, p.funders)
        assert ESF in p.funders, payers
        # a Land's money is its government's (here its ministry's), not the state's
        assert any("Sozialministeri" in n for n in payers), payers
        assert NATIONAL not in p.funders, payers


def test_grants_after_a_table_that_another_sentence_introduced_are_not_the_tables() -> None:
    text = (
        "Three of the approved projects are led by organisations in the county.\n\n"
        "Organisation\tProject\tAMIF funding approved\tProject period\n"
        "Harbour Partnership CLG\tNew Neighbours Connect\t€312,350.00\t2023 – 2025\n"
        "Lakeside Intercultural Forum\tFamily Learning Hub\t€198,760.40\t2023 – 2025\n\n"
        "Other initiatives in the county receive support from the Exchequer. Under a separate scheme, "
        "12 community groups received small grants in 2022. These grants are funded entirely from the "
        "national Exchequer.\n"
    )
    ex = extractor(text, "en")
    for label in ("New Neighbours Connect", "Family Learning Hub"):
        p = project(ex, label)
        # the grants of "These grants" are the community groups', named in the sentence before
        assert NATIONAL not in p.funders, p.funders
