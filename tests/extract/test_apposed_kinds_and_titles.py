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


RELEASE_DG = (
    "Das Projekt der VoG Brückenschlag Eupen begleitet Drittstaatsangehörige auf dem Weg in eine feste "
    "Arbeitsstelle. Es wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) finanziert.\n\n"
    "Laufzeit: 01.04.2024 – 31.03.2027\n\n"
    "Das Projekt ergänzt das ESF+-Projekt „Lernbrücke“ der VoG Sprachhaus Raeren, das seit 2022 läuft.\n"
)


def test_a_vog_writes_its_form_before_its_name_and_a_job_is_no_organisation() -> None:
    names = mention_names(extractor(RELEASE_DG, "de"))
    assert {"VoG Brückenschlag Eupen", "VoG Sprachhaus Raeren"} <= names
    assert "Arbeitsstelle" not in names


def test_a_title_opening_with_a_quoted_name_names_the_pages_project_beside_another() -> None:
    # regression: „Ankommen im Job“ (held14 993) was lost to the other project the text quotes
    ex = extractor(RELEASE_DG, "de", title="„Weg in den Job“: Neues Integrationsprojekt startet in Eupen")
    labels = {p.label for p in ex.projects}
    assert "Lernbrücke" in labels or any("Lernbrücke" in x for x in labels)
    assert "Weg in den Job" not in labels  # the text never names it: no project from the title alone
    ex = extractor(
        RELEASE_DG.replace("Das Projekt der VoG", "Genau hier setzt „Weg in den Job“ an. Das Projekt der VoG"),
        "de",
        title="„Weg in den Job“: Neues Integrationsprojekt startet in Eupen",
    )
    assert "Weg in den Job" in {p.label for p in ex.projects}
