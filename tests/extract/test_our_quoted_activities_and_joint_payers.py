"""An association's page on who pays for what: "Nos ateliers « Mots du jour », ... sont cofinancés
par le FAMI" and "notre lieu d'accueil « Le Phare » ... est financé par la Caf de X et la
Fondation Y" name the site owner's activities by their quoted names, and both bodies joined by
"et" after "financé par" pay; a quoted name after "our" and a verb is someone's words, and a
short form in parentheses is no second payer."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, org

PAGE = (
    "Les Passeurs de Mots\n"
    "Nos financeurs et partenaires\n"
    "Qui finance quoi ?\n"
    "• Nos ateliers sociolinguistiques « Mots du jour », destinés aux femmes primo-arrivantes, sont "
    "cofinancés pour 2023-2025 par l'Union européenne au titre du FAMI (52 000 €).\n"
    "• Depuis 2024, notre lieu d'accueil parents-enfants « Le Phare », ouvert chaque mercredi, est "
    "financé par la Caf de la Drôme et la Fondation Lumière.\n"
)


def _ext():
    return facts(PAGE, "fr", url="https://www.passeursdemots-example.fr/financeurs", title="Nos financeurs")


def test_our_activities_by_their_quoted_names_are_projects() -> None:
    labels = {p.label for p in _ext().projects}
    assert {"Mots du jour", "Le Phare"} <= labels or {"Mots du jour", "Phare"} <= labels, labels


def test_the_fund_pays_the_first_activity() -> None:
    ateliers = next(p for p in _ext().projects if p.label == "Mots du jour")
    assert AMIF in ateliers.funders, ateliers.funders


def test_two_bodies_joined_by_and_after_financed_by_both_pay() -> None:
    phare = next(p for p in _ext().projects if "Phare" in p.label)
    assert org("Caf de la Drôme") in phare.funders, phare.funders
    assert any("lumiere" in f for f in phare.funders), phare.funders


def test_a_quoted_name_after_our_and_a_verb_is_what_someone_said() -> None:
    text = (
        "Where did the money come from? The answer on the leaflet and in our interview was simply "
        '"EU money", and we could not confirm which fund is behind it.\n'
    )
    ex = extractor(text, "en", url="https://www.policy-example.eu/pilots", title="Three pilots")
    assert "EU money" not in {p.label for p in ex.projects}
