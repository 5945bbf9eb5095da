"""A project's page titled 'Projekt „Name“ – Verein': the quoted name after the project noun is the
page's project, whatever earlier project the text names; and a page that speaks of its project by
its name only, over its fact sheet's record lines ("Laufzeit:", "Gesamtbudget:"), reads them as
the project's."""

from __future__ import annotations

from extract_helpers import AMIF, facts, org, project

PAGE = (
    "Lotsenhaus Kaiserslautern e.V.\n"
    "Start   Über uns   Projekte   Kontakt\n"
    "\n"
    "Kompass\n"
    "Orientierung für Neuzugewanderte in der Westpfalz\n"
    "\n"
    "Seit Mai 2024 begleiten wir mit „Kompass“ Menschen, die neu in die Westpfalz gekommen sind.\n"
    "\n"
    "„Kompass“ baut auf unserem Vorgängerprojekt „Erster Halt“ auf, das von 2020 bis 2023 lief und ebenfalls "
    "aus dem Asyl-, Migrations- und Integrationsfonds gefördert wurde.\n"
    "\n"
    "Projektsteckbrief\n"
    "Laufzeit: 01.05.2024 – 30.04.2027\n"
    "Gesamtbudget: 512.000,00 €\n"
    "Kofinanzierung Landkreis Kaiserslautern: 128.000,00 €\n"
)
TITLE = "Projekt „Kompass“ – Lotsenhaus Kaiserslautern e.V."
URL = "https://www.lotsenhaus-kl.de/projekte/kompass/"


def test_a_quoted_name_after_the_titles_project_noun_is_the_pages_project() -> None:
    ext = facts(PAGE, "de", title=TITLE, url=URL)
    kompass = project(ext, "Kompass")
    assert AMIF in kompass.funders


def test_the_fact_sheets_record_lines_are_the_named_projects() -> None:
    ext = facts(PAGE, "de", title=TITLE, url=URL)
    kompass = project(ext, "Kompass")
    assert (kompass.start_year, kompass.end_year) == (2024, 2027)
    assert org("Landkreis Kaiserslautern") in kompass.funders
