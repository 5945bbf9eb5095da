"""Bodies no head noun or legal form shows: named after who heads them ("la directrice du Pont des
Savoirs", "presidente del Filo d'Erba") or on a line before their street address; and a project
introduced by "X, c'est le nom de ...". Not: a project's coordinator, a place before a noun ("the
director of the Ioannina shelter"), the bare kind of a body named elsewhere ("du Département")."""

from __future__ import annotations

from extract_helpers import extractor

ARTICLE = (
    "Vandière. À La Marmite, « on apprend un métier »\n"
    "Au restaurant solidaire du Jardin des Langues, une douzaine de réfugiés se forment à la cuisine.\n"
    "La Marmite, c'est le nom de cet atelier d'insertion ouvert en janvier 2024 rue des Tanneurs.\n"
    "« Ce sont des gens qui ont tout à apporter », explique Léa Moreau, la directrice du Jardin des Langues. "
    "Le vice-président du Département est venu déjeuner mardi.\n"
    "L'atelier est financé par le Fonds social européen plus (FSE+) à hauteur de 120 000 euros.\n"
    "Le Jardin des Langues, 14 rue des Tanneurs, Vandière. Tél. 03 00 00 00 00.\n"
)


def test_a_body_named_after_its_director_or_before_its_address_is_an_organisation() -> None:
    ex = extractor(ARTICLE, "fr", url="https://www.journal-exemple.fr/vandiere/marmite", title="À La Marmite")
    names = {o.name for o in ex.ctx.orgs}
    assert "Le Jardin des Langues" in names, names
    # the mention "du Jardin des Langues" is the same body as the address line's
    assert {o.iri for o in ex.ctx.orgs if "Jardin des Langues" in o.name} == {
        next(o.iri for o in ex.ctx.orgs if o.name == "Le Jardin des Langues")
    }
    assert "Département" not in names, names


def test_a_name_said_to_be_the_name_of_a_thing_is_a_project() -> None:
    ex = extractor(ARTICLE, "fr", url="https://www.journal-exemple.fr/vandiere/marmite", title="À La Marmite")
    # (the project's name without its article, as every name the rules read)
    assert "Marmite" in {p.label for p in ex.projects}, [p.label for p in ex.projects]


def test_coordinators_and_attributive_places_name_no_body() -> None:
    text = (
        "The Harbour House shelter opened in 2019 with money from the Asylum, Migration and Integration Fund.\n"
        '"They need a room with a door," says the director of the Kelmar shelter.\n'
        "«Serve tempo», spiega Marco Rossi, coordinatore di Tessitura per la cooperativa.\n"
        "Kelmar, Harbour Street 12, is where the shelter stands.\n"
    )
    ex = extractor(text, "en", url="https://www.shelter-example.org/news", title="Shelters")
    names = {o.name for o in ex.ctx.orgs}
    assert "Kelmar" not in names and "Tessitura" not in names, names


def test_a_comunita_montana_is_an_organisation() -> None:
    text = (
        "Progetto ALPINA – integrazione nelle valli\n"
        "Il progetto ALPINA è finanziato dal Programma Interreg Italia-Svizzera 2021-2027 (FESR).\n"
        "Capofila italiano: Comunità Montana Alta Valle di Esempio\n"
        "Durata: 2024-2027\n"
    )
    ex = extractor(text, "it", url="https://www.regione-esempio.it/progetti/alpina", title="ALPINA")
    assert any(o.name == "Comunità Montana Alta Valle di Esempio" for o in ex.ctx.orgs), [o.name for o in ex.ctx.orgs]
