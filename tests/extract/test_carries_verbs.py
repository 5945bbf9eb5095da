"""A verb that says an organisation runs a project only with the project as its object, a few words
after it ("l'asbl X porte depuis janvier 2024 le projet Y"), and the same verb when it means "is
about" (texts written for these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of, runners_of

TITLE = "L'infolettre du CPAS – mars 2025 | CPAS de Valmont"
NEWSLETTER = (
    "L'infolettre du CPAS – n°12 – mars 2025\n"
    "Publié le 14/03/2025 par le CPAS de Valmont\n\n"
    "1. « Clé en Main » : un premier logement après l'accueil\n\n"
    "Une famille reconnue réfugiée n'a que quelques semaines pour quitter le centre où elle vivait. "
    "Sans garant ni historique de loyer, la recherche d'un logement devient vite un parcours difficile.\n\n"
    "C'est pour ces familles que l'asbl Toit Partagé porte depuis janvier 2024 le projet Clé en Main, "
    "en lien avec notre service Logement. Concrètement :\n"
    "• une permanence « recherche logement » deux matinées par semaine ;\n"
    "• un accompagnement aux visites et à la signature du bail.\n\n"
    "Le projet court jusqu'à fin 2026. L'Union européenne en finance la plus grande part (210.000 €) via "
    "le Fonds Asile, Migration et Intégration (FAMI).\n\n"
    "2. Cellule Énergie : de nouvelles permanences\n\n"
    "À partir du 6 mai, la Cellule Énergie du CPAS vous reçoit aussi le jeudi après-midi.\n"
)


def test_a_body_that_carries_the_project_a_few_words_after_its_verb_runs_it() -> None:
    ex = extractor(NEWSLETTER, "fr", url="https://www.cpas-valmont-example.be/infolettre-mars-2025", title=TITLE)
    assert names_of(ex, runners_of(ex, AMIF)) == {"Toit Partagé"}, names_of(ex, runners_of(ex, AMIF))


def test_a_verb_that_says_what_a_text_is_about_reads_as_any_other_verb() -> None:
    # "l'avis porte sur le projet" (the opinion is about the project): the same runners as with
    # "concerne", not the body that gave the opinion alone
    def runners(verb: str) -> set[str]:
        text = NEWSLETTER.replace(
            "l'asbl Toit Partagé porte depuis janvier 2024 le projet Clé en Main",
            f"l'avis de l'Association des Locataires de Valmont {verb} le projet Clé en Main",
        )
        ex = extractor(text, "fr", url="https://www.cpas-valmont-example.be/infolettre-mars-2025", title=TITLE)
        return names_of(ex, runners_of(ex, AMIF))

    assert runners("porte sur") == runners("concerne")
