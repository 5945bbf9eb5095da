"""The command line: exit codes, one-line errors, help with examples, the CSV contract end to end."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from migkg.cli import main

COMMANDS = [["load"], ["query"], ["export"], ["stats"], ["validate"], ["explain"], ["sources"], ["sources", "remove"]]


@pytest.fixture
def run(tmp_path: Path):
    store = tmp_path / "store"

    def invoke(*args: str, input: bytes | None = None):
        return CliRunner().invoke(main, ["--store", str(store), *args], input=input, catch_exceptions=False)

    return invoke


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(run, command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output


def test_load_then_query_csv(run, welcome_ttl: Path) -> None:
    assert run("load", str(welcome_ttl)).exit_code == 0
    result = run("query", "who-funded-what", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["funder", "project", "implementer", "start", "end", "amount_eur", "source"]
    assert {(r["funder"], r["implementer"]) for r in rows} == {
        ("AMIF", "Help A"),
        ("AMIF", "Hulp B"),
        ("Ville de Test", "Help A"),
        ("Ville de Test", "Hulp B"),
    }


def test_bad_file_gives_one_line_and_exit_1(run, tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix ex: <https://example.org/> .\nex:a ex:b", encoding="utf-8")
    result = run("load", str(bad))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("migkg:")]
    assert len(errors) == 1
    assert str(bad) in errors[0]
    assert "Traceback" not in result.output


def test_batch_with_a_bad_file_loads_the_rest_and_fails(run, welcome_ttl: Path, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.ttl").write_text(welcome_ttl.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "bad.nt").write_text("not n-triples\n", encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")  # not a kind migkg reads: skipped in a folder
    result = run("load", str(folder))
    assert result.exit_code == 1
    assert "bad.nt" in result.stderr
    assert "1 added" in result.stderr
    assert run("sources").stdout.count("good.ttl") == 1


def test_strict_batch_loads_nothing(run, welcome_ttl: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("nope", encoding="utf-8")
    result = run("load", "--strict", str(welcome_ttl), str(bad))
    assert result.exit_code == 1
    assert "nothing loaded" in result.stderr
    assert run("sources").stdout.strip() == ""


def test_unknown_file_kind_is_named(run, tmp_path: Path) -> None:
    odd = tmp_path / "letter.docx"  # .xlsx is read now (lists of operations)
    odd.write_bytes(b"PK\x03\x04")
    result = run("load", str(odd))
    assert result.exit_code == 1
    assert "letter.docx: unknown file kind '.docx'" in result.stderr


def test_missing_file_is_named(run, tmp_path: Path) -> None:
    result = run("load", str(tmp_path / "nowhere.ttl"))
    assert result.exit_code == 1
    assert "nowhere.ttl: no such file or folder" in result.stderr


def test_stdin_turtle(run, welcome_ttl: Path) -> None:
    result = run("load", "--loader", "rdf", "-", input=welcome_ttl.read_bytes())
    assert result.exit_code == 0, result.output
    assert "Welcome desk" in run("query", "who-funded-what").stdout


def test_export_to_file_and_formats(run, welcome_ttl: Path, tmp_path: Path) -> None:
    run("load", str(welcome_ttl))
    out = tmp_path / "out.nt"
    assert run("export", "--format", "nt", "-o", str(out)).exit_code == 0
    assert "<https://example.org/welcome>" in out.read_text(encoding="utf-8")
    result = run("export", "--format", "rdfa")
    assert result.exit_code == 1
    assert "unknown export format 'rdfa'" in result.stderr


def test_query_param_and_sparql(run, welcome_ttl: Path) -> None:
    run("load", str(welcome_ttl))
    result = run("query", "projects-of", "--param", "org=https://example.org/ngo-a", "--format", "tsv")
    assert "implementer\tWelcome desk" in result.stdout
    result = run("query", "--sparql", "SELECT ?p WHERE { ?p a mkg:Project }", "--format", "csv")
    assert result.stdout.splitlines() == ["p", "https://example.org/welcome"]
    result = run("query", "--sparql", "SELEC nothing")
    assert result.exit_code == 1 and "invalid SPARQL" in result.stderr


def test_sources_list_and_remove(run, welcome_ttl: Path) -> None:
    run("load", str(welcome_ttl))
    listing = run("sources").stdout.strip().splitlines()
    assert len(listing) == 1 and "welcome.ttl" in listing[0]
    source_id = listing[0].split()[0]
    assert run("sources", "remove", source_id).exit_code == 0
    assert run("sources").stdout.strip() == ""
    assert run("query", "who-funded-what", "--format", "csv").stdout.strip().count("\n") == 0


def test_stats(run, welcome_ttl: Path, tmp_path: Path) -> None:
    run("load", str(welcome_ttl))
    out = run("stats").stdout
    assert f"store:    {tmp_path / 'store'}" in out
    assert "sources:  1" in out
    assert "mkg:Project" in out


def test_validate_reports_a_violation(run, tmp_path: Path) -> None:
    bad = tmp_path / "grant.ttl"
    bad.write_text(
        "@prefix mkg: <https://w3id.org/migkg/ontology#> .\n"
        '<https://example.org/g> a mkg:Grant ; mkg:amount -5 ; mkg:currency "euro" .\n',
        encoding="utf-8",
    )
    run("load", str(bad))
    result = run("validate")
    assert result.exit_code == 1
    assert "https://example.org/g" in result.stdout
    assert "violation" in result.stderr


def test_validate_passes_on_clean_data(run, welcome_ttl: Path) -> None:
    run("load", str(welcome_ttl))
    result = run("validate")
    assert result.exit_code == 0, result.output


def test_console_script_runs_as_a_module(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "migkg.cli", "--store", str(tmp_path / "s"), "query", "--list"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0
    assert "who-funded-what" in done.stdout
