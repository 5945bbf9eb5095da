"""A project the rules did not name takes its section's heading for a label, but not a page's chrome
standing where a heading would: a reading time, a dated byline, a menu or a language switcher (texts
written for these tests)."""

from __future__ import annotations

import pytest

from migkg.loaders.extract.projects import page_chrome


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("4 min di lettura", True),
        ("3 min read", True),
        ("2 marzo 2025 · Cronaca · 4 min di lettura", True),
        ("Pubblicato il 02/03/2025 – Ultima modifica 03/03/2025", True),
        ("FR | NL | EN", True),
        ("Projekte | Flucht und Migration", True),
        ("Nieuwe Start – taalcoaching op de werkvloer", False),
        ("Beratung und Therapie für geflüchtete Menschen", False),
        ("Le projet Clé en Main", False),
    ],
)
def test_a_pages_chrome_is_no_heading_that_names_a_project(line: str, chrome: bool) -> None:
    assert page_chrome(line) is chrome
