"""Project shapes, per language: lists "Title (Organisation)", record pages, named projects,
headings, counted groups (aggregates, not projects) and enumerations."""

from __future__ import annotations

from decimal import Decimal

import pytest
from extract_helpers import (
    AMIF,
    CARITAS,
    FEDASIL,
    IOM,
    facts,
    org,
    project,
)

from migkg.loaders.extract.pipeline import NATIONAL


def years(p) -> tuple[int | None, int | None]:
    return p.start_year, p.end_year


# ---------------------------------------------------------------------------------------------
# Lists: "• Title (Organisation)" under a line about projects


def test_list_fr() -> None:
    text = (
        "Fedasil a annoncé lundi les lauréats de son appel à projets.\n"
        "\n"
        "Les projets suivants sont financés par le FAMI entre 2024 et 2025 :\n"
        "• Cours de français pour primo-arrivants (Maison Ouverte asbl)\n"
        "• Accompagnement juridique des familles (Droits Devant asbl)\n"
    )
    ext = facts(text, "fr")
    assert len(ext.projects) == 2
    french = project(ext, "cours de français")
    legal = project(ext, "accompagnement juridique")
    assert set(french.implementers) == {org("Maison Ouverte")}
    assert set(legal.implementers) == {org("Droits Devant")}
    for p in (french, legal):
        assert set(p.funders) == {AMIF}
        assert years(p) == (2024, 2025)
        assert "(" not in p.label


def test_list_nl() -> None:
    text = (
        "Met steun van het AMIF lopen van 2021 tot 2023 deze projecten in Antwerpen:\n"
        "• Taalcafé Oost (Vluchtweg vzw)\n"
        "• Buddywerking voor jongeren (Thuisbasis vzw)\n"
    )
    ext = facts(text, "nl")
    assert len(ext.projects) == 2
    cafe = project(ext, "Taalcafé Oost")
    buddy = project(ext, "Buddywerking")
    assert set(cafe.implementers) == {org("Vluchtweg")}
    assert set(buddy.implementers) == {org("Thuisbasis")}
    for p in (cafe, buddy):
        assert set(p.funders) == {AMIF}
        assert years(p) == (2021, 2023)


def test_list_en() -> None:
    text = (
        "The following projects are funded by the Asylum, Migration and Integration Fund in 2022-2025:\n"
        "- Welcome Homes (Safe Harbour NGO)\n"
        "- Legal Aid Desk (Caritas International)\n"
    )
    ext = facts(text, "en")
    assert len(ext.projects) == 2
    homes = project(ext, "Welcome Homes")
    desk = project(ext, "Legal Aid Desk")
    assert set(homes.implementers) == {org("Safe Harbour")}
    assert set(desk.implementers) == {CARITAS}
    for p in (homes, desk):
        assert set(p.funders) == {AMIF}
        assert years(p) == (2022, 2025)


def test_list_nl_name_starting_with_article() -> None:
    text = "Deze projecten worden gefinancierd door het AMIF:\n• Buddywerking voor jongeren (De Brug vzw)\n"
    ext = facts(text, "nl")
    assert set(project(ext, "Buddywerking").implementers) == {org("De Brug")}


def test_list_de() -> None:
    text = (
        "Folgende Projekte werden von 2023 bis 2025 aus Mitteln des AMIF gefördert:\n"
        "• Sprachbrücke Nord (Sonnenhof e.V.)\n"
        "• Rechtsberatung für Geflüchtete (Lichtblick gGmbH)\n"
    )
    ext = facts(text, "de")
    assert len(ext.projects) == 2
    bridge = project(ext, "Sprachbrücke Nord")
    advice = project(ext, "Rechtsberatung")
    assert set(bridge.implementers) == {org("Sonnenhof")}
    assert set(advice.implementers) == {org("Lichtblick")}
    for p in (bridge, advice):
        assert set(p.funders) == {AMIF}
        assert years(p) == (2023, 2025)


