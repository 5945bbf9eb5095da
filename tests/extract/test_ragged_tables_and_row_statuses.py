"""Tables as pages flatten them, read in held38, held36 and held37 (session 49): a list of coded
projects whose cells are split by dashes though the titles hold dashes of their own, one row wrapped
onto a second line; a ministry's table whose "Action" column holds the projects' names; a city's
report whose table names each row's payers beside a sentence that says the city co-funds some; rows
whose status says they got no money; a financing plan whose first payer's line has a share the
others lack; a parliament paper's number in the page's title; a prefecture's table split by
semicolons; a parliament's answer aligned with spaces, its cells wrapping; a county's table of its
co-financings by main funder and its own share; a ministry's project cards that give the EU's share
and no fund."""

from __future__ import annotations

from extract_helpers import AMIF, ESF, extractor, facts, names_of, org, project

from migkg.loaders.document import Document
from migkg.loaders.extract.context import Context
from migkg.loaders.extract.model import NATIONAL

# A federation of towns lists its members' approved projects: "code - title - runner - sum", the
# titles with a dash of their own, one row wrapped after a dash.
CODED_IT = (
    "Avviso FAMI: i progetti ammessi dei comuni soci\n\n"
    "I progetti sono finanziati dal Fondo Asilo, Migrazione e Integrazione (FAMI) e durano dal 1° "
    "gennaio 2025 al 31 dicembre 2027.\n\n"
    "Codice - Titolo - Ente capofila - Importo\n"
    "PROG-0101 - Casa Aperta - sportello per famiglie - Comune di Lucca - € 300.000,00\n"
    "PROG-0102 - Lingua Ponte - Comune di Pisa - € 250.000,00\n"
    "PROG-0103 - Rete Lavoro - orientamento per titolari di protezione -\n"
    "Comune di Livorno - € 180.000,00\n"
    "PROG-0104 - Porte Girevoli - ASP Valdera - € 120.000,00\n\n"
    "Per informazioni scrivere all'ufficio welfare.\n"
)


def test_a_dashed_rows_extra_dashes_belong_to_its_title_and_a_row_may_wrap_after_a_dash() -> None:
    ex = extractor(CODED_IT, "it", url="https://www.comunisoci.example.it/fami-ammessi")
    # (before: rows with more dashes than the header were no table; four projects, no pair)
    # (a title's words before its dash name the project: "Casa Aperta")
    for title, runner, amount in (
        ("Casa Aperta", "Comune di Lucca", 300000),
        ("Lingua Ponte", "Comune di Pisa", 250000),
        ("Rete Lavoro", "Comune di Livorno", 180000),
        ("Porte Girevoli", "ASP Valdera", 120000),
    ):
        p = project(ex, title)
        assert names_of(ex, p.implementers) == {runner}, (title, p.implementers)
        assert AMIF in p.funders
        assert {int(v) for v, _c, _e in p.amounts.values()} == {amount}, (title, p.amounts)


def test_a_wrapped_dashed_rows_first_line_is_read_with_its_second() -> None:
    ctx = Context(Document(text=CODED_IT, name="t.txt", raw=CODED_IT.encode(), language="it"))
    rows = [u for u in ctx.units if u.kind == "row"]
    assert len(rows) == 5, [u.text for u in rows]
    wrapped = next(u for u in rows if "PROG-0103" in ctx.text[u.cells[0][0] : u.cells[0][1]])
    assert [ctx.text[a:b] for a, b in wrapped.cells][2:] == ["Comune di Livorno", "€ 180.000,00"]


# A ministry's table of implemented actions: the "Action" column holds each action's name; two rows
# share their runner.
ACTIONS_EN = (
    "AMIF 2021-2027 - implemented actions\n\n"
    "Actions are co-financed by the European Union (AMIF) and by the national budget.\n\n"
    "Code\tAction\tBeneficiary\tPeriod\tEU contribution (AMIF)\n"
    "MT/1.1/01\tOperation of the Hal Far open centre\tAgency for the Welfare of Asylum Seekers\t2022-2025"
    "\t4,200,000.00\n"
    "MT/1.1/02\tRefurbishment of the Marsa open centre\tAgency for the Welfare of Asylum Seekers\t2023-2026"
    "\t2,100,000.00\n"
    "MT/2.1/01\tLanguage courses for third-country nationals\tIntegration Unit\t2023-2025\t900,000.00\n"
)


