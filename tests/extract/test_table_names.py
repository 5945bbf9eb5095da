"""Names in tables: a column's unit and a cell's boundary are no part of an organisation's name
(texts written for these tests)."""

from __future__ import annotations

from extract_helpers import extractor, mention_names, names, names_of, project

_GRANTS = (
    "Na de oproep van 2023 werden de volgende projecten geselecteerd:\n\n"
    "Promotor\tProject\tLooptijd\tAMIF-bijdrage (EUR)\n"
    "Leerwerkplaats Kust vzw\tNT2 in de keuken\t01/04/2023 – 31/12/2025\t242.400,00\n"
    "Werkpunt Polder vzw\tDuaal traject zorg\t01/06/2023 – 31/05/2025\t98.820,00\n"
    "Totaal\t\t\t341.220,00\n"
)


def test_a_currency_code_in_a_column_header_is_no_organisation() -> None:
    ex = extractor(_GRANTS, "nl")
    assert "EUR" not in mention_names(ex), mention_names(ex)


def test_a_legal_form_that_ends_a_cell_does_not_head_the_title_in_the_next_cell() -> None:
    ex = extractor(_GRANTS, "nl")
    found = mention_names(ex)
    assert not found & {"NT2", "NT2 in de keuken", "Duaal", "Duaal traject zorg"}, found
    assert names_of(ex, project(ex, "NT2 in de keuken").implementers) == {"Leerwerkplaats Kust vzw"}
    assert names_of(ex, project(ex, "Duaal traject zorg").implementers) == {"Werkpunt Polder vzw"}


def test_an_ampersand_after_one_word_that_names_no_organisation_is_inside_one_name() -> None:
    text = (
        "Projektträger\tProjekt\tOrt\tZuwendung\n"
        "Arbeit & Leben gGmbH\tFAIR.Arbeit\tMainz\t248.600 €\n"
        "Gesamt\t\t\t248.600 €\n\n"
        "Die Zuwendungen stammen aus dem AMIF.\n"
    )
    ex = extractor(text, "de")
    assert names_of(ex, project(ex, "FAIR.Arbeit").implementers) == {"Arbeit & Leben gGmbH"}


def test_a_name_found_by_its_head_stops_at_the_cells_tab() -> None:
    text = "Träger\tProjekt\tOrt\tZuwendung\nCaritas Pfalz\tBrückenjob Pflege\tSpeyer\t196.300 €\n"
    found = names(text, "de")
    assert "Caritas Pfalz" in found
    assert not [n for n in found if "\t" in n]


def test_a_name_stops_at_a_tab_between_cells() -> None:
    # a title cell ending in capitalised words, then the Träger's cell: two cells, not one name; a
    # Landkreis's name does not run on into the date of the next cell
    text = (
        "Nr.\tProjekt\tTräger\tLaufzeit\tAMIF in Euro\n"
        "1\tWillkommen in Anklam – Lotsen für Familien\tHafenbrücke Anklam e. V.\t2023 – 2025\t210.000,00\n"
        "2\tMütterzentrum Plus\tLandkreis Vorpommern-Greifswald\t01.04.2023 – 31.03.2026\t150.000,00\n"
    )
    ex = extractor(text, "de")
    assert mention_names(ex) == {"Hafenbrücke Anklam e. V.", "Landkreis Vorpommern-Greifswald"}


def test_the_town_after_a_traegers_legal_form_is_its_seat() -> None:
    # "Hafenbrücke Anklam e. V., Anklam": the town the association sits in, no second runner
    text = (
        "Projekt\tTräger\tLaufzeit\tAMIF in Euro\n"
        "Willkommen in Anklam\tHafenbrücke Anklam e. V., Anklam\t2023 – 2025\t210.000,00\n"
        "Lernhaus Ost\tBildungsnetz Vorpommern gGmbH, Pasewalk\t2024 – 2026\t180.000,00\n"
    )
    ex = extractor(text, "de")
    assert names_of(ex, project(ex, "Willkommen in Anklam").implementers) == {"Hafenbrücke Anklam e. V."}
    assert names_of(ex, project(ex, "Lernhaus Ost").implementers) == {"Bildungsnetz Vorpommern gGmbH"}