def test_list_items_with_implemented_by_en() -> None:
    text = (
        "Three new projects are funded by AMIF from 2024 to 2026:\n"
        "- Night Shelter Plus, run by Open Doors NGO\n"
        "- Family Tracing Service, led by the IOM\n"
    )
    ext = facts(text, "en")
    shelter = project(ext, "Night Shelter Plus")
    tracing = project(ext, "Family Tracing Service")
    assert set(shelter.implementers) == {org("Open Doors")}
    assert set(tracing.implementers) == {IOM}
    for p in (shelter, tracing):
        assert set(p.funders) == {AMIF}
        assert years(p) == (2024, 2026)
    assert "run by" not in shelter.label


def test_list_items_with_implemented_by_fr() -> None:
    text = (
        "Voici les projets retenus, financés par le FAMI :\n"
        "• Logement d'abord à Mons, mené par Maison Ouverte asbl\n"
        "• Permanence juridique, portée par Caritas International\n"
    )
    ext = facts(text, "fr")
    assert set(project(ext, "Logement d'abord").implementers) == {org("Maison Ouverte")}
    assert set(project(ext, "Permanence juridique").implementers) == {CARITAS}
    assert all(set(p.funders) == {AMIF} for p in ext.projects)


def test_list_item_with_period_in_brackets_is_not_an_organisation() -> None:
    text = (
        "Ces projets sont financés par le FAMI :\n• Maison des Familles (2021-2023)\n• Jardin Partagé (Racines asbl)\n"
    )
    ext = facts(text, "fr")
    house = project(ext, "Maison des Familles")
    assert not any("2021" in o.name for o in ext.new_orgs.values())
    assert set(house.funders) == {AMIF}
    assert set(project(ext, "Jardin Partagé").implementers) == {org("Racines")}


# ---------------------------------------------------------------------------------------------
# Record pages


def test_record_en() -> None:
    text = (
        "Project title: Safe Start\n"
        "Project leader: Open Doors vzw\n"
        "Project duration: 01/01/2023 - 31/12/2024\n"
        "Budget: € 120,000\n"
        "\n"
        "Safe Start is co-funded by the Asylum, Migration and Integration Fund (AMIF).\n"
    )
    ext = facts(text, "en")
    p = project(ext, "Safe Start")
    assert p.rule == "find_records"
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {org("Open Doors")}
    assert years(p) == (2023, 2024)
    value, currency, _ = next(iter(p.amounts.values()))
    assert (value, currency) == (Decimal("120000"), "EUR")
    assert len(ext.projects) == 1


def test_record_fr() -> None:
    text = (
        "Titre du projet : Toit d'abord\n"
        "Porteur de projet : Maison Ouverte asbl\n"
        "Durée du projet : 01/03/2022 - 28/02/2025\n"
        "Budget : 250 000 €\n"
        "\n"
        "Ce projet est cofinancé par le Fonds Asile, Migration et Intégration.\n"
    )
    ext = facts(text, "fr")
    p = project(ext, "Toit d'abord")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {org("Maison Ouverte")}
    assert years(p) == (2022, 2025)
    value, currency, _ = next(iter(p.amounts.values()))
    assert (value, currency) == (Decimal("250000"), "EUR")
    assert len(ext.projects) == 1


def test_record_nl() -> None:
    text = (
        "Projecttitel: Samen Thuis\n"
        "Promotor: Thuisbasis vzw\n"
        "Looptijd: 01/01/2021 - 31/12/2023\n"
        "Budget: € 80.000\n"
        "\n"
        "Dit project wordt gefinancierd door het AMIF.\n"
    )
    ext = facts(text, "nl")
    p = project(ext, "Samen Thuis")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {org("Thuisbasis")}
    assert years(p) == (2021, 2023)
    value, _, _ = next(iter(p.amounts.values()))
    assert value == Decimal("80000")
    assert len(ext.projects) == 1


