"""Each payer's part of a project's money where a sentence or a line breaks it down clause by
clause: the payer and the sum said together, not the total (texts written for these tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from extract_helpers import AMIF, extractor, facts, org, project

from migkg.loaders.extract.model import NATIONAL


def _share(p, payer: str | None) -> Decimal | None:
    got = p.amounts.get(payer)
    return got[0] if got else None


# (text, language, the project's label, the parts read: payer -> its sum; the payer None stands for
# the project's total, the sum None for no part read)
SHARES = [
    pytest.param(
        (
            "Das Projekt „Brückenschlag Nord“ des Vereins Nachbarschaft Lüdersdorf e.V. läuft von 2024 bis 2026.\n\n"
            "Die Gesamtkosten betragen 742.000 Euro, davon 556.500 Euro aus dem Asyl-, Migrations- und "
            "Integrationsfonds (AMIF).\n"
        ),
        "de",
        "Brückenschlag",
        {AMIF: Decimal("556500"), None: Decimal("742000")},
        id="of_which_sum_from_the_fund_is_the_funds_share_not_the_total",
    ),
    pytest.param(
        (
            "The Ministry signed a grant agreement with the Red Cross Society of Eastland for the project "
            "HOMEBASE, which runs from 2024 to 2026 and is co-financed by the Asylum, Migration and "
            "Integration Fund (AMIF).\n\n"
            "The total value of the project is EUR 2,846,000.00, of which EUR 2,134,500.00 is provided "
            "from AMIF and EUR 711,500.00 from the State Budget.\n"
        ),
        "en",
        "HOMEBASE",
        {AMIF: Decimal("2134500"), NATIONAL: Decimal("711500")},
        id="fund_and_state_budget_each_take_the_sum_of_their_own_clause",
    ),
    # "75 %, te weten € 364.500, bekostigd uit het AMIF": the sum stands in an apposition, the
    # fund after it in the clause that goes on
    pytest.param(
        (
            "Het project Samen Thuis van de gemeente Oostwold loopt van 2024 tot en met 2027.\n\n"
            "De totale kosten bedragen € 486.000. Daarvan wordt 75%, te weten € 364.500, bekostigd uit "
            "het Asiel-, Migratie- en Integratiefonds (AMIF).\n"
        ),
        "nl",
        "Samen Thuis",
        {AMIF: Decimal("364500")},
        id="a_comma_between_sum_and_fund_still_pairs_them_when_nothing_else_stands_between",
    ),
    pytest.param(
        (
            "Projekt: Ankommen im Erzland\n"
            "Träger: Caritasverband Erzland e.V.\n"
            "Laufzeit: 2024–2026\n"
            "Finanzierung: 75 % AMIF (459.360,00 €) · 25 % Bundesmittel (153.120,00 €)\n"
        ),
        "de",
        "Ankommen im Erzland",
        {AMIF: Decimal("459360"), NATIONAL: Decimal("153120")},
        id="spaced_dots_part_the_payers_of_a_financing_line",
    ),
    pytest.param(
        (
            "Projekt: Weitblick – Sprachbegleitung für geflüchtete Frauen\n"
            "Projektträger: Verein Sonnenhaus, Linz\n"
            "Laufzeit: 01.01.2024 – 31.12.2026\n"
            "Gesamtbudget: € 428.600,–\n\n"
            "Das Projekt wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) kofinanziert.\n\n"
            "Finanzierung\n\n"
            "Asyl-, Migrations- und Integrationsfonds der EU (AMIF)\t€ 321.450,–\t75 %\n"
            "Bundesmittel\t€ 107.150,–\t25 %\n"
        ),
        "de",
        "Weitblick",
        {AMIF: Decimal("321450"), NATIONAL: Decimal("107150")},
        id="a_financing_table_row_gives_its_payer_the_rows_sum",
    ),
    # the fund's clause gives no sum; the sum after the semicolon is the association's own money,
    # which no funder of the project is said to pay
    pytest.param(
        (
            "Le projet « Cap Avenir » de l'association Terre d'Accueil Mosane court de 2024 à 2026. "
            "Il est cofinancé par le Fonds Asile, Migration et Intégration (FAMI) ; 40.000 euros "
            "viennent des fonds propres de l'association.\n"
        ),
        "fr",
        "Cap Avenir",
        {AMIF: None},
        id="a_semicolon_parts_a_payer_from_the_sum_of_the_next_clause",
    ),
    pytest.param(
        (
            "Das Projekt „Lernbrücke“ des Vereins Lernwerk Bruck e.V. (2024-2026) wird vom AMIF und "
            "aus Bundesmitteln mit zusammen 300.000 Euro gefördert.\n"
        ),
        "de",
        "Lernbrücke",
        {AMIF: None, NATIONAL: None},
        id="a_sum_two_payers_stand_equally_near_is_neither_ones",
    ),
    # "Het AMIF betaalt X euro, de stad legt zelf Y euro bij": the comma parts the two payers;
    # each sum goes to the payer of its own clause, not to the nearer name across the comma
    pytest.param(
        (
            "Stad Lierbeek start met het project „Thuis in Lierbeek“ voor nieuwkomers (2024-2026). "
            "Het Asiel-, Migratie- en Integratiefonds (AMIF) betaalt 312.600 euro, de stad Lierbeek "
            "legt zelf 104.200 euro bij uit de eigen begroting.\n"
        ),
        "nl",
        "Thuis in Lierbeek",
        {AMIF: Decimal("312600"), org("Stad Lierbeek"): Decimal("104200")},
        id="the_city_that_pays_the_rest_takes_the_sum_of_its_own_clause",
    ),
    pytest.param(
        (
            "Projekttitel: Sprachbrücke Nord\n"
            "Projektträger: Bildungswerk Nordheide e.V.\n"
            "Laufzeit: 2024–2026\n"
            "Förderung durch den AMIF: 240.000,00 €\n"
            "Kofinanzierung aus Bundesmitteln: 80.000,00 €\n"
        ),
        "de",
        "Sprachbrücke Nord",
        {AMIF: Decimal("240000"), NATIONAL: Decimal("80000")},
        id="a_record_lines_key_names_the_payer_of_its_value",
    ),
    pytest.param(
        (
            "Progetto «Ponti di Lingua» – capofila: Cooperativa Sociale Il Faro (2023-2025)\n\n"
            "Il progetto è finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027.\n\n"
            "Costo totale: € 600.000,00\n"
            "Contributo UE (75%): € 450.000,00\n"
            "Cofinanziamento nazionale (25%): € 150.000,00\n"
        ),
        "it",
        "Ponti di Lingua",
        {AMIF: Decimal("450000"), NATIONAL: Decimal("150000")},
        id="the_unions_part_is_the_projects_one_funds_and_the_national_part_the_states",
    ),
    # "Le coût est de 398.600 euros : le FAMI y contribue à hauteur de 298.950 euros": the fund
    # stands nearer the total, but the total is the project's, said once more
    pytest.param(
        (
            "Le projet « Passerelles Emploi » de l'asbl Horizon Meuse se déroule de 2024 à 2026.\n\n"
            "Le coût du projet est estimé à 398.600,00 euros : le FAMI y contribue à hauteur de "
            "298.950,00 euros, le solde étant couvert par l'association.\n"
        ),
        "fr",
        "Passerelles Emploi",
        {AMIF: Decimal("298950")},
        id="the_total_restated_beside_the_fund_is_not_the_funds_part",
    ),
    pytest.param(
        (
            "Het project „Taalmaatjes Lierbeek“ van vzw Samen Spreken loopt van 2024 tot 2026 en wordt "
            "gesteund door het Asiel-, Migratie- en Integratiefonds (AMIF).\n\n"
            "Het AMIF betaalt 57.000 euro. Stad Lierbeek legt daar 9.500 euro per jaar bij, samen 19.000 euro.\n"
        ),
        "nl",
        "Taalmaatjes Lierbeek",
        {AMIF: Decimal("57000"), org("Stad Lierbeek"): Decimal("19000")},
        id="a_yearly_rate_is_not_the_payers_part_of_the_whole",
    ),
]


@pytest.mark.parametrize(("text", "lang", "label", "parts"), SHARES)
def test_each_payer_takes_the_sum_of_its_own_clause(
    text: str, lang: str, label: str, parts: dict[str | None, Decimal | None]
) -> None:
    p = project(facts(text, lang), label)
    assert {payer: _share(p, payer) for payer in parts} == parts


def test_a_share_said_in_another_projects_words_is_not_this_projects() -> None:
    text = (
        "De provincie Oostland kreeg AMIF-steun voor twee projecten:\n\n"
        "• Het project „Taalstap“ wordt uitgevoerd door vzw Open Deur (2024-2026). Het AMIF draagt "
        "210.000 euro bij.\n\n"
        "• Het project „Werkstap“ wordt uitgevoerd door vzw Brugwerk (2024-2026). Het AMIF draagt "
        "150.000 euro bij.\n"
    )
    ex = extractor(text, "nl")
    sums = {p.label: {v[0] for v in p.amounts.values()} for p in ex.projects}
    assert sums == {"Taalstap": {Decimal("210000")}, "Werkstap": {Decimal("150000")}}, sums


def test_a_body_named_beside_its_own_sum_in_the_breakdown_pays_it() -> None:
    # the foundation is named nowhere else: its sum beside the fund's makes it a payer
    text = (
        "Das Projekt „Ankommen in Lindenau“ des Vereins Brückenbau Lindenau e.V. läuft von 2024 bis "
        "2026 und wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) kofinanziert.\n\n"
        "Der AMIF steuert 300.000 Euro bei, die Heinrich-Sommer-Stiftung 40.000 Euro.\n"
    )
    p = project(facts(text, "de"), "Ankommen in Lindenau")
    assert _share(p, AMIF) == Decimal("300000")
    foundation = [f for f in p.funders if "heinrich-sommer" in f]
    assert foundation and _share(p, foundation[0]) == Decimal("40000"), p.funders
