"""A page of several headed records; a quoted name with an apostrophe; the state's money said to
pay "also" beside the page's fund; a project named by an organisation's name and its runner's
(texts written for these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, facts, org, project

from migkg.loaders.extract.model import NATIONAL

# A prefecture's release on two actions; the second's state money is said to come "also".
RELEASE = (
    "Le préfet de la Haute-Vienne salue la sélection de deux actions au titre du Fonds Asile, "
    "Migration et Intégration (FAMI).\n\n"
    "L'association Trait d'Union Limousin porte le projet « Des mots pour l'emploi ». De mars 2025 à "
    "février 2027, deux formatrices accompagneront quarante adultes.\n\n"
    "La Maison de l'insertion Saint-Junien mène le projet « Premiers Pas », un parcours de "
    "découverte des métiers. L'action est également soutenue par l'État à hauteur de 12 000 euros "
    "sur le programme 104.\n"
)


def test_a_quoted_name_with_an_apostrophe_is_read_whole() -> None:
    # regression: « Elles bougent vers l'emploi » (held8 791) was cut at the apostrophe
    labels = [p.label.lower() for p in facts(RELEASE, "fr").projects]
    assert any(label.endswith("mots pour l'emploi") for label in labels)
    assert not any(label.endswith(" l") for label in labels)


def test_the_state_that_also_pays_pays_beside_the_pages_fund() -> None:
    # "également soutenue par l'État": the state's money beside the page's fund, not instead of it
    p = project(facts(RELEASE, "fr"), "Premiers Pas")
    assert {AMIF, NATIONAL} <= set(p.funders)


def test_the_state_alone_named_as_payer_is_the_only_payer() -> None:
    # without "also", the state's money is all the text says: the page's fund is not added
    text = RELEASE.replace("L'action est également soutenue", "L'action est soutenue")
    p = project(facts(text, "fr"), "Premiers Pas")
    assert NATIONAL in p.funders and AMIF not in p.funders


# A ministry's list of funded projects: each under its own heading, with record lines; the page's
# title names none of them. A note on other funds' projects closes the last section.
RECORDS = (
    "Geförderte Projekte aus dem Aufruf 2024\n\n"
    "Die folgenden Vorhaben werden aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) und aus "
    "nationalen Mitteln gefördert.\n\n"
    "Brückenbau – Lernbegleitung für junge Geflüchtete\n\n"
    "Projektträger: Verein Lernwerk Oberösterreich, Linz\n"
    "Laufzeit: 01.01.2024 – 31.12.2025\n"
    "Fördersumme: € 480.000,00\n\n"
    "Neue Wege – Beratung zur Anerkennung von Abschlüssen\n\n"
    "Projektträger: Beratungszentrum Weitblick, Salzburg\n"
    "Laufzeit: 01.03.2024 bis 28.02.2027\n"
    "Fördersumme: € 615.000,00\n\n"
    "Projekte, die aus dem Fonds für die innere Sicherheit (ISF) gefördert werden, finden Sie auf der "
    "jeweiligen Unterseite.\n"
)


RECORDS_TITLE = "Geförderte Projekte – Asyl-, Migrations- und Integrationsfonds (AMIF) – Bundesministerium"


def test_each_heading_over_record_lines_names_a_project_on_a_page_of_several() -> None:
    ext = facts(RECORDS, "de", title=RECORDS_TITLE)
    first = project(ext, "Brückenbau")
    second = project(ext, "Neue Wege")
    assert (first.start_year, first.end_year) == (2024, 2025)
    assert (second.start_year, second.end_year) == (2024, 2027)


def test_a_town_after_a_long_name_on_a_record_line_is_its_seat() -> None:
    # regression: "Verein Frauen aus allen Ländern, Innsbruck" (held8 805) made Innsbruck a runner
    ext = facts(RECORDS, "de", title=RECORDS_TITLE)
    assert list(project(ext, "Brückenbau").implementers) == [org("Lernwerk Oberösterreich")]
    assert list(project(ext, "Neue Wege").implementers) == [org("Beratungszentrum Weitblick")]


def test_a_closing_note_on_other_funds_projects_is_not_the_last_sections() -> None:
    # "Projekte, die aus dem ISF gefördert werden, ...": the page's words on other projects, not a
    # funder of the project whose section it closes
    ext = facts(RECORDS, "de", title=RECORDS_TITLE)
    assert AMIF in project(ext, "Neue Wege").funders
    assert all(not f.endswith("/ISF") for p in ext.projects for f in p.funders)


# A list of projects under headings; a project named after its centre, with the runner's acronym.
CENTRES = (
    "Current projects\n\n"
    "Welcome Point Centre IOM (WPC)\n"
    "Duration: 1 January 2024 – 31 December 2026\n"
    "Budget: EUR 1,800,000\n"
    "The Welcome Point Centre offers legal and social counselling to foreigners. The project is "
    "co-funded by the Asylum, Migration and Integration Fund (AMIF) and run by IOM.\n\n"
    "Safe Return (SR)\n"
    "Duration: 01/2023 – 12/2025\n"
    "Budget: EUR 900,000\n"
    "Co-funded by the Asylum, Migration and Integration Fund and the state budget.\n"
)


def test_a_heading_label_ending_in_a_parenthesis_heads_its_section() -> None:
    # regression: "... (AVRR)" (tuned 543) did not head its section, so the section's own funders
    # were missed and the page's funds were taken instead
    p = project(facts(CENTRES, "en"), "Safe Return")
    assert {AMIF, NATIONAL} <= set(p.funders)


def test_a_centre_named_with_its_runner_is_the_project_not_a_second_runner() -> None:
    # "Welcome Point Centre IOM (WPC)": the centre is what IOM runs
    p = project(facts(CENTRES, "en"), "Welcome Point Centre")
    assert org("Welcome Point Centre") not in p.implementers
    assert p.implementers


# A district's press release: the project named in quotes, once in the lead and once inside a
# quoted speech with German single quotes; its runner in a sentence of its own.
DISTRICT_RELEASE = (
    "Neue Anlaufstelle für Geflüchtete\n\n"
    "Mit „Wegweiser“ gibt es im Landkreis Holzminden nun eine Beratungsstelle für Geflüchtete. Das "
    "Projekt wird aus dem Asyl-, Migrations- und Integrationsfonds der Europäischen Union gefördert.\n\n"
    "Träger ist der Caritasverband Holzminden e.V. Zwei Fachkräfte beraten in der Innenstadt.\n\n"
    "„Bis zu einem Termin vergehen oft Monate. ‚Wegweiser‘ schließt diese Lücke“, sagte die "
    "Dezernentin.\n"
)


def test_a_name_quoted_inside_a_quoted_speech_counts_as_a_second_mention() -> None:
    # regression: ‚Brückenschlag‘ inside „...“ (held8 796) was not seen, so the name quoted once
    # more named no project
    assert project(facts(DISTRICT_RELEASE, "de"), "Wegweiser")


def test_traeger_ist_names_the_runner() -> None:
    p = project(facts(DISTRICT_RELEASE, "de"), "Wegweiser")
    assert list(p.implementers) == [org("Caritasverband Holzminden")]
    assert AMIF in p.funders


# A local paper's article: the name opens with a low German quote and closes with a straight one
# (as many sites type it); the runner stands "behind the offer"; the money sentence runs from the
# project noun into the fund's name.
LOCAL_ARTICLE = (
    '„Neuer Anfang": Beratung für Geflüchtete in Erlangen\n\n'
    'Genau das ist die Idee hinter „Neuer Anfang": Lotsinnen begleiten Ratsuchende im Alltag.\n\n'
    "Hinter dem Angebot steht der Caritasverband Erlangen. Das Projekt ist am 1. Januar 2024 "
    "gestartet und läuft bis Ende 2026.\n\n"
    "Finanziert wird das Projekt zum größten Teil aus dem Asyl-, Migrations- und Integrationsfonds "
    "der Europäischen Union.\n"
)


def test_a_low_quote_closed_by_a_straight_one_names_the_project() -> None:
    # regression: „Brücke ins Leben" (held8 804) was not read as quoted, and the title's part kept
    # its opening quote
    ext = facts(LOCAL_ARTICLE, "de", title='„Neuer Anfang": Beratung für Geflüchtete in Erlangen')
    p = project(ext, "Neuer Anfang")
    assert p.label == "Neuer Anfang"
    assert list(p.implementers) == [org("Caritasverband Erlangen")]
    assert AMIF in p.funders


def test_words_after_a_project_noun_that_run_into_a_funds_name_name_no_project() -> None:
    labels = [p.label for p in facts(LOCAL_ARTICLE, "de").projects]
    assert not any("größten Teil" in label for label in labels)
