"""A project's own site sets its record as a two-column table ("Titolo<tab>X", "Durata<tab>...")
under a "project sheet" heading, names its lead under "Capofila:" in a later section, and recalls
an earlier project "funded by the fund's 2014-2020 period"; a database page gives the record a
code and its title the name."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import AMIF, extractor, names_of, project

from migkg.loaders.extract.structure import layout

SITE_IT = (
    "Home   Il progetto   Partner   Sportelli   News   Contatti\n\n"
    "Il progetto\n\n"
    "ARGINI – Reti di orientamento per l'inclusione\n"
    "Progetto cofinanziato dall'Unione Europea – Fondo Asilo, Migrazione e Integrazione 2021-2027 – e dalla "
    "Regione Marche\n\n"
    "Chi arriva nelle Marche spesso non sa a quale porta bussare. ARGINI apre sportelli in sei comuni.\n\n"
    "Scheda di progetto\n"
    "Titolo\tARGINI – Reti di orientamento per l'inclusione\n"
    "Codice\tPROG-3120\n"
    "Obiettivo specifico\tOS2 – Migrazione legale e integrazione\n"
    "Durata\tdal 1° aprile 2023 al 31 marzo 2026\n"
    "Costo complessivo\t€ 640.000,00\n\n"
    "Il partenariato\n"
    "Capofila: Cooperativa sociale Il Ponte – Ancona\n"
    "Partner: Comune di Jesi\n\n"
    "Da dove veniamo\n"
    "ARGINI raccoglie l'eredità di SOGLIE (2019-2021), il progetto finanziato dal FAMI 2014-2020 con cui la "
    "cooperativa aveva aperto i primi sportelli.\n"
)


def _ex():
    return extractor(SITE_IT, "it", title="Il progetto | ARGINI")


def test_a_two_column_table_of_record_keys_is_a_record() -> None:
    units, _doc = layout(SITE_IT, "it")
    keyed = [u.key for u in units.units if u.kind == "kv"]
    assert "Durata" in keyed and "Titolo" in keyed
    assert not [u for u in units.units if u.kind == "row"]


def test_the_record_names_the_project_with_its_years_and_cost_and_its_lead_runs_it() -> None:
    ex = _ex()
    p = project(ex, "ARGINI – Reti")
    assert (p.start_year, p.end_year) == (2023, 2026)
    assert Decimal("640000") in {v for v, _cur, _ev in p.amounts.values()}
    assert names_of(ex, p.implementers) == {"Cooperativa sociale Il Ponte"}
    assert AMIF in names_of(ex, p.funders)


def test_neither_the_sheets_heading_nor_the_menu_nor_the_funds_period_name_a_project() -> None:
    labels = [p.label for p in _ex().projects]
    assert not [x for x in labels if "Scheda" in x or "Contatti" in x or "2014-2020" in x], labels


DATABASE_NL = (
    "Home › Subsidies › AMIF 2021-2027 › Projectenbank › Werkstart Zwolle\n\n"
    "Werkstart Zwolle: snel aan het werk voor statushouders\n\n"
    "Projectgegevens\n"
    "Referentie\tAMIF-2024-0031\n"
    "Fonds\tAsiel-, Migratie- en Integratiefonds (AMIF) 2021-2027\n"
    "Penvoerder\tGemeente Zwolle\n"
    "Startdatum\t01-01-2024\n"
    "Einddatum\t31-12-2026\n"
)


def test_a_coded_record_takes_its_name_from_the_title_the_text_repeats() -> None:
    ex = extractor(DATABASE_NL, "nl", title="Werkstart Zwolle – Projectenbank AMIF 2021-2027 | Subsidiedienst")
    p = project(ex, "Werkstart Zwolle")
    assert p.code == "AMIF-2024-0031"
    assert names_of(ex, p.implementers) == {"Gemeente Zwolle"}


def test_record_keys_with_their_colon_in_a_two_column_table_are_a_record() -> None:
    # "Projekttitel:<tab>X": the key's colon is no part of the key
    text = (
        "Eckdaten\n"
        "Projekttitel:\tBRÜCKE PLUS\n"
        "Projektträger:\tVerein Lernwerk Steyr\n"
        "Laufzeit:\t01.03.2024 – 28.02.2027\n"
        "Zielgruppe:\tjunge Erwachsene mit Fluchterfahrung\n"
        "Gesamtbudget:\t€ 512.000,00\n"
    )
    units, _doc = layout(text, "de")
    keyed = [u.key for u in units.units if u.kind == "kv"]
    assert "Projekttitel" in keyed and "Laufzeit" in keyed, keyed
    assert not [u for u in units.units if u.kind == "row"]
