"""A fund's own line in the breakdown of a project's money gives the fund's share.

A council's answer or a town's page lists several projects; one of them has its money broken down on
lines of its own ("- Bijdrage uit het AMIF (75%): € 480.000" over "- Cofinanciering gemeente X:
€ 18.000"). Where one of the project's sums (a co-funder's share, its total) was read from a line of
that breakdown, the fund's line of the same breakdown gives the fund's share: by the fund's name, or
as "the Union's share" of a project with one Union fund ("quota comunitaria (75%)"); the state's
line gives NATIONAL's. A list of projects, each with its sum, is no breakdown. A table's budget cell
gives the total and, in brackets, the fund's share ("€ 486.250,00 (AMIF: € 364.687,50)"); an "of
which" clause right after a project's total gives the share of the fund it names, or of the project's
one Union fund where it speaks of the Union's money ("486.200 Euro, davon 364.650 Euro EU-Mittel").
Texts written for these tests."""

from __future__ import annotations

from decimal import Decimal

from migkg.loaders.extract.model import NATIONAL
from tests.extract.extract_helpers import AMIF, ESF, facts, org, project

COUNCIL_ANSWER = """\
Antwoord op de schriftelijke vragen over subsidies voor statushouders

Vraag 1
Welke projecten voor statushouders lopen er in de gemeente Wolderwijk?

Antwoord 1
De gemeente Wolderwijk financiert uit eigen middelen de volgende activiteiten:

Activiteit\tUitvoerder\tBedrag 2024
Taalcafé De Brug\tStichting Taalpunt Wolderwijk\t€ 24.500
Maatjesproject Samen Op Weg\tStichting Buurtwerk Wolderwijk\t€ 11.250

Daarnaast loopt het project Gezond Starten Veluwezoom, dat uit het Europese Asiel-, Migratie- en \
Integratiefonds (AMIF) wordt gefinancierd. Het project wordt uitgevoerd door de GGD Veluwezoom.

- Looptijd: 1 september 2023 tot en met 31 augustus 2025
- Totale projectbegroting: € 620.000
- Bijdrage uit het AMIF (75%): € 465.000
- Cofinanciering gemeente Wolderwijk: € 17.500

De subsidie is toegekend door het ministerie van Justitie en Veiligheid.
"""


def test_the_funds_line_of_a_projects_breakdown_gives_the_funds_share() -> None:
    p = project(facts(COUNCIL_ANSWER, "nl"), "Gezond Starten")
    assert AMIF in p.funders
    assert p.amounts[AMIF][0] == Decimal("465000")
    # the co-funder's own line still gives its share
    assert p.amounts[org("gemeente Wolderwijk")][0] == Decimal("17500")


def test_a_funds_line_with_two_sums_gives_no_share() -> None:
    # "€ 465.000, of € 155.000 per jaar": which sum is the share is not for a line to say
    text = COUNCIL_ANSWER.replace("€ 465.000\n", "€ 465.000, of € 155.000 per jaar\n")
    p = project(facts(text, "nl"), "Gezond Starten")
    assert AMIF not in p.amounts


def test_a_funds_line_of_a_breakdown_no_share_of_the_project_was_read_from_is_not_its() -> None:
    # no co-funder's line: nothing ties the lines to the project, and the rule leaves them alone
    text = COUNCIL_ANSWER.replace("- Cofinanciering gemeente Wolderwijk: € 17.500\n", "")
    p = project(facts(text, "nl"), "Gezond Starten")
    assert p.amounts.get(AMIF, (None,))[0] in (None, Decimal("465000"))
    assert org("gemeente Wolderwijk") not in p.amounts


COMUNE_PAGE = """\
Progetti in materia di immigrazione e integrazione

Il Comune di Valdiriva partecipa a diversi progetti rivolti ai cittadini di Paesi terzi.

Progetto\tEnte attuatore\tImporto
Sportello Orienta\tCooperativa sociale Il Ponte di Valdiriva\t€ 35.000,00
Scuola di italiano serale\tAssociazione Parole Nuove\t€ 18.400,00

PONTI APERTI – Percorsi di integrazione socio-lavorativa

Il progetto PONTI APERTI è finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027 ed è \
realizzato dalla Cooperativa sociale Orizzonti Comuni.

- Costo complessivo: € 842.000,00
- quota comunitaria (75%): € 631.500,00
- quota di cofinanziamento nazionale – Fondo di rotazione (25%): € 210.500,00
"""


