"""training.steps: output pairs counted by the pipeline step that added their funder and implementer.

A page's table of two funded projects: the table finder adds both rows' fund and runner. With gold
that gives one of the two pairs, that step has one right and one wrong pair, for funders and for
implementers alike; the counts follow the gold, not the output. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED_CORPUS

from migkg.loaders.document import Document
from training.corpus import Annotated
from training.steps import IN_RUN, count_steps, report, run_steps

# Pairs are scored by the corpus's own scorer, which a user's clone does not have.
needs_scorer = pytest.mark.skipif(not (SHARED_CORPUS / "score.py").exists(), reason="../shared/corpus is not here")

URL = "https://example.org/projets-fami-2024"
TABLE_PAGE = """\
Projets cofinancés par le Fonds asile, migration et intégration (FAMI) en 2024

Projet\tPorteur\tFinancement\tMontant
Ateliers de français à Valmorel\tAssociation Horizons Valmorel\tFAMI\t12 000 €
Permanence d'accès aux droits\tCentre social des Tilleuls\tFAMI\t7 500 €
"""


def _annotated(projects: list[dict], organisations: list[dict]) -> Annotated:
    doc = Document(text=TABLE_PAGE, name="t.txt", raw=TABLE_PAGE.encode(), url=URL, title=None, language="fr")
    gold = {"doc": "t.txt", "url": URL, "lang": "fr", "organisations": organisations, "projects": projects}
    return Annotated("t", Path("t.txt"), doc, gold)


HORIZONS = {"name": "Association Horizons Valmorel", "aliases": [], "roles": ["implementer"]}
TILLEULS = {"name": "Centre social des Tilleuls", "aliases": [], "roles": ["implementer"]}
ATELIERS = {
    "label": "Ateliers de français",
    "keywords": ["ateliers"],
    "funders": ["AMIF"],
    "implementers": [HORIZONS["name"]],
}
PERMANENCE = {
    "label": "Permanence d'accès aux droits",
    "keywords": ["permanence"],
    "funders": ["AMIF"],
    "implementers": [TILLEULS["name"]],
}


@needs_scorer
def test_the_table_finder_is_credited_with_the_rows_pairs_right_and_wrong_by_the_gold() -> None:
    counts = count_steps([_annotated([ATELIERS], [HORIZONS])])
    assert counts.funder_right == {"find_table_rows": 1}
    assert counts.funder_wrong == {"find_table_rows": 1}
    assert counts.implementer_right == {"find_table_rows": 1}
    assert counts.implementer_wrong == {"find_table_rows": 1}


@needs_scorer
def test_with_both_pairs_in_gold_none_is_wrong() -> None:
    counts = count_steps([_annotated([ATELIERS, PERMANENCE], [HORIZONS, TILLEULS])])
    assert counts.funder_right == {"find_table_rows": 2}
    assert not counts.funder_wrong and not counts.implementer_wrong


def test_the_watched_steps_are_the_ones_run_calls() -> None:
    steps = run_steps()
    assert steps[0] == "find_table_rows" and "decide_pairs" in steps and "relate" in steps
    assert IN_RUN not in steps


@needs_scorer
def test_the_report_puts_the_step_with_most_wrong_pairs_first() -> None:
    counts = count_steps([_annotated([ATELIERS], [HORIZONS])])
    counts.funder_wrong["relate"] += 5
    lines = report(counts).splitlines()
    assert lines[1].split()[0] == "relate" and lines[2].split()[0] == "find_table_rows"
