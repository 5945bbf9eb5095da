"""Tables of funded projects inside a page (tab-separated as copied from a page, Markdown as
trafilatura writes HTML tables, "a | b | c" rows): each row is a project with its runner, fund,
years and money (texts written for these tests)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from extract_helpers import AMIF, ESF, FUND, extractor, facts, names_of, org, project

import migkg
from migkg.loaders.extract.model import NATIONAL
from migkg.loaders.extract.structure import layout

BMVI = FUND + "BMVI"

DECISIONS_EN = """Funding decisions, spring round

The managing authority has decided on funding for the projects selected in the last call.

Asylum, Migration and Integration Fund (AMIF)

| Beneficiary | Project | Total eligible costs (EUR) | EU funding (EUR) | Duration |
|---|---|---|---|---|
| Harbour Aid Association | Harbour Welcome - peer support for new arrivals | 200 000 | 150 000 | 1.1.2024-31.12.2026 |
| City of Northport | Northport Language Path | 120 000 | 90 000 | 1.3.2024-28.2.2025 |

Border Management and Visa Instrument (BMVI)

| Beneficiary | Project | Total eligible costs (EUR) | EU funding (EUR) | Duration |
|---|---|---|---|---|
| Northport Border Guard | New gates at the ferry terminal | 400 000 | 300 000 | 2024-2027 |
"""


def test_markdown_table_rows_are_projects_with_the_fund_of_their_caption() -> None:
    ext = facts(DECISIONS_EN, "en")
    harbour = project(ext, "Harbour Welcome")
    assert set(harbour.funders) == {AMIF}  # the heading over its table names the fund
    assert set(harbour.implementers) == {org("Harbour Aid Association")}
    assert (harbour.start_year, harbour.end_year) == (2024, 2026)
    assert harbour.amounts[AMIF][0] == Decimal("150000")  # the EU share is the fund's
    assert harbour.amounts[None][0] == Decimal("200000")  # the total stays the total
    gates = project(ext, "ferry terminal")
    assert set(gates.funders) == {BMVI}  # the second table's caption, not the first's
    assert (gates.start_year, gates.end_year) == (2024, 2027)
    northport = project(ext, "Northport Language Path")
    assert (northport.start_year, northport.end_year) == (2024, 2025)


GRANTS_DE = (
    "Folgende Projekte werden aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) gefördert:\n"
    "\n"
    "Projektträger\tProjekt\tLaufzeit\tEU-Mittel (AMIF)\tnationale Mittel\n"
    "Verein Brückenschlag e. V.\tSprachlotsen im Quartier\t01.01.2023–31.12.2025\t€ 300.000,00\t€ 100.000,00\n"
    "Netzwerk für Beratungs- und Bildungsarbeit gGmbH\tRückkehrberatung vor Ort"
    "\t01.07.2023–30.06.2026\t€ 600.000,00\t€ 200.000,00\n"
    "Summe\t\t\t€ 900.000,00\t€ 300.000,00\n"
)


def test_tab_separated_table_gives_each_money_column_to_the_funder_its_header_names() -> None:
    ext = facts(GRANTS_DE, "de")
    p = project(ext, "Sprachlotsen")
    assert set(p.funders) == {AMIF, NATIONAL}
    assert p.amounts[AMIF][0] == Decimal("300000.00")
    assert p.amounts[NATIONAL][0] == Decimal("100000.00")
    assert (p.start_year, p.end_year) == (2023, 2025)
    assert set(p.implementers) == {org("Verein Brückenschlag")}  # its key: no legal form


def test_table_total_row_is_no_project() -> None:
    ext = facts(GRANTS_DE, "de")
    assert not [p for p in ext.projects if p.label.lower().startswith("summe")]
    assert len([p for p in ext.projects if p.rule == "find_table_rows"]) == 2


def test_elided_compound_in_a_beneficiary_cell_is_one_organisation_not_two() -> None:
    # "Beratungs- und Bildungsarbeit": the hyphen elides "-arbeit"; nothing is listed
    p = project(facts(GRANTS_DE, "de"), "Rückkehrberatung")
    assert set(p.implementers) == {org("Netzwerk für Beratungs- und Bildungsarbeit")}


ANSWER_FR = """Réponse du ministre

Les projets suivants sont financés par le FAMI :

Porteur de projet | Intitulé du projet | Période | Montant FAMI (EUR)
Accueil Plus asbl | « Passerelle » : accompagnement des familles réinstallées | 2022-2025 | 410 000,00
CPAS de Ville-sur-Meuse | Parcours vers l'emploi des réfugiés | 2023-2024 | 95 500,50

