"""Every `migkg query` example gives rows: the `Example:` lines of each named query's header, the
examples of `migkg query --help`, and the commands the README shows, run on a store loaded with the
example article (`examples/seed-article-fr.txt`)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from migkg.cli import main
from migkg.queries.catalog import list_queries

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "seed-article-fr.txt"

# Examples whose data the example article does not have: each runs on a small graph of its own.
# who-funded-what's min_confidence: in the article no project's funding and implementer facts both
# reach 0.8 (the extractor's scores are calibrated, and this article's are modest), so the example
# runs on a fact stated as plain RDF, which counts as certain.
OWN_FIXTURES = {
    "migkg query who-funded-what --param min_confidence=0.8": """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/p> a mkg:Project ; rdfs:label "Sure" ; mkg:fundedBy <https://w3id.org/migkg/id/fund/AMIF> .
""",
}


def header_examples() -> list[str]:
    out = []
    for q in list_queries():
        for line in q.text.splitlines():
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*Example:\s*(migkg .*)$", line)
            if m:
                out.append(m.group(1).strip())
    return out


def help_examples() -> list[str]:
    text = CliRunner().invoke(main, ["query", "--help"], terminal_width=200).stdout
    return [line.strip() for line in text.splitlines() if line.strip().startswith("migkg query")]


def readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    candidates = re.findall(r"`(migkg (?:--store \S+ )?query [^`]*)`", text)
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for part in re.split(r"&&|\n", block):
            part = part.split("  #")[0].strip()
            if re.match(r"migkg (?:--store \S+ )?query ", part):
                candidates.append(part)
    # Placeholders (`NAME | FILE.rq`, '…') are syntax, not commands.
    return [c for c in candidates if "…" not in c and "\\|" not in c and "NAME" not in c]


def all_examples() -> list[str]:
    # Examples with --endpoint need a server: tests/remote runs them against real ones.
    examples = [e for e in header_examples() + help_examples() + readme_examples() if "--endpoint" not in e]
    return list(dict.fromkeys(examples))


def command_args(command: str) -> list[str]:
    args = shlex.split(command)[1:]  # without `migkg`
    if args[0] == "--store":
        args = args[2:]
    return args


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    store = str(tmp_path_factory.mktemp("examples") / "store")
    result = CliRunner().invoke(main, ["--store", store, "load", str(SEED)])
    assert result.exit_code == 0, result.output
    return store


def test_examples_are_found() -> None:
    assert len(header_examples()) >= len(list_queries())
    assert "migkg query projects-of --param org=Fedasil" in help_examples()
    assert "migkg query funders-of --param org=Fedasil" in readme_examples()
    assert any("who-funded-what --format csv" in c for c in readme_examples())


@pytest.mark.parametrize("command", all_examples())
def test_example_gives_rows(command: str, seed_store: str, tmp_path: Path) -> None:
    store = seed_store
    if command in OWN_FIXTURES:
        store = str(tmp_path / "store")
        (tmp_path / "fixture.ttl").write_text(OWN_FIXTURES[command], encoding="utf-8")
        assert CliRunner().invoke(main, ["--store", store, "load", str(tmp_path / "fixture.ttl")]).exit_code == 0
    args = command_args(command)
    if "--format" not in args and "--list" not in args:
        args += ["--format", "csv"]  # one line per row, after the header
    result = CliRunner().invoke(main, ["--store", store, *args])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    rows = lines if "--list" in args else lines[1:]
    assert rows, f"{command}: no rows"
