"""Cycles and continuations of a fund's projects (texts written for these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, facts, project

GOAL = "https://w3id.org/migkg/id/goal/"


def test_a_cycle_and_its_continuation_fr() -> None:
    text = (
        "Plusieurs projets financés par le FAMI arrivent à leur terme. "
        "Le projet Passerelle a été mené entre 2023 et 2024 par l'asbl Horizon. "
        "Si ce cycle 2021-2024 se termine, plusieurs projets FAMI se poursuivront en 2025 et 2026, "
        "notamment dans la migration circulaire."
    )
    ext = facts(text, "fr")
    cycle, continuation = ext.cycles
    assert (cycle.kind, cycle.funders, cycle.start_year, cycle.end_year) == ("cycle", [AMIF], 2021, 2024)
    assert (continuation.kind, continuation.start_year, continuation.end_year) == ("continuation", 2025, 2026)
    assert continuation.continues == 0
    assert set(continuation.goals) == {GOAL + "legal-migration"}
    assert project(ext, "Passerelle").cycles == [0]


def test_a_continuation_en() -> None:
    text = "Several AMIF projects will continue into 2026-2027, in particular on return counselling."
    [c] = facts(text, "en").cycles
    assert (c.kind, c.funders, c.start_year, c.end_year) == ("continuation", [AMIF], 2026, 2027)
    assert GOAL + "return" in c.goals


def test_a_project_outside_the_cycle_is_not_linked() -> None:
    text = (
        "Het AMIF financiert projecten in de cyclus 2021-2023. "
        "Het project Kompas van de Stichting Nieuwe Buren, gefinancierd door het AMIF, loopt van 2024 tot 2026."
    )
    ext = facts(text, "nl")
    [cycle] = ext.cycles
    assert (cycle.start_year, cycle.end_year) == (2021, 2023)
    assert project(ext, "Kompas").cycles == []


def test_a_period_that_is_not_a_cycle_makes_none() -> None:
    text = "Het project Kompas, gefinancierd door het AMIF, loopt van 2024 tot 2026."
    assert facts(text, "nl").cycles == []
