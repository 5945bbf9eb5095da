"""Goals (the AMIF objectives scheme) and places named in a project's own words."""

from __future__ import annotations

import pytest

from migkg.loaders.document import Document
from migkg.loaders.extract.pipeline import extract_facts

GOAL = "https://w3id.org/migkg/id/goal/"
PLACE = "https://w3id.org/migkg/id/place/"


@pytest.mark.parametrize(
    ("lang", "text", "label", "goals", "place"),
    [
        (
            "fr",
            "Le projet PASSEUR, financé par le FAMI, soutient le retour volontaire des demandeurs d'asile à Namur.",
            "PASSEUR",
            {"return"},
            "namur",
        ),
        (
            "en",
            "The BRIDGE project, funded by AMIF in Antwerp, supports the integration of refugees.",
            "BRIDGE",
            {"integration"},
            "antwerp",
        ),
        (
            "nl",
            "Het project ‘Thuis’ wordt gefinancierd door het AMIF en werkt in Gent "
            "rond de hervestiging van vluchtelingen.",
            "Thuis",
            {"resettlement"},
            "ghent",
        ),
    ],
    ids=["fr", "en", "nl"],
)
def test_goals_and_places_of_a_project(lang: str, text: str, label: str, goals: set[str], place: str) -> None:
    result = extract_facts(Document(text=text, name="t.txt", raw=text.encode(), language=lang))
    [project] = [p for p in result.projects if p.label == label]
    assert {GOAL + g for g in goals} <= set(project.goals)
    assert PLACE + place in project.places


def test_a_goal_word_in_another_paragraph_is_not_the_projects() -> None:
    text = (
        "Le projet PASSEUR, financé par le FAMI, est mené par l'asbl Exemple.\n\n"
        "Par ailleurs, le gouvernement débat du retour volontaire."
    )
    result = extract_facts(Document(text=text, name="t.txt", raw=text.encode(), language="fr"))
    [project] = result.projects
    assert GOAL + "return" not in project.goals
