"""A news story of a project named by one word: the sentence that opens on the name and says who
carries it ("Passerelles est porté par X") makes the project and its runner; "grâce à Passerelles"
does not make the name an organisation; a byline and a publishing time on one line cut by bars
still mark a newspaper, which runs nothing."""

from __future__ import annotations

from extract_helpers import extractor, facts, mention_names, org, project

FUND = "https://w3id.org/migkg/id/fund/"

STORY = (
    "Le Courrier de l'Escaut\n"
    "Région > Tournai\n"
    "\n"
    "Tournai : avec Passerelles, des réfugiées apprennent un métier de la santé\n"
    "\n"
    "Par Julie Mertens | Publié le 04/03/2025 à 09h15 | Mis à jour le 04/03/2025 à 11h02\n"
    "\n"
    "Une trentaine de femmes ont déjà trouvé un poste d'aide-soignante grâce à Passerelles, un dispositif "
    "lancé l'an dernier.\n"
    "\n"
    "« On les accompagne jusqu'au premier contrat », explique la coordinatrice.\n"
    "\n"
    "Passerelles est porté par l'Intercommunale de Santé Publique du Hainaut. Le projet, qui court jusqu'à "
    "fin 2026, est financé par le Fonds social européen (FSE+) et la Province de Hainaut.\n"
)
TITLE = "Tournai : avec Passerelles, des réfugiées apprennent un métier de la santé"
URL = "https://www.courrierdelescaut.be/actu/tournai-passerelles"


def test_a_sentence_opening_on_a_name_carried_by_an_organisation_makes_the_project() -> None:
    ext = facts(STORY, "fr", title=TITLE, url=URL)
    passerelles = project(ext, "Passerelles")
    assert set(passerelles.implementers) == {org("Intercommunale de Santé Publique du Hainaut")}
    assert FUND + "ESF" in passerelles.funders


def test_what_a_thanks_to_names_is_no_organisation_by_that_alone() -> None:
    ex = extractor(STORY, "fr", url=URL, title=TITLE)
    assert "Passerelles" not in mention_names(ex)


def test_a_byline_and_a_publishing_time_on_one_barred_line_mark_a_newspaper() -> None:
    ex = extractor(STORY, "fr", url=URL, title=TITLE)
    assert ex.ctx.is_media_site
    assert ex.ctx.site_owner is None


def test_a_name_that_opens_on_a_determiner_is_no_project() -> None:
    text = (
        "Le projet est porté par l'Intercommunale de Santé Publique du Hainaut et financé par le FSE+.\n"
        "Le projet dure deux ans.\n"
    )
    ext = facts(text, "fr")
    assert all(p.label != "Le projet" for p in ext.projects)