def test_the_unions_share_line_gives_the_share_of_the_projects_one_union_fund() -> None:
    # (a guard: the record lines under a project's own heading gave this before the breakdown rule)
    p = project(facts(COMUNE_PAGE, "it"), "PONTI APERTI")
    assert AMIF in p.funders
    assert p.amounts[AMIF][0] == Decimal("631500")


PROJECT_CARD = """\
RADICI DEL CRATI – Percorsi di autonomia per titolari di protezione

Il progetto RADICI DEL CRATI è finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027 con \
il cofinanziamento nazionale ed è realizzato dal Consorzio Sociale Valle del Crati.

Durata: dal 1° marzo 2024 al 31 dicembre 2026

Budget
Costo totale del progetto: € 640.000,00
Contributo FAMI (quota UE, 75%): € 480.000,00
Cofinanziamento nazionale (25%, Fondo di rotazione): € 160.000,00
CUP: F39I22001230007

Altri progetti
Il Consorzio gestisce anche il progetto SAI "Crati Accoglie" (40 posti), finanziato dal Ministero dell'Interno \
con il Fondo nazionale per le politiche e i servizi dell'asilo.
"""


def test_the_lines_under_a_projects_total_give_the_funds_and_the_states_shares() -> None:
    # no co-funder's line here: the total's line ties the breakdown to the project, and lines the
    # layout reads as sentences ("Contributo FAMI (quota UE, 75%): € ...") are lines of it too (a
    # page of one project has rules of its own: a second project makes this the general case)
    p = project(facts(PROJECT_CARD, "it", title="RADICI DEL CRATI – Consorzio Sociale Valle del Crati"), "RADICI")
    assert p.amounts[None][0] == Decimal("640000")
    assert p.amounts[AMIF][0] == Decimal("480000")
    assert p.amounts[NATIONAL][0] == Decimal("160000")


WRITTEN_ANSWER = """\
Question for the Home Office: Asylum, Migration and Integration Fund in Northvale

Three projects led by organisations based in Northvale have been awarded AMIF funding to date:

1. Northvale Refugee Forum – "Pathways to Work Northvale", delivered with Northvale College, April 2017 to \
March 2020. Maximum EU contribution: €1,184,220 (approximately £1.02 million at the rate applicable at award).

2. Eastbridge County Council – "Eastbridge Resettlement Hub", working with two neighbouring councils, 2016 to \
2019. Maximum EU contribution: €738,900.

3. Harbour Action Group – "Qualified to Work Eastbridge", supporting refugees with overseas qualifications, \
January 2018 to December 2020. Maximum EU contribution: €412,760.
"""


def test_a_list_of_projects_each_with_its_sum_gives_none_the_sum_of_another() -> None:
    # (a regression of this rule's first draft: each numbered line was taken for a line of the
    # others' breakdown, and each project got its neighbour's sum)
    ext = facts(WRITTEN_ANSWER, "en")
    for words, sum_ in (("Pathways", "1184220"), ("Resettlement Hub", "738900")):
        p = project(ext, words)
        assert {v for v, _c, _e in p.amounts.values()} <= {Decimal(sum_)}


GRANT_TABLE_WITH_SHARES = """\
Lopende projecten met Europese middelen

Project\tPromotor\tFonds\tLooptijd\tBudget
Samen Wonen Meetjesveld\tWelzijnshuis Meetjesveld\tAsiel-, Migratie- en Integratiefonds (AMIF)\t2023 – 2026\t\
€ 486.250,00 (AMIF: € 364.687,50)
Taal op de Werkvloer Meetjesveld\tWelzijnshuis Meetjesveld\tESF+\t2023 – 2025\t€ 212.400,00 (ESF+: € 84.960,00)
"""


def test_a_budget_cell_gives_the_total_and_in_brackets_the_funds_share() -> None:
    ext = facts(GRANT_TABLE_WITH_SHARES, "nl")
    p = project(ext, "Samen Wonen")
    assert p.amounts[AMIF][0] == Decimal("364687.50")
    assert p.amounts[None][0] == Decimal("486250.00")
    q = project(ext, "Taal op de Werkvloer")
    assert q.amounts[ESF][0] == Decimal("84960")
    assert q.amounts[None][0] == Decimal("212400.00")


