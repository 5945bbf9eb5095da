"""A project's page titled 'Projekt „Name“ – Verein': the quoted name after the project noun is the
page's project, whatever earlier project the text names; and a page that speaks of its project by
its name only, over its fact sheet's record lines ("Laufzeit:", "Gesamtbudget:"), reads them as
the project's."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, org, project

from migkg.loaders.extract.projects import only_a_date

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


def test_a_name_the_text_calls_a_project_right_after_it_is_no_organisation() -> None:
    text = (
        "RADICI raccoglie l'eredità di CENTRO APERTO, il progetto FAMI 2014-2020 guidato dal Comune di Terni, "
        "nel quale la nostra cooperativa era partner.\n"
    )
    ex = extractor(text, "it")
    assert "CENTRO APERTO" not in {o.name for o in ex.ctx.orgs}


def test_the_agent_before_an_apposed_project_noun_stays_an_organisation() -> None:
    text = "Led by Dover District Council, the scheme runs from 2019 to 2022 with AMIF money.\n"
    ex = extractor(text, "en")
    assert "Dover District Council" in {o.name for o in ex.ctx.orgs}


PROJECT_SITE = (
    "NESTWORK\n"
    "Home   About   Partners   News\n"
    "\n"
    "About the project\n"
    "\n"
    "NESTWORK – Shared housing pathways for refugees in European towns\n"
    "\n"
    "NESTWORK brings volunteers and landlords together. Over three years, six organisations develop a model "
    "of shared housing.\n"
    "\n"
    "Programme: Asylum, Migration and Integration Fund (AMIF) – Union Actions\n"
    "\n"
    "NESTWORK exchanges with its sister project OPEN ROOMS, which is coordinated by the City of Leiden.\n"
)


def test_an_about_page_titled_with_its_projects_name_names_that_project() -> None:
    ext = facts(
        PROJECT_SITE, "en", title="About NESTWORK | Shared housing pathways", url="https://www.nestwork.eu/about"
    )
    assert "NESTWORK" in [p.label for p in ext.projects]


def test_a_date_is_no_projects_name() -> None:
    # "... to 29 February 2024. The action financed ...": the capitalised words before a project
    # noun may be a date's
    assert only_a_date("February 2024")
    assert only_a_date("1er mars 2023")
    assert only_a_date("3. März 2025")
    assert not only_a_date("Safe Shores 2024")
    assert not only_a_date("Avril 2024 Mobilité")


def test_a_projects_name_said_again_without_its_description_is_the_same_project() -> None:
    text = (
        "Folgende Projekte werden gefördert:\n"
        "Träger | Projekt | Förderung | Laufzeit\n"
        'Caritas Lippe e.V. | „Ankommen in Lippe" – Lotsendienste für Neuzugewanderte | AMIF | 2024-2026\n'
        'Diakonie Minden e.V. | „Sprachbrücke" – Sprachkurse für Eltern | AMIF | 2024-2025\n'
        "\n"
        'Beim Projekt „Ankommen in Lippe" begleiten ehrenamtliche Lotsinnen neu angekommene Menschen im Kreis '
        "Lippe. Das Projekt wird aus dem AMIF und vom Land gefördert.\n"
    )
    labels = [p.label for p in facts(text, "de").projects]
    assert len([label for label in labels if "Ankommen" in label]) == 1, labels
    assert not [label for label in labels if '"' in label], labels