Le ministre précise que ces montants sont des maxima.
"""


def test_pipe_rows_without_outer_pipes_are_a_table_and_a_fund_named_in_a_header_pays() -> None:
    ext = facts(ANSWER_FR, "fr")
    p = project(ext, "Passerelle")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {org("Accueil Plus")}  # its key has no legal form
    assert p.amounts[AMIF][0] == Decimal("410000.00")
    assert (p.start_year, p.end_year) == (2022, 2025)
    q = project(ext, "Parcours vers l'emploi")
    assert q.amounts[AMIF][0] == Decimal("95500.50")


def test_table_rows_keep_their_columns_runner_against_the_model() -> None:
    # The pair model never saw a table; the rows' runners are not its call.
    ext = facts(ANSWER_FR, "fr")
    runners = {o for p in ext.projects if p.rule == "find_table_rows" for o in p.implementers}
    assert runners == {org("Accueil Plus"), org("CPAS de Ville-sur-Meuse")}


def test_table_of_contacts_is_no_list_of_projects() -> None:
    text = (
        "The AMIF team answers your questions.\n\nName\tPhone\tE-mail\n"
        "Anna Berg\t+358 1 234\tanna@example.org\nJonas Lind\t+358 1 235\tjonas@example.org\n"
    )
    assert not [p for p in facts(text, "en").projects if p.rule == "find_table_rows"]


def test_a_title_with_one_pipe_or_a_lone_menu_line_is_no_table() -> None:
    lay, _doc = layout("Funding news | Home Affairs Funds\n\nSuomeksi | På svenska | In English\n\nText.", "en")
    assert not [u for u in lay.units if u.kind == "row"]


def test_markdown_rule_line_is_not_a_unit() -> None:
    lay, _doc = layout("| A | B |\n|---|:---:|\n| c | d |\n", "en")
    assert [u.kind for u in lay.units] == ["row", "row"]
    assert [lay.text[a:b] for a, b in lay.units[1].cells] == ["c", "d"]


HTML_DECISIONS = """<html lang="en"><head><title>Funding decisions, spring round</title></head><body><article>
<h1>Funding decisions, spring round</h1>
<p>The managing authority has decided on funding for the projects selected in the last call under
the Asylum, Migration and Integration Fund (AMIF).</p>
<table><tr><th>Beneficiary</th><th>Project</th><th>EU funding (EUR)</th><th>Duration</th></tr>
<tr><td>Harbour Aid Association</td><td>Harbour Welcome</td><td>150 000</td><td>2024-2026</td></tr>
<tr><td>City of Northport</td><td>Northport Language Path</td><td>90 000</td><td>2024-2025</td></tr></table>
<p>The beneficiaries will be informed of the decisions by letter in the coming weeks, the authority says.</p>
</article></body></html>
"""


def test_html_page_table_reaches_who_funded_what(tmp_path: Path) -> None:
    # trafilatura writes the page's table as Markdown rows; each becomes a row of who-funded-what.
    page = tmp_path / "decisions.html"
    page.write_text(HTML_DECISIONS, encoding="utf-8")
    kg = migkg.open(tmp_path / "store")
    try:
        kg.load(page, strict=True)
        rows = {(r["funder"], r["implementer"], r["project"]) for r in kg.who_funded_what()}
    finally:
        kg.close()
    assert ("AMIF", "Harbour Aid Association", "Harbour Welcome") in rows
    assert ("AMIF", "City of Northport", "Northport Language Path") in rows


PARTNERSHIP_PAGE = """Welcome Across the Border

Acronym: WELCOME
Programme: Interreg, co-funded by the European Regional Development Fund (ERDF)
Project start date: 2023-09-01
Project end date: 2026-02-28

Project summary
The project opens a joint information point for newcomers in the twin towns.