def test_a_budget_cell_with_one_sum_is_the_rows_funds() -> None:
    # (a guard: a cell without a bracketed share reads as before, the one fund's sum)
    text = GRANT_TABLE_WITH_SHARES.replace(" (AMIF: € 364.687,50)", "")
    p = project(facts(text, "nl"), "Samen Wonen")
    assert p.amounts[AMIF][0] == Decimal("486250.00")


CITY_GRANTS = """\
Intégration des primo-arrivants : les actions soutenues dans le Cher

Action\tPorteur\tFinancement\tCoût total
Mobil'Emploi – mobilité et emploi des réfugiés\tAssociation Routes du Cher\tFAMI, État, Département\t77 000 €
Français pour tous\tCentre social de la Chancellerie\tÉtat (BOP 104)\t12 000 €

Mobil'Emploi accompagne une quarantaine de réfugiés par an vers l'emploi dans le nord du département.
Plan de financement de Mobil'Emploi :
- FAMI : 45 000 €
- État (BOP 104) : 22 000 €
- Conseil départemental du Cher : 10 000 €
"""


def test_a_table_rows_project_takes_the_fund_share_of_the_breakdown_the_page_gives_apart() -> None:
    p = project(facts(CITY_GRANTS, "fr"), "Mobil'Emploi")
    assert p.amounts[AMIF][0] == Decimal("45000")


FOUR_PROJECTS = """\
Le Fonds social européen plus soutient quatre projets d'intégration professionnelle

Le ministère a retenu quatre projets cofinancés par le Fonds social européen plus (FSE+) et par le budget de l'État.

1. « Premier Emploi », porté par l'asbl « Passerelle Travail »
Accompagnement vers un premier contrat de travail par des job coaches, en lien avec des employeurs de la construction.
Durée : 2024-2026
Coût total : 540.000 euros, dont 216.000 euros FSE+

2. « Femmes et métiers », porté par l'« Association Horizons Femmes »
Ateliers d'orientation, garde d'enfants pendant les formations et mentorat par des femmes déjà en emploi.
Durée : 2024-2026
Coût total : 310.000 euros, dont 124.000 euros FSE+
"""


ANNUAL_REPORT = """\
Verein Treffpunkt Wutachtal
Jahresbericht 2024 – Unsere Projekte

1. Sprachcafé

Im Sprachcafé üben Geflüchtete jeden Dienstag Deutsch mit Freiwilligen aus dem Dorf.

Aufwand 2024: CHF 18'400
Finanziert durch: Gemeinde Wutach, Spenden

2. «Wege über die Wutach» – grenzüberschreitende Beratung

Seit Mai 2024 beteiligen wir uns als Kooperationspartner am Projekt «Wege über die Wutach», das vom Beratungsnetz \
Südschwarzwald e.V. in Bonndorf geleitet wird. Gemeinsam bieten wir eine zweisprachige Sprechstunde an.

Laufzeit: 01.05.2024 – 30.04.2027
Gesamtbudget: 512.400 Euro, davon 384.300 Euro EU-Mittel
Finanziert durch: Asyl-, Migrations- und Integrationsfonds (AMIF) der Europäischen Union
"""


def test_an_of_which_clause_after_the_total_gives_the_union_funds_share() -> None:
    p = project(facts(ANNUAL_REPORT, "de"), "Wutach")
    assert p.amounts[None][0] == Decimal("512400")
    assert p.amounts[AMIF][0] == Decimal("384300")


def test_an_of_which_clause_naming_the_fund_gives_its_share() -> None:
    # (a guard: on this page of numbered sections another rule read these shares before)
    ext = facts(FOUR_PROJECTS, "fr")
    for words, total, share in (("Premier Emploi", "540000", "216000"), ("Femmes et métiers", "310000", "124000")):
        p = project(ext, words)
        assert p.amounts[None][0] == Decimal(total)
        assert p.amounts[ESF][0] == Decimal(share)


def test_an_of_which_clause_that_names_no_payer_gives_no_share() -> None:
    # (a guard: "dont 216.000 euros en 2024" says when, not who pays)
    text = FOUR_PROJECTS.replace("dont 216.000 euros FSE+", "dont 216.000 euros en 2024")
    p = project(facts(text, "fr"), "Premier Emploi")
    assert ESF not in p.amounts