def test_record_de() -> None:
    text = (
        "Projekttitel: Ankommen im Kiez\n"
        "Projektträger: Sonnenhof e.V.\n"
        "Laufzeit: 01.01.2023 - 31.12.2025\n"
        "Fördersumme: 90.000 Euro\n"
        "\n"
        "Das Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds gefördert.\n"
    )
    ext = facts(text, "de")
    p = project(ext, "Ankommen im Kiez")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {org("Sonnenhof")}
    assert years(p) == (2023, 2025)
    value, _, _ = next(iter(p.amounts.values()))
    assert value == Decimal("90000")
    assert len(ext.projects) == 1


def test_record_with_known_organisation_as_leader() -> None:
    text = (
        "Project title: Return Counselling Network\n"
        "Project leader: Caritas International\n"
        "Project duration: 01/01/2022 - 31/12/2024\n"
        "Budget: € 300,000\n"
        "Fund: AMIF\n"
    )
    ext = facts(text, "en")
    p = project(ext, "Return Counselling Network")
    assert set(p.implementers) == {CARITAS}
    assert set(p.funders) == {AMIF}
    assert years(p) == (2022, 2024)
    assert ext.new_orgs == {}


# ---------------------------------------------------------------------------------------------
# Named projects


def test_named_fr() -> None:
    text = (
        "À Namur, une nouvelle permanence ouvre ses portes. "
        "Le projet PASSERELLE, financé par le FAMI, est mené par Fedasil entre 2023 et 2025. "
        "Il accompagne une centaine de familles chaque année."
    )
    ext = facts(text, "fr")
    p = project(ext, "PASSERELLE")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {FEDASIL}
    assert years(p) == (2023, 2025)
    assert len(ext.projects) == 1


def test_named_de() -> None:
    text = (
        "In Leipzig startet ein neues Angebot für geflüchtete Familien. "
        "Das Projekt „Brückenbau“ wird aus Mitteln des AMIF gefördert und von 2023 bis 2025 "
        "von der IOM durchgeführt."
    )
    ext = facts(text, "de")
    p = project(ext, "Brückenbau")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {IOM}
    assert years(p) == (2023, 2025)
    assert len(ext.projects) == 1


def test_named_en() -> None:
    text = (
        "A new help desk for asylum seekers opened in Ghent on Monday. "
        "The BRIDGE project, funded by the AMIF, is run by Open Doors NGO from 2022 to 2024. "
        "Volunteers offer legal advice twice a week."
    )
    ext = facts(text, "en")
    p = project(ext, "BRIDGE")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {org("Open Doors")}
    assert years(p) == (2022, 2024)
    assert len(ext.projects) == 1


def test_named_nl_quoted() -> None:
    text = (
        "In Mechelen gaat een nieuw initiatief van start. "
        "Het project ‘Nieuwe Buren’ wordt van 2021 tot 2023 gefinancierd met middelen van het AMIF "
        "en wordt geleid door Vluchtweg vzw."
    )
    ext = facts(text, "nl")
    p = project(ext, "Nieuwe Buren")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {org("Vluchtweg")}
    assert years(p) == (2021, 2023)


def test_named_nl_quoted_implementer_first() -> None:
    text = (
        "In Mechelen gaat een nieuw initiatief van start. "
        "Het project ‘Nieuwe Buren’ wordt geleid door Vluchtweg vzw en van 2021 tot 2023 gefinancierd door het AMIF."
    )
    ext = facts(text, "nl")
    p = project(ext, "Nieuwe Buren")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {org("Vluchtweg")}
    assert years(p) == (2021, 2023)


def test_named_nl_single_capitalised_word() -> None:
    text = "Het project Kompas wordt geleid door Vluchtweg vzw en gefinancierd door het AMIF."
    ext = facts(text, "nl")
    p = project(ext, "Kompas")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {org("Vluchtweg")}


def test_named_fr_accented_capital() -> None:
    text = "Le projet ÉCLAIREUR, financé par le FAMI, est mené par Caritas International."
    ext = facts(text, "fr")
    p = project(ext, "ÉCLAIREUR")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {CARITAS}


def test_named_project_by_suffix_en() -> None:
    text = "The Safe Harbour Project is funded by AMIF and implemented by the IOM between 2024 and 2026."
    ext = facts(text, "en")
    p = project(ext, "Safe Harbour")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {IOM}
    assert years(p) == (2024, 2026)


