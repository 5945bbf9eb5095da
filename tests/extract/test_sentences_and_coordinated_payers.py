"""Two small things running text does: a name with an exclamation mark inside a sentence
("En selle ! sont portés par ..."), and payers coordinated after one funding cue ("financé par le
Fonds X et par la Province Y")."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of, project

from migkg.loaders.extract.structure import layout


def test_an_exclamation_mark_inside_a_name_does_not_end_the_sentence() -> None:
    text = "Les ateliers Saveurs et En selle ! sont portés par l'asbl Le Fil, une association locale.\n"
    units, _doc = layout(text, "fr")
    assert [u.kind for u in units.units] == ["sentence"]


def test_a_sentence_still_ends_before_a_capital_after_an_exclamation_mark() -> None:
    text = "Quelle fierté ! Les participantes ont toutes obtenu leur brevet.\n"
    units, _doc = layout(text, "fr")
    assert len(units.units) == 2


def test_an_organisation_after_a_fund_and_by_pays_too() -> None:
    text = (
        "Le projet « Pont vers l'emploi » est soutenu par le Fonds Asile, Migration et Intégration et par "
        "la Wallonie. Il est mené par l'asbl Trait d'Union depuis 2023.\n"
    )
    ex = extractor(text, "fr", title="Pont vers l'emploi")
    p = project(ex, "Pont vers")
    assert names_of(ex, p.funders) == {AMIF, "Wallonie"}


def test_a_fund_then_another_noun_is_no_coordination_of_payers() -> None:
    text = (
        "The project « Bridges » is funded by the Asylum, Migration and Integration Fund under a call of "
        "the Ministry of Labour. It is run by the Harbour Aid Association since 2023.\n"
    )
    ex = extractor(text, "en", title="Bridges")
    p = project(ex, "Bridges")
    assert "Ministry of Labour" not in names_of(ex, p.funders)


def test_a_negation_word_inside_a_name_denies_no_fund() -> None:
    # "Pas" of "Premiers Pas" is a name's word, not French "pas" (not)
    ex = extractor("Premiers Pas est cofinancé par le FAMI depuis 2023.\n", "fr")
    assert [m.text for m in ex.ctx.funds] == ["FAMI"]
    ex = extractor("Le projet n'est pas financé par le FAMI.\n", "fr")
    assert not ex.ctx.funds
