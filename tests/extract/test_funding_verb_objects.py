"""A written answer's numbered projects: the subject of a funding verb whose object is the project
itself ("the Welsh Government has funded the Refugee Teachers Programme") pays it, sums in pounds
or none."""

from __future__ import annotations

from extract_helpers import extractor, org

ANSWER = (
    "Question\n"
    "To ask the Welsh Government which refugee integration projects it has supported since 2016.\n"
    "Answer\n"
    "1. Refugee Teachers Programme\n"
    "Since 2016 the Welsh Government has funded the Refugee Teachers Programme, delivered by Cardiff Bridges "
    "Trust together with the Education Workforce Council, which helps refugee teachers to re-register. "
    "Welsh Government funding in 2019-20 was £150,000.\n"
    "2. Holistic Casework Service\n"
    "Delivered between 2011 and 2014 by the Welsh Refugee Council, the service was funded by the European "
    "Refugee Fund.\n"
)


def test_the_subject_of_a_funding_verb_whose_object_is_the_project_pays_it() -> None:
    ex = extractor(ANSWER, "en", url="https://senedd.example.wales/questions/12345", title="Written question 12345")
    teachers = next(p for p in ex.projects if p.label == "Refugee Teachers Programme")
    assert org("Welsh Government") in teachers.funders
    casework = next(p for p in ex.projects if p.label == "Holistic Casework Service")
    assert org("Welsh Government") not in casework.funders


RELEASE = (
    "Ville de Differbourg – Communiqué de presse\n"
    "Accueil des nouveaux arrivants : la Ville lance deux projets\n"
    "La Ville de Differbourg lance deux nouveaux projets pour l'accueil des nouveaux habitants.\n"
    "« Welcome Differbourg » : un guichet unique pour les nouveaux arrivants\n"
    "Dès le 4 novembre 2024, un guichet d'accueil multilingue ouvrira ses portes à l'Hôtel de Ville. Le projet, "
    "porté par la Ville elle-même, est cofinancé par le Fonds Asile, Migration et Intégration (FAMI).\n"
    "Cours de luxembourgeois en soirée\n"
    "La Ville finance intégralement sur son budget ordinaire une nouvelle série de cours du soir.\n"
    "Un engagement qui ne date pas d'hier\n"
    "« Nous voulons que chaque nouvel habitant trouve sa place », souligne l'échevine. « Le soutien du FAMI nous "
    "permet de faire beaucoup plus que ce que nous aurions pu faire seuls. »\n"
)


def test_the_support_of_a_fund_is_no_project() -> None:
    ex = extractor(RELEASE, "fr", url="https://www.differbourg.lu/communique", title="Communiqué – Differbourg")
    labels = [p.label for p in ex.projects]
    assert not any(label.lower().startswith("soutien") for label in labels), labels