# ---------------------------------------------------------------------------------------------
# Headings naming a project


def test_heading_fr() -> None:
    text = (
        "Projet Cap Emploi 2023-2025\n"
        "\n"
        "Financé par le FAMI, ce projet mené par Caritas International aide les réfugiés reconnus "
        "à trouver un premier emploi à Bruxelles.\n"
    )
    ext = facts(text, "fr")
    p = project(ext, "Cap Emploi")
    assert p.rule == "find_headings"
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {CARITAS}
    assert years(p) == (2023, 2025)
    assert len(ext.projects) == 1


def test_heading_en() -> None:
    text = (
        "Safe Passage Project\n"
        "\n"
        "This project is funded by the Asylum, Migration and Integration Fund and led by Caritas International. "
        "It runs from 2022 to 2024 and helps unaccompanied minors find a guardian.\n"
    )
    ext = facts(text, "en")
    p = project(ext, "Safe Passage")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {CARITAS}
    assert years(p) == (2022, 2024)
    assert len(ext.projects) == 1


def test_heading_nl() -> None:
    text = (
        "Project Thuis in Gent (2021-2023)\n"
        "\n"
        "Dit project wordt uitgevoerd door Thuisbasis vzw met steun van het AMIF. Jongeren vinden er een kamer "
        "en een buddy.\n"
    )
    ext = facts(text, "nl")
    p = project(ext, "Thuis in Gent")
    assert "2021" not in p.label
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {org("Thuisbasis")}
    assert years(p) == (2021, 2023)
    assert len(ext.projects) == 1


def test_heading_de() -> None:
    text = (
        "Projekt Willkommen im Kiez\n"
        "\n"
        "Das Vorhaben wird von 2023 bis 2025 aus Mitteln des AMIF gefördert und durchgeführt von Sonnenhof e.V. "
        "in Leipzig.\n"
    )
    ext = facts(text, "de")
    p = project(ext, "Willkommen im Kiez")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {org("Sonnenhof")}
    assert years(p) == (2023, 2025)
    assert len(ext.projects) == 1


# ---------------------------------------------------------------------------------------------
# Counted groups: aggregates, not projects


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("fr", "En 2024, 22 projets financés par le FAMI ont vu le jour en Wallonie.", 22),
        ("nl", "In Vlaanderen krijgen 9 projecten steun van het AMIF voor de periode 2021-2027.", 9),
        ("en", "Seven projects in Flanders are funded by AMIF this year.", 7),
        ("de", "In Sachsen werden 15 Projekte aus Mitteln des AMIF gefördert.", 15),
        pytest.param(
            "de",
            "Insgesamt 15 Projekte werden in Sachsen aus Mitteln des AMIF gefördert.",
            15,
        ),
        ("fr", "Le FAMI finance trois projets à Liège cette année.", 3),
    ],
    ids=["fr", "nl", "en", "de", "de-insgesamt", "fr-number-word"],
)
def test_counted_group_is_an_aggregate(lang: str, text: str, count: int) -> None:
    ext = facts(text, lang)
    assert ext.projects == []
    assert [a.count for a in ext.aggregates] == [count]
    assert ext.aggregates[0].funders == [AMIF]


def test_counted_group_keeps_its_period() -> None:
    ext = facts("Entre 2021 et 2027, 40 projets seront financés par le FAMI en Belgique.", "fr")
    (agg,) = ext.aggregates
    assert (agg.count, agg.start_year, agg.end_year) == (40, 2021, 2027)
    assert ext.projects == []


def test_counted_group_keeps_its_amount() -> None:
    ext = facts("Au total, 22 projets financés par le FAMI se partagent 5 millions d'euros.", "fr")
    (agg,) = ext.aggregates
    assert agg.count == 22
    assert agg.amount is not None and agg.amount.value == Decimal("5000000")
    assert ext.projects == []


def test_year_is_not_a_count() -> None:
    ext = facts("En 2023 projets et appels se sont multipliés, financés par le FAMI.", "fr")
    assert all(a.count != 2023 for a in ext.aggregates)