Partners
Role | Partner | Country | Partner budget
Lead partner | Northvale Municipality | Estonia | EUR 258 900.00
Partner | Southvale Municipality | Latvia | EUR 231 500.00
"""


def test_partnership_table_gives_the_pages_project_its_lead_partner_and_partners() -> None:
    ext = facts(PARTNERSHIP_PAGE, "en", title="WELCOME – Welcome Across the Border | Project database")
    assert len(ext.projects) == 1  # "Project summary" heads a section, it names no project
    p = ext.projects[0]
    assert set(p.implementers) == {org("Northvale Municipality")}
    assert set(p.partners) == {org("Southvale Municipality")}


def test_a_national_share_over_a_table_keeps_the_pages_fund() -> None:
    # the line over the table speaks of the state's co-financing only: the rows are still the page's
    # FAMI projects, the state paying beside the fund
    text = (
        "Progetti FAMI 2021-2027 in provincia\n\n"
        "Sono elencati i progetti attivi. Gli importi comprendono la quota UE e il cofinanziamento nazionale.\n\n"
        "Titolo progetto | Capofila | Durata | Contributo (€)\n"
        "Ponti di Lingua | Cooperativa Sociale Il Faro | 2024 – 2026 | 310.000,00\n"
        "Casa Aperta | Associazione Porte Aperte | 2023 – 2025 | 195.500,00\n"
    )
    ext = facts(text, "it", title="FAMI 2021-2027: i progetti finanziati in provincia")
    for words in ("Ponti di Lingua", "Casa Aperta"):
        assert {AMIF, NATIONAL} <= set(project(ext, words).funders), (words, project(ext, words).funders)


GRADUATORIA_IT = (
    "FAMI 2021-2027 – Avviso n. 4/2024: approvata la graduatoria\n\n"
    "I progetti sono finanziati dal Fondo Asilo, Migrazione e Integrazione (FAMI) e dalla quota di "
    "cofinanziamento nazionale. Le attività progettuali avranno una durata di 24 mesi, dal "
    "1° marzo 2025 al 28 febbraio 2027.\n\n"
    "PROGETTI FINANZIATI\n"
    "Pos.\tSoggetto capofila\tPartner\tTitolo del progetto\tContributo ammesso (€)\n"
    "1\tComune di Vallombra\tCooperativa sociale Il Faro; Associazione Ponte Aperto\tCASA E LAVORO\t812.000,00\n"
    "2\tConsorzio Terre Unite\tComune di Pietralta\tSCUOLA PER TUTTI\t640.500,00\n\n"
    "PROGETTI AMMESSI E NON FINANZIABILI PER INSUFFICIENZA DI RISORSE\n"
    "Pos.\tSoggetto capofila\tTitolo del progetto\tContributo richiesto (€)\n"
    "3\tComune di Montescuro\tMONTESCURO ACCOGLIE\t450.000,00\n"
    "4\tAssociazione Nuovi Orizzonti APS\tORIZZONTI AL LAVORO\t390.000,00\n"
)


def test_a_table_of_applications_not_funded_makes_no_projects() -> None:
    ext = facts(GRADUATORIA_IT, "it", url="https://fami.example.it/graduatoria-4-2024")
    assert sorted(p.label for p in ext.projects) == ["CASA E LAVORO", "SCUOLA PER TUTTI"]


def test_a_partner_cell_lists_its_organisations_between_semicolons() -> None:
    ex = extractor(GRADUATORIA_IT, "it", url="https://fami.example.it/graduatoria-4-2024")
    casa = next(p for p in ex.projects if p.label == "CASA E LAVORO")
    assert set(casa.partners) == {org("Cooperativa sociale Il Faro"), org("Associazione Ponte Aperto")}
    assert set(casa.implementers) == {org("Comune di Vallombra")}


def test_rows_take_the_pages_state_share_and_the_years_it_gives_all_projects() -> None:
    ext = facts(GRADUATORIA_IT, "it", url="https://fami.example.it/graduatoria-4-2024")
    for p in ext.projects:
        assert set(p.funders) == {AMIF, NATIONAL}, (p.label, list(p.funders))
        assert (p.start_year, p.end_year) == (2025, 2027)


AGENCY_ANSWER_NL = (
    "Antwoord van de minister\n\n"
    "Hieronder vindt u de geselecteerde AMIF-projecten (bedragen in euro):\n\n"
    "Promotor | Project | Looptijd | AMIF-bijdrage\n"
    "Internationale Organisatie voor Migratie (IOM) | Terugkeerbegeleiding in de steden | 2023-2025 | 810.000,00\n"
    "Agentschap Integratie en Inburgering | Taalcoaching op de werkvloer | 2024-2026 | 640.000,00\n\n"
    "De AMIF-bijdrage bedraagt 75 % van de subsidiabele kosten.\n"
)


def test_a_cell_names_the_organisation_the_reference_data_knows_with_its_short_form_and_its_and() -> None:
    # "Internationale Organisatie voor Migratie (IOM)" is the IOM; "Agentschap Integratie en
    # Inburgering" is one agency, not two organisations split at "en"
    ex = extractor(AGENCY_ANSWER_NL, "nl", url="https://www.parlement.example.be/vragen/0137")
    rows = {p.label: set(p.implementers) for p in ex.projects if p.rule == "find_table_rows"}
    iom = next(o.iri for o in ex.ctx.orgs if o.known and "(IOM)" in o.name)
    agency = next(o.iri for o in ex.ctx.orgs if o.known and o.name.startswith("Agentschap Integratie en"))
    assert rows == {"Terugkeerbegeleiding in de steden": {iom}, "Taalcoaching op de werkvloer": {agency}}


def test_columns_aligned_with_spaces_are_a_tables_rows_but_an_indented_breakdown_is_not() -> None:
    text = (
        "Financiering\n"
        "Voor de pilot is in totaal € 900.000 beschikbaar:\n"
        "Bron                                   Bedrag\n"
        "Asiel-, Migratie- en Integratiefonds   € 600.000\n"
        "Rijksmiddelen                          € 300.000\n\n"
        "Budget sur deux ans : 120 000 €\n"
        "   dont FAMI        90 000 €\n"
        "   dont Région      30 000 €\n"
    )
    layout_units = extractor(text, "nl").ctx.units
    rows = [u for u in layout_units if u.kind == "row"]
    assert [len(u.cells) for u in rows] == [2, 2, 2], [u.text for u in rows]
    assert rows[2].text.startswith("Rijksmiddelen")


def test_tables_under_headings_of_proposals_not_funded_or_excluded_name_no_projects() -> None:
    text = (
        "ALLEGATO A – Graduatoria proposte ammesse e finanziate\n"
        "N.\tSoggetto proponente\tTitolo\tContributo ammesso\n"
        "1\tComune di Pietralta\tParole in Comune\t€ 98.400,00\n"
        "2\tCooperativa Sociale Il Ponte\tLingua e lavoro\t€ 76.750,00\n"
        "ALLEGATO B – Proposte ammissibili non finanziate per esaurimento risorse\n"
        "N.\tSoggetto proponente\tTitolo\tContributo richiesto\n"
        "3\tComune di Roccalta\tLingue in rete\t€ 69.500,00\n"
        "ALLEGATO C – Proposte escluse\n"
        "Soggetto proponente\tTitolo\tMotivazione\n"
        "Associazione Nuovi Orizzonti\tBenvenuti a scuola\tdomanda pervenuta oltre il termine\n"
        "Kappa Formazione srl\tItaliano per il lavoro\tsoggetto non ammissibile\n"
    )
    ext = facts(text, "it", title="Graduatoria FAMI – Avviso lingua italiana")
    labels = sorted(p.label for p in ext.projects)
    assert labels == ["Lingua e lavoro", "Parole in Comune"], labels


LAUREATES_FR = (
    "Appel à projets insertion : trois projets retenus\n\n"
    "La commission a retenu trois projets. Le Fonds social européen plus (FSE+) cofinance deux d'entre eux. "
    "Deux autres dossiers, trop proches d'actions déjà financées par l'État au titre du FAMI, ont été "
    "réorientés.\n\n"
    "Porteur\tProjet\tPériode\tCoût total\tFSE+\n"
    "Association Tremplin\tCap Emploi – accompagnement vers l'emploi\t2024-2026\t168 400 €\t60 000 €\n"
    "CCAS de Valmont\tParrainage Emploi – parrains salariés\t2024-2025\t41 200 €\t–\n"
    "Régie Diois Services\tMaraîchage et FLE – chantier d'insertion\t2024-2025\t97 800 €\t45 500 €\n"
)


def test_a_dash_in_a_funds_column_says_that_fund_pays_nothing_for_the_row() -> None:
    ext = facts(LAUREATES_FR, "fr")
    funded = project(ext, "Cap Emploi")
    assert set(funded.funders) == {FUND + "ESF"}  # the column's fund, not the FAMI of a distractor
    assert not [p for p in ext.projects if "Parrainage" in p.label and FUND + "ESF" in p.funders]
    assert not [p for p in ext.projects if AMIF in p.funders]


SUBSIDY_REGISTER_NL = (
    "Subsidieregister 2024\n\n"
    "De gemeente Velderen maakt jaarlijks openbaar aan welke organisaties zij subsidie verleent, waarvoor en "
    "hoeveel.\n\n"
    "Goed om te weten\n"
    "- In het register staan de verleende bedragen.\n\n"
    "Ontvanger | Doel | Regeling | Verleend bedrag\n"
    "Stichting Taalhuis Velderen | Taalcafés in de wijken (2024) | Subsidieregeling Sociaal Domein | € 38.900,00\n"
    "Stichting De Brug Velderen | Gemeentelijke cofinanciering AMIF-project Werkfit, 2024-2026 | Cofinanciering | "
    "€ 78.000,00\n"
    "Totaal beleidsveld | | | € 116.900,00\n"
)


def test_a_subsidy_register_is_paid_by_the_body_that_says_it_grants_and_not_by_a_fund_one_row_names() -> None:
    ex = extractor(SUBSIDY_REGISTER_NL, "nl")
    rows = [p for p in ex.projects if p.rule == "find_table_rows"]
    runners = {o for p in rows for o in p.implementers}
    assert runners == {org("Stichting Taalhuis Velderen"), org("Stichting De Brug Velderen")}
    taalhuis = next(p for p in rows if set(p.implementers) == {org("Stichting Taalhuis Velderen")})
    assert names_of(ex, taalhuis.funders) == {"gemeente Velderen"}


GRANTS_TABLE_DE = (
    "Land und ESF Plus fördern zwei neue Integrationsprojekte\n\n"
    "Das Ministerium für Soziales des Landes Nordheim unterstützt ab dem kommenden Jahr zwei neue Projekte.\n"
    "Die geförderten Projekte im Überblick:\n"
    "Träger\tProjekt\tLaufzeit\tZuwendung\n"
    "Bildungswerk Nordheim gGmbH\tJobstart – Coaching für Geflüchtete\t2025 – 2027\t312.400,00 €\n"
    "Verein Frauenwege Nordheim e. V.\tSprachcafé Plus\t2025 – 2026\t97.350,00 €\n"
)


def test_the_payers_a_tables_heading_names_stand_before_a_granting_sentence_over_it() -> None:
    ex = extractor(GRANTS_TABLE_DE, "de")
    p = project(ex, "Sprachcafé Plus")
    # (the ministry "des Landes Nordheim" is read as the Land)
    assert names_of(ex, p.funders) == {ESF, "Land Nordheim"}


CALL_RESULTS_FR = (
    "Appel à projets « Vivre ensemble » 2025 : les lauréats\n\n"
    "Le Collège communal a retenu trois projets. Les subsides sont octroyés sur fonds propres de la Commune.\n\n"
    "Projets retenus\n\n"
    "Association\tProjet\tQuartier\tSubside communal\n"
    "Les Mots du Parc asbl\t« Mots en marche » – tables de conversation pour primo-arrivants\tNord\t14.500 €\n"
    "Jardins du Canal asbl\tPotager partagé des voisins\tCanal\t9.800 €\n"
    "Club Sportif Lindenberg\tFoot mixte 12-16 ans\tLindenberg\t7.500 €\n\n"
    "En savoir plus sur les projets\n\n"
    "Les Mots du Parc – « Mots en marche »\n"
    "Depuis janvier 2024, l'asbl anime chaque semaine des tables de conversation pour des adultes récemment "
    "arrivés. Le projet est cofinancé par le Fonds Asile, Migration et Intégration (FAMI) "
    "pour la période 2024-2026.\n\n"
    "Jardins du Canal\n"
    "Un potager en bacs sur la place, entretenu par des seniors du quartier.\n\n"
    "© Commune de Valmont – Gemeente Valmont | Mentions légales\n"
)


def test_a_column_headed_association_names_each_rows_runner() -> None:
    ex = extractor(CALL_RESULTS_FR, "fr")
    rows = [p for p in ex.projects if p.rule == "find_table_rows"]
    assert len(rows) == 3
    assert names_of(ex, project(ex, "Potager partagé").implementers) == {"Jardins du Canal asbl"}
    assert names_of(ex, project(ex, "Foot mixte").implementers) == {"Club Sportif Lindenberg"}


def test_a_communal_subsidy_column_is_paid_by_the_town_the_page_names_most() -> None:
    # "Commune de Valmont" twice (the communal money's "la Commune" and the footer), its Dutch name once
    ex = extractor(CALL_RESULTS_FR, "fr")
    for label in ("Potager partagé", "Foot mixte"):
        assert names_of(ex, project(ex, label).funders) == {"Commune de Valmont"}


def test_a_section_about_one_row_after_the_table_adds_the_fund_it_names_to_that_row_only() -> None:
    ex = extractor(CALL_RESULTS_FR, "fr")
    assert set(project(ex, "Mots en marche").funders) == {AMIF, org("Commune de Valmont")}
    # the section headed "Jardins du Canal" names no fund; the third row has no section
    assert AMIF not in project(ex, "Potager partagé").funders
    assert AMIF not in project(ex, "Foot mixte").funders


RANKING_IT = (
    "Approvazione della graduatoria dell'Avviso n. 2/2024 – FAMI 2021-2027\n\n"
    "Pos. | Soggetto capofila | Titolo proposta | Importo richiesto (€) | Importo ammesso a finanziamento (€)\n"
    "1 | Cooperativa sociale Orizzonte Onlus | PONTI – Reti per il lavoro | 412.000,00 | 412.000,00\n"
    "2 | Associazione Lune Chiare APS | DONNE IN RETE | 380.000,00 | 288.000,00\n"
    "3 | Consorzio Solidale Adriatico | RETI DI CURA | 350.000,00 | –\n"
)

REQUESTS_NL = (
    "Aanvragen AMIF-cofinanciering 2025\n\n"
    "Aanvrager\tProject\tAangevraagd\tToegekend\n"
    "Stichting Welkom Oost\tTaal op de werkvloer\t€ 40.000\t€ 40.000\n"
    "Vereniging Buurtkracht\tSamen koken\t€ 12.000\t\n"
)


def test_a_row_that_asked_for_money_and_got_none_in_the_granted_column_is_no_project() -> None:
    ex = extractor(RANKING_IT, "it")
    rows = {p.label for p in ex.projects if p.rule == "find_table_rows"}
    assert rows == {"PONTI – Reti per il lavoro", "DONNE IN RETE"}
    ex = extractor(REQUESTS_NL, "nl")
    rows = {p.label for p in ex.projects if p.rule == "find_table_rows"}
    assert rows == {"Taal op de werkvloer"}


COFINANCING_PROPOSAL_NL = (
    "Statenvoorstel\n\n"
    "Onderwerp: Cofinanciering van het project 'Thuis in Taal Oost' van Stichting Taalbrug Veldhoven\n\n"
    "Inleiding\n"
    "Stichting Taalbrug Veldhoven wil met het project 'Thuis in Taal Oost' taalcoaches aan huis inzetten. "
    "De stichting heeft een aanvraag ingediend bij het Asiel-, Migratie- en Integratiefonds (AMIF).\n\n"
    "Financiën\n"
    "De totale projectbegroting bedraagt € 1.000.000. De financiering ziet er als volgt uit:\n\n"
    "Financier | Bedrag | Aandeel\n"
    "AMIF (Europese Unie) | € 750.000 | 75%\n"
    "Provincie Drenthe | € 170.000 | 17%\n"
    "Gemeente Veldhoven | € 80.000 | 8%\n"
    "Totaal | € 1.000.000 | 100%\n"
)


def test_a_table_of_where_a_projects_money_comes_from_names_each_payer_of_that_project() -> None:
    ex = extractor(COFINANCING_PROPOSAL_NL, "nl")
    p = project(ex, "Thuis in Taal Oost")
    assert names_of(ex, p.funders) == {AMIF, "Provincie Drenthe", "Gemeente Veldhoven"}
    assert names_of(ex, p.implementers) == {"Stichting Taalbrug Veldhoven"}


def test_a_section_about_a_row_of_a_table_written_with_bars_adds_its_fund() -> None:
    # the same page with its table written "a | b | c", as trafilatura writes HTML tables
    text = CALL_RESULTS_FR.replace("\t", " | ")
    ex = extractor(text, "fr")
    assert AMIF in project(ex, "Mots en marche").funders
    assert AMIF not in project(ex, "Potager partagé").funders


# A prefettura's results: lots of a FAMI project given to third-sector bodies, "Attività" and "Ente".
LOTS_IT = (
    "Esito della procedura per l'individuazione di enti del Terzo settore – progetto «LIRA» – Fondo Asilo, "
    "Migrazione e Integrazione (FAMI) 2021-2027\n\n"
    "A) ENTI AMMESSI E FINANZIATI\n\n"
    "Lotto | Attività | Ente | Punteggio | Importo assegnato\n"
    "1 | Corsi di lingua italiana per adulti | Cooperativa sociale La Tela – Lodi | 84/100 | € 70.000,00\n"
    "2 | Tirocini e orientamento al lavoro | Associazione Passo Lungo APS – Codogno | 77/100 | € 45.500,00\n"
)


def test_a_table_of_lots_names_each_activity_and_the_body_that_runs_it() -> None:
    ex = extractor(LOTS_IT, "it")
    rows = [p for p in ex.projects if p.rule == "find_table_rows"]
    assert {p.label for p in rows} == {"Corsi di lingua italiana per adulti", "Tirocini e orientamento al lavoro"}
    runners = {o.name for p in rows for o in ex.ctx.orgs if o.iri in p.implementers}
    assert any(n.startswith("Cooperativa sociale La Tela") for n in runners), runners
    assert any(n.startswith("Associazione Passo Lungo") for n in runners), runners


OWN_PROJECTS_TABLE = (
    "Huis de Overstap vzw\n"
    "Onze projecten\n"
    "Naam | Periode | Financier | Budget\n"
    "Leesclub Nieuwkomers | 2023 – 2025 | AMIF / Stad Hasselt | € 90.000\n"
    "Fietsles voor vrouwen | 2024 | Provincie Limburg | € 6.500\n"
    "Vragen? Mail naar info@huisdeoverstap.be.\n"
)


def test_an_organisations_table_of_its_projects_names_them_and_who_pays_and_its_owner_runs_them() -> None:
    """ "Onze projecten" over "Naam | Periode | Financier | Budget" on the organisation's own site: a
    bare name column holds the projects' names, the payer column who pays each, and the page's
    owner runs them all (the table names no one who does: no project was found)."""
    ex = extractor(OWN_PROJECTS_TABLE, "nl", url="https://www.huisdeoverstap.be/projecten")
    owner = ex.ctx.site_owner
    assert owner is not None and names_of(ex, [owner]) == {"Huis de Overstap vzw"}
    leesclub, fietsles = project(ex, "leesclub"), project(ex, "fietsles")
    assert leesclub.label == "Leesclub Nieuwkomers" and fietsles.label == "Fietsles voor vrouwen"
    assert set(leesclub.funders) == {AMIF, org("Stad Hasselt")}
    assert set(fietsles.funders) == {org("Provincie Limburg")}
    assert set(leesclub.implementers) == set(fietsles.implementers) == {owner}


def test_a_bare_name_column_of_a_table_not_about_projects_names_none() -> None:
    text = "Contact\nNaam | Functie | Telefoon\nAnn Peeters | coördinator | 011 22 33 44\n"
    assert facts(text, "nl").projects == []


def test_a_column_of_who_pays_gives_each_row_its_fund_and_the_captions_government_pays_them_all() -> None:
    """ "Fonds: AMIF" on one row, "–" on the next: the column says which fund pays each row (the
    funds over the table no longer pay every row), while the Land's money the caption names pays
    them all; "Vorhaben" heads the column of their names."""
    text = (
        "Förderbericht 2024\n"
        "Aus Landesmitteln des Landes Kärnten wurden 2024 folgende Vorhaben gefördert, einige davon mit "
        "Kofinanzierung aus dem AMIF oder dem ESF+.\n"
        "Förderempfänger\tVorhaben\tZusage Land\tFonds\n"
        "Verein Lichtblick Villach\tSprachcafé am Hauptplatz\t12.000,00\tAMIF\n"
        "Stadtgemeinde Spittal\tWillkommensbüro Spittal\t8.000,00\t–\n"
    )
    ex = extractor(text, "de")
    land = next(m.iri for m in ex.ctx.orgs if "Kärnten" in m.name)
    cafe, office = project(ex, "sprachcafé"), project(ex, "willkommensbüro")
    assert cafe.label == "Sprachcafé am Hauptplatz" and office.label == "Willkommensbüro Spittal"
    assert set(cafe.funders) == {AMIF, land}
    assert set(office.funders) == {land}


def test_a_payer_column_headed_by_two_words_names_a_foundation_per_row() -> None:
    text = (
        "Eerdere projecten van Stichting Samen Sterk\n"
        "Projectnaam\tLooptijd\tFonds / financier\tBijdrage\n"
        "Taalmaatjes Oost\t2018 – 2020\tAMIF 2014-2020\t€ 148.750\n"
        "Vrouwencafé West\t2021 – 2022\tOranje Fonds\t€ 25.000\n"
    )
    ex = extractor(text, "nl")
    assert set(project(ex, "vrouwencafé").funders) == {next(m.iri for m in ex.ctx.orgs if m.name == "Oranje Fonds")}
    assert set(project(ex, "taalmaatjes").funders) == {AMIF}


def test_a_records_penvoerder_runs_its_project() -> None:
    text = (
        "Projectnaam: Samen aan het Werk\n"
        "Looptijd: 01-02-2023 t/m 31-01-2026\n"
        "Fonds: Asiel-, Migratie- en Integratiefonds (AMIF)\n"
        "Cofinanciering: Gemeente Almelo € 60.000,00\n"
        "Aanmelden via: Huis van het Nederlands Twente\n"
        "Penvoerder: Stichting Samen Sterk\n"
        "Partners: Gemeente Almelo; ROC van Twente\n"
    )
    p = project(facts(text, "nl"), "samen aan het werk")
    assert set(p.implementers) == {org("Stichting Samen Sterk")}


GRANTS_OF_A_FOUNDATION = (
    "Fondazione Lumen per il Territorio\n"
    "Chi siamo   Bandi   Progetti   Contatti\n"
    "Bando Comunità Aperte 2024 – Esiti\n"
    "Il Consiglio della Fondazione ha approvato la graduatoria del bando.\n"
    "Progetto\tEnte capofila\tContributo deliberato\n"
    "Sportello Casa Aperta\tAssociazione Porta Aperta APS\t€ 40.000,00\n"
    "Italiano al lavoro\tCooperativa Sociale Il Ponte\t€ 25.000,00\n"
    "Non erano ammissibili spese già coperte da altri finanziamenti pubblici, in particolare da progetti FAMI.\n"
    "Per informazioni: bandi@lumen.example\n"
    "Fondazione Lumen per il Territorio – Via Roma 1, Bologna\n"
)


def test_a_grant_makers_table_on_its_own_site_is_paid_by_it_not_by_a_fund_it_excludes() -> None:
    """A foundation's page (its name the first line and again in the footer) lists the grants its
    call made; a fund named only as costs not eligible ("non erano ammissibili spese già coperte da
    ... FAMI") funds nothing: the foundation pays each row."""
    ex = extractor(GRANTS_OF_A_FOUNDATION, "it", url="https://www.lumen.example/bandi/esiti")
    foundation = next(m.iri for m in ex.ctx.orgs if m.name == "Fondazione Lumen per il Territorio")
    assert ex.ctx.site_owner == foundation
    assert not ex.ctx.funds
    for words in ("casa aperta", "italiano al lavoro"):
        assert set(project(ex, words).funders) == {foundation}


def test_a_records_foerderer_line_names_who_pays() -> None:
    text = (
        "Unsere geförderten Projekte\n"
        "Brückenbau Nordwest\n"
        "Beratung für Geflüchtete in Gemeinschaftsunterkünften.\n"
        "Träger: Diakonieverein Nordwest e.V.\n"
        "Förderer: Aktion Mensch e.V. und Landkreis Emsland\n"
        "Laufzeit: 01.01.2024 – 31.12.2026\n"
    )
    ex = extractor(text, "de")
    payers = {m.name for m in ex.ctx.orgs if m.iri in project(ex, "brückenbau").funders}
    assert payers == {"Aktion Mensch e.V.", "Landkreis Emsland"}


def test_a_table_of_actions_names_each_by_its_descriptions_lead_words_and_its_lead_runs_it() -> None:
    """ "Action | Description | Lead / partners | Funding": no title column, so each description's
    lead words name the row's project; the first organisation of a "Lead / partners" cell runs it,
    the others take part; the funding cell says who pays."""
    text = (
        "Progress on actions\n"
        "Action\tDescription\tLead / partners\tFunding\n"
        "2.1\tNewcomer Café: a weekly drop-in for new arrivals at the library\tKilbride Resource Centre; "
        "Kilbride Library Service\tAMIF grant of €40,000\n"
        "2.2\tStep Up Sport: a youth football programme in the summer\tKilbride Sports Partnership; "
        "Kilbride Football Club\tDepartment of Health – €5,000\n"
    )
    ex = extractor(text, "en")
    iri = {m.name: m.iri for m in ex.ctx.orgs}
    cafe, sport = project(ex, "newcomer café"), project(ex, "step up sport")
    assert cafe.label == "Newcomer Café" and sport.label == "Step Up Sport"
    assert set(cafe.implementers) == {iri["Kilbride Resource Centre"]}
    assert set(cafe.partners) == {iri["Kilbride Library Service"]}
    assert set(cafe.funders) == {AMIF}
    assert set(sport.implementers) == {iri["Kilbride Sports Partnership"]}
    assert set(sport.funders) == {iri["Department of Health"]}


def test_a_french_action_column_names_rows_and_european_credits_said_unused_fund_nothing() -> None:
    """ "Bénéficiaire | Action | Montant proposé": the action column names each row's project; "Le
    Département est aussi organisme intermédiaire du FSE+ ... Ces crédits européens ne sont pas
    mobilisés ici": the FSE+ pays none of them."""
    text = (
        "Rapport à la commission permanente\n"
        "Pour mémoire, le Département est aussi organisme intermédiaire du FSE+ pour le programme d'insertion. "
        "Ces crédits européens ne sont pas mobilisés dans le cadre du présent rapport.\n\n"
        "Récapitulatif\n"
        "Bénéficiaire | Action | Montant proposé\n"
        "Association Pont des Cultures | Ateliers de français à Mende | 12 500 €\n"
        "Association Roue Libre | Plateforme de mobilité solidaire | 8 000 €\n"
    )
    ex = extractor(text, "fr")
    assert {p.label for p in ex.projects if p.rule == "find_table_rows"} == {
        "Ateliers de français à Mende",
        "Plateforme de mobilité solidaire",
    }
    assert not ex.ctx.funds


def test_a_measures_column_names_each_rows_project_by_its_lead_words() -> None:
    """ "Nr. | Maßnahme | Träger | Förderung | Laufzeit" in a district's report: the measure column
    names each row's project (its lead words, not the section's heading "3.2 Übersicht")."""
    text = (
        "3.2 Übersicht\n"
        "Die Tabelle zeigt die laufenden Maßnahmen im Kreis.\n"
        "Nr. | Maßnahme | Träger | Förderung | Laufzeit\n"
        "1 | „Brücken bauen“: Beratung für geflüchtete Familien | Caritasverband Musterkreis e. V. | AMIF 75 %: "
        "120.000 € | 01.01.2024 – 31.12.2026\n"
        "2 | Lotsenprojekt Arbeit – Coaching in Ausbildung | Verein Neustart Musterstadt e. V. | AMIF, Gesamtvolumen "
        "210.000 € | 2023–2025\n"
    )
    ex = extractor(text, "de")
    assert {p.label for p in ex.projects} == {"Brücken bauen", "Lotsenprojekt Arbeit"}


def test_a_record_pages_measure_line_is_its_kind_not_its_title() -> None:
    """ "Maßnahme: Sprachkurse, Arbeitsmarktvorbereitung" on a project database's record is the kind
    of measure; the record's title line names the project."""
    text = (
        "Projekttitel: Deutsch im Beruf Obertal\n"
        "Maßnahme: Sprachkurse, Arbeitsmarktvorbereitung\n"
        "Begünstigter: Verein Bildungsweg Obertal\n"
        "Fonds: AMIF\n"
        "Laufzeit: 01.03.2023 – 28.02.2026\n"
    )
    assert [p.label for p in facts(text, "de").projects] == ["Deutsch im Beruf Obertal"]
