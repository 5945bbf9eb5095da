"""The extraction targets on the annotated dev corpus in ../shared/corpus, when it is there (CI has it;
a user's clone does not, and then this is skipped). The same measurement as bench/extraction_eval.py,
in process."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED_CORPUS

from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.queries.catalog import get_query
from migkg.queries.results import format_results

pytestmark = pytest.mark.shared


def _scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", SHARED_CORPUS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (SHARED_CORPUS / "dev" / "gold.jsonl").exists(), reason="../shared/corpus is not here")
def test_dev_corpus_meets_the_targets(tmp_path: Path) -> None:
    dev = SHARED_CORPUS / "dev"
    docs = tmp_path / "docs"
    # The corpus's own converter: JSON documents in trafilatura's field style.
    articles = [str(p) for p in sorted(dev.glob("*.txt"))]
    subprocess.run([sys.executable, str(SHARED_CORPUS / "to_json.py"), str(docs), *articles], check=True)
    with GraphStore(tmp_path / "store") as store:
        results = list(store.load_inputs(Input.from_path(p) for p in sorted(docs.iterdir())))
        assert all(hasattr(r, "status") for r in results), results
        rows = format_results(store.query(get_query("who-funded-what").text), "csv")
    gold = [json.loads(line) for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    scores = _scorer().score(gold, list(csv.DictReader(io.StringIO(rows))))
    assert scores["pairs"]["f1"] >= 0.85
    assert scores["projects"]["recall"] >= 0.75
    assert scores["projects"]["precision"] >= 0.85
    assert scores["years"] >= 0.8
    assert scores["amounts"] >= 0.8
