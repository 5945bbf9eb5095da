"""A parliamentary answer names its operations by their order: "La première, intitulée « X », est
portée par Y", "The first, entitled "X", is being implemented by Y". The quoted name is a project;
a place's or a body's name inside it is no runner of it; "Texte de la réponse" is a part of the
answer, no project's name."""

from __future__ import annotations

from extract_helpers import AMIF, facts, org, project

ANSWER_FR = (
    "Texte de la question\n"
    "M. X attire l'attention du ministre sur le Fonds asile, migration et intégration (FAMI) dans l'Ain.\n"
    "Texte de la réponse\n"
    "S'agissant du département de l'Ain, deux opérations méritent d'être signalées. La première, intitulée "
    "« Cap Logement Bourg », est portée par Alfa3a à Bourg-en-Bresse, du 1er janvier 2023 au 31 décembre 2025, "
    "pour un coût total de 420 000 €. Le FAMI y contribue à hauteur de 315 000 €.\n"
    "La seconde, conduite par l'association Horizon Ain dans le pays de Gex, concerne des ateliers "
    "sociolinguistiques. Pour la période 2023-2024, elle bénéficie d'une subvention FAMI de 60 000 €.\n"
)
ANSWER_EN = (
    'Two projects were approved. The first, entitled "Better reception at the Marsa Open Centre", is being '
    "implemented by the Agency for the Welfare of Asylum Seekers (AWAS). It is co-financed by the AMIF.\n"
)


def test_the_first_entitled_x_names_a_project_run_by_its_sentences_agent() -> None:
    ext = facts(ANSWER_FR, "fr")
    cap = project(ext, "Cap Logement Bourg")
    assert cap.label == "Cap Logement Bourg"
    assert org("Alfa3a") in cap.implementers


def test_a_name_inside_the_projects_name_is_no_runner() -> None:
    ext = facts(ANSWER_EN, "en")
    better = project(ext, "Better reception")
    assert AMIF in better.funders
    assert not [i for i in better.implementers if "marsa" in i], better.implementers


def test_the_answers_heading_names_no_project() -> None:
    ext = facts(ANSWER_FR, "fr")
    assert not [p for p in ext.projects if "Texte de" in p.label]


WRITTEN_ANSWER = (
    "Written answers\n"
    "\n"
    "I can confirm to the Deputy that the following projects in County Galway have been awarded funding under "
    "the Asylum, Migration and Integration Fund:\n"
    "\n"
    'Galway Welcome Centre CLG, Galway – "Connect West", an information and referral service for '
    "beneficiaries of international protection. The project runs from 2023 to 2025 and was awarded €310,000.\n"
    "\n"
    "Connemara Community Partnership – a Rural Orientation Service providing transport and volunteer support. "
    "The project runs from 2024 to 2026.\n"
)


def test_a_paragraph_opening_on_a_beneficiary_and_a_dash_names_its_project() -> None:
    ext = facts(WRITTEN_ANSWER, "en")
    connect = project(ext, "Connect West")
    assert (
        org("Galway Welcome Centre CLG") in connect.implementers or org("Galway Welcome Centre") in connect.implementers
    )
    rural = project(ext, "Rural Orientation Service")
    assert org("Connemara Community Partnership") in rural.implementers
