"""A page of several records, each under its heading, with a one-word status line ("laufend",
"afgerond") or a short description between the heading and the record lines: the heading still
names the record's project."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of, project

FOUNDATION_DE = (
    "Geförderte Projekte\n\n"
    "Die Lindenhof-Stiftung fördert Vorhaben, die Zugewanderten das Ankommen erleichtern.\n\n"
    "Sprachcafé Nordstadt\n"
    "laufend\n"
    "Träger: Nachbarschaftshaus Nordstadt e.V.\n"
    "Förderzeitraum: 01.04.2024 – 31.03.2026\n"
    "Fördersumme: 30.000 €\n\n"
    "Ein offenes Café mit Sprachtandems. Das Land Hessen und der AMIF tragen den größeren Teil.\n\n"
    "Lernhilfe Westend\n"
    "abgeschlossen\n"
    "Träger: Schulverein Westend e.V.\n"
    "Förderzeitraum: 2022\n"
    "Fördersumme: 9.000 €\n\n"
    "Nachmittags Hausaufgabenhilfe für Kinder aus Willkommensklassen.\n"
)

FONDS_NL = (
    "Onze projecten\n\n"
    "Het AMIF steunt deze projecten van onze partners.\n\n"
    "Taalmaatjes Oost\n"
    "lopend\n"
    "Uitvoerder: Stichting Buurtwerk Oost\n"
    "Looptijd: 2023-2025\n"
    "Budget: € 80.000\n\n"
    "Werk en Wijk\n"
    "afgerond\n"
    "Uitvoerder: Vereniging Werkkracht\n"
    "Looptijd: 2020-2022\n"
    "Budget: € 55.000\n"
)


def test_a_status_line_between_heading_and_record_lines_keeps_the_heading_as_the_name() -> None:
    ex = extractor(FOUNDATION_DE, "de", title="Geförderte Projekte | Lindenhof-Stiftung")
    first = project(ex, "Sprachcafé Nordstadt")
    assert names_of(ex, first.implementers) == {"Nachbarschaftshaus Nordstadt e.V."}
    assert (first.start_year, first.end_year) == (2024, 2026)
    second = project(ex, "Lernhilfe Westend")
    assert names_of(ex, second.implementers) == {"Schulverein Westend e.V."}
    assert (second.start_year, second.end_year) == (2022, 2022)


def test_dutch_status_lines_between_headings_and_records() -> None:
    ex = extractor(FONDS_NL, "nl", title="Onze projecten")
    first = project(ex, "Taalmaatjes Oost")
    assert names_of(ex, first.implementers) == {"Stichting Buurtwerk Oost"}
    assert (first.start_year, first.end_year) == (2023, 2025)
    second = project(ex, "Werk en Wijk")
    assert names_of(ex, second.implementers) == {"Vereniging Werkkracht"}
    assert AMIF in names_of(ex, second.funders)


OUR_PROJECTS_EN = (
    "Our projects\n\n"
    "We are a small charity in Leith working with refugees since 2015.\n\n"
    "Supper Club\n"
    "Shared meals and English conversation every Wednesday. Around 40 people come each week.\n"
    "Running: April 2023 – March 2026\n"
    "Funded by: Asylum, Migration and Integration Fund (AMIF)\n\n"
    "Safe Steps\n"
    "A peer mentoring scheme for young people who arrived alone.\n"
    "Duration: 2019 – 2021\n"
    "Funded by: City of Edinburgh Council\n\n"
    "Want to partner with us on a project? Get in touch: hello@leith-welcome.example.org\n"
)


def test_a_projects_page_describes_each_project_between_its_heading_and_its_record_lines() -> None:
    ex = extractor(OUR_PROJECTS_EN, "en", title="Our projects | Leith Welcome")
    supper = project(ex, "Supper Club")
    assert AMIF in names_of(ex, supper.funders)
    assert (supper.start_year, supper.end_year) == (2023, 2026)  # "Running:" gives the years
    steps = project(ex, "Safe Steps")
    assert (steps.start_year, steps.end_year) == (2019, 2021)
    assert not [p for p in ex.projects if "@" in p.label]  # a contact line names no project


def test_a_single_heading_over_a_description_and_record_lines_needs_the_shape_to_repeat() -> None:
    text = (
        "The partnership\n"
        "OPEN FIELDS is a transnational project funded under the Asylum, Migration and Integration Fund.\n"
        "Duration: 36 months (2024 – 2027)\n"
        "Total budget: EUR 1,247,900\n"
    )
    ex = extractor(text, "en", title="The partnership – OPEN FIELDS")
    assert not [p for p in ex.projects if p.label == "The partnership"]


SERVICE_PAGE_FR = (
    "Service Accueil des nouveaux arrivants\n\n"
    "Le service aide les personnes arrivées depuis peu dans la commune.\n\n"
    "Nos projets\n\n"
    "« Premiers Pas » — un accompagnement sur mesure\n"
    "Depuis le 1er janvier 2023, deux assistantes sociales suivent une soixantaine de ménages par an.\n"
    "Premiers Pas est cofinancé par le Fonds Asile, Migration et Intégration (FAMI). Sur la période "
    "2023-2025, le budget total est de 300.000 €.\n\n"
    "Ateliers de conversation\n"
    "Deux matinées par semaine, on pratique le français oral. Ces ateliers sont soutenus par la "
    "Fondation Roi Baudouin.\n\n"
    "Bon à savoir\n"
    "Le revenu d'intégration est remboursé en partie par l'État fédéral.\n\n"
    "Contact\n"
    "Rue du Marché 2, 5000 Namur\n"
)


def test_headings_under_a_heading_of_the_organisations_projects_name_its_projects() -> None:
    ex = extractor(SERVICE_PAGE_FR, "fr", title="Service Accueil des nouveaux arrivants | CPAS de Namur")
    first = project(ex, "Premiers Pas")
    assert first.label == "Premiers Pas"  # the name in its quotes, not its subtitle
    assert AMIF in names_of(ex, first.funders)
    assert (first.start_year, first.end_year) == (2023, 2025)  # "Depuis ... 2023", "Sur la période 2023-2025"
    second = project(ex, "Ateliers de conversation")
    assert [n for n in names_of(ex, second.funders) if "Baudouin" in n]
    assert not [p for p in ex.projects if "savoir" in p.label or "Service Accueil" in p.label]
