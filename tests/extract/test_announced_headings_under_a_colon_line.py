"""A release that counts all the funded projects in its lead ("Elf Projekte werden gefördert") and
presents some of them under a line that counts them and ends on a colon ("Drei der geförderten
Projekte im Überblick:"), each a heading over its paragraph: each heading names a project."""

from __future__ import annotations

from extract_helpers import extractor

RELEASE = (
    "Presseaussendung\n"
    "Ministerium: 9,8 Mio. Euro für Rückkehrprojekte\n"
    "Elf Projekte aus dem AMIF-Aufruf 2023 werden gefördert\n"
    "Das Ministerium hat die Ergebnisse des Aufrufs im Rahmen des Asyl-, Migrations- und Integrationsfonds "
    "(AMIF) veröffentlicht. Insgesamt werden 9,8 Mio. Euro bereitgestellt. Bis zum Ende der Einreichfrist "
    "langten 19 Anträge ein. Ein Gremium hat im Dezember elf Anträge empfohlen. Die Vorhaben starten 2024. "
    "Das Ministerium ist die zuständige Behörde für den AMIF. Freiwillige Rückkehr ist die bessere Lösung, "
    "hieß es aus dem Ministerium.\n"
    "\n"
    "Drei der geförderten Projekte im Überblick:\n"
    "\n"
    "Neustart – Reintegration in Herkunftsländern\n"
    "Das Projekt wird vom Verein Brückenschlag umgesetzt. Laufzeit: 01.01.2024 – 31.12.2026.\n"
    "\n"
    "Zukunft Planen\n"
    "Die Beratungsstelle Kompass e.V. bereitet Familien auf die Rückkehr vor.\n"
    "\n"
    "Handwerk vor Rückkehr (HvR)\n"
    "Mit 480.000 Euro wird ein Angebot des Bildungswerks Donau unterstützt. Laufzeit: 2024 bis 2026.\n"
)


def test_headings_under_a_line_that_counts_them_each_name_a_project() -> None:
    ex = extractor(RELEASE, "de", url="https://www.ministerium-beispiel.at/presse/123", title="Rückkehrprojekte")
    labels = {p.label for p in ex.projects}
    wanted = {"Neustart – Reintegration in Herkunftsländern", "Zukunft Planen", "Handwerk vor Rückkehr (HvR)"}
    assert wanted <= labels, labels
