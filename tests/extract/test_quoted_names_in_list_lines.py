"""Lists of selected projects whose lines hold a quoted name in the middle ("..., « Premiers pas »,
destiné ..."), subjects that are an acronym in brackets after the lower-case name it stands for,
a call's authority cue that belongs to the body after it, and a list of one project's parts."""

from __future__ import annotations

from extract_helpers import extractor, org

LAUREATES = (
    "Communiqué de presse\n"
    "Le préfet annonce les lauréats de l'appel à projets FAMI 2025 pour l'intégration des primo-arrivants. "
    "Réuni le 3 mars, le comité de sélection, associant la DRETS, a retenu les projets suivants :\n"
    "• « Cap Avenir », porté par l'association Trait d'Union : un accompagnement vers l'emploi de 90 "
    "réfugiés, de 2025 à 2026. Montant FAMI attribué : 120 000 €.\n"
    "• À Vernac, le centre communal d'action sociale (CCAS) ouvrira un guichet d'accès aux droits, "
    "« Porte ouverte », destiné aux signataires du contrat d'intégration : 80 000 € pour 2025 et 2026.\n"
    "• Enfin, l'Université de Norvanne étend son diplôme « Tremplin – Études en exil », qui prépare les "
    "étudiants réfugiés à la reprise d'études, pour 2025-2027. Le FAMI apporte 95 000 €.\n"
)


def test_a_quoted_name_inside_a_line_of_a_project_list_names_its_project() -> None:
    ex = extractor(LAUREATES, "fr", url="https://www.prefecture-exemple.gouv.fr/laureats", title="Lauréats FAMI 2025")
    labels = {p.label for p in ex.projects}
    assert {"Cap Avenir", "Porte ouverte", "Tremplin – Études en exil"} <= labels, labels


def test_an_acronym_after_the_lower_case_name_it_stands_for_is_the_subject() -> None:
    ex = extractor(LAUREATES, "fr", url="https://www.prefecture-exemple.gouv.fr/laureats", title="Lauréats FAMI 2025")
    door = next(p for p in ex.projects if p.label == "Porte ouverte")
    assert set(door.implementers) == {org("CCAS")}, door.implementers


def test_a_quoted_word_in_lower_case_or_after_a_sum_names_no_project() -> None:
    text = (
        "Le azioni dei progetti finanziati:\n"
        '1) Casa – appartamenti "ponte" in centro città per 12 mesi;\n'
        "2) Lavoro – tirocini in azienda;\n"
        "Il cofinanziamento dei progetti è così articolato:\n"
        '- € 6.500,00 in denaro, al capitolo 1104 "Interventi per l\'integrazione sociale";\n'
        "- € 12.000,00 in ore di lavoro del personale;\n"
    )
    ex = extractor(text, "it", url="https://www.comune-esempio.it/progetto", title="Progetto")
    labels = [p.label.lower() for p in ex.projects]
    assert "ponte" not in labels and "interventi per l'integrazione sociale" not in labels, labels


PAPER = (
    "Beschlussvorschlag:\n"
    "1. Der Landkreis Wendeburg nimmt die vom Bundesamt für Migration und Flüchtlinge (BAMF) bewilligte Zuwendung "
    "aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) in Höhe von 210.000,00 € für das Projekt "
    "„Ankommen im Kreis“ an.\n"
    "Sachverhalt:\n"
    "Der Landkreis Wendeburg hat sich im Förderaufruf des BAMF mit dem Projekt „Ankommen im Kreis“ beworben.\n"
    "Inhalt des Projekts:\n"
    "- Einsatz von zwei Integrationscoaches in den Samtgemeinden;\n"
    "- Schulung ehrenamtlicher Lotsinnen und Lotsen durch den Verein Brückenbauer Wendeburg e.V.;\n"
    "Laufzeit: 01.04.2025 – 31.03.2027.\n"
    "Zuständige Behörde für den AMIF in Deutschland ist das BAMF.\n"
)


def test_the_applicant_before_a_call_of_the_authority_is_no_authority() -> None:
    ex = extractor(PAPER, "de", url="https://buergerinfo.lk-wendeburg.example/vorlage", title="Vorlage 2025/12")
    assert org("Landkreis Wendeburg") not in ex.ctx.authority_orgs
    project = next(p for p in ex.projects if p.label == "Ankommen im Kreis")
    assert org("Landkreis Wendeburg") in project.implementers, project.implementers


def test_a_list_of_one_projects_parts_names_no_projects() -> None:
    ex = extractor(PAPER, "de", url="https://buergerinfo.lk-wendeburg.example/vorlage", title="Vorlage 2025/12")
    assert [p.label for p in ex.projects] == ["Ankommen im Kreis"]
