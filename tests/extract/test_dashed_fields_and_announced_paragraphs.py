"""Pages read in held39 (session 50): a written answer whose bullets give each project's title, its
runner, its years and its money between dashes (one runner a short name nothing else knows), with
"The national co-financing of these projects ..." after them; press releases in German whose
project is run by the subject of a relative clause ("„X“ an, das der Verein Y seit März umsetzt");
a prefecture's release that announces three actions and gives one paragraph to each, opening on the
association that runs it, whose "Contact presse :" line is over its press office, no project."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, org, project

from migkg.loaders.extract.model import NATIONAL

ANSWER_EN = (
    "Answer given on behalf of the Commission\n\n"
    "1. The following projects in the region had been selected for support under the national AMIF "
    "programme by 30 June 2024:\n"
    "• Reception and orientation for persons arriving by sea in the northern ports — Danish Refugee "
    "Council (DRC) — 2023-2025 — total eligible cost EUR 2 100 000;\n"
    "• Language and job coaching for recognised refugees in the inland towns — Norwegian People's "
    "Aid — 2024-2026 — total eligible cost EUR 940 000;\n"
    "• Legal counselling and early identification of vulnerable persons at the ports — Arcadia — "
    "2024-2025 — total eligible cost EUR 512 000.\n"
    "The national co-financing of these projects is provided from the state budget.\n"
    "2. The Commission does not set amounts per region.\n"
)


def test_dashed_list_lines_name_their_runner_in_a_later_field() -> None:
    ext = facts(ANSWER_EN, "en", url="https://www.mep-office.example.eu/questions/amif-ports")
    runners = {
        "Reception and orientation": org("Danish Refugee Council"),
        "Language and job coaching": org("Norwegian People's Aid"),
        # (a short name nothing else knows, in the field where the lines beside it name their runners)
        "Legal counselling": org("Arcadia"),
    }
    for lead, runner in runners.items():
        p = next((p for p in ext.projects if p.label.startswith(lead)), None)
        assert p is not None, [q.label for q in ext.projects]
        assert set(p.implementers) == {runner}, (p.label, p.implementers)
        assert AMIF in p.funders, p.funders
        # "The national co-financing of these projects ...": the list's projects' money
        assert NATIONAL in p.funders, (p.label, p.funders)


def test_a_sentence_on_the_money_of_these_projects_speaks_of_the_whole_list() -> None:
    ex = extractor(ANSWER_EN, "en", url="https://www.mep-office.example.eu/questions/amif-ports")
    assert ex._speaks_of_all("The national co-financing of these projects is provided from the state budget.")
    # (a plural noun far into a sentence on something else is no word on the list)
    assert not ex._speaks_of_all("The Commission has followed the implementation of many projects in the region.")


RELEASE_DE = (
    "Deutsch lernen im Betrieb\n"
    "Neues Projekt „Sprachwerk Oberland“ startet in Weilheim\n\n"
    "Wer Schutz bekommen hat, will rasch arbeiten. Genau hier setzt das neue Projekt „Sprachwerk "
    "Oberland“ an, das der Verein Lernwerk Oberland seit Anfang März umsetzt.\n\n"
    "Das Projekt wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) kofinanziert. "
    "Laufzeit: 01.03.2024 – 28.02.2027.\n"
)


def test_the_subject_of_a_relative_clause_on_the_name_runs_the_project() -> None:
    ext = facts(RELEASE_DE, "de", url="https://www.landkreis-oberland.example.de/presse/sprachwerk")
    p = project(ext, "Sprachwerk Oberland")
    assert org("Lernwerk Oberland") in p.implementers, p.implementers
    assert AMIF in p.funders


RELEASE_FR = (
    "Intégration des primo-arrivants : deux associations soutenues\n"
    "COMMUNIQUÉ DE PRESSE\n\n"
    "Dans le cadre de l'appel à projets départemental 2024, le préfet a retenu deux nouvelles actions "
    "portées par des associations du département. Elles seront financées par le Fonds Asile, Migration "
    "et Intégration (FAMI).\n\n"
    "À Dinan, l'association Passerelle Émeraude renforce ses ateliers de français pour les mères "
    "isolées. Près de 40 personnes pourront y participer.\n\n"
    "Enfin, à Lannion, l'association Horizon Trégor ouvre un atelier de mobilité pour les réfugiés. "
    "Quinze stagiaires seront accompagnés.\n\n"
    "« Ces deux actions répondent à de vrais besoins », a souligné le préfet.\n\n"
    "Contact presse :\n"
    "Bureau de la communication interministérielle\n"
    "pref-communication@example.gouv.fr\n"
    "Imprimer\n"
    "Partager\n"
)


def test_announced_actions_each_in_a_paragraph_opening_on_its_runner() -> None:
    ext = facts(RELEASE_FR, "fr", url="https://www.prefecture.example.gouv.fr/communiques/integration-2024")
    by_runner = {next(iter(p.implementers), None): p for p in ext.projects}
    assert set(by_runner) == {org("Passerelle Émeraude"), org("Horizon Trégor")}, [
        (p.label, p.implementers) for p in ext.projects
    ]
    assert by_runner[org("Passerelle Émeraude")].label.lower().startswith("ateliers de français")
    assert by_runner[org("Horizon Trégor")].label.lower().startswith("atelier de mobilité")


def test_the_lines_under_a_press_contact_line_name_no_project() -> None:
    ext = facts(RELEASE_FR, "fr", url="https://www.prefecture.example.gouv.fr/communiques/integration-2024")
    labels = [p.label for p in ext.projects]
    # (before: "Bureau de la communication interministérielle" and "Imprimer" took the announced
    # actions' places as headings)
    assert not [label for label in labels if "communication" in label.lower() or label == "Imprimer"], labels