# ---------------------------------------------------------------------------------------------
# Enumerations


def test_enumeration_fr() -> None:
    text = (
        "Fedasil mène trois programmes financés par le FAMI entre 2024 et 2025. "
        "Le premier portait sur l'accueil des mineurs non accompagnés. "
        "Le deuxième soutenait le retour volontaire. "
        "Le troisième portait sur la formation des assistants sociaux."
    )
    ext = facts(text, "fr")
    minors = project(ext, "mineurs non accompagnés")
    ret = project(ext, "retour volontaire")
    training = project(ext, "formation des assistants sociaux")
    for p in (minors, ret, training):
        assert set(p.funders) == {AMIF}
        assert set(p.implementers) == {FEDASIL}
        assert years(p) == (2024, 2025)
    assert len(ext.projects) == 3


def test_enumeration_fr_fund_in_title() -> None:
    # The brief's sentence: the fund is only named in the title.
    text = (
        "Fedasil mène trois programmes financés entre 2024 et 2025. "
        "Le premier portait sur l'accueil des mineurs non accompagnés. "
        "Le deuxième sur l'hébergement des familles."
    )
    ext = facts(text, "fr", title="Le FAMI soutient trois programmes de Fedasil")
    minors = project(ext, "mineurs non accompagnés")
    assert set(minors.funders) == {AMIF}
    assert set(minors.implementers) == {FEDASIL}
    assert years(minors) == (2024, 2025)


def test_enumeration_en() -> None:
    text = (
        "The IOM runs two programmes funded by AMIF from 2022 to 2024. "
        "The first focused on voluntary return from Belgium. "
        "The second focused on reintegration support in Senegal."
    )
    ext = facts(text, "en")
    first = project(ext, "voluntary return")
    second = project(ext, "reintegration support")
    for p in (first, second):
        assert set(p.funders) == {AMIF}
        assert set(p.implementers) == {IOM}
        assert years(p) == (2022, 2024)


def test_enumeration_nl() -> None:
    text = (
        "Fedasil voert twee programma's uit die van 2024 tot 2025 door het AMIF gefinancierd worden. "
        "Het eerste ging over de opvang van niet-begeleide minderjarigen. "
        "Het tweede ging over de begeleiding van gezinnen."
    )
    ext = facts(text, "nl")
    first = project(ext, "niet-begeleide minderjarigen")
    second = project(ext, "begeleiding van gezinnen")
    for p in (first, second):
        assert set(p.funders) == {AMIF}
        assert set(p.implementers) == {FEDASIL}
        assert years(p) == (2024, 2025)


def test_enumeration_de() -> None:
    text = (
        "Die IOM betreut drei Programme, die von 2023 bis 2025 aus Mitteln des AMIF gefördert werden. "
        "Das erste dient zur Rückkehrberatung in Berlin. "
        "Das zweite dient zur Reintegration in Georgien."
    )
    ext = facts(text, "de")
    first = project(ext, "Rückkehrberatung")
    second = project(ext, "Reintegration in Georgien")
    for p in (first, second):
        assert set(p.funders) == {AMIF}
        assert set(p.implementers) == {IOM}
        assert years(p) == (2023, 2025)


def test_enumeration_without_announcement_makes_no_project() -> None:
    # "Le premier ..." with no "trois programmes" before it: nothing to enumerate.
    text = "Le FAMI finance l'accueil. Le premier portait sur la météo de la semaine."
    ext = facts(text, "fr")
    assert not any("météo" in p.label for p in ext.projects)


# ---------------------------------------------------------------------------------------------
# What is not a project


def test_fund_alone_is_not_a_project() -> None:
    ext = facts("Le projet FAMI est géré par le SPF Intérieur depuis 2014.", "fr")
    assert not any(p.label.upper() in ("FAMI", "AMIF") for p in ext.projects)


