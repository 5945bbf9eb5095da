"""The subject of a verb of giving pays its sum, where the verb stands apart from its subject.

Two word orders the rule for "X contributes EUR 20,000" (the payer right before its verb) did not
read: a German or Dutch verb set before its subject ("Beim Projekt beteiligt sich das Land X mit
weiteren 12.000 Euro", "Daarnaast draagt de Provincie X met € 45.000 bij"), where the sum follows
the subject a few words on in its clause; and a giving verb joined by "and" to the first verb of a
clause its subject opens ("La commune de X met à disposition un local et verse 12.000 euros"). A
bare noun standing for a body ("beteiligt sich die Stadt") is left to the rules that guess which
body it means. Texts written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import AMIF, facts, org, project

LAND_RELEASE = """\
Integration in Seeberg: Projekte für Familien

Die Stadt Seeberg startet 2025 das Projekt „Familien stärken“, das aus dem Asyl-, Migrations- und \
Integrationsfonds (AMIF) der Europäischen Union gefördert wird. Umgesetzt wird es vom Verein Brücke Seeberg.

Beim Projekt „Familien stärken“ beteiligt sich das Land Kärnten mit weiteren 12.000 Euro.
"""


def test_a_giving_verb_before_its_subject_with_the_sum_after_it_makes_the_subject_a_funder() -> None:
    p = project(facts(LAND_RELEASE, "de"), "Familien stärken")
    assert AMIF in p.funders
    assert org("Land Kärnten") in p.funders
    assert org("Brücke Seeberg") in p.implementers  # (the IRI leaves the "Verein" out)


def test_a_sum_after_the_subject_in_another_clause_is_not_its_gift() -> None:
    # (a guard: the sum belongs to the clause about the association, not to the Land)
    text = LAND_RELEASE.replace(
        "beteiligt sich das Land Kärnten mit weiteren 12.000 Euro.",
        "beteiligt sich das Land Kärnten, das dem Verein 2023 schon 12.000 Euro gab.",
    )
    p = project(facts(text, "de"), "Familien stärken")
    assert org("Land Kärnten") not in p.funders


PROVINCE_NEWS = """\
Taalcoaching voor nieuwkomers in Heuvelrand

Het project Taal Verbindt wordt gefinancierd door het Asiel-, Migratie- en Integratiefonds (AMIF). \
Het wordt uitgevoerd door Stichting Taalhuis Heuvelrand.

Daarnaast draagt de Provincie Drenthe met € 45.000 bij aan het project.
"""


def test_a_dutch_verb_before_its_subject_with_a_sum_after_makes_the_subject_a_funder() -> None:
    p = project(facts(PROVINCE_NEWS, "nl"), "Taal Verbindt")
    assert AMIF in p.funders
    assert org("Provincie Drenthe") in p.funders


COMMUNE_PAGE = """\
Un atelier vélo pour les réfugiés à Ettelbruck

Le projet « Roue Libre » est financé par le Fonds asile, migration et intégration (FAMI). Il est porté \
par l'asbl Cyclo Solidaire.

La commune de Mersch met à disposition un local et verse 12.000 euros par an pour couvrir les frais.
"""


def test_a_giving_verb_joined_to_its_subjects_first_verb_makes_the_subject_a_funder() -> None:
    p = project(facts(COMMUNE_PAGE, "fr"), "Roue Libre")
    assert AMIF in p.funders
    assert org("commune de Mersch") in p.funders
    assert org("Cyclo Solidaire") in p.implementers


def test_a_giving_verb_after_another_subjects_clause_is_not_the_first_subjects() -> None:
    # (a guard: after the comma another body may be the one that pays; the rule does not reach back)
    text = COMMUNE_PAGE.replace("met à disposition un local et verse", "met à disposition un local, et l'on verse")
    p = project(facts(text, "fr"), "Roue Libre")
    assert org("commune de Mersch") not in p.funders
