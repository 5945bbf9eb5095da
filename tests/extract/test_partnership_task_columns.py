"""A cross-border project's site: its partners' table ("Rôle | Organisation | Pays | Mission dans le
projet") lists the page's project's partners with their tasks, no project per row; the page's title
names the project after the page's own word ("Le partenariat – PONT'EMPLOI")."""

from __future__ import annotations

from extract_helpers import extractor, org

SITE = (
    "PONT'EMPLOI\n"
    "Le projet | Partenariat | Actions | Contact\n"
    "Interreg France-Wallonie-Vlaanderen\n"
    "Durée : 01/01/2024 – 31/12/2027\n"
    "Budget total : 1 500 000,00 €\n"
    "Fonds européen de développement régional (FEDER, 60 %) : 900 000,00 €\n"
    "Les partenaires\n"
    "Rôle | Organisation | Pays | Mission dans le projet\n"
    "Chef de file | Centre Interculturel de Mons | BE | Coordination générale et méthodologie des parcours\n"
    "Partenaire | Maison de l'Emploi de Lille | FR | Mise en relation avec les employeurs\n"
    "Organisme associé | Ville de Mouscron | BE | Accueil d'événements\n"
)
TITLE = "Le partenariat – PONT'EMPLOI | Interreg France-Wallonie-Vlaanderen"
URL = "https://www.pontemploi-interreg.eu/fr/partenariat"


def test_a_partners_table_with_a_task_column_makes_no_project_per_row() -> None:
    ex = extractor(SITE, "fr", url=URL, title=TITLE)
    assert not any(p.rule == "find_table_rows" for p in ex.projects)
    assert not any("Coordination" in p.label or "employeurs" in p.label for p in ex.projects)


def test_the_title_names_the_project_after_the_pages_own_word() -> None:
    ex = extractor(SITE, "fr", url=URL, title=TITLE)
    project = next(p for p in ex.projects if p.label == "PONT'EMPLOI")
    assert org("Centre Interculturel de Mons") in project.implementers