def test_national_budget_project() -> None:
    text = "Le projet VIGIE, financé par le budget fédéral, est mené par Fedasil en 2024-2025."
    ext = facts(text, "fr")
    p = project(ext, "VIGIE")
    assert set(p.funders) == {NATIONAL}
    assert set(p.implementers) == {FEDASIL}
    assert years(p) == (2024, 2025)


def test_a_reporting_clause_after_a_funding_verb_is_no_project() -> None:
    # "funds" is a noun here, and what follows it says who reported the news, not what is funded.
    text = (
        "The Newcomers Desk, run by the Riverton Welcome Foundation, gets EUR 400,000. Most of it comes "
        "from the AMIF and the rest from the Riverton Interior Office's funds, the Daily Wire reported.\n"
    )
    labels = [p.label for p in facts(text, "en").projects]
    assert not any("reported" in label for label in labels), labels


def test_a_project_named_by_the_page_title_leaves_out_the_site_and_date() -> None:
    from migkg.loaders.extract.projects import title_without_site

    assert title_without_site("Info desk to get a million (The Daily Wire, 31 December 2019)") == (
        "Info desk to get a million"
    )
    assert title_without_site("Harbour  project in  Riverton") == "Harbour project in Riverton"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "it",
            "Il Comune di Valdoro, in qualità di capofila, giunge alla terza edizione del Progetto europeo PONTEX, "
            "nell'ambito del Fondo Asilo Migrazione e Integrazione (FAMI).\n",
            "PONTEX",
        ),
        ("fr", "Le projet pilote PASSERELLE, financé par le FAMI, est mené par l'asbl Lien Namurois.\n", "PASSERELLE"),
    ],
    ids=["it", "fr"],
)
def test_named_project_with_an_adjective_between_noun_and_name(lang, text, name) -> None:
    assert name in {p.label for p in facts(text, lang).projects}


@pytest.mark.parametrize(
    ("lang", "text", "how_it_is_done"),
    [
        (
            "it",
            "Aurora\nIl Progetto FAMI AURORA rafforza il sistema di accoglienza in Puglia.\n"
            "Lo sviluppo del progetto avviene attraverso tre linee d'azione.\n"
            "Il progetto è finanziato dal Fondo FAMI 2014-2020 e ha, come soggetto capofila, la Regione Puglia.",
            "sviluppo",
        ),
        (
            "en",
            "Safe Harbour\nThe Safe Harbour project is financed by the Asylum, Migration and Integration Fund "
            "(AMIF) and run by the Northern Migrant Support Centre.\n"
            "The development of a training course for volunteer guardians is part of it.\n"
            "The implementation of the project follows three work packages agreed with the ministry.",
            "implementation",
        ),
    ],
)
def test_an_action_noun_whose_complement_is_the_project_names_no_project(
    lang: str, text: str, how_it_is_done: str
) -> None:
    """Regression: "Lo sviluppo del progetto avviene attraverso tre linee d'azione" ("the project's
    development goes through three lines of action") became a project of that name. How the project
    is done is not another project; "the development of a training course" may be one."""
    labels = [p.label.lower() for p in facts(text, lang).projects]
    assert not any(how_it_is_done in label for label in labels), labels
    assert any(label in ("aurora", "safe harbour") for label in labels), labels
    if lang == "en":
        assert any(label.startswith("development of a training course") for label in labels), labels


def test_a_section_named_for_its_project_gives_it_the_years_even_when_it_cites_another() -> None:
    """Regression: a section headed by its project's name, whose text cites an earlier project and
    ends with the period ("Januari 2023 tot en met december 2024."), left the project without years
    (the section was read as shared). The cited project still gets none."""
    text = (
        "Vier nieuwe AMIF-projecten\n\n"
        "Op 1 maart 2023 zijn vier nieuwe AMIF-projecten gestart. "
        "De projecten hebben een looptijd van 1 tot 3 jaar.\n\n"
        "Veilige Nachtopvang\n\n"
        "Het project 'Veilige Nachtopvang' gaat over kleinschalige opvang voor jongeren. "
        "Januari 2023 tot en met december 2023.\n\n"
        "Minder Overlast\n\n"
        "In het project 'Minder Overlast' verbeteren we de veiligheid in de opvang. Dat gebeurt door de resultaten "
        "uit het eerdere AMIF-project 'Rustige Wijken' en uit het nieuwe project 'Veilige Nachtopvang' toe te passen. "
        "Januari 2023 tot en met december 2024.\n"
    )
    ext = facts(text, "nl")
    assert years(project(ext, "Minder Overlast")) == (2023, 2024)
    assert years(project(ext, "Veilige Nachtopvang")) == (2023, 2023)
    assert years(project(ext, "Rustige Wijken")) == (None, None)


