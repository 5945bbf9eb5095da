"""An association's "Nos financeurs" page: each action under a rule line, as "▶ Action N – « Name »"
over its description, its period ("Période : …" or "Année 2024") and one line per payer that ends
on its sum. The host spells the association's name without its little words (lespetitsponts-marais.fr for
"Les Petits Ponts du Marais"). Also: record lines repeated in a new paragraph are a new record."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of, project

from migkg.loaders.extract.structure import layout

PAGE_FR = (
    "Les Petits Ponts du Marais\n"
    "Accueil | L'association | Nos actions | Contact\n\n"
    "Nos financeurs\n\n"
    "Merci à eux ! Voici qui finance quoi.\n\n"
    "________________________________________\n\n"
    "▶ Action 1 – « Parler pour travailler »\n"
    "Ateliers de français à visée professionnelle pour les bénéficiaires de la protection internationale.\n"
    "Période : 2023 – 2025\n\n"
    "[logo UE] Cofinancé par l'Union européenne\n"
    "Fonds Asile, Migration et Intégration (FAMI) ................ 84 600 €\n\n"
    "________________________________________\n\n"
    "▶ Action 2 – « Grandir ici »\n"
    "Ateliers parents-enfants et café des parents, en lien avec les centres sociaux de la ville.\n"
    "Année 2024\n\n"
    "CAF de la Charente (appel à projets « parentalité ») : 12 000 €\n"
    "Département de la Charente : 18 500 €\n\n"
    "________________________________________\n\n"
    "▶ Action 3 – « En route ! »\n"
    "Code de la route en FLE et prêt de vélos électriques.\n"
    "Période : septembre 2024 – août 2025\n\n"
    "Fondation de France (appel « Vivre ensemble ») : 25 000 €\n\n"
    "________________________________________\n\n"
    "Les Petits Ponts du Marais – association loi 1901 – 8 rue des Écluses, Marans\n"
)


def _ex():
    return extractor(
        PAGE_FR,
        "fr",
        url="https://www.lespetitsponts-marais.fr/association/nos-financeurs/",
        title="Nos financeurs – Les Petits Ponts du Marais",
    )


def test_numbered_actions_name_the_projects() -> None:
    ex = _ex()
    assert {"Parler pour travailler", "Grandir ici", "En route !"} <= {p.label for p in ex.projects}
    assert not any("logo" in p.label.lower() for p in ex.projects)


def test_each_action_is_paid_by_the_payers_its_lines_name() -> None:
    ex = _ex()
    assert names_of(ex, project(ex, "Parler pour travailler").funders) == {AMIF}
    assert names_of(ex, project(ex, "Grandir ici").funders) == {"CAF de la Charente", "Département de la Charente"}
    assert names_of(ex, project(ex, "En route").funders) == {"Fondation de France"}


def test_the_site_whose_host_drops_the_names_little_words_runs_them() -> None:
    ex = _ex()
    for label in ("Parler pour travailler", "Grandir ici", "En route"):
        assert names_of(ex, project(ex, label).implementers) == {"Les Petits Ponts du Marais"}


def test_a_line_ending_on_a_sum_or_a_year_with_its_word_is_no_heading() -> None:
    text = "Intro.\n\nFondation de France (appel « Vivre ensemble ») : 25 000 €\nAnnée 2024\nSuite du texte.\n"
    units, _doc = layout(text, "fr")
    headings = [u.text for u in units.units if u.kind == "heading"]
    assert headings == []


LIST_OF_OPERATIONS = (
    "Projets cofinancés par le FAMI\n\n"
    "Projet : Accueil linguistique dans les foyers\n"
    "Bénéficiaire : Croix-Rouge luxembourgeoise\n"
    "Durée : 2022 – 2025\n"
    "Cofinancement UE (75 %) : 556.588,80 €\n\n"
    "Projet : Orientation juridique des demandeurs\n"
    "Bénéficiaire : Association Passerelles Luxembourg\n"
    "Durée : 2022 – 2024\n"
    "Cofinancement UE (75 %) : 298.500,00 €\n"
)


def test_record_lines_that_start_over_in_a_new_paragraph_are_another_record() -> None:
    ex = extractor(LIST_OF_OPERATIONS, "fr")
    first = project(ex, "Accueil linguistique")
    second = project(ex, "Orientation juridique")
    assert names_of(ex, first.implementers) == {"Croix-Rouge luxembourgeoise"}
    assert names_of(ex, second.implementers) == {"Association Passerelles Luxembourg"}


ACTIONS_PAGE = (
    "Passerelle Nord asbl\n"
    "Accueil   Qui sommes-nous ?   Nos actions   Contact\n\n"
    "Nos actions\n\n"
    "» Français langue étrangère\n\n"
    "Dix groupes par semaine. Ces cours existent grâce à la Commission communautaire française (COCOF).\n\n"
    "» Tables de conversation\n\n"
    "Mardi et jeudi, autour d'un thé. Gratuit, sans inscription.\n\n"
    "» Cap Logement – accompagner la recherche d'un logement\n\n"
    "Un référent suit chaque famille pendant six mois. Le projet est cofinancé par le FAMI.\n\n"
    "› Agenda de mars\n"
    "› Devenir bénévole\n"
)


def test_lines_marked_with_a_chevron_are_headings_and_a_run_of_them_is_a_list_of_links() -> None:
    units, _doc = layout(ACTIONS_PAGE, "fr")
    kinds = {u.text.strip(): u.kind for u in units.units}
    assert kinds["» Français langue étrangère"] == "heading"
    assert kinds["» Cap Logement – accompagner la recherche d'un logement"] == "heading"
    assert kinds["› Agenda de mars"] != "heading"


def test_an_action_of_an_organisations_list_paid_by_no_one_named_does_not_end_the_list() -> None:
    """ "Nos actions" over three marked headings: the second says nothing of money, the others say
    who pays ("grâce à la COCOF", "cofinancé par le FAMI"); both of those are projects."""
    ex = extractor(ACTIONS_PAGE, "fr", url="https://www.passerellenord.example/nos-actions")
    labels = {p.label for p in ex.projects}
    assert "Français langue étrangère" in labels
    assert any(label.startswith("Cap Logement") for label in labels)
    assert "Tables de conversation" not in labels
    assert AMIF in project(ex, "cap logement").funders
