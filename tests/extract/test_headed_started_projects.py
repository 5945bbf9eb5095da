"""A newsletter's or news page's second story: a short heading over a section that says an
organisation starts "a project" and who pays for it. The heading names the project; a payer named
only in that section pays its runner, not the runners of the page's other project."""

from __future__ import annotations

from extract_helpers import extractor, facts, project

NEWSLETTER = (
    "Commune de Belvaux-sur-Alzette\n"
    "Bulletin communal n° 2/2025\n"
    "Cohésion sociale\n"
    "« Voisins solidaires » : un nouveau projet de quartier\n"
    "Le collège échevinal lance en mai 2025 le projet « Voisins solidaires ». Le budget de 20.000 euros est pris "
    "en charge par le ministère de la Famille sur le budget de l'État. La commune coordonne le projet avec l'asbl "
    "Maison Ouverte comme partenaire.\n"
    "Ateliers numériques\n"
    "En juin 2025, l'association Clés du Numérique démarre un petit projet pilote d'ateliers informatiques pour "
    "les personnes réfugiées. L'Œuvre Lumière asbl soutient cette initiative avec 8.000 euros pour un an.\n"
    "Agenda\n"
    "Fête du quartier le 14 juin 2025.\n"
)


def _iri(ex, name: str) -> str:
    return next(m.iri for m in ex.ctx.orgs if m.name.startswith(name))


def test_a_short_heading_over_an_organisation_starting_a_project_names_it() -> None:
    ex = extractor(NEWSLETTER, "fr")
    p = project(ex, "ateliers", "numériques")
    assert p.label == "Ateliers numériques"
    assert _iri(ex, "Clés du Numérique") in p.implementers
    assert _iri(ex, "Œuvre Lumière") in p.funders


def test_a_payer_named_only_in_one_project_section_pays_no_other_runner() -> None:
    ex = extractor(NEWSLETTER, "fr")
    paid = [p for p in ex.projects if _iri(ex, "Œuvre Lumière") in p.funders]
    assert {o for p in paid for o in p.implementers} == {_iri(ex, "Clés du Numérique")}


def test_a_heading_over_a_sum_that_funds_a_project_of_no_named_subject_names_none() -> None:
    # the organisation comes after "a project": it is where it happens, not who starts it
    text = (
        "Actualités\nAteliers numériques\nUn nouveau projet d'ateliers informatiques ouvrira à la Maison de "
        "quartier Nord en 2025, avec 8.000 euros de l'Œuvre Lumière asbl.\n"
    )
    assert not [p for p in facts(text, "fr").projects if p.label == "Ateliers numériques"]


def test_our_project_named_after_a_date_is_named_by_its_name_not_the_date() -> None:
    """ "Op 31 december is ons project Samen Verder afgesloten": "ons" is a determiner like "het",
    and a sentence's opening date ("Op 31 december") is no project said to be one."""
    ext = facts("Op 31 december is ons project Samen Verder afgesloten. Het werd gefinancierd door het AMIF.\n", "nl")
    assert [p.label for p in ext.projects] == ["Samen Verder"]
