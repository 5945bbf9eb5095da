"""Who pays a table's rows and a project page's lines of money:

- a town's own site (its government named alone on the first line, its host the town's name) grants
  the subsidies its table lists, not a body the page names of another item's project;
- the one paragraph over a table, which the rows go on from, says who pays them;
- "Pouvoir(s) subsidiant(s)", "Subsidiënt" head a column of who pays each row, and a body of the
  page that pays its share in its own row still runs it;
- the lines under a project page's "Finanzierung" heading that give a sum name its payers, in the
  line's key too ("Gefördert durch das Land Tirol: EUR 50.000,–");
- a French DDETS that grants the State's money is a payer beside the national money;
- a heading about a row's project ("Dettaglio del cofinanziamento – progetto X") is no project.

Pages read in held55 (session 67). Texts written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import AMIF, FEDASIL, facts, org, project

NATIONAL = "https://w3id.org/migkg/id/fund/NATIONAL"
ESF = "https://w3id.org/migkg/id/fund/ESF"

TOWN_DECISIONS = """\
Stad Voorbeek
Wonen | Vrije tijd | Bestuur
Home › Bestuur › Besluitenlijsten

Besluitenlijst college van burgemeester en schepenen – zitting van 6 mei 2024

1. Goedkeuring notulen
Besluit: goedgekeurd.

2. Samenleven - Subsidies "Samen in Voorbeek" - toekenning 2024
Het college kent in uitvoering van het subsidiereglement de volgende subsidies toe voor initiatieven rond \
ontmoeting van nieuwkomers. De subsidies worden aangerekend op het budget 2024.

Aanvrager\tInitiatief\tToegekend bedrag
Vzw De Brug Voorbeek\tTaalcafé De Brug\t€ 2.000,00
Femma Voorbeek\tNaaiatelier voor anderstalige vrouwen\t€ 1.200,00
Totaal\t\t€ 3.200,00

3. Werk - ESF+-project "Werkkracht Voorbeek" - partnerschap
Vzw Werkkracht dient als promotor een project in bij ESF Vlaanderen. Looptijd: 1 september 2024 tot en met \
31 augustus 2026.
Financieringsplan:
- ESF+-bijdrage (48 %): € 150.000,00
- Vlaamse cofinanciering door de Vlaamse overheid (40 %): € 125.000,00
Besluit: goedgekeurd.
"""


def test_a_towns_own_table_of_grants_is_paid_by_the_town() -> None:
    ext = facts(TOWN_DECISIONS, "nl", url="https://www.voorbeek.be/bestuur/besluitenlijst-6-mei-2024")
    cafe = project(ext, "Taalcafé")
    assert set(cafe.funders) == {org("Stad Voorbeek")}
    assert set(project(ext, "Naaiatelier").funders) == {org("Stad Voorbeek")}


COUNTY_ANSWER = """\
Kreistag des Landkreises Beispielkreis – Anfrage mit Antwort

Zu Frage 1:

a) Sprachkurse für Eltern
Der Landkreis bietet Sprachkurse an, die vom Land aus Landesmitteln gefördert werden.

b) Migrationsberatung für erwachsene Zuwanderer (MBE)
Die Migrationsberatung für erwachsene Zuwanderer wird aus Bundesmitteln gefördert; Zuwendungsgeber ist das \
Bundesamt für Migration und Flüchtlinge. Im Landkreis wird die MBE von zwei Trägern angeboten. Für das Jahr 2024 \
wurden bewilligt:

Träger\tBeratungsstellen\tZuwendung 2024
Caritasverband Beispielkreis e. V.\tNordstadt, Südstadt\t150.000,00 €
Diakonisches Werk Beispielkreis\tNordstadt\t110.000,00 €
"""


def test_the_paragraph_a_table_goes_on_from_says_who_pays_its_rows() -> None:
    ext = facts(COUNTY_ANSWER, "de")
    rows = [p for p in ext.projects if p.rule == "find_table_rows"]
    assert len(rows) == 2
    assert all(NATIONAL in p.funders for p in rows)


CPAS_REPORT = """\
CPAS de Bellerive – Rapport annuel 2024
Chapitre 4 – Intégration

