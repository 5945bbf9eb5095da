"""The README's main job: load the shipped seed article and print who funded what."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from migkg.cli import main

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed-article-fr.txt"


def test_seed_article_gives_who_funded_what(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store, "load", str(SEED)]).exit_code == 0
    out = runner.invoke(main, ["--store", store, "query", "who-funded-what", "--format", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    # The article: AMIF-funded projects of the Office des étrangers ending late 2025, and three
    # Fedasil programmes funded between 2024 and 2025.
    assert {r["funder"] for r in rows} == {"AMIF"}
    assert {r["source"] for r in rows} == {"urn:migkg:seed:000-media4cohesion-amif-belgique-2025"}
    by_label = {r["project"].lower(): r for r in rows}
    eurodac = next(r for label, r in by_label.items() if "eurodac" in label)
    assert eurodac["implementer"] == "Office des étrangers"  # as the article writes it
    assert eurodac["end"] == "2025"
    fedasil = [r for r in rows if r["implementer"] == "Fedasil"]
    assert len(fedasil) == 3
    assert {(r["start"], r["end"]) for r in fedasil} == {("2024", "2025")}
    assert any("retour volontaire" in r["project"].lower() for r in fedasil)


def test_user_reference_names_are_matched(tmp_path: Path) -> None:
    """`load --reference` adds organisations whose names the extractor then recognises."""
    store = str(tmp_path / "store")
    ref = tmp_path / "my-orgs.ttl"
    ref.write_text(
        "@prefix mkg: <https://w3id.org/migkg/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://example.org/org/lichtpunt> a mkg:NonGovernmentalOrganisation ;\n"
        '  skos:prefLabel "Lichtpunt Foundation"@en , "Fondation Lichtpunt"@fr ;\n'
        '  mkg:acronym "LPF" .\n',
        encoding="utf-8",
    )
    article = tmp_path / "article.txt"
    article.write_text(
        "URL: https://news.example.org/lichtpunt\nLANG: fr\n---\n"
        "Le projet PASSEUR, financé par le FAMI, est mené par la LPF à Namur depuis 2023.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store, "load", "--reference", str(ref)]).exit_code == 0
    assert runner.invoke(main, ["--store", store, "load", str(article)]).exit_code == 0
    out = runner.invoke(main, ["--store", store, "query", "who-funded-what", "--format", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    # Named as the article writes it ("la LPF"), and by the user's preferred label without written names.
    assert [(r["funder"], r["project"], r["implementer"], r["start"]) for r in rows] == [
        ("AMIF", "PASSEUR", "LPF", "2023")
    ]
    query = ["--store", store, "query", "who-funded-what", "--format", "csv", "--param", "written_names=0"]
    out = runner.invoke(main, query).stdout
    assert [r["implementer"] for r in csv.DictReader(io.StringIO(out))] == ["Lichtpunt Foundation"]
