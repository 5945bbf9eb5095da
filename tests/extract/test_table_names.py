"""Names in tables: a column's unit and a cell's boundary are no part of an organisation's name
(texts written for these tests)."""

from __future__ import annotations

from extract_helpers import extractor, project

from migkg.loaders.extract.orgshape import find_org_names

_GRANTS = (
    "Na de oproep van 2023 werden de volgende projecten geselecteerd:\n\n"
    "Promotor\tProject\tLooptijd\tAMIF-bijdrage (EUR)\n"
    "Leerwerkplaats Kust vzw\tNT2 in de keuken\t01/04/2023 – 31/12/2025\t242.400,00\n"
    "Werkpunt Polder vzw\tDuaal traject zorg\t01/06/2023 – 31/05/2025\t98.820,00\n"
    "Totaal\t\t\t341.220,00\n"
)


def _org_names(ex) -> set[str]:
    return {o.name for o in ex.ctx.orgs}


def test_a_currency_code_in_a_column_header_is_no_organisation() -> None:
    ex = extractor(_GRANTS, "nl")
    assert "EUR" not in _org_names(ex), _org_names(ex)


def test_a_legal_form_that_ends_a_cell_does_not_head_the_title_in_the_next_cell() -> None:
    ex = extractor(_GRANTS, "nl")
    names = _org_names(ex)
    assert not names & {"NT2", "NT2 in de keuken", "Duaal", "Duaal traject zorg"}, names
    named = {o.iri: o.name for o in ex.ctx.orgs}
    assert {named.get(i) for i in project(ex, "NT2 in de keuken").implementers} == {"Leerwerkplaats Kust vzw"}
    assert {named.get(i) for i in project(ex, "Duaal traject zorg").implementers} == {"Werkpunt Polder vzw"}


def test_an_ampersand_after_one_word_that_names_no_organisation_is_inside_one_name() -> None:
    text = (
        "Projektträger\tProjekt\tOrt\tZuwendung\n"
        "Arbeit & Leben gGmbH\tFAIR.Arbeit\tMainz\t248.600 €\n"
        "Gesamt\t\t\t248.600 €\n\n"
        "Die Zuwendungen stammen aus dem AMIF.\n"
    )
    ex = extractor(text, "de")
    named = {o.iri: o.name for o in ex.ctx.orgs}
    assert {named.get(i, i) for i in project(ex, "FAIR.Arbeit").implementers} == {"Arbeit & Leben gGmbH"}


def test_a_name_found_by_its_head_stops_at_the_cells_tab() -> None:
    text = "Träger\tProjekt\tOrt\tZuwendung\nCaritas Pfalz\tBrückenjob Pflege\tSpeyer\t196.300 €\n"
    assert "Caritas Pfalz" in {s.name for s in find_org_names(text, "de")}
    assert not [s.name for s in find_org_names(text, "de") if "\t" in s.name]
