"""The README's research section: its queries give, on the example corpus, the output the README
shows (SPARQL text, and named queries run as `migkg query` runs them), and its ontology diagram is
the one `docs/ontology_diagram.py` generates from the ontology."""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path

import pytest

from migkg.api import resolve_query, run_query
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.queries.results import format_results

ROOT = Path(__file__).resolve().parents[2]


def research_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text[text.index("### For researchers") : text.index("### Exports")]


def research_examples() -> list[tuple[str, str]]:
    return re.findall(r"```sparql\n(.*?)```\n```\n(.*?)```", research_section(), re.S)


def research_commands() -> list[tuple[str, str]]:
    """`migkg query NAME ...` blocks followed by their output."""
    return re.findall(r"```sh\n(migkg query [^\n]*)\n```\n```\n(.*?)```", research_section(), re.S)


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    store = GraphStore(tmp_path_factory.mktemp("readme") / "store")
    list(store.load_inputs([Input.from_path(ROOT / "examples" / "seed-article-fr.txt")]))
    yield store
    store.close()


def test_the_readme_has_research_examples() -> None:
    assert len(research_examples()) >= 3
    assert len(research_examples()) + len(research_commands()) >= 5


@pytest.mark.parametrize(("sparql", "expected"), research_examples())
def test_research_query_gives_the_readme_output(examples_store: GraphStore, sparql: str, expected: str) -> None:
    assert format_results(examples_store.query(sparql), "csv").strip() == expected.strip()


@pytest.mark.parametrize(("command", "expected"), research_commands())
def test_research_named_query_gives_the_readme_output(examples_store: GraphStore, command: str, expected: str) -> None:
    # Parsed as `migkg query` parses it, and run through the same functions.
    args = shlex.split(command)[2:]
    name, params, fmt, lang = args[0], {}, "table", "en"
    for option, value in zip(args[1::2], args[2::2], strict=True):
        if option == "--param":
            key, _, val = value.partition("=")
            params[key] = val
        elif option == "--format":
            fmt = value
        elif option == "--lang":
            lang = value
    result = run_query(examples_store, resolve_query(name, lang=lang), params)
    assert format_results(result, fmt).strip() == expected.strip()


def test_the_ontology_diagram_is_current() -> None:
    spec = importlib.util.spec_from_file_location("ontology_diagram", ROOT / "docs" / "ontology_diagram.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert module.readme_block() in readme, "run `python docs/ontology_diagram.py --readme`"
    # The main relations are there, drawn from the ontology's domains and ranges.
    for edge in (
        "Project -->|fundedBy| Funder",
        "Project -->|implementedBy| Organisation",
        "Grant -->|grantFor| Project",
    ):
        assert edge in module.diagram()
