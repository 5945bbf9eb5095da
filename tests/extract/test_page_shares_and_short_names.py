"""A project's payers and their shares said in sentences of their own, apart from where the page
names the project; short names; a short name a label defines (texts written for these tests)."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import AMIF, extractor, facts, org, project

# A news page: the project named early, who runs and who pays in a later paragraph, each payer's
# part in a sentence of its own.
SEWING_NEWS = (
    "Dans un atelier de la rue Basse, douze femmes apprennent le français en cousant.\n\n"
    "Baptisé « Fil à Fil », le projet a démarré en mars 2024 et doit courir jusqu'en février 2026.\n\n"
    "Qui paie ?\n\n"
    "C'est l'asbl Les Mains Ouvertes, active depuis quinze ans dans le quartier, qui porte le projet. "
    "Son budget s'élève à 180.000 euros. Les trois quarts, soit 135.000 euros, sont financés par le "
    "Fonds Asile, Migration et Intégration (FAMI). La Province de Namur intervient à hauteur de "
    "20.000 euros. Une machine à coudre coûte 900 euros.\n"
)


def test_a_name_of_short_words_in_quotes_names_a_project() -> None:
    # "Fil à Fil" has no word longer than three letters; quoted and set before "le projet", it is
    # a name all the same.
    assert project(facts(SEWING_NEWS, "fr"), "Fil à Fil")


def test_a_province_that_intervenes_with_a_sum_funds_the_project() -> None:
    p = project(facts(SEWING_NEWS, "fr"), "Fil à Fil")
    assert org("Province de Namur") in p.funders
    assert org("Les Mains Ouvertes") in p.implementers


def test_each_payers_share_in_a_sentence_of_its_own_is_that_payers() -> None:
    p = project(facts(SEWING_NEWS, "fr"), "Fil à Fil")
    assert p.amounts[AMIF][0] == Decimal("135000")
    assert p.amounts[org("Province de Namur")][0] == Decimal("20000")


def test_a_sum_with_no_payer_named_beside_it_is_no_share() -> None:
    # the machine's price names no payer; the budget names none either
    p = project(facts(SEWING_NEWS, "fr"), "Fil à Fil")
    assert all(v[0] != Decimal("900") for v in p.amounts.values())


def test_page_shares_wait_for_a_page_of_one_project() -> None:
    # Two projects: a sentence with a sum and a payer does not say whose project it pays.
    text = (
        "Le projet Passerelle est mené par l'asbl Horizon Nord. Le projet Trait d'Union est mené par "
        "l'asbl Pont Sud. Les deux projets sont financés par le FAMI.\n\n"
        "La Province de Namur intervient à hauteur de 20.000 euros.\n"
    )
    ext = facts(text, "fr")
    for p in ext.projects:
        assert org("Province de Namur") not in p.amounts


def test_short_name_a_label_defines_is_that_project_not_a_second_one() -> None:
    # regression: "IIB" (held4) was read as a project of its own beside the line that defines it
    text = (
        "Het AMIF financiert twee projecten van de stad:\n\n"
        "• Intensieve Begeleiding Jongeren (INBEG), uitgevoerd door vzw Ankerlicht: 300.000 euro\n"
        "• Samen Wonen, uitgevoerd door vzw Dakwerk: 200.000 euro\n\n"
        "Het INBEG-project in Oost-Vlaanderen wordt uitgevoerd door vzw Ankerlicht, samen met het OCMW.\n"
    )
    labels = [p.label for p in extractor(text, "nl").projects]
    assert "INBEG" not in labels, labels
    assert "Intensieve Begeleiding Jongeren (INBEG)" in labels
