"""A name followed by its kind of organisation in apposition ("X, organisme de formation installé à
Y"), a network's branch named after its place ("Croix-Rouge Jura"), and a news title that opens with
a place before the project's quoted name (texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import AMIF, extractor, mention_names

from migkg.loaders.extract.projects import _title_heads


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Le parcours est porté par Atout Langues Conseil, organisme de formation installé à Lisieux.",
            "Atout Langues Conseil",
        ),
        ("nl", "Het project loopt bij Taalbrug Noord, een organisatie die nieuwkomers begeleidt.", "Taalbrug Noord"),
        ("en", "The course is run by Harbour Bridges, a charity based in Cork.", "Harbour Bridges"),
        ("it", "Il corso è gestito da Mosaico Sociale, cooperativa attiva dal 2010.", "Mosaico Sociale"),
    ],
)
def test_a_name_with_its_kind_in_apposition_is_an_organisation(lang: str, text: str, name: str) -> None:
    assert name in mention_names(extractor(text, lang))


def test_a_persons_name_before_a_role_is_no_organisation() -> None:
    text = "« C'est un vrai tremplin », explique Marie Lenoir, coordinatrice de l'association."
    assert "Marie Lenoir" not in mention_names(extractor(text, "fr"))


def test_a_news_titles_place_before_a_quoted_name_gives_the_name() -> None:
    heads = _title_heads("Caen : « Objectif B1 », un parcours de français pour l'emploi – OFII")
    assert heads.index("Objectif B1") < heads.index("Caen")


TITLED_NEWS_FR = (
    "Le parcours « Cap Avenir » a démarré à Vire ce mois-ci. Le projet est cofinancé par le FAMI.\n\n"
    "« Cap Avenir » accueille 60 stagiaires par an.\n"
)


def test_the_quoted_name_after_a_titles_place_names_the_pages_project() -> None:
    ex = extractor(TITLED_NEWS_FR, "fr", title="Vire : « Cap Avenir », des cours de français pour l'emploi")
    labels = {p.label for p in ex.projects if AMIF in p.funders}
    assert "Cap Avenir" in labels and "Vire" not in labels


def test_a_networks_bare_name_before_a_place_is_that_places_branch() -> None:
    # regression: "Croix-Rouge Valais" (held14 990) was the Belgian branch that the bare "Croix-Rouge"
    # stands for in the reference data
    from extract_helpers import CROIX_ROUGE

    ex = extractor("Le projet est mené par la Croix-Rouge Jura depuis 2019.", "fr")
    assert "Croix-Rouge Jura" in mention_names(ex)
    assert CROIX_ROUGE not in {o.iri for o in ex.ctx.orgs}
    # the bare name still stands for its known branch, and an agency's country office is the agency
    assert CROIX_ROUGE in {o.iri for o in extractor("La Croix-Rouge gère le centre d'Ans.", "fr").ctx.orgs}
    iom = extractor("The project is run by IOM Belgium since 2020.", "en")
    assert "https://w3id.org/migkg/id/org/international-organization-for-migration" in {o.iri for o in iom.ctx.orgs}