def test_an_action_column_names_each_rows_project_and_rows_of_one_runner_stay_apart() -> None:
    ext = facts(ACTIONS_EN, "en", url="https://www.homeaffairs.example.mt/amif/actions")
    # (before: "Action" was no title key; each runner's rows became one project named by the caption)
    hal_far = project(ext, "Hal Far open centre")
    marsa = project(ext, "Marsa open centre")
    assert hal_far is not marsa
    assert hal_far.implementers.keys() == marsa.implementers.keys()
    assert (marsa.start_year, marsa.end_year) == (2023, 2026)
    assert AMIF in project(ext, "Language courses").funders


def test_a_column_of_action_numbers_is_a_code_and_the_description_names_the_project() -> None:
    text = (
        "Progress on actions\n\n"
        "Action\tDescription\tLead\tFunding\n"
        "2.2\tCity Welcome Desk: a weekly drop-in advice point for newcomers\tCommunity Section\tAMIF grant €90,000\n"
        "4.5\tHomework Club: after-school support for refugee children\tEastside Youth Club"
        "\tEastshire County Council grant €5,000\n"
    )
    ext = facts(text, "en", url="https://www.eastshire.example.ie/integration-strategy")
    labels = sorted(p.label for p in ext.projects)
    # (before, with "action" a title key: "2.2" and "4.5" were the projects' names)
    assert labels == ["City Welcome Desk", "Homework Club"], labels


# A city's report: its table names each row's payers; a sentence far above says the city co-funds
# projects of others.
REPORT_DE = (
    "Integrationsbericht 2024\n\n"
    "1 Finanzierung\n\n"
    "Die Stadt Halle fördert Integrationsarbeit aus eigenen Mitteln und kofinanziert EU-Projekte freier Träger.\n\n"
    "2 Maßnahmen\n\n"
    "Tabelle 3: Maßnahmen nach Träger und Finanzierung\n\n"
    "Maßnahme\tTräger\tFinanzierung\tLaufzeit\n"
    "Brückenbau – Beratung für Familien\tVerein Lichtblick e. V.\tAMIF, städtische Mittel\t2023 – 2025\n"
    "Sprachcafé Nord\tBildungswerk Saale e. V.\tESF Plus\t2024 – 2026\n"
    "Integrationszentrum Süd\tStadt Halle\tAMIF-Antrag gestellt, Bewilligung steht aus\tab 2026\n"
)


def test_a_table_that_names_each_rows_payers_is_not_paid_by_a_sentence_far_above_it() -> None:
    ext = facts(REPORT_DE, "de", url="https://www.halle.example.de/integrationsbericht")
    city = org("Stadt Halle")
    sprachcafe = project(ext, "Sprachcafé Nord")
    # (before: the sentence's city paid every row, the ESF Plus course too)
    assert city not in sprachcafe.funders, sprachcafe.funders
    assert ESF in sprachcafe.funders
    # the row whose cell names the city's money keeps it
    assert city in project(ext, "Brückenbau").funders


def test_a_row_whose_application_awaits_its_decision_is_no_funded_project() -> None:
    ext = facts(REPORT_DE, "de", url="https://www.halle.example.de/integrationsbericht")
    assert not [p.label for p in ext.projects if "Integrationszentrum" in p.label]


def test_a_status_cell_that_says_rejected_leaves_the_row_out_and_a_city_subsidy_is_the_citys() -> None:
    text = (
        "Subsidiedossiers integratie\n\n"
        "Project | Promotor | Financiering | Bedrag | Status\n"
        "Buddy Boom | Stad Lommel | AMIF | € 150.000 | goedgekeurd\n"
        "Thuis in Lommel | Stad Lommel | AMIF | € 200.000 | afgewezen\n"
        "Huiswerkklas De Wip | vzw De Wip | stedelijke subsidie | € 10.000 | goedgekeurd\n"
    )
    ext = facts(text, "nl", url="https://www.lommel.example.be/subsidiedossiers")
    labels = {p.label for p in ext.projects}
    assert "Buddy Boom" in labels
    # (before: "afgewezen" alone in a status cell said nothing; the row was an AMIF project)
    assert "Thuis in Lommel" not in labels, labels
    # (before: "stedelijke subsidie" named no payer)
    assert org("Stad Lommel") in project(ext, "Huiswerkklas").funders


# A town council's minutes: a financing plan whose first line gives a share the others do not.
MINUTES_FR = (
    "Compte rendu du conseil municipal\n\n"
    "Point 7 – Convention avec l'association Parole Commune\n"
    "L'association Parole Commune a été retenue au titre de l'appel à projets FAMI pour son projet "
    "« Mots Passeurs ». Le projet se déroule du 1er janvier 2025 au 31 décembre 2026.\n"
    "Plan de financement prévisionnel :\n"
    "FAMI (Union européenne)              150 000,00 €     75 %\n"
    "Ville de Saint-Laurent               30 000,00 €\n"
    "Département de la Guyane             20 000,00 €\n"
    "TOTAL                                200 000,00 €\n"
    "Le conseil municipal approuve la convention.\n"
)


