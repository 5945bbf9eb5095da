"""A name that ends on one of the EU's programming periods names a fund's programme ("Beschäftigung
Musterland & JTF 2021–2027", "Vallonia 2021-2027"), not a project; a name with a project's own
years stays one (texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import extractor

TEXT = "Het project Taalbrug wordt gesteund door het Asiel-, Migratie- en Integratiefonds.\n"


@pytest.mark.parametrize(
    ("name", "a_project"),
    [
        ("Beschäftigung Musterland & JTF 2021–2027", False),
        ("Vallonia 2021-2027", False),
        ("Programma Regionale 2014-2020", False),
        ("Taalbrug 2024-2025", True),
        ("Taalbrug 2021-2026", True),
    ],
)
def test_a_name_ending_on_a_programming_period_is_no_project(name: str, a_project: bool) -> None:
    ex = extractor(TEXT, "nl", url="https://www.taalbrug-example.nl/project")
    assert (ex.add_project(name, 0, len(TEXT), 0, 0.7) is not None) is a_project
