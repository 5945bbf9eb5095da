"""The README's research queries give, on the example corpus, the output the README shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.queries.results import format_results

ROOT = Path(__file__).resolve().parents[2]


def research_examples() -> list[tuple[str, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### For researchers") : text.index("### Exports")]
    return re.findall(r"```sparql\n(.*?)```\n```\n(.*?)```", section, re.S)


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    store = GraphStore(tmp_path_factory.mktemp("readme") / "store")
    list(store.load_inputs([Input.from_path(ROOT / "examples" / "seed-article-fr.txt")]))
    yield store
    store.close()


def test_the_readme_has_research_examples() -> None:
    assert len(research_examples()) >= 3


@pytest.mark.parametrize(("sparql", "expected"), research_examples())
def test_research_query_gives_the_readme_output(examples_store: GraphStore, sparql: str, expected: str) -> None:
    assert format_results(examples_store.query(sparql), "csv").strip() == expected.strip()
