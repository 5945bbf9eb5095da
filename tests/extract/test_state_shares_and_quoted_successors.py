"""The State's share said as the subject of a paying verb or by the service that pays it, a
breakdown's line of that share, and a successor project named in a quoted line over "the follow-up
project"."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, project

from migkg.loaders.extract.model import NATIONAL

NEWS = (
    "Un toit pour repartir\n"
    "Vingt ménages réfugiés seront logés et accompagnés vers l'emploi d'ici 2026. Depuis janvier, "
    "l'association Horizon Partagé accompagne les familles dans le projet « Clés en main ».\n"
    "Le budget s'élève à 300 000 euros. Le Fonds asile, migration et intégration (Fami) en apporte 180 000 euros. "
    "L'État complète avec 90 000 euros de crédits versés par la DDETS de la Corrèze.\n"
)


def test_the_state_paying_as_a_verbs_subject_is_national_money() -> None:
    p = project(facts(NEWS, "fr"), "clés en main")
    assert NATIONAL in p.funders and AMIF in p.funders


def test_the_service_the_credits_are_paid_by_pays() -> None:
    ex = extractor(NEWS, "fr")
    ddets = next(m.iri for m in ex.ctx.orgs if m.name == "DDETS de la Corrèze")
    paid = {o for p in ex.projects if ddets in p.funders for o in p.implementers}
    assert paid == {next(m.iri for m in ex.ctx.orgs if m.name == "Horizon Partagé")}


def test_a_breakdown_line_of_the_states_share_is_no_project() -> None:
    text = (
        "Les projets soutenus\n"
        "▪ Cap Avenir (Corrèze)\n"
        "Porté par l'association Horizon Partagé, ce parcours associe français et immersion en entreprise.\n"
        "Coût total : 200 000 €\n"
        "- FSE+ : 120 000 €\n"
        "- État (DDETS de la Corrèze, programme 104) : 80 000 €\n"
        "▪ Mobil'Cantal (Cantal)\n"
        "La Mission locale d'Aurillac mettra en place des cours de code de la route, cofinancés par le FSE+.\n"
    )
    labels = [p.label for p in facts(text, "fr").projects]
    assert not any(label.startswith("État") for label in labels)
    assert "Cap Avenir" in labels


def test_a_quoted_name_over_the_follow_up_project_names_it() -> None:
    text = (
        "Danke und auf Wiedersehen\n"
        "Am 31. Dezember geht unser Projekt „Ankommen in Lienz“ zu Ende. Es wurde aus dem AMIF gefördert.\n"
        "Wie es weitergeht: „Brücken bauen“\n"
        "Das Nachfolgeprojekt läuft vom 1. Jänner 2025 bis zum 31. Dezember 2027 und wird aus dem neuen "
        "AMIF 2021-2027 gefördert. Wir bleiben Projektträger.\n"
    )
    p = project(facts(text, "de"), "brücken bauen")
    assert (p.start_year, p.end_year) == (2025, 2027) and AMIF in p.funders


def test_a_fund_denied_two_sentences_on_funds_nothing() -> None:
    """ "... cofinancé par le FAMI. « On nous pose la question. La Suisse ne participe pas à ce
    fonds »": a quoted sentence between the fund and its denial."""
    text = (
        "Et l'Europe ?\n"
        "Dans l'Union européenne, ce type d'action est souvent cofinancé par le FAMI. « On nous pose "
        "régulièrement la question. La Suisse ne participe pas à ce fonds », explique la déléguée.\n"
    )
    assert not extractor(text, "fr").ctx.funds
