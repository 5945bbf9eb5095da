"""An association's annual report: a table of "Projet | Financeur | Période | Montant" names each
project's payers and no one who runs it, so the site's owner runs them; a government's name that
ends on a lower-case adjective of place ("Région wallonne", "Province du Brabant wallon") is an
organisation; one named with a fund in a project's sentence pays, it does not run the project."""

from __future__ import annotations

from extract_helpers import extractor, facts, mention_names, org, project

REPORT = (
    "Accueil > Qui sommes-nous ? > Rapport annuel 2024\n"
    "\n"
    "Rapport annuel 2024\n"
    "\n"
    "Financement\n"
    "Nous remercions nos pouvoirs subsidiants. Le tableau ci-dessous reprend qui finance quoi.\n"
    "\n"
    "Projet | Financeur | Période | Montant\n"
    "Cap Logement | Fonds Asile, Migration et Intégration (FAMI) | 2024-2026 | 180.000,00 €\n"
    "Tables de conversation | Fondation Roi Baudouin | 2024 | 22.000,00 €\n"
    "\n"
    "Les Ateliers du Lien asbl · Rue Haute 4, 1400 Nivelles\n"
)
URL = "https://www.ateliersdulien.be/rapport-annuel-2024"
TITLE = "Rapport annuel 2024 – Les Ateliers du Lien asbl"


def test_a_government_name_ending_on_an_adjective_of_place_is_an_organisation() -> None:
    text = "La Région wallonne et la Province du Brabant wallon soutiennent les tables de conversation.\n"
    names = mention_names(extractor(text, "fr"))
    assert {"Région wallonne", "Province du Brabant wallon"} <= names


def test_a_lower_case_region_is_no_organisation() -> None:
    assert mention_names(extractor("Elle habite la région wallonne depuis deux ans.\n", "fr")) == set()


def test_the_owner_runs_the_rows_of_its_reports_table_of_payers() -> None:
    ext = facts(REPORT, "fr", title=TITLE, url=URL)
    owner = org("Les Ateliers du Lien")
    assert set(project(ext, "Cap Logement").implementers) == {owner}
    tables = project(ext, "Tables de conversation")
    assert set(tables.implementers) == {owner}
    assert "https://w3id.org/migkg/id/org/king-baudouin-foundation" in tables.funders


def test_an_organisation_named_with_a_fund_pays_the_project_it_does_not_run_it() -> None:
    text = (
        "CPAS de Nivelles\n"
        "Actualités\n"
        "\n"
        "Depuis janvier, le CPAS de Nivelles accompagne les réfugiés qui quittent un centre d'accueil.\n"
        "\n"
        "Le projet, baptisé « Toit à toi », bénéficie du soutien du Fonds Asile, Migration et Intégration (FAMI) "
        "et de la Région wallonne.\n"
    )
    ext = facts(text, "fr", url="https://www.cpasnivelles.be/actualites/toit-a-toi")
    toit = project(ext, "Toit à toi")
    assert set(toit.implementers) == {org("CPAS de Nivelles")}