def test_a_financing_plans_rows_are_payers_though_the_first_has_one_cell_more() -> None:
    ext = facts(MINUTES_FR, "fr", url="https://www.ville-saint-laurent.example.fr/conseil")
    p = project(ext, "Mots Passeurs")
    # (before: the first line's share split the rows from it; no line said how they were paid)
    assert {org("Ville de Saint-Laurent"), org("Département de la Guyane"), AMIF} <= set(p.funders), p.funders
    assert set(p.implementers) == {org("Parole Commune")}, p.implementers


def test_a_gap_of_spaces_ends_a_name_in_a_table_cell() -> None:
    ctx = Context(Document(text=MINUTES_FR, name="t.txt", raw=MINUTES_FR.encode(), language="fr"))
    at = MINUTES_FR.index("Ville de Saint-Laurent     ")
    mention = next(o for o in ctx.orgs if o.start == at)
    # (before: the name ran on over the gap, past the cell's end)
    assert MINUTES_FR[mention.start : mention.end] == "Ville de Saint-Laurent"


def test_a_parliament_papers_number_in_the_title_is_no_project() -> None:
    text = (
        "Drucksache 19/455\n\n"
        "Mitteilung des Senats\n\n"
        "Zu Frage 1:\n"
        "1. Projektträger: Verein Ankerplatz e. V.\n"
        "Projekt: „Wegweiser – Erstorientierung für Neuzugewanderte“\n"
        "Fördersumme: 300.000,00 Euro aus dem Asyl-, Migrations- und Integrationsfonds (AMIF)\n"
        "Laufzeit: 01.01.2023 – 31.12.2025\n\n"
        "2. Projektträger: Fluchtpunkt Nord e. V.\n"
        "Projekt: „Gemeinsam ankommen – Patenschaften für junge Geflüchtete“\n"
        "Fördersumme: 150.000,00 Euro aus dem AMIF\n"
        "Laufzeit: 2023 bis 2025\n"
    )
    ext = facts(
        text,
        "de",
        title="Drucksache 19/455 - AMIF-geförderte Projekte (Mitteilung des Senats)",
        url="https://www.landtag.example.de/drucksache/19-455",
    )
    labels = [p.label for p in ext.projects]
    # (before: "Drucksache 19/455", a head of the title over the page's top line, was a project run by all)
    assert not [label for label in labels if "Drucksache" in label], labels
    assert set(project(ext, "Wegweiser").implementers) == {org("Ankerplatz")}


def test_lines_split_by_semicolons_under_a_header_with_a_programmes_number_are_a_table() -> None:
    text = (
        "Appel à projets intégration 2024 : liste des lauréats\n"
        "Ces actions sont cofinancées par le Fonds Asile, Migration et Intégration (FAMI) et par les "
        "crédits du programme 104.\n"
        "Liste des projets retenus\n"
        "Porteur ; Action ; Montant FAMI ; Montant BOP 104\n"
        "Association Horizon Sud ; Ateliers sociolinguistiques « Dire et lire » ; 30 000 € ; 10 000 €\n"
        "Mission locale de Bastelica ; « Cap Futur » : accompagnement vers l'emploi ; 40 000 € ; –\n"
        "Total ; ; 70 000 € ; 10 000 €\n"
    )
    ex = extractor(text, "fr", url="https://www.prefecture-exemple.gouv.fr/laureats-2024")
    # (before: a semicolon split no cells, and "BOP 104" barred the header: the rows were sentences)
    dire = project(ex, "Dire et lire")
    assert names_of(ex, dire.implementers) == {"Association Horizon Sud"}, dire.implementers
    assert AMIF in dire.funders
    assert names_of(ex, project(ex, "Cap Futur").implementers) == {"Mission locale de Bastelica"}


