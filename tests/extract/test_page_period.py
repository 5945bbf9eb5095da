"""A page's one span of years as the period of its projects that give none of their own: the rows
of its grant lists, or its one funded project (texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import extractor

GRANTS = (
    "Förderbescheide für vier Integrationsprojekte\n\n"
    "Das Ministerium fördert aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) 2021-2027 vier "
    "Projekte im Land.\n\n"
    "{period}"
    "Träger | Projekt | Fördersumme\n"
    "Caritasverband Nordheide e.V. | Sprachbrücke | 210.000 €\n"
    "Diakonisches Werk Elbmarsch | Ankommen vor Ort | 185.000 €\n"
    "Verein Lernwerk Geest e.V. | Berufsstart | 150.000 €\n"
)


def _years(text: str, lang: str) -> dict[str, tuple[int | None, int | None]]:
    return {p.label: (p.start_year, p.end_year) for p in extractor(text, lang).projects}


def test_a_grant_lists_one_period_line_is_each_rows_period() -> None:
    years = _years(GRANTS.format(period="Förderzeitraum: 01.01.2024 – 31.12.2026\n\n"), "de")
    assert years == {
        "Sprachbrücke": (2024, 2026),
        "Ankommen vor Ort": (2024, 2026),
        "Berufsstart": (2024, 2026),
    }, years


def test_the_funds_programming_period_is_no_rows_period() -> None:
    # the page's only span is the fund's own "2021-2027"
    years = _years(GRANTS.format(period=""), "de")
    assert set(years.values()) == {(None, None)}, years


def test_two_spans_on_a_page_leave_the_rows_without_a_period() -> None:
    # which span is whose is not said: neither is taken
    period = "Förderzeitraum: 01.01.2024 – 31.12.2026\n\nDie Vorgängerprojekte liefen von 2019 bis 2022.\n\n"
    years = _years(GRANTS.format(period=period), "de")
    assert set(years.values()) == {(None, None)}, years


def test_a_page_of_one_project_takes_its_one_span_of_years() -> None:
    text = (
        "Nieuwkomers aan het werk in Zeeland\n\n"
        "Het project „Werkstap Zeeland“ van vzw Kustwerk wordt gesteund door het Asiel-, Migratie- "
        "en Integratiefonds (AMIF).\n\n"
        "Looptijd en budget\n\n"
        "Van 1 maart 2024 tot en met 28 februari 2027 begeleiden twee coaches zestig nieuwkomers.\n"
    )
    years = _years(text, "nl")
    assert years == {"Werkstap Zeeland": (2024, 2027)}, years


# A ranking of two grants under a fund's call, with a sentence of dates said of them all.
RANKING = (
    "Graduatoria dei progetti ammessi a finanziamento – Avviso FAMI integrazione\n\n"
    "Con decreto n. 41 la Regione approva la graduatoria dei progetti finanziati dal Fondo Asilo, "
    "Migrazione e Integrazione (FAMI) 2021-2027.\n\n"
    "Capofila | Progetto | Importo\n"
    "Comune di Valdoro | Parole in Comune | € 180.000,00\n"
    "Cooperativa Sociale Il Ponte | Lavoro Ponte | € 150.000,00\n\n"
    "{dates}\n"
)


@pytest.mark.parametrize(
    ("dates", "span"),
    [
        # the start's deadline gives the start year, the end's the end year (not the first deadline
        # twice)
        (
            "Le attività progettuali dovranno essere avviate entro il 1° ottobre 2024 e concluse entro il "
            "31 marzo 2026.",
            (2024, 2026),
        ),
        # the start, then the end in the same words: one span, not a project still running ("dal 2025")
        (
            "Le attività progettuali avranno inizio a decorrere dal 1° febbraio 2025 e dovranno concludersi "
            "entro il 31 luglio 2027.",
            (2025, 2027),
        ),
    ],
    ids=["start-by-end-by", "start-from-end-by"],
)
def test_a_start_and_a_later_end_in_one_sentence_are_the_rows_period(dates: str, span: tuple[int, int]) -> None:
    years = _years(RANKING.format(dates=dates), "it")
    assert years == {"Parole in Comune": span, "Lavoro Ponte": span}, years


def test_a_project_running_since_a_date_and_ending_by_a_later_one_has_both_years() -> None:
    text = (
        "Le projet « Cap Avenir » de l'association Escale Solidaire est cofinancé par le Fonds Asile, "
        "Migration et Intégration (FAMI).\n\n"
        "Ce projet fonctionne depuis le 1er mars 2024 et prendra fin le 31 décembre 2026.\n"
    )
    years = _years(text, "fr")
    assert years == {"Cap Avenir": (2024, 2026)}, years
