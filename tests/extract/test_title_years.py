"""The one year a page's title gives: the year its money is for, where nothing closer dates a project.

A town's page "Integrationsförderung 2024" or a council's "Subventions accordées en 2025" tells of
grants for that year; a project the page names without years of its own is funded for that year
alone (start and end the title's year), a table's rows without a years column too. A heading's one
year is the start of the projects under it. A table column whose cells are spans of dates gives the
rows' periods, whatever its header says. Texts written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import facts, project

ONE_PROJECT_PAGE = """\
Das Projekt „Sprachcafé am Markt“ des Vereins Brückenbauer Kaltenbrunn e. V. wird aus dem Asyl-, Migrations- und \
Integrationsfonds (AMIF) der Europäischen Union gefördert.

Das Sprachcafé bietet geflüchteten Frauen zweimal pro Woche einen offenen Treffpunkt, an dem sie Deutsch sprechen \
und sich über Alltagsfragen austauschen können.
"""


def test_a_project_without_years_of_its_own_is_funded_for_the_titles_year() -> None:
    ext = facts(ONE_PROJECT_PAGE, "de", title="Integrationsförderung 2024 | Stadt Kaltenbrunn")
    p = project(ext, "Sprachcafé")
    assert (p.start_year, p.end_year) == (2024, 2024)


def test_a_project_with_years_in_its_own_words_keeps_them() -> None:
    text = ONE_PROJECT_PAGE.replace("Union gefördert", "Union von 2023 bis 2025 gefördert")
    ext = facts(text, "de", title="Integrationsförderung 2024 | Stadt Kaltenbrunn")
    p = project(ext, "Sprachcafé")
    assert (p.start_year, p.end_year) == (2023, 2025)


def test_a_title_with_a_span_of_years_gives_no_single_year() -> None:
    # "2021-2027" is a programme's period: no year of the project's own
    ext = facts(ONE_PROJECT_PAGE, "de", title="Integrationsförderung 2021-2027 | Stadt Kaltenbrunn")
    p = project(ext, "Sprachcafé")
    assert (p.start_year, p.end_year) == (None, None)


def test_a_title_with_two_years_gives_none() -> None:
    ext = facts(ONE_PROJECT_PAGE, "de", title="Integrationsförderung 2024 und 2025 | Stadt Kaltenbrunn")
    p = project(ext, "Sprachcafé")
    assert (p.start_year, p.end_year) == (None, None)


GRANT_TABLE = (
    "Les projets suivants sont cofinancés par le Fonds asile, migration et intégration (FAMI).\n"
    "\n"
    "Intitulé du projet | Bénéficiaire | Montant FAMI\n"
    "Ateliers de français à visée professionnelle\tAssociation Horizons Valmorel\t12 000 €\n"
    "Permanence d'accès aux droits\tCentre social des Tilleuls\t7 500 €\n"
)


def test_table_rows_without_a_years_column_take_the_titles_year() -> None:
    ext = facts(GRANT_TABLE, "fr", title="Subventions accordées en 2025 – Ville de Valmorel")
    for words in ("Ateliers de français", "Permanence"):
        p = project(ext, words)
        assert (p.start_year, p.end_year) == (2025, 2025), p.label


def test_table_rows_keep_the_years_their_column_gives() -> None:
    text = GRANT_TABLE.replace("Bénéficiaire | Montant", "Bénéficiaire | Période | Montant")
    text = text.replace("Valmorel\t12 000 €", "Valmorel\t2024-2026\t12 000 €")
    text = text.replace("Tilleuls\t7 500 €", "Tilleuls\t2025\t7 500 €")
    ext = facts(text, "fr", title="Subventions accordées en 2025 – Ville de Valmorel")
    assert (project(ext, "Ateliers de français").start_year, project(ext, "Ateliers de français").end_year) == (
        2024,
        2026,
    )


HEADED_PAGE = (
    "Integration in Kaltenbrunn\n"
    "\n"
    "Geförderte Projekte 2023\n"
    "\n"
    "Das Projekt „Sprachcafé am Markt“ des Vereins Brückenbauer Kaltenbrunn e. V. wird aus dem Asyl-, Migrations- "
    "und Integrationsfonds (AMIF) der Europäischen Union gefördert.\n"
)


def test_a_headings_lone_year_is_the_start_of_the_projects_under_it() -> None:
    # "Projects funded in 2023": they start that year; some run on past it, so no end is said
    ext = facts(HEADED_PAGE, "de", title="Integration | Stadt Kaltenbrunn")
    p = project(ext, "Sprachcafé")
    assert (p.start_year, p.end_year) == (2023, None)


def test_headings_with_two_years_give_none() -> None:
    text = HEADED_PAGE.replace("Integration in Kaltenbrunn", "Rückblick 2022")
    ext = facts(text, "de", title="Integration | Stadt Kaltenbrunn")
    p = project(ext, "Sprachcafé")
    assert (p.start_year, p.end_year) == (None, None)


def test_the_titles_year_comes_before_a_headings() -> None:
    ext = facts(HEADED_PAGE, "de", title="Integrationsförderung 2024 | Stadt Kaltenbrunn")
    p = project(ext, "Sprachcafé")
    assert (p.start_year, p.end_year) == (2024, 2024)


SPANS_TABLE = (
    "The following projects have been awarded funding under the Asylum, Migration and Integration Fund (AMIF).\n"
    "\n"
    "Beneficiary\tProject\tImplementation\tTotal value (EUR)\tAMIF (EUR)\n"
    "Harbour Welcome Association\tFirst Steps – orientation for newly arrived families\t09/2024 – 08/2026"
    "\t420,000.00\t315,000.00\n"
    "Northgate Learning Trust\tWords at Work – language for the workplace\t01/2025 – 12/2027\t250,000.00"
    "\t187,500.00\n"
)


def test_a_column_of_date_spans_gives_the_rows_periods_whatever_its_header() -> None:
    # "Implementation" says nothing of time; each of its cells is a span of dates
    ext = facts(SPANS_TABLE, "en")
    first, second = project(ext, "First Steps"), project(ext, "Words at Work")
    assert (first.start_year, first.end_year) == (2024, 2026)
    assert (second.start_year, second.end_year) == (2025, 2027)


def test_a_column_of_single_years_is_no_period_column() -> None:
    text = SPANS_TABLE.replace("09/2024 – 08/2026", "2024").replace("01/2025 – 12/2027", "2025")
    ext = facts(text, "en")
    assert project(ext, "First Steps").end_year is None


TWO_PROJECTS_AND_A_SPAN = (
    "Approdi del Lago\n"
    "\n"
    "Il progetto Approdi del Lago, finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI), è promosso dalla "
    "Cooperativa sociale Il Faro in partenariato con il Comune di Lagoverde.\n"
    "\n"
    "Le attività comprendono corsi di italiano, orientamento al lavoro e laboratori per le famiglie.\n"
    "\n"
    "Dal 1° ottobre 2024 al 30 settembre 2026 (24 mesi).\n"
    "\n"
    "Il Comune di Lagoverde gestisce inoltre il progetto «Casa Aperta», finanziato dal Ministero dell'Interno.\n"
)


def test_the_pages_one_span_of_dates_is_not_given_to_a_project_named_in_passing() -> None:
    # the span is the page's project's, which its words date; the other project stays undated
    ext = facts(TWO_PROJECTS_AND_A_SPAN, "it")
    assert (project(ext, "Approdi").start_year, project(ext, "Approdi").end_year) == (2024, 2026)
    assert (project(ext, "Casa Aperta").start_year, project(ext, "Casa Aperta").end_year) == (None, None)


def test_the_pages_one_span_of_dates_dates_the_projects_nothing_else_dates() -> None:
    # a record's line of dates far from the project's words, the page naming two projects
    text = (
        "Talent Bridge\n"
        "\n"
        "Cross-border project Talent Bridge connects skilled newcomers with employers on both sides of the border.\n"
        "It is co-funded by the European Regional Development Fund (ERDF) under Interreg and run by the Welcome "
        "Centre Northvale.\n"
        "\n"
        "The Welcome Centre Northvale also runs the project Open Doors, funded by the city of Northvale.\n"
        "\n"
        "Partners | Welcome Centre Northvale, Chamber of Commerce Southvale\n"
        "Duration | 01/03/2024 – 28/02/2027\n"
    )
    ext = facts(text, "en")
    bridge = project(ext, "Talent Bridge")
    assert (bridge.start_year, bridge.end_year) == (2024, 2027)
