"""A commune's news on a project it runs without an EU fund: the project's sentence comes before a
bulleted list of what it offers, then two more sentences, then "Le projet se déroulera ..." and "Il
est financé par :" over one payer per item (the town, the state's subsidy through a ministry whose
name lists its portfolios, a charity whose name opens with "Œuvre")."""

from __future__ import annotations

from extract_helpers import extractor, names, names_of, project

from migkg.loaders.extract.model import NATIONAL

NEWS_FR = (
    "Ville de Mersange\n\n"
    "« Bienvenue à Mersange » : un accueil pour les nouveaux arrivants\n"
    "Publié le 9 décembre 2024\n\n"
    "Pour mieux accueillir les familles qui s'installent, la Ville lance le projet « Bienvenue à Mersange ».\n\n"
    "Concrètement, chaque nouvel arrivant se verra proposer :\n"
    "– un rendez-vous de bienvenue à la mairie ;\n"
    "– une balade découverte mensuelle de la ville ;\n"
    "– un binôme avec un habitant bénévole pendant six mois ;\n"
    "– des permanences d'orientation le mardi soir ;\n"
    "– un guide des services en cinq langues.\n\n"
    "« Personne ne doit rester seul devant ses courriers », explique l'échevine. "
    "Les services communaux prennent en charge les rendez-vous et les balades.\n\n"
    "Le projet se déroulera de janvier 2025 à décembre 2026, pour un budget total de 40 000 €. Il est financé par :\n"
    "• la Ville de Mersange : 16 000 € ;\n"
    "• un subside étatique de 18 000 € du ministère de la Famille, des Solidarités, du Vivre-ensemble et de "
    "l'Accueil ;\n"
    "• l'Œuvre Nationale de Secours Mersange : 6 000 €.\n"
)


def _ex():
    return extractor(NEWS_FR, "fr", title="« Bienvenue à Mersange » – Ville de Mersange")


def test_each_item_under_a_financed_by_colon_names_a_payer_of_the_project() -> None:
    ex = _ex()
    p = project(ex, "Bienvenue à Mersange")
    assert {
        NATIONAL,
        "Ville de Mersange",
        "ministère de la Famille, des Solidarités, du Vivre-ensemble et de l'Accueil",
        "Œuvre Nationale de Secours Mersange",
    } <= names_of(ex, p.funders), names_of(ex, p.funders)


def test_a_later_sentence_on_the_project_is_found_past_a_list_of_what_it_offers() -> None:
    ex = _ex()
    p = project(ex, "Bienvenue à Mersange")
    assert (p.start_year, p.end_year) == (2025, 2026)


def test_a_ministry_named_with_its_portfolios_is_one_name() -> None:
    found = names(
        "Le ministère de la Famille, des Solidarités, du Vivre ensemble et de l'Accueil y ajoute un subside.", "fr"
    )
    assert "ministère de la Famille, des Solidarités, du Vivre ensemble et de l'Accueil" in found


def test_a_list_of_other_names_after_a_town_stays_apart() -> None:
    found = names("Le projet de la Ville de Lyon, du Département et des associations locales avance.", "fr")
    assert "Ville de Lyon" in found


def test_partners_announced_by_a_colon_are_not_payers() -> None:
    text = (
        "Le projet Passerelle est cofinancé par le FAMI.\n"
        "Partenaires du projet :\n"
        "– Ville de Brisac\n"
        "– Maison de l'Emploi de Brisac\n"
    )
    ex = extractor(text, "fr")
    p = project(ex, "Passerelle")
    assert not {"Ville de Brisac", "Maison de l'Emploi de Brisac"} & names_of(ex, p.funders)
