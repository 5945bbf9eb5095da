"""A local news article about one organisation's new service: its name heads the headline before a
colon, the project's name is given later ("Le projet porte un nom, « X »") and repeated in quotes
where the money is told."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of, project

NEWS_FR = (
    "CPAS de Marcheval : un guichet pour les nouveaux arrivants\n\n"
    "Publié le 13/02/2024\n\n"
    "Deux assistantes sociales et une interprète reçoivent depuis janvier les personnes étrangères qui "
    "viennent de s'installer dans la commune.\n\n"
    "« On ne voulait pas d'un guichet de plus », explique la présidente du CPAS de Marcheval.\n\n"
    "Le projet porte un nom, « Premier Accueil Marcheval », même si tout le monde parle du guichet.\n\n"
    "Qui paie ?\n\n"
    "Le budget total de « Premier Accueil Marcheval » s'élève à 210.000 euros pour trois ans, de 2024 à "
    "2026. La plus grosse part provient du FAMI, le Fonds Asile, Migration et Intégration de l'Union "
    "européenne ; le CPAS assume le reste sur fonds propres.\n"
)


def test_a_name_given_later_and_repeated_in_quotes_takes_the_money_and_years_told_there() -> None:
    ex = extractor(NEWS_FR, "fr", title="CPAS de Marcheval : un guichet pour les nouveaux arrivants | L'Écho local")
    p = project(ex, "Premier Accueil Marcheval")
    assert (p.start_year, p.end_year) == (2024, 2026)
    assert AMIF in p.funders


def test_an_organisation_heading_the_headline_before_a_colon_stays_an_organisation() -> None:
    # "CPAS de Marcheval : un guichet ...": a line read as "key: value", whose key the text also
    # writes in running text ("la présidente du CPAS de Marcheval"); the paragraph of the money
    # names it again ("le CPAS assume le reste")
    ex = extractor(NEWS_FR, "fr", title="CPAS de Marcheval : un guichet pour les nouveaux arrivants | L'Écho local")
    assert "CPAS de Marcheval" in {o.name for o in ex.ctx.orgs}
    p = project(ex, "Premier Accueil Marcheval")
    assert names_of(ex, p.implementers) == {"CPAS de Marcheval"}


WORKSHOPS_FR = (
    "Namur : on apprend le néerlandais en jardinant\n\n"
    "Chaque jeudi, une dizaine d'habitants du quartier se retrouvent au potager collectif.\n\n"
    "Baptisés « Graines de mots », ces ateliers ont démarré en mars 2023. Le projet est soutenu par le Fonds "
    "Asile, Migration et Intégration, qui y consacre 40.000 euros jusqu'à fin 2024.\n\n"
    "« On parle en travaillant, c'est plus facile », sourit une participante.\n\n"
    "Graines de mots est porté par l'asbl Terre Commune, une association namuroise créée en 2009.\n"
)

NEWS_IT = (
    "Chiamato “Ponti di parole”, il percorso partirà a settembre 2025 nelle scuole della città.\n\n"
    "Il progetto è finanziato dal FAMI con 55.000 euro ed è gestito dall'associazione Mondo Insieme.\n"
)


def test_a_sentence_opening_with_a_naming_participle_and_a_quoted_name_names_a_project() -> None:
    ex = extractor(WORKSHOPS_FR, "fr", title="Namur : on apprend le néerlandais en jardinant")
    p = project(ex, "Graines de mots")
    assert AMIF in names_of(ex, p.funders)
    assert (p.start_year, p.end_year) == (2023, 2024)


def test_an_italian_naming_participle_before_a_quoted_name_names_a_project() -> None:
    ex = extractor(NEWS_IT, "it", title="Scuole, parte un nuovo percorso")
    p = project(ex, "Ponti di parole")
    assert AMIF in names_of(ex, p.funders)
