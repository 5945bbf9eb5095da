"""Pages read in held47 (session 54): a list of grants in another currency ("Hungarian forint
(HUF)", columns "(HUF)"); a sum converted in brackets; a table flattened to one cell per line; a
table with a column of grant holders beside one of the bodies that carry the projects out; a
question line after a table ("Et le FAMI ?"); the body a project's quoted name is said to be of;
a host that shortens a compound ("caritas-..."); a row whose payer cell says which fund pays it; an
project's name spelt by its acronym; a
council letter's numbered parts; an application still under review."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import AMIF, ESF, extractor, facts, names, org, project

from migkg.loaders.extract.amounts import find_amounts, find_money_roles
from migkg.loaders.extract.cues import cues_for
from migkg.loaders.extract.model import NATIONAL
from migkg.loaders.extract.projects import generic_heading
from migkg.loaders.extract.structure import layout

FORINT_TABLE = (
    "AMIF – supported projects\n"
    "The EU contribution is 75% of the total eligible cost of each project. Amounts are shown in "
    "Hungarian forint (HUF).\n"
    "Project ID | Beneficiary | Project title | Total eligible cost (HUF) | of which EU contribution (HUF)\n"
    "AMIF-2.1-01 | Sunrise Refugee Aid Foundation | Counselling for newcomers in Pécs | 186 000 000 | 139 500 000\n"
    "AMIF-2.1-02 | Danube Welcome Association | Housing mentoring in Győr | 154 000 000 | 115 500 000\n"
)


def test_a_currency_in_brackets_is_no_organisation() -> None:
    # (before: "Hungarian forint (HUF)" was a body defined by its acronym, and the column "of which
    # EU contribution (HUF)" named it as the rows' payer)
    assert "Hungarian forint" not in names(FORINT_TABLE, "en")
    ext = facts(FORINT_TABLE, "en")
    row = project(ext, "Counselling for newcomers")
    assert not [f for f in row.funders if "forint" in f or f.endswith("/huf")]


def test_sums_in_another_currency_are_no_euros() -> None:
    ext = facts(FORINT_TABLE, "en")
    row = project(ext, "Housing mentoring")
    values = {v for v, _cur, _ev in row.amounts.values()}
    assert Decimal("115500000") not in values and Decimal("154000000") not in values
    assert [a.currency for a in find_amounts("a budget of 412 880 000 HUF, or PLN 2,5 mln", "en")] == ["HUF", "PLN"]


def test_a_role_takes_the_sum_converted_to_euros_in_brackets() -> None:
    text = "The project has a total value of BGN 2,347,000 (approximately EUR 1.2 million)."
    (role,) = find_money_roles(text, "en")
    assert role.amount is not None
    assert (role.amount.value, role.amount.currency) == (Decimal("1200000"), "EUR")
    # (without a sum in euros beside it, the sum stays as written)
    (alone,) = find_money_roles("The project has a total value of BGN 2,347,000.", "en")
    assert alone.amount is not None and alone.amount.currency == "BGN"


FLAT_TABLE_DE = (
    "Anfragebeantwortung\n"
    "Folgende Projekte von Projektträgern im Mühlviertel wurden aus dem AMIF genehmigt:\n"
    "Projekttitel\n"
    "Projektträger\n"
    "Laufzeit\n"
    "AMIF-Mittel in Euro\n"
    "Projektvolumen gesamt in Euro\n"
    "Brückenschlag Freistadt – Begleitung für Schutzberechtigte\n"
    "Verein Horizonte Mühlviertel\n"
    "01.01.2024 – 31.12.2026\n"
    "210.000,00\n"
    "280.000,00\n"
    "Sprachwerk Rohrbach\n"
    "Bildungsforum Rohrbach GmbH\n"
    "01.03.2024 – 28.02.2027\n"
    "150.000,00\n"
    "200.000,00\n"
    "Die nationale Kofinanzierung erfolgt aus Bundesmitteln.\n"
)


def test_a_table_flattened_to_one_cell_per_line_is_read_as_rows() -> None:
    units, _doc = layout(FLAT_TABLE_DE, "de")
    rows = [u for u in units.units if u.kind == "row"]
    # the header and two rows, five cells each, each cell one line
    assert len(rows) == 3 and all(len(r.cells) == 5 for r in rows)
    assert FLAT_TABLE_DE[slice(*rows[2].cells[1])] == "Bildungsforum Rohrbach GmbH"
    ext = facts(FLAT_TABLE_DE, "de")
    row = project(ext, "Sprachwerk Rohrbach")
    assert org("Bildungsforum Rohrbach") in row.implementers  # (its IRI leaves the legal form out)
    assert AMIF in row.funders
    assert (row.start_year, row.end_year) == (2024, 2027)


def test_short_lines_of_prose_are_no_flattened_table() -> None:
    # (a guard: a menu of short lines, then lines of prose: no column keys, no rows of figures)
    text = "Startseite\nAktuelles\nKontakt\nDas Projekt läuft seit 2023.\nEs wird vom AMIF gefördert.\n"
    units, _doc = layout(text, "de")
    assert not [u for u in units.units if u.kind == "row"]


HOLDER_AND_CARRIER_IT = (
    "Comune di Borgoverde – Progetti finanziati\n"
    "Progetto | Fonte di finanziamento | Ente titolare / capofila | Ente attuatore / partner | Periodo | Importo\n"
    "SAI Borgoverde – ordinari | Fondo nazionale per le politiche e i servizi dell'asilo – Ministero dell'Interno | "
    "Comune di Borgoverde | Cooperativa Sociale Arcobaleno (ente attuatore) | 2023 – 2025 | € 1.200.000,00\n"
    "Reti Solidali | FAMI 2021-2027 | Regione Valdelmare (capofila) | partner: Comune di Borgoverde, Comune di "
    "Montefiore | 2023 – 2026 | € 900.000,00\n"
    "Percorsi al lavoro | FSE+ 2021-2027 | Ente Formazione Valdelmare | in ATI con Cooperativa Sociale Orizzonte | "
    "2024 – 2025 | € 300.000,00\n"
)


def test_a_holder_column_runs_and_a_carrier_keyed_in_brackets_runs_too() -> None:
    ext = facts(HOLDER_AND_CARRIER_IT, "it")
    sai = project(ext, "SAI Borgoverde")
    # (before: the second column of bodies took the first one's place; the holder ran nothing)
    assert org("Comune di Borgoverde") in sai.implementers
    assert org("Cooperativa Sociale Arcobaleno") in sai.implementers


def test_a_carrier_column_runs_its_first_body_and_its_keyed_partners_take_part() -> None:
    ext = facts(HOLDER_AND_CARRIER_IT, "it")
    reti = project(ext, "Reti Solidali")
    assert org("Regione Valdelmare") in reti.implementers
    # ("partner: Comune di Borgoverde, Comune di Montefiore": the key says they take part)
    assert org("Comune di Montefiore") not in reti.implementers
    lavoro = project(ext, "Percorsi al lavoro")
    assert [i for i in lavoro.implementers if i.endswith("formazione-valdelmare")]
    # ("Ente attuatore / partner" over "in ATI con Cooperativa Sociale Orizzonte": the column names
    # the body that carries the project out first)
    assert [i for i in lavoro.implementers if i.endswith("orizzonte")]


STATE_CALL_FR = (
    "Appel à projets 2025 : les projets retenus\n"
    "La préfecture du Morvan a retenu trois projets. Ils bénéficient d'une subvention de l'État imputée sur "
    "les crédits du programme 104.\n"
    "\n"
    "Priorités de l'appel\n"
    "- l'apprentissage du français ;\n"
    "- l'accès à l'emploi.\n"
    "\n"
    "Liste des projets retenus\n"
    "\n"
    "Porteur | Intitulé de l'action | Subvention accordée\n"
    "Association Clair Matin | Ateliers de français à Autun | 18 000 €\n"
    "Centre social des Tilleuls | Permanences d'accès aux droits | 12 500 €\n"
    "Mission locale du Haut-Morvan | Accompagnement des jeunes réfugiés | 21 000 €\n"
    "Et le FAMI ?\n"
    "Les projets cofinancés par le Fonds asile, migration et intégration (FAMI) ne relèvent pas de cet appel "
    "départemental. Ils sont sélectionnés au niveau national par la direction générale des étrangers en France.\n"
)


def test_a_question_after_a_table_opens_what_follows_on_something_else() -> None:
    ext = facts(STATE_CALL_FR, "fr")
    row = project(ext, "Ateliers de français")
    # (before: the page's fund, named only after the table, paid every row with the State's money
    # said over it; and the sentence after "Et le FAMI ?" spoke of "les projets" and so of every row)
    assert AMIF not in row.funders
    assert NATIONAL in row.funders


def test_the_body_a_quoted_project_is_said_to_be_of_runs_it() -> None:
    text = (
        "Los daarvan subsidieert de gemeente uit eigen middelen het project 'Samen aan Tafel' van "
        "Humanitas Rivierenland, waarin vrijwilligers nieuwkomers thuis helpen met de taal.\n"
    )
    ex = extractor(text, "nl")
    # (before: "Humanitas Rivierenland" has no head noun and no legal form: no body at all)
    assert "Humanitas Rivierenland" in {o.name for o in ex.ctx.orgs}
    (tafel,) = [p for p in ex.projects if p.label == "Samen aan Tafel"]
    assert org("Humanitas Rivierenland") in tafel.implementers


def test_a_place_after_a_quoted_project_is_no_body() -> None:
    # (a guard: the town where it runs, which the text names as a place)
    text = "La Ville de Namur soutient le projet « Cuisine du monde » de Namur depuis 2023.\n"
    ex = extractor(text, "fr")
    assert "Namur" not in {o.name for o in ex.ctx.orgs if o.start > text.index("»")}


def test_a_host_that_shortens_a_compound_names_the_site_owner() -> None:
    text = (
        "Ankommen im Beruf\n"
        "Unser Projekt begleitet Geflüchtete in Ausbildung und Arbeit. Es wird aus dem AMIF gefördert.\n"
        "Laufzeit: 01.01.2024 – 31.12.2026\n"
        "Caritasverband für das Dekanat Oberhaching e.V. · Kirchplatz 3 · 82041 Oberhaching\n"
    )
    ex = extractor(text, "de", url="https://www.caritas-oberhaching.de/projekte/ankommen")
    # (before: "caritas" had to be a whole word of the name, not the first part of "Caritasverband")
    assert ex.ctx.site_owner == org("Caritasverband für das Dekanat Oberhaching")  # (no legal form in IRIs)


PAYER_CELLS_NL = (
    "Antwoord\n"
    "Het gaat om middelen uit het Fonds voor Asiel, Migratie en Integratie (AMIF) en het Europees Sociaal "
    "Fonds Plus (ESF+).\n"
    "Project | Uitvoerder | Fonds | Looptijd | Subsidie\n"
    "Thuis in Westerveen | VluchtelingenWerk Noordoost | AMIF | 2023 – 2025 | € 198.750\n"
    "Werkfit Westerveen | Gemeente Westerveen | ESF+ | 2023 – 2025 | € 286.400\n"
    "Voor AMIF treedt het ministerie van Justitie en Veiligheid op als beheerautoriteit.\n"
)


def test_a_row_whose_payer_cell_names_its_fund_takes_no_other_fund() -> None:
    # (a guard: on this text the pair model adds no other fund to the row; on a read page with
    # three rows it added the page's other fund to the ESF+ row, which its cell now keeps out)
    ext = facts(PAYER_CELLS_NL, "nl")
    werkfit = project(ext, "Werkfit")
    assert ESF in werkfit.funders
    assert AMIF not in werkfit.funders


def test_an_acronyms_long_form_after_a_project_word_is_no_organisation() -> None:
    text = "Het project Taal op de Werkvloer Noordkop (TWN) combineert taalles met werkervaring.\n"
    assert not [n for n in names(text, "nl") if "Werkvloer" in n]


def test_a_projects_name_goes_on_as_its_acronym_spells_it() -> None:
    text = (
        "Onderwerp: Toekenning AMIF-subsidie voor het project Werk op de Vloer Noordkop\n"
        "Geachte leden van de raad,\n"
        "Met deze brief informeren wij u over de subsidie voor het project Werk op de Vloer Noordkop (WVN). "
        "Het AMIF draagt 75% bij.\n"
    )
    ext = facts(text, "nl")
    labels = {p.label for p in ext.projects}
    assert "Werk op de Vloer Noordkop" in labels
    assert "Werk" not in labels


def test_a_council_letters_numbered_parts_are_no_projects() -> None:
    text = (
        "Raadsinformatiebrief\n"
        "Onderwerp: Toekenning AMIF-subsidie voor het project Samen Werken Noordkop\n"
        "1. Aanleiding\n"
        "Het project Samen Werken Noordkop combineert taalles met werk.\n"
        "2. Besluit op de aanvraag\n"
        "Aan de gemeente Noordkop is een subsidie verleend van € 300.000 uit het AMIF.\n"
        "3. Inhoud van het project\n"
        "Looptijd: 1 september 2023 t/m 31 augustus 2026\n"
        "4. Financiën\n"
        "Projectkosten € 400.000\n"
        "5. Overige aanvragen\n"
        "Een ESF+-aanvraag voor een ander project loopt nog.\n"
        "6. Vervolg\n"
        "Wij informeren u jaarlijks over de voortgang.\n"
    )
    ext = facts(text, "nl")
    labels = {p.label for p in ext.projects}
    assert not labels & {"Aanleiding", "Besluit op de aanvraag", "Overige aanvragen"}


def test_an_application_still_under_review_is_no_funded_project() -> None:
    text = (
        "De aanvraag voor een ESF+-subsidie voor het project 'Jong aan de Slag Noordkop' is nog in behandeling "
        "bij de uitvoeringsorganisatie van het ministerie.\n"
    )
    from migkg.loaders.extract.pipeline import extract_facts  # noqa: F401  (the same path `facts` takes)

    ext = facts(text, "nl")
    assert not [p for p in ext.projects if "Jong aan de Slag" in p.label and p.funders]


def test_paragraphs_opening_on_a_quoted_name_and_its_sum_are_the_announced_projects() -> None:
    text = (
        "Comune di Valbruna – Comunicati stampa\n"
        "DAL FAMI 900 MILA EURO PER DUE PROGETTI DEL COMUNE\n"
        "Il Ministero dell'Interno ha approvato il finanziamento di due progetti presentati dal Comune di "
        "Valbruna nell'ambito del Programma nazionale FAMI 2021-2027.\n"
        "\n"
        "I due progetti finanziati sono:\n"
        "\n"
        "«Case Aperte» – 600.000,00 €\n"
        "Recupero di alloggi comunali per i lavoratori stagionali. Durata: dal 1° settembre 2024 al 31 agosto 2027.\n"
        "\n"
        "«Sportello Insieme» – 300.000,00 €\n"
        "Potenziamento della mediazione linguistico-culturale presso i servizi sociali. Durata: 2024-2026.\n"
    )
    ext = facts(text, "it", url="https://www.comune.valbruna.it/comunicati/fami")
    case = project(ext, "Case Aperte")
    # (before: a line ending on a sum was no heading and no title: neither project was found)
    assert AMIF in case.funders
    assert (case.start_year, case.end_year) == (2024, 2027)
    assert project(ext, "Sportello Insieme").end_year == 2026


def test_a_dates_heading_is_no_project_and_gives_the_page_projects_span() -> None:
    text = (
        "Projecten › Thuis in Noord\n"
        "\n"
        "Thuis in Noord\n"
        "Begeleiding voor nieuwkomers in Assen\n"
        "\n"
        "Met Thuis in Noord helpen we nieuwkomers op weg in hun nieuwe woonplaats.\n"
        "\n"
        "Looptijd\n"
        "1 januari 2022 t/m 31 december 2024. Het project is in 2024 verlengd tot en met 30 juni 2025.\n"
        "\n"
        "Financiering\n"
        "Bijdrage Asiel-, Migratie- en Integratiefonds (AMIF) van de Europese Unie: € 300.000 (75%)\n"
    )
    ext = facts(text, "nl", title="Thuis in Noord | Stichting Noorderbrug", url="https://www.noorderbrug.nl/thuis")
    labels = {p.label for p in ext.projects}
    # (before: "Looptijd" was a heading that named a project, and took the page's pairs and years)
    assert "Looptijd" not in labels
    noord = project(ext, "Thuis in Noord")
    assert (noord.start_year, noord.end_year) == (2022, 2025)


def test_a_quoted_name_called_a_project_after_its_closing_quote_is_no_organisation() -> None:
    text = (
        'Migranti, al via "Lucca Accoglie in Rete": italiano e mediazione con i fondi FAMI\n'
        'Corsi di italiano e mediazione negli uffici comunali. Sono i pilastri di "Lucca Accoglie in Rete", il '
        "progetto presentato questa mattina. Il progetto è finanziato con le risorse del Fondo Asilo, Migrazione "
        "e Integrazione (FAMI) 2021-2027. Il Comune di Lucca è capofila.\n"
    )
    ex = extractor(text, "it")
    # (before: "Rete" made it an organisation's name: the quote closed before ", il progetto" hid
    # the apposition that says it is a project's)
    assert "Lucca Accoglie in Rete" not in {o.name for o in ex.ctx.orgs}
    assert "Lucca Accoglie in Rete" in {p.label for p in ex.projects}


def test_a_page_of_funding_opportunities_reports_no_project() -> None:
    text = (
        "Inhalt\n"
        "Sie planen ein Projekt für Geflüchtete in Oberwald und suchen eine Finanzierung?\n"
        "Asyl-, Migrations- und Integrationsfonds (AMIF)\n"
        "Der AMIF fördert Projekte zur Integration. Ansprechpartner ist das Bundesamt für Migration und "
        "Flüchtlinge.\n"
        "Integrationsfonds der Stadt Oberwald\n"
        "Die Stadt Oberwald fördert kleine Projekte mit bis zu 5.000 Euro. Anträge nimmt die "
        "Koordinierungsstelle Integration entgegen.\n"
    )
    ext = facts(text, "de", title="Fördermöglichkeiten für Integrationsprojekte | Stadt Oberwald")
    # (before: the title, a question and "Inhalt" were each read as a project the page's bodies ran)
    assert not ext.projects
    assert generic_heading("Inhalt", cues_for("de"))