Le tableau ci-dessous reprend les conventions et projets subsidiés actifs en 2024.

Projet / convention | Pouvoir(s) subsidiant(s) | Période | Montant octroyé
ILA – 20 places | Fedasil | 01/01/2024 – 31/12/2024 | 380.000,00 €
« Clés du logement » | FAMI (75 %) – CPAS de Bellerive (25 %) | 01/03/2024 – 28/02/2026 | 240.000,00 €

Source : service Finances du CPAS.
"""


def test_a_column_of_subsidising_bodies_says_who_pays_and_the_owner_paying_its_share_runs_its_row() -> None:
    ext = facts(CPAS_REPORT, "fr", url="https://www.cpas-bellerive.be/rapport-2024")
    ila = project(ext, "ILA")
    assert FEDASIL in ila.funders
    keys = project(ext, "Clés du logement")
    assert AMIF in keys.funders and org("CPAS de Bellerive") in keys.funders
    assert org("CPAS de Bellerive") in keys.implementers


PROJECT_PAGE = """\
Brückenbau
Lernbegleitung für junge Geflüchtete in Kufstein.
Laufzeit: 01.01.2024 – 31.12.2026
Das Projekt Brückenbau wird von der Caritas Kufstein durchgeführt.
Finanzierung
Kofinanziert von der Europäischen Union – Asyl-, Migrations- und Integrationsfonds (AMIF): EUR 150.000,– (75 %)
Gefördert durch das Land Tirol: EUR 50.000,– (25 %)
"""


def test_a_project_pages_lines_of_money_name_its_payers_in_their_keys() -> None:
    ext = facts(PROJECT_PAGE, "de", url="https://www.caritas-kufstein.at/brueckenbau")
    p = project(ext, "Brückenbau")
    assert AMIF in p.funders and org("Land Tirol") in p.funders


DDETS_NEWS = """\
Narbonne : des cours de français sur les chantiers pour les réfugiés

Depuis janvier, l'association Passerelle Aude accompagne une vingtaine de réfugiés vers l'emploi dans le \
bâtiment. Le dispositif « Chantiers de la langue » coûte 120 000 euros sur deux ans. Il est financé pour \
moitié par l'Union européenne au titre du Fonds asile, migration et intégration (FAMI) ; le reste provient de \
crédits de l'État attribués par la direction départementale de l'emploi, du travail et des solidarités (DDETS).
"""


def test_a_ddets_granting_the_states_money_pays_beside_it() -> None:
    ext = facts(DDETS_NEWS, "fr", url="https://www.journal-exemple.fr/narbonne/chantiers")
    p = project(ext, "Chantiers de la langue")
    assert NATIONAL in p.funders
    assert [o for o in p.funders if o.endswith("/ddets")]
    assert not [o for o in p.implementers if o.endswith("/ddets")]


TOWN_TABLE = """\
Comune di Valleverde
Progetti finanziati – Area Immigrazione

Progetto\tFonte di finanziamento\tCapofila / ente titolare\tImporto\tPeriodo
APERTI – Sportelli di orientamento per cittadini di Paesi terzi\tFAMI 2021-2027\tComune di Valleverde\t\
€ 300.000,00\t2023 – 2026
Compiti in rete – doposcuola interculturale\tFondazione Cariplo\tAssociazione Il Ponte dei Popoli\t\
€ 20.000,00\t2024 – 2025

Dettaglio del cofinanziamento – progetto APERTI
Quota comunitaria (FAMI, 75%): € 225.000,00
Quota nazionale (Fondo di rotazione, 25%): € 75.000,00

Note
- Il PR FSE+ 2021-2027 è gestito dalla Regione Lombardia (Autorità di Gestione).
"""


def test_a_heading_about_a_rows_project_and_a_funds_manager_make_no_project() -> None:
    ext = facts(TOWN_TABLE, "it", url="https://www.comune.valleverde.it/progetti")
    labels = [p.label for p in ext.projects]
    assert not [x for x in labels if x.startswith("Dettaglio")]
    assert not [x for x in labels if x.startswith("PR FSE")]
    assert len(labels) == 2
