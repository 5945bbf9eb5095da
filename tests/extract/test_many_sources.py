"""One project reported by several documents is one node, with every document as its evidence;
who-funded-what still gives a row per document (texts written for these tests)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from extract_helpers import org

from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.queries.catalog import get_query
from migkg.queries.results import format_results

FIRST = """URL: https://news.example/kompas
LANG: nl
---
Het project Kompas, gefinancierd door het AMIF, wordt uitgevoerd door de vzw Nieuwe Buren.
"""
SECOND = """URL: https://city.example/kompas-2025
LANG: nl
---
Nieuws uit de stad.

Het project Kompas van de vzw Nieuwe Buren krijgt steun van het AMIF. Het loopt van 2024 tot 2026.
"""


def test_one_project_two_sources(store: GraphStore, tmp_path: Path) -> None:
    paths = []
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    list(store.load_inputs(Input.from_path(p) for p in paths))
    projects = {
        str(row["p"].value)
        for row in store.query("SELECT DISTINCT ?p WHERE { ?p a mkg:Project ; mkg:implementedBy ?o }")
    }
    assert len(projects) == 1, projects
    [project] = projects
    sources = {
        str(row["s"].value)
        for row in store.query(
            f"SELECT DISTINCT ?s WHERE {{ ?e a mkg:Evidence ; rdf:subject <{project}> ; mkg:derivedFrom ?s }}"
        )
    }
    assert len(sources) == 2
    implementers = {
        str(row["o"].value) for row in store.query(f"SELECT DISTINCT ?o WHERE {{ <{project}> mkg:implementedBy ?o }}")
    }
    assert implementers == {org("Nieuwe Buren")}
    rows = list(csv.DictReader(io.StringIO(format_results(store.query(get_query("who-funded-what").text), "csv"))))
    assert sorted(r["source"] for r in rows if r["project"] == "Kompas") == [
        "https://city.example/kompas-2025",
        "https://news.example/kompas",
    ]
