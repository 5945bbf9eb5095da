"""A district's integration report: a table whose "Förderer" column names each row's payers gives
no row the payers the page names elsewhere (the Land that co-funds one row pays no other), a row's
name in quotes before what it does in brackets is the name, and the report's numbered opening and
closing parts ("Vorbemerkung", "Ausblick") are no projects."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, org

REPORT = (
    "Kreis Musterau\n"
    "Integrationsbericht 2023\n"
    "Kapitel 4: Geförderte Projekte und Maßnahmen im Kreisgebiet\n"
    "4.1 Vorbemerkung\n"
    "Diese Projekte werden aus unterschiedlichen Töpfen finanziert: aus Mitteln der Europäischen Union, aus "
    "Landesmitteln des Landes Nordrhein-Westfalen und aus Eigenmitteln des Kreises.\n"
    "4.2 Übersicht\n"
    "Träger | Maßnahme / Projekt | Laufzeit | Förderer | Summe\n"
    "AWO Kreisverband Musterau e.V. | „Brücken bauen“ (Erstorientierung neu zugewanderter Familien) | "
    "2023 – 2025 | Asyl-, Migrations- und Integrationsfonds (AMIF), Kofinanzierung Land NRW | 600.000 €\n"
    "Flüchtlingshilfe Musterau e.V. | Sprachcafé Tandem | 2023 | Kreis Musterau (freiwillige Leistung) | 12.000 €\n"
    "4.3 Erläuterungen\n"
    "Brücken bauen (AWO): Die EU-Mittel decken 75 Prozent, die übrigen 25 Prozent trägt das Land "
    "Nordrhein-Westfalen.\n"
    "4.4 Ausblick\n"
    "Für den AMIF-Förderaufruf 2024 haben zwei Träger Interessensbekundungen abgegeben.\n"
)
TITLE = "Integrationsbericht 2023 – Kapitel 4 | Kreis Musterau"
URL = "https://www.kreis-musterau.de/integrationsbericht/kapitel-4"


def rows(ex) -> dict:
    return {p.label: p for p in ex.projects if p.rule == "find_table_rows"}


def test_a_rows_name_in_quotes_before_its_bracketed_description_is_the_name() -> None:
    ex = extractor(REPORT, "de", url=URL, title=TITLE)
    assert "Brücken bauen" in rows(ex)


def test_a_payer_column_keeps_the_pages_other_payers_off_the_rows() -> None:
    ex = extractor(REPORT, "de", url=URL, title=TITLE)
    tandem = rows(ex)["Sprachcafé Tandem"]
    assert set(tandem.implementers) == {org("Flüchtlingshilfe Musterau")}
    assert not [f for f in tandem.funders if "nordrhein" in f or "nrw" in f]
    assert AMIF not in tandem.funders
    assert AMIF in rows(ex)["Brücken bauen"].funders


def test_a_reports_opening_and_closing_parts_are_no_projects() -> None:
    ex = extractor(REPORT, "de", url=URL, title=TITLE)
    assert not {"Vorbemerkung", "Ausblick"} & {p.label for p in ex.projects}
