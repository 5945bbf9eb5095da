"""A fund's own line in the breakdown of a project's money gives the fund's share.

A council's answer or a town's page lists several projects; one of them has its money broken down on
lines of its own ("- Bijdrage uit het AMIF (75%): € 480.000" over "- Cofinanciering gemeente X:
€ 18.000"). Where the co-funder's line gave the project that co-funder's share, the fund's line of
the same breakdown gives the fund's: by the fund's name, or as "the Union's share" of a project with
one Union fund ("quota comunitaria (75%)"). Texts written for these tests."""

from __future__ import annotations

from decimal import Decimal

from tests.extract.extract_helpers import AMIF, facts, org, project

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
