"""An organisation's page of its actions: each under a heading of its name, with when it ran on the
line below ("2019 – 2022 · action terminée") or before the name ("2018 – 2020 | Name"); the site's
own organisation runs them, and each section's own lines say who pays."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, names_of, org, project

ACTIONS_PAGE_FR = (
    "Le Pont des Langues\n"
    "Accueil | Qui sommes-nous | Nos actions | Contact\n\n"
    "Nos actions\n\n"
    "Depuis 2011, Le Pont des Langues accompagne à Roanne des personnes réfugiées et primo-arrivantes.\n\n"
    "———\n\n"
    "MOTS DU QUOTIDIEN\n"
    "2019 – 2022 · action terminée\n\n"
    "Des cours de français langue étrangère (FLE) pour des mères de jeunes enfants, trois après-midi par "
    "semaine, avec une halte-garderie.\n\n"
    "Financement : Fonds Asile, Migration et Intégration (FAMI) de l'Union européenne et Ville de Roanne.\n\n"
    "———\n\n"
    "CLÉS EN MAIN\n"
    "depuis mars 2023 · en cours\n\n"
    "Un accompagnement de familles réfugiées vers un premier logement : visites, dossiers, installation.\n\n"
    "Budget 2023-2025 :\n"
    "FAMI\t96 000 €\n"
    "Région Auvergne-Rhône-Alpes\t18 000 €\n\n"
    "———\n\n"
    "ÉCRIVAINS PUBLICS\n"
    "depuis 2021\n\n"
    "Une permanence hebdomadaire pour les démarches administratives.\n\n"
    "Avec le soutien de la Fondation Abbé Lemire et du Département de la Loire.\n\n"
    "Le Pont des Langues – association loi 1901 – 3 rue des Tisseurs, 42300 Roanne\n"
)
ACTIONS_URL = "https://www.pont-des-langues-roanne.fr/nos-actions/"
ACTIONS_TITLE = "Nos actions – Le Pont des Langues"


def _actions():
    return facts(ACTIONS_PAGE_FR, "fr", title=ACTIONS_TITLE, url=ACTIONS_URL)


def test_a_heading_over_a_line_of_when_it_ran_names_a_project() -> None:
    ext = _actions()
    labels = sorted(p.label for p in ext.projects)
    assert labels == ["CLÉS EN MAIN", "MOTS DU QUOTIDIEN", "ÉCRIVAINS PUBLICS"], labels
    # the line of when it ran is its years, not a project of its own
    p = project(ext, "MOTS DU QUOTIDIEN")
    assert (p.start_year, p.end_year) == (2019, 2022)


def test_the_site_named_in_the_title_and_spelt_by_the_host_runs_its_actions() -> None:
    # "Le Pont des Langues" has no telling shape (no legal form, no head noun); the title's site
    # part and the host "pont-des-langues-roanne" (the name, then its town) make it the owner
    ext = _actions()
    owner = org("Le Pont des Langues")
    for p in ext.projects:
        assert set(p.implementers) == {owner}, (p.label, list(p.implementers))


def test_a_short_form_in_parentheses_is_no_runner() -> None:
    # "Des cours de français langue étrangère (FLE) pour ...": an acronym beside a noun, no subject
    p = project(_actions(), "MOTS DU QUOTIDIEN")
    assert org("FLE") not in p.implementers


def test_the_payers_of_a_fund_key_line_after_the_fund_of_the_union() -> None:
    # "Financement : FAMI de l'Union européenne et Ville de Roanne": the town pays too
    p = project(_actions(), "MOTS DU QUOTIDIEN")
    assert set(p.funders) == {AMIF, org("Ville de Roanne")}


def test_a_two_column_table_of_money_names_payers_not_runners() -> None:
    p = project(_actions(), "CLÉS EN MAIN")
    assert set(p.funders) == {AMIF, org("Région Auvergne-Rhône-Alpes")}
    assert org("Région Auvergne-Rhône-Alpes") not in p.implementers


def test_a_support_sentence_names_the_payers_of_its_section_only() -> None:
    ex = extractor(ACTIONS_PAGE_FR, "fr", url=ACTIONS_URL, title=ACTIONS_TITLE)
    p = project(ex, "ÉCRIVAINS PUBLICS")
    assert names_of(ex, p.funders) == {"Abbé Lemire", "Département de la Loire"}  # (its name, legal form aside)
    # the page's fund pays the other actions, not this one
    assert AMIF not in p.funders


PROJECTS_PAGE_NL = (
    "Projecten en subsidies\n\n"
    "Stichting Nieuw Thuis Twente begeleidt sinds 2014 statushouders in de regio.\n\n"
    "Programmaperiode 2014-2020 (afgerond)\n\n"
    "2017 – 2019 | Fietsmaatjes Enschede\n"
    "Vrijwilligers leren nieuwkomers fietsen in het verkeer.\n"
    "Het project werd gefinancierd uit het AMIF (EU-bijdrage € 54.000) en door de Gemeente Enschede.\n\n"
    "2015 – 2016 | Samen Koken\n"
    "Kookavonden in de wijk.\n"
    "Dit project werd volledig gesubsidieerd door de Gemeente Hengelo.\n"
)


def test_years_then_a_bar_then_a_name_head_a_project_and_the_period_heading_over_them_does_not() -> None:
    ext = facts(
        PROJECTS_PAGE_NL,
        "nl",
        title="Projecten en subsidies",
        url="https://www.nieuwthuistwente.nl/over-ons/projecten/",
    )
    labels = sorted(p.label for p in ext.projects)
    assert labels == ["Fietsmaatjes Enschede", "Samen Koken"], labels
    p = project(ext, "Fietsmaatjes")
    assert (p.start_year, p.end_year) == (2017, 2019)
    # "Stichting Nieuw Thuis Twente" on nieuwthuistwente.nl: the legal form is no part of the host
    assert set(p.implementers) == {org("Stichting Nieuw Thuis Twente")}
    assert set(project(ext, "Samen Koken").funders) == {org("Gemeente Hengelo")}


RECORD_UNDER_DATA_HEADING_DE = (
    "Lernwerkstatt Nord\n"
    "Hausaufgabenhilfe für geflüchtete Kinder in Kiel.\n"
    "Projektdaten\n"
    "Laufzeit: 01.01.2024 bis 31.12.2026\n"
    "Gesamtbudget: 300.000 Euro\n"
    "Das Projekt wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) kofinanziert.\n"
)


def test_a_heading_of_a_records_data_over_its_duration_line_names_no_project() -> None:
    # (a regression: "Projektdaten" over "Laufzeit: ..." read as a name over when it ran)
    ext = facts(RECORD_UNDER_DATA_HEADING_DE, "de", title="Lernwerkstatt Nord | Diakonie Kiel")
    assert all(p.label != "Projektdaten" for p in ext.projects), [p.label for p in ext.projects]


PARTNERS_WITH_SUPPORT_IT = (
    "Il progetto PONTI DIGITALI, di cui l'ente Formare Insieme è capofila, sarà realizzato insieme a 6 "
    "partner di Italia, Spagna e Grecia e il supporto di Regione Marche. Il progetto è cofinanziato dal "
    "Fondo Asilo, Migrazione e Integrazione (FAMI).\n"
)


def test_support_named_as_one_more_of_a_list_of_partners_is_no_payment() -> None:
    # "... insieme a 6 partner ... e il supporto di Regione X": not a clause of its own saying who pays
    ext = facts(PARTNERS_WITH_SUPPORT_IT, "it", title="PONTI DIGITALI")
    assert org("Regione Marche") not in project(ext, "PONTI DIGITALI").funders