def test_a_hyphenated_project_compound_keeps_its_hyphen() -> None:
    """ "das Nachbarschafts-Projekt": the name and its project noun are one word, written so (the
    label was "Nachbarschafts- Projekt"); a name before a separate noun keeps its space."""
    german = facts("Das Nachbarschafts-Projekt wird aus Mitteln des AMIF gefördert.", "de")
    assert [p.label for p in german.projects] == ["Nachbarschafts-Projekt"]
    english = facts("The Harbour Welcome Support Project is funded by AMIF.", "en")
    assert [p.label for p in english.projects] == ["Harbour Welcome Support Project"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Das Projekt Brückenbau wird vom AMIF gefördert. Seit 2017 trägt der Verein Nordlicht die "
            "Finanzierung dieses Projektes zur Beratung von Geflüchteten allein.",
            "de",
            "Brückenbau",
        ),
        (
            "Le projet Passerelle est financé par le FAMI. L'association Horizon assure la coordination de "
            "ce projet pour l'accueil des familles.",
            "fr",
            "Passerelle",
        ),
    ],
)
def test_a_demonstrative_before_a_project_noun_names_no_new_project(text: str, lang: str, name: str) -> None:
    """ "dieses Projektes zur Beratung ...", "ce projet pour l'accueil ...": the text goes on about
    the project it named; the phrase is no second project (it had become one, with its words up
    to the verb as its label)."""
    assert [p.label for p in facts(text, lang).projects] == [name]


def test_a_grant_code_then_a_quoted_title_names_the_project_by_its_title() -> None:
    """ "the project HOME/2021/AMIF/AG/EMAS/0077 “Safe Harbour reception”": the Commission's grant
    reference is the project's code, the quoted title its name (the label was "HOME"); inside the
    code, AMIF is the fund and EMAS the kind of grant, no second funder."""
    text = (
        "The official opening of the project HOME / 2021 / AMIF / AG / EMAS / 0077 “Safe Harbour reception "
        "for families” took place in Kaunas. The Migration Department runs it."
    )
    ext = facts(text, "en")
    [p] = ext.projects
    assert p.label == "Safe Harbour reception for families"
    assert p.code == "HOME / 2021 / AMIF / AG / EMAS / 0077"
    assert set(p.funders) == {AMIF}


@pytest.mark.parametrize("label", ["Article", "Accueil", "Nieuws", "HOME"])
def test_a_page_word_alone_names_no_project(label: str) -> None:
    """A web page's own words over its text ("Article", "Accueil") are no project's name; a name
    that holds one among others is."""
    from migkg.loaders.extract.cues import cues_for
    from migkg.loaders.extract.projects import not_a_project

    assert not_a_project(label, cues_for("fr"))
    assert not not_a_project(f"{label} Solidaire pour les familles", cues_for("fr"))


def test_an_action_noun_names_a_project_only_with_its_complement() -> None:
    """ "il rafforzamento dei servizi di accoglienza" describes a project; "lo sviluppo avviene con
    laboratori" (the action noun straight into a verb) says how it is done, and had become one."""
    text = (
        "Il progetto Ponte è finanziato dal FAMI.\nIl rafforzamento dei servizi di accoglienza per i minori "
        "è previsto dal progetto.\nLo sviluppo avviene con laboratori e tirocini."
    )
    labels = [p.label.lower() for p in facts(text, "it").projects]
    assert "rafforzamento dei servizi di accoglienza" in labels, labels
    assert not any("sviluppo avviene" in label for label in labels), labels
