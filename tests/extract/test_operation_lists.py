"""A managing authority's list of selected operations: a header "Intitulé de l'opération | Bénéficiaire
| ..." over tab-separated rows, one row's title wrapped onto two lines, a footnote's mark after a
title, and a sentence on the fund's national programme ("le programme FAMI 2021-2027 du
Grand-Duché"), which is no project."""

from __future__ import annotations

from extract_helpers import AMIF, facts, org, project

from migkg.loaders.extract.structure import layout

OPERATIONS = (
    "Liste des opérations sélectionnées\n"
    "\n"
    "La dotation de l'Union au titre du programme FAMI 2021-2027 du Grand-Duché s'élève à 23,4 millions "
    "d'euros.\n"
    "\n"
    "Intitulé de l'opération | Bénéficiaire | Période | Coût total éligible\n"
    "Pont Emploi – orientation professionnelle des réfugiés\tAssociation Passerelles Nord\t01/2024 – 12/2025"
    "\t410.000,00 €\n"
    "Maison des langues – ateliers de français\n"
    "et de luxembourgeois pour familles\tCentre Culturel Ouvert asbl\t03/2024 – 02/2026\t185.500,00 €\n"
    "Guichet d'accueil communal (*)\tCommune de Wiltz\t2024 – 2025\t90.000,00 €\n"
    "\n"
    "(*) Taux de cofinancement de 90 %.\n"
)
URL = "https://fonds.example.lu/fami/operations"


def test_a_row_whose_title_wraps_onto_two_lines_is_one_row() -> None:
    out, _doc = layout(OPERATIONS, "fr")
    rows = [u for u in out.units if u.kind == "row"]
    assert len(rows) == 4  # the header and three operations
    wrapped = rows[2]
    first = OPERATIONS[wrapped.cells[0][0] : wrapped.cells[0][1]]
    assert " ".join(first.split()) == "Maison des langues – ateliers de français et de luxembourgeois pour familles"


def test_the_operations_title_column_names_each_rows_project() -> None:
    ext = facts(OPERATIONS, "fr", url=URL)
    langues = project(ext, "Maison des langues")
    assert set(langues.implementers) == {org("Centre Culturel Ouvert")}  # (its legal form is no part of its IRI)
    assert AMIF in langues.funders
    assert (langues.start_year, langues.end_year) == (2024, 2026)
    assert project(ext, "Pont Emploi").implementers


def test_a_footnotes_mark_is_no_part_of_a_title() -> None:
    ext = facts(OPERATIONS, "fr", url=URL)
    assert project(ext, "Guichet d'accueil communal").label == "Guichet d'accueil communal"


def test_the_funds_programme_with_its_period_in_its_name_is_no_project() -> None:
    ext = facts(OPERATIONS, "fr", url=URL)
    assert not [p for p in ext.projects if "Grand-Duché" in p.label]


def test_a_column_headed_operation_names_each_rows_project() -> None:
    # The lists of operations the regulation asks managing authorities to publish head their
    # names' column "Operation" alone.
    text = (
        "Asylum, Migration and Integration Fund (AMIF)\n"
        "\n"
        "Beneficiary | Operation | Specific objective | Total eligible cost | EU contribution | Start | End\n"
        "Cruz Vermelha Portuguesa | Casa Aberta – reception of unaccompanied minors | SO1 | 800 000,00 € | "
        "600 000,00 € | 01/01/2024 | 31/12/2026\n"
        "Município de Setúbal | Setúbal Integra – one-stop shop for migrants | SO2 | 400 000,00 € | "
        "300 000,00 € | 01/03/2024 | 28/02/2026\n"
    )
    ext = facts(text, "en")
    casa = project(ext, "Casa Aberta")
    assert set(casa.implementers) == {org("Cruz Vermelha Portuguesa")}
    assert (casa.start_year, casa.end_year) == (2024, 2026)
    setubal = project(ext, "Setúbal Integra")
    assert set(setubal.implementers) == {org("Município de Setúbal")}
    assert AMIF in setubal.funders


def test_a_money_column_headed_by_a_funding_word_and_an_organisation_is_that_organisations_share() -> None:
    text = (
        "Momenteel ontvangen twee projecten cofinanciering van de provincie:\n"
        "Promotor | Project | Looptijd | AMIF-bijdrage | Cofinanciering Provincie Limburg\n"
        "vzw Buurtwerk Genk | Samen Sterk – taalcafés voor nieuwkomers | 01/01/2024 – 31/12/2025 | "
        "€ 120.000,00 | € 20.000,00\n"
        "vzw De Brug Hasselt | Werkplek – begeleiding naar werk | 01/03/2024 – 28/02/2026 | € 90.000,00 | € 15.000,00\n"
    )
    ext = facts(text, "nl")
    samen = project(ext, "Samen Sterk")
    assert set(samen.funders) >= {AMIF, org("Provincie Limburg")}
    assert samen.amounts[org("Provincie Limburg")][0] == 20000
