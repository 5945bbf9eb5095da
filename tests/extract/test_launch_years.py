"""A lone year or date with a word of starting beside it is a project's start year (texts written for
these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import facts, project

from migkg.loaders.extract import decide


@pytest.mark.parametrize(
    ("lang", "text", "words", "start"),
    [
        (
            "fr",
            "Début 2014, l'asbl Lien Namurois lançait le projet « Passerelles », soutenu par le FAMI.\n",
            ("Passerelles",),
            2014,
        ),
        (
            "it",
            "Avviato il 12 marzo 2022, il progetto Ponte Aperto è finanziato dal FAMI e gestito dalla "
            "Cooperativa Aurora.\n",
            ("Ponte Aperto",),
            2022,
        ),
        (
            "en",
            "The Harbour Welcome project, funded by the AMIF, was launched in June 2019 by Northvale Trust.\n",
            ("Harbour Welcome",),
            2019,
        ),
    ],
    ids=["year-before-the-verb", "date", "verb-before-the-year"],
)
def test_year_of_a_launch_is_the_start(lang, text, words, start) -> None:
    p = project(facts(text, lang), *words)
    assert (p.start_year, p.end_year) == (start, None)


def test_lone_year_without_a_launch_is_no_start() -> None:
    text = "The Harbour Welcome project, funded by the AMIF, was presented in June 2019 by Northvale Trust.\n"
    p = project(facts(text, "en"), "Harbour Welcome")
    assert (p.start_year, p.end_year) == (None, None)


def test_range_wins_over_a_launch_year() -> None:
    text = (
        "The Harbour Welcome project, funded by the AMIF, was launched in 2019 and runs from 2019 to 2022 "
        "with Northvale Trust.\n"
    )
    p = project(facts(text, "en"), "Harbour Welcome")
    assert (p.start_year, p.end_year) == (2019, 2022)


def test_record_lines_of_the_page_go_to_the_project_the_pair_decisions_made(monkeypatch: pytest.MonkeyPatch) -> None:
    # regression: the page's record lines were read before the pair decisions made its one project.
    # A model that takes the pair: the shipped one scores it near its sole-pair floor, which moves
    # with each retraining, and what is tested is the order of the steps, not the score.
    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: decide.PairModel((), (), (), (), 3.0, 0.4))
    text = (
        "EU-PROJEKT: ISF NORDLICHT\n\n"
        "ISF NORDLICHT wird vom Landeskriminalamt Nordhain durchgeführt und aus dem Fonds für die Innere "
        "Sicherheit (ISF) gefördert.\n\n"
        "IN KÜRZE\n"
        "- Laufzeit: 01/2023 - 12/2025\n"
        "- Ansprechpartner: Pressestelle\n"
    )
    ext = facts(text, "de", title="EU-Projekt ISF Nordlicht")
    run = [p for p in ext.projects if any("landeskriminalamt" in o for o in p.implementers)]
    assert [(p.rule, p.start_year, p.end_year) for p in run] == [("decide_pairs", 2023, 2025)]
