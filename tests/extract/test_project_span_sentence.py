"""A sentence that opens on the project itself and gives its span of years is the project's
period, before other years said near it (texts written for these tests)."""

from __future__ import annotations

from extract_helpers import extractor

NEWS = (
    "Neue Beratungsstelle für Geflüchtete in Lindental\n\n"
    "Lindental – Samir K. sitzt in einem hellen Raum in der Bahnhofstraße. Der 29-Jährige stammt aus Syrien "
    "und lebt seit Herbst 2022 in einer Unterkunft im Kreis.\n\n"
    "Solche Geschichten hört Anna Roth täglich. Die Sozialpädagogin ist eine von drei Beraterinnen im Projekt "
    "„Brückenweg“ des Vereins Nachbarn Lindental e.V.\n\n"
    "Drei Viertel aus Brüssel\n\n"
    "Das Projekt läuft von Januar 2023 bis Dezember 2025 und kostet insgesamt 420.000 Euro. 75 Prozent davon "
    "kommen aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) der Europäischen Union.\n"
)


def test_the_projects_own_span_sentence_wins_over_a_participants_year() -> None:
    # "seit Herbst 2022" is when a participant arrived, not when the project began
    years = {p.label: (p.start_year, p.end_year) for p in extractor(NEWS, "de").projects}
    assert years == {"Brückenweg": (2023, 2025)}, years


def test_a_lone_year_in_a_sentence_on_the_project_is_no_span() -> None:
    # "Das Projekt hat im Frühjahr 2024 begonnen" gives a start and no end: no span, and no end year
    span = "läuft von Januar 2023 bis Dezember 2025 und kostet"
    text = NEWS.replace(span, "hat im Frühjahr 2024 begonnen und kostet")
    years = {p.label: (p.start_year, p.end_year) for p in extractor(text, "de").projects}
    assert years["Brückenweg"][1] is None, years


def test_a_span_in_the_projects_own_words_wins_over_an_earlier_start_of_its_participants() -> None:
    # "In 2023, 31 people started the programme" is when some participants began, said before the
    # programme's own span in the same words
    text = (
        "Annual report 2023\n\nPathways to Work\n\nPathways to Work is the labour-market programme of the "
        "Westmere Refugee Forum. In 2023, 31 people started the programme and 19 of them moved on into jobs. "
        "The programme runs from January 2022 to December 2024 and is co-funded by the European Union under "
        "the Asylum, Migration and Integration Fund.\n"
    )
    years = [(p.start_year, p.end_year) for p in extractor(text, "en").projects]
    assert years == [(2022, 2024)], years
