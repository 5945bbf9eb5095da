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