# A parliament's answer: a table aligned with spaces whose cells wrap onto a second line; a Land pays
# the "national" co-financing; an application not yet decided.
ANSWER_DE = (
    "Antwort zu 1:\n"
    "Nach Kenntnis des Senats werden derzeit folgende Projekte aus dem Asyl-, Migrations- und "
    "Integrationsfonds (AMIF) gefördert. Die erforderliche nationale Kofinanzierung stellt der Freistaat "
    "Bayern aus Landesmitteln bereit.\n\n"
    "Träger                          Projekt                                   Laufzeit                  "
    "Fördersumme AMIF\n"
    "Lichtblick – Hilfen für         „Anker“ – Beratung geflüchteter           01.01.2023 – 31.12.2025   "
    "300.000,00 €\n"
    "Geflüchtete e. V.               Familien\n"
    "Kreisverband Nord e. V.         Brückenbau – Orientierungskurse           01.07.2023 – 30.06.2026   "
    "200.000,00 €\n"
    "                                für Frauen\n"
    "Bezirksamt Ostpark              Willkommenslotsen Ostpark                 01.04.2024 – 31.03.2027   "
    "100.000,00 €\n\n"
    "Antwort zu 2:\n"
    "Das Bezirksamt Westpark hat im Juni 2024 einen Antrag für ein Projekt zum Aufbau eines Netzes von "
    "Gesundheitslotsen beim BAMF eingereicht. Eine Entscheidung steht noch aus.\n"
)


def test_a_space_aligned_tables_cells_may_wrap_onto_a_second_line() -> None:
    ex = extractor(ANSWER_DE, "de", url="https://www.landtag.example.de/drucksache/19-123")
    # (before: the second lines broke the table after its first row)
    assert names_of(ex, project(ex, "Willkommenslotsen Ostpark").implementers) == {"Bezirksamt Ostpark"}
    assert AMIF in project(ex, "Brückenbau").funders


def test_the_national_share_a_lands_budget_pays_is_the_lands_not_the_states() -> None:
    ext = facts(ANSWER_DE, "de", url="https://www.landtag.example.de/drucksache/19-123")
    p = project(ext, "Willkommenslotsen Ostpark")
    # (before: "nationale Kofinanzierung" named the state's budget, though the Land pays it)
    assert NATIONAL not in p.funders, p.funders


def test_a_project_whose_application_awaits_its_decision_is_not_funded() -> None:
    ext = facts(ANSWER_DE, "de", url="https://www.landtag.example.de/drucksache/19-123")
    assert not [p.label for p in ext.projects if "Gesundheitslotsen" in p.label], [p.label for p in ext.projects]


def test_a_main_funding_column_and_a_share_column_headed_by_a_bodys_kind_name_each_rows_payers() -> None:
    text = (
        "Vorlage 2024/100 – Kofinanzierung durch den Landkreis Nordheide\n\n"
        "Übersicht der laufenden Kofinanzierungen des Landkreises (Stand 09/2024)\n\n"
        "Träger | Projekt | Hauptförderung | Laufzeit | Anteil Landkreis p. a.\n"
        "DRK-Kreisverband Nordheide e.V. | Beratung vor Ort | Land Niedersachsen | 2023–2025 | 12.500 €\n"
        "Volkshochschule Nordheide | Sprachcafé plus | AMIF | 2022–2025 | 9.000 €\n"
        "Arbeit und Leben Nordheide | Perspektive Arbeit | ESF Plus | 2023–2026 | 15.000 €\n"
    )
    ext = facts(text, "de", url="https://www.landkreis-nordheide.example.de/vorlage-2024-100")
    county = org("Landkreis Nordheide")
    cafe, arbeit = project(ext, "Sprachcafé plus"), project(ext, "Perspektive Arbeit")
    # (before: "Hauptförderung" was no column of payers, the page's fund paid every row; and the
    # county's share column, headed by "Landkreis" alone, named no payer)
    assert AMIF in cafe.funders and AMIF not in arbeit.funders, (cafe.funders, arbeit.funders)
    assert ESF in arbeit.funders
    assert county in cafe.funders and county in arbeit.funders


def test_a_cards_eu_share_is_the_pages_one_fund() -> None:
    text = (
        "AMIF project cards\n\n"
        "The regional integration centres are financed from the Asylum, Migration and Integration Fund (AMIF) "
        "of the European Union and from the state budget.\n\n"
        "PROJECT CARD  AMIF/21/07\n"
        "Project title\tIntegration Centre Lakeside Region\n"
        "Beneficiary\tLakeside Integration Centre o.p.s.\n"
        "EU share (75 %)\tEUR 900,000.00\n"
        "National share (25 %)\tEUR 300,000.00\n"
        "Period\t1 Jan 2023 – 31 Dec 2025\n"
    )
    ext = facts(text, "en", url="https://www.integration-centres.example.cz/amif-cards")
    p = project(ext, "Integration Centre Lakeside Region")
    # (before: the card named the state's share and the EU's, no fund: the state's money alone)
    assert AMIF in p.funders and NATIONAL in p.funders, p.funders
    assert int(p.amounts[AMIF][0]) == 900000
