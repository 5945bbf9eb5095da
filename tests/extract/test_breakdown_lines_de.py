"""A German press release's project sections: who the project "lies with", a partner named by
its feminine role noun, and a bulleted breakdown of the money whose fund line opens with "davon"
and whose last line names the district by its head noun alone ("durch den Landkreis")."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of, project

RELEASE_DE = (
    "Zwei neue Integrationsprojekte im Landkreis Talheim\n\n"
    "Das Bundesamt für Migration und Flüchtlinge hat beide Anträge aus dem Asyl-, Migrations- und "
    "Integrationsfonds (AMIF) bewilligt.\n\n"
    "WEGWEISER – Lotsen für neue Familien\n\n"
    "Das größere der beiden Projekte liegt beim Familiennetz Talheim e.V. in Obertal. Die "
    "Volkshochschule Talheim ist als Kooperationspartnerin mit im Boot.\n\n"
    "• Laufzeit: 01.04.2024 – 31.03.2027\n"
    "• Gesamtkosten: 600.000 Euro\n"
    "• davon AMIF-Mittel: 450.000 Euro (75 %)\n"
    "• Land Hessen (Landesprogramm): 100.000 Euro\n"
    "• Kofinanzierung durch den Landkreis: 50.000 Euro\n\n"
    "SPRACHZEIT – Kurse für Mütter\n\n"
    "Das zweite Vorhaben organisiert die Elternschule Untertal e.V. mit Mitteln aus dem AMIF.\n\n"
    "© Landkreis Talheim | Impressum\n"
)


def _ex():
    return extractor(RELEASE_DE, "de", title="Zwei neue Integrationsprojekte | Landkreis Talheim")


def test_the_project_lies_with_its_runner_not_with_its_cooperation_partner() -> None:
    ex = _ex()
    p = project(ex, "WEGWEISER")
    assert names_of(ex, p.implementers) == {"Familiennetz Talheim e.V."}


def test_a_breakdown_opened_by_davon_and_the_fund_names_the_land_and_the_district_as_payers() -> None:
    ex = _ex()
    p = project(ex, "WEGWEISER")
    assert names_of(ex, p.funders) == {AMIF, "Land Hessen", "Landkreis Talheim"}
