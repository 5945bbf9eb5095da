"""Shares of a total, names formed with their head ("CPAS de Liège"), new organisations after a role
cue, and partners kept out of the implementer fallbacks."""

from __future__ import annotations

from decimal import Decimal

from migkg.loaders.document import Document
from migkg.loaders.extract.pipeline import NATIONAL, extract_facts
from migkg.ontology.iris import organisation_iri

AMIF = "https://w3id.org/migkg/id/fund/AMIF"
VLUCHTELINGENWERK = "https://w3id.org/migkg/id/org/vluchtelingenwerk-vlaanderen"


def facts(text: str, lang: str, title: str | None = None):
    return extract_facts(
        Document(text=text, name="t.txt", raw=text.encode(), language=lang, title=title, url="https://n.example/x")
    )


def test_percentage_shares_of_a_total_nl() -> None:
    text = (
        "Het project 'Samen Thuis' wordt van 2022 tot 2024 gefinancierd door het Fonds voor Asiel, Migratie en "
        "Integratie. Het budget bedraagt 1,2 miljoen euro, waarvan 75% door het AMIF en 25% door de nationale "
        "overheid."
    )
    [p] = facts(text, "nl").projects
    assert p.amounts[AMIF][0] == Decimal("900000")  # 75 % of 1.2 million
    assert p.amounts[NATIONAL][0] == Decimal("300000")
    assert p.amounts[None][0] == Decimal("1200000")
    assert {AMIF, NATIONAL} <= set(p.funders)


def test_name_formed_with_its_head_fr() -> None:
    text = (
        "Le CPAS de Liège a obtenu 250.000 euros du Fonds Asile, Migration et Intégration (FAMI) pour son "
        "projet « Premiers Pas », qui accompagnera des familles réfugiées entre 2024 et 2026."
    )
    [p] = facts(text, "fr").projects
    assert set(p.implementers) == {str(organisation_iri("CPAS de Liège"))}
    assert p.amounts[AMIF][0] == Decimal("250000")
    assert (p.start_year, p.end_year) == (2024, 2026)


def test_unknown_organisation_after_run_by_en() -> None:
    text = "The Welcome Home project, run by the Irish Refugee Council, is funded by AMIF with €350,000."
    [p] = facts(text, "en").projects
    assert set(p.implementers) == {str(organisation_iri("Irish Refugee Council"))}


def test_partner_named_in_the_lead_is_not_the_fallback_implementer_nl() -> None:
    text = (
        "Het project 'Samen Thuis' wordt gefinancierd door het AMIF. "
        "De stad werkt hiervoor samen met Vluchtelingenwerk Vlaanderen."
    )
    [p] = facts(text, "nl").projects
    assert VLUCHTELINGENWERK not in p.implementers


def test_list_items_with_a_tail_after_the_organisation_en() -> None:
    text = (
        "The following projects receive funding from the Asylum, Migration and Integration Fund:\n"
        "• Safe Start (Vluchtelingenwerk Vlaanderen) - € 420,000\n"
        "• Job Bridge (Caritas International) - € 310,500\n"
    )
    projects = {p.label: p for p in facts(text, "en").projects}
    assert set(projects) == {"Safe Start", "Job Bridge"}
    assert set(projects["Safe Start"].implementers) == {VLUCHTELINGENWERK}
    assert projects["Safe Start"].amounts[None][0] == Decimal("420000")


def test_a_list_reads_its_funders_from_its_intro_not_from_what_follows_fr() -> None:
    text = (
        "Fedasil finance cette année 12 projets d'accueil grâce à ses subventions nationales. Parmi eux :\n"
        "- Maison Ouverte (asbl Le Pont), à Bruxelles\n"
        "- Jardin Partagé (Ville de Namur)\n"
        "Par ailleurs, trois projets européens sont financés par le FAMI.\n"
    )
    result = facts(text, "fr")
    projects = {p.label: p for p in result.projects}
    assert set(projects) == {"Maison Ouverte", "Jardin Partagé"}
    for p in projects.values():
        assert NATIONAL in p.funders
        assert AMIF not in p.funders
    assert sorted((a.count, tuple(a.funders)) for a in result.aggregates) == [(3, (AMIF,)), (12, (NATIONAL,))]


def test_one_node_for_an_organisation_whatever_its_legal_form_is_written() -> None:
    # Two documents write the same association with and without its legal form.
    first = facts("Le projet ESCALE, financé par le FAMI, est mené par Réso asbl.", "fr")
    second = facts("Het project Brug wordt gefinancierd door het AMIF en uitgevoerd door Réso vzw.", "nl")
    [a], [b] = first.projects, second.projects
    assert set(a.implementers) == set(b.implementers) == {str(organisation_iri("Réso"))}
    assert {o.name for o in first.new_orgs.values()} == {"Réso asbl"}  # the label keeps what was written


def test_page_titled_with_its_project_it() -> None:
    text = (
        "Nel 2017 la cooperativa Esempio si aggiudica un progetto finanziato dal Fondo Asilo, Migrazione e "
        "Integrazione. PONTI APERTI è il nome del progetto, che durerà 24 mesi."
    )
    result = facts(text, "it", title="Ponti Aperti")
    assert [p.label for p in result.projects] == ["Ponti Aperti"]
    assert set(result.projects[0].funders) == {AMIF}


def test_a_programming_period_is_not_the_projects_period_fr() -> None:
    text = (
        "Dans la programmation 2014-2020, le projet ESCALE est financé par le FAMI et mené par Caritas International."
    )
    [p] = facts(text, "fr").projects
    assert (p.start_year, p.end_year) == (None, None)


def test_a_project_period_that_is_not_a_programming_period_is_kept_fr() -> None:
    text = "Le projet ESCALE, financé par le FAMI entre 2022 et 2024, est mené par Caritas International."
    [p] = facts(text, "fr").projects
    assert (p.start_year, p.end_year) == (2022, 2024)


def test_a_funds_own_period_is_not_the_projects_period_fr() -> None:
    text = "Le projet ESCALE, financé par le FAMI 2021-2027, est mené par Caritas International."
    [p] = facts(text, "fr").projects
    assert (p.start_year, p.end_year) == (None, None)
